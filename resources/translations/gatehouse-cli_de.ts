<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gh::cli::Text</name>
    <message>
        <source>Usage: gatehouse-cli [--tenant PATH|PROFILE] [--json] RESOURCE VERB [ARGS]

The command-line side of Gatehouse, over the same client layer as the cockpit.
Without --tenant it works on the demo tenant in the user&apos;s data folder (created on first use).

Commands:
</source>
        <translation>Aufruf: gatehouse-cli [--tenant PATH|PROFILE] [--json] RESOURCE VERB [ARGS]

Die Kommandozeile von Gatehouse, über derselben Client-Schicht wie das Cockpit.
Ohne --tenant arbeitet sie auf dem Demo-Tenant im Datenordner des Benutzers (beim ersten Aufruf angelegt).

Befehle:
</translation>
    </message>
    <message>
        <source>  users list [--origin IDP] [--role-collection NAME] [--inactive-days N]
                                 users with their identity provider and direct role
                                 collections; --inactive-days N: the stale users (no logon
                                 for more than N days, or never)
  identity-providers list        trust configurations with their users and the role
                                 collections that map their groups or attributes
  users show USER [--origin IDP] a user (id or user name) with its role collections, how each
                                 is obtained (direct, IdP group, attribute) and warnings
  users create USERNAME [--origin IDP] [--email E] [--given-name G] [--family-name F]
                                 a shadow user (default identity provider: sap.default)
  users delete USER... [--origin IDP]
                                 users with their direct assignments (all or nothing)
  users export [-o FILE]         users with their role collections as CSV, for audits
  users import-assignments FILE [--dry-run] [--apply-valid]
                                 assign and unassign from a CSV (columns UserName or Email,
                                 Origin, RoleCollection, Action assign|unassign): prints the
                                 plan, then applies it as one step unless --dry-run. Lines with
                                 problems give exit code 1 and nothing is applied, unless
                                 --apply-valid applies the valid lines
</source>
        <translation>  users list [--origin IDP] [--role-collection NAME] [--inactive-days N]
                                 Benutzer mit ihrem Identity Provider und ihren direkten
                                 Rollensammlungen; --inactive-days N: die verwaisten Benutzer
                                 (seit mehr als N Tagen oder nie angemeldet)
  identity-providers list        Vertrauenskonfigurationen mit ihren Benutzern und den
                                 Rollensammlungen, die ihre Gruppen oder Attribute zuordnen
  users show USER [--origin IDP] ein Benutzer (ID oder Benutzername) mit seinen Rollensammlungen,
                                 wie er jede erhält (direkt, IdP-Gruppe, Attribut), und Warnungen
  users create USERNAME [--origin IDP] [--email E] [--given-name G] [--family-name F]
                                 ein Schattenbenutzer (Standard-Identity-Provider: sap.default)
  users delete USER... [--origin IDP]
                                 Benutzer mit ihren direkten Zuordnungen (alle oder keiner)
  users export [-o FILE]         Benutzer mit ihren Rollensammlungen als CSV, für Prüfungen
  users import-assignments FILE [--dry-run] [--apply-valid]
                                 zuordnen und entziehen aus einer CSV-Datei (Spalten UserName
                                 oder Email, Origin, RoleCollection, Action assign|unassign):
                                 gibt den Plan aus und wendet ihn als einen Schritt an, außer
                                 mit --dry-run. Zeilen mit Problemen ergeben Exit-Code 1, und
                                 nichts wird angewendet, außer --apply-valid wendet die gültigen
                                 Zeilen an
</translation>
    </message>
    <message>
        <source>  role-collections list          role collections with their roles, users and mappings
  role-collections show NAME     roles with the tasks they grant, users by how they hold it,
                                 IdP mappings
  role-collections create NAME [--description D]
  role-collections delete NAME...   (predefined collections are refused)
  role-collections assign NAME USER... [--origin IDP]
  role-collections unassign NAME USER... [--origin IDP]
  role-collections add-role NAME APPID/TEMPLATE/ROLE...
  role-collections remove-role NAME APPID/TEMPLATE/ROLE...
  role-collections export [NAME...] [-o FILE]
                                 role collections as JSON in the XSUAA API&apos;s form
  access who-can TASK            everyone who can perform a catalogue task, and through which
                                 role collection and role (TASK: an id, a label or a prefix)
  access of USER [--origin IDP]  a user&apos;s role collections, roles and the tasks they grant
  access tasks                   the catalogue&apos;s tasks
</source>
        <translation>  role-collections list          Rollensammlungen mit ihren Rollen, Benutzern und Zuordnungen
  role-collections show NAME     Rollen mit den Aufgaben, die sie gewähren, Benutzer nach der
                                 Art, wie sie sie halten, IdP-Zuordnungen
  role-collections create NAME [--description D]
  role-collections delete NAME...   (vordefinierte Sammlungen werden abgelehnt)
  role-collections assign NAME USER... [--origin IDP]
  role-collections unassign NAME USER... [--origin IDP]
  role-collections add-role NAME APPID/TEMPLATE/ROLE...
  role-collections remove-role NAME APPID/TEMPLATE/ROLE...
  role-collections export [NAME...] [-o FILE]
                                 Rollensammlungen als JSON in der Form der XSUAA-API
  access who-can TASK            alle, die eine Aufgabe des Katalogs ausführen können, und über
                                 welche Rollensammlung und Rolle (TASK: eine ID, eine
                                 Bezeichnung oder ein Präfix)
  access of USER [--origin IDP]  die Rollensammlungen eines Benutzers, ihre Rollen und die
                                 Aufgaben, die sie gewähren
  access tasks                   die Aufgaben des Katalogs
</translation>
    </message>
    <message>
        <source>  destination-certificates list  the Destination service&apos;s certificates and keystores with
                                 subject, expiry and how many destinations use each
  destination-certificates show NAME
                                 the certificates (and key, by algorithm only) of one, and the
                                 destinations that name it
  destination-certificates import FILE... [--name NAME] [--password-stdin|--password-file F]
                 [--dry-run]     PEM, DER or PKCS#12 (.p12/.pfx) files as one step; a keystore&apos;s
                                 file goes to the system keychain (exit 2 when there is none),
                                 only its public certificates to the tenant. JKS is refused:
                                 convert it with keytool -importkeystore -deststoretype PKCS12
  destination-certificates export NAME [-o FILE]
                                 the public certificates as PEM
  destination-certificates delete NAME... [--force]
                                 refused while destinations use them, unless --force
</source>
        <translation>  destination-certificates list  die Zertifikate und Keystores des Destination-Service mit
                                 Subject, Ablauf und wie viele Ziele jedes verwenden
  destination-certificates show NAME
                                 die Zertifikate (und der Schlüssel, nur mit Algorithmus)
                                 eines davon und die Ziele, die es nennen
  destination-certificates import FILE... [--name NAME] [--password-stdin|--password-file F]
                 [--dry-run]     PEM-, DER- oder PKCS#12-Dateien (.p12/.pfx) als ein Schritt;
                                 die Datei eines Keystores kommt in den Schlüsselbund des
                                 Systems (Exit-Code 2, wenn es keinen gibt), nur seine
                                 öffentlichen Zertifikate in den Tenant. JKS wird abgelehnt:
                                 umwandeln mit keytool -importkeystore -deststoretype PKCS12
  destination-certificates export NAME [-o FILE]
                                 die öffentlichen Zertifikate als PEM
  destination-certificates delete NAME... [--force]
                                 abgelehnt, solange Ziele sie verwenden, außer mit --force
</translation>
    </message>
    <message>
        <source>  expiring --days N [--all] [--pgp FILE]...
                                 what expires within N days (or has expired), soonest first:
                                 every certificate of the keystore&apos;s chains, the destination
                                 certificates, the tenant&apos;s PGP keys and those of keyrings
                                 given with --pgp;
                                 --all lists everything with its status. Exit code 1 when
                                 anything is due, 0 when nothing, 2 for an unreadable keyring
  where-used --certificate NAME | --alias ALIAS | --role APPID/TEMPLATE/ROLE
                 | --destination NAME
                                 the destinations that name a destination certificate or a
                                 system keystore alias (KeyStoreLocation, TrustStoreLocation,
                                 tokenService.KeyStoreLocation), the role collections that hold
                                 a role, or what a destination names and whether it is there.
                                 Exit code 1 when it is not there and nothing names it
</source>
        <translation>  expiring --days N [--all] [--pgp FILE]...
                                 was innerhalb von N Tagen abläuft (oder abgelaufen ist), das
                                 Nächste zuerst: jedes Zertifikat der Ketten des Keystores, die
                                 Zielzertifikate, die PGP-Schlüssel des Tenants und die der mit
                                 --pgp angegebenen Schlüsselringe;
                                 --all listet alles mit seinem Status. Exit-Code 1, wenn etwas
                                 fällig ist, 0, wenn nichts, 2 bei einem unlesbaren
                                 Schlüsselring
  where-used --certificate NAME | --alias ALIAS | --role APPID/TEMPLATE/ROLE
                 | --destination NAME
                                 die Ziele, die ein Zielzertifikat oder einen Alias des
                                 System-Keystores nennen (KeyStoreLocation, TrustStoreLocation,
                                 tokenService.KeyStoreLocation), die Rollensammlungen, die eine
                                 Rolle enthalten, oder was ein Ziel nennt und ob es vorhanden
                                 ist. Exit-Code 1, wenn es nicht vorhanden ist und nichts es
                                 nennt
</translation>
    </message>
    <message>
        <source>  keystore list                  keystore entries with validity and fingerprints
  keystore expiring --days N     entries that expire within N days (or have expired), soonest
                                 first; exit code 1 when there are any, 0 when none
  keystore export ALIAS --format pem|der|p7b [-o FILE] [--keystore K]
                                 the certificate (pem, der) or its chain (p7b: PKCS#7 DER) of
                                 an entry (of the system keystore unless --keystore); binary
                                 formats are written to standard output only when it is not a
                                 terminal
  keystore export ALIAS --format p12 --password-file F [-o FILE] [--compatible] [--keystore K]
                                 a key pair whose private key Gatehouse holds (generated or
                                 imported here) as PKCS#12 encrypted with the password in F
                                 (AES-256; --compatible: 3DES for old Java and Windows)
  keystore import FILE... [--alias A] [--password-file F] [--keystore system|KeyRenewal]
                 [--dry-run]     certificates and PKCS#12 key pairs from PEM, DER, PKCS#7 or
                                 PKCS#12 files: prints the plan (add, replace, unchanged,
                                 refused) and applies it as one undoable step unless --dry-run.
                                 Unreadable files are reported and give exit code 1
  keystore generate ALIAS --subject DN [--key rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|
                 ec-p521|ed25519] [--days N] [--dns NAME]... [--keystore system|KeyRenewal]
                                 a new key pair with a self-signed certificate (DN such as
                                 &quot;CN=host,O=Acme,C=DE&quot;; default rsa2048, 365 days)
  keystore csr ALIAS [-o FILE] [--keystore K]
                                 a PKCS#10 signing request (PEM) for a key pair Gatehouse holds
  keystore update-chain ALIAS FILE [--keystore K]
                                 the key pair with the chain its CA signed (PEM, DER, PKCS#7)
  keystore rename ALIAS NEW [--keystore K]
  keystore delete ALIAS... [--keystore K]   (SAP-owned entries are refused)
  keystore renew ALIAS           a new key pair for a system key pair, in KeyRenewal
  keystore activate ALIAS        the KeyRenewal entry replaces the system one, which moves
                                 to KeyHistory
  keystore rollback HISTORY_ALIAS
                                 a KeyHistory entry becomes the system entry again
</source>
        <translation>  keystore list                  Keystore-Einträge mit Gültigkeit und Fingerabdrücken
  keystore expiring --days N     Einträge, die innerhalb von N Tagen ablaufen (oder abgelaufen
                                 sind), der nächste zuerst; Exit-Code 1, wenn es welche gibt,
                                 0, wenn keine
  keystore export ALIAS --format pem|der|p7b [-o FILE] [--keystore K]
                                 das Zertifikat (pem, der) oder seine Kette (p7b: PKCS#7 DER)
                                 eines Eintrags (des System-Keystores, außer mit --keystore);
                                 binäre Formate gehen nur auf die Standardausgabe, wenn sie
                                 kein Terminal ist
  keystore export ALIAS --format p12 --password-file F [-o FILE] [--compatible] [--keystore K]
                                 ein Schlüsselpaar, dessen privaten Schlüssel Gatehouse hält
                                 (hier erzeugt oder importiert), als PKCS#12, verschlüsselt mit
                                 dem Passwort in F (AES-256; --compatible: 3DES für altes Java
                                 und Windows)
  keystore import FILE... [--alias A] [--password-file F] [--keystore system|KeyRenewal]
                 [--dry-run]     Zertifikate und PKCS#12-Schlüsselpaare aus PEM-, DER-, PKCS#7-
                                 oder PKCS#12-Dateien: gibt den Plan aus (hinzufügen, ersetzen,
                                 unverändert, abgelehnt) und wendet ihn als einen rückgängig zu
                                 machenden Schritt an, außer mit --dry-run. Unlesbare Dateien
                                 werden gemeldet und ergeben Exit-Code 1
  keystore generate ALIAS --subject DN [--key rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|
                 ec-p521|ed25519] [--days N] [--dns NAME]... [--keystore system|KeyRenewal]
                                 ein neues Schlüsselpaar mit selbstsigniertem Zertifikat (DN
                                 wie &quot;CN=host,O=Acme,C=DE&quot;; Standard rsa2048, 365 Tage)
  keystore csr ALIAS [-o FILE] [--keystore K]
                                 eine PKCS#10-Signierungsanforderung (PEM) für ein
                                 Schlüsselpaar, das Gatehouse hält
  keystore update-chain ALIAS FILE [--keystore K]
                                 das Schlüsselpaar mit der Kette, die seine CA signiert hat
                                 (PEM, DER, PKCS#7)
  keystore rename ALIAS NEW [--keystore K]
  keystore delete ALIAS... [--keystore K]   (Einträge von SAP werden abgelehnt)
  keystore renew ALIAS           ein neues Schlüsselpaar für ein System-Schlüsselpaar, in
                                 KeyRenewal
  keystore activate ALIAS        der KeyRenewal-Eintrag ersetzt den des Systems, der nach
                                 KeyHistory wandert
  keystore rollback HISTORY_ALIAS
                                 ein KeyHistory-Eintrag wird wieder der Eintrag des Systems
</translation>
    </message>
    <message>
        <source>  cert inspect [--password-file F] FILE...
                                 certificates in PEM, DER, PKCS#7 or PKCS#12 files (no tenant
                                 needed); F holds the PKCS#12 password (one trailing newline
                                 is ignored). Unreadable files are reported and give exit code 1
</source>
        <translation>  cert inspect [--password-file F] FILE...
                                 Zertifikate in PEM-, DER-, PKCS#7- oder PKCS#12-Dateien (kein
                                 Tenant nötig); F enthält das PKCS#12-Passwort (ein
                                 abschließender Zeilenumbruch wird ignoriert). Unlesbare
                                 Dateien werden gemeldet und ergeben Exit-Code 1
</translation>
    </message>
    <message>
        <source>  knownhosts inspect FILE        an OpenSSH known_hosts file (no tenant needed): marker, host
                                 patterns (hashed ones as written), key type, bits and SHA-256
                                 fingerprint as ssh-keygen -l prints them. Bad lines are listed
                                 as FILE:LINE: problem and give exit code 1; the good entries
                                 are still printed. An unreadable file gives exit code 2
</source>
        <translation>  knownhosts inspect FILE        eine OpenSSH-known_hosts-Datei (kein Tenant nötig): Markierung,
                                 Host-Muster (gehashte wie geschrieben), Schlüsseltyp, Bits und
                                 SHA-256-Fingerabdruck, wie ssh-keygen -l sie ausgibt.
                                 Fehlerhafte Zeilen werden als FILE:LINE: Problem aufgeführt
                                 und ergeben Exit-Code 1; die guten Einträge werden trotzdem
                                 ausgegeben. Eine unlesbare Datei ergibt Exit-Code 2
</translation>
    </message>
    <message>
        <source>  pgp inspect FILE [--expect public|secret]
                                 the keys of a PGP keyring (armored or binary; no tenant
                                 needed), read by GnuPG in a throwaway home: key id, user IDs,
                                 algorithm, created, expires, status Valid/Critical (within 14
                                 days)/Expired. A bad, empty or wrong-kind keyring gives exit
                                 code 1, an unreadable file exit code 2
</source>
        <translation>  pgp inspect FILE [--expect public|secret]
                                 die Schlüssel eines PGP-Schlüsselrings (ASCII-Armor oder
                                 binär; kein Tenant nötig), von GnuPG in einem Wegwerf-Home
                                 gelesen: Schlüssel-ID, Benutzer-IDs, Algorithmus, erstellt,
                                 läuft ab, Status Valid/Critical (innerhalb von 14
                                 Tagen)/Expired. Ein fehlerhafter, leerer oder falschartiger
                                 Schlüsselring ergibt Exit-Code 1, eine unlesbare Datei
                                 Exit-Code 2
</translation>
    </message>
    <message>
        <source>  knownhosts list                the tenant&apos;s known_hosts: marker, hosts (hashed ones shown as
                                 such), key type, bits, SHA-256 fingerprint
  knownhosts import FILE [--dry-run]
                                 merges a known_hosts file into the tenant&apos;s as one undoable
                                 step; any bad line refuses the file (FILE:LINE: problem)
  knownhosts add LINE            one known_hosts line (quoted)
  knownhosts remove HOST|KEY... [--dry-run]
                                 the entries naming HOST (hashed ones too) or of that KEY
  knownhosts export [-o FILE]    the tenant&apos;s known_hosts file
</source>
        <translation>  knownhosts list                die known_hosts des Tenants: Markierung, Hosts (gehashte als
                                 solche gezeigt), Schlüsseltyp, Bits, SHA-256-Fingerabdruck
  knownhosts import FILE [--dry-run]
                                 führt eine known_hosts-Datei mit der des Tenants als einen
                                 rückgängig zu machenden Schritt zusammen; jede fehlerhafte
                                 Zeile lehnt die Datei ab (FILE:LINE: Problem)
  knownhosts add LINE            eine known_hosts-Zeile (in Anführungszeichen)
  knownhosts remove HOST|KEY... [--dry-run]
                                 die Einträge, die HOST nennen (auch gehashte), oder die mit
                                 diesem KEY
  knownhosts export [-o FILE]    die known_hosts-Datei des Tenants
</translation>
    </message>
    <message>
        <source>  pgp list                       the tenant&apos;s PGP keys, public and secret keyring: key id,
                                 user ID, algorithm, created, expires, status
  pgp import FILE [--keyring public|secret] [--dry-run]
                                 an armored or binary keyring into the tenant&apos;s public (default)
                                 or secret keyring as one undoable step; a keyring of the other
                                 kind, an empty, corrupt or truncated one is refused (exit 1).
                                 A secret keyring&apos;s file goes to the system keychain (exit 2
                                 when there is none), only its keys&apos; metadata to the tenant
  pgp remove KEYID|FINGERPRINT... [--dry-run]
                                 keys of either keyring (a secret keyring file&apos;s keys together)
  pgp export [--keyring public|secret] [--armor] [-o FILE]
                                 the public keyring (binary, or armored), or the secret keyring
                                 files from the keychain
</source>
        <translation>  pgp list                       die PGP-Schlüssel des Tenants, öffentlicher und geheimer
                                 Schlüsselring: Schlüssel-ID, Benutzer-ID, Algorithmus,
                                 erstellt, läuft ab, Status
  pgp import FILE [--keyring public|secret] [--dry-run]
                                 ein Schlüsselring (ASCII-Armor oder binär) in den öffentlichen
                                 (Standard) oder geheimen Schlüsselring des Tenants als ein
                                 rückgängig zu machender Schritt; ein Schlüsselring der anderen
                                 Art, ein leerer, beschädigter oder abgeschnittener wird
                                 abgelehnt (Exit-Code 1). Die Datei eines geheimen
                                 Schlüsselrings kommt in den Schlüsselbund des Systems
                                 (Exit-Code 2, wenn es keinen gibt), nur die Metadaten seiner
                                 Schlüssel in den Tenant
  pgp remove KEYID|FINGERPRINT... [--dry-run]
                                 Schlüssel aus einem der Schlüsselringe (die Schlüssel einer
                                 geheimen Schlüsselringdatei gemeinsam)
  pgp export [--keyring public|secret] [--armor] [-o FILE]
                                 der öffentliche Schlüsselring (binär oder mit ASCII-Armor)
                                 oder die Dateien des geheimen Schlüsselrings aus dem
                                 Schlüsselbund
</translation>
    </message>
    <message>
        <source>  tenant create PATH --demo      create the demo tenant at PATH
  tenant create PATH --scale users=N,role-collections=N,destinations=N,keystore=N
                                 create a large synthetic tenant for benchmarks
</source>
        <translation>  tenant create PATH --demo      den Demo-Tenant unter PATH anlegen
  tenant create PATH --scale users=N,role-collections=N,destinations=N,keystore=N
                                 einen großen synthetischen Tenant für Benchmarks anlegen
</translation>
    </message>
    <message>
        <source>Options:
  --tenant PATH   a tenant file, or a profile name: its replica (run &apos;pull&apos; first).
                  An existing file of that name wins over a profile
  --json          JSON output with SAP&apos;s field names and ISO 8601 UTC dates
  --help          this text
  --version       the program&apos;s version
</source>
        <translation>Optionen:
  --tenant PATH   eine Tenant-Datei oder ein Profilname: dessen Replikat (zuerst &apos;pull&apos;
                  ausführen). Eine vorhandene Datei dieses Namens hat Vorrang vor einem Profil
  --json          JSON-Ausgabe mit den Feldnamen von SAP und Datumsangaben in ISO 8601 UTC
  --help          dieser Text
  --version       die Version des Programms
</translation>
    </message>
    <message>
        <source>Private keys of generated and imported key pairs are kept in the system keychain (Secret
Service), never in the tenant file; commands that must keep one fail with exit code 2 when
no keychain answers. Every change is journaled and can be undone in the cockpit.
</source>
        <translation>Private Schlüssel erzeugter und importierter Schlüsselpaare liegen im Schlüsselbund des
Systems (Secret Service), nie in der Tenant-Datei; Befehle, die einen behalten müssen,
scheitern mit Exit-Code 2, wenn kein Schlüsselbund antwortet. Jede Änderung wird
protokolliert und kann im Cockpit rückgängig gemacht werden.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 not found, validation error or (for checks such as &apos;keystore
expiring&apos;, and unreadable files) a finding; 2 usage error or unusable tenant.
</source>
        <translation>Exit-Codes: 0 Erfolg; 1 nicht gefunden, Prüfungsfehler oder (bei Prüfungen wie &apos;keystore
expiring&apos; und bei unlesbaren Dateien) ein Befund; 2 Aufruffehler oder unbrauchbarer Tenant.
</translation>
    </message>
    <message>
        <source>Try &apos;gatehouse-cli --help&apos;.</source>
        <translation>Siehe &apos;gatehouse-cli --help&apos;.</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has no local replica yet; run &apos;gatehouse-cli pull --tenant %1&apos; first</source>
        <translation>Profil &apos;%1&apos; hat noch kein lokales Replikat; zuerst &apos;gatehouse-cli pull --tenant %1&apos; ausführen</translation>
    </message>
    <message>
        <source>no tenant file or profile named &apos;%1&apos; (see &apos;gatehouse-cli profile list&apos;)</source>
        <translation>keine Tenant-Datei und kein Profil namens &apos;%1&apos; (siehe &apos;gatehouse-cli profile list&apos;)</translation>
    </message>
    <message>
        <source>--tenant needs a PATH</source>
        <translation>--tenant braucht einen PATH</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown tenant command &apos;%1&apos; (expected: create)</source>
        <translation>unbekannter tenant-Befehl &apos;%1&apos; (erwartet: create)</translation>
    </message>
    <message>
        <source>unknown resource &apos;%1&apos;</source>
        <translation>unbekannte Ressource &apos;%1&apos;</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>GROUP MAPPINGS</source>
        <translation>GRUPPENZUORDNUNGEN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>AUTHENTICATION</source>
        <translation>AUTHENTIFIZIERUNG</translation>
    </message>
    <message>
        <source>SECRETS</source>
        <translation>GEHEIMNISSE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>KEYSTORE</source>
        <translation>KEYSTORE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>SUBJECT CN</source>
        <translation>SUBJECT-CN</translation>
    </message>
    <message>
        <source>VALID UNTIL</source>
        <translation>GÜLTIG BIS</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>TAGE ÜBRIG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>--scale needs a specification such as users=1000,destinations=100</source>
        <translation>--scale braucht eine Angabe wie users=1000,destinations=100</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tenant create needs a PATH</source>
        <translation>tenant create braucht einen PATH</translation>
    </message>
    <message>
        <source>tenant create needs exactly one of --demo or --scale SPEC</source>
        <translation>tenant create braucht genau eines von --demo oder --scale SPEC</translation>
    </message>
    <message>
        <source>--password-file needs a FILE</source>
        <translation>--password-file braucht eine FILE</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for cert inspect</source>
        <translation>unbekannte Option &apos;%1&apos; für cert inspect</translation>
    </message>
    <message>
        <source>cert inspect needs at least one FILE</source>
        <translation>cert inspect braucht mindestens eine FILE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>ISSUER CN</source>
        <translation>AUSSTELLER-CN</translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation>NICHT NACH</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>unknown command &apos;cert %1&apos; (expected: cert inspect)</source>
        <translation>unbekannter Befehl &apos;cert %1&apos; (erwartet: cert inspect)</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>MARKER</source>
        <translation>MARKIERUNG</translation>
    </message>
    <message>
        <source>HOSTS</source>
        <translation>HOSTS</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <source>unknown command &apos;knownhosts %1&apos; (expected: knownhosts inspect|list|import|add|remove|export)</source>
        <translation>unbekannter Befehl &apos;knownhosts %1&apos; (erwartet: knownhosts inspect|list|import|add|remove|export)</translation>
    </message>
    <message>
        <source>--expect takes public or secret, not &apos;%1&apos;</source>
        <translation>--expect nimmt public oder secret, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>SCHLÜSSEL-ID</translation>
    </message>
    <message>
        <source>USER IDS</source>
        <translation>BENUTZER-IDS</translation>
    </message>
    <message>
        <source>ALGORITHM</source>
        <translation>ALGORITHMUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>FLAGS</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>expiring needs --days N</source>
        <translation>expiring braucht --days N</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a non-negative whole number of days</source>
        <translation>--days: &apos;%1&apos; ist keine nicht-negative ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>--days needs a number of days N</source>
        <translation>--days braucht eine Anzahl Tage N</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for keystore expiring</source>
        <translation>unbekannte Option &apos;%1&apos; für keystore expiring</translation>
    </message>
    <message>
        <source>keystore expiring needs --days N</source>
        <translation>keystore expiring braucht --days N</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for keystore export</source>
        <translation>unbekannte Option &apos;%1&apos; für keystore export</translation>
    </message>
    <message>
        <source>keystore export needs an ALIAS</source>
        <translation>keystore export braucht einen ALIAS</translation>
    </message>
    <message>
        <source>keystore export needs --format pem|der|p7b|p12</source>
        <translation>keystore export braucht --format pem|der|p7b|p12</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (expected: pem, der, p7b, p12)</source>
        <translation>--format: unbekanntes Format &apos;%1&apos; (erwartet: pem, der, p7b, p12)</translation>
    </message>
    <message>
        <source>keystore export --format p12 needs --password-file F (the PKCS#12 password)</source>
        <translation>keystore export --format p12 braucht --password-file F (das PKCS#12-Passwort)</translation>
    </message>
    <message>
        <source>%1 is only for --format p12</source>
        <translation>%1 gilt nur für --format p12</translation>
    </message>
    <message>
        <source>refusing to write binary %1 to a terminal; use -o FILE or redirect the output</source>
        <translation>binäres %1 wird nicht auf ein Terminal geschrieben; -o FILE verwenden oder die Ausgabe umleiten</translation>
    </message>
    <message>
        <source>%1: &apos;%1&apos; is a certificate without a private key; export it with --format pem|der|p7b</source>
        <translation>%1: &apos;%1&apos; ist ein Zertifikat ohne privaten Schlüssel; mit --format pem|der|p7b exportieren</translation>
    </message>
    <message>
        <source>%1: certificate %2 of the chain: %3</source>
        <translation>%1: Zertifikat %2 der Kette: %3</translation>
    </message>
    <message>
        <source>%1: the entry holds no certificate</source>
        <translation>%1: der Eintrag enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>%1: the certificate could not be encoded</source>
        <translation>%1: das Zertifikat konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;keystore %1&apos; (expected: list, expiring, export, import, generate, csr, update-chain, rename, delete, renew, activate, rollback)</source>
        <translation>unbekannter Befehl &apos;keystore %1&apos; (erwartet: list, expiring, export, import, generate, csr, update-chain, rename, delete, renew, activate, rollback)</translation>
    </message>
    <message>
        <source>keystore import needs at least one FILE</source>
        <translation>keystore import braucht mindestens eine FILE</translation>
    </message>
    <message>
        <source>--alias needs a non-empty ALIAS</source>
        <translation>--alias braucht einen nicht leeren ALIAS</translation>
    </message>
    <message>
        <source>--alias names a single entry: give one FILE only</source>
        <translation>--alias benennt einen einzelnen Eintrag: nur eine FILE angeben</translation>
    </message>
    <message>
        <source>%1: --alias ignored: the file holds %2 certificates, each takes its alias from its CN</source>
        <translation>%1: --alias ignoriert: die Datei enthält %2 Zertifikate, jedes erhält seinen Alias aus seinem CN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>--subject: %1</source>
        <translation>--subject: %1</translation>
    </message>
    <message>
        <source>keystore delete needs at least one ALIAS</source>
        <translation>keystore delete braucht mindestens einen ALIAS</translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>no entry &apos;%1&apos; in %2</source>
        <translation>kein Eintrag &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>unbekannte Option &apos;%1&apos; für %2</translation>
    </message>
    <message>
        <source>%1 given more than once</source>
        <translation>%1 mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>user name &apos;%1&apos; exists in several identity providers (%2): choose one with --origin</source>
        <translation>Benutzername &apos;%1&apos; gibt es in mehreren Identity Providern (%2): einen mit --origin wählen</translation>
    </message>
    <message>
        <source>no role collection &apos;%1&apos;</source>
        <translation>keine Rollensammlung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>--inactive-days needs a number of days (0 or more), not &apos;%1&apos;</source>
        <translation>--inactive-days braucht eine Anzahl Tage (0 oder mehr), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no identity provider &apos;%1&apos; (this tenant has: %2)</source>
        <translation>kein Identity Provider &apos;%1&apos; (dieser Tenant hat: %2)</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>LAST LOGON</source>
        <translation>LETZTE ANMELDUNG</translation>
    </message>
    <message>
        <source>ROLE COLLECTIONS</source>
        <translation>ROLLENSAMMLUNGEN</translation>
    </message>
    <message>
        <source>ROLE COLLECTION</source>
        <translation>ROLLENSAMMLUNG</translation>
    </message>
    <message>
        <source>OBTAINED</source>
        <translation>ERHALTEN</translation>
    </message>
    <message>
        <source>users delete needs at least one USER</source>
        <translation>users delete braucht mindestens einen USER</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>%1: %2 with problems; %3</source>
        <translation>%1: %2 mit Problemen; %3</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>APP ID</source>
        <translation>APP-ID</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>AUFGABEN</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>ATTRIBUT</translation>
    </message>
    <message>
        <source>OPERATOR</source>
        <translation>OPERATOR</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>role-collections delete needs at least one NAME</source>
        <translation>role-collections delete braucht mindestens einen NAME</translation>
    </message>
    <message>
        <source>%1 needs a NAME and at least one USER</source>
        <translation>%1 braucht einen NAME und mindestens einen USER</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 needs a NAME and at least one APPID/TEMPLATE/ROLE</source>
        <translation>%1 braucht einen NAME und mindestens eine APPID/TEMPLATE/ROLE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: expected APPID/TEMPLATE/ROLE (such as it!b18631/AuthGroup_Administrator/AuthGroup_Administrator)</source>
        <translation>&apos;%1&apos; ist keine Rolle: erwartet APPID/TEMPLATE/ROLE (etwa it!b18631/AuthGroup_Administrator/AuthGroup_Administrator)</translation>
    </message>
    <message>
        <source>role collection &apos;%1&apos; has no role &apos;%2&apos;</source>
        <translation>Rollensammlung &apos;%1&apos; hat keine Rolle &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;role-collections %1&apos; (expected: list, show, create, delete, assign, unassign, add-role, remove-role, export)</source>
        <translation>unbekannter Befehl &apos;role-collections %1&apos; (erwartet: list, show, create, delete, assign, unassign, add-role, remove-role, export)</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; is ambiguous: it could be %2</source>
        <translation>Aufgabe &apos;%1&apos; ist mehrdeutig: sie könnte %2 sein</translation>
    </message>
    <message>
        <source>no task &apos;%1&apos; in the catalogue; close task ids: %2 (&apos;gatehouse-cli access tasks&apos; lists them all)</source>
        <translation>keine Aufgabe &apos;%1&apos; im Katalog; ähnliche Aufgaben-IDs: %2 (&apos;gatehouse-cli access tasks&apos; listet alle)</translation>
    </message>
    <message>
        <source>access who-can needs a TASK (see &apos;gatehouse-cli access tasks&apos;)</source>
        <translation>access who-can braucht eine TASK (siehe &apos;gatehouse-cli access tasks&apos;)</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>unknown command &apos;access %1&apos; (expected: who-can, of, tasks)</source>
        <translation>unbekannter Befehl &apos;access %1&apos; (erwartet: who-can, of, tasks)</translation>
    </message>
    <message>
        <source>MAPPINGS</source>
        <translation>ZUORDNUNGEN</translation>
    </message>
    <message>
        <source>destinations import needs at least one FILE</source>
        <translation>destinations import braucht mindestens eine FILE</translation>
    </message>
    <message>
        <source>destinations export needs at least one NAME</source>
        <translation>destinations export braucht mindestens einen NAME</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not a format (expected: properties or json)</source>
        <translation>--format: &apos;%1&apos; ist kein Format (erwartet: properties oder json)</translation>
    </message>
    <message>
        <source>several destinations are written one file each: give a folder with -o DIR</source>
        <translation>mehrere Ziele werden in je eine Datei geschrieben: einen Ordner mit -o DIR angeben</translation>
    </message>
    <message>
        <source>no destination &apos;%1&apos;</source>
        <translation>kein Ziel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no system keychain answered (%1); the secrets of &apos;%2&apos; could not be kept, so nothing was changed</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet (%1); die Geheimnisse von &apos;%2&apos; konnten nicht aufbewahrt werden, daher wurde nichts geändert</translation>
    </message>
    <message>
        <source>the secret %1 of &apos;%2&apos; could not be kept: %3; nothing was changed</source>
        <translation>das Geheimnis %1 von &apos;%2&apos; konnte nicht aufbewahrt werden: %3; nichts wurde geändert</translation>
    </message>
    <message>
        <source>unknown command &apos;destinations %1&apos; (expected: list, show, create, update, delete, import, export)</source>
        <translation>unbekannter Befehl &apos;destinations %1&apos; (erwartet: list, show, create, update, delete, import, export)</translation>
    </message>
    <message>
        <source>PROPERTY</source>
        <translation>EIGENSCHAFT</translation>
    </message>
    <message>
        <source>KEYSTORE ENTRY</source>
        <translation>KEYSTORE-EINTRAG</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: expected KEY=VALUE</source>
        <translation>--set &apos;%1&apos;: erwartet KEY=VALUE</translation>
    </message>
    <message>
        <source>--set %1: the name is the NAME operand and the type --type (a renamed destination is a new one: create it and delete the old one)</source>
        <translation>--set %1: der Name ist der Operand NAME und der Typ --type (ein umbenanntes Ziel ist ein neues: es anlegen und das alte löschen)</translation>
    </message>
    <message>
        <source>--set %1: %1 is a secret; give it with --secret %1, which reads its value from standard input (never from the command line)</source>
        <translation>--set %1: %1 ist ein Geheimnis; mit --secret %1 angeben, das seinen Wert von der Standardeingabe liest (nie von der Kommandozeile)</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>--unset %1: every destination has a %1</source>
        <translation>--unset %1: jedes Ziel hat ein %1</translation>
    </message>
    <message>
        <source>%1 is given more than once (%2 and --unset)</source>
        <translation>%1 ist mehr als einmal angegeben (%2 und --unset)</translation>
    </message>
    <message>
        <source>--secret %1: %1 is not a secret property (give it with --set %1=VALUE)</source>
        <translation>--secret %1: %1 ist keine geheime Eigenschaft (mit --set %1=VALUE angeben)</translation>
    </message>
    <message>
        <source>nothing was %1</source>
        <translation>nichts wurde %1</translation>
    </message>
    <message>
        <source>--secret: cannot read standard input: %1</source>
        <translation>--secret: die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>--secret %1: no value on standard input (one line per --secret, in the order given, at most %2 bytes); nothing was changed</source>
        <translation>--secret %1: kein Wert auf der Standardeingabe (eine Zeile je --secret, in der angegebenen Reihenfolge, höchstens %2 Bytes); nichts wurde geändert</translation>
    </message>
    <message>
        <source>PROPERTIES</source>
        <translation>EIGENSCHAFTEN</translation>
    </message>
    <message>
        <source>destinations create needs --type (%1)</source>
        <translation>destinations create braucht --type (%1)</translation>
    </message>
    <message>
        <source>destinations update needs what to change: --set, --unset, --secret, --url, --proxy-type, --auth or --description</source>
        <translation>destinations update braucht, was zu ändern ist: --set, --unset, --secret, --url, --proxy-type, --auth oder --description</translation>
    </message>
    <message>
        <source>destinations delete needs at least one NAME</source>
        <translation>destinations delete braucht mindestens einen NAME</translation>
    </message>
    <message>
        <source>no destination certificate &apos;%1&apos;</source>
        <translation>kein Zielzertifikat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>USED BY</source>
        <translation>VERWENDET VON</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation>AUSSTELLER</translation>
    </message>
    <message>
        <source>no system keychain answered (%1); the keystore &apos;%2&apos; holds a private key and is kept only there, so nothing was changed</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet (%1); der Keystore &apos;%2&apos; enthält einen privaten Schlüssel und wird nur dort aufbewahrt, daher wurde nichts geändert</translation>
    </message>
    <message>
        <source>the keystore &apos;%1&apos; could not be kept in the keychain: %2; nothing was changed</source>
        <translation>der Keystore &apos;%1&apos; konnte nicht im Schlüsselbund aufbewahrt werden: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>--name names one file, not %1</source>
        <translation>--name benennt eine Datei, nicht %1</translation>
    </message>
    <message>
        <source>give the password with --password-stdin or --password-file, not both</source>
        <translation>das Passwort mit --password-stdin oder --password-file angeben, nicht mit beiden</translation>
    </message>
    <message>
        <source>give the PKCS#12 password with --password-stdin or --password-file</source>
        <translation>das PKCS#12-Passwort mit --password-stdin oder --password-file angeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos; (expected: list, show, import, export, delete)</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos; (erwartet: list, show, import, export, delete)</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>TOKEN URL</source>
        <translation>TOKEN-URL</translation>
    </message>
    <message>
        <source>API ROOT</source>
        <translation>API-WURZEL</translation>
    </message>
    <message>
        <source>profile add needs at least one --service-key FILE</source>
        <translation>profile add braucht mindestens ein --service-key FILE</translation>
    </message>
    <message>
        <source>profiles keep their client secrets in the system keychain, and none answered: %1</source>
        <translation>Profile bewahren ihre Client-Secrets im Schlüsselbund des Systems auf, und keiner hat geantwortet: %1</translation>
    </message>
    <message>
        <source>warning: the client secrets are kept in memory only (%1): the profile will have none in the next run</source>
        <translation>Warnung: die Client-Secrets werden nur im Speicher gehalten (%1): beim nächsten Aufruf hat das Profil keine</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>CA FILE</source>
        <translation>CA-DATEI</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>the profile&apos;s client secrets are in the system keychain, and none answered (nothing was removed): %1</source>
        <translation>die Client-Secrets des Profils liegen im Schlüsselbund des Systems, und keiner hat geantwortet (nichts wurde entfernt): %1</translation>
    </message>
    <message>
        <source>unknown profile command &apos;%1&apos; (expected: add, list, show, remove)</source>
        <translation>unbekannter profile-Befehl &apos;%1&apos; (erwartet: add, list, show, remove)</translation>
    </message>
    <message>
        <source>the profile&apos;s client secrets are in the system keychain, and none answered: %1</source>
        <translation>die Client-Secrets des Profils liegen im Schlüsselbund des Systems, und keiner hat geantwortet: %1</translation>
    </message>
    <message>
        <source>pull needs --tenant PROFILE (see &apos;gatehouse-cli profile list&apos;)</source>
        <translation>pull braucht --tenant PROFILE (siehe &apos;gatehouse-cli profile list&apos;)</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; (add one with &apos;gatehouse-cli profile add&apos;)</source>
        <translation>kein Profil namens &apos;%1&apos; (eines mit &apos;gatehouse-cli profile add&apos; hinzufügen)</translation>
    </message>
    <message>
        <source>pull failed, the replica is unchanged: %1</source>
        <translation>Pull fehlgeschlagen, das Replikat ist unverändert: %1</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>PULLED</source>
        <translation>GEHOLT</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <source>push needs --tenant PROFILE (see &apos;gatehouse-cli profile list&apos;)</source>
        <translation>push braucht --tenant PROFILE (siehe &apos;gatehouse-cli profile list&apos;)</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>the push stopped; what was pushed before is recorded: %1</source>
        <translation>der Push wurde abgebrochen; was vorher gesendet wurde, ist festgehalten: %1</translation>
    </message>
    <message>
        <source>resolve needs exactly one of --keep-mine and --take-theirs</source>
        <translation>resolve braucht genau eines von --keep-mine und --take-theirs</translation>
    </message>
    <message>
        <source>unknown resource &apos;%1&apos; (as &apos;status&apos; names them, e.g. %2)</source>
        <translation>unbekannte Ressource &apos;%1&apos; (wie &apos;status&apos; sie nennt, z. B. %2)</translation>
    </message>
    <message>
        <source>DIFFERS IN</source>
        <translation>UNTERSCHIEDLICH IN</translation>
    </message>
    <message>
        <source>DETECTED</source>
        <translation>ERKANNT</translation>
    </message>
    <message>
        <source>diff compares the tenants it is given as A and B; --tenant does not apply</source>
        <translation>diff vergleicht die als A und B angegebenen Tenants; --tenant gilt hier nicht</translation>
    </message>
    <message>
        <source>diff needs two tenants, A and B (a file or a profile name)</source>
        <translation>diff braucht zwei Tenants, A und B (eine Datei oder ein Profilname)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; for diff (expected: %2)</source>
        <translation>unbekannte Art &apos;%1&apos; für diff (erwartet: %2)</translation>
    </message>
    <message>
        <source>nothing left to compare</source>
        <translation>nichts mehr zu vergleichen</translation>
    </message>
    <message>
        <source>the secret %1 of &apos;%2&apos; could not be read from the keychain: %3; nothing was copied</source>
        <translation>das Geheimnis %1 von &apos;%2&apos; konnte nicht aus dem Schlüsselbund gelesen werden: %3; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>destination &apos;%1&apos;: the secret %2 is set in A, but %3; give it with --secret %4 (one line on standard input)</source>
        <translation>Ziel &apos;%1&apos;: das Geheimnis %2 ist in A gesetzt, aber %3; mit --secret %4 angeben (eine Zeile auf der Standardeingabe)</translation>
    </message>
    <message>
        <source>nothing was copied</source>
        <translation>nichts wurde kopiert</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>copy takes the tenants as A and B; --tenant does not apply</source>
        <translation>copy nimmt die Tenants als A und B; --tenant gilt hier nicht</translation>
    </message>
    <message>
        <source>copy needs two tenants, A and B (a file or a profile name)</source>
        <translation>copy braucht zwei Tenants, A und B (eine Datei oder ein Profilname)</translation>
    </message>
    <message>
        <source>A and B are the same tenant file</source>
        <translation>A und B sind dieselbe Tenant-Datei</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos;, and no destination names it</source>
        <translation>kein %1 &apos;%2&apos;, und kein Ziel nennt es</translation>
    </message>
    <message>
        <source>--role: &apos;%1&apos; is not a role: expected APPID/TEMPLATE/ROLE (such as it!b18631/AuthGroup_Administrator/AuthGroup_Administrator)</source>
        <translation>--role: &apos;%1&apos; ist keine Rolle: erwartet APPID/TEMPLATE/ROLE (etwa it!b18631/AuthGroup_Administrator/AuthGroup_Administrator)</translation>
    </message>
    <message>
        <source>no role &apos;%1&apos;, and no role collection holds it</source>
        <translation>keine Rolle &apos;%1&apos;, und keine Rollensammlung enthält sie</translation>
    </message>
    <message>
        <source>where-used needs exactly one of --certificate NAME, --alias ALIAS, --role APPID/TEMPLATE/ROLE, --destination NAME</source>
        <translation>where-used braucht genau eines von --certificate NAME, --alias ALIAS, --role APPID/TEMPLATE/ROLE, --destination NAME</translation>
    </message>
    <message>
        <source>KEYRING</source>
        <translation>SCHLÜSSELRING</translation>
    </message>
    <message>
        <source>USER ID</source>
        <translation>BENUTZER-ID</translation>
    </message>
    <message>
        <source>--keyring is public or secret, not &apos;%1&apos;</source>
        <translation>--keyring ist public oder secret, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no system keychain answered (%1); a secret keyring is kept only there, so nothing was changed</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet (%1); ein geheimer Schlüsselring wird nur dort aufbewahrt, daher wurde nichts geändert</translation>
    </message>
    <message>
        <source>the secret keyring could not be kept in the keychain: %1; nothing was changed</source>
        <translation>der geheime Schlüsselring konnte nicht im Schlüsselbund aufbewahrt werden: %1; nichts wurde geändert</translation>
    </message>
    <message>
        <source>note: %1 goes too: it came in the same secret keyring file</source>
        <translation>Hinweis: %1 wird ebenfalls entfernt: er kam in derselben geheimen Schlüsselringdatei</translation>
    </message>
    <message>
        <source>the secret keyring is exported as it was imported; --armor is for the public keyring</source>
        <translation>der geheime Schlüsselring wird so exportiert, wie er importiert wurde; --armor gilt für den öffentlichen Schlüsselring</translation>
    </message>
    <message>
        <source>no system keychain answered (%1); the secret keyring is kept only there</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet (%1); der geheime Schlüsselring wird nur dort aufbewahrt</translation>
    </message>
    <message>
        <source>created</source>
        <comment>nothing was %1</comment>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>nothing was %1</comment>
        <translation>geändert</translation>
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
        <source>  destinations list              destinations (secret values are never printed)
  destinations show NAME [--format properties|json]
                                 every property (secrets only as set or missing) and the
                                 certificates it names; --format: the cockpit&apos;s file instead
  destinations create NAME --type HTTP|RFC|MAIL|LDAP|TCP [--url U] [--auth A]
                 [--proxy-type P] [--description D] [--set KEY=VALUE]... [--secret KEY]...
                                 a validated destination; each --secret KEY (Password,
                                 clientSecret …) reads its value from standard input, one line
                                 per --secret in order, into the system keychain (exit 2 when
                                 there is none); secrets are never given on the command line
  destinations update NAME [--set KEY=VALUE]... [--unset KEY]... [--secret KEY]... [--url U]
                 [--auth A] [--proxy-type P] [--description D]
  destinations delete NAME...    (all or nothing; their keychain secrets stay for undo)
  destinations import FILE... [--dry-run] [--apply-valid]
                                 the BTP cockpit&apos;s export files (.properties or JSON, one
                                 destination or an array): prints the plan (add, replace,
                                 unchanged, refused) and imports it as one undoable step.
                                 Problems name the file and line and give exit code 1;
                                 nothing is imported then unless --apply-valid. A secret the
                                 cockpit stripped is reported missing; one a file carries
                                 goes to the system keychain (exit 2 when there is none)
  destinations export NAME... [--format properties|json] [-o FILE|DIR]
                                 files the cockpit imports, secrets as its &quot;removed&quot;
                                 placeholder; several destinations: one file each in DIR
  credentials create NAME --kind user|oauth2|secure-parameter [--secret] [--description D]
                 user: [--type default|successfactors|openconnectors] [--user U] [--company-id C]
                 oauth2: --token-url URL --client-id ID [--client-authentication body|header]
                 [--scope S] [--scope-content-type urlencoded|json] [--resource R]
                 [--audience A] [--param KEY=VALUE[@url|@body]]...
                                 a Cloud Integration user credential, OAuth2 client credential
                                 or secure parameter as one undoable step; --secret reads the
                                 password, client secret or value from standard input (one
                                 line, unechoed at a terminal) into the system keychain (exit 2
                                 when there is none), where it waits until push sends it;
                                 secrets are never given on the command line
  credentials edit NAME [--secret] [the options above but --kind] [--clear-params]
                                 without --secret the secret stays as it is
  credentials delete NAME        (its keychain secret stays for undo)
</source>
        <translation>  destinations list              Ziele (geheime Werte werden nie ausgegeben)
  destinations show NAME [--format properties|json]
                                 jede Eigenschaft (Geheimnisse nur als gesetzt oder fehlend)
                                 und die Zertifikate, die es nennt; --format: stattdessen die
                                 Datei des Cockpits
  destinations create NAME --type HTTP|RFC|MAIL|LDAP|TCP [--url U] [--auth A]
                 [--proxy-type P] [--description D] [--set KEY=VALUE]... [--secret KEY]...
                                 ein geprüftes Ziel; jedes --secret KEY (Password,
                                 clientSecret …) liest seinen Wert von der Standardeingabe,
                                 eine Zeile je --secret in der angegebenen Reihenfolge, in den
                                 Schlüsselbund des Systems (Exit-Code 2, wenn es keinen gibt);
                                 Geheimnisse stehen nie auf der Kommandozeile
  destinations update NAME [--set KEY=VALUE]... [--unset KEY]... [--secret KEY]... [--url U]
                 [--auth A] [--proxy-type P] [--description D]
  destinations delete NAME...    (alle oder keines; ihre Geheimnisse im Schlüsselbund bleiben
                                 für das Rückgängigmachen)
  destinations import FILE... [--dry-run] [--apply-valid]
                                 die Exportdateien des BTP-Cockpits (.properties oder JSON,
                                 ein Ziel oder ein Array): gibt den Plan aus (hinzufügen,
                                 ersetzen, unverändert, abgelehnt) und importiert ihn als einen
                                 rückgängig zu machenden Schritt. Probleme nennen Datei und
                                 Zeile und ergeben Exit-Code 1; dann wird nichts importiert,
                                 außer mit --apply-valid. Ein vom Cockpit entferntes Geheimnis
                                 wird als fehlend gemeldet; eines, das eine Datei enthält,
                                 kommt in den Schlüsselbund des Systems (Exit-Code 2, wenn es
                                 keinen gibt)
  destinations export NAME... [--format properties|json] [-o FILE|DIR]
                                 Dateien, die das Cockpit importiert, Geheimnisse als sein
                                 Platzhalter &quot;removed&quot;; mehrere Ziele: je eine Datei in DIR
  credentials create NAME --kind user|oauth2|secure-parameter [--secret] [--description D]
                 user: [--type default|successfactors|openconnectors] [--user U] [--company-id C]
                 oauth2: --token-url URL --client-id ID [--client-authentication body|header]
                 [--scope S] [--scope-content-type urlencoded|json] [--resource R]
                 [--audience A] [--param KEY=VALUE[@url|@body]]...
                                 Benutzeranmeldedaten, OAuth2-Client-Anmeldedaten oder einen
                                 sicheren Parameter von Cloud Integration als einen rückgängig
                                 zu machenden Schritt anlegen; --secret liest das Passwort, das
                                 Client-Secret oder den Wert von der Standardeingabe (eine
                                 Zeile, an einem Terminal ohne Echo) in den Schlüsselbund des
                                 Systems (Exit-Code 2, wenn es keinen gibt), wo es wartet, bis
                                 push es sendet; Geheimnisse stehen nie auf der Kommandozeile
  credentials edit NAME [--secret] [die Optionen oben außer --kind] [--clear-params]
                                 ohne --secret bleibt das Geheimnis, wie es ist
  credentials delete NAME        (das Geheimnis im Schlüsselbund bleibt für das
                                 Rückgängigmachen)
</translation>
    </message>
    <message>
        <source>  profile add NAME --service-key FILE [--service-key FILE]... [--ca-file F]
                 [--pin-sha256 HEX] [--replace]
                                 a remote tenant profile from BTP service keys (Cloud
                                 Integration plan api, Destination service, XSUAA plan
                                 apiaccess; JSON as the cockpit gives them, https only): the
                                 client secrets go to the system keychain (exit 2 when there
                                 is none), the rest to the settings; a later key of a service
                                 replaces an earlier one; an existing NAME needs --replace.
                                 --ca-file: a PEM CA bundle trusted instead of the system&apos;s;
                                 --pin-sha256: the server certificate&apos;s SHA-256
  profile list                   profiles with their services (secrets are never printed)
  profile show NAME              a profile&apos;s token URLs, API roots and client ids
  profile remove NAME            a profile and its client secrets
  pull --tenant PROFILE          copy the profile&apos;s remote tenant into its local replica
                                 (created on first pull; entities with pending changes keep
                                 them, a remote change of one is recorded as a conflict)
  push --tenant PROFILE [--dry-run]
                                 send the replica&apos;s pending changes to the remote tenant; one
                                 the remote changed since the pull is a conflict, recorded and
                                 left pending (exit 1); --dry-run changes nothing anywhere.
                                 Credential secrets typed offline go from the keychain and
                                 leave it once the remote has them
  resolve --tenant PROFILE --keep-mine|--take-theirs RESOURCE KEY
                                 end a push conflict (&apos;status&apos; lists them): keep mine sends the
                                 pending changes over the remote&apos;s at the next push, take
                                 theirs discards them and takes the remote&apos;s
  status [--tenant PROFILE|PATH] a tenant&apos;s last pull time, pending changes and push
                                 conflicts (exit 1 when there are conflicts)
</source>
        <translation>  profile add NAME --service-key FILE [--service-key FILE]... [--ca-file F]
                 [--pin-sha256 HEX] [--replace]
                                 ein Profil eines entfernten Tenants aus BTP-Service-Keys (Cloud
                                 Integration Plan api, Destination-Service, XSUAA Plan
                                 apiaccess; JSON, wie das Cockpit sie gibt, nur https): die
                                 Client-Secrets kommen in den Schlüsselbund des Systems
                                 (Exit-Code 2, wenn es keinen gibt), der Rest in die
                                 Einstellungen; ein späterer Key eines Service ersetzt einen
                                 früheren; ein vorhandener NAME braucht --replace.
                                 --ca-file: ein PEM-CA-Bündel, dem statt dem des Systems
                                 vertraut wird; --pin-sha256: der SHA-256 des
                                 Serverzertifikats
  profile list                   Profile mit ihren Services (Geheimnisse werden nie ausgegeben)
  profile show NAME              Token-URLs, API-Wurzeln und Client-IDs eines Profils
  profile remove NAME            ein Profil und seine Client-Secrets
  pull --tenant PROFILE          den entfernten Tenant des Profils in sein lokales Replikat
                                 kopieren (beim ersten Pull angelegt; Entitäten mit
                                 ausstehenden Änderungen behalten sie, eine entfernte Änderung
                                 einer davon wird als Konflikt festgehalten)
  push --tenant PROFILE [--dry-run]
                                 die ausstehenden Änderungen des Replikats an den entfernten
                                 Tenant senden; eine, die der entfernte Tenant seit dem Pull
                                 geändert hat, ist ein Konflikt, wird festgehalten und bleibt
                                 ausstehend (Exit-Code 1); --dry-run ändert nirgends etwas.
                                 Offline eingegebene Geheimnisse von Anmeldedaten werden aus dem
                                 Schlüsselbund gesendet und verlassen ihn, sobald der entfernte
                                 Tenant sie hat
  resolve --tenant PROFILE --keep-mine|--take-theirs RESOURCE KEY
                                 einen Push-Konflikt beenden (&apos;status&apos; listet sie): keep mine
                                 sendet die ausstehenden Änderungen beim nächsten Push über die
                                 entfernten, take theirs verwirft sie und übernimmt die
                                 entfernten
  status [--tenant PROFILE|PATH] letzter Pull eines Tenants, ausstehende Änderungen und
                                 Push-Konflikte (Exit-Code 1, wenn es Konflikte gibt)
</translation>
    </message>
    <message>
        <source>unknown command &apos;pgp %1&apos; (expected: pgp inspect|list|import|remove|export)</source>
        <translation>unbekannter Befehl &apos;pgp %1&apos; (erwartet: pgp inspect|list|import|remove|export)</translation>
    </message>
    <message>
        <source>--keystore: &apos;%1&apos; is not a keystore to import into (expected: %2 or %3)</source>
        <translation>--keystore: in &apos;%1&apos; kann nicht importiert werden (erwartet: %2 oder %3)</translation>
    </message>
    <message>
        <source>keystore generate needs --subject &quot;CN=...,O=...,C=..&quot;</source>
        <translation>keystore generate braucht --subject &quot;CN=...,O=...,C=..&quot;</translation>
    </message>
    <message>
        <source>--key: unknown key type &apos;%1&apos; (expected: rsa2048, rsa3072, rsa4096, ec-p256, ec-p384, ec-p521, ed25519)</source>
        <translation>--key: unbekannter Schlüsseltyp &apos;%1&apos; (erwartet: rsa2048, rsa3072, rsa4096, ec-p256, ec-p384, ec-p521, ed25519)</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a positive whole number of days</source>
        <translation>--days: &apos;%1&apos; ist keine positive ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>--keystore: cannot generate a key pair in &apos;%1&apos; (expected: %2 or %3)</source>
        <translation>--keystore: in &apos;%1&apos; kann kein Schlüsselpaar erzeugt werden (erwartet: %2 oder %3)</translation>
    </message>
    <message>
        <source>--subject needs a distinguished name such as &quot;CN=host,O=Acme,C=DE&quot;</source>
        <translation>--subject braucht einen DN wie &quot;CN=host,O=Acme,C=DE&quot;</translation>
    </message>
    <message>
        <source>%1: &apos;%1&apos; is a %2, not a key pair: there is no key to sign a request with</source>
        <translation>%1: &apos;%1&apos; ist vom Typ %2, kein Schlüsselpaar: es gibt keinen Schlüssel, mit dem eine Anfrage signiert werden kann</translation>
    </message>
    <message>
        <source>%1: the password file is empty; a private key is only exported encrypted</source>
        <translation>%1: die Passwortdatei ist leer; ein privater Schlüssel wird nur verschlüsselt exportiert</translation>
    </message>
    <message>
        <source>no system keychain answered (%1); the private key of &apos;%2&apos; could not be kept, so nothing was changed</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet (%1); der private Schlüssel von &apos;%2&apos; konnte nicht aufbewahrt werden, daher wurde nichts geändert</translation>
    </message>
    <message>
        <source>the private key of &apos;%1&apos; is not available: no system keychain answered (%2)</source>
        <translation>der private Schlüssel von &apos;%1&apos; ist nicht verfügbar: kein Schlüsselbund des Systems hat geantwortet (%2)</translation>
    </message>
    <message>
        <source>unknown command &apos;users %1&apos; (expected: list, show, create, delete, export, import-assignments)</source>
        <translation>unbekannter Befehl &apos;users %1&apos; (erwartet: list, show, create, delete, export, import-assignments)</translation>
    </message>
    <message>
        <source>unknown command &apos;identity-providers %1&apos; (expected: list)</source>
        <translation>unbekannter Befehl &apos;identity-providers %1&apos; (erwartet: list)</translation>
    </message>
    <message>
        <source>the secrets of the credentials to push could not be read from the keychain: %1</source>
        <translation>die Geheimnisse der zu sendenden Anmeldedaten konnten nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>warning: a pushed secret stays in the keychain: %1</source>
        <translation>Warnung: ein gesendetes Geheimnis bleibt im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>%1 needs a LINE (quoted)</source>
        <translation>%1 braucht eine LINE (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>%1 needs a HOST or KEY</source>
        <translation>%1 braucht einen HOST oder KEY</translation>
    </message>
    <message>
        <source>%1 needs a KEY ID or FINGERPRINT</source>
        <translation>%1 braucht eine KEY ID oder einen FINGERPRINT</translation>
    </message>
    <message>
        <source>the secret keyring file %1 is not in this keychain: %2</source>
        <translation>die geheime Schlüsselringdatei %1 ist nicht in diesem Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>user credentials</source>
        <translation>Benutzeranmeldedaten</translation>
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
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>value</source>
        <comment>of a secure parameter</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>user credential &apos;%1&apos;</source>
        <translation>Benutzeranmeldedaten &apos;%1&apos;</translation>
    </message>
    <message>
        <source>OAuth2 client credential &apos;%1&apos;</source>
        <translation>OAuth2-Client-Anmeldedaten &apos;%1&apos;</translation>
    </message>
    <message>
        <source>secure parameter &apos;%1&apos;</source>
        <translation>sicherer Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not an option of %2</source>
        <translation>%1 ist keine Option für %2</translation>
    </message>
    <message>
        <source>--param %1: expected KEY=VALUE, optionally ending in @url or @body</source>
        <translation>--param %1: erwartet KEY=VALUE, optional mit @url oder @body am Ende</translation>
    </message>
    <message>
        <source>no system keychain answered (%1); the %2 of %3 could not be kept, so nothing was changed</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet (%1); %3: das Geheimnis (%2) konnte nicht aufbewahrt werden, daher wurde nichts geändert</translation>
    </message>
    <message>
        <source>the %1 of %2 could not be kept: %3; nothing was changed</source>
        <translation>%2: das Geheimnis (%1) konnte nicht aufbewahrt werden: %3; nichts wurde geändert</translation>
    </message>
    <message>
        <source>credentials create needs --kind user|oauth2|secure-parameter</source>
        <translation>credentials create braucht --kind user|oauth2|secure-parameter</translation>
    </message>
    <message>
        <source>Note: %1 has no %2 yet; a push refuses it until one is given with &apos;credentials edit %3 --secret&apos;.</source>
        <translation>Hinweis: %1: noch kein Geheimnis (%2) gesetzt; ein Push lehnt den Eintrag ab, bis es mit &apos;credentials edit %3 --secret&apos; angegeben ist.</translation>
    </message>
    <message>
        <source>credentials edit needs what to change (--secret, --description, …)</source>
        <translation>credentials edit braucht, was zu ändern ist (--secret, --description, …)</translation>
    </message>
    <message>
        <source>no credential or secure parameter &apos;%1&apos;</source>
        <translation>es gibt keine Anmeldedaten und keinen sicheren Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>nothing was %1</comment>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>unknown credentials command &apos;%1&apos; (expected: create, edit, delete)</source>
        <translation>unbekannter credentials-Befehl &apos;%1&apos; (erwartet: create, edit, delete)</translation>
    </message>
    <message>
        <source>a FILE</source>
        <translation>eine FILE</translation>
    </message>
    <message>
        <source>an ALIAS</source>
        <translation>einen ALIAS</translation>
    </message>
    <message>
        <source>an ALIAS and a FILE</source>
        <translation>einen ALIAS und eine FILE</translation>
    </message>
    <message>
        <source>an ALIAS and a NEW alias</source>
        <translation>einen ALIAS und einen NEW-Alias</translation>
    </message>
    <message>
        <source>an ALIAS (of the KeyRenewal keystore)</source>
        <translation>einen ALIAS (des Keystores KeyRenewal)</translation>
    </message>
    <message>
        <source>a HISTORY_ALIAS (of the KeyHistory keystore)</source>
        <translation>einen HISTORY_ALIAS (des Keystores KeyHistory)</translation>
    </message>
    <message>
        <source>a USER (id or user name)</source>
        <translation>einen USER (ID oder Benutzername)</translation>
    </message>
    <message>
        <source>a USERNAME</source>
        <translation>einen USERNAME</translation>
    </message>
    <message>
        <source>a FILE (CSV)</source>
        <translation>eine FILE (CSV)</translation>
    </message>
    <message>
        <source>a NAME</source>
        <translation>einen NAME</translation>
    </message>
    <message>
        <source>RESOURCE KEY</source>
        <translation>RESOURCE KEY</translation>
    </message>
    <message>
        <source>two tenants, A and B</source>
        <translation>zwei Tenants, A und B</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Angelegt: %1</translation>
    </message>
    <message>
        <source>cannot open the password file: %1</source>
        <translation>die Passwortdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>die Passwortdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing expires within 1 day.</source>
        <translation>Nichts läuft innerhalb von 1 Tag ab.</translation>
    </message>
    <message>
        <source>Nothing expires within %1 days.</source>
        <translation>Nichts läuft innerhalb von %1 Tagen ab.</translation>
    </message>
    <message>
        <source>No keystore entry expires within 1 day.</source>
        <translation>Kein Keystore-Eintrag läuft innerhalb von 1 Tag ab.</translation>
    </message>
    <message>
        <source>No keystore entry expires within %1 days.</source>
        <translation>Kein Keystore-Eintrag läuft innerhalb von %1 Tagen ab.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Generate key pair &apos;%1&apos;</source>
        <translation>Schlüsselpaar &apos;%1&apos; erzeugen</translation>
    </message>
    <message>
        <source>Update &apos;%1&apos; with its signed chain</source>
        <translation>&apos;%1&apos; mit seiner signierten Kette aktualisieren</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; umbenennen</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;</source>
        <translation>&apos;%1&apos; löschen</translation>
    </message>
    <message>
        <source>Delete %1 keystore entries</source>
        <translation>%1 Keystore-Einträge löschen</translation>
    </message>
    <message>
        <source>Renew the key pair &apos;%1&apos; (new key in %2)</source>
        <translation>Schlüsselpaar &apos;%1&apos; erneuern (neuer Schlüssel in %2)</translation>
    </message>
    <message>
        <source>Activate the renewed key pair &apos;%1&apos;</source>
        <translation>Erneuertes Schlüsselpaar &apos;%1&apos; aktivieren</translation>
    </message>
    <message>
        <source>Roll back to &apos;%1&apos;</source>
        <translation>Auf &apos;%1&apos; zurücksetzen</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>kein Geheimnisspeicher</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Last logon</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>IdP groups</source>
        <translation>IdP-Gruppen</translation>
    </message>
    <message>
        <source>Role collections: none</source>
        <translation>Rollensammlungen: keine</translation>
    </message>
    <message>
        <source>Role collections:</source>
        <translation>Rollensammlungen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Create user &apos;%1&apos; (%2)</source>
        <translation>Benutzer &apos;%1&apos; (%2) anlegen</translation>
    </message>
    <message>
        <source>Delete user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos; löschen</translation>
    </message>
    <message>
        <source>Delete %1 users</source>
        <translation>%1 Benutzer löschen</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Nothing was changed because of the problems above: correct those lines and import again, or add --apply-valid to apply the valid lines only.</source>
        <translation>Wegen der Probleme oben wurde nichts geändert: diese Zeilen korrigieren und erneut importieren, oder --apply-valid angeben, um nur die gültigen Zeilen anzuwenden.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>yes (predefined by SAP)</source>
        <translation>ja (von SAP vordefiniert)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(template not in the catalogue)</source>
        <translation>(Vorlage nicht im Katalog)</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Mappings:</source>
        <translation>Zuordnungen:</translation>
    </message>
    <message>
        <source>Create role collection &apos;%1&apos;</source>
        <translation>Rollensammlung &apos;%1&apos; anlegen</translation>
    </message>
    <message>
        <source>Delete role collection &apos;%1&apos;</source>
        <translation>Rollensammlung &apos;%1&apos; löschen</translation>
    </message>
    <message>
        <source>Delete %1 role collections</source>
        <translation>%1 Rollensammlungen löschen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Wrote 1 role collection to %1.</source>
        <translation>1 Rollensammlung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 role collections to %2.</source>
        <translation>%1 Rollensammlungen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Nobody can %1 (%2).</source>
        <translation>Niemand hat die Aufgabe „%1“ (%2).</translation>
    </message>
    <message>
        <source>no role collections: no access</source>
        <translation>keine Rollensammlungen: kein Zugriff</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>(template %1)</source>
        <translation>(Vorlage %1)</translation>
    </message>
    <message>
        <source>(template not in the catalogue: tasks unknown)</source>
        <translation>(Vorlage nicht im Katalog: Aufgaben unbekannt)</translation>
    </message>
    <message>
        <source>Nothing was changed because of the problems above: correct those files and import again, or add --apply-valid to import the valid destinations only.</source>
        <translation>Wegen der Probleme oben wurde nichts geändert: diese Dateien korrigieren und erneut importieren, oder --apply-valid angeben, um nur die gültigen Ziele zu importieren.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>(secret: set)</source>
        <translation>(Geheimnis: gesetzt)</translation>
    </message>
    <message>
        <source>(secret: missing)</source>
        <translation>(Geheimnis: fehlt)</translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation>gesetzt: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Zertifikate:</translation>
    </message>
    <message>
        <source>Create destination &apos;%1&apos;</source>
        <translation>Ziel &apos;%1&apos; anlegen</translation>
    </message>
    <message>
        <source>Kept %1 of &apos;%2&apos; in the keychain; no property changed.</source>
        <translation>%1 von &apos;%2&apos; im Schlüsselbund aufbewahrt; keine Eigenschaft geändert.</translation>
    </message>
    <message>
        <source>Update destination &apos;%1&apos;</source>
        <translation>Ziel &apos;%1&apos; ändern</translation>
    </message>
    <message>
        <source>Delete destination &apos;%1&apos;</source>
        <translation>Ziel &apos;%1&apos; löschen</translation>
    </message>
    <message>
        <source>Delete %1 destinations</source>
        <translation>%1 Ziele löschen</translation>
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
        <source>not on this machine (only its public nodes are known)</source>
        <translation>nicht auf diesem Rechner (nur seine öffentlichen Knoten sind bekannt)</translation>
    </message>
    <message>
        <source>in the keychain of the machine that imported it</source>
        <translation>im Schlüsselbund des Rechners, der ihn importiert hat</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Used by no destination.</source>
        <translation>Von keinem Ziel verwendet.</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>is too large for a certificate file</source>
        <translation>ist zu groß für eine Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Nothing was changed because of the problems above.</source>
        <translation>Wegen der Probleme oben wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Delete destination certificate &apos;%1&apos;</source>
        <translation>Zielzertifikat &apos;%1&apos; löschen</translation>
    </message>
    <message>
        <source>Delete %1 destination certificates</source>
        <translation>%1 Zielzertifikate löschen</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>- (system CAs only)</source>
        <translation>- (nur die CAs des Systems)</translation>
    </message>
    <message>
        <source>Pinned SHA-256</source>
        <translation>Fixierter SHA-256</translation>
    </message>
    <message>
        <source>Client secrets: in the system keychain under profile/%1/&lt;service&gt;/clientSecret (never shown)</source>
        <translation>Client-Secrets: im Schlüsselbund des Systems unter profile/%1/&lt;service&gt;/clientSecret (nie angezeigt)</translation>
    </message>
    <message>
        <source>(give --replace to replace it)</source>
        <translation>(--replace angeben, um es zu ersetzen)</translation>
    </message>
    <message>
        <source>Added profile %1 (%2)</source>
        <translation>Profil %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>No profiles. Add one with: gatehouse-cli profile add NAME --service-key FILE</source>
        <translation>Keine Profile. Eines hinzufügen mit: gatehouse-cli profile add NAME --service-key FILE</translation>
    </message>
    <message>
        <source>Removed profile %1 and its client secrets</source>
        <translation>Profil %1 und seine Client-Secrets entfernt</translation>
    </message>
    <message>
        <source>no settings to keep profiles in</source>
        <translation>keine Einstellungen, in denen Profile aufbewahrt werden können</translation>
    </message>
    <message>
        <source>Pulling profile %1 into %2</source>
        <translation>Profil %1 wird nach %2 abgerufen</translation>
    </message>
    <message>
        <source>Kept %1 entities with pending changes; %2 changed on the remote meanwhile (conflicts: see &apos;gatehouse-cli status&apos;).</source>
        <translation>%1 Objekte mit ausstehenden Änderungen behalten; %2 wurden inzwischen entfernt geändert (Konflikte: siehe &apos;gatehouse-cli status&apos;).</translation>
    </message>
    <message>
        <source>Done: profile %1 pulled.</source>
        <translation>Erledigt: Profil %1 abgerufen.</translation>
    </message>
    <message>
        <source>Nothing to push.</source>
        <translation>Nichts zu übertragen.</translation>
    </message>
    <message>
        <source>Dry run: %1 change(s) would be sent, %2 conflict(s); nothing was changed.</source>
        <translation>Probelauf: %1 Änderung(en) würden gesendet, %2 Konflikt(e); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Pushed %1 of %2 change(s), %3 conflict(s).</source>
        <translation>%1 von %2 Änderung(en) übertragen, %3 Konflikt(e).</translation>
    </message>
    <message>
        <source>See &apos;gatehouse-cli status --tenant %1&apos; for the conflicts.</source>
        <translation>Die Konflikte zeigt &apos;gatehouse-cli status --tenant %1&apos;.</translation>
    </message>
    <message>
        <source>Resolved %1 &apos;%2&apos;: its pending changes are sent over the remote&apos;s at the next push.</source>
        <translation>%1 &apos;%2&apos; gelöst: die ausstehenden Änderungen überschreiben beim nächsten Push die entfernten.</translation>
    </message>
    <message>
        <source>Resolved %1 &apos;%2&apos;: its pending changes are discarded, the replica has the remote&apos;s.</source>
        <translation>%1 &apos;%2&apos; gelöst: die ausstehenden Änderungen sind verworfen, das Replikat hat den entfernten Stand.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Replica of</source>
        <translation>Replikat von</translation>
    </message>
    <message>
        <source>- (not a replica)</source>
        <translation>- (kein Replikat)</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>The remote changed these since the pull; their pending changes were not pushed.</source>
        <translation>Diese wurden seit dem Abruf entfernt geändert; ihre ausstehenden Änderungen wurden nicht übertragen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>The tenants do not differ.</source>
        <translation>Die Tenants unterscheiden sich nicht.</translation>
    </message>
    <message>
        <source>(only in A)</source>
        <translation>(nur in A)</translation>
    </message>
    <message>
        <source>(only in B)</source>
        <translation>(nur in B)</translation>
    </message>
    <message>
        <source>1 difference (- only in A, + only in B, ~ differs).</source>
        <translation>1 Unterschied (- nur in A, + nur in B, ~ abweichend).</translation>
    </message>
    <message>
        <source>%1 differences (- only in A, + only in B, ~ differs).</source>
        <translation>%1 Unterschiede (- nur in A, + nur in B, ~ abweichend).</translation>
    </message>
    <message>
        <source>note: not compared, as a profile&apos;s replica does not hold them yet: %1</source>
        <translation>Hinweis: nicht verglichen, da das Replikat eines Profils sie noch nicht enthält: %1</translation>
    </message>
    <message>
        <source>Secrets set in A: %1</source>
        <translation>In A gesetzte Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Done: %1 (pending in B; undo there).</source>
        <translation>Erledigt: %1 (ausstehend in B; dort rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Dry run: nothing was copied.</source>
        <translation>Probelauf: nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>Nothing to copy: B already has the same.</source>
        <translation>Nichts zu kopieren: B hat bereits dasselbe.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Warning: there is no %1 &apos;%2&apos;: the destinations below name something that is not there.</source>
        <translation>Warnung: %1 &apos;%2&apos; gibt es nicht: die Ziele unten nennen etwas, das nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>No destination uses the %1 &apos;%2&apos;.</source>
        <translation>Kein Ziel verwendet %1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Warning: there is no role &apos;%1&apos;: the role collections below hold something that is not there.</source>
        <translation>Warnung: die Rolle &apos;%1&apos; gibt es nicht: die Rollensammlungen unten enthalten etwas, das nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>No role collection holds the role &apos;%1&apos;.</source>
        <translation>Keine Rollensammlung enthält die Rolle &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The destination &apos;%1&apos; names no certificate or keystore entry.</source>
        <translation>Das Ziel &apos;%1&apos; nennt kein Zertifikat und keinen Keystore-Eintrag.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Warning: 1 reference names nothing in this tenant.</source>
        <translation>Warnung: 1 Verweis nennt nichts in diesem Tenant.</translation>
    </message>
    <message>
        <source>Warning: %1 references name nothing in this tenant.</source>
        <translation>Warnung: %1 Verweise nennen nichts in diesem Tenant.</translation>
    </message>
    <message>
        <source>Nothing to import: %1.</source>
        <translation>Nichts zu importieren: %1.</translation>
    </message>
    <message>
        <source>Add known host</source>
        <translation>Bekannten Host hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 known host(s)</source>
        <translation>%1 bekannte(n) Host(s) entfernen</translation>
    </message>
    <message>
        <source>the private keys, secret keyrings and keystore files being copied need the keychain: %1; nothing was copied</source>
        <translation>die zu kopierenden privaten Schlüssel, geheimen Schlüsselringe und Keystore-Dateien brauchen den Schlüsselbund: %1; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>Remove %1 PGP key(s)</source>
        <translation>%1 PGP-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>  diff A B [--kind K]...         what differs between two tenants (files or profile names, as
                                 --tenant takes them): users and their role collections, role
                                 collections, custom roles, destinations (secrets only as set or
                                 missing), destination certificates, keystore entries,
                                 credentials and secure parameters (metadata only), identity
                                 providers, known hosts, PGP keys; &apos;-&apos; only in A, &apos;+&apos; only in
                                 B, &apos;~&apos; differs. --kind
                                 (repeatable or comma-separated): users, role-collections,
                                 roles, destinations, destination-certificates, keystore,
                                 identity-providers, user-credentials,
                                 oauth2-client-credentials, secure-parameters, known-hosts,
                                 pgp-keys. Exit code 0 when
                                 they are equal, 1 when they differ
  copy A B ITEM... [--secret NAME/KEY]... [--dry-run]
                                 copy items (ITEM: destination:NAME, role-collection:NAME,
                                 destination-certificate:NAME, keystore:[KEYSTORE/]ALIAS,
                                 known-host:HOST, pgp:FINGERPRINT, user-credential:NAME,
                                 oauth2-client-credential:NAME, secure-parameter:NAME)
                                 from tenant A into B&apos;s pending changes as one undoable step.
                                 Role collections without their users; a role B lacks refuses
                                 the copy. A secret A has set is copied from the keychain; one
                                 it does not hold comes from standard input with --secret
                                 NAME/KEY (one line each; a credential&apos;s KEY is Password,
                                 ClientSecret or SecureParam), or B keeps its own; otherwise
                                 nothing is copied (exit 1). A key pair&apos;s private key, a
                                 secret PGP keyring and a destination keystore&apos;s file go from
                                 A&apos;s keychain items to B&apos;s, never through a file
</source>
        <translation>  diff A B [--kind K]...         was sich zwischen zwei Tenants unterscheidet (Dateien oder
                                 Profilnamen, wie --tenant sie nimmt): Benutzer und ihre
                                 Rollensammlungen, Rollensammlungen, eigene Rollen, Ziele
                                 (Geheimnisse nur als gesetzt oder fehlend), Zielzertifikate,
                                 Keystore-Einträge, Anmeldedaten und sichere Parameter (nur
                                 Metadaten), Identity Provider, bekannte Hosts, PGP-Schlüssel;
                                 &apos;-&apos; nur in A, &apos;+&apos; nur in B, &apos;~&apos; unterscheidet sich. --kind
                                 (wiederholbar oder durch Kommas getrennt): users,
                                 role-collections, roles, destinations,
                                 destination-certificates, keystore, identity-providers,
                                 user-credentials, oauth2-client-credentials,
                                 secure-parameters, known-hosts, pgp-keys. Exit-Code 0, wenn
                                 sie gleich sind, 1, wenn sie sich unterscheiden
  copy A B ITEM... [--secret NAME/KEY]... [--dry-run]
                                 Elemente (ITEM: destination:NAME, role-collection:NAME,
                                 destination-certificate:NAME, keystore:[KEYSTORE/]ALIAS,
                                 known-host:HOST, pgp:FINGERPRINT, user-credential:NAME,
                                 oauth2-client-credential:NAME, secure-parameter:NAME)
                                 aus Tenant A in die ausstehenden Änderungen von B kopieren,
                                 als ein rückgängig zu machender Schritt. Rollensammlungen
                                 ohne ihre Benutzer; eine Rolle, die B fehlt, lehnt die Kopie
                                 ab. Ein Geheimnis, das A gesetzt hat, wird aus dem
                                 Schlüsselbund kopiert; eines, das es nicht hält, kommt mit
                                 --secret NAME/KEY von der Standardeingabe (je eine Zeile;
                                 KEY einer Anmeldung ist Password, ClientSecret oder
                                 SecureParam), oder B behält sein eigenes; sonst wird nichts kopiert
                                 (Exit-Code 1). Der private Schlüssel eines Schlüsselpaars, ein
                                 geheimer PGP-Schlüsselring und die Datei eines Ziel-Keystores
                                 gehen von den Einträgen im Schlüsselbund für A zu denen für B,
                                 nie über eine Datei
</translation>
    </message>
    <message>
        <source>--secret %1: not a secret the copied destinations or credentials have set in A (give it as NAME/KEY)</source>
        <translation>--secret %1: kein Geheimnis, das die kopierten Ziele oder Anmeldedaten in A gesetzt haben (als NAME/KEY angeben)</translation>
    </message>
    <message>
        <source>--secret %1: a destination and a credential of that name are both copied; copy them one at a time</source>
        <translation>--secret %1: ein Ziel und Anmeldedaten dieses Namens werden beide kopiert; sie einzeln kopieren</translation>
    </message>
    <message>
        <source>%1: the secret %2 is set in A, but %3; give it with --secret %4 (one line on standard input)</source>
        <translation>%1: das Geheimnis %2 ist in A gesetzt, aber %3; mit --secret %4 angeben (eine Zeile auf der Standardeingabe)</translation>
    </message>
    <message>
        <source>copy needs the tenants A and B and at least one ITEM (destination:NAME, role-collection:NAME, destination-certificate:NAME, keystore:ALIAS, known-host:HOST, pgp:FINGERPRINT, user-credential:NAME, oauth2-client-credential:NAME, secure-parameter:NAME)</source>
        <translation>copy braucht die Tenants A und B und mindestens ein ITEM (destination:NAME, role-collection:NAME, destination-certificate:NAME, keystore:ALIAS, known-host:HOST, pgp:FINGERPRINT, user-credential:NAME, oauth2-client-credential:NAME, secure-parameter:NAME)</translation>
    </message>
    <message>
        <source>the credentials&apos; secrets could not be kept in the keychain: %1; nothing was copied</source>
        <translation>die Geheimnisse der Anmeldedaten konnten nicht im Schlüsselbund abgelegt werden: %1; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>a known_hosts file</source>
        <translation>eine known_hosts-Datei</translation>
    </message>
    <message>
        <source>a PGP keyring</source>
        <translation>einen PGP-Schlüsselbund</translation>
    </message>
    <message>
        <source>a destination file</source>
        <translation>eine Zieldatei</translation>
    </message>
    <message>
        <source>a certificate or key store file</source>
        <translation>eine Zertifikats- oder Schlüsselspeicherdatei</translation>
    </message>
</context>
</TS>
