<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gatehouse</name>
    <message>
        <source>Desktop cockpit for an SAP BTP subaccount and its Cloud Integration tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tenant file PATH instead of the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on pane NAME: users, role-collections, identity-providers, destinations, destination-certificates, keystore, security-material, expiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with TEXT in the pane&apos;s search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening demo tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: private keys made here are kept only until Gatehouse quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse cannot open the tenant %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::AccessCommand</name>
    <message>
        <source>No tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the role collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::AccessTreeModel</name>
    <message>
        <source>Assigned directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible: when the identity provider asserts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role template %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in Gatehouse&apos;s catalogue: its tasks are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collection / role / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ActivateRenewalCommand</name>
    <message>
        <source>Only a renewed key (in the KeyRenewal keystore) can be activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the renewed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the renewed key %1? The current key moves to the key history; Undo or Roll back returns to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot activate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate renewed key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not activate the renewed key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::AddRolesCommand</name>
    <message>
        <source>Could not add roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role collection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the role templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n role(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::AssignRoleCollectionsCommand</name>
    <message>
        <source>Could not assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected users no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Role Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collections to assign to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Role collections to assign to the %n selected users:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already assigned directly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::AssignToUsersCommand</name>
    <message>
        <source>Assign to Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to assign %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Users to assign the %n selected role collections to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already assigned directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::AssignmentImportDialog</name>
    <message>
        <source>Import Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes the assignments and unassignments listed as one step that Undo reverts; lines with problems are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems, left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the file would change an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::AssignmentMatrixModel</name>
    <message>
        <source>The tenant was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 directly and through an identity provider group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 through an identity provider group (change the group, not here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n role collection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n role collection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::AssignmentMatrixView</name>
    <message>
        <source>Assignment Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users: text or field:value (e.g. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the assignment matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a box to assign or unassign; select several cells and press Space to toggle them in one step. A partly filled box is held through an identity provider group and changes with the group mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collections of each user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role collection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::CertificateTreeModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::CertificateTreeView</name>
    <message>
        <source>Certificate fields and extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::CertificateViewer</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fingerprint copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by SAP (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ChainView</name>
    <message>
        <source>Certificate chain, root first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the root is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Valid %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, trusted anchor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::Command</name>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::CopyDestinationsCommand</name>
    <message>
        <source>Cannot copy destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected destinations no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Destinations to Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse tenants (*.ghtenant);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the tenant open here: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Destinations to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be kept, so nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy destination %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n destinations from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::CopyToTenantFlow</name>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace B&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged, B has the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other tenant is closed: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy into the pending changes of %1 (nothing is pushed; review and undo there):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 could not be read from the keychain, so nothing was copied: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has its %2 set in %3, but its value cannot be read back here. Type it to copy it into the keychain for %4, or cancel to copy nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: the %1 of %2 was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available, so the secrets cannot be kept: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be kept, so nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other tenant is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n change(s) wait in the journal of %2: review them there before anything is pushed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::CreateCsrCommand</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse is still checking the system keychain. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signing request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DeleteDestinationCertificatesCommand</name>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by the destination %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the destination certificate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n destination certificates?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Those destinations will name a certificate that is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion stays a pending change: Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete destination certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination certificates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DeleteDestinationsCommand</name>
    <message numerus="yes">
        <source>Delete %n destination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the destination %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n destinations?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion stays a pending change: Undo brings the destination back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destinations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteKeystoreEntriesCommand</name>
    <message>
        <source>%1 is owned by SAP and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination %1 (%2) uses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n keystore entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the keystore entry %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keystore entries?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) refer to what you delete:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Integration flows that use them fail until they are back. The deletion stays a pending change: Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete keystore entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DeleteRoleCollectionsCommand</name>
    <message numerus="yes">
        <source>Delete %n role collection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the role collection %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n role collections?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Users and groups assigned to it lose its roles. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role collections</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteUsersCommand</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n users?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no role collection directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their %n direct role collection assignment(s) go too; collections obtained through identity provider groups are not affected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion stays a pending change: Undo brings the users and their assignments back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificateDetails</name>
    <message>
        <source>Select a destination certificate to see its certificates and the destinations that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content not on this machine (only its public certificates are known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain of the machine that imported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), alias %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field and extension, the chain and the fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing did not hand over the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificatesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore with a private key; its file is not on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore with a private key; its file is kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificatesPane</name>
    <message>
        <source>Destination Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificates (PEM, DER) and keystores (PKCS#12) for destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected destination certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DestinationDetails</name>
    <message>
        <source>Select a destination to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DestinationEditCommand</name>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available yet, so the secrets typed cannot be kept. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be kept in the %1, so nothing was saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DestinationEditor</name>
    <message>
        <source>New Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Destination “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Destination “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. Secrets are never shown: type one to set or replace it. Nothing reaches the tenant until the pending changes are pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (removed on export) — type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property value, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DestinationFieldText</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Connector location ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service URL type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service key store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name ID format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip user attributes prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip user UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logon group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;. A destination is not renamed: duplicate it under the new name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for the Cloud Connector without a location ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common: the URL holds {tenant}, filled in for each subscriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a destination certificate of this subaccount (or of an entry of the tenant keystore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two digits, such as 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three digits, such as 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DestinationsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DetailsForm</name>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DetailsView</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>●●●● (set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show These Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::DuplicateDestinationCommand</name>
    <message>
        <source>The destination %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate destination %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate the destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::EditDescriptionCommand</name>
    <message>
        <source>Could not edit the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role collection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::EditDestinationCommand</name>
    <message>
        <source>The destination %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::EntityModel</name>
    <message>
        <source>Search this column with %1:value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::EntityPane</name>
    <message>
        <source>Search %1: text, field:value or is:… (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several terms must all match; -term excludes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExpiringDetails</name>
    <message>
        <source>Select an item to see where it is and when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate 1 of %1 (its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days before it expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExpiringModel</name>
    <message>
        <source> (chain %1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in keystore %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGP key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExpiringPane</name>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExpiringPaneControl</name>
    <message>
        <source>&amp;Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn this many days before an item expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that expire within this many days show as Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in Its Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected item&apos;s keystore entry or destination certificate (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired, %2 expiring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExportAccessCommand</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users and Role Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExportDestinationsCommand</name>
    <message>
        <source>Cannot export destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected destinations no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties, as the BTP cockpit exports them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON ({&quot;destination&quot;: …})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Destinations Into</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExportKeystoreEntryCommand</name>
    <message>
        <source>Certificate, PEM (.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate, DER (.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain, PEM (.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain, PKCS#7 (.p7b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair with its chain, PKCS#12 (.p12, password protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#7 chains (*.p7b *.p7c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse is still checking the system keychain. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key leaves Gatehouse only encrypted. Choose the password of the PKCS#12 file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ExportRoleCollectionsCommand</name>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected role collections no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Role Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::FingerprintPanel</name>
    <message>
        <source>%1 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fingerprint copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::GenerateKeyPairCommand</name>
    <message>
        <source>Could not generate the key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate key pair %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::GenerateKeyPairDialog</name>
    <message>
        <source>Generate key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. contoso_signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name (CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cpi.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational unit (OU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province (ST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State or province (ST):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the common name (CN) of the certificate; the alias follows from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key pair an alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias “%1” is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the common name (CN) of the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::IdentityProviderDetails</name>
    <message>
        <source>Select an identity provider to see its users and the role collections that map its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being counted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The users pane, searching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← group %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collections mapped from it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::IdentityProvidersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP ID service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ImportAssignmentsCommand</name>
    <message>
        <source>Import Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ImportDestinationCertificatesCommand</name>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import destination certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and keystores (*.pem *.crt *.cer *.der *.p12 *.pfx *.jks);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a keystore protected by a password. Type it to read its certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is wrong. Try again (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These certificates are already there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a private key, which is kept only in the keychain, and no keychain is available yet. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be kept in the keychain: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ImportDestinationsCommand</name>
    <message>
        <source>Secret missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes without its %2. Type it to keep it in the keychain, or cancel to leave this and the following secrets missing for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available yet, so the secrets cannot be kept; nothing was changed, try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination files, as the BTP cockpit exports them (*);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be kept, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ImportKeystoreEntriesCommand</name>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and key stores (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no certificate: copy PEM text, certificate data or certificate files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type it to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is wrong. Try again (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ImportSummaryDialog</name>
    <message>
        <source>Import into the keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in these files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These %1 sources could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret missing: %1 (asked for next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries secrets, kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems, each with its file and line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the Valid Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the import does. Nothing changes until you choose Import; afterwards, Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to add or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ItemPickerDialog</name>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::KeystoreCommand</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not a key pair: only key pairs have a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is owned by SAP and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place for private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse is still checking the system keychain. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::KeystoreDetails</name>
    <message>
        <source>Select a keystore entry to see its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::KeystoreModel</name>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by SAP: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::KeystoreQuickFilterBar</name>
    <message>
        <source>Quick filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that expire within the number of days given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning window of the &quot;Expiring&quot; filter, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pairs only (not certificates or SSH keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAP-owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries owned by SAP (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::KeystoreTrust</name>
    <message>
        <source>The entry holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: %1 is a trusted certificate of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: %1 in the tenant keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted: no certificate of the tenant keystore anchors this chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who Can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can perform a task: users and the paths that grant it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment &amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users × role collections: assign and unassign with check boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Users and Role Collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every user&apos;s role collections, and how each is held, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign or unassign role collections from a CSV file, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this tenant with another tenant file side by side, and copy items into its pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes not yet pushed, and discard any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pending changes (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::NewDestinationCommand</name>
    <message>
        <source>Create destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::NewRoleCollectionCommand</name>
    <message>
        <source>New Role Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new role collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the role collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of %1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role collection %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::NewUserCommand</name>
    <message>
        <source>No tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the identity providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::NewUserDialog</name>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shadow user for one identity provider. It can log on once the identity provider knows it; role collections are assigned afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name when empty and it is an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::Panes</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificates and key pairs from files (PEM, DER, PKCS#7, PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificates on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Key Pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key pair with a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a certificate signing request for the selected key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update with Signed Chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key pair&apos;s self-signed certificate with the chain its CA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected entry as PEM, DER, PKCS#7 or PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected entry another alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key pair for the selected one in the KeyRenewal keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the renewed key the active one; the current key moves to the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this earlier key the active one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected keystore entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a shadow user for an identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Role Collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role collections to the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take role collections assigned directly from the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected users with their direct assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected destination (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy of the selected destination under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import destinations from the BTP cockpit&apos;s files (properties or JSON), or drop the files on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected destinations as the BTP cockpit does (secrets left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected destinations into another tenant file&apos;s pending changes (their secrets are asked for again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Role Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a role collection of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description of the selected role collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add roles of the tenant&apos;s role templates to the selected collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected role collections to users (or drop users from the users pane on a collection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected role collections with their roles, mappings and users as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected role collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Material</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::PendingChangesModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One step: undone, redone and discarded as a whole (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: − %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::PendingChangesView</name>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step with the changes it made; Delete discards the selected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties changed by the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected changes back (they cannot be redone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending changes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending changes: the tenant is as it was pulled or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n step(s). Select one to see what it changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending change(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What they changed goes back to how it was; a discarded change cannot be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were discarded before this one failed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::Prompter</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::RenameKeystoreEntryCommand</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::RenewKeyCommand</name>
    <message>
        <source>Only key pairs of the system keystore are renewed; %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot renew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not renew the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::RoleBrowserDialog</name>
    <message>
        <source>Add Roles to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the roles to add to “%1”. Each role comes from a role template of an application; the tasks are what the catalogue says the template allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles, templates, descriptions and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application / role template / role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the collection. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles by application and role template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) to add</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::RoleCollectionDetails</name>
    <message>
        <source>Select a role collection to see its roles, users and group mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: predefined by SAP, it cannot be changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (template %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users assigned directly (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users pane, searching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::RoleCollectionsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predefined by SAP: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is predefined and read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::RollBackKeyCommand</name>
    <message>
        <source>Only an earlier key (in the KeyHistory keystore) can be rolled back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to an earlier key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the active key again? The current key moves to the key history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not roll back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::SearchFilterProxy</name>
    <message>
        <source>%1 holds dates: give a date (2027-01-01) or a duration like 180d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds numbers, not dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date, a number or a duration like 180d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::SecurityMaterialDetails</name>
    <message>
        <source>Select a credential or secure parameter to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::SecurityMaterialModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1, company %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::TenantDiffDialog</name>
    <message>
        <source>Compare with Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tenant file to compare with (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py Selected to Other Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the checked destinations and role collections from A into B&apos;s pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1 (open here)
B: choose a tenant file to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse tenants (*.ghtenant);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open here to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the tenant open here: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1 (open here)
B: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants were closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and comparing %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tenant was closed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants do not differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s). Check destinations or role collections to copy them from A to B.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared, as a profile&apos;s replica does not hold them yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: B already has the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to %1… the dialog closes once that is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::TenantDiffModel</name>
    <message>
        <source>Identity providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are not copied: their ids are per tenant. Assign role collections to the user in B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are not copied: they come from the applications&apos; role templates. Create the role in B from its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity providers are not copied: trust is set up per subaccount in the BTP cockpit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and certificates are not copied: private keys cannot be read back from A. Export them from A and import them into B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are not copied: their secrets cannot be read back from A. Deploy them in B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B holds the same already: nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in B: A has nothing to copy. Copies go from A to B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check to copy every item shown here that can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1 same</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check to copy it from A into B&apos;s pending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::UnassignRoleCollectionsCommand</name>
    <message>
        <source>%1 holds no role collection directly; collections obtained through identity provider groups change with the group mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected users holds a role collection directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign Role Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collections to take from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Role collections to take from the %n selected users:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>held directly by %1 of %n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not unassign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::UpdateSignedChainCommand</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed chain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 with its signed chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::UserDetails</name>
    <message>
        <source>Effective access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role collections the user holds and how, their roles and the tasks they allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not work out the access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none assigned directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user holds no role collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role collection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of the catalogue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::UsersModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never logged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through IdP groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — through group %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::ValidityBar</name>
    <message>
        <source>Validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not yet valid, starts in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: expired %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 days elapsed, %n day(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet valid: starts in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days elapsed · %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::WhoCanDialog</name>
    <message>
        <source>Who Can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can perform the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to show the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list for the auditor as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a task on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) can %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n path(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Who Can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gh::WhoCanModel</name>
    <message>
        <source>Directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible: attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
