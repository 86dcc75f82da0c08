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
        <translation>ein PGP-Schlüsselbund</translation>
    </message>
</context>
</TS>
