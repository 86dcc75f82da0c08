<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
