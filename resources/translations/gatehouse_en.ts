<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gh::AddRolesCommand</name>
    <message numerus="yes">
        <source>Add %n role(s) to %1</source>
        <translation>
            <numerusform>Add %n role to %1</numerusform>
            <numerusform>Add %n roles to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::AssignRoleCollectionsCommand</name>
    <message numerus="yes">
        <source>Role collections to assign to the %n selected users:</source>
        <translation>
            <numerusform>Role collections to assign to the selected user:</numerusform>
            <numerusform>Role collections to assign to the %n selected users:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::AssignToUsersCommand</name>
    <message numerus="yes">
        <source>Users to assign the %n selected role collections to:</source>
        <translation>
            <numerusform>Users to assign the selected role collection to:</numerusform>
            <numerusform>Users to assign the %n selected role collections to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::AssignmentImportDialog</name>
    <message numerus="yes">
        <source>%n line(s) with problems, left out:</source>
        <translation>
            <numerusform>%n line with problems, left out:</numerusform>
            <numerusform>%n lines with problems, left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::AssignmentMatrixModel</name>
    <message numerus="yes">
        <source>Assign %n role collection(s)</source>
        <translation>
            <numerusform>Assign %n role collection</numerusform>
            <numerusform>Assign %n role collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n role collection(s)</source>
        <translation>
            <numerusform>Unassign %n role collection</numerusform>
            <numerusform>Unassign %n role collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::AssignmentMatrixView</name>
    <message numerus="yes">
        <source>%n role collection(s)</source>
        <translation>
            <numerusform>%n role collection</numerusform>
            <numerusform>%n role collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::CertificateTreeModel</name>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::ConflictsDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ between mine and theirs.</source>
        <translation>
            <numerusform>%n field differs between mine and theirs.</numerusform>
            <numerusform>%n fields differ between mine and theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::CopyDestinationsCommand</name>
    <message numerus="yes">
        <source>Copy %n destinations from %1</source>
        <translation>
            <numerusform>Copy %n destination from %1</numerusform>
            <numerusform>Copy %n destinations from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::CopyToTenantFlow</name>
    <message numerus="yes">
        <source>%1 %n change(s) wait in the journal of %2: review them there before anything is pushed.</source>
        <translation>
            <numerusform>%1 %n change waits in the journal of %2: review it there before anything is pushed.</numerusform>
            <numerusform>%1 %n changes wait in the journal of %2: review them there before anything is pushed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteCredentialsCommand</name>
    <message numerus="yes">
        <source>Delete these %n items: %1? Integration flows that use them stop working once this is pushed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n security material items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteDestinationCertificatesCommand</name>
    <message numerus="yes">
        <source>Delete these %n destination certificates?</source>
        <translation>
            <numerusform>Delete this destination certificate?</numerusform>
            <numerusform>Delete these %n destination certificates?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination certificate(s)</source>
        <translation>
            <numerusform>Delete %n destination certificate</numerusform>
            <numerusform>Delete %n destination certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination certificates</source>
        <translation>
            <numerusform>Delete %n destination certificate</numerusform>
            <numerusform>Delete %n destination certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) use this certificate: %1</source>
        <translation>
            <numerusform>%n destination uses this certificate: %1</numerusform>
            <numerusform>%n destinations use this certificate: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) use these certificates: %1</source>
        <translation>
            <numerusform>%n destination uses these certificates: %1</numerusform>
            <numerusform>%n destinations use these certificates: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteDestinationsCommand</name>
    <message numerus="yes">
        <source>Delete %n destination(s)</source>
        <translation>
            <numerusform>Delete %n destination</numerusform>
            <numerusform>Delete %n destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n destinations?</source>
        <translation>
            <numerusform>Delete this destination?</numerusform>
            <numerusform>Delete these %n destinations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destinations</source>
        <translation>
            <numerusform>Delete %n destination</numerusform>
            <numerusform>Delete %n destinations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteKeystoreEntriesCommand</name>
    <message numerus="yes">
        <source>Delete %n keystore entries</source>
        <translation>
            <numerusform>Delete %n keystore entry</numerusform>
            <numerusform>Delete %n keystore entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keystore entries?</source>
        <translation>
            <numerusform>Delete this keystore entry?</numerusform>
            <numerusform>Delete these %n keystore entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) refer to what you delete:</source>
        <translation>
            <numerusform>%n destination refers to what you delete:</numerusform>
            <numerusform>%n destinations refer to what you delete:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteRoleCollectionsCommand</name>
    <message numerus="yes">
        <source>Delete %n role collection(s)</source>
        <translation>
            <numerusform>Delete %n role collection</numerusform>
            <numerusform>Delete %n role collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n role collections?</source>
        <translation>
            <numerusform>Delete this role collection?</numerusform>
            <numerusform>Delete these %n role collections?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role collections</source>
        <translation>
            <numerusform>Delete %n role collection</numerusform>
            <numerusform>Delete %n role collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteUsersCommand</name>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Delete %n user</numerusform>
            <numerusform>Delete %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n users?</source>
        <translation>
            <numerusform>Delete this user?</numerusform>
            <numerusform>Delete these %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n direct role collection assignment(s) go too; collections obtained through identity provider groups are not affected.</source>
        <translation>
            <numerusform>Its %n direct role collection assignment goes too; collections obtained through identity provider groups are not affected.</numerusform>
            <numerusform>Their %n direct role collection assignments go too; collections obtained through identity provider groups are not affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>Delete %n user</numerusform>
            <numerusform>Delete %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificateDetails</name>
    <message numerus="yes">
        <source>%n destination(s) use this certificate: %1</source>
        <translation>
            <numerusform>%n destination uses this certificate: %1</numerusform>
            <numerusform>%n destinations use this certificate: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::EntityPane</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::ExportDestinationsCommand</name>
    <message numerus="yes">
        <source>Export %n Destinations Into</source>
        <translation>
            <numerusform>Export %n Destination Into</numerusform>
            <numerusform>Export %n Destinations Into</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::IdentityProviderDetails</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n inactive</numerusform>
            <numerusform>%n inactive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::IdentityProvidersModel</name>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n inactive</numerusform>
            <numerusform>%n inactive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::ImportKeystoreEntriesCommand</name>
    <message numerus="yes">
        <source>Read %1 of %n file(s)</source>
        <translation>
            <numerusform>Read %1 of %n file</numerusform>
            <numerusform>Read %1 of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::ItemPickerDialog</name>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::KeystoreDetails</name>
    <message numerus="yes">
        <source>%n destination(s) use this keystore entry: %1</source>
        <translation>
            <numerusform>%n destination uses this keystore entry: %1</numerusform>
            <numerusform>%n destinations use this keystore entry: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::KeystoreModel</name>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::MainWindow</name>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::PendingChangesModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One step: undone, redone and discarded as a whole (%n change(s))</source>
        <translation>
            <numerusform>One step: undone, redone and discarded as a whole (%n change)</numerusform>
            <numerusform>One step: undone, redone and discarded as a whole (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::PendingChangesView</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n step(s). Select one to see what it changes.</source>
        <translation>
            <numerusform>in %n step. Select one to see what it changes.</numerusform>
            <numerusform>in %n steps. Select one to see what it changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending change(s)?</source>
        <translation>
            <numerusform>Discard %n pending change?</numerusform>
            <numerusform>Discard %n pending changes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s)</source>
        <translation>
            <numerusform>Discarded %n change</numerusform>
            <numerusform>Discarded %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were discarded before this one failed:</source>
        <translation>
            <numerusform>%n change was discarded before this one failed:</numerusform>
            <numerusform>%n changes were discarded before this one failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::RemoteTenantUi</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 is back: pushing %n pending change(s)</source>
        <translation>
            <numerusform>The connection to %1 is back: pushing %n pending change</numerusform>
            <numerusform>The connection to %1 is back: pushing %n pending changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::RenameKeystoreEntryCommand</name>
    <message numerus="yes">
        <source>%n destination(s) use this keystore entry: %1</source>
        <translation>
            <numerusform>%n destination uses this keystore entry: %1</numerusform>
            <numerusform>%n destinations use this keystore entry: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::RoleBrowserDialog</name>
    <message numerus="yes">
        <source>%n role(s) to add</source>
        <translation>
            <numerusform>%n role to add</numerusform>
            <numerusform>%n roles to add</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::RoleCollectionDetails</name>
    <message numerus="yes">
        <source>Holds %n role(s).</source>
        <translation>
            <numerusform>Holds %n role.</numerusform>
            <numerusform>Holds %n roles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::TenantDiffDialog</name>
    <message numerus="yes">
        <source>%n difference(s). Check items to copy them from A to B.</source>
        <translation>
            <numerusform>%n difference. Check items to copy them from A to B.</numerusform>
            <numerusform>%n differences. Check items to copy them from A to B.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::TenantDiffModel</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1 same</source>
        <translation>
            <numerusform>%n difference, %1 same</numerusform>
            <numerusform>%n differences, %1 same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n field differs</numerusform>
            <numerusform>%n fields differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::UnassignRoleCollectionsCommand</name>
    <message numerus="yes">
        <source>Role collections to take from the %n selected users:</source>
        <translation>
            <numerusform>Role collections to take from the selected user:</numerusform>
            <numerusform>Role collections to take from the %n selected users:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held directly by %1 of %n users</source>
        <translation>
            <numerusform>held directly by %1 of %n user</numerusform>
            <numerusform>held directly by %1 of %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::UserDetails</name>
    <message numerus="yes">
        <source>%n role collection(s)</source>
        <translation>
            <numerusform>%n role collection</numerusform>
            <numerusform>%n role collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of the catalogue</source>
        <translation>
            <numerusform>%n task of the catalogue</numerusform>
            <numerusform>%n tasks of the catalogue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::ValidityBar</name>
    <message numerus="yes">
        <source>%1: not yet valid, starts in %n day(s).</source>
        <translation>
            <numerusform>%1: not yet valid, starts in %n day.</numerusform>
            <numerusform>%1: not yet valid, starts in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: expired %n day(s) ago.</source>
        <translation>
            <numerusform>%1: expired %n day ago.</numerusform>
            <numerusform>%1: expired %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 days elapsed, %n day(s) left.</source>
        <translation>
            <numerusform>%1: %2 of %3 days elapsed, %n day left.</numerusform>
            <numerusform>%1: %2 of %3 days elapsed, %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet valid: starts in %n day(s)</source>
        <translation>
            <numerusform>Not yet valid: starts in %n day</numerusform>
            <numerusform>Not yet valid: starts in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days elapsed · %n day(s) left</source>
        <translation>
            <numerusform>%1 days elapsed · %n day left</numerusform>
            <numerusform>%1 days elapsed · %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::WhoCanDialog</name>
    <message numerus="yes">
        <source>%n user(s) can %1</source>
        <translation>
            <numerusform>%n user can %1</numerusform>
            <numerusform>%n users can %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n path(s))</source>
        <translation>
            <numerusform>(%n path)</numerusform>
            <numerusform>(%n paths)</numerusform>
        </translation>
    </message>
</context>
</TS>
