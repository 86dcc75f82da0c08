<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gh::AccessActions</name>
    <message>
        <source>role collection &apos;%1&apos; is predefined by SAP and cannot be changed</source>
        <translation>Rollensammlung &apos;%1&apos; ist von SAP vordefiniert und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>no identity provider &apos;%1&apos; is trusted by this subaccount</source>
        <translation>dieser Subaccount vertraut keinem Identitätsanbieter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>identity provider &apos;%1&apos; already has a user &apos;%2&apos;</source>
        <translation>Identitätsanbieter &apos;%1&apos; hat bereits einen Benutzer &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a role collection &apos;%1&apos; already exists</source>
        <translation>eine Rollensammlung &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>role collection &apos;%1&apos; already has these roles</source>
        <translation>Rollensammlung &apos;%1&apos; hat diese Rollen bereits</translation>
    </message>
    <message>
        <source>role collection &apos;%1&apos; has none of these roles</source>
        <translation>Rollensammlung &apos;%1&apos; hat keine dieser Rollen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds &apos;%2&apos; directly</source>
        <translation>&apos;%1&apos; hat &apos;%2&apos; bereits direkt</translation>
    </message>
    <message>
        <source>every selected user already holds these role collections directly</source>
        <translation>jeder ausgewählte Benutzer hat diese Rollensammlungen bereits direkt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not hold &apos;%2&apos; directly</source>
        <translation>&apos;%1&apos; hat &apos;%2&apos; nicht direkt</translation>
    </message>
    <message>
        <source>none of the selected users holds these role collections directly</source>
        <translation>keiner der ausgewählten Benutzer hat diese Rollensammlungen direkt</translation>
    </message>
    <message>
        <source>%1 role collections</source>
        <translation>%1 Rollensammlungen</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 an %2 zuordnen</translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation>Zuordnung von %1 an %2 aufheben</translation>
    </message>
</context>
<context>
    <name>gh::AccessCsv</name>
    <message>
        <source>%1 to assign</source>
        <translation>%1 zuzuordnen</translation>
    </message>
    <message>
        <source>%1 to unassign</source>
        <translation>%1 Zuordnungen aufzuheben</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ausgelassen</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>; 1 line with a problem</source>
        <translation>; 1 Zeile mit einem Problem</translation>
    </message>
    <message>
        <source>; %1 lines with problems</source>
        <translation>; %1 Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>Import role collection assignments (%1)</source>
        <translation>Zuordnungen von Rollensammlungen importieren (%1)</translation>
    </message>
    <message>
        <source>is empty: expected a header line with UserName and RoleCollection</source>
        <translation>ist leer: erwartet wird eine Kopfzeile mit UserName und RoleCollection</translation>
    </message>
    <message>
        <source>the header must name the columns UserName (or Email) and RoleCollection; it has: %1</source>
        <translation>die Kopfzeile muss die Spalten UserName (oder Email) und RoleCollection nennen; sie hat: %1</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>kein Benutzername</translation>
    </message>
    <message>
        <source>no role collection on this line</source>
        <translation>keine Rollensammlung in dieser Zeile</translation>
    </message>
    <message>
        <source>obtained through a %1, not assigned directly</source>
        <translation>erhalten über %1, nicht direkt zugeordnet</translation>
    </message>
    <message>
        <source>Action &apos;%1&apos; is neither assign nor unassign</source>
        <translation>Action &apos;%1&apos; ist weder assign noch unassign</translation>
    </message>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation>kein Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no user &apos;%1&apos; from identity provider &apos;%2&apos;</source>
        <translation>kein Benutzer &apos;%1&apos; vom Identitätsanbieter &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists in several identity providers: add an Origin column</source>
        <translation>&apos;%1&apos; existiert in mehreren Identitätsanbietern: fügen Sie eine Spalte Origin hinzu</translation>
    </message>
    <message>
        <source>no role collection &apos;%1&apos;</source>
        <translation>keine Rollensammlung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the same user and role collection as line %1</source>
        <translation>derselbe Benutzer und dieselbe Rollensammlung wie Zeile %1</translation>
    </message>
</context>
<context>
    <name>gh::CopyMaterial</name>
    <message>
        <source>the private key of key pair &apos;%1&apos; is not in this machine&apos;s keychain for the source tenant (a key made in the tenant stays there), so it cannot be copied</source>
        <translation>der private Schlüssel des Schlüsselpaars &apos;%1&apos; ist nicht im Schlüsselbund dieses Rechners für den Quell-Tenant (ein im Tenant erzeugter Schlüssel bleibt dort), daher kann er nicht kopiert werden</translation>
    </message>
    <message>
        <source>keystore entry &apos;%1/%2&apos;</source>
        <translation>Eintrag &apos;%1/%2&apos; im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>the secret store has gone away</source>
        <translation>der Geheimnisspeicher ist nicht mehr da</translation>
    </message>
    <message>
        <source>secret PGP keyring %1</source>
        <translation>geheimer PGP-Schlüsselbund %1</translation>
    </message>
    <message>
        <source>this machine&apos;s keychain holds no secret keyring file for the source tenant, so its secret keys cannot be copied</source>
        <translation>der Schlüsselbund dieses Rechners enthält keine geheime Schlüsselbunddatei für den Quell-Tenant, daher können seine geheimen Schlüssel nicht kopiert werden</translation>
    </message>
    <message>
        <source>destination certificate &apos;%1&apos;</source>
        <translation>Zielzertifikat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this machine&apos;s keychain holds no file of this keystore for the source tenant, so it cannot be copied</source>
        <translation>der Schlüsselbund dieses Rechners enthält keine Datei dieses Schlüsselspeichers für den Quell-Tenant, daher kann er nicht kopiert werden</translation>
    </message>
    <message>
        <source>destination &apos;%1&apos;: %2</source>
        <translation>Ziel &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>gh::CredentialActions</name>
    <message>
        <source>password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2; its kind cannot change (delete it and create it anew)</source>
        <translation>&apos;%1&apos; ist %2; die Art kann sich nicht ändern (löschen Sie es und legen Sie es neu an)</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>es gibt kein(e) %1</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Set the %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>gh::CredentialSecrets</name>
    <message>
        <source>the secret store has gone away</source>
        <translation>der Geheimnisspeicher ist nicht mehr da</translation>
    </message>
    <message>
        <source>%1 was created without its %2 on this machine (the keychain holds none), and the tenant needs one: give it with &apos;gatehouse-cli credentials edit %3 --secret&apos; or Edit in the cockpit, then push again</source>
        <translation>%1 wurde auf diesem Rechner ohne %2 angelegt (der Schlüsselbund enthält keins), und der Tenant braucht eins: geben Sie es mit &apos;gatehouse-cli credentials edit %3 --secret&apos; oder mit Bearbeiten im Cockpit an und übertragen Sie dann erneut</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificateActions</name>
    <message>
        <source>%1 to add</source>
        <translation>%1 hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 to replace</source>
        <translation>%1 zu ersetzen</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message>
        <source>; 1 file could not be imported</source>
        <translation>; 1 Datei konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>; %1 files could not be imported</source>
        <translation>; %1 Dateien konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Import destination certificate &apos;%1&apos;</source>
        <translation>Zielzertifikat &apos;%1&apos; importieren</translation>
    </message>
    <message>
        <source>Import %1 destination certificates</source>
        <translation>%1 Zielzertifikate importieren</translation>
    </message>
    <message>
        <source>a PKCS#12 file needs its password</source>
        <translation>eine PKCS#12-Datei braucht ihr Kennwort</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Kennwort angegeben</translation>
    </message>
    <message>
        <source>is a Java keystore (JKS), which Gatehouse cannot read; convert it to PKCS#12 with: keytool -importkeystore -srckeystore %1 -destkeystore %2.p12 -deststoretype PKCS12, then import the .p12</source>
        <translation>ist ein Java-Schlüsselspeicher (JKS), den Gatehouse nicht lesen kann; wandeln Sie ihn in PKCS#12 um mit: keytool -importkeystore -srckeystore %1 -destkeystore %2.p12 -deststoretype PKCS12, und importieren Sie dann die .p12</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; %2 (give another with --name)</source>
        <translation>der Name &quot;%1&quot; %2 (geben Sie mit --name einen anderen an)</translation>
    </message>
    <message>
        <source>holds a PKCS#12 keystore, so its name must end in .p12 or .pfx, not &quot;%1&quot;</source>
        <translation>enthält einen PKCS#12-Schlüsselspeicher, daher muss sein Name auf .p12 oder .pfx enden, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>holds certificates only, so its name must end in .pem, .cer, .crt or .der, not &quot;%1&quot;</source>
        <translation>enthält nur Zertifikate, daher muss sein Name auf .pem, .cer, .crt oder .der enden, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>holds a private key outside a keystore; put the key and its certificate into a PKCS#12 file (.p12) and import that</source>
        <translation>enthält einen privaten Schlüssel außerhalb eines Schlüsselspeichers; legen Sie den Schlüssel und sein Zertifikat in eine PKCS#12-Datei (.p12) und importieren Sie diese</translation>
    </message>
    <message>
        <source>holds no certificate</source>
        <translation>enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already taken by %2 in this import</source>
        <translation>der Name &quot;%1&quot; ist in diesem Import bereits durch %2 belegt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by destination &apos;%2&apos; (%3)</source>
        <translation>&apos;%1&apos; wird von Ziel &apos;%2&apos; verwendet (%3)</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <source>still in use: %1</source>
        <translation>noch in Verwendung: %1</translation>
    </message>
</context>
<context>
    <name>gh::DestinationDraft</name>
    <message>
        <source>a destination named &quot;%1&quot; exists</source>
        <translation>ein Ziel namens &quot;%1&quot; existiert</translation>
    </message>
    <message>
        <source>an additional property has no name</source>
        <translation>eine zusätzliche Eigenschaft hat keinen Namen</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>ist doppelt angegeben</translation>
    </message>
    <message>
        <source>is a field of the form above: set it there</source>
        <translation>ist ein Feld des Formulars oben: setzen Sie es dort</translation>
    </message>
    <message>
        <source>is a secret: type its value</source>
        <translation>ist geheim: geben Sie seinen Wert ein</translation>
    </message>
</context>
<context>
    <name>gh::DestinationFiles</name>
    <message>
        <source>holds no properties: not a destination file</source>
        <translation>enthält keine Eigenschaften: keine Zieldatei</translation>
    </message>
    <message>
        <source>destination properties must be strings</source>
        <translation>Eigenschaften eines Ziels müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>an empty destination</source>
        <translation>ein leeres Ziel</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a destination object</source>
        <translation>ein Zielobjekt erwartet</translation>
    </message>
    <message>
        <source>has no Name</source>
        <translation>hat keinen Name</translation>
    </message>
    <message>
        <source>destination &apos;%1&apos; is also in %2</source>
        <translation>Ziel &apos;%1&apos; ist auch in %2</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>%1 hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 to replace</source>
        <translation>%1 zu ersetzen</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>1 file not imported</source>
        <translation>1 Datei nicht importiert</translation>
    </message>
    <message>
        <source>%1 files not imported</source>
        <translation>%1 Dateien nicht importiert</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message>
        <source>Import destination &apos;%1&apos;</source>
        <translation>Ziel &apos;%1&apos; importieren</translation>
    </message>
    <message>
        <source>Import %1 destinations</source>
        <translation>%1 Ziele importieren</translation>
    </message>
</context>
<context>
    <name>gh::DestinationSecrets</name>
    <message>
        <source>destination &apos;%1&apos;, %2</source>
        <translation>Ziel &apos;%1&apos;, %2</translation>
    </message>
    <message>
        <source>the secret store has gone away</source>
        <translation>der Geheimnisspeicher ist nicht mehr da</translation>
    </message>
</context>
<context>
    <name>gh::Error</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>validation error</source>
        <translation>Prüfungsfehler</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>corrupt tenant file</source>
        <translation>beschädigte Tenant-Datei</translation>
    </message>
    <message>
        <source>not a Gatehouse tenant</source>
        <translation>kein Gatehouse-Tenant</translation>
    </message>
    <message>
        <source>tenant from a newer version</source>
        <translation>Tenant aus einer neueren Version</translation>
    </message>
    <message>
        <source>cryptographic error</source>
        <translation>kryptografischer Fehler</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>unsupported algorithm</source>
        <translation>nicht unterstützter Algorithmus</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>gh::Expiring</name>
    <message>
        <source> (chain %1/%2)</source>
        <translation> (Kette %1/%2)</translation>
    </message>
    <message>
        <source>certificate %1 of the chain of &apos;%2&apos; cannot be read: %3</source>
        <translation>Zertifikat %1 der Kette von &apos;%2&apos; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>certificate %1 of &apos;%2&apos; has no validity</source>
        <translation>Zertifikat %1 von &apos;%2&apos; hat keine Gültigkeit</translation>
    </message>
    <message>
        <source>subkey %1 of %2</source>
        <translation>Unterschlüssel %1 von %2</translation>
    </message>
</context>
<context>
    <name>gh::KeyVault</name>
    <message>
        <source>no secret store is available for private keys</source>
        <translation>für private Schlüssel ist kein Geheimnisspeicher verfügbar</translation>
    </message>
    <message>
        <source>no private key to keep</source>
        <translation>kein privater Schlüssel zum Aufbewahren</translation>
    </message>
    <message>
        <source>keystore entry &apos;%1&apos; has no certificate, so no key can be found for it</source>
        <translation>Eintrag &apos;%1&apos; im Schlüsselspeicher hat kein Zertifikat, daher kann kein Schlüssel dafür gefunden werden</translation>
    </message>
    <message>
        <source>keystore entry &apos;%1&apos;</source>
        <translation>Eintrag &apos;%1&apos; im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Gatehouse does not hold the private key of &apos;%1&apos;: only keys generated or imported here are kept (in the %2); the tenant keeps the others and never hands them out</source>
        <translation>Gatehouse hat den privaten Schlüssel von &apos;%1&apos; nicht: nur hier erzeugte oder importierte Schlüssel werden aufbewahrt (im %2); die anderen behält der Tenant und gibt sie nie heraus</translation>
    </message>
    <message>
        <source>the private key kept for &apos;%1&apos; cannot be read: %2</source>
        <translation>der für &apos;%1&apos; aufbewahrte private Schlüssel kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the private key kept for &apos;%1&apos; does not match its certificate</source>
        <translation>der für &apos;%1&apos; aufbewahrte private Schlüssel passt nicht zu seinem Zertifikat</translation>
    </message>
</context>
<context>
    <name>gh::KeychainError</name>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>no secret is stored in the system keychain under this key</source>
        <translation>unter diesem Schlüssel ist kein Geheimnis im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>access to the system keychain was denied: %1</source>
        <translation>der Zugriff auf den Systemschlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <source>no system keychain is available: %1</source>
        <translation>kein Systemschlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>keychain error mapped without an error</source>
        <translation>Schlüsselbundfehler ohne Fehler zugeordnet</translation>
    </message>
    <message>
        <source>system keychain error: %1</source>
        <translation>Fehler des Systemschlüsselbunds: %1</translation>
    </message>
</context>
<context>
    <name>gh::KeychainSecretStore</name>
    <message>
        <source>the secret&apos;s key is empty</source>
        <translation>der Schlüssel des Geheimnisses ist leer</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1</source>
        <translation>der Systemschlüsselbund hat nicht innerhalb von %1 geantwortet</translation>
    </message>
    <message>
        <source>system keychain (macOS Keychain)</source>
        <translation>Systemschlüsselbund (macOS-Schlüsselbund)</translation>
    </message>
    <message>
        <source>system keychain (Windows Credential Manager)</source>
        <translation>Systemschlüsselbund (Windows-Anmeldeinformationsverwaltung)</translation>
    </message>
    <message>
        <source>system keychain (Secret Service)</source>
        <translation>Systemschlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>the system keychain returned other bytes than were stored</source>
        <translation>der Systemschlüsselbund lieferte andere Bytes als gespeichert wurden</translation>
    </message>
    <message>
        <source>the keychain call was abandoned</source>
        <translation>der Aufruf des Schlüsselbunds wurde aufgegeben</translation>
    </message>
</context>
<context>
    <name>gh::KeystoreActions</name>
    <message>
        <source>keystore entry &apos;%1&apos; is owned by SAP and read-only</source>
        <translation>Eintrag &apos;%1&apos; im Schlüsselspeicher gehört SAP und ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already taken in the %2 keystore</source>
        <translation>&apos;%1&apos; ist im Schlüsselspeicher %2 bereits vergeben</translation>
    </message>
    <message>
        <source>keystore entry &apos;%1&apos;, certificate %2 of its chain</source>
        <translation>Eintrag &apos;%1&apos; im Schlüsselspeicher, Zertifikat %2 seiner Kette</translation>
    </message>
    <message>
        <source>has no certificate</source>
        <translation>hat kein Zertifikat</translation>
    </message>
    <message>
        <source>keystore entry &apos;%1&apos;</source>
        <translation>Eintrag &apos;%1&apos; im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>%1 hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 to replace</source>
        <translation>%1 zu ersetzen</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message>
        <source>; 1 source could not be read</source>
        <translation>; 1 Quelle konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>; %1 sources could not be read</source>
        <translation>; %1 Quellen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Import &apos;%1&apos;</source>
        <translation>&apos;%1&apos; importieren</translation>
    </message>
    <message>
        <source>Import %1 keystore entries</source>
        <translation>%1 Einträge in den Schlüsselspeicher importieren</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Kennwort angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds this certificate</source>
        <translation>&apos;%1&apos; enthält dieses Zertifikat bereits</translation>
    </message>
    <message>
        <source>already in the keystore as &apos;%1&apos;</source>
        <translation>bereits im Schlüsselspeicher als &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the same certificate is already in this import as &apos;%1&apos;</source>
        <translation>dasselbe Zertifikat ist in diesem Import bereits als &apos;%1&apos; enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is owned by SAP and read-only</source>
        <translation>&apos;%1&apos; gehört SAP und ist schreibgeschützt</translation>
    </message>
    <message>
        <source>replaces the certificate valid until %1 (new: until %2)</source>
        <translation>ersetzt das bis %1 gültige Zertifikat (neu: bis %2)</translation>
    </message>
    <message>
        <source>replaces a %1 with a %2</source>
        <translation>ersetzt %1 durch %2</translation>
    </message>
    <message>
        <source>the same certificate is also stored as &apos;%1&apos;</source>
        <translation>dasselbe Zertifikat ist auch als &apos;%1&apos; gespeichert</translation>
    </message>
    <message>
        <source>key pairs are generated into the system or KeyRenewal keystore, not %1</source>
        <translation>Schlüsselpaare werden im Schlüsselspeicher system oder KeyRenewal erzeugt, nicht in %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a key pair: only key pairs have a signing request</source>
        <translation>&apos;%1&apos; ist %2, kein Schlüsselpaar: nur Schlüsselpaare haben eine Signieranforderung</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate of &apos;%1&apos;</source>
        <translation>der private Schlüssel gehört nicht zum Zertifikat von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a key pair: a signed chain belongs to a key pair</source>
        <translation>&apos;%1&apos; ist %2, kein Schlüsselpaar: eine signierte Kette gehört zu einem Schlüsselpaar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has exactly this chain</source>
        <translation>&apos;%1&apos; hat bereits genau diese Kette</translation>
    </message>
    <message>
        <source>the new alias is the current one</source>
        <translation>der neue Alias ist der aktuelle</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <source>destination &apos;%1&apos; (%2)</source>
        <translation>Ziel &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>only key pairs of the system keystore are renewed; &apos;%1&apos; is in %2</source>
        <translation>nur Schlüsselpaare des Schlüsselspeichers system werden erneuert; &apos;%1&apos; ist in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2: only key pairs are renewed (import the new certificate instead)</source>
        <translation>&apos;%1&apos; ist %2: nur Schlüsselpaare werden erneuert (importieren Sie stattdessen das neue Zertifikat)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is owned by SAP: SAP provides its renewal in the KeyRenewal keystore</source>
        <translation>&apos;%1&apos; gehört SAP: SAP stellt seine Erneuerung im Schlüsselspeicher KeyRenewal bereit</translation>
    </message>
    <message>
        <source>a renewal of &apos;%1&apos; is already waiting in the KeyRenewal keystore: activate or delete it first</source>
        <translation>eine Erneuerung von &apos;%1&apos; wartet bereits im Schlüsselspeicher KeyRenewal: aktivieren oder löschen Sie sie zuerst</translation>
    </message>
    <message>
        <source>cannot renew a %1 key; generate a new key pair instead</source>
        <translation>ein %1-Schlüssel kann nicht erneuert werden; erzeugen Sie stattdessen ein neues Schlüsselpaar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already uses this key and certificate</source>
        <translation>&apos;%1&apos; verwendet diesen Schlüssel und dieses Zertifikat bereits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the %2 keystore: only KeyRenewal entries are activated</source>
        <translation>&apos;%1&apos; ist im Schlüsselspeicher %2: nur Einträge aus KeyRenewal werden aktiviert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the %2 keystore: roll back to a KeyHistory entry</source>
        <translation>&apos;%1&apos; ist im Schlüsselspeicher %2: setzen Sie auf einen Eintrag aus KeyHistory zurück</translation>
    </message>
    <message>
        <source>history entry &apos;%1&apos; does not say which alias it was</source>
        <translation>Verlaufseintrag &apos;%1&apos; sagt nicht, welcher Alias er war</translation>
    </message>
</context>
<context>
    <name>gh::KnownHostActions</name>
    <message>
        <source>%1 to add, %2 updated, %3 unchanged</source>
        <translation>%1 hinzuzufügen, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>Import known hosts from %1</source>
        <translation>Bekannte Hosts aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more bad line(s); nothing was imported)</source>
        <translation>
            <numerusform> (und %n weitere fehlerhafte Zeile; nichts wurde importiert)</numerusform>
            <numerusform> (und %n weitere fehlerhafte Zeilen; nichts wurde importiert)</numerusform>
        </translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation> (nichts wurde importiert)</translation>
    </message>
    <message>
        <source>holds no known_hosts lines</source>
        <translation>enthält keine known_hosts-Zeilen</translation>
    </message>
    <message>
        <source>a known_hosts file</source>
        <translation>eine known_hosts-Datei</translation>
    </message>
    <message>
        <source>the line</source>
        <translation>die Zeile</translation>
    </message>
    <message>
        <source>is empty or a comment, not a known_hosts line</source>
        <translation>ist leer oder ein Kommentar, keine known_hosts-Zeile</translation>
    </message>
    <message>
        <source>the tenant already holds this known host</source>
        <translation>der Tenant enthält diesen bekannten Host bereits</translation>
    </message>
    <message>
        <source>no known host is &apos;%1&apos; or names it</source>
        <translation>kein bekannter Host ist &apos;%1&apos; oder nennt ihn</translation>
    </message>
</context>
<context>
    <name>gh::MemorySecretStore</name>
    <message>
        <source>the secret&apos;s key is empty</source>
        <translation>der Schlüssel des Geheimnisses ist leer</translation>
    </message>
    <message>
        <source>no secret is stored in memory under this key</source>
        <translation>unter diesem Schlüssel ist kein Geheimnis im Speicher abgelegt</translation>
    </message>
    <message>
        <source>memory only (not remembered)</source>
        <translation>nur im Arbeitsspeicher (nicht gemerkt)</translation>
    </message>
</context>
<context>
    <name>gh::PgpActions</name>
    <message>
        <source>%1 to add, %2 updated, %3 unchanged</source>
        <translation>%1 hinzuzufügen, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>Import secret PGP keyring %1</source>
        <translation>Geheimen PGP-Schlüsselbund %1 importieren</translation>
    </message>
    <message>
        <source>Import public PGP keyring %1</source>
        <translation>Öffentlichen PGP-Schlüsselbund %1 importieren</translation>
    </message>
    <message>
        <source>a PGP keyring</source>
        <translation>ein PGP-Schlüsselbund</translation>
    </message>
    <message>
        <source>no PGP key is &apos;%1&apos;</source>
        <translation>kein PGP-Schlüssel ist &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>gh::Pull</name>
    <message>
        <source>the pull was cancelled; the replica is unchanged</source>
        <translation>das Abrufen wurde abgebrochen; das Replikat ist unverändert</translation>
    </message>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>cannot create the replicas folder</source>
        <translation>der Ordner für Replikate kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>gh::Push</name>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>the push was cancelled</source>
        <translation>das Übertragen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 was not pushed: %2</source>
        <translation>%1 wurde nicht übertragen: %2</translation>
    </message>
    <message>
        <source>%1 is in conflict with the remote</source>
        <translation>%1 steht im Konflikt mit dem entfernten Tenant</translation>
    </message>
    <message>
        <source>the remote&apos;s %1 changed since it was pulled</source>
        <translation>%1 hat sich im entfernten Tenant seit dem Abrufen geändert</translation>
    </message>
    <message>
        <source>the remote no longer has %1</source>
        <translation>der entfernte Tenant hat %1 nicht mehr</translation>
    </message>
</context>
<context>
    <name>gh::PushKeystore</name>
    <message>
        <source>the private key of &apos;%1&apos; is needed to send it, and this push has no key store</source>
        <translation>der private Schlüssel von &apos;%1&apos; wird zum Senden gebraucht, und dieses Übertragen hat keinen Schlüsselspeicher</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no certificate</source>
        <translation>&apos;%1&apos; hat kein Zertifikat</translation>
    </message>
    <message>
        <source>the private key of &apos;%1&apos; is not available on this machine: %2</source>
        <translation>der private Schlüssel von &apos;%1&apos; ist auf diesem Rechner nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>the journal&apos;s keystore entry %1 does not read</source>
        <translation>der Eintrag %1 im Schlüsselspeicher des Journals ist nicht lesbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: entries of the KeyHistory keystore are made by the tenant when a renewal key is activated, not written</source>
        <translation>&apos;%1&apos;: Einträge des Schlüsselspeichers KeyHistory legt der Tenant an, wenn ein erneuerter Schlüssel aktiviert wird; sie werden nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>gh::PushResolve</name>
    <message>
        <source>%1 &apos;%2&apos; has no push conflict</source>
        <translation>%1 &apos;%2&apos; hat keinen Konflikt beim Übertragen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: its pending change &quot;%3&quot; could not be discarded</source>
        <translation>%1 &apos;%2&apos;: seine ausstehende Änderung &quot;%3&quot; konnte nicht verworfen werden</translation>
    </message>
</context>
<context>
    <name>gh::TenantCopy</name>
    <message>
        <source>%1: destination &apos;%2&apos;</source>
        <translation>%1: Ziel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>planned an unknown destination</source>
        <translation>ein unbekanntes Ziel geplant</translation>
    </message>
    <message>
        <source>%1: role collection &apos;%2&apos;</source>
        <translation>%1: Rollensammlung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a predefined role collection is the same in every tenant and cannot be copied</source>
        <translation>eine vordefinierte Rollensammlung ist in jedem Tenant dieselbe und kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>the target tenant has no role %1 (create it there first)</source>
        <translation>der Zieltenant hat keine Rolle %1 (legen Sie sie dort zuerst an)</translation>
    </message>
    <message>
        <source>the target&apos;s collection of that name is predefined</source>
        <translation>die gleichnamige Sammlung im Zieltenant ist vordefiniert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item to copy (expected destination:NAME, role-collection:NAME, destination-certificate:NAME, keystore:ALIAS, known-host:HOST, pgp:FINGERPRINT, user-credential:NAME, oauth2-client-credential:NAME or secure-parameter:NAME)</source>
        <translation>&apos;%1&apos; ist kein kopierbares Element (erwartet: destination:NAME, role-collection:NAME, destination-certificate:NAME, keystore:ALIAS, known-host:HOST, pgp:FINGERPRINT, user-credential:NAME, oauth2-client-credential:NAME oder secure-parameter:NAME)</translation>
    </message>
    <message>
        <source>no destination &apos;%1&apos;</source>
        <translation>kein Ziel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no role collection &apos;%1&apos;</source>
        <translation>keine Rollensammlung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 items are not copied</source>
        <translation>Elemente der Art %1 werden nicht kopiert</translation>
    </message>
    <message>
        <source>Copy %1 &apos;%2&apos; from %3</source>
        <translation>%1 &apos;%2&apos; aus %3 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 items from %2</source>
        <translation>%1 Elemente aus %2 kopieren</translation>
    </message>
</context>
<context>
    <name>gh::TenantCopyCredentials</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein(e) %1</translation>
    </message>
    <message>
        <source>the target has a %1 of that name (names are unique across credentials; delete it there first)</source>
        <translation>das Ziel hat ein(e) %1 dieses Namens (Namen sind über alle Anmeldedaten eindeutig; löschen Sie es dort zuerst)</translation>
    </message>
</context>
<context>
    <name>gh::TenantCopyMaterial</name>
    <message>
        <source>%1: keystore entry &apos;%2&apos;</source>
        <translation>%1: Eintrag &apos;%2&apos; im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>no keystore entry &apos;%1&apos;</source>
        <translation>kein Eintrag &apos;%1&apos; im Schlüsselspeicher</translation>
    </message>
    <message>
        <source>an SAP-owned entry belongs to its tenant and is not copied</source>
        <translation>ein Eintrag im Besitz von SAP gehört zu seinem Tenant und wird nicht kopiert</translation>
    </message>
    <message>
        <source>the target&apos;s entry of that alias is SAP-owned</source>
        <translation>der Eintrag mit diesem Alias im Ziel gehört SAP</translation>
    </message>
    <message>
        <source>no known host is &apos;%1&apos; or names it</source>
        <translation>kein bekannter Host ist &apos;%1&apos; oder nennt ihn</translation>
    </message>
    <message>
        <source>no PGP key is &apos;%1&apos; (give a fingerprint or a key id)</source>
        <translation>kein PGP-Schlüssel ist &apos;%1&apos; (geben Sie einen Fingerabdruck oder eine Schlüssel-ID an)</translation>
    </message>
    <message>
        <source>%1: destination certificate &apos;%2&apos;</source>
        <translation>%1: Zielzertifikat &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no destination certificate &apos;%1&apos;</source>
        <translation>kein Zielzertifikat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the keystore&apos;s file is not on this machine (only its public certificates are known), so it cannot be copied; import the file into the target instead</source>
        <translation>die Datei des Schlüsselspeichers ist nicht auf diesem Rechner (nur seine öffentlichen Zertifikate sind bekannt), daher kann er nicht kopiert werden; importieren Sie die Datei stattdessen in das Ziel</translation>
    </message>
    <message>
        <source>the certificate&apos;s content was not read from the tenant, so it cannot be copied</source>
        <translation>der Inhalt des Zertifikats wurde nicht aus dem Tenant gelesen, daher kann es nicht kopiert werden</translation>
    </message>
</context>
<context>
    <name>gh::TenantDiff</name>
    <message>
        <source>the tenant was closed while it was read</source>
        <translation>der Tenant wurde geschlossen, während er gelesen wurde</translation>
    </message>
    <message>
        <source>a tenant was closed while it was read</source>
        <translation>ein Tenant wurde geschlossen, während er gelesen wurde</translation>
    </message>
</context>
<context>
    <name>gh::WhereUsed</name>
    <message>
        <source>destination &apos;%1&apos; (%2) names &apos;%3&apos;, which is not there</source>
        <translation>Ziel &apos;%1&apos; (%2) nennt &apos;%3&apos;, das es nicht gibt</translation>
    </message>
    <message>
        <source>role collection &apos;%1&apos; holds the role &apos;%2&apos;, which is not there</source>
        <translation>Rollensammlung &apos;%1&apos; enthält die Rolle &apos;%2&apos;, die es nicht gibt</translation>
    </message>
    <message>
        <source> …and %1 more</source>
        <translation> …und %1 weitere</translation>
    </message>
    <message>
        <source>1 destination uses this %1: %2</source>
        <translation>1 Ziel verwendet dies (%1): %2</translation>
    </message>
    <message>
        <source>%1 destinations use this %2: %3</source>
        <translation>%1 Ziele verwenden dies (%2): %3</translation>
    </message>
</context>
<context>
    <name>gh::Workspace</name>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 changed since it was read; reload and try again</source>
        <translation>%1 hat sich seit dem Lesen geändert; laden Sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>renaming is a delete and a create</source>
        <translation>Umbenennen ist ein Löschen und ein Anlegen</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is still assigned to role collection &apos;%2&apos;: remove the assignment in the same step</source>
        <translation>Benutzer &apos;%1&apos; ist der Rollensammlung &apos;%2&apos; noch zugeordnet: entfernen Sie die Zuordnung im selben Schritt</translation>
    </message>
    <message>
        <source>part of &quot;%1&quot; was pushed already; discard its pending changes instead</source>
        <translation>ein Teil von &quot;%1&quot; wurde bereits übertragen; verwerfen Sie stattdessen seine ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>no pending change %1 (it was pushed, undone or discarded)</source>
        <translation>keine ausstehende Änderung %1 (sie wurde übertragen, rückgängig gemacht oder verworfen)</translation>
    </message>
    <message>
        <source>%1 was changed again later (&quot;%2&quot;): discard that change first</source>
        <translation>%1 wurde später erneut geändert (&quot;%2&quot;): verwerfen Sie zuerst diese Änderung</translation>
    </message>
    <message>
        <source>%1 needs its %2, which is deleted: discard that deletion first</source>
        <translation>%1 braucht %2, das gelöscht ist: verwerfen Sie zuerst dieses Löschen</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>role collection</source>
        <translation>Rollensammlung</translation>
    </message>
</context>
<context>
    <name>gh::changes</name>
    <message>
        <source>certificate %1, until %2</source>
        <translation>Zertifikat %1, bis %2</translation>
    </message>
    <message>
        <source>private key %1 (%2)</source>
        <translation>privater Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Unassigned %1 from %2</source>
        <translation>%1 von %2 entfernt</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 an %2 zugewiesen</translation>
    </message>
    <message>
        <source>Created %1 %2</source>
        <translation>%1 %2 angelegt</translation>
    </message>
    <message>
        <source>Deleted %1 %2</source>
        <translation>%1 %2 gelöscht</translation>
    </message>
    <message>
        <source>Renamed %1 %2 to %3</source>
        <translation>%1 %2 in %3 umbenannt</translation>
    </message>
    <message>
        <source>Changed %1 %2</source>
        <translation>%1 %2 geändert</translation>
    </message>
</context>
</TS>
