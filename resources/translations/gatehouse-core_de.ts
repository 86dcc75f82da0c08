<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gh::Access</name>
    <message>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>through group &apos;%1&apos;</source>
        <translation>über die Gruppe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>through attribute %1 (when the identity provider asserts it)</source>
        <translation>über das Attribut %1 (wenn der Identitätsanbieter es bestätigt)</translation>
    </message>
</context>
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
    <name>gh::Catalogue</name>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>required array is missing</source>
        <translation>erforderliches Array fehlt</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2)</source>
        <translation>kein gültiges JSON: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>required format version is missing</source>
        <translation>erforderliche Formatversion fehlt</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this Gatehouse reads 1)</source>
        <translation>nicht unterstützte Formatversion %1 (dieses Gatehouse liest 1)</translation>
    </message>
    <message>
        <source>task id &quot;%1&quot; is not lower-case words joined by &apos;-&apos;</source>
        <translation>Aufgaben-ID &quot;%1&quot; besteht nicht aus kleingeschriebenen, mit &apos;-&apos; verbundenen Wörtern</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>doppelte Aufgaben-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>app id &quot;%1&quot; does not start with appName &quot;%2&quot; followed by &apos;!&apos;</source>
        <translation>App-ID &quot;%1&quot; beginnt nicht mit appName &quot;%2&quot; gefolgt von &apos;!&apos;</translation>
    </message>
    <message>
        <source>duplicate app id &quot;%1&quot;</source>
        <translation>doppelte App-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate appName &quot;%1&quot;</source>
        <translation>doppelter appName &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown application &quot;%1&quot; (not in $.applications)</source>
        <translation>unbekannte Anwendung &quot;%1&quot; (nicht in $.applications)</translation>
    </message>
    <message>
        <source>duplicate role template &quot;%1&quot;</source>
        <translation>doppelte Rollenvorlage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown task id &quot;%1&quot; (not in $.tasks)</source>
        <translation>unbekannte Aufgaben-ID &quot;%1&quot; (nicht in $.tasks)</translation>
    </message>
    <message>
        <source>task id &quot;%1&quot; listed twice</source>
        <translation>Aufgaben-ID &quot;%1&quot; doppelt aufgeführt</translation>
    </message>
    <message>
        <source>duplicate role collection &quot;%1&quot;</source>
        <translation>doppelte Rollensammlung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown role template &quot;%1&quot; (not in $.roleTemplates)</source>
        <translation>unbekannte Rollenvorlage &quot;%1&quot; (nicht in $.roleTemplates)</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; listed twice</source>
        <translation>Rolle &quot;%1&quot; doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown role collection &quot;%1&quot; (not in $.roleCollections)</source>
        <translation>unbekannte Rollensammlung &quot;%1&quot; (nicht in $.roleCollections)</translation>
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
    <name>gh::Csv</name>
    <message>
        <source>is larger than %1 MB</source>
        <translation>ist größer als %1 MB</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is binary data, not CSV text</source>
        <translation>enthält ein NUL-Byte: das sind Binärdaten, kein CSV-Text</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>ist kein UTF-8-Text (speichern Sie die Datei als CSV UTF-8)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text follows a closing quote (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>auf ein schließendes Anführungszeichen folgt Text (schreiben Sie ein Anführungszeichen in einem Feld in Anführungszeichen als &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen)</translation>
    </message>
    <message>
        <source>has more than %1 fields</source>
        <translation>hat mehr als %1 Felder</translation>
    </message>
</context>
<context>
    <name>gh::Destination</name>
    <message>
        <source>destination properties must be strings</source>
        <translation>Eigenschaften eines Ziels müssen Zeichenketten sein</translation>
    </message>
</context>
<context>
    <name>gh::DestinationCertificate</name>
    <message>
        <source>expected base64 DER</source>
        <translation>Base64-DER erwartet</translation>
    </message>
    <message>
        <source>expected &quot;x509_certificate&quot; or &quot;private_key&quot;, not &quot;%1&quot;</source>
        <translation>&quot;x509_certificate&quot; oder &quot;private_key&quot; erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
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
    <name>gh::EntityKind</name>
    <message>
        <source>identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>role template</source>
        <translation>Rollenvorlage</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>role collection</source>
        <translation>Rollensammlung</translation>
    </message>
    <message>
        <source>role collection assignment</source>
        <translation>Zuordnung zu einer Rollensammlung</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>keystore entry</source>
        <translation>Schlüsselspeicher-Eintrag</translation>
    </message>
    <message>
        <source>user credential</source>
        <translation>Benutzer-Anmeldedaten</translation>
    </message>
    <message>
        <source>OAuth2 client credential</source>
        <translation>OAuth2-Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>secure parameter</source>
        <translation>sicherer Parameter</translation>
    </message>
    <message>
        <source>destination certificate</source>
        <translation>Ziel-Zertifikat</translation>
    </message>
    <message>
        <source>known host</source>
        <translation>bekannter Host</translation>
    </message>
    <message>
        <source>PGP key</source>
        <translation>PGP-Schlüssel</translation>
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
    <name>gh::Expiry</name>
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
</context>
<context>
    <name>gh::FileRead</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1: not %2</source>
        <translation>ist größer als %1: zu groß für %2</translation>
    </message>
</context>
<context>
    <name>gh::JavaProperties</name>
    <message>
        <source>malformed \uXXXX escape (\u needs four hexadecimal digits)</source>
        <translation>fehlerhafte \uXXXX-Escape-Sequenz (\u braucht vier Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>is larger than %1 KB: not a destination file</source>
        <translation>ist größer als %1 KB: keine Zieldatei</translation>
    </message>
    <message>
        <source>contains a control character (0x%1): not a text file</source>
        <translation>enthält ein Steuerzeichen (0x%1): keine Textdatei</translation>
    </message>
    <message>
        <source>a property without a name (the line starts with &apos;%1&apos;)</source>
        <translation>eine Eigenschaft ohne Namen (die Zeile beginnt mit &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice (first on line %2)</source>
        <translation>&apos;%1&apos; ist doppelt angegeben (zuerst in Zeile %2)</translation>
    </message>
</context>
<context>
    <name>gh::JsonReader</name>
    <message>
        <source>required string is missing</source>
        <translation>erforderliche Zeichenkette fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>Zeichenkette oder null erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number within ±9e15</source>
        <translation>ganze Zahl innerhalb von ±9e15 erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>expected a date (/Date(ms)/, epoch milliseconds or ISO 8601) in the years 1 to 9999</source>
        <translation>Datum erwartet (/Date(ms)/, Epoch-Millisekunden oder ISO 8601) in den Jahren 1 bis 9999</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
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
    <name>gh::KnownHosts</name>
    <message>
        <source>the Ed25519 public key has %1 bytes instead of 32</source>
        <translation>der öffentliche Ed25519-Schlüssel hat %1 Bytes statt 32</translation>
    </message>
    <message>
        <source>the key&apos;s curve is &apos;%1&apos;, but its type says %2</source>
        <translation>die Kurve des Schlüssels ist &apos;%1&apos;, aber sein Typ sagt %2</translation>
    </message>
    <message>
        <source>the key is truncated (%1 bytes, not even its type)</source>
        <translation>der Schlüssel ist abgeschnitten (%1 Bytes, nicht einmal sein Typ)</translation>
    </message>
    <message>
        <source>the key is a &apos;%1&apos; key, but the line says %2</source>
        <translation>der Schlüssel ist ein &apos;%1&apos;-Schlüssel, aber die Zeile sagt %2</translation>
    </message>
    <message>
        <source>the key is truncated (%1 bytes)</source>
        <translation>der Schlüssel ist abgeschnitten (%1 Bytes)</translation>
    </message>
    <message>
        <source>the key has %1 bytes of trailing data</source>
        <translation>der Schlüssel hat %1 Bytes überzählige Daten am Ende</translation>
    </message>
    <message>
        <source>an empty host pattern (two commas, or a comma at an end)</source>
        <translation>ein leeres Host-Muster (zwei Kommas oder ein Komma am Ende)</translation>
    </message>
    <message>
        <source>a hashed host must read |1|salt|hash</source>
        <translation>ein gehashter Host muss |1|salt|hash lauten</translation>
    </message>
    <message>
        <source>the hashed host&apos;s salt or hash is not valid base64 (hash: 20 bytes)</source>
        <translation>Salt oder Hash des gehashten Hosts ist kein gültiges Base64 (Hash: 20 Bytes)</translation>
    </message>
    <message>
        <source>a hashed host must stand alone, not in a list</source>
        <translation>ein gehashter Host muss allein stehen, nicht in einer Liste</translation>
    </message>
    <message>
        <source>&apos;!&apos; negates nothing</source>
        <translation>&apos;!&apos; verneint nichts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not [host]:port</source>
        <translation>&apos;%1&apos; ist nicht [host]:port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port 1-65535 after &apos;]:&apos;</source>
        <translation>&apos;%1&apos; hat keinen Port 1-65535 nach &apos;]:&apos;</translation>
    </message>
    <message>
        <source>host pattern &apos;%1&apos; contains a space or control character</source>
        <translation>Host-Muster &apos;%1&apos; enthält ein Leer- oder Steuerzeichen</translation>
    </message>
    <message>
        <source>contains a control character (0x%1): not a text line</source>
        <translation>enthält ein Steuerzeichen (0x%1): keine Textzeile</translation>
    </message>
    <message>
        <source>a blank or comment line</source>
        <translation>eine Leer- oder Kommentarzeile</translation>
    </message>
    <message>
        <source>unknown marker &apos;%1&apos; (expected @cert-authority or @revoked)</source>
        <translation>unbekannte Markierung &apos;%1&apos; (erwartet: @cert-authority oder @revoked)</translation>
    </message>
    <message>
        <source>the marker is not followed by hosts and a key</source>
        <translation>auf die Markierung folgen keine Hosts und kein Schlüssel</translation>
    </message>
    <message>
        <source>the hosts are not followed by a key type and key</source>
        <translation>auf die Hosts folgen kein Schlüsseltyp und kein Schlüssel</translation>
    </message>
    <message>
        <source>an SSH protocol 1 key (bits, exponent, modulus), which OpenSSH no longer reads</source>
        <translation>ein Schlüssel des SSH-Protokolls 1 (Bits, Exponent, Modulus), den OpenSSH nicht mehr liest</translation>
    </message>
    <message>
        <source>unknown key type &apos;%1&apos;</source>
        <translation>unbekannter Schlüsseltyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the key type %1 is not followed by a key</source>
        <translation>auf den Schlüsseltyp %1 folgt kein Schlüssel</translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation>der Schlüssel ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>is larger than %1 MB: not a known_hosts file</source>
        <translation>ist größer als %1 MB: keine known_hosts-Datei</translation>
    </message>
    <message numerus="yes">
        <source>and %n more bad line(s) not listed</source>
        <translation>
            <numerusform>und %n weitere fehlerhafte Zeile nicht aufgeführt</numerusform>
            <numerusform>und %n weitere fehlerhafte Zeilen nicht aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::LocalTenantClient</name>
    <message>
        <source>an assignment&apos;s key is not &quot;collection\nuser id&quot;</source>
        <translation>der Schlüssel einer Zuordnung ist nicht &quot;collection\nuser id&quot;</translation>
    </message>
    <message>
        <source>stored data is not a JSON object</source>
        <translation>gespeicherte Daten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>role collection &apos;%1&apos; is predefined and read-only</source>
        <translation>Rollensammlung &apos;%1&apos; ist vordefiniert und schreibgeschützt</translation>
    </message>
    <message>
        <source>keystore entry &apos;%1&apos; is owned by SAP and read-only</source>
        <translation>Schlüsselspeicher-Eintrag &apos;%1&apos; gehört SAP und ist schreibgeschützt</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is read-only</source>
        <translation>Rolle &apos;%1&apos; ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; already exists</source>
        <translation>%1 &apos;%2&apos; existiert bereits</translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; gibt es nicht</translation>
    </message>
    <message>
        <source>no role collection &apos;%1&apos;</source>
        <translation>Rollensammlung &apos;%1&apos; gibt es nicht</translation>
    </message>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos; gibt es nicht</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
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
        <translation>einen PGP-Schlüsselbund</translation>
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
    <name>gh::Seeder</name>
    <message>
        <source>the demo seed is missing from the program</source>
        <translation>die Demo-Vorlage fehlt im Programm</translation>
    </message>
    <message>
        <source>demo seed, offset %1</source>
        <translation>Demo-Vorlage, Position %1</translation>
    </message>
    <message>
        <source>demo seed names unknown role template %1</source>
        <translation>die Demo-Vorlage nennt die unbekannte Rollenvorlage %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=COUNT with NAME one of users, role-collections, destinations, keystore</source>
        <translation>&apos;%1&apos; ist nicht NAME=ANZAHL mit NAME aus users, role-collections, destinations, keystore</translation>
    </message>
    <message>
        <source>at most 5000 generated certificates</source>
        <translation>höchstens 5000 erzeugte Zertifikate</translation>
    </message>
    <message>
        <source>already exists; choose another path</source>
        <translation>existiert bereits; wählen Sie einen anderen Pfad</translation>
    </message>
    <message>
        <source>cannot move the new tenant into place</source>
        <translation>der neue Tenant kann nicht an seinen Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>gh::SqliteStatement</name>
    <message>
        <source>no SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
</context>
<context>
    <name>gh::TenantAssignments</name>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>beim Vorbereiten von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reading the assignments of users</source>
        <translation>beim Lesen der Zuordnungen von Benutzern</translation>
    </message>
    <message>
        <source>reading the assignments with their users</source>
        <translation>beim Lesen der Zuordnungen mit ihren Benutzern</translation>
    </message>
</context>
<context>
    <name>gh::TenantConflicts</name>
    <message>
        <source>writing %1 &apos;%2&apos;</source>
        <translation>beim Schreiben von %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation>beim Festhalten eines Konflikts</translation>
    </message>
    <message>
        <source>removing a conflict</source>
        <translation>beim Entfernen eines Konflikts</translation>
    </message>
    <message>
        <source>reading the conflicts</source>
        <translation>beim Lesen der Konflikte</translation>
    </message>
    <message>
        <source>the conflict of %1 &apos;%2&apos; is damaged</source>
        <translation>der Konflikt von %1 &apos;%2&apos; ist beschädigt</translation>
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
    <name>gh::TenantJournal</name>
    <message>
        <source>reading the journal</source>
        <translation>beim Lesen des Journals</translation>
    </message>
    <message>
        <source>appending to the journal</source>
        <translation>beim Anfügen an das Journal</translation>
    </message>
    <message>
        <source>journal entry %1 names an unknown kind &apos;%2&apos;</source>
        <translation>Journaleintrag %1 nennt eine unbekannte Art &apos;%2&apos;</translation>
    </message>
    <message>
        <source>journal entry %1 holds data that is not a JSON object</source>
        <translation>Journaleintrag %1 enthält Daten, die kein JSON-Objekt sind</translation>
    </message>
    <message>
        <source>updating the journal</source>
        <translation>beim Aktualisieren des Journals</translation>
    </message>
    <message>
        <source>no journal entry %1</source>
        <translation>Journaleintrag %1 gibt es nicht</translation>
    </message>
</context>
<context>
    <name>gh::TenantLocation</name>
    <message>
        <source>cannot create the data folder</source>
        <translation>der Datenordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>gh::TenantMaterial</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be public or secret</source>
        <translation>muss public oder secret sein</translation>
    </message>
    <message>
        <source>must be hex digits</source>
        <translation>muss aus Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>a secret key&apos;s material is kept in the keychain, not here</source>
        <translation>das Material eines geheimen Schlüssels wird im Schlüsselbund aufbewahrt, nicht hier</translation>
    </message>
    <message>
        <source>must be the SHA-256 of the secret keyring file</source>
        <translation>muss der SHA-256 der geheimen Schlüsselbunddatei sein</translation>
    </message>
</context>
<context>
    <name>gh::TenantStore</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is empty, not a Gatehouse tenant</source>
        <translation>ist leer, kein Gatehouse-Tenant</translation>
    </message>
    <message>
        <source>is not a Gatehouse tenant (not an SQLite database)</source>
        <translation>ist kein Gatehouse-Tenant (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>is damaged: its database header is truncated</source>
        <translation>ist beschädigt: der Datenbank-Header ist abgeschnitten</translation>
    </message>
    <message>
        <source>is an SQLite database but not a Gatehouse tenant</source>
        <translation>ist eine SQLite-Datenbank, aber kein Gatehouse-Tenant</translation>
    </message>
    <message>
        <source>is damaged: it has no schema version</source>
        <translation>ist beschädigt: es fehlt die Schemaversion</translation>
    </message>
    <message>
        <source>was written by a newer Gatehouse (schema %1; this version reads up to %2)</source>
        <translation>wurde von einem neueren Gatehouse geschrieben (Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>is damaged or unreadable: %1</source>
        <translation>ist beschädigt oder unlesbar: %1</translation>
    </message>
    <message>
        <source>is damaged: %1</source>
        <translation>ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>no such tenant file</source>
        <translation>diese Tenant-Datei gibt es nicht</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>beim Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>was written by a newer Gatehouse</source>
        <translation>wurde von einem neueren Gatehouse geschrieben</translation>
    </message>
    <message>
        <source>migrating to schema %1</source>
        <translation>beim Migrieren auf Schema %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>beim Beginnen einer Transaktion</translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>beim Vorbereiten von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>writing meta %1</source>
        <translation>beim Schreiben von meta %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>beim Lesen von %1</translation>
    </message>
    <message>
        <source>reading the keys of %1: %2</source>
        <translation>beim Lesen der Schlüssel von %1: %2</translation>
    </message>
    <message>
        <source>stored data is not a JSON object</source>
        <translation>gespeicherte Daten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>beim Zählen von %1</translation>
    </message>
    <message>
        <source>writing %1 &apos;%2&apos;</source>
        <translation>beim Schreiben von %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>preparing the writing of %1</source>
        <translation>beim Vorbereiten des Schreibens von %1</translation>
    </message>
    <message>
        <source>deleting %1 &apos;%2&apos;</source>
        <translation>beim Löschen von %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; gibt es nicht</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>beim Festschreiben der Transaktion</translation>
    </message>
    <message>
        <source>copying the write-ahead log into the file</source>
        <translation>beim Übertragen des Write-Ahead-Logs in die Datei</translation>
    </message>
</context>
<context>
    <name>gh::Types</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>required string is missing</source>
        <translation>erforderliche Zeichenkette fehlt</translation>
    </message>
</context>
<context>
    <name>gh::UserListing</name>
    <message>
        <source>an assignment&apos;s key is not &quot;collection\nuser id&quot;</source>
        <translation>der Schlüssel einer Zuordnung ist nicht &quot;collection\nuser id&quot;</translation>
    </message>
    <message>
        <source>stored data is not a JSON object</source>
        <translation>gespeicherte Daten sind kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>gh::Validation</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>contains a line break or control character</source>
        <translation>enthält einen Zeilenumbruch oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>starts or ends with white space</source>
        <translation>beginnt oder endet mit Leerraum</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>muss eines von %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be %1 digits</source>
        <translation>muss aus %1 Ziffern bestehen</translation>
    </message>
    <message>
        <source>must be a number of at most %1 digits</source>
        <translation>muss eine Zahl mit höchstens %1 Ziffern sein</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>is required for %1</source>
        <translation>ist für %1 erforderlich</translation>
    </message>
    <message>
        <source>a property has an empty name</source>
        <translation>eine Eigenschaft hat einen leeren Namen</translation>
    </message>
    <message>
        <source>is not an absolute http or https URL</source>
        <translation>ist keine absolute http- oder https-URL</translation>
    </message>
    <message>
        <source>must start with ldap:// or ldaps://</source>
        <translation>muss mit ldap:// oder ldaps:// beginnen</translation>
    </message>
    <message>
        <source>must be OnPremise for PrincipalPropagation</source>
        <translation>muss für PrincipalPropagation OnPremise sein</translation>
    </message>
    <message>
        <source>an RFC destination needs jco.client.ashost with jco.client.sysnr, or jco.client.mshost</source>
        <translation>ein RFC-Ziel braucht jco.client.ashost mit jco.client.sysnr oder jco.client.mshost</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535</source>
        <translation>muss eine Portnummer von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>a MAIL destination needs mail.smtp.host, mail.imap.host or mail.pop3.host</source>
        <translation>ein MAIL-Ziel braucht mail.smtp.host, mail.imap.host oder mail.pop3.host</translation>
    </message>
    <message>
        <source>names no destination certificate or keystore entry of this tenant: &quot;%1&quot;</source>
        <translation>nennt kein Ziel-Zertifikat und keinen Schlüsselspeicher-Eintrag dieses Tenants: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>switches off the verification of the server&apos;s certificate: anyone on the way can read and change this connection</source>
        <translation>schaltet die Prüfung des Serverzertifikats ab: jeder auf dem Weg kann diese Verbindung mitlesen und verändern</translation>
    </message>
    <message>
        <source>is plain http on the Internet: the credentials travel unencrypted</source>
        <translation>ist reines http im Internet: die Anmeldedaten werden unverschlüsselt übertragen</translation>
    </message>
    <message>
        <source>is missing (removed on export): type it before the destination is used</source>
        <translation>fehlt (beim Export entfernt): geben Sie ihn ein, bevor das Ziel verwendet wird</translation>
    </message>
    <message>
        <source>does not encode the alias</source>
        <translation>kodiert nicht den Alias</translation>
    </message>
    <message>
        <source>may not contain &apos;/&apos;</source>
        <translation>darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>is longer than 1000 characters</source>
        <translation>ist länger als 1000 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is required for SuccessFactors credentials</source>
        <translation>ist für SuccessFactors-Anmeldedaten erforderlich</translation>
    </message>
    <message>
        <source>a custom parameter has no key</source>
        <translation>ein benutzerdefinierter Parameter hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos; enthalten</translation>
    </message>
    <message>
        <source>must end in .pem, .cer, .crt, .der, .p12, .pfx or .jks</source>
        <translation>muss auf .pem, .cer, .crt, .der, .p12, .pfx oder .jks enden</translation>
    </message>
    <message>
        <source>is %1, but a file named &quot;%2&quot; is a %3</source>
        <translation>ist %1, aber eine Datei namens &quot;%2&quot; ist ein %3</translation>
    </message>
    <message>
        <source>holds no certificate</source>
        <translation>enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>a private key node tells only its format, algorithm and alias, never key material</source>
        <translation>ein Knoten für einen privaten Schlüssel nennt nur Format, Algorithmus und Alias, nie Schlüsselmaterial</translation>
    </message>
    <message>
        <source>a private key belongs in a keystore (.p12, .pfx), not in a %1</source>
        <translation>ein privater Schlüssel gehört in einen Schlüsselspeicher (.p12, .pfx), nicht in ein %1</translation>
    </message>
    <message>
        <source>is before not_before</source>
        <translation>liegt vor not_before</translation>
    </message>
    <message>
        <source>the file&apos;s content is not kept in the tenant file</source>
        <translation>der Inhalt der Datei wird nicht in der Tenant-Datei aufbewahrt</translation>
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
<context>
    <name>gh::crypto::Certificate</name>
    <message>
        <source>%1: input too large</source>
        <translation>%1: Eingabe zu groß</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trailing byte(s) after the certificate</source>
        <translation>
            <numerusform>%1: %n überzähliges Byte nach dem Zertifikat</numerusform>
            <numerusform>%1: %n überzählige Bytes nach dem Zertifikat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, Block %2</translation>
    </message>
    <message>
        <source>%1: no CERTIFICATE block (found %2)</source>
        <translation>%1: kein CERTIFICATE-Block (gefunden: %2)</translation>
    </message>
    <message>
        <source>reading DER certificate</source>
        <translation>Lesen des DER-Zertifikats</translation>
    </message>
    <message>
        <source>reading PEM certificate</source>
        <translation>Lesen des PEM-Zertifikats</translation>
    </message>
    <message>
        <source>reading PEM certificate bundle</source>
        <translation>Lesen des PEM-Zertifikatsbündels</translation>
    </message>
</context>
<context>
    <name>gh::crypto::CertificateBuilder</name>
    <message>
        <source>the subject is empty</source>
        <translation>der Antragsteller ist leer</translation>
    </message>
    <message>
        <source>the start of the validity period is missing</source>
        <translation>der Beginn des Gültigkeitszeitraums fehlt</translation>
    </message>
    <message>
        <source>the end of the validity period must lie after its start</source>
        <translation>das Ende des Gültigkeitszeitraums muss nach seinem Beginn liegen</translation>
    </message>
    <message>
        <source>the serial number must be 1 to 20 bytes and not zero</source>
        <translation>die Seriennummer muss 1 bis 20 Bytes lang und ungleich null sein</translation>
    </message>
    <message>
        <source>a path length needs a CA certificate and must not be negative</source>
        <translation>eine Pfadlänge setzt ein CA-Zertifikat voraus und darf nicht negativ sein</translation>
    </message>
    <message>
        <source>unsupported digest &quot;%1&quot; (use SHA256, SHA384 or SHA512)</source>
        <translation>nicht unterstütztes Hashverfahren „%1“ (SHA256, SHA384 oder SHA512 verwenden)</translation>
    </message>
    <message>
        <source>invalid DNS name &quot;%1&quot;</source>
        <translation>ungültiger DNS-Name „%1“</translation>
    </message>
    <message>
        <source>invalid e-mail address &quot;%1&quot;</source>
        <translation>ungültige E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <source>generating a serial number</source>
        <translation>Erzeugen einer Seriennummer</translation>
    </message>
    <message>
        <source>encoding the serial number</source>
        <translation>Codieren der Seriennummer</translation>
    </message>
    <message>
        <source>adding extension %1</source>
        <translation>Hinzufügen der Erweiterung %1</translation>
    </message>
    <message>
        <source>adding basicConstraints</source>
        <translation>Hinzufügen von basicConstraints</translation>
    </message>
    <message>
        <source>unknown extended key usage &quot;%1&quot;</source>
        <translation>unbekannte erweiterte Schlüsselverwendung „%1“</translation>
    </message>
    <message>
        <source>adding extendedKeyUsage</source>
        <translation>Hinzufügen von extendedKeyUsage</translation>
    </message>
    <message>
        <source>adding subjectAltName</source>
        <translation>Hinzufügen von subjectAltName</translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation>ein Schlüssel fehlt</translation>
    </message>
    <message>
        <source>building certificate for %1</source>
        <translation>Erstellen des Zertifikats für %1</translation>
    </message>
    <message>
        <source>signing certificate for %1</source>
        <translation>Signieren des Zertifikats für %1</translation>
    </message>
    <message>
        <source>no issuer certificate</source>
        <translation>kein Ausstellerzertifikat</translation>
    </message>
    <message>
        <source>the issuer key does not belong to the issuer certificate %1</source>
        <translation>der Ausstellerschlüssel gehört nicht zum Ausstellerzertifikat %1</translation>
    </message>
</context>
<context>
    <name>gh::crypto::CertificateReader</name>
    <message>
        <source>%1: input too large</source>
        <translation>%1: Eingabe zu groß</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trailing byte(s) after the PKCS#7 data</source>
        <translation>
            <numerusform>%1: %n überzähliges Byte nach den PKCS#7-Daten</numerusform>
            <numerusform>%1: %n überzählige Bytes nach den PKCS#7-Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: PKCS#7 content is %2, not signed data with certificates</source>
        <translation>%1: der PKCS#7-Inhalt ist %2, keine signierten Daten mit Zertifikaten</translation>
    </message>
    <message>
        <source>%1: the PKCS#7 data holds no certificates</source>
        <translation>%1: die PKCS#7-Daten enthalten keine Zertifikate</translation>
    </message>
    <message>
        <source>PEM block %1</source>
        <translation>PEM-Block %1</translation>
    </message>
    <message>
        <source>reading PEM</source>
        <translation>Lesen von PEM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this is a certificate request (CSR), not a certificate</source>
        <translation>dies ist eine Zertifikatsignieranforderung (CSR), kein Zertifikat</translation>
    </message>
    <message>
        <source>no certificate in the PEM text (found %1)</source>
        <translation>kein Zertifikat im PEM-Text (gefunden: %1)</translation>
    </message>
    <message>
        <source>not a certificate file: neither PEM text nor a DER X.509 certificate, PKCS#7 or PKCS#12 file</source>
        <translation>keine Zertifikatsdatei: weder PEM-Text noch ein DER-X.509-Zertifikat, eine PKCS#7- oder PKCS#12-Datei</translation>
    </message>
    <message>
        <source>reading PKCS#7</source>
        <translation>Lesen von PKCS#7</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB (%2 bytes)</source>
        <translation>die Datei ist größer als %1 MiB (%2 Bytes)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>gh::crypto::CertificateRequest</name>
    <message>
        <source>adding subjectAltName to the request</source>
        <translation>Hinzufügen von subjectAltName zur Anforderung</translation>
    </message>
    <message>
        <source>no key for the request</source>
        <translation>kein Schlüssel für die Anforderung</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>der Antragsteller ist leer</translation>
    </message>
    <message>
        <source>unsupported digest &quot;%1&quot; (use SHA256, SHA384 or SHA512)</source>
        <translation>nicht unterstütztes Hashverfahren „%1“ (SHA256, SHA384 oder SHA512 verwenden)</translation>
    </message>
    <message>
        <source>creating a certificate request for %1</source>
        <translation>Erstellen einer Zertifikatsignieranforderung für %1</translation>
    </message>
    <message>
        <source>reading PEM certificate request</source>
        <translation>Lesen der PEM-Zertifikatsignieranforderung</translation>
    </message>
    <message>
        <source>reading DER certificate request</source>
        <translation>Lesen der DER-Zertifikatsignieranforderung</translation>
    </message>
    <message>
        <source>%1: input too large</source>
        <translation>%1: Eingabe zu groß</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trailing byte(s) after the request</source>
        <translation>
            <numerusform>%1: %n überzähliges Byte nach der Anforderung</numerusform>
            <numerusform>%1: %n überzählige Bytes nach der Anforderung</numerusform>
        </translation>
    </message>
    <message>
        <source>no certificate was given</source>
        <translation>es wurde kein Zertifikat angegeben</translation>
    </message>
    <message>
        <source>the certificate %1 is for another key (SHA-256 of its public key %2; of the pending key %3)</source>
        <translation>das Zertifikat %1 gehört zu einem anderen Schlüssel (SHA-256 seines öffentlichen Schlüssels %2; des ausstehenden Schlüssels %3)</translation>
    </message>
    <message>
        <source>the signature of %1 does not verify with the key of %2</source>
        <translation>die Signatur von %1 lässt sich mit dem Schlüssel von %2 nicht bestätigen</translation>
    </message>
    <message>
        <source>the certificate %1 does not belong to the chain of %2</source>
        <translation>das Zertifikat %1 gehört nicht zur Kette von %2</translation>
    </message>
    <message>
        <source>no pending key</source>
        <translation>kein ausstehender Schlüssel</translation>
    </message>
    <message>
        <source>no pending certificate</source>
        <translation>kein ausstehendes Zertifikat</translation>
    </message>
</context>
<context>
    <name>gh::crypto::ChainVerifier</name>
    <message>
        <source>TLS server authentication</source>
        <translation>TLS-Serverauthentifizierung</translation>
    </message>
    <message>
        <source>TLS client authentication</source>
        <translation>TLS-Clientauthentifizierung</translation>
    </message>
    <message>
        <source>any purpose</source>
        <translation>beliebige Zwecke</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 ist erst ab %2 gültig</translation>
    </message>
    <message>
        <source>the self-signed certificate %1 is not trusted (it is not among the trusted certificates or in the system&apos;s store)</source>
        <translation>dem selbstsignierten Zertifikat %1 wird nicht vertraut (es ist weder unter den vertrauenswürdigen Zertifikaten noch im Zertifikatsspeicher des Systems)</translation>
    </message>
    <message>
        <source>the self-signed certificate %1 is not trusted (it is not among the trusted certificates)</source>
        <translation>dem selbstsignierten Zertifikat %1 wird nicht vertraut (es ist nicht unter den vertrauenswürdigen Zertifikaten)</translation>
    </message>
    <message>
        <source>the issuer of %1 (%2) is missing: it is neither trusted nor among the intermediate certificates</source>
        <translation>der Aussteller von %1 (%2) fehlt: er ist weder vertrauenswürdig noch unter den Zwischenzertifikaten</translation>
    </message>
    <message>
        <source>the signature of %1 does not verify with the key of its issuer %2</source>
        <translation>die Signatur von %1 lässt sich mit dem Schlüssel ihres Ausstellers %2 nicht bestätigen</translation>
    </message>
    <message>
        <source>%1 issued a certificate but is not a CA (basicConstraints has no CA:TRUE)</source>
        <translation>%1 hat ein Zertifikat ausgestellt, ist aber keine CA (basicConstraints ohne CA:TRUE)</translation>
    </message>
    <message>
        <source>%1 issued a certificate but its key usage does not allow signing certificates (no keyCertSign)</source>
        <translation>%1 hat ein Zertifikat ausgestellt, aber seine Schlüsselverwendung erlaubt kein Signieren von Zertifikaten (kein keyCertSign)</translation>
    </message>
    <message>
        <source>the chain is longer than the path length constraint of %1 allows</source>
        <translation>die Kette ist länger, als die Pfadlängenbeschränkung von %1 erlaubt</translation>
    </message>
    <message>
        <source>%1 is not allowed for %2 (key usage or extended key usage)</source>
        <translation>%1 ist für %2 nicht zugelassen (Schlüsselverwendung oder erweiterte Schlüsselverwendung)</translation>
    </message>
    <message>
        <source>a name in %1 is outside the name constraints of an issuing CA</source>
        <translation>ein Name in %1 liegt außerhalb der Namensbeschränkungen einer ausstellenden CA</translation>
    </message>
    <message>
        <source>a name in %1 is excluded by the name constraints of an issuing CA</source>
        <translation>ein Name in %1 ist durch die Namensbeschränkungen einer ausstellenden CA ausgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>untrusted root</source>
        <translation>nicht vertrauenswürdige Wurzel</translation>
    </message>
    <message>
        <source>missing intermediate</source>
        <translation>fehlendes Zwischenzertifikat</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>not allowed to issue certificates</source>
        <translation>darf keine Zertifikate ausstellen</translation>
    </message>
    <message>
        <source>path length exceeded</source>
        <translation>Pfadlänge überschritten</translation>
    </message>
    <message>
        <source>key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>name constraints</source>
        <translation>Namensbeschränkungen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>no certificate to verify</source>
        <translation>kein Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>no verification time given</source>
        <translation>keine Prüfzeit angegeben</translation>
    </message>
    <message>
        <source>verifying the chain of %1</source>
        <translation>Prüfen der Kette von %1</translation>
    </message>
    <message>
        <source>%1 (system store)</source>
        <translation>%1 (Zertifikatsspeicher des Systems)</translation>
    </message>
    <message>
        <source>valid: %1; trusted through %2 (%3)</source>
        <translation>gültig: %1; vertrauenswürdig durch %2 (%3)</translation>
    </message>
    <message>
        <source>a trusted certificate</source>
        <translation>ein vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>the system&apos;s certificate store</source>
        <translation>der Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <source>not valid: no trusted certificate anchors the chain</source>
        <translation>nicht gültig: kein vertrauenswürdiges Zertifikat verankert die Kette</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>nicht gültig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (und %n weiteres Problem)</numerusform>
            <numerusform>%1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gh::crypto::DestinationCertificateNodes</name>
    <message>
        <source>&apos;%1&apos;: certificate %2 (%3) was not handed over with the listing</source>
        <translation>&apos;%1&apos;: Zertifikat %2 (%3) wurde mit der Auflistung nicht übergeben</translation>
    </message>
    <message>
        <source>destination certificate &apos;%1&apos;, certificate %2</source>
        <translation>Zielzertifikat &apos;%1&apos;, Zertifikat %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no certificate</source>
        <translation>&apos;%1&apos; enthält kein Zertifikat</translation>
    </message>
</context>
<context>
    <name>gh::crypto::DistinguishedName</name>
    <message>
        <source>an attribute is missing before or after a separator</source>
        <translation>vor oder nach einem Trennzeichen fehlt ein Attribut</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; after attribute &quot;%1&quot;</source>
        <translation>„=“ nach Attribut „%1“ erwartet</translation>
    </message>
    <message>
        <source>an attribute type is missing before &quot;=&quot;</source>
        <translation>vor „=“ fehlt ein Attributtyp</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot;</source>
        <translation>unbekanntes Attribut „%1“</translation>
    </message>
    <message>
        <source>attribute %1: hex-encoded (#...) values are not supported; escape a leading &apos;#&apos; as \#</source>
        <translation>Attribut %1: hexadezimal codierte Werte (#...) werden nicht unterstützt; ein führendes &apos;#&apos; als \# schreiben</translation>
    </message>
    <message>
        <source>attribute %1: the value ends with a lone backslash</source>
        <translation>Attribut %1: der Wert endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <source>attribute %1: invalid escape &quot;\%2&quot;</source>
        <translation>Attribut %1: ungültige Escape-Sequenz „\%2“</translation>
    </message>
    <message>
        <source>attribute %1: the character &apos;%2&apos; must be escaped with a backslash</source>
        <translation>Attribut %1: das Zeichen &apos;%2&apos; muss mit einem Backslash maskiert werden</translation>
    </message>
    <message>
        <source>attribute %1 has an empty value</source>
        <translation>Attribut %1 hat einen leeren Wert</translation>
    </message>
    <message>
        <source>attribute %1: the escaped value is not valid UTF-8</source>
        <translation>Attribut %1: der maskierte Wert ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the name ends with a separator</source>
        <translation>der Name endet mit einem Trennzeichen</translation>
    </message>
    <message>
        <source>creating a distinguished name</source>
        <translation>Erstellen eines Distinguished Name</translation>
    </message>
    <message>
        <source>attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
</context>
<context>
    <name>gh::crypto::Exporter</name>
    <message>
        <source>no certificates</source>
        <translation>keine Zertifikate</translation>
    </message>
    <message>
        <source>certificate %1 of the chain is empty</source>
        <translation>Zertifikat %1 der Kette ist leer</translation>
    </message>
    <message>
        <source>building PKCS#7</source>
        <translation>Erstellen von PKCS#7</translation>
    </message>
    <message>
        <source>cannot encode %1</source>
        <translation>%1 lässt sich nicht codieren</translation>
    </message>
    <message>
        <source>encoding PKCS#7</source>
        <translation>Codieren von PKCS#7</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <source>the certificate %1 is not for this key</source>
        <translation>das Zertifikat %1 gehört nicht zu diesem Schlüssel</translation>
    </message>
    <message>
        <source>a password is required to export a private key</source>
        <translation>zum Exportieren eines privaten Schlüssels ist ein Kennwort nötig</translation>
    </message>
    <message>
        <source>the password must not contain NUL characters or be longer than 1024 bytes</source>
        <translation>das Kennwort darf keine NUL-Zeichen enthalten und nicht länger als 1024 Bytes sein</translation>
    </message>
    <message>
        <source>iterations must be between 1 and 10,000,000</source>
        <translation>die Iterationen müssen zwischen 1 und 10.000.000 liegen</translation>
    </message>
    <message>
        <source>writing PKCS#12</source>
        <translation>Schreiben von PKCS#12</translation>
    </message>
    <message>
        <source>%1 (integrity check)</source>
        <translation>%1 (Integritätsprüfung)</translation>
    </message>
</context>
<context>
    <name>gh::crypto::GeneralNames</name>
    <message>
        <source>invalid DNS name &quot;%1&quot;</source>
        <translation>ungültiger DNS-Name „%1“</translation>
    </message>
    <message>
        <source>invalid IP address &quot;%1&quot;</source>
        <translation>ungültige IP-Adresse „%1“</translation>
    </message>
    <message>
        <source>invalid e-mail address &quot;%1&quot;</source>
        <translation>ungültige E-Mail-Adresse „%1“</translation>
    </message>
</context>
<context>
    <name>gh::crypto::Pkcs12Reader</name>
    <message>
        <source>the PKCS#12 file is password protected; a password is required</source>
        <translation>die PKCS#12-Datei ist kennwortgeschützt; ein Kennwort ist nötig</translation>
    </message>
    <message>
        <source>wrong password for the PKCS#12 file (its integrity check failed)</source>
        <translation>falsches Kennwort für die PKCS#12-Datei (ihre Integritätsprüfung ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>the password contains a NUL character</source>
        <translation>das Kennwort enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>not a readable PKCS#12 file</source>
        <translation>keine lesbare PKCS#12-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n trailing byte(s) after the PKCS#12 data</source>
        <translation>
            <numerusform>%n überzähliges Byte nach den PKCS#12-Daten</numerusform>
            <numerusform>%n überzählige Bytes nach den PKCS#12-Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown scheme</source>
        <translation>einem unbekannten Verfahren</translation>
    </message>
    <message>
        <source>the PKCS#12 integrity check (MAC) uses an algorithm OpenSSL cannot compute</source>
        <translation>die Integritätsprüfung (MAC) der PKCS#12-Datei verwendet einen Algorithmus, den OpenSSL nicht berechnen kann</translation>
    </message>
    <message>
        <source>the PKCS#12 file is encrypted; a password is required</source>
        <translation>die PKCS#12-Datei ist verschlüsselt; ein Kennwort ist nötig</translation>
    </message>
    <message>
        <source>wrong password, or a damaged file (the PKCS#12 file has no integrity check to tell which)</source>
        <translation>falsches Kennwort oder beschädigte Datei (die PKCS#12-Datei hat keine Integritätsprüfung, die das unterscheidet)</translation>
    </message>
    <message>
        <source>cannot read the PKCS#12 contents</source>
        <translation>der Inhalt der PKCS#12-Datei lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the PKCS#12 file is encrypted with %1, which needs OpenSSL&apos;s legacy provider, and that could not be loaded</source>
        <translation>die PKCS#12-Datei ist mit %1 verschlüsselt, was den Legacy-Provider von OpenSSL braucht, und dieser ließ sich nicht laden</translation>
    </message>
    <message>
        <source>reading the PKCS#12 file again</source>
        <translation>erneutes Lesen der PKCS#12-Datei</translation>
    </message>
    <message>
        <source>the PKCS#12 file is encrypted with %1, which OpenSSL does not support (not even with its legacy provider)</source>
        <translation>die PKCS#12-Datei ist mit %1 verschlüsselt, was OpenSSL nicht unterstützt (auch nicht mit seinem Legacy-Provider)</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds a private key but no certificate</source>
        <translation>die PKCS#12-Datei enthält einen privaten Schlüssel, aber kein Zertifikat</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no certificates</source>
        <translation>die PKCS#12-Datei enthält keine Zertifikate</translation>
    </message>
</context>
<context>
    <name>gh::crypto::PrivateKey</name>
    <message>
        <source>RSA keys must have 2048, 3072 or 4096 bits, not %1</source>
        <translation>RSA-Schlüssel müssen 2048, 3072 oder 4096 Bit haben, nicht %1</translation>
    </message>
    <message>
        <source>unsupported elliptic curve &quot;%1&quot; (use P-256, P-384 or P-521)</source>
        <translation>nicht unterstützte elliptische Kurve „%1“ (P-256, P-384 oder P-521 verwenden)</translation>
    </message>
    <message>
        <source>unknown key algorithm</source>
        <translation>unbekannter Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>generating %1 key</source>
        <translation>Erzeugen des %1-Schlüssels</translation>
    </message>
    <message>
        <source>reading PEM private key</source>
        <translation>Lesen des privaten PEM-Schlüssels</translation>
    </message>
    <message>
        <source>the private key is encrypted; a password is required</source>
        <translation>der private Schlüssel ist verschlüsselt; ein Kennwort ist nötig</translation>
    </message>
    <message>
        <source>wrong password for the encrypted private key</source>
        <translation>falsches Kennwort für den verschlüsselten privaten Schlüssel</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <source>a password is required to encrypt the private key</source>
        <translation>zum Verschlüsseln des privaten Schlüssels ist ein Kennwort nötig</translation>
    </message>
    <message>
        <source>password too long</source>
        <translation>Kennwort zu lang</translation>
    </message>
    <message>
        <source>encrypting private key</source>
        <translation>Verschlüsseln des privaten Schlüssels</translation>
    </message>
    <message>
        <source>writing private key</source>
        <translation>Schreiben des privaten Schlüssels</translation>
    </message>
</context>
<context>
    <name>gh::pgp::PgpKeyring</name>
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
        <source>GnuPG cannot export key %1: %2</source>
        <translation>GnuPG kann den Schlüssel %1 nicht exportieren: %2</translation>
    </message>
    <message>
        <source>GnuPG exported nothing for key %1</source>
        <translation>GnuPG hat für den Schlüssel %1 nichts exportiert</translation>
    </message>
    <message>
        <source>the keyring is larger than %1 bytes</source>
        <translation>der Schlüsselbund ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the file is empty, not a PGP keyring</source>
        <translation>die Datei ist leer, kein PGP-Schlüsselbund</translation>
    </message>
    <message>
        <source>GnuPG (gpg 2) is not installed or too old for GPGME</source>
        <translation>GnuPG (gpg 2) ist nicht installiert oder für GPGME zu alt</translation>
    </message>
    <message>
        <source>cannot create a temporary GnuPG home</source>
        <translation>ein temporäres GnuPG-Verzeichnis lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>not a readable PGP keyring (%1)</source>
        <translation>kein lesbarer PGP-Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>no PGP keys found: not a PGP keyring, an empty one, or one damaged before its first key</source>
        <translation>keine PGP-Schlüssel gefunden: kein PGP-Schlüsselbund, ein leerer oder einer, der vor seinem ersten Schlüssel beschädigt ist</translation>
    </message>
    <message>
        <source> (key %1: %2)</source>
        <translation> (Schlüssel %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) could not be read: the keyring is damaged or truncated%2</source>
        <translation>
            <numerusform>%1 von %n Schlüssel ließ sich nicht lesen: der Schlüsselbund ist beschädigt oder abgeschnitten%2</numerusform>
            <numerusform>%1 von %n Schlüsseln ließen sich nicht lesen: der Schlüsselbund ist beschädigt oder abgeschnitten%2</numerusform>
        </translation>
    </message>
    <message>
        <source>GnuPG cannot list the keys: %1</source>
        <translation>GnuPG kann die Schlüssel nicht auflisten: %1</translation>
    </message>
    <message>
        <source>no PGP keys found: not a PGP keyring, or an empty one</source>
        <translation>keine PGP-Schlüssel gefunden: kein PGP-Schlüsselbund oder ein leerer</translation>
    </message>
    <message>
        <source>key %1 (%2) has its secret part: a public keyring was expected</source>
        <translation>Schlüssel %1 (%2) enthält seinen geheimen Teil: ein öffentlicher Schlüsselbund wurde erwartet</translation>
    </message>
    <message>
        <source>key %1 (%2) has no secret part: a secret keyring was expected</source>
        <translation>Schlüssel %1 (%2) hat keinen geheimen Teil: ein geheimer Schlüsselbund wurde erwartet</translation>
    </message>
    <message>
        <source>a PGP keyring</source>
        <translation>einen PGP-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>gh::remote::CsrfSession</name>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>the transport is gone</source>
        <translation>die Verbindungsschicht besteht nicht mehr</translation>
    </message>
    <message>
        <source>the service root answered without an X-CSRF-Token header</source>
        <translation>die Service-Wurzel antwortete ohne X-CSRF-Token-Header</translation>
    </message>
    <message>
        <source>the X-CSRF-Token header is longer than 4096 bytes</source>
        <translation>der X-CSRF-Token-Header ist länger als 4096 Bytes</translation>
    </message>
</context>
<context>
    <name>gh::remote::HttpMessages</name>
    <message>
        <source>a CA bundle</source>
        <translation>ein CA-Bundle</translation>
    </message>
    <message>
        <source>holds no PEM certificate</source>
        <translation>enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no service key for the %2</source>
        <translation>Profil &apos;%1&apos; hat keinen Service Key für %2</translation>
    </message>
    <message>
        <source>the response body is not JSON: %1 at offset %2 of %3 bytes</source>
        <translation>der Antwortinhalt ist kein JSON: %1 bei Position %2 von %3 Bytes</translation>
    </message>
</context>
<context>
    <name>gh::remote::HttpTransport</name>
    <message>
        <source>the connection to the tenant was closed</source>
        <translation>die Verbindung zum Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>only https URLs are used: %1</source>
        <translation>nur https-URLs werden verwendet: %1</translation>
    </message>
    <message>
        <source>the path holds &apos;?&apos; or &apos;#&apos;: give the query in HttpRequest::query</source>
        <translation>der Pfad enthält &apos;?&apos; oder &apos;#&apos;: geben Sie die Abfrage in HttpRequest::query an</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not match the pinned one: host %1 presents SHA-256 %2, the profile pins %3</source>
        <translation>das Zertifikat des Servers stimmt nicht mit dem festgelegten überein: Host %1 zeigt SHA-256 %2, das Profil legt %3 fest</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>the response body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>der Antwortinhalt von %1 Bytes ist größer als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>the response body is larger than the limit of %1 bytes</source>
        <translation>der Antwortinhalt ist größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1 (host %2)</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut: %1 (Host %2)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 (host %2)</source>
        <translation>%1 (Host %2)</translation>
    </message>
    <message>
        <source>the server redirects to another host, which is refused: %1</source>
        <translation>der Server leitet auf einen anderen Host um, was abgelehnt wird: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Umleitungen</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
    <message>
        <source>the token endpoint refused client &apos;%1&apos;: %2</source>
        <translation>der Token-Endpunkt hat den Client &apos;%1&apos; abgewiesen: %2</translation>
    </message>
    <message>
        <source>the server asks to wait %1 s before trying again, longer than %2 s</source>
        <translation>der Server verlangt %1 s Wartezeit vor dem nächsten Versuch, länger als %2 s</translation>
    </message>
    <message>
        <source>the token response %1</source>
        <translation>die Token-Antwort %1</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>has no access_token string</source>
        <translation>hat keine access_token-Zeichenkette</translation>
    </message>
    <message>
        <source>has no positive expires_in number</source>
        <translation>hat keine positive expires_in-Zahl</translation>
    </message>
    <message>
        <source>has token_type &apos;%1&apos; instead of bearer</source>
        <translation>hat token_type &apos;%1&apos; statt bearer</translation>
    </message>
</context>
<context>
    <name>gh::remote::RemoteAssignments</name>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>no role collection &apos;%1&apos; (no SCIM group of that displayName)</source>
        <translation>Rollensammlung &apos;%1&apos; gibt es nicht (keine SCIM-Gruppe mit diesem displayName)</translation>
    </message>
</context>
<context>
    <name>gh::remote::RemoteKeystoreWrites</name>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>a PEM certificate is not terminated</source>
        <translation>ein PEM-Zertifikat ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>certificate %1 of the chain does not parse: %2</source>
        <translation>Zertifikat %1 der Kette lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>neither PEM certificates nor a DER certificate</source>
        <translation>weder PEM-Zertifikate noch ein DER-Zertifikat</translation>
    </message>
    <message>
        <source>no keystore %1</source>
        <translation>Schlüsselspeicher %1 gibt es nicht</translation>
    </message>
    <message>
        <source>a key pair goes to the tenant with its private key (KeyPairResources), not as an entry alone: &apos;%1&apos;</source>
        <translation>ein Schlüsselpaar geht mit seinem privaten Schlüssel an den Tenant (KeyPairResources), nicht als Eintrag allein: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no certificate</source>
        <translation>&apos;%1&apos; hat kein Zertifikat</translation>
    </message>
    <message>
        <source>the answer is not a PEM certificate request</source>
        <translation>die Antwort ist keine PEM-Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>only KeyRenewal entries are activated, not %1</source>
        <translation>nur Einträge von KeyRenewal werden aktiviert, nicht %1</translation>
    </message>
</context>
<context>
    <name>gh::remote::RemoteResources</name>
    <message>
        <source>an object is expected</source>
        <translation>ein Objekt wird erwartet</translation>
    </message>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>no %1 %2</source>
        <translation>%1 %2 gibt es nicht</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <source>changing %1</source>
        <translation>Ändern von %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>the profile has no key for the %1</source>
        <translation>das Profil hat keinen Schlüssel für %1</translation>
    </message>
</context>
<context>
    <name>gh::remote::RemoteSecurityContent</name>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>the OData envelope &quot;d&quot; is missing</source>
        <translation>die OData-Hülle &quot;d&quot; fehlt</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>ein Objekt wird erwartet</translation>
    </message>
    <message>
        <source>the collection&apos;s &quot;results&quot; is missing</source>
        <translation>&quot;results&quot; der Sammlung fehlt</translation>
    </message>
    <message>
        <source>an array is expected</source>
        <translation>ein Array wird erwartet</translation>
    </message>
    <message>
        <source>not a field of Cloud Integration&apos;s KeystoreEntry</source>
        <translation>kein Feld von KeystoreEntry in Cloud Integration</translation>
    </message>
    <message>
        <source>keystore entries</source>
        <translation>Schlüsselspeicher-Einträge</translation>
    </message>
    <message>
        <source>deleting entries of the %1 keystore</source>
        <translation>Löschen von Einträgen des Schlüsselspeichers %1</translation>
    </message>
</context>
<context>
    <name>gh::remote::RemoteTenantClient</name>
    <message>
        <source>%1: not supported by the remote backend yet</source>
        <translation>%1: vom entfernten Backend noch nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: not available yet from the remote backend (%2)</source>
        <translation>%1: vom entfernten Backend noch nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>a JSON array is expected</source>
        <translation>ein JSON-Array wird erwartet</translation>
    </message>
    <message>
        <source>a JSON object is expected</source>
        <translation>ein JSON-Objekt wird erwartet</translation>
    </message>
    <message>
        <source>Content is not base64</source>
        <translation>Content ist kein Base64</translation>
    </message>
    <message>
        <source>Content holds no certificate: %1</source>
        <translation>Content enthält kein Zertifikat: %1</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>role collections</source>
        <translation>Rollensammlungen</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>role templates</source>
        <translation>Rollenvorlagen</translation>
    </message>
    <message>
        <source>identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>destination certificates</source>
        <translation>Ziel-Zertifikate</translation>
    </message>
    <message>
        <source>user credentials</source>
        <translation>Benutzer-Anmeldedaten</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>secure parameters</source>
        <translation>sichere Parameter</translation>
    </message>
    <message>
        <source>not available over the remote API; Cloud Integration deploys them as security material, kept in the local tenant</source>
        <translation>über die entfernte API nicht verfügbar; Cloud Integration stellt sie als Sicherheitsmaterial bereit, sie bleiben im lokalen Tenant</translation>
    </message>
    <message>
        <source>known hosts</source>
        <translation>bekannte Hosts</translation>
    </message>
    <message>
        <source>PGP keys</source>
        <translation>PGP-Schlüssel</translation>
    </message>
</context>
<context>
    <name>gh::remote::RemoteUsers</name>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>identity provider &apos;%1&apos; already has another user &apos;%2&apos;</source>
        <translation>Identitätsanbieter &apos;%1&apos; hat bereits einen anderen Benutzer &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>gh::remote::RemoteWrites</name>
    <message>
        <source>the remote tenant was closed</source>
        <translation>der entfernte Tenant wurde geschlossen</translation>
    </message>
    <message>
        <source>destinations with secret properties: %1</source>
        <translation>Ziele mit geheimen Eigenschaften: %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>assigning users to role collections</source>
        <translation>Zuordnen von Benutzern zu Rollensammlungen</translation>
    </message>
</context>
<context>
    <name>gh::remote::ScimGroup</name>
    <message>
        <source>a version is never negative</source>
        <translation>eine Version ist nie negativ</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>ein Objekt wird erwartet</translation>
    </message>
</context>
<context>
    <name>gh::remote::ServiceKey</name>
    <message>
        <source>Cloud Integration API</source>
        <translation>Cloud-Integration-API</translation>
    </message>
    <message>
        <source>Destination service</source>
        <translation>Destination Service</translation>
    </message>
    <message>
        <source>XSUAA API access</source>
        <translation>XSUAA-API-Zugriff</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is not a URL</source>
        <translation>ist keine URL</translation>
    </message>
    <message>
        <source>is an http URL: only https is accepted (the client secret and its tokens must not travel unencrypted)</source>
        <translation>ist eine http-URL: nur https wird akzeptiert (das Client-Secret und seine Tokens dürfen nicht unverschlüsselt übertragen werden)</translation>
    </message>
    <message>
        <source>must be an https URL, not %1:</source>
        <translation>muss eine https-URL sein, nicht %1:</translation>
    </message>
    <message>
        <source>must be a plain https URL (no user, query or fragment)</source>
        <translation>muss eine einfache https-URL sein (ohne Benutzer, Abfrage oder Fragment)</translation>
    </message>
    <message>
        <source>service keys with an X.509 client certificate are not supported yet: create a service key with a client secret</source>
        <translation>Service Keys mit einem X.509-Client-Zertifikat werden noch nicht unterstützt: legen Sie einen Service Key mit einem Client-Secret an</translation>
    </message>
    <message>
        <source>x509 service keys are not supported yet: create a service key with a client secret</source>
        <translation>x509-Service-Keys werden noch nicht unterstützt: legen Sie einen Service Key mit einem Client-Secret an</translation>
    </message>
    <message>
        <source>is larger than %1 KiB: not a service key</source>
        <translation>ist größer als %1 KiB: kein Service Key</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>a service key is a JSON object</source>
        <translation>ein Service Key ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a service key of Cloud Integration (plan api: $.oauth), the Destination service ($.uri) or XSUAA (plan apiaccess: $.apiurl)</source>
        <translation>kein Service Key von Cloud Integration (Plan api: $.oauth), dem Destination Service ($.uri) oder XSUAA (Plan apiaccess: $.apiurl)</translation>
    </message>
    <message>
        <source>a service key</source>
        <translation>einen Service Key</translation>
    </message>
    <message>
        <source>required string is missing</source>
        <translation>erforderliche Zeichenkette fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
</context>
<context>
    <name>gh::remote::TenantProfiles</name>
    <message>
        <source>profile name &apos;%1&apos; %2</source>
        <translation>Profilname &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>a profile needs a name</source>
        <translation>ein Profil braucht einen Namen</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must start with a letter or a digit</source>
        <translation>muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>expected the SHA-256 of the server certificate: 64 hex digits (pairs may be separated by &apos;:&apos;)</source>
        <translation>SHA-256 des Serverzertifikats erwartet: 64 Hexadezimalziffern (Paare dürfen durch &apos;:&apos; getrennt sein)</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos;</source>
        <translation>ein Profil namens &apos;%1&apos; gibt es nicht</translation>
    </message>
    <message>
        <source>unknown service &apos;%1&apos;</source>
        <translation>unbekannter Dienst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an https URL</source>
        <translation>https-URL erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>cannot write the settings</source>
        <translation>die Einstellungen können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the secret store has gone away</source>
        <translation>der Geheimnisspeicher besteht nicht mehr</translation>
    </message>
    <message>
        <source>the settings have gone away</source>
        <translation>die Einstellungen bestehen nicht mehr</translation>
    </message>
    <message>
        <source>a profile needs at least one service key</source>
        <translation>ein Profil braucht mindestens einen Service Key</translation>
    </message>
    <message>
        <source>a CA bundle</source>
        <translation>ein CA-Bundle</translation>
    </message>
    <message>
        <source>not a PEM CA bundle: %1</source>
        <translation>kein PEM-CA-Bundle: %1</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists already</source>
        <translation>ein Profil namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>kein Geheimnisspeicher</translation>
    </message>
</context>
<context>
    <name>gh::remote::WireErrors</name>
    <message>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <source>the server answered %1 with a body of %2 bytes, too large to read a message from</source>
        <translation>der Server antwortete %1 mit einem Inhalt von %2 Bytes, zu groß, um eine Meldung daraus zu lesen</translation>
    </message>
    <message>
        <source>the server answered %1 with a body that holds no error message SAP&apos;s APIs use</source>
        <translation>der Server antwortete %1 mit einem Inhalt ohne eine Fehlermeldung, wie SAPs APIs sie verwenden</translation>
    </message>
</context>
</TS>
