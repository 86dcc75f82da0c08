<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gatehouse</name>
    <message>
        <source>Desktop cockpit for an SAP BTP subaccount and its Cloud Integration tenant.</source>
        <translation>Desktop-Cockpit für ein SAP-BTP-Unterkonto und seinen Cloud-Integration-Tenant.</translation>
    </message>
    <message>
        <source>Start on pane NAME: users, role-collections, identity-providers, destinations, destination-certificates, keystore, security-material, expiring, known-hosts, pgp-keys.</source>
        <translation>Im Bereich NAME starten: users, role-collections, identity-providers, destinations, destination-certificates, keystore, security-material, expiring, known-hosts, pgp-keys.</translation>
    </message>
    <message>
        <source>Start with TEXT in the pane&apos;s search field.</source>
        <translation>Mit TEXT im Suchfeld des Bereichs starten.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>unknown pane: %1</source>
        <translation>unbekannter Bereich: %1</translation>
    </message>
    <message>
        <source>The system keychain does not answer: %1</source>
        <translation>Der Systemschlüsselbund antwortet nicht: %1</translation>
    </message>
    <message>
        <source>Open the tenant file PATH, or the replica of the remote tenant profile PROFILE, instead of the last tenant opened.</source>
        <translation>Die Tenant-Datei PATH oder das Replikat des Remote-Tenant-Profils PROFILE statt des zuletzt geöffneten Tenants öffnen.</translation>
    </message>
    <message>
        <source>No system keychain: private keys and client secrets are kept only until Gatehouse quits</source>
        <translation>Kein Systemschlüsselbund: Private Schlüssel und Client-Secrets werden nur bis zum Beenden von Gatehouse aufbewahrt</translation>
    </message>
    <message>
        <source>Open the demo tenant (made in the user&apos;s data folder on first use).</source>
        <translation>Den Demo-Tenant öffnen (beim ersten Mal im Datenordner des Benutzers angelegt).</translation>
    </message>
    <message>
        <source>--tenant and --demo exclude each other</source>
        <translation>--tenant und --demo schließen einander aus</translation>
    </message>
</context>
<context>
    <name>gh::AccessCommand</name>
    <message>
        <source>No tenant</source>
        <translation>Kein Tenant</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the users</source>
        <translation>Die Benutzer konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the role collections</source>
        <translation>Die Rollensammlungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not assign</source>
        <translation>Zuordnung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::AccessTreeModel</name>
    <message>
        <source>Assigned directly</source>
        <translation>Direkt zugeordnet</translation>
    </message>
    <message>
        <source>Through group “%1”</source>
        <translation>Über Gruppe „%1“</translation>
    </message>
    <message>
        <source>Possible: when the identity provider asserts %1</source>
        <translation>Möglich: wenn der Identitätsanbieter %1 zusichert</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Role template %1 (%2)</source>
        <translation>Rollenvorlage %1 (%2)</translation>
    </message>
    <message>
        <source>Not in Gatehouse&apos;s catalogue: its tasks are unknown</source>
        <translation>Nicht im Katalog von Gatehouse: ihre Aufgaben sind unbekannt</translation>
    </message>
    <message>
        <source>Role collection / role / task</source>
        <translation>Rollensammlung / Rolle / Aufgabe</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>gh::ActivateRenewalCommand</name>
    <message>
        <source>Only a renewed key (in the KeyRenewal keystore) can be activated.</source>
        <translation>Nur ein erneuerter Schlüssel (im Schlüsselspeicher KeyRenewal) kann aktiviert werden.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Activate the renewed key</source>
        <translation>Erneuerten Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Activate the renewed key %1? The current key moves to the key history; Undo or Roll back returns to it.</source>
        <translation>Den erneuerten Schlüssel %1 aktivieren? Der aktuelle Schlüssel wandert in die Schlüsselhistorie; Rückgängig oder Zurücksetzen kehrt zu ihm zurück.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Cannot activate %1</source>
        <translation>%1 kann nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Activate renewed key %1</source>
        <translation>Erneuerten Schlüssel %1 aktivieren</translation>
    </message>
    <message>
        <source>Could not activate the renewed key</source>
        <translation>Der erneuerte Schlüssel konnte nicht aktiviert werden</translation>
    </message>
</context>
<context>
    <name>gh::AddKnownHostCommand</name>
    <message>
        <source>Could not add</source>
        <translation>Hinzufügen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Add known host</source>
        <translation>Bekannten Host hinzufügen</translation>
    </message>
</context>
<context>
    <name>gh::AddKnownHostDialog</name>
    <message>
        <source>Add Known Host</source>
        <translation>Bekannten Host hinzufügen</translation>
    </message>
    <message>
        <source>One line of an OpenSSH known_hosts file: optionally @cert-authority or @revoked, the host patterns, the key type, the key and a comment. ssh-keyscan prints such lines.</source>
        <translation>Eine Zeile einer OpenSSH-Datei known_hosts: optional @cert-authority oder @revoked, die Host-Muster, der Schlüsseltyp, der Schlüssel und ein Kommentar. ssh-keyscan gibt solche Zeilen aus.</translation>
    </message>
    <message>
        <source>Known hosts line</source>
        <translation>Zeile für bekannte Hosts</translation>
    </message>
    <message>
        <source>sftp.example.com ssh-ed25519 AAAAC3Nza…</source>
        <translation>sftp.example.com ssh-ed25519 AAAAC3Nza…</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>&amp;Zeile:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Paste or type a known_hosts line.</source>
        <translation>Eine known_hosts-Zeile einfügen oder eingeben.</translation>
    </message>
    <message>
        <source>Cannot add: %1</source>
        <translation>Hinzufügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Adds %1 (%2, %3).</source>
        <translation>Fügt %1 hinzu (%2, %3).</translation>
    </message>
</context>
<context>
    <name>gh::AddRolesCommand</name>
    <message>
        <source>Could not add roles</source>
        <translation>Rollen konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The role collection no longer exists.</source>
        <translation>Die Rollensammlung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the role templates</source>
        <translation>Die Rollenvorlagen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the roles</source>
        <translation>Die Rollen konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Add %n role(s) to %1</source>
        <translation>
            <numerusform>%n Rolle zu %1 hinzufügen</numerusform>
            <numerusform>%n Rollen zu %1 hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::AssignRoleCollectionsCommand</name>
    <message>
        <source>Could not assign</source>
        <translation>Zuordnung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The selected users no longer exist.</source>
        <translation>Die ausgewählten Benutzer existieren nicht mehr.</translation>
    </message>
    <message>
        <source>Assign Role Collections</source>
        <translation>Rollensammlungen zuordnen</translation>
    </message>
    <message>
        <source>Role collections to assign to %1:</source>
        <translation>Rollensammlungen, die %1 zugeordnet werden sollen:</translation>
    </message>
    <message numerus="yes">
        <source>Role collections to assign to the %n selected users:</source>
        <translation>
            <numerusform>Rollensammlungen, die dem ausgewählten Benutzer zugeordnet werden sollen:</numerusform>
            <numerusform>Rollensammlungen, die den %n ausgewählten Benutzern zugeordnet werden sollen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>role collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>Already assigned directly</source>
        <translation>Bereits direkt zugeordnet</translation>
    </message>
</context>
<context>
    <name>gh::AssignToUsersCommand</name>
    <message>
        <source>Assign to Users</source>
        <translation>Benutzern zuordnen</translation>
    </message>
    <message>
        <source>Users to assign %1 to:</source>
        <translation>Benutzer, denen %1 zugeordnet werden soll:</translation>
    </message>
    <message numerus="yes">
        <source>Users to assign the %n selected role collections to:</source>
        <translation>
            <numerusform>Benutzer, denen die ausgewählte Rollensammlung zugeordnet werden soll:</numerusform>
            <numerusform>Benutzer, denen die %n ausgewählten Rollensammlungen zugeordnet werden sollen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Already assigned directly</source>
        <translation>Bereits direkt zugeordnet</translation>
    </message>
    <message>
        <source>Could not assign</source>
        <translation>Zuordnung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The users no longer exist.</source>
        <translation>Die Benutzer existieren nicht mehr.</translation>
    </message>
</context>
<context>
    <name>gh::AssignmentImportDialog</name>
    <message>
        <source>Import Assignments</source>
        <translation>Zuordnungen importieren</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Apply makes the assignments and unassignments listed as one step that Undo reverts; lines with problems are left out.</source>
        <translation>Noch ist nichts geändert. „Übernehmen“ führt die aufgeführten Zuordnungen und Zuordnungsaufhebungen als einen Schritt aus, den „Rückgängig“ zurücknimmt; Zeilen mit Problemen werden ausgelassen.</translation>
    </message>
    <message>
        <source>What the import does, line by line</source>
        <translation>Was der Import tut, Zeile für Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Role collection</source>
        <translation>Rollensammlung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems, left out:</source>
        <translation>
            <numerusform>%n Zeile mit Problemen, ausgelassen:</numerusform>
            <numerusform>%n Zeilen mit Problemen, ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Nothing in the file would change an assignment.</source>
        <translation>Nichts in der Datei würde eine Zuordnung ändern.</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation>Zeile %1: %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>gh::AssignmentMatrixModel</name>
    <message>
        <source>The tenant was closed.</source>
        <translation>Der Tenant wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 holds %2 directly and through an identity provider group</source>
        <translation>%1 hat %2 direkt und über eine Gruppe des Identitätsanbieters</translation>
    </message>
    <message>
        <source>%1 holds %2 directly</source>
        <translation>%1 hat %2 direkt</translation>
    </message>
    <message>
        <source>%1 holds %2 through an identity provider group (change the group, not here)</source>
        <translation>%1 hat %2 über eine Gruppe des Identitätsanbieters (die Gruppe ändern, nicht hier)</translation>
    </message>
    <message>
        <source>%1 does not hold %2</source>
        <translation>%1 hat %2 nicht</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 an %2 zuordnen</translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation>Zuordnung von %1 zu %2 aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n role collection(s)</source>
        <translation>
            <numerusform>%n Rollensammlung zuordnen</numerusform>
            <numerusform>%n Rollensammlungen zuordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n role collection(s)</source>
        <translation>
            <numerusform>Zuordnung von %n Rollensammlung aufheben</numerusform>
            <numerusform>Zuordnung von %n Rollensammlungen aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
</context>
<context>
    <name>gh::AssignmentMatrixView</name>
    <message>
        <source>Assignment Matrix</source>
        <translation>Zuordnungsmatrix</translation>
    </message>
    <message>
        <source>Search users: text or field:value (e.g. %1)</source>
        <translation>Benutzer suchen: Text oder Feld:Wert (z. B. %1)</translation>
    </message>
    <message>
        <source>Search the assignment matrix</source>
        <translation>Die Zuordnungsmatrix durchsuchen</translation>
    </message>
    <message>
        <source>Click a box to assign or unassign; select several cells and press Space to toggle them in one step. A partly filled box is held through an identity provider group and changes with the group mapping.</source>
        <translation>Ein Kästchen anklicken, um zuzuordnen oder die Zuordnung aufzuheben; mehrere Zellen auswählen und Leertaste drücken, um sie in einem Schritt umzuschalten. Ein teilweise gefülltes Kästchen besteht über eine Gruppe des Identitätsanbieters und ändert sich mit der Gruppenzuordnung.</translation>
    </message>
    <message>
        <source>Role collections of each user</source>
        <translation>Rollensammlungen jedes Benutzers</translation>
    </message>
    <message>
        <source>Could not change the assignments</source>
        <translation>Die Zuordnungen konnten nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n role collection(s)</source>
        <translation>
            <numerusform>%n Rollensammlung</numerusform>
            <numerusform>%n Rollensammlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
</context>
<context>
    <name>gh::CertificateTreeModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>Hexadezimal</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>Algorithm OID</source>
        <translation>Algorithmus-OID</translation>
    </message>
    <message>
        <source>SHA-256 of the public key</source>
        <translation>SHA-256 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n Erweiterung</numerusform>
            <numerusform>%n Erweiterungen</numerusform>
        </translation>
    </message>
    <message>
        <source>OID %1</source>
        <translation>OID %1</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>gh::CertificateTreeView</name>
    <message>
        <source>Certificate fields and extensions</source>
        <translation>Zertifikatsfelder und Erweiterungen</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
</context>
<context>
    <name>gh::CertificateViewer</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 fingerprint copied to the clipboard</source>
        <translation>%1-Fingerabdruck in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Certificate views</source>
        <translation>Zertifikatsansichten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>owned by SAP (read-only)</source>
        <translation>im Besitz von SAP (schreibgeschützt)</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>im Besitz von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>gh::ChainView</name>
    <message>
        <source>Certificate chain, root first</source>
        <translation>Zertifikatskette, Stammzertifikat zuerst</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain verification result</source>
        <translation>Ergebnis der Kettenprüfung</translation>
    </message>
    <message>
        <source>Why the root is trusted</source>
        <translation>Warum dem Stammzertifikat vertraut wird</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Valid %2 – %3</source>
        <translation>%1
Gültig %2 – %3</translation>
    </message>
    <message>
        <source>%1, trusted anchor</source>
        <translation>%1, vertrauenswürdiger Anker</translation>
    </message>
</context>
<context>
    <name>gh::Command</name>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>The remote tenant changed these after your pending changes were made (a push or a pull found it), so those changes wait here. Keep Mine sends your version over theirs at the next push; Take Theirs discards your changes of it.</source>
        <translation>Der Remote-Tenant hat diese Elemente geändert, nachdem Ihre ausstehenden Änderungen vorgenommen wurden (festgestellt beim Übertragen oder Abrufen), daher warten diese Änderungen hier. „Meine behalten“ schreibt beim nächsten Übertragen Ihre Version über die entfernte; „Entfernte übernehmen“ verwirft Ihre Änderungen daran.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>Fields: base, mine and theirs</source>
        <translation>Felder: Basis, meine und entfernte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base (last pull)</source>
        <translation>Basis (letzter Abruf)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Entfernte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep your pending changes; the next push sends them over the remote&apos;s version</source>
        <translation>Ihre ausstehenden Änderungen behalten; das nächste Übertragen schreibt sie über die entfernte Version</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Entfernte übernehmen</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Entfernte übernehmen</translation>
    </message>
    <message>
        <source>Discard your pending changes of this item and take the remote&apos;s version</source>
        <translation>Ihre ausstehenden Änderungen an diesem Element verwerfen und die entfernte Version übernehmen</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation>Keine Konflikte mehr.</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Changed on the remote</source>
        <translation>Im Remote-Tenant geändert</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Hier geändert</translation>
    </message>
    <message>
        <source>Changed on both</source>
        <translation>Auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>The remote tenant deleted this %1.</source>
        <translation>Der Remote-Tenant hat dieses Element gelöscht (%1).</translation>
    </message>
    <message>
        <source>You deleted this %1; the remote tenant changed it.</source>
        <translation>Sie haben dieses Element gelöscht (%1); der Remote-Tenant hat es geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between mine and theirs.</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich zwischen meiner und der entfernten Version.</numerusform>
            <numerusform>%n Felder unterscheiden sich zwischen meiner und der entfernten Version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Nicht aufgelöst: %1</translation>
    </message>
    <message>
        <source>Kept yours for %1: the next push sends it.</source>
        <translation>Ihre Version von %1 behalten: Das nächste Übertragen sendet sie.</translation>
    </message>
    <message>
        <source>Took theirs for %1: your changes of it are discarded.</source>
        <translation>Entfernte Version von %1 übernommen: Ihre Änderungen daran sind verworfen.</translation>
    </message>
</context>
<context>
    <name>gh::ConnectDialog</name>
    <message>
        <source>Connect to Remote Tenant</source>
        <translation>Mit Remote-Tenant verbinden</translation>
    </message>
    <message>
        <source>Drop the BTP service key files of the tenant here, or choose them: Cloud Integration (plan api), Destination service, XSUAA (plan apiaccess).</source>
        <translation>Legen Sie die BTP-Service-Key-Dateien des Tenants hier ab oder wählen Sie sie aus: Cloud Integration (Plan api), Destination Service, XSUAA (Plan apiaccess).</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>Buchstaben, Ziffern, „-“, „_“ und „.“</translation>
    </message>
    <message>
        <source>Service key files</source>
        <translation>Service-Key-Dateien</translation>
    </message>
    <message>
        <source>Add Key &amp;Files…</source>
        <translation>Key-&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add service key files</source>
        <translation>Service-Key-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected key files</source>
        <translation>Die ausgewählten Key-Dateien entfernen</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA-Bundle-Datei</translation>
    </message>
    <message>
        <source>optional: the system&apos;s certificate authorities otherwise</source>
        <translation>optional: sonst die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Die CA-Bundle-Datei wählen</translation>
    </message>
    <message>
        <source>Remember client &amp;secrets in the system keychain</source>
        <translation>Client-&amp;Secrets im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remember client secrets</source>
        <translation>Client-Secrets speichern</translation>
    </message>
    <message>
        <source>When unticked, the client secrets are kept in memory until Gatehouse quits</source>
        <translation>Ohne Haken werden die Client-Secrets bis zum Beenden von Gatehouse im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>No system keychain answers: the client secrets are kept in memory until Gatehouse quits</source>
        <translation>Kein Systemschlüsselbund antwortet: Die Client-Secrets werden bis zum Beenden von Gatehouse im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Service &amp;keys:</source>
        <translation>Service-&amp;Keys:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not usable: %2</source>
        <translation>%1 — nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Profile name: %1</source>
        <translation>Profilname: %1</translation>
    </message>
    <message>
        <source>Add at least one service key file.</source>
        <translation>Fügen Sie mindestens eine Service-Key-Datei hinzu.</translation>
    </message>
    <message>
        <source>Replace Profile</source>
        <translation>Profil ersetzen</translation>
    </message>
    <message>
        <source>A profile named %1 exists already. Replace it with these service keys?</source>
        <translation>Ein Profil namens %1 existiert bereits. Durch diese Service Keys ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>The profile was not stored: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Choose Service Key Files</source>
        <translation>Service-Key-Dateien wählen</translation>
    </message>
    <message>
        <source>Service keys (*.json);;All files (*)</source>
        <translation>Service Keys (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose CA Bundle</source>
        <translation>CA-Bundle wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>gh::CopyDestinationsCommand</name>
    <message>
        <source>Cannot copy destinations</source>
        <translation>Ziele können nicht kopiert werden</translation>
    </message>
    <message>
        <source>The selected destinations no longer exist.</source>
        <translation>Die ausgewählten Ziele existieren nicht mehr.</translation>
    </message>
    <message>
        <source>Copy Destinations to Tenant</source>
        <translation>Ziele in Tenant kopieren</translation>
    </message>
    <message>
        <source>Gatehouse tenants (*.ghtenant);;All files (*)</source>
        <translation>Gatehouse-Tenants (*.ghtenant);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is the tenant open here: choose another one.</source>
        <translation>%1 ist der hier geöffnete Tenant: bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy Destinations to %1</source>
        <translation>Ziele nach %1 kopieren</translation>
    </message>
    <message>
        <source>The secrets could not be kept, so nothing was copied: %1</source>
        <translation>Die Geheimnisse konnten nicht gespeichert werden, daher wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <source>Copy destination %1 from %2</source>
        <translation>Ziel %1 aus %2 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n destinations from %1</source>
        <translation>
            <numerusform>%n Ziel aus %1 kopieren</numerusform>
            <numerusform>%n Ziele aus %1 kopieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::CopyToTenantFlow</name>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>replace B&apos;s</source>
        <translation>das von B ersetzen</translation>
    </message>
    <message>
        <source>unchanged, B has the same</source>
        <translation>unverändert, B hat dasselbe</translation>
    </message>
    <message>
        <source>Role collection</source>
        <translation>Rollensammlung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The other tenant is closed: nothing was copied.</source>
        <translation>Der andere Tenant ist geschlossen: Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>• %1 %2: %3</source>
        <translation>• %1 %2: %3</translation>
    </message>
    <message>
        <source>Copy into the pending changes of %1 (nothing is pushed; review and undo there):
%2</source>
        <translation>In die ausstehenden Änderungen von %1 kopieren (nichts wird übertragen; dort prüfen und rückgängig machen):
%2</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Nach %1 kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The %1 of %2 could not be read from the keychain, so nothing was copied: %3</source>
        <translation>%1 von %2 konnte nicht aus dem Schlüsselbund gelesen werden, daher wurde nichts kopiert: %3</translation>
    </message>
    <message>
        <source>Secret needed</source>
        <translation>Geheimnis erforderlich</translation>
    </message>
    <message>
        <source>%1 has its %2 set in %3, but its value cannot be read back here. Type it to copy it into the keychain for %4, or cancel to copy nothing.</source>
        <translation>Für %1 ist %2 in %3 gesetzt, der Wert kann hier aber nicht zurückgelesen werden. Geben Sie ihn ein, um ihn in den Schlüsselbund für %4 zu kopieren, oder brechen Sie ab, um nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Nothing was copied: the %1 of %2 was not given.</source>
        <translation>Es wurde nichts kopiert: %1 von %2 wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the secrets cannot be kept: nothing was copied.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher können die Geheimnisse nicht gespeichert werden: Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The secrets could not be kept, so nothing was copied: %1</source>
        <translation>Die Geheimnisse konnten nicht gespeichert werden, daher wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Es wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <source>the other tenant is closed</source>
        <translation>der andere Tenant ist geschlossen</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n change(s) wait in the journal of %2: review them there before anything is pushed.</source>
        <translation>
            <numerusform>%1 %n Änderung wartet im Journal von %2: Prüfen Sie sie dort, bevor etwas übertragen wird.</numerusform>
            <numerusform>%1 %n Änderungen warten im Journal von %2: Prüfen Sie sie dort, bevor etwas übertragen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>Kopieren nicht möglich</translation>
    </message>
    <message>
        <source>Keystore entry</source>
        <translation>Eintrag im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Known host</source>
        <translation>Bekannter Host</translation>
    </message>
    <message>
        <source>PGP key</source>
        <translation>PGP-Schlüssel</translation>
    </message>
    <message>
        <source>Destination certificate</source>
        <translation>Zielzertifikat</translation>
    </message>
    <message>
        <source>The keychain is not available, so private keys, secret keyrings and keystore files cannot be copied: nothing was copied.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar, daher können private Schlüssel, geheime Schlüsselbunde und Keystore-Dateien nicht kopiert werden: Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>User credential</source>
        <translation>Benutzer-Anmeldedaten</translation>
    </message>
    <message>
        <source>OAuth2 client credential</source>
        <translation>OAuth2-Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Secure parameter</source>
        <translation>Sicherer Parameter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>gh::CreateCsrCommand</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot create a signing request</source>
        <translation>Signieranforderung kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Gatehouse is still checking the system keychain. Try again in a moment.</source>
        <translation>Gatehouse prüft noch den Systemschlüsselbund. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Save the signing request of %1</source>
        <translation>Signieranforderung von %1 speichern</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem);;All files (*)</source>
        <translation>Zertifikatsignieranforderungen (*.csr *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save the signing request</source>
        <translation>Die Signieranforderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gh::CredentialDialog</name>
    <message>
        <source>New User Credential</source>
        <translation>Neue Benutzeranmeldedaten</translation>
    </message>
    <message>
        <source>Edit User Credential</source>
        <translation>Benutzeranmeldedaten bearbeiten</translation>
    </message>
    <message>
        <source>New OAuth2 Client Credential</source>
        <translation>Neue OAuth2-Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Edit OAuth2 Client Credential</source>
        <translation>OAuth2-Client-Anmeldedaten bearbeiten</translation>
    </message>
    <message>
        <source>New Secure Parameter</source>
        <translation>Neuer sicherer Parameter</translation>
    </message>
    <message>
        <source>Edit Secure Parameter</source>
        <translation>Sicheren Parameter bearbeiten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Secure value</source>
        <translation>Geheimer Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name cannot change; delete the credential and create it anew instead.</source>
        <translation>Der Name lässt sich nicht ändern; löschen Sie die Anmeldedaten stattdessen und legen Sie sie neu an.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User credentials</source>
        <translation>Benutzeranmeldeinformationen</translation>
    </message>
    <message>
        <source>SuccessFactors</source>
        <translation>SuccessFactors</translation>
    </message>
    <message>
        <source>OpenConnectors</source>
        <translation>OpenConnectors</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>required for SuccessFactors</source>
        <translation>für SuccessFactors erforderlich</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Company ID:</source>
        <translation>&amp;Firmen-ID:</translation>
    </message>
    <message>
        <source>Token service URL</source>
        <translation>Token-Service-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Send as body parameter</source>
        <translation>Als Body-Parameter senden</translation>
    </message>
    <message>
        <source>Send as basic authentication header</source>
        <translation>Als Basic-Authentication-Header senden</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich (Scope)</translation>
    </message>
    <message>
        <source>Scope content type</source>
        <translation>Inhaltstyp des Scopes</translation>
    </message>
    <message>
        <source>URL-encoded</source>
        <translation>URL-codiert</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe (Audience)</translation>
    </message>
    <message>
        <source>&amp;Token service URL:</source>
        <translation>&amp;Token-Service-URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>Client-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Scope content t&amp;ype:</source>
        <translation>Inhalts&amp;typ des Scopes:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Au&amp;dience:</source>
        <translation>Au&amp;dience:</translation>
    </message>
    <message>
        <source>needed to create it on the tenant</source>
        <translation>zum Anlegen auf dem Tenant erforderlich</translation>
    </message>
    <message>
        <source>leave empty to keep the current one</source>
        <translation>leer lassen, um den bisherigen Wert zu behalten</translation>
    </message>
    <message>
        <source>leave empty to keep what the tenant has</source>
        <translation>leer lassen, um den Wert des Tenants zu behalten</translation>
    </message>
    <message>
        <source>The value is kept in the system keychain until it is pushed, never in the tenant file; it cannot be read back.</source>
        <translation>Der Wert wird bis zum Übertragen im Schlüsselbund des Systems aufbewahrt, nie in der Tenant-Datei; er lässt sich nicht wieder auslesen.</translation>
    </message>
    <message>
        <source>Custom &amp;parameters:</source>
        <translation>Benutzerdefinierte &amp;Parameter:</translation>
    </message>
    <message>
        <source>Custom parameters</source>
        <translation>Benutzerdefinierte Parameter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent as part of</source>
        <translation>Gesendet als Teil von</translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>Parameter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add custom parameter</source>
        <translation>Benutzerdefinierten Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Parameter</source>
        <translation>Parameter ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected custom parameter</source>
        <translation>Den ausgewählten benutzerdefinierten Parameter entfernen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Sent as part of, parameter %1</source>
        <translation>Gesendet als Teil von, Parameter %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Cannot create: %1</source>
        <translation>Anlegen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>gh::CredentialEditCommand</name>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Set the secret of %1</source>
        <translation>Geheimnis von %1 setzen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>user credential %1</source>
        <translation>Benutzeranmeldedaten %1</translation>
    </message>
    <message>
        <source>OAuth2 client credential %1</source>
        <translation>OAuth2-Client-Anmeldedaten %1</translation>
    </message>
    <message>
        <source>secure parameter %1</source>
        <translation>sicherer Parameter %1</translation>
    </message>
    <message>
        <source>The keychain is not available yet, so the secret typed cannot be kept. Nothing was saved; try again in a moment.</source>
        <translation>Der Schlüsselbund ist noch nicht verfügbar, daher kann das eingegebene Geheimnis nicht aufbewahrt werden. Es wurde nichts gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secret could not be kept in the %1, so nothing was saved: %2</source>
        <translation>Das Geheimnis konnte nicht im %1 aufbewahrt werden, daher wurde nichts gespeichert: %2</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>gh::CredentialsPane</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Create a user credential, an OAuth2 client credential or a secure parameter</source>
        <translation>Benutzeranmeldedaten, OAuth2-Client-Anmeldedaten oder einen sicheren Parameter anlegen</translation>
    </message>
    <message>
        <source>&amp;User Credential…</source>
        <translation>&amp;Benutzeranmeldedaten…</translation>
    </message>
    <message>
        <source>Create a user credential (user and password, SuccessFactors or OpenConnectors)</source>
        <translation>Benutzeranmeldedaten anlegen (Benutzer und Kennwort, SuccessFactors oder OpenConnectors)</translation>
    </message>
    <message>
        <source>&amp;OAuth2 Client Credential…</source>
        <translation>&amp;OAuth2-Client-Anmeldedaten…</translation>
    </message>
    <message>
        <source>Create an OAuth2 client credential (token service URL, client ID and secret)</source>
        <translation>OAuth2-Client-Anmeldedaten anlegen (Token-Service-URL, Client-ID und Secret)</translation>
    </message>
    <message>
        <source>&amp;Secure Parameter…</source>
        <translation>&amp;Sicherer Parameter…</translation>
    </message>
    <message>
        <source>Create a secure parameter (a secret value integration flows read)</source>
        <translation>Einen sicheren Parameter anlegen (einen geheimen Wert, den Integrationsflüsse lesen)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected credential or set its secret (or double-click it)</source>
        <translation>Die ausgewählten Anmeldedaten bearbeiten oder ihr Geheimnis setzen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected credentials and secure parameters</source>
        <translation>Die ausgewählten Anmeldedaten und sicheren Parameter löschen</translation>
    </message>
</context>
<context>
    <name>gh::DeleteCredentialsCommand</name>
    <message>
        <source>Delete Security Material</source>
        <translation>Sicherheitsmaterial löschen</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Delete %1? Integration flows that use it stop working once this is pushed.</source>
        <translation>%1 löschen? Integrationsflüsse, die darauf zugreifen, funktionieren nach dem Übertragen nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items: %1? Integration flows that use them stop working once this is pushed.</source>
        <translation>
            <numerusform>Diesen %n Eintrag löschen: %1? Integrationsflüsse, die ihn verwenden, funktionieren nach dem Übertragen nicht mehr.</numerusform>
            <numerusform>Diese %n Einträge löschen: %1? Integrationsflüsse, die sie verwenden, funktionieren nach dem Übertragen nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n security material items</source>
        <translation>
            <numerusform>%n Eintrag Sicherheitsmaterial löschen</numerusform>
            <numerusform>%n Einträge Sicherheitsmaterial löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteDestinationCertificatesCommand</name>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is used by the destination %2 (%3)</source>
        <translation>%1 wird vom Ziel %2 verwendet (%3)</translation>
    </message>
    <message>
        <source>Delete the destination certificate %1?</source>
        <translation>Das Zielzertifikat %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n destination certificates?</source>
        <translation>
            <numerusform>Dieses Zielzertifikat löschen?</numerusform>
            <numerusform>Diese %n Zielzertifikate löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Those destinations will name a certificate that is not there.</source>
        <translation>Diese Ziele verweisen dann auf ein Zertifikat, das nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>The deletion stays a pending change: Undo brings it back.</source>
        <translation>Das Löschen bleibt eine ausstehende Änderung: Rückgängig bringt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination certificate(s)</source>
        <translation>
            <numerusform>%n Zielzertifikat löschen</numerusform>
            <numerusform>%n Zielzertifikate löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete destination certificate %1</source>
        <translation>Zielzertifikat %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destination certificates</source>
        <translation>
            <numerusform>%n Zielzertifikat löschen</numerusform>
            <numerusform>%n Zielzertifikate löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) use this certificate: %1</source>
        <translation>
            <numerusform>%n Ziel verwendet dieses Zertifikat: %1</numerusform>
            <numerusform>%n Ziele verwenden dieses Zertifikat: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) use these certificates: %1</source>
        <translation>
            <numerusform>%n Ziel verwendet diese Zertifikate: %1</numerusform>
            <numerusform>%n Ziele verwenden diese Zertifikate: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteDestinationsCommand</name>
    <message numerus="yes">
        <source>Delete %n destination(s)</source>
        <translation>
            <numerusform>%n Ziel löschen</numerusform>
            <numerusform>%n Ziele löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the destination %1?</source>
        <translation>Das Ziel %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n destinations?</source>
        <translation>
            <numerusform>Dieses Ziel löschen?</numerusform>
            <numerusform>Diese %n Ziele löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion stays a pending change: Undo brings the destination back.</source>
        <translation>Das Löschen bleibt eine ausstehende Änderung: Rückgängig bringt das Ziel zurück.</translation>
    </message>
    <message>
        <source>Delete destination %1</source>
        <translation>Ziel %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n destinations</source>
        <translation>
            <numerusform>%n Ziel löschen</numerusform>
            <numerusform>%n Ziele löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteKeystoreEntriesCommand</name>
    <message>
        <source>%1 is owned by SAP and cannot be deleted.</source>
        <translation>%1 gehört SAP und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>destination %1 (%2) uses %3</source>
        <translation>Ziel %1 (%2) verwendet %3</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n keystore entries</source>
        <translation>
            <numerusform>%n Eintrag im Schlüsselspeicher löschen</numerusform>
            <numerusform>%n Einträge im Schlüsselspeicher löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the keystore entry %1?</source>
        <translation>Den Eintrag %1 im Schlüsselspeicher löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n keystore entries?</source>
        <translation>
            <numerusform>Diesen Eintrag im Schlüsselspeicher löschen?</numerusform>
            <numerusform>Diese %n Einträge im Schlüsselspeicher löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiterer</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) refer to what you delete:</source>
        <translation>
            <numerusform>%n Ziel verweist auf das, was Sie löschen:</numerusform>
            <numerusform>%n Ziele verweisen auf das, was Sie löschen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration flows that use them fail until they are back. The deletion stays a pending change: Undo brings them back.</source>
        <translation>Integrationsflüsse, die sie verwenden, schlagen fehl, bis sie wieder da sind. Das Löschen bleibt eine ausstehende Änderung: Rückgängig bringt sie zurück.</translation>
    </message>
    <message>
        <source>Delete keystore entry %1</source>
        <translation>Eintrag %1 im Schlüsselspeicher löschen</translation>
    </message>
</context>
<context>
    <name>gh::DeleteRoleCollectionsCommand</name>
    <message numerus="yes">
        <source>Delete %n role collection(s)</source>
        <translation>
            <numerusform>%n Rollensammlung löschen</numerusform>
            <numerusform>%n Rollensammlungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the role collection %1?</source>
        <translation>Die Rollensammlung %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n role collections?</source>
        <translation>
            <numerusform>Diese Rollensammlung löschen?</numerusform>
            <numerusform>Diese %n Rollensammlungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Users and groups assigned to it lose its roles. Undo brings it back.</source>
        <translation>Benutzer und Gruppen, denen sie zugeordnet ist, verlieren ihre Rollen. Rückgängig bringt sie zurück.</translation>
    </message>
    <message>
        <source>Delete role collection %1</source>
        <translation>Rollensammlung %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role collections</source>
        <translation>
            <numerusform>%n Rollensammlung löschen</numerusform>
            <numerusform>%n Rollensammlungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DeleteUsersCommand</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiterer</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>Den Benutzer %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n users?</source>
        <translation>
            <numerusform>Diesen Benutzer löschen?</numerusform>
            <numerusform>Diese %n Benutzer löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no role collection directly.</source>
        <translation>Sie haben keine direkt zugeordnete Rollensammlung.</translation>
    </message>
    <message numerus="yes">
        <source>Their %n direct role collection assignment(s) go too; collections obtained through identity provider groups are not affected.</source>
        <translation>
            <numerusform>Ihre direkte Zuordnung einer Rollensammlung entfällt ebenfalls; über Gruppen des Identitätsanbieters erhaltene Sammlungen sind nicht betroffen.</numerusform>
            <numerusform>Ihre %n direkten Zuordnungen von Rollensammlungen entfallen ebenfalls; über Gruppen des Identitätsanbieters erhaltene Sammlungen sind nicht betroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion stays a pending change: Undo brings the users and their assignments back.</source>
        <translation>Das Löschen bleibt eine ausstehende Änderung: Rückgängig bringt die Benutzer und ihre Zuordnungen zurück.</translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificateDetails</name>
    <message>
        <source>Select a destination certificate to see its certificates and the destinations that use it.</source>
        <translation>Wählen Sie ein Zielzertifikat aus, um seine Zertifikate und die Ziele zu sehen, die es verwenden.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>content not on this machine (only its public certificates are known)</source>
        <translation>Inhalt nicht auf diesem Rechner (nur seine öffentlichen Zertifikate sind bekannt)</translation>
    </message>
    <message>
        <source>kept in the keychain of the machine that imported it</source>
        <translation>im Schlüsselbund des Rechners gespeichert, der es importiert hat</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>%1 (%2), alias %3</source>
        <translation>%1 (%2), Alias %3</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No destination uses it</source>
        <translation>Kein Ziel verwendet es</translation>
    </message>
    <message>
        <source>View Certificates…</source>
        <translation>Zertifikate anzeigen…</translation>
    </message>
    <message>
        <source>Every field and extension, the chain and the fingerprints</source>
        <translation>Alle Felder und Erweiterungen, die Kette und die Fingerabdrücke</translation>
    </message>
    <message>
        <source>The listing did not hand over the certificates</source>
        <translation>Die Auflistung hat die Zertifikate nicht geliefert</translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation>Destination Service</translation>
    </message>
    <message>
        <source>Certificates of %1</source>
        <translation>Zertifikate von %1</translation>
    </message>
    <message>
        <source>destination certificate</source>
        <translation>Zielzertifikat</translation>
    </message>
    <message>
        <source>No destination uses this certificate.</source>
        <translation>Kein Ziel verwendet dieses Zertifikat.</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) use this certificate: %1</source>
        <translation>
            <numerusform>%n Ziel verwendet dieses Zertifikat: %1</numerusform>
            <numerusform>%n Ziele verwenden dieses Zertifikat: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificatesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Keystore with a private key; its file is not on this machine</source>
        <translation>Schlüsselspeicher mit privatem Schlüssel; seine Datei ist nicht auf diesem Rechner</translation>
    </message>
    <message>
        <source>Keystore with a private key; its file is kept in the keychain</source>
        <translation>Schlüsselspeicher mit privatem Schlüssel; seine Datei liegt im Schlüsselbund</translation>
    </message>
    <message>
        <source>Subject CN</source>
        <translation>Antragsteller-CN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>No destination uses it</source>
        <translation>Kein Ziel verwendet es</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificatesPane</name>
    <message>
        <source>Destination Certificates</source>
        <translation>Zielzertifikate</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import certificates (PEM, DER) and keystores (PKCS#12) for destinations</source>
        <translation>Zertifikate (PEM, DER) und Schlüsselspeicher (PKCS#12) für Ziele importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected destination certificates</source>
        <translation>Die ausgewählten Zielzertifikate löschen</translation>
    </message>
</context>
<context>
    <name>gh::DestinationDetails</name>
    <message>
        <source>Select a destination to see its properties.</source>
        <translation>Wählen Sie ein Ziel aus, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Looking for what this destination refers to…</source>
        <translation>Es wird ermittelt, worauf dieses Ziel verweist…</translation>
    </message>
    <message>
        <source>Cannot tell what it refers to: %1</source>
        <translation>Nicht ermittelbar, worauf es verweist: %1</translation>
    </message>
    <message>
        <source>%1, keystore entry</source>
        <translation>%1, Eintrag im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>%1, destination certificate</source>
        <translation>%1, Zielzertifikat</translation>
    </message>
    <message>
        <source>Names no certificate or keystore entry.</source>
        <translation>Nennt kein Zertifikat und keinen Eintrag im Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>Refers to: %1.</source>
        <translation>Verweist auf: %1.</translation>
    </message>
    <message>
        <source>Not there: %1.</source>
        <translation>Nicht vorhanden: %1.</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>gh::DestinationEditCommand</name>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>The keychain is not available yet, so the secrets typed cannot be kept. Nothing was saved; try again in a moment.</source>
        <translation>Der Schlüsselbund ist noch nicht verfügbar, daher können die eingegebenen Geheimnisse nicht gespeichert werden. Es wurde nichts gesichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secrets could not be kept in the %1, so nothing was saved: %2</source>
        <translation>Die Geheimnisse konnten nicht im %1 gespeichert werden, daher wurde nichts gesichert: %2</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>gh::DestinationEditor</name>
    <message>
        <source>New Destination</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Edit Destination “%1”</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate Destination “%1”</source>
        <translation>Ziel „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Fields marked * are required. Secrets are never shown: type one to set or replace it. Nothing reaches the tenant until the pending changes are pushed.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Geheimnisse werden nie angezeigt: Geben Sie eines ein, um es zu setzen oder zu ersetzen. Nichts erreicht den Tenant, bevor die ausstehenden Änderungen übertragen sind.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Additional Properties</source>
        <translation>Zusätzliche Eigenschaften</translation>
    </message>
    <message>
        <source>Additional properties</source>
        <translation>Zusätzliche Eigenschaften</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add Property</source>
        <translation>Eigenschaft &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Property</source>
        <translation>Eigenschaft &amp;entfernen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Create Copy</source>
        <translation>Kopie anlegen</translation>
    </message>
    <message>
        <source>set — type to replace</source>
        <translation>gesetzt — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>missing (removed on export) — type it</source>
        <translation>fehlt (beim Export entfernt) — bitte eingeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Property name, row %1</source>
        <translation>Eigenschaftsname, Zeile %1</translation>
    </message>
    <message>
        <source>Property value, row %1</source>
        <translation>Eigenschaftswert, Zeile %1</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>Fehler — %1</translation>
    </message>
    <message>
        <source>Warning — %1</source>
        <translation>Warnung — %1</translation>
    </message>
    <message>
        <source>Fix the errors listed first</source>
        <translation>Zuerst die aufgeführten Fehler beheben</translation>
    </message>
    <message>
        <source>Nothing has changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Destination properties</source>
        <translation>Eigenschaften des Ziels</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>gh::DestinationFieldText</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>Cloud Connector location ID</source>
        <translation>Standort-ID des Cloud Connectors</translation>
    </message>
    <message>
        <source>Trust store</source>
        <translation>Truststore</translation>
    </message>
    <message>
        <source>Trust store password</source>
        <translation>Truststore-Kennwort</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Key store password</source>
        <translation>Kennwort des Schlüsselspeichers</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Token service URL</source>
        <translation>Token-Service-URL</translation>
    </message>
    <message>
        <source>Token service URL type</source>
        <translation>Typ der Token-Service-URL</translation>
    </message>
    <message>
        <source>Token service user</source>
        <translation>Token-Service-Benutzer</translation>
    </message>
    <message>
        <source>Token service password</source>
        <translation>Token-Service-Kennwort</translation>
    </message>
    <message>
        <source>Token service key store</source>
        <translation>Schlüsselspeicher des Token-Service</translation>
    </message>
    <message>
        <source>Token service key store password</source>
        <translation>Kennwort des Token-Service-Schlüsselspeichers</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe (Audience)</translation>
    </message>
    <message>
        <source>Assertion recipient</source>
        <translation>Empfänger der Zusicherung</translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation>Authentifizierungskontextklasse</translation>
    </message>
    <message>
        <source>Name ID format</source>
        <translation>Format der Namens-ID</translation>
    </message>
    <message>
        <source>Name qualifier</source>
        <translation>Namensqualifizierer</translation>
    </message>
    <message>
        <source>Assertion issuer</source>
        <translation>Aussteller der Zusicherung</translation>
    </message>
    <message>
        <source>User ID source</source>
        <translation>Quelle der Benutzer-ID</translation>
    </message>
    <message>
        <source>Include signing certificate</source>
        <translation>Signaturzertifikat einschließen</translation>
    </message>
    <message>
        <source>Skip user attributes prefix</source>
        <translation>Präfix der Benutzerattribute weglassen</translation>
    </message>
    <message>
        <source>Skip user UUID</source>
        <translation>Benutzer-UUID weglassen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Anwendungsserver</translation>
    </message>
    <message>
        <source>System number</source>
        <translation>Systemnummer</translation>
    </message>
    <message>
        <source>Message server</source>
        <translation>Message-Server</translation>
    </message>
    <message>
        <source>System ID</source>
        <translation>System-ID</translation>
    </message>
    <message>
        <source>Logon group</source>
        <translation>Anmeldegruppe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation>IMAP-Host</translation>
    </message>
    <message>
        <source>POP3 host</source>
        <translation>POP3-Host</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;_&apos; and &apos;-&apos;. A destination is not renamed: duplicate it under the new name instead.</source>
        <translation>Buchstaben, Ziffern, „_“ und „-“. Ein Ziel wird nicht umbenannt: Duplizieren Sie es stattdessen unter dem neuen Namen.</translation>
    </message>
    <message>
        <source>Empty for the Cloud Connector without a location ID.</source>
        <translation>Leer für den Cloud Connector ohne Standort-ID.</translation>
    </message>
    <message>
        <source>Common: the URL holds {tenant}, filled in for each subscriber.</source>
        <translation>Common: Die URL enthält {tenant}, das für jeden Subscriber eingesetzt wird.</translation>
    </message>
    <message>
        <source>The name of a destination certificate of this subaccount (or of an entry of the tenant keystore).</source>
        <translation>Der Name eines Zielzertifikats dieses Unterkontos (oder eines Eintrags im Schlüsselspeicher des Tenants).</translation>
    </message>
    <message>
        <source>Two digits, such as 00.</source>
        <translation>Zwei Ziffern, z. B. 00.</translation>
    </message>
    <message>
        <source>Three digits, such as 100.</source>
        <translation>Drei Ziffern, z. B. 100.</translation>
    </message>
</context>
<context>
    <name>gh::DestinationsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Gesetzt: %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>gh::DetailsForm</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>gh::DetailsView</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>●●●● (set)</source>
        <translation>●●●● (gesetzt)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Show These Users</source>
        <translation>Diese Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>gh::DuplicateDestinationCommand</name>
    <message>
        <source>The destination %1 no longer exists.</source>
        <translation>Das Ziel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Duplicate destination %1 as %2</source>
        <translation>Ziel %1 als %2 duplizieren</translation>
    </message>
    <message>
        <source>Could not duplicate the destination</source>
        <translation>Das Ziel konnte nicht dupliziert werden</translation>
    </message>
</context>
<context>
    <name>gh::EditCredentialCommand</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not save the credential</source>
        <translation>Die Anmeldedaten konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>gh::EditDescriptionCommand</name>
    <message>
        <source>Could not edit the description</source>
        <translation>Die Beschreibung konnte nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>The role collection no longer exists.</source>
        <translation>Die Rollensammlung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit Description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Description of %1:</source>
        <translation>Beschreibung von %1:</translation>
    </message>
    <message>
        <source>Edit description of %1</source>
        <translation>Beschreibung von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>gh::EditDestinationCommand</name>
    <message>
        <source>The destination %1 no longer exists.</source>
        <translation>Das Ziel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit destination %1</source>
        <translation>Ziel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Could not save the destination</source>
        <translation>Das Ziel konnte nicht gesichert werden</translation>
    </message>
</context>
<context>
    <name>gh::EntityModel</name>
    <message>
        <source>Search this column with %1:value</source>
        <translation>Diese Spalte mit %1:Wert durchsuchen</translation>
    </message>
</context>
<context>
    <name>gh::EntityPane</name>
    <message>
        <source>Search %1: text, field:value or is:… (e.g. %2)</source>
        <translation>%1 durchsuchen: Text, Feld:Wert oder is:… (z. B. %2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>States: %1</source>
        <translation>Zustände: %1</translation>
    </message>
    <message>
        <source>Several terms must all match; -term excludes.</source>
        <translation>Mehrere Begriffe müssen alle zutreffen; -Begriff schließt aus.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>How a pane title reads inside a sentence: lower-case or keep</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Problem bei der Suche</translation>
    </message>
</context>
<context>
    <name>gh::ExpiringDetails</name>
    <message>
        <source>Select an item to see where it is and when it expires.</source>
        <translation>Wählen Sie ein Element aus, um zu sehen, wo es liegt und wann es abläuft.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>In the chain</source>
        <translation>In der Kette</translation>
    </message>
    <message>
        <source>Certificate 1 of %1 (its own)</source>
        <translation>Zertifikat 1 von %1 (das eigene)</translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <translation>Zertifikat %1 von %2</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>1 day before it expires</source>
        <translation>1 Tag vor Ablauf</translation>
    </message>
    <message>
        <source>%1 days before it expires</source>
        <translation>%1 Tage vor Ablauf</translation>
    </message>
</context>
<context>
    <name>gh::ExpiringModel</name>
    <message>
        <source> (chain %1/%2)</source>
        <translation> (Kette %1/%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>%1 in keystore %2</source>
        <translation>%1 im Schlüsselspeicher %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Not After</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Days Left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Destination certificate</source>
        <translation>Zielzertifikat</translation>
    </message>
    <message>
        <source>PGP key</source>
        <translation>PGP-Schlüssel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gh::ExpiringPane</name>
    <message>
        <source>Expiring</source>
        <translation>Ablaufend</translation>
    </message>
</context>
<context>
    <name>gh::ExpiringPaneControl</name>
    <message>
        <source>&amp;Warn</source>
        <translation>&amp;Warnen</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>Warn this many days before an item expires</source>
        <translation>So viele Tage vor dem Ablauf eines Elements warnen</translation>
    </message>
    <message>
        <source>Items that expire within this many days show as Expiring</source>
        <translation>Elemente, die innerhalb so vieler Tage ablaufen, erscheinen als ablaufend</translation>
    </message>
    <message>
        <source>&amp;Show in Its Pane</source>
        <translation>Im eigenen Bereich &amp;anzeigen</translation>
    </message>
    <message>
        <source>Open the selected item&apos;s keystore entry or destination certificate (or double-click it)</source>
        <translation>Den Eintrag im Schlüsselspeicher oder das Zielzertifikat des ausgewählten Elements öffnen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>%1 expired, %2 expiring</source>
        <translation>%1 abgelaufen, %2 laufen ab</translation>
    </message>
</context>
<context>
    <name>gh::ExportAccessCommand</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>Export Users and Role Collections</source>
        <translation>Benutzer und Rollensammlungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::ExportDestinationsCommand</name>
    <message>
        <source>Cannot export destinations</source>
        <translation>Ziele können nicht exportiert werden</translation>
    </message>
    <message>
        <source>The selected destinations no longer exist.</source>
        <translation>Die ausgewählten Ziele existieren nicht mehr.</translation>
    </message>
    <message>
        <source>Export Destinations</source>
        <translation>Ziele exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Properties, as the BTP cockpit exports them</source>
        <translation>Eigenschaften, wie das BTP-Cockpit sie exportiert</translation>
    </message>
    <message>
        <source>JSON ({&quot;destination&quot;: …})</source>
        <translation>JSON ({&quot;destination&quot;: …})</translation>
    </message>
    <message>
        <source>Export Destination</source>
        <translation>Ziel exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Destinations Into</source>
        <translation>
            <numerusform>%n Ziel exportieren nach</numerusform>
            <numerusform>%n Ziele exportieren nach</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation>%1 enthält bereits %2. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gh::ExportKeystoreEntryCommand</name>
    <message>
        <source>Certificate, PEM (.pem)</source>
        <translation>Zertifikat, PEM (.pem)</translation>
    </message>
    <message>
        <source>Certificate, DER (.cer)</source>
        <translation>Zertifikat, DER (.cer)</translation>
    </message>
    <message>
        <source>Certificate chain, PEM (.pem)</source>
        <translation>Zertifikatskette, PEM (.pem)</translation>
    </message>
    <message>
        <source>Certificate chain, PKCS#7 (.p7b)</source>
        <translation>Zertifikatskette, PKCS#7 (.p7b)</translation>
    </message>
    <message>
        <source>Key pair with its chain, PKCS#12 (.p12, password protected)</source>
        <translation>Schlüsselpaar mit Kette, PKCS#12 (.p12, kennwortgeschützt)</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>%1 kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The entry holds no certificate.</source>
        <translation>Der Eintrag enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der)</source>
        <translation>DER-Zertifikate (*.cer *.der)</translation>
    </message>
    <message>
        <source>PKCS#7 chains (*.p7b *.p7c)</source>
        <translation>PKCS#7-Ketten (*.p7b *.p7c)</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Gatehouse is still checking the system keychain. Try again in a moment.</source>
        <translation>Gatehouse prüft noch den Systemschlüsselbund. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Protect %1</source>
        <translation>%1 schützen</translation>
    </message>
    <message>
        <source>The private key leaves Gatehouse only encrypted. Choose the password of the PKCS#12 file:</source>
        <translation>Der private Schlüssel verlässt Gatehouse nur verschlüsselt. Wählen Sie das Kennwort der PKCS#12-Datei:</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gh::ExportKnownHostsCommand</name>
    <message>
        <source>Export known hosts</source>
        <translation>Bekannte Hosts exportieren</translation>
    </message>
    <message>
        <source>known_hosts files (*)</source>
        <translation>known_hosts-Dateien (*)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::ExportPgpKeyringCommand</name>
    <message>
        <source>Export public PGP keyring</source>
        <translation>Öffentlichen PGP-Schlüsselbund exportieren</translation>
    </message>
    <message>
        <source>Armored keyrings (*.asc)</source>
        <translation>ASCII-Armor-Schlüsselbunde (*.asc)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::ExportPgpSecretKeyringCommand</name>
    <message>
        <source>The tenant&apos;s secret keyring is empty: there is nothing to export.</source>
        <translation>Der geheime Schlüsselbund des Tenants ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The secret keyring is kept only in the keychain, and no keychain is available.</source>
        <translation>Der geheime Schlüsselbund wird nur im Systemschlüsselbund gespeichert, und es ist kein Systemschlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Export Secret Keyring</source>
        <translation>Geheimen Schlüsselbund exportieren</translation>
    </message>
    <message>
        <source>The file will hold the tenant&apos;s secret PGP keys, as they were imported. Anyone who has it can decrypt what is sent to the tenant and sign in its name: keep it somewhere safe, and delete it once it has served.</source>
        <translation>Die Datei enthält die geheimen PGP-Schlüssel des Tenants, so wie sie importiert wurden. Wer sie hat, kann entschlüsseln, was an den Tenant gesendet wird, und in seinem Namen signieren: Bewahren Sie sie sicher auf und löschen Sie sie, sobald sie ihren Zweck erfüllt hat.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export secret PGP keyring</source>
        <translation>Geheimen PGP-Schlüsselbund exportieren</translation>
    </message>
    <message>
        <source>Keyrings (*.gpg *.asc);;All files (*)</source>
        <translation>Schlüsselbunde (*.gpg *.asc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The keychain is no longer available.</source>
        <translation>Der Systemschlüsselbund ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The secret keyring file %1 is not in this keychain: %2. Nothing was written.</source>
        <translation>Die geheime Schlüsselbund-Datei %1 ist nicht in diesem Systemschlüsselbund: %2. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>gh::ExportRoleCollectionsCommand</name>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The selected role collections no longer exist.</source>
        <translation>Die ausgewählten Rollensammlungen existieren nicht mehr.</translation>
    </message>
    <message>
        <source>Export Role Collections</source>
        <translation>Rollensammlungen exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>gh::FingerprintPanel</name>
    <message>
        <source>%1 fingerprint</source>
        <translation>%1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 fingerprint</source>
        <translation>Den %1-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy %1 fingerprint</source>
        <translation>%1-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>%1 fingerprint copied to the clipboard</source>
        <translation>%1-Fingerabdruck in die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>gh::GenerateKeyPairCommand</name>
    <message>
        <source>Could not generate the key pair</source>
        <translation>Das Schlüsselpaar konnte nicht generiert werden</translation>
    </message>
    <message>
        <source>Generate key pair %1</source>
        <translation>Schlüsselpaar %1 generieren</translation>
    </message>
</context>
<context>
    <name>gh::GenerateKeyPairDialog</name>
    <message>
        <source>Generate key pair</source>
        <translation>Schlüsselpaar generieren</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>e.g. contoso_signing</source>
        <translation>z. B. contoso_signing</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Common name (CN)</source>
        <translation>Allgemeiner Name (CN)</translation>
    </message>
    <message>
        <source>e.g. cpi.contoso.com</source>
        <translation>z. B. cpi.contoso.com</translation>
    </message>
    <message>
        <source>Organizational unit (OU)</source>
        <translation>Organisationseinheit (OU)</translation>
    </message>
    <message>
        <source>Organization (O)</source>
        <translation>Organisation (O)</translation>
    </message>
    <message>
        <source>Locality (L)</source>
        <translation>Ort (L)</translation>
    </message>
    <message>
        <source>State or province (ST)</source>
        <translation>Bundesland oder Provinz (ST)</translation>
    </message>
    <message>
        <source>Country (C)</source>
        <translation>Land (C)</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Gültigkeit in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>separated by commas or spaces</source>
        <translation>durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>Allgemeiner &amp;Name (CN):</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>Organisations&amp;einheit (OU):</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation>O&amp;rt (L):</translation>
    </message>
    <message>
        <source>&amp;State or province (ST):</source>
        <translation>&amp;Bundesland oder Provinz (ST):</translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>Gültig&amp;keit:</translation>
    </message>
    <message>
        <source>&amp;DNS names:</source>
        <translation>&amp;DNS-Namen:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Give the common name (CN) of the certificate; the alias follows from it.</source>
        <translation>Geben Sie den allgemeinen Namen (CN) des Zertifikats an; der Alias ergibt sich daraus.</translation>
    </message>
    <message>
        <source>Give the key pair an alias.</source>
        <translation>Geben Sie dem Schlüsselpaar einen Alias.</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Alias: %1</translation>
    </message>
    <message>
        <source>The alias “%1” is already taken.</source>
        <translation>Der Alias „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Give the common name (CN) of the certificate.</source>
        <translation>Geben Sie den allgemeinen Namen (CN) des Zertifikats an.</translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. DE.</source>
        <translation>Das Land besteht aus zwei Buchstaben (ISO 3166), z. B. DE.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>gh::IdentityProviderDetails</name>
    <message>
        <source>Select an identity provider to see its users and the role collections that map its groups.</source>
        <translation>Wählen Sie einen Identitätsanbieter aus, um seine Benutzer und die Rollensammlungen zu sehen, die seine Gruppen zuordnen.</translation>
    </message>
    <message>
        <source>Origin key</source>
        <translation>Ursprungsschlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>being counted…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n inaktiv</numerusform>
            <numerusform>%n inaktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>The users pane, searching %1</source>
        <translation>Der Benutzerbereich, Suche nach %1</translation>
    </message>
    <message>
        <source>%1 ← group %2 %3</source>
        <translation>%1 ← Gruppe %2 %3</translation>
    </message>
    <message>
        <source>%1 ← %2 %3 %4</source>
        <translation>%1 ← %2 %3 %4</translation>
    </message>
    <message>
        <source>Role collections mapped from it (%1)</source>
        <translation>Daraus zugeordnete Rollensammlungen (%1)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>gh::IdentityProvidersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Origin key</source>
        <translation>Ursprungsschlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n inaktiv</numerusform>
            <numerusform>%n inaktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>%1 ← %2 %3 %4</source>
        <translation>%1 ← %2 %3 %4</translation>
    </message>
    <message>
        <source>SAP ID service</source>
        <translation>SAP ID Service</translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation>SAML 2.0</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>SAP Cloud Identity Services</source>
        <translation>SAP Cloud Identity Services</translation>
    </message>
</context>
<context>
    <name>gh::ImportAssignmentsCommand</name>
    <message>
        <source>Import Assignments</source>
        <translation>Zuordnungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::ImportDestinationCertificatesCommand</name>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Import destination certificates</source>
        <translation>Zielzertifikate importieren</translation>
    </message>
    <message>
        <source>Certificates and keystores (*.pem *.crt *.cer *.der *.p12 *.pfx *.jks);;All files (*)</source>
        <translation>Zertifikate und Schlüsselspeicher (*.pem *.crt *.cer *.der *.p12 *.pfx *.jks);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the file is too large for a certificate</source>
        <translation>die Datei ist zu groß für ein Zertifikat</translation>
    </message>
    <message>
        <source>%1 is a keystore protected by a password. Type it to read its certificates.</source>
        <translation>%1 ist ein kennwortgeschützter Schlüsselspeicher. Geben Sie das Kennwort ein, um seine Zertifikate zu lesen.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong. Try again (attempt %2 of %3).</source>
        <translation>Das Kennwort für %1 ist falsch. Versuchen Sie es erneut (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Kennwort für %1</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>These certificates are already there: %1</source>
        <translation>Diese Zertifikate sind bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>%1 hinzufügen (%2)</translation>
    </message>
    <message>
        <source>Replace %1 (%2)</source>
        <translation>%1 ersetzen (%2)</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 holds a private key, which is kept only in the keychain, and no keychain is available yet. Nothing was imported.</source>
        <translation>%1 enthält einen privaten Schlüssel, der nur im Schlüsselbund gespeichert wird, und noch ist kein Schlüsselbund verfügbar. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 could not be kept in the keychain: %2. Nothing was imported.</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden: %2. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>gh::ImportDestinationsCommand</name>
    <message>
        <source>Secret missing</source>
        <translation>Geheimnis fehlt</translation>
    </message>
    <message>
        <source>%1 comes without its %2. Type it to keep it in the keychain, or cancel to leave this and the following secrets missing for now.</source>
        <translation>%1 kommt ohne %2. Geben Sie es ein, um es im Schlüsselbund zu speichern, oder brechen Sie ab, um dieses und die folgenden Geheimnisse vorerst fehlen zu lassen.</translation>
    </message>
    <message>
        <source>the keychain is not available yet, so the secrets cannot be kept; nothing was changed, try again in a moment</source>
        <translation>der Schlüsselbund ist noch nicht verfügbar, daher können die Geheimnisse nicht gespeichert werden; es wurde nichts geändert, versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Cannot import destinations</source>
        <translation>Ziele können nicht importiert werden</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Import Destinations</source>
        <translation>Ziele importieren</translation>
    </message>
    <message>
        <source>Destination files, as the BTP cockpit exports them (*);;JSON (*.json);;All files (*)</source>
        <translation>Zieldateien, wie das BTP-Cockpit sie exportiert (*);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The secrets could not be kept, so nothing was imported: %1</source>
        <translation>Die Geheimnisse konnten nicht gespeichert werden, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>a destination file</source>
        <translation>eine Zieldatei</translation>
    </message>
</context>
<context>
    <name>gh::ImportKeystoreEntriesCommand</name>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Import into the keystore</source>
        <translation>In den Schlüsselspeicher importieren</translation>
    </message>
    <message>
        <source>Certificates and key stores (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate und Schlüsselspeicher (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts einzufügen</translation>
    </message>
    <message>
        <source>The clipboard holds no certificate: copy PEM text, certificate data or certificate files first.</source>
        <translation>Die Zwischenablage enthält kein Zertifikat: Kopieren Sie zuerst PEM-Text, Zertifikatsdaten oder Zertifikatsdateien.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type it to read the file.</source>
        <translation>%1 ist kennwortgeschützt. Geben Sie das Kennwort ein, um die Datei zu lesen.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong. Try again (attempt %2 of %3).</source>
        <translation>Das Kennwort für %1 ist falsch. Versuchen Sie es erneut (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Kennwort für %1</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 of %n file(s)</source>
        <translation>
            <numerusform>%1 von %n Datei gelesen</numerusform>
            <numerusform>%1 von %n Dateien gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Comparing with the keystore…</source>
        <translation>Abgleich mit dem Keystore…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>What is being read</source>
        <translation>Was gerade gelesen wird</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Gelesene Dateien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops reading; nothing is imported</source>
        <translation>Hält das Lesen an; nichts wird importiert</translation>
    </message>
</context>
<context>
    <name>gh::ImportKnownHostsCommand</name>
    <message>
        <source>Import known hosts</source>
        <translation>Bekannte Hosts importieren</translation>
    </message>
    <message>
        <source>known_hosts files (*)</source>
        <translation>known_hosts-Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>The tenant holds these known hosts already (%1).</source>
        <translation>Der Tenant enthält diese bekannten Hosts bereits (%1).</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::ImportPgpKeyringCommand</name>
    <message>
        <source>Import PGP keyring</source>
        <translation>PGP-Schlüsselbund importieren</translation>
    </message>
    <message>
        <source>PGP keyrings (*.asc *.gpg *.pgp *.pub *.sec);;All files (*)</source>
        <translation>PGP-Schlüsselbunde (*.asc *.gpg *.pgp *.pub *.sec);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1 into which keyring of the tenant?</source>
        <translation>In welchen Schlüsselbund des Tenants soll %1 importiert werden?</translation>
    </message>
    <message>
        <source>Public keyring</source>
        <translation>Öffentlicher Schlüsselbund</translation>
    </message>
    <message>
        <source>Secret keyring</source>
        <translation>Geheimer Schlüsselbund</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>The tenant holds these keys already (%1).</source>
        <translation>Der Tenant enthält diese Schlüssel bereits (%1).</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>A secret keyring is kept only in the keychain, and no keychain is available yet. Nothing was imported.</source>
        <translation>Ein geheimer Schlüsselbund wird nur im Schlüsselbund des Systems gespeichert, und noch ist kein Systemschlüsselbund verfügbar. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The secret keyring could not be kept in the keychain: %1. Nothing was imported.</source>
        <translation>Der geheime Schlüsselbund konnte nicht im Systemschlüsselbund gespeichert werden: %1. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>gh::ImportSummaryDialog</name>
    <message>
        <source>Import into the keystore</source>
        <translation>In den Schlüsselspeicher importieren</translation>
    </message>
    <message>
        <source>Nothing in these files can be imported.</source>
        <translation>Nichts in diesen Dateien kann importiert werden.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>This source could not be read:</source>
        <translation>Diese Quelle konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <source>These %1 sources could not be read:</source>
        <translation>Diese %1 Quellen konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>secret missing: %1 (asked for next)</source>
        <translation>Geheimnis fehlt: %1 (wird als Nächstes abgefragt)</translation>
    </message>
    <message>
        <source>carries secrets, kept in the keychain</source>
        <translation>enthält Geheimnisse, im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Problems, each with its file and line:</source>
        <translation>Probleme, jeweils mit Datei und Zeile:</translation>
    </message>
    <message>
        <source>&amp;Import the Valid Ones</source>
        <translation>Die gültigen &amp;importieren</translation>
    </message>
    <message>
        <source>Check what the import does. Nothing changes until you choose Import; afterwards, Undo takes it back.</source>
        <translation>Prüfen Sie, was der Import tut. Nichts ändert sich, bevor Sie „Importieren“ wählen; danach nimmt Rückgängig es zurück.</translation>
    </message>
    <message>
        <source>Entries to import</source>
        <translation>Zu importierende Einträge</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(unbekannte Quelle)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is nothing to add or replace.</source>
        <translation>Es gibt nichts hinzuzufügen oder zu ersetzen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>gh::ItemPickerDialog</name>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>gh::KeystoreCommand</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>%1 is a %2, not a key pair: only key pairs have a private key.</source>
        <translation>%1 ist ein %2, kein Schlüsselpaar: Nur Schlüsselpaare haben einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is owned by SAP and cannot be changed here.</source>
        <translation>%1 gehört SAP und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Kein Tenant</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the keystore</source>
        <translation>Der Schlüsselspeicher konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No place for private keys</source>
        <translation>Kein Ort für private Schlüssel</translation>
    </message>
    <message>
        <source>Gatehouse is still checking the system keychain. Try again in a moment.</source>
        <translation>Gatehouse prüft noch den Systemschlüsselbund. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not keep the private key</source>
        <translation>Der private Schlüssel konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>gh::KeystoreDetails</name>
    <message>
        <source>Select a keystore entry to see its certificate.</source>
        <translation>Wählen Sie einen Eintrag im Schlüsselspeicher aus, um sein Zertifikat zu sehen.</translation>
    </message>
    <message>
        <source>Looking for destinations that use this entry…</source>
        <translation>Es werden Ziele gesucht, die diesen Eintrag verwenden…</translation>
    </message>
    <message>
        <source>Cannot tell who uses it: %1</source>
        <translation>Nicht ermittelbar, wer ihn verwendet: %1</translation>
    </message>
    <message>
        <source>Destinations name entries of the system keystore only.</source>
        <translation>Ziele nennen nur Einträge des System-Schlüsselspeichers.</translation>
    </message>
    <message>
        <source>No destination uses this keystore entry.</source>
        <translation>Kein Ziel verwendet diesen Eintrag im Schlüsselspeicher.</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) use this keystore entry: %1</source>
        <translation>
            <numerusform>%n Ziel verwendet diesen Eintrag im Schlüsselspeicher: %1</numerusform>
            <numerusform>%n Ziele verwenden diesen Eintrag im Schlüsselspeicher: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>keystore entry</source>
        <translation>Eintrag im Schlüsselspeicher</translation>
    </message>
</context>
<context>
    <name>gh::KeystoreModel</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Owned by SAP: read-only</source>
        <translation>Im Besitz von SAP: schreibgeschützt</translation>
    </message>
    <message>
        <source>Subject CN</source>
        <translation>Antragsteller-CN</translation>
    </message>
    <message>
        <source>Issuer CN</source>
        <translation>Aussteller-CN</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Expired today</source>
        <translation>Heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen</numerusform>
            <numerusform>Vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>No validity period</source>
        <translation>Kein Gültigkeitszeitraum</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Key Pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>SSH Key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
</context>
<context>
    <name>gh::KeystoreQuickFilterBar</name>
    <message>
        <source>Quick filters</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Nur anzeigen:</translation>
    </message>
    <message>
        <source>Expiring ≤</source>
        <translation>Läuft ab ≤</translation>
    </message>
    <message>
        <source>Entries that expire within the number of days given</source>
        <translation>Einträge, die innerhalb der angegebenen Anzahl Tage ablaufen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Expiring within days</source>
        <translation>Läuft ab innerhalb von Tagen</translation>
    </message>
    <message>
        <source>The warning window of the &quot;Expiring&quot; filter, in days</source>
        <translation>Das Warnfenster des Filters „Läuft ab“, in Tagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>Abgelaufene Einträge</translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation>Schlüsselpaare</translation>
    </message>
    <message>
        <source>Key pairs only (not certificates or SSH keys)</source>
        <translation>Nur Schlüsselpaare (keine Zertifikate oder SSH-Schlüssel)</translation>
    </message>
    <message>
        <source>SAP-owned</source>
        <translation>SAP-eigene</translation>
    </message>
    <message>
        <source>Entries owned by SAP (read-only)</source>
        <translation>Einträge im Besitz von SAP (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Nur anzeigen: %1</translation>
    </message>
</context>
<context>
    <name>gh::KeystoreTrust</name>
    <message>
        <source>The entry holds no certificate.</source>
        <translation>Der Eintrag enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The entry&apos;s certificate cannot be read.</source>
        <translation>Das Zertifikat des Eintrags kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>trusted: %1 is a trusted certificate of the tenant</source>
        <translation>vertrauenswürdig: %1 ist ein vertrauenswürdiges Zertifikat des Tenants</translation>
    </message>
    <message>
        <source>trusted: %1 in the tenant keystore</source>
        <translation>vertrauenswürdig: %1 im Schlüsselspeicher des Tenants</translation>
    </message>
    <message>
        <source>not trusted: no certificate of the tenant keystore anchors this chain</source>
        <translation>nicht vertrauenswürdig: Kein Zertifikat des Tenant-Schlüsselspeichers verankert diese Kette</translation>
    </message>
    <message>
        <source>Chain valid</source>
        <translation>Kette gültig</translation>
    </message>
    <message>
        <source>Chain not valid: %1</source>
        <translation>Kette nicht gültig: %1</translation>
    </message>
</context>
<context>
    <name>gh::KnownHostDetails</name>
    <message>
        <source>Select a known host to see its key.</source>
        <translation>Wählen Sie einen bekannten Host aus, um seinen Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>%1 (hashed)</source>
        <translation>%1 (gehasht)</translation>
    </message>
    <message>
        <source>Host patterns</source>
        <translation>Host-Muster</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>gh::KnownHostsModel</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Hashed host pattern (names no host legibly): %1</source>
        <translation>Gehashtes Host-Muster (nennt keinen Host lesbar): %1</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Key Type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <source>SHA-256 Fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>(hashed)</source>
        <translation>(gehasht)</translation>
    </message>
</context>
<context>
    <name>gh::LineEditIcons</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>gh::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Who Can…</source>
        <translation>&amp;Wer darf…</translation>
    </message>
    <message>
        <source>Who Can</source>
        <translation>Wer darf</translation>
    </message>
    <message>
        <source>Who can perform a task: users and the paths that grant it</source>
        <translation>Wer eine Aufgabe ausführen darf: Benutzer und die Wege, die sie gewähren</translation>
    </message>
    <message>
        <source>Assignment &amp;Matrix</source>
        <translation>Zuordnungs&amp;matrix</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Users × role collections: assign and unassign with check boxes</source>
        <translation>Benutzer × Rollensammlungen: mit Kontrollkästchen zuordnen und Zuordnungen aufheben</translation>
    </message>
    <message>
        <source>&amp;Export Users and Role Collections…</source>
        <translation>Benutzer und Rollensammlungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every user&apos;s role collections, and how each is held, as CSV</source>
        <translation>Die Rollensammlungen jedes Benutzers und wie er sie hat als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Import Assignments…</source>
        <translation>Zuordnungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Assign or unassign role collections from a CSV file, after a preview</source>
        <translation>Rollensammlungen aus einer CSV-Datei nach einer Vorschau zuordnen oder Zuordnungen aufheben</translation>
    </message>
    <message>
        <source>&amp;Compare with Tenant…</source>
        <translation>Mit Tenant &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare this tenant with another tenant file side by side, and copy items into its pending changes</source>
        <translation>Diesen Tenant mit einer anderen Tenant-Datei nebeneinander vergleichen und Elemente in deren ausstehende Änderungen kopieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Pending Changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;Pending Changes</source>
        <translation>&amp;Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Review the changes not yet pushed, and discard any of them</source>
        <translation>Die noch nicht übertragenen Änderungen prüfen und beliebige davon verwerfen</translation>
    </message>
    <message>
        <source>Show the pending changes (Ctrl+Shift+P)</source>
        <translation>Die ausstehenden Änderungen anzeigen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>No tenant open</source>
        <translation>Kein Tenant geöffnet</translation>
    </message>
    <message>
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Keine ausstehenden Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängig machen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Wiederherstellen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Switch Between Pane List and Pane</source>
        <translation>Zwischen Bereichsliste und Bereich wechseln</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
</context>
<context>
    <name>gh::MaterialPanes</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Known Hosts</source>
        <translation>Bekannte Hosts</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Merge an OpenSSH known_hosts file into the tenant&apos;s known hosts</source>
        <translation>Eine OpenSSH-known_hosts-Datei mit den bekannten Hosts des Tenants zusammenführen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s known_hosts file</source>
        <translation>Die known_hosts-Datei des Tenants speichern</translation>
    </message>
    <message>
        <source>Remove the selected known hosts</source>
        <translation>Die ausgewählten bekannten Hosts entfernen</translation>
    </message>
    <message>
        <source>PGP Keys</source>
        <translation>PGP-Schlüssel</translation>
    </message>
    <message>
        <source>Import an armored or binary keyring into the tenant&apos;s public or secret keyring</source>
        <translation>Einen Schlüsselbund (ASCII-Armor oder binär) in den öffentlichen oder geheimen Schlüsselbund des Tenants importieren</translation>
    </message>
    <message>
        <source>&amp;Export Public Keyring…</source>
        <translation>Öffentlichen Schlüsselbund &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s public keyring, armored</source>
        <translation>Den öffentlichen Schlüsselbund des Tenants im ASCII-Armor-Format speichern</translation>
    </message>
    <message>
        <source>Remove the selected PGP keys</source>
        <translation>Die ausgewählten PGP-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Line…</source>
        <translation>&amp;Zeile hinzufügen…</translation>
    </message>
    <message>
        <source>Add one known_hosts line to the tenant&apos;s known hosts</source>
        <translation>Eine known_hosts-Zeile zu den bekannten Hosts des Tenants hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Export &amp;Secret Keyring…</source>
        <translation>&amp;Geheimen Schlüsselbund exportieren…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s secret keyring from the keychain (secret material)</source>
        <translation>Den geheimen Schlüsselbund des Tenants aus dem Systemschlüsselbund speichern (geheimes Material)</translation>
    </message>
</context>
<context>
    <name>gh::NewCredentialCommand</name>
    <message>
        <source>Could not create the credential</source>
        <translation>Die Anmeldedaten konnten nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>gh::NewDestinationCommand</name>
    <message>
        <source>Create destination %1</source>
        <translation>Ziel %1 anlegen</translation>
    </message>
    <message>
        <source>Could not create the destination</source>
        <translation>Das Ziel konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>gh::NewRoleCollectionCommand</name>
    <message>
        <source>New Role Collection</source>
        <translation>Neue Rollensammlung</translation>
    </message>
    <message>
        <source>Name of the new role collection:</source>
        <translation>Name der neuen Rollensammlung:</translation>
    </message>
    <message>
        <source>Could not create the role collection</source>
        <translation>Die Rollensammlung konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Description of %1 (optional):</source>
        <translation>Beschreibung von %1 (optional):</translation>
    </message>
    <message>
        <source>Create role collection %1</source>
        <translation>Rollensammlung %1 anlegen</translation>
    </message>
</context>
<context>
    <name>gh::NewUserCommand</name>
    <message>
        <source>No tenant</source>
        <translation>Kein Tenant</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the identity providers</source>
        <translation>Die Identitätsanbieter konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not create the user</source>
        <translation>Der Benutzer konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Create user %1</source>
        <translation>Benutzer %1 anlegen</translation>
    </message>
</context>
<context>
    <name>gh::NewUserDialog</name>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>A shadow user for one identity provider. It can log on once the identity provider knows it; role collections are assigned afterwards.</source>
        <translation>Ein Schattenbenutzer für einen Identitätsanbieter. Er kann sich anmelden, sobald der Identitätsanbieter ihn kennt; Rollensammlungen werden danach zugeordnet.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>usually the e-mail address</source>
        <translation>meist die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>the user name when empty and it is an address</source>
        <translation>der Benutzername, wenn leer und er eine Adresse ist</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>&amp;Identitätsanbieter:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Cannot create: %1</source>
        <translation>Anlegen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>gh::Panes</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import certificates and key pairs from files (PEM, DER, PKCS#7, PKCS#12)</source>
        <translation>Zertifikate und Schlüsselpaare aus Dateien importieren (PEM, DER, PKCS#7, PKCS#12)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Paste Certificates</source>
        <translation>Zertifikate ein&amp;fügen</translation>
    </message>
    <message>
        <source>Import the certificates on the clipboard</source>
        <translation>Die Zertifikate aus der Zwischenablage importieren</translation>
    </message>
    <message>
        <source>&amp;Generate Key Pair…</source>
        <translation>Schlüsselpaar &amp;generieren…</translation>
    </message>
    <message>
        <source>Generate a new key pair with a self-signed certificate</source>
        <translation>Ein neues Schlüsselpaar mit selbstsigniertem Zertifikat generieren</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Create &amp;CSR…</source>
        <translation>&amp;CSR erstellen…</translation>
    </message>
    <message>
        <source>Save a certificate signing request for the selected key pair</source>
        <translation>Eine Zertifikatsignieranforderung für das ausgewählte Schlüsselpaar speichern</translation>
    </message>
    <message>
        <source>&amp;Update with Signed Chain…</source>
        <translation>Mit signierter Ke&amp;tte aktualisieren…</translation>
    </message>
    <message>
        <source>Replace the key pair&apos;s self-signed certificate with the chain its CA signed</source>
        <translation>Das selbstsignierte Zertifikat des Schlüsselpaars durch die von seiner CA signierte Kette ersetzen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected entry as PEM, DER, PKCS#7 or PKCS#12</source>
        <translation>Den ausgewählten Eintrag als PEM, DER, PKCS#7 oder PKCS#12 speichern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected entry another alias</source>
        <translation>Dem ausgewählten Eintrag einen anderen Alias geben</translation>
    </message>
    <message>
        <source>&amp;Renew Key</source>
        <translation>Schlüssel er&amp;neuern</translation>
    </message>
    <message>
        <source>Make a new key pair for the selected one in the KeyRenewal keystore</source>
        <translation>Für das ausgewählte Schlüsselpaar ein neues im Schlüsselspeicher KeyRenewal erzeugen</translation>
    </message>
    <message>
        <source>&amp;Activate Renewal</source>
        <translation>Erneuerung &amp;aktivieren</translation>
    </message>
    <message>
        <source>Make the renewed key the active one; the current key moves to the history</source>
        <translation>Den erneuerten Schlüssel zum aktiven machen; der aktuelle Schlüssel wandert in die Historie</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Auf diesen Schlüssel &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Make this earlier key the active one again</source>
        <translation>Diesen früheren Schlüssel wieder zum aktiven machen</translation>
    </message>
    <message>
        <source>Delete the selected keystore entries</source>
        <translation>Die ausgewählten Einträge im Schlüsselspeicher löschen</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Create a shadow user for an identity provider</source>
        <translation>Einen Schattenbenutzer für einen Identitätsanbieter anlegen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Assign Role Collections…</source>
        <translation>Rollensammlungen &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Assign role collections to the selected users</source>
        <translation>Den ausgewählten Benutzern Rollensammlungen zuordnen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>U&amp;nassign…</source>
        <translation>Zuordnung &amp;aufheben…</translation>
    </message>
    <message>
        <source>Take role collections assigned directly from the selected users</source>
        <translation>Direkt zugeordnete Rollensammlungen von den ausgewählten Benutzern entfernen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>Delete the selected users with their direct assignments</source>
        <translation>Die ausgewählten Benutzer mit ihren direkten Zuordnungen löschen</translation>
    </message>
    <message>
        <source>&amp;New Destination…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <source>Create a destination</source>
        <translation>Ein Ziel anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected destination (or double-click it)</source>
        <translation>Das ausgewählte Ziel bearbeiten (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Create a copy of the selected destination under a new name</source>
        <translation>Eine Kopie des ausgewählten Ziels unter einem neuen Namen anlegen</translation>
    </message>
    <message>
        <source>Import destinations from the BTP cockpit&apos;s files (properties or JSON), or drop the files on the list</source>
        <translation>Ziele aus Dateien des BTP-Cockpits importieren (Properties oder JSON) oder die Dateien auf die Liste ziehen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected destinations as the BTP cockpit does (secrets left out)</source>
        <translation>Die ausgewählten Ziele so exportieren wie das BTP-Cockpit (ohne Geheimnisse)</translation>
    </message>
    <message>
        <source>&amp;Copy to Tenant…</source>
        <translation>In anderen &amp;Tenant kopieren…</translation>
    </message>
    <message>
        <source>Copy the selected destinations into another tenant file&apos;s pending changes (their secrets are asked for again)</source>
        <translation>Die ausgewählten Ziele in die ausstehenden Änderungen einer anderen Tenant-Datei kopieren (ihre Geheimnisse werden erneut abgefragt)</translation>
    </message>
    <message>
        <source>Delete the selected destinations</source>
        <translation>Die ausgewählten Ziele löschen</translation>
    </message>
    <message>
        <source>&amp;New Role Collection…</source>
        <translation>&amp;Neue Rollensammlung…</translation>
    </message>
    <message>
        <source>Create a role collection of your own</source>
        <translation>Eine eigene Rollensammlung anlegen</translation>
    </message>
    <message>
        <source>Edit &amp;Description…</source>
        <translation>&amp;Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <source>Change the description of the selected role collection</source>
        <translation>Die Beschreibung der ausgewählten Rollensammlung ändern</translation>
    </message>
    <message>
        <source>Add &amp;Roles…</source>
        <translation>R&amp;ollen hinzufügen…</translation>
    </message>
    <message>
        <source>Add roles of the tenant&apos;s role templates to the selected collection</source>
        <translation>Rollen aus den Rollenvorlagen des Tenants zur ausgewählten Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Add Roles</source>
        <translation>Rollen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Assign to Users…</source>
        <translation>Benutzern &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Assign the selected role collections to users (or drop users from the users pane on a collection)</source>
        <translation>Die ausgewählten Rollensammlungen Benutzern zuordnen (oder Benutzer aus dem Benutzerbereich auf eine Sammlung ziehen)</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the selected role collections with their roles, mappings and users as JSON</source>
        <translation>Die ausgewählten Rollensammlungen mit ihren Rollen, Zuordnungen und Benutzern als JSON speichern</translation>
    </message>
    <message>
        <source>Delete the selected role collections</source>
        <translation>Die ausgewählten Rollensammlungen löschen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role Collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>Identity Providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Security Material</source>
        <translation>Sicherheitsmaterial</translation>
    </message>
</context>
<context>
    <name>gh::PendingChangesModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One step: undone, redone and discarded as a whole (%n change(s))</source>
        <translation>
            <numerusform>Ein Schritt: wird als Ganzes rückgängig gemacht, wiederhergestellt und verworfen (%n Änderung)</numerusform>
            <numerusform>Ein Schritt: wird als Ganzes rückgängig gemacht, wiederhergestellt und verworfen (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: + %2</source>
        <translation>%1: + %2</translation>
    </message>
    <message>
        <source>%1: − %2</source>
        <translation>%1: − %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>gh::PendingChangesView</name>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Pending changes, step by step</source>
        <translation>Ausstehende Änderungen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Each step with the changes it made; Delete discards the selected ones</source>
        <translation>Jeder Schritt mit den Änderungen, die er vorgenommen hat; Entf verwirft die ausgewählten</translation>
    </message>
    <message>
        <source>Properties changed by the selected change</source>
        <translation>Von der ausgewählten Änderung geänderte Eigenschaften</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Take the selected changes back (they cannot be redone)</source>
        <translation>Die ausgewählten Änderungen zurücknehmen (sie können nicht wiederhergestellt werden)</translation>
    </message>
    <message>
        <source>The pending changes could not be read: %1</source>
        <translation>Die ausstehenden Änderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>No pending changes: the tenant is as it was pulled or created.</source>
        <translation>Keine ausstehenden Änderungen: Der Tenant ist so, wie er abgerufen oder angelegt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n step(s). Select one to see what it changes.</source>
        <translation>
            <numerusform>in %n Schritt. Wählen Sie ihn aus, um zu sehen, was er ändert.</numerusform>
            <numerusform>in %n Schritten. Wählen Sie einen aus, um zu sehen, was er ändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Discard “%1”?</source>
        <translation>„%1“ verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending change(s)?</source>
        <translation>
            <numerusform>%n ausstehende Änderung verwerfen?</numerusform>
            <numerusform>%n ausstehende Änderungen verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>What they changed goes back to how it was; a discarded change cannot be redone.</source>
        <translation>Was sie geändert haben, kehrt zum vorherigen Stand zurück; eine verworfene Änderung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s)</source>
        <translation>
            <numerusform>%n Änderung verworfen</numerusform>
            <numerusform>%n Änderungen verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not discard</source>
        <translation>Verwerfen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were discarded before this one failed:</source>
        <translation>
            <numerusform>%n Änderung wurde verworfen, bevor diese fehlschlug:</numerusform>
            <numerusform>%n Änderungen wurden verworfen, bevor diese fehlschlug:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::PgpKeyDetails</name>
    <message>
        <source>Select a PGP key to see its user IDs and subkeys.</source>
        <translation>Wählen Sie einen PGP-Schlüssel aus, um seine Benutzer-IDs und Unterschlüssel zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>Benutzer-IDs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Secret keyring</source>
        <translation>Geheimer Schlüsselbund</translation>
    </message>
    <message>
        <source>kept in the keychain (SHA-256 %1…)</source>
        <translation>im Schlüsselbund gespeichert (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>%1 %2, expires %3%4</source>
        <translation>%1 %2, läuft ab %3%4</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (widerrufen)</translation>
    </message>
    <message>
        <source>Subkeys</source>
        <translation>Unterschlüssel</translation>
    </message>
</context>
<context>
    <name>gh::PgpKeysModel</name>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>Benutzer-IDs</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>%1: expires %2</source>
        <translation>%1: läuft ab %2</translation>
    </message>
    <message>
        <source>%1: never expires</source>
        <translation>%1: läuft nie ab</translation>
    </message>
</context>
<context>
    <name>gh::Prompter</name>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Kennwort bestätigen</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Type a password.</source>
        <translation>Geben Sie ein Kennwort ein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Kennwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>gh::RemoteTenantUi</name>
    <message>
        <source>&amp;Connect to Remote Tenant…</source>
        <translation>Mit Remote-&amp;Tenant verbinden…</translation>
    </message>
    <message>
        <source>Make a tenant profile from BTP service key files and open its replica</source>
        <translation>Aus BTP-Service-Key-Dateien ein Tenant-Profil anlegen und sein Replikat öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Tenant File…</source>
        <translation>Tenant-Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Tenant</source>
        <translation>&amp;Demo-Tenant öffnen</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Read the remote tenant into its replica</source>
        <translation>Den Remote-Tenant in sein Replikat einlesen</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>Ü&amp;bertragen</translation>
    </message>
    <message>
        <source>Send the pending changes to the remote tenant</source>
        <translation>Die ausstehenden Änderungen an den Remote-Tenant senden</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>The changes the remote tenant made since the pull that clash with yours</source>
        <translation>Die Änderungen des Remote-Tenants seit dem Abruf, die mit Ihren kollidieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Remote Tenant</source>
        <translation>&amp;Remote-Tenant öffnen</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Tenant</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Show the push conflicts</source>
        <translation>Die Konflikte beim Übertragen anzeigen</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation>(noch keine Profile)</translation>
    </message>
    <message>
        <source>Only for a remote tenant&apos;s replica (File ▸ Open Remote Tenant)</source>
        <translation>Nur für das Replikat eines Remote-Tenants (Datei ▸ Remote-Tenant öffnen)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Remote %1: failed ⚠</source>
        <translation>Remote %1: fehlgeschlagen ⚠</translation>
    </message>
    <message>
        <source>Remote %1: %2</source>
        <translation>Remote %1: %2</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikte (%1)…</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Letzter Abruf: %1</translation>
    </message>
    <message>
        <source>Never pulled</source>
        <translation>Nie abgerufen</translation>
    </message>
    <message>
        <source>Opened remote tenant %1 (its replica; Tenant ▸ Pull reads the remote)</source>
        <translation>Remote-Tenant %1 geöffnet (sein Replikat; Tenant ▸ Abrufen liest den Remote-Tenant)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open the Tenant</source>
        <translation>Tenant kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Gatehouse cannot open the tenant %1.

%2</source>
        <translation>Gatehouse kann den Tenant %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <source>Open Tenant File</source>
        <translation>Tenant-Datei öffnen</translation>
    </message>
    <message>
        <source>Gatehouse tenants (*.ghtenant);;All files (*)</source>
        <translation>Gatehouse-Tenants (*.ghtenant);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 is back: pushing %n pending change(s)</source>
        <translation>
            <numerusform>Die Verbindung zu %1 ist wieder da: %n ausstehende Änderung wird übertragen</numerusform>
            <numerusform>Die Verbindung zu %1 ist wieder da: %n ausstehende Änderungen werden übertragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::RemoveKnownHostsCommand</name>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Remove 1 known host</source>
        <translation>1 bekannten Host entfernen</translation>
    </message>
    <message>
        <source>Remove %1 known hosts</source>
        <translation>%1 bekannte Hosts entfernen</translation>
    </message>
    <message>
        <source>The removal stays a pending change: Undo brings it back.</source>
        <translation>Das Entfernen bleibt eine ausstehende Änderung: Rückgängig bringt es zurück.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>Entfernen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::RemovePgpKeysCommand</name>
    <message>
        <source>The secret keys of one keyring file go together.</source>
        <translation>Die geheimen Schlüssel einer Schlüsselbunddatei gehören zusammen.</translation>
    </message>
    <message>
        <source>The removal stays a pending change: Undo brings it back.</source>
        <translation>Das Entfernen bleibt eine ausstehende Änderung: Rückgängig bringt es zurück.</translation>
    </message>
    <message>
        <source>Remove 1 PGP key</source>
        <translation>1 PGP-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove %1 PGP keys</source>
        <translation>%1 PGP-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>Entfernen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::RenameKeystoreEntryCommand</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>New alias:</source>
        <translation>Neuer Alias:</translation>
    </message>
    <message>
        <source>Cannot rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Umbenennen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) use this keystore entry: %1</source>
        <translation>
            <numerusform>%n Ziel verwendet diesen Eintrag im Schlüsselspeicher: %1</numerusform>
            <numerusform>%n Ziele verwenden diesen Eintrag im Schlüsselspeicher: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>After the rename they name %1, which is no longer there, until they are changed to %2.</source>
        <translation>Nach dem Umbenennen nennen sie %1, das nicht mehr vorhanden ist, bis sie auf %2 geändert werden.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>gh::RenewKeyCommand</name>
    <message>
        <source>Only key pairs of the system keystore are renewed; %1 is in %2.</source>
        <translation>Nur Schlüsselpaare des System-Schlüsselspeichers werden erneuert; %1 liegt in %2.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot renew %1</source>
        <translation>%1 kann nicht erneuert werden</translation>
    </message>
    <message>
        <source>Renew key %1</source>
        <translation>Schlüssel %1 erneuern</translation>
    </message>
    <message>
        <source>Could not renew the key</source>
        <translation>Der Schlüssel konnte nicht erneuert werden</translation>
    </message>
</context>
<context>
    <name>gh::RoleBrowserDialog</name>
    <message>
        <source>Add Roles to %1</source>
        <translation>Rollen zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Pick the roles to add to “%1”. Each role comes from a role template of an application; the tasks are what the catalogue says the template allows.</source>
        <translation>Wählen Sie die Rollen aus, die zu „%1“ hinzugefügt werden sollen. Jede Rolle stammt aus einer Rollenvorlage einer Anwendung; die Aufgaben sind das, was der Katalog für die Vorlage angibt.</translation>
    </message>
    <message>
        <source>Filter roles, templates, descriptions and tasks</source>
        <translation>Rollen, Vorlagen, Beschreibungen und Aufgaben filtern</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <source>Application / role template / role</source>
        <translation>Anwendung / Rollenvorlage / Rolle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Already in %1</source>
        <translation>Bereits in %1</translation>
    </message>
    <message>
        <source>Already in the collection. %1</source>
        <translation>Bereits in der Sammlung. %1</translation>
    </message>
    <message>
        <source>Roles by application and role template</source>
        <translation>Rollen nach Anwendung und Rollenvorlage</translation>
    </message>
    <message>
        <source>Add Roles</source>
        <translation>Rollen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) to add</source>
        <translation>
            <numerusform>%n Rolle hinzuzufügen</numerusform>
            <numerusform>%n Rollen hinzuzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::RoleCollectionDetails</name>
    <message>
        <source>Select a role collection to see its roles, users and group mappings.</source>
        <translation>Wählen Sie eine Rollensammlung aus, um ihre Rollen, Benutzer und Gruppenzuordnungen zu sehen.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Yes: predefined by SAP, it cannot be changed or deleted</source>
        <translation>Ja: von SAP vordefiniert, kann nicht geändert oder gelöscht werden</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 (template %2 of %3)</source>
        <translation>%1 (Vorlage %2 von %3)</translation>
    </message>
    <message>
        <source>Roles (%1)</source>
        <translation>Rollen (%1)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Users assigned directly (%1)</source>
        <translation>Direkt zugeordnete Benutzer (%1)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The users pane, searching %1</source>
        <translation>Der Benutzerbereich, Suche nach %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <translation>%1: %2 %3 %4</translation>
    </message>
    <message>
        <source>Identity provider mappings</source>
        <translation>Zuordnungen von Identitätsanbietern</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Looking for the collections that share these roles…</source>
        <translation>Es werden die Sammlungen gesucht, die diese Rollen teilen…</translation>
    </message>
    <message>
        <source>Cannot tell which collections hold these roles: %1</source>
        <translation>Nicht ermittelbar, welche Sammlungen diese Rollen enthalten: %1</translation>
    </message>
    <message>
        <source>only in this collection</source>
        <translation>nur in dieser Sammlung</translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation>auch in %1</translation>
    </message>
    <message numerus="yes">
        <source>Holds %n role(s).</source>
        <translation>
            <numerusform>Enthält %n Rolle.</numerusform>
            <numerusform>Enthält %n Rollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this tenant: %1.</source>
        <translation>Nicht in diesem Tenant: %1.</translation>
    </message>
    <message>
        <source>role collection</source>
        <translation>Rollensammlung</translation>
    </message>
</context>
<context>
    <name>gh::RoleCollectionsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Predefined by SAP: read-only</source>
        <translation>Von SAP vordefiniert: schreibgeschützt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group mappings</source>
        <translation>Gruppenzuordnungen</translation>
    </message>
    <message>
        <source>%1 is predefined and read-only</source>
        <translation>%1 ist vordefiniert und schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>gh::RollBackKeyCommand</name>
    <message>
        <source>Only an earlier key (in the KeyHistory keystore) can be rolled back to.</source>
        <translation>Nur auf einen früheren Schlüssel (im Schlüsselspeicher KeyHistory) kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Roll back to an earlier key</source>
        <translation>Auf einen früheren Schlüssel zurücksetzen</translation>
    </message>
    <message>
        <source>Make %1 the active key again? The current key moves to the key history.</source>
        <translation>%1 wieder zum aktiven Schlüssel machen? Der aktuelle Schlüssel wandert in die Schlüsselhistorie.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Cannot roll back to %1</source>
        <translation>Zurücksetzen auf %1 nicht möglich</translation>
    </message>
    <message>
        <source>Roll back to key %1</source>
        <translation>Auf Schlüssel %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Could not roll back</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gh::SearchFilterProxy</name>
    <message>
        <source>%1 holds dates: give a date (2027-01-01) or a duration like 180d</source>
        <translation>%1 enthält Datumsangaben: Geben Sie ein Datum (2027-01-01) oder eine Dauer wie 180d an</translation>
    </message>
    <message>
        <source>%1 holds numbers, not dates</source>
        <translation>%1 enthält Zahlen, keine Datumsangaben</translation>
    </message>
    <message>
        <source>not a date, a number or a duration like 180d</source>
        <translation>kein Datum, keine Zahl und keine Dauer wie 180d</translation>
    </message>
</context>
<context>
    <name>gh::SecurityMaterialDetails</name>
    <message>
        <source>Select a credential or secure parameter to see its details.</source>
        <translation>Wählen Sie Anmeldeinformationen oder einen sicheren Parameter aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Token service URL</source>
        <translation>Token-Service-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich (Scope)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe (Audience)</translation>
    </message>
    <message>
        <source>%1 = %2 (in %3)</source>
        <translation>%1 = %2 (in %3)</translation>
    </message>
    <message>
        <source>Custom parameters</source>
        <translation>Benutzerdefinierte Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Deployed by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>Deployed on</source>
        <translation>Bereitgestellt am</translation>
    </message>
</context>
<context>
    <name>gh::SecurityMaterialModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Deployed by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>Deployed on</source>
        <translation>Bereitgestellt am</translation>
    </message>
    <message>
        <source>User credentials</source>
        <translation>Benutzeranmeldeinformationen</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Secure parameter</source>
        <translation>Sicherer Parameter</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>User %1, company %2</source>
        <translation>Benutzer %1, Firma %2</translation>
    </message>
    <message>
        <source>Client ID %1</source>
        <translation>Client-ID %1</translation>
    </message>
</context>
<context>
    <name>gh::StartPage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Welcome to Gatehouse</source>
        <translation>Willkommen bei Gatehouse</translation>
    </message>
    <message>
        <source>Open a tenant to start: the demo tenant to look around, a tenant file, or a remote tenant from its BTP service keys.</source>
        <translation>Öffnen Sie einen Tenant, um zu beginnen: den Demo-Tenant zum Umsehen, eine Tenant-Datei oder einen Remote-Tenant über seine BTP-Service-Keys.</translation>
    </message>
    <message>
        <source>Open the &amp;demo tenant</source>
        <translation>&amp;Demo-Tenant öffnen</translation>
    </message>
    <message>
        <source>Open the demo tenant</source>
        <translation>Den Demo-Tenant öffnen</translation>
    </message>
    <message>
        <source>Open a tenant &amp;file…</source>
        <translation>&amp;Tenant-Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a tenant file</source>
        <translation>Eine Tenant-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to a remote tenant…</source>
        <translation>Mit Remote-Tenant &amp;verbinden…</translation>
    </message>
    <message>
        <source>Connect to a remote tenant</source>
        <translation>Mit einem Remote-Tenant verbinden</translation>
    </message>
</context>
<context>
    <name>gh::SyncProgressDialog</name>
    <message>
        <source>Pull %1</source>
        <translation>%1 abrufen</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>%1 übertragen</translation>
    </message>
    <message>
        <source>Reading the remote tenant %1 into its replica…</source>
        <translation>Der Remote-Tenant %1 wird in sein Replikat eingelesen…</translation>
    </message>
    <message>
        <source>Sending the pending changes to the remote tenant %1…</source>
        <translation>Die ausstehenden Änderungen werden an den Remote-Tenant %1 gesendet…</translation>
    </message>
    <message>
        <source>Rows read per resource</source>
        <translation>Gelesene Zeilen je Ressource</translation>
    </message>
    <message>
        <source>Changes per resource</source>
        <translation>Änderungen je Ressource</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: the replica is unchanged.</source>
        <translation>Abgebrochen: Das Replikat ist unverändert.</translation>
    </message>
    <message>
        <source>The pull failed, the replica is unchanged: %1</source>
        <translation>Das Abrufen ist fehlgeschlagen, das Replikat ist unverändert: %1</translation>
    </message>
    <message>
        <source>Pulled: %1 added, %2 updated, %3 removed.</source>
        <translation>Abgerufen: %1 hinzugefügt, %2 aktualisiert, %3 entfernt.</translation>
    </message>
    <message>
        <source>The push failed: %1</source>
        <translation>Das Übertragen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing to push.</source>
        <translation>Nichts zu übertragen.</translation>
    </message>
    <message>
        <source>Sent %1 of %2 change(s); %3 conflict(s).</source>
        <translation>%1 von %2 Änderung(en) gesendet; %3 Konflikt(e).</translation>
    </message>
    <message>
        <source>Cancelled; what was sent is recorded.</source>
        <translation>Abgebrochen; was gesendet wurde, ist erfasst.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Open Tenant ▸ Conflicts to resolve them.</source>
        <translation>Öffnen Sie Tenant ▸ Konflikte, um sie aufzulösen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>gh::SyncSession</name>
    <message>
        <source>no tenant</source>
        <translation>kein Tenant</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>lokale Datei</translation>
    </message>
    <message>
        <source>offline (not connected yet)</source>
        <translation>offline (noch nicht verbunden)</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no tenant is open</source>
        <translation>kein Tenant ist geöffnet</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role templates</source>
        <translation>Rollenvorlagen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Keystore entries</source>
        <translation>Einträge im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>User credentials</source>
        <translation>Benutzeranmeldeinformationen</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Secure parameters</source>
        <translation>Sichere Parameter</translation>
    </message>
    <message>
        <source>Destination certificates</source>
        <translation>Zielzertifikate</translation>
    </message>
    <message>
        <source>Known hosts</source>
        <translation>Bekannte Hosts</translation>
    </message>
    <message>
        <source>PGP keys</source>
        <translation>PGP-Schlüssel</translation>
    </message>
</context>
<context>
    <name>gh::TenantDiffDialog</name>
    <message>
        <source>Compare with Tenant</source>
        <translation>Mit Tenant vergleichen</translation>
    </message>
    <message>
        <source>&amp;Choose Tenant…</source>
        <translation>Tenant &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the tenant file to compare with (B)</source>
        <translation>Die Tenant-Datei wählen, mit der verglichen wird (B)</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Cancel Comparison</source>
        <translation>Vergleich abbrechen</translation>
    </message>
    <message>
        <source>Co&amp;py Selected to Other Tenant</source>
        <translation>Ausgewählte in anderen Tenant &amp;kopieren</translation>
    </message>
    <message>
        <source>A: %1 (open here)
B: choose a tenant file to compare with</source>
        <translation>A: %1 (hier geöffnet)
B: Tenant-Datei zum Vergleich wählen</translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation>kein Tenant</translation>
    </message>
    <message>
        <source>Gatehouse tenants (*.ghtenant);;All files (*)</source>
        <translation>Gatehouse-Tenants (*.ghtenant);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No tenant is open here to compare.</source>
        <translation>Hier ist kein Tenant zum Vergleichen geöffnet.</translation>
    </message>
    <message>
        <source>%1 is the tenant open here: choose another one.</source>
        <translation>%1 ist der hier geöffnete Tenant: bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>A: %1 (open here)
B: %2 (%3)</source>
        <translation>A: %1 (hier geöffnet)
B: %2 (%3)</translation>
    </message>
    <message>
        <source>The tenants were closed.</source>
        <translation>Die Tenants wurden geschlossen.</translation>
    </message>
    <message>
        <source>a tenant was closed while it was read</source>
        <translation>ein Tenant wurde geschlossen, während er gelesen wurde</translation>
    </message>
    <message>
        <source>The tenants could not be compared: %1</source>
        <translation>Die Tenants konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tenants do not differ.</source>
        <translation>Die Tenants unterscheiden sich nicht.</translation>
    </message>
    <message>
        <source>Not compared, as a profile&apos;s replica does not hold them yet: %1.</source>
        <translation>Nicht verglichen, da das Replikat eines Profils sie noch nicht enthält: %1.</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>Kopieren nicht möglich</translation>
    </message>
    <message>
        <source>Nothing was copied:
%1</source>
        <translation>Es wurde nichts kopiert:
%1</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Es wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <source>Nothing to copy: B already has the same.</source>
        <translation>Nichts zu kopieren: B hat bereits dasselbe.</translation>
    </message>
    <message>
        <source>Copying to %1… the dialog closes once that is done.</source>
        <translation>Kopieren nach %1… Der Dialog schließt sich, sobald das erledigt ist.</translation>
    </message>
    <message>
        <source>Differences between the tenants</source>
        <translation>Unterschiede zwischen den Tenants</translation>
    </message>
    <message>
        <source>Copy the checked items from A into B&apos;s pending changes</source>
        <translation>Die angehakten Elemente aus A in die ausstehenden Änderungen von B kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s). Check items to copy them from A to B.</source>
        <translation>
            <numerusform>%n Unterschied. Elemente anhaken, um sie von A nach B zu kopieren.</numerusform>
            <numerusform>%n Unterschiede. Elemente anhaken, um sie von A nach B zu kopieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <source>Reading %1 and %2: %3 of %4 lists, %5 items so far…</source>
        <translation>%1 und %2 werden gelesen: %3 von %4 Listen, bisher %5 Einträge…</translation>
    </message>
    <message>
        <source>Comparing %1 items of %2 and %3…</source>
        <translation>%1 Einträge von %2 und %3 werden verglichen…</translation>
    </message>
    <message>
        <source>A tenant file…</source>
        <translation>Eine Tenant-Datei…</translation>
    </message>
    <message>
        <source>Remote profile %1 (its replica, as last pulled)</source>
        <translation>Remote-Tenant-Profil %1 (sein Replikat, wie zuletzt abgerufen)</translation>
    </message>
    <message>
        <source>Compare the tenant open here with:</source>
        <translation>Den hier geöffneten Tenant vergleichen mit:</translation>
    </message>
    <message>
        <source>Remote profile %1 has no replica yet: pull it first (Tenant → Pull).</source>
        <translation>Remote-Tenant-Profil %1 hat noch kein Replikat: zuerst abrufen (Tenant → Abrufen).</translation>
    </message>
</context>
<context>
    <name>gh::TenantDiffModel</name>
    <message>
        <source>Identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Destination certificates</source>
        <translation>Zielzertifikate</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>User credentials</source>
        <translation>Benutzeranmeldeinformationen</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Secure parameters</source>
        <translation>Sichere Parameter</translation>
    </message>
    <message>
        <source>Role templates</source>
        <translation>Rollenvorlagen</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Users are not copied: their ids are per tenant. Assign role collections to the user in B.</source>
        <translation>Benutzer werden nicht kopiert: Ihre IDs gelten je Tenant. Ordnen Sie dem Benutzer in B Rollensammlungen zu.</translation>
    </message>
    <message>
        <source>Roles are not copied: they come from the applications&apos; role templates. Create the role in B from its template.</source>
        <translation>Rollen werden nicht kopiert: Sie stammen aus den Rollenvorlagen der Anwendungen. Legen Sie die Rolle in B aus ihrer Vorlage an.</translation>
    </message>
    <message>
        <source>Identity providers are not copied: trust is set up per subaccount in the BTP cockpit.</source>
        <translation>Identitätsanbieter werden nicht kopiert: Die Vertrauensstellung wird je Unterkonto im BTP-Cockpit eingerichtet.</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Nur in A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Nur in B</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>B holds the same already: nothing to copy.</source>
        <translation>B hat bereits dasselbe: nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Only in B: A has nothing to copy. Copies go from A to B.</source>
        <translation>Nur in B: A hat nichts zu kopieren. Kopiert wird von A nach B.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Check to copy every item shown here that can be copied.</source>
        <translation>Anhaken, um jedes hier angezeigte kopierbare Element zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1 same</source>
        <translation>
            <numerusform>%n Unterschied, %1 gleich</numerusform>
            <numerusform>%n Unterschiede, %1 gleich</numerusform>
        </translation>
    </message>
    <message>
        <source>Check to copy it from A into B&apos;s pending changes.</source>
        <translation>Anhaken, um es von A in die ausstehenden Änderungen von B zu kopieren.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich</numerusform>
            <numerusform>%n Felder unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <source>Known hosts</source>
        <translation>Bekannte Hosts</translation>
    </message>
    <message>
        <source>PGP keys</source>
        <translation>PGP-Schlüssel</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Wird nicht kopiert</translation>
    </message>
    <message>
        <source>Can be copied</source>
        <translation>Kopierbar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Not copied: A no longer holds it.</source>
        <translation>Wird nicht kopiert: A enthält es nicht mehr.</translation>
    </message>
    <message>
        <source>Not copied: this entry is owned by SAP and belongs to tenant A. B has its own.</source>
        <translation>Wird nicht kopiert: Dieser Eintrag gehört SAP und zu Tenant A. B hat seinen eigenen.</translation>
    </message>
    <message>
        <source>Not copied: B&apos;s entry of this alias is owned by SAP and cannot be replaced.</source>
        <translation>Wird nicht kopiert: Der Eintrag von B mit diesem Alias gehört SAP und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Not copied: a predefined role collection is the same in every tenant.</source>
        <translation>Wird nicht kopiert: Eine vordefinierte Rollensammlung ist in jedem Tenant gleich.</translation>
    </message>
    <message>
        <source>Not copied: B&apos;s role collection of this name is predefined.</source>
        <translation>Wird nicht kopiert: Die Rollensammlung von B mit diesem Namen ist vordefiniert.</translation>
    </message>
    <message>
        <source>Not copied: B has no role %1. Create it in B first.</source>
        <translation>Wird nicht kopiert: B hat keine Rolle %1. Legen Sie sie zuerst in B an.</translation>
    </message>
    <message>
        <source>Not copied: this machine does not hold the file of this certificate or keystore for A (only its public certificates are known). Import the file into B.</source>
        <translation>Wird nicht kopiert: Dieser Rechner hält die Datei dieses Zertifikats oder Keystores für A nicht (nur seine öffentlichen Zertifikate sind bekannt). Importieren Sie die Datei in B.</translation>
    </message>
    <message>
        <source>Not copied: its content was not read from A.</source>
        <translation>Wird nicht kopiert: Sein Inhalt wurde nicht aus A gelesen.</translation>
    </message>
    <message>
        <source>Not copied: B would refuse it: %1</source>
        <translation>Wird nicht kopiert: B würde es ablehnen: %1</translation>
    </message>
    <message>
        <source>Not copied: items of this kind are not copied.</source>
        <translation>Wird nicht kopiert: Elemente dieser Art werden nicht kopiert.</translation>
    </message>
    <message>
        <source>Not copyable: gone from A</source>
        <translation>Nicht kopierbar: nicht mehr in A</translation>
    </message>
    <message>
        <source>Not copyable: SAP-owned</source>
        <translation>Nicht kopierbar: gehört SAP</translation>
    </message>
    <message>
        <source>Not copyable: SAP-owned in B</source>
        <translation>Nicht kopierbar: gehört in B SAP</translation>
    </message>
    <message>
        <source>Not copyable: predefined</source>
        <translation>Nicht kopierbar: vordefiniert</translation>
    </message>
    <message>
        <source>Not copyable: predefined in B</source>
        <translation>Nicht kopierbar: in B vordefiniert</translation>
    </message>
    <message>
        <source>Not copyable: roles missing in B</source>
        <translation>Nicht kopierbar: Rollen fehlen in B</translation>
    </message>
    <message>
        <source>Not copyable: file not here</source>
        <translation>Nicht kopierbar: Datei nicht hier</translation>
    </message>
    <message>
        <source>Not copyable: invalid for B</source>
        <translation>Nicht kopierbar: für B ungültig</translation>
    </message>
    <message>
        <source>Not copied: B has a credential of this name among its %1 (names are unique across credentials). Delete it in B first.</source>
        <translation>Nicht kopiert: B hat unter seinen %1 Anmeldedaten dieses Namens (Namen sind über alle Anmeldedaten eindeutig). Zuerst in B löschen.</translation>
    </message>
    <message>
        <source>Not copyable: name taken in B</source>
        <translation>Nicht kopierbar: Name in B vergeben</translation>
    </message>
</context>
<context>
    <name>gh::TenantSwitcher</name>
    <message>
        <source>Opening the demo tenant…</source>
        <translation>Der Demo-Tenant wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening remote tenant %1…</source>
        <translation>Remote-Tenant %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>gh::ThemeController</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark colours</source>
        <translation>Den hellen oder dunklen Farben des Systems folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Light colours, whatever the system uses</source>
        <translation>Helle Farben, unabhängig vom System</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Dark colours, whatever the system uses</source>
        <translation>Dunkle Farben, unabhängig vom System</translation>
    </message>
</context>
<context>
    <name>gh::UnassignRoleCollectionsCommand</name>
    <message>
        <source>%1 holds no role collection directly; collections obtained through identity provider groups change with the group mapping.</source>
        <translation>%1 hat keine direkt zugeordnete Rollensammlung; über Gruppen des Identitätsanbieters erhaltene Sammlungen ändern sich mit der Gruppenzuordnung.</translation>
    </message>
    <message>
        <source>None of the selected users holds a role collection directly.</source>
        <translation>Keiner der ausgewählten Benutzer hat eine direkt zugeordnete Rollensammlung.</translation>
    </message>
    <message>
        <source>Nothing to unassign</source>
        <translation>Keine Zuordnung aufzuheben</translation>
    </message>
    <message>
        <source>Unassign Role Collections</source>
        <translation>Zuordnung von Rollensammlungen aufheben</translation>
    </message>
    <message>
        <source>Role collections to take from %1:</source>
        <translation>Rollensammlungen, deren Zuordnung zu %1 aufgehoben werden soll:</translation>
    </message>
    <message numerus="yes">
        <source>Role collections to take from the %n selected users:</source>
        <translation>
            <numerusform>Rollensammlungen, deren Zuordnung zum ausgewählten Benutzer aufgehoben werden soll:</numerusform>
            <numerusform>Rollensammlungen, deren Zuordnung zu den %n ausgewählten Benutzern aufgehoben werden soll:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>role collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>assigned directly</source>
        <translation>direkt zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>held directly by %1 of %n users</source>
        <translation>
            <numerusform>direkt zugeordnet bei %1 von %n Benutzer</numerusform>
            <numerusform>direkt zugeordnet bei %1 von %n Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not unassign</source>
        <translation>Zuordnung konnte nicht aufgehoben werden</translation>
    </message>
</context>
<context>
    <name>gh::UpdateSignedChainCommand</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The signed chain for %1</source>
        <translation>Die signierte Kette für %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot update %1</source>
        <translation>%1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Update %1 with its signed chain</source>
        <translation>%1 mit seiner signierten Kette aktualisieren</translation>
    </message>
</context>
<context>
    <name>gh::UserDetails</name>
    <message>
        <source>Effective access</source>
        <translation>Effektiver Zugriff</translation>
    </message>
    <message>
        <source>The role collections the user holds and how, their roles and the tasks they allow</source>
        <translation>Die Rollensammlungen des Benutzers und wie er sie hat, ihre Rollen und die Aufgaben, die sie erlauben</translation>
    </message>
    <message>
        <source>Could not work out the access: %1</source>
        <translation>Der Zugriff konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>Select a user to see its details.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primär)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Role collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>none assigned directly</source>
        <translation>keine direkt zugeordnet</translation>
    </message>
    <message>
        <source>Identity provider groups</source>
        <translation>Gruppen des Identitätsanbieters</translation>
    </message>
    <message>
        <source>none asserted</source>
        <translation>keine zugesichert</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Working out the access…</source>
        <translation>Zugriff wird ermittelt…</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>This user holds no role collection.</source>
        <translation>Dieser Benutzer hat keine Rollensammlung.</translation>
    </message>
    <message numerus="yes">
        <source>%n role collection(s)</source>
        <translation>
            <numerusform>%n Rollensammlung</numerusform>
            <numerusform>%n Rollensammlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of the catalogue</source>
        <translation>
            <numerusform>%n Aufgabe des Katalogs</numerusform>
            <numerusform>%n Aufgaben des Katalogs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Never logged on</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Role collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>Through IdP groups</source>
        <translation>Über IdP-Gruppen</translation>
    </message>
    <message>
        <source>%1 — through group %2</source>
        <translation>%1 — über Gruppe %2</translation>
    </message>
</context>
<context>
    <name>gh::ValidityBar</name>
    <message>
        <source>Validity period</source>
        <translation>Gültigkeitszeitraum</translation>
    </message>
    <message>
        <source>No validity period</source>
        <translation>Kein Gültigkeitszeitraum</translation>
    </message>
    <message>
        <source>Issued %1, expires %2</source>
        <translation>Ausgestellt am %1, läuft ab am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not yet valid, starts in %n day(s).</source>
        <translation>
            <numerusform>%1: noch nicht gültig, beginnt in %n Tag.</numerusform>
            <numerusform>%1: noch nicht gültig, beginnt in %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: expired %n day(s) ago.</source>
        <translation>
            <numerusform>%1: vor %n Tag abgelaufen.</numerusform>
            <numerusform>%1: vor %n Tagen abgelaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 days elapsed, %n day(s) left.</source>
        <translation>
            <numerusform>%1: %2 von %3 Tagen vergangen, %n Tag übrig.</numerusform>
            <numerusform>%1: %2 von %3 Tagen vergangen, %n Tage übrig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet valid: starts in %n day(s)</source>
        <translation>
            <numerusform>Noch nicht gültig: beginnt in %n Tag</numerusform>
            <numerusform>Noch nicht gültig: beginnt in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen</numerusform>
            <numerusform>Vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days elapsed · %n day(s) left</source>
        <translation>
            <numerusform>%1 Tage vergangen · %n Tag übrig</numerusform>
            <numerusform>%1 Tage vergangen · %n Tage übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>today →</source>
        <translation>heute →</translation>
    </message>
    <message>
        <source>← today</source>
        <translation>← heute</translation>
    </message>
</context>
<context>
    <name>gh::WhereUsedGraph</name>
    <message>
        <source>Where used</source>
        <translation>Verwendungsnachweis</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, missing</source>
        <translation>%1, fehlt</translation>
    </message>
    <message>
        <source>Used by: %1.</source>
        <translation>Verwendet von: %1.</translation>
    </message>
    <message>
        <source>Refers to: %1.</source>
        <translation>Verweist auf: %1.</translation>
    </message>
    <message>
        <source>Nothing uses %1 and it refers to nothing.</source>
        <translation>Nichts verwendet %1, und es verweist auf nichts.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>missing — %1</source>
        <translation>fehlt — %1</translation>
    </message>
</context>
<context>
    <name>gh::WhereUsedPanel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Verweist auf</translation>
    </message>
</context>
<context>
    <name>gh::WhoCanDialog</name>
    <message>
        <source>Who Can…</source>
        <translation>Wer darf…</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Who can perform the task</source>
        <translation>Wer die Aufgabe ausführen darf</translation>
    </message>
    <message>
        <source>Double-click a row to show the user</source>
        <translation>Doppelklick auf eine Zeile zeigt den Benutzer</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the list for the auditor as CSV</source>
        <translation>Die Liste für den Prüfer als CSV speichern</translation>
    </message>
    <message>
        <source>Pick a task on the left.</source>
        <translation>Wählen Sie links eine Aufgabe aus.</translation>
    </message>
    <message>
        <source>Working out the access…</source>
        <translation>Zugriff wird ermittelt…</translation>
    </message>
    <message>
        <source>No tenant is open.</source>
        <translation>Es ist kein Tenant geöffnet.</translation>
    </message>
    <message>
        <source>Nobody can %1</source>
        <translation>Niemand darf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) can %1</source>
        <translation>
            <numerusform>%n Benutzer darf %1</numerusform>
            <numerusform>%n Benutzer dürfen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n path(s))</source>
        <translation>
            <numerusform>(%n Weg)</numerusform>
            <numerusform>(%n Wege)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Who Can</source>
        <translation>„Wer darf“ exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gh::WhoCanModel</name>
    <message>
        <source>Directly</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <source>Possible: attribute %1</source>
        <translation>Möglich: Attribut %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Role collection</source>
        <translation>Rollensammlung</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
</TS>
