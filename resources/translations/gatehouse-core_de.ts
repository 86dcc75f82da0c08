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
