#include "app/cli/Cli.h"

#include "app/cli/Commands.h"
#include "app/cli/DestinationCertificateCommands.h"
#include "app/client/TenantLocation.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/workspace/Pull.h"
#include "app/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>

namespace gh::cli {

namespace {

// The help, in parts that translate on their own (gatehouse-cli_de.ts): the introduction, one
// part per group of commands, then the notes (each after a blank line). The command lines stay
// as typed; only what they do is translated.
const char* const kHelpCommands[] = {
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "Usage: gatehouse-cli [--tenant PATH|PROFILE] [--json] RESOURCE VERB [ARGS]\n"
        "\n"
        "The command-line side of Gatehouse, over the same client layer as the cockpit.\n"
        "Without --tenant it works on the demo tenant in the user's data folder (created on first use).\n"
        "\n"
        "Commands:\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  users list [--origin IDP] [--role-collection NAME] [--inactive-days N]\n"
        "                                 users with their identity provider and direct role\n"
        "                                 collections; --inactive-days N: the stale users (no logon\n"
        "                                 for more than N days, or never)\n"
        "  identity-providers list        trust configurations with their users and the role\n"
        "                                 collections that map their groups or attributes\n"
        "  users show USER [--origin IDP] a user (id or user name) with its role collections, how each\n"
        "                                 is obtained (direct, IdP group, attribute) and warnings\n"
        "  users create USERNAME [--origin IDP] [--email E] [--given-name G] [--family-name F]\n"
        "                                 a shadow user (default identity provider: sap.default)\n"
        "  users delete USER... [--origin IDP]\n"
        "                                 users with their direct assignments (all or nothing)\n"
        "  users export [-o FILE]         users with their role collections as CSV, for audits\n"
        "  users import-assignments FILE [--dry-run] [--apply-valid]\n"
        "                                 assign and unassign from a CSV (columns UserName or Email,\n"
        "                                 Origin, RoleCollection, Action assign|unassign): prints the\n"
        "                                 plan, then applies it as one step unless --dry-run. Lines with\n"
        "                                 problems give exit code 1 and nothing is applied, unless\n"
        "                                 --apply-valid applies the valid lines\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  role-collections list          role collections with their roles, users and mappings\n"
        "  role-collections show NAME     roles with the tasks they grant, users by how they hold it,\n"
        "                                 IdP mappings\n"
        "  role-collections create NAME [--description D]\n"
        "  role-collections delete NAME...   (predefined collections are refused)\n"
        "  role-collections assign NAME USER... [--origin IDP]\n"
        "  role-collections unassign NAME USER... [--origin IDP]\n"
        "  role-collections add-role NAME APPID/TEMPLATE/ROLE...\n"
        "  role-collections remove-role NAME APPID/TEMPLATE/ROLE...\n"
        "  role-collections export [NAME...] [-o FILE]\n"
        "                                 role collections as JSON in the XSUAA API's form\n"
        "  access who-can TASK            everyone who can perform a catalogue task, and through which\n"
        "                                 role collection and role (TASK: an id, a label or a prefix)\n"
        "  access of USER [--origin IDP]  a user's role collections, roles and the tasks they grant\n"
        "  access tasks                   the catalogue's tasks\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  destinations list              destinations (secret values are never printed)\n"
        "  destinations show NAME [--format properties|json]\n"
        "                                 every property (secrets only as set or missing) and the\n"
        "                                 certificates it names; --format: the cockpit's file instead\n"
        "  destinations create NAME --type HTTP|RFC|MAIL|LDAP|TCP [--url U] [--auth A]\n"
        "                 [--proxy-type P] [--description D] [--set KEY=VALUE]... [--secret KEY]...\n"
        "                                 a validated destination; each --secret KEY (Password,\n"
        "                                 clientSecret …) reads its value from standard input, one line\n"
        "                                 per --secret in order, into the system keychain (exit 2 when\n"
        "                                 there is none); secrets are never given on the command line\n"
        "  destinations update NAME [--set KEY=VALUE]... [--unset KEY]... [--secret KEY]... [--url U]\n"
        "                 [--auth A] [--proxy-type P] [--description D]\n"
        "  destinations delete NAME...    (all or nothing; their keychain secrets stay for undo)\n"
        "  destinations import FILE... [--dry-run] [--apply-valid]\n"
        "                                 the BTP cockpit's export files (.properties or JSON, one\n"
        "                                 destination or an array): prints the plan (add, replace,\n"
        "                                 unchanged, refused) and imports it as one undoable step.\n"
        "                                 Problems name the file and line and give exit code 1;\n"
        "                                 nothing is imported then unless --apply-valid. A secret the\n"
        "                                 cockpit stripped is reported missing; one a file carries\n"
        "                                 goes to the system keychain (exit 2 when there is none)\n"
        "  destinations export NAME... [--format properties|json] [-o FILE|DIR]\n"
        "                                 files the cockpit imports, secrets as its \"removed\"\n"
        "                                 placeholder; several destinations: one file each in DIR\n"
        "  credentials create NAME --kind user|oauth2|secure-parameter [--secret] [--description D]\n"
        "                 user: [--type default|successfactors|openconnectors] [--user U] [--company-id C]\n"
        "                 oauth2: --token-url URL --client-id ID [--client-authentication body|header]\n"
        "                 [--scope S] [--scope-content-type urlencoded|json] [--resource R]\n"
        "                 [--audience A] [--param KEY=VALUE[@url|@body]]...\n"
        "                                 a Cloud Integration user credential, OAuth2 client credential\n"
        "                                 or secure parameter as one undoable step; --secret reads the\n"
        "                                 password, client secret or value from standard input (one\n"
        "                                 line, unechoed at a terminal) into the system keychain (exit 2\n"
        "                                 when there is none), where it waits until push sends it;\n"
        "                                 secrets are never given on the command line\n"
        "  credentials edit NAME [--secret] [the options above but --kind] [--clear-params]\n"
        "                                 without --secret the secret stays as it is\n"
        "  credentials delete NAME        (its keychain secret stays for undo)\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  destination-certificates list  the Destination service's certificates and keystores with\n"
        "                                 subject, expiry and how many destinations use each\n"
        "  destination-certificates show NAME\n"
        "                                 the certificates (and key, by algorithm only) of one, and the\n"
        "                                 destinations that name it\n"
        "  destination-certificates import FILE... [--name NAME] [--password-stdin|--password-file F]\n"
        "                 [--dry-run]     PEM, DER or PKCS#12 (.p12/.pfx) files as one step; a keystore's\n"
        "                                 file goes to the system keychain (exit 2 when there is none),\n"
        "                                 only its public certificates to the tenant. JKS is refused:\n"
        "                                 convert it with keytool -importkeystore -deststoretype PKCS12\n"
        "  destination-certificates export NAME [-o FILE]\n"
        "                                 the public certificates as PEM\n"
        "  destination-certificates delete NAME... [--force]\n"
        "                                 refused while destinations use them, unless --force\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  expiring --days N [--all] [--pgp FILE]...\n"
        "                                 what expires within N days (or has expired), soonest first:\n"
        "                                 every certificate of the keystore's chains, the destination\n"
        "                                 certificates, the tenant's PGP keys and those of keyrings\n"
        "                                 given with --pgp;\n"
        "                                 --all lists everything with its status. Exit code 1 when\n"
        "                                 anything is due, 0 when nothing, 2 for an unreadable keyring\n"
        "  where-used --certificate NAME | --alias ALIAS | --role APPID/TEMPLATE/ROLE\n"
        "                 | --destination NAME\n"
        "                                 the destinations that name a destination certificate or a\n"
        "                                 system keystore alias (KeyStoreLocation, TrustStoreLocation,\n"
        "                                 tokenService.KeyStoreLocation), the role collections that hold\n"
        "                                 a role, or what a destination names and whether it is there.\n"
        "                                 Exit code 1 when it is not there and nothing names it\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  keystore list                  keystore entries with validity and fingerprints\n"
        "  keystore expiring --days N     entries that expire within N days (or have expired), soonest\n"
        "                                 first; exit code 1 when there are any, 0 when none\n"
        "  keystore export ALIAS --format pem|der|p7b [-o FILE] [--keystore K]\n"
        "                                 the certificate (pem, der) or its chain (p7b: PKCS#7 DER) of\n"
        "                                 an entry (of the system keystore unless --keystore); binary\n"
        "                                 formats are written to standard output only when it is not a\n"
        "                                 terminal\n"
        "  keystore export ALIAS --format p12 --password-file F [-o FILE] [--compatible] [--keystore K]\n"
        "                                 a key pair whose private key Gatehouse holds (generated or\n"
        "                                 imported here) as PKCS#12 encrypted with the password in F\n"
        "                                 (AES-256; --compatible: 3DES for old Java and Windows)\n"
        "  keystore import FILE... [--alias A] [--password-file F] [--keystore system|KeyRenewal]\n"
        "                 [--dry-run]     certificates and PKCS#12 key pairs from PEM, DER, PKCS#7 or\n"
        "                                 PKCS#12 files: prints the plan (add, replace, unchanged,\n"
        "                                 refused) and applies it as one undoable step unless --dry-run.\n"
        "                                 Unreadable files are reported and give exit code 1\n"
        "  keystore generate ALIAS --subject DN [--key rsa2048|rsa3072|rsa4096|ec-p256|ec-p384|\n"
        "                 ec-p521|ed25519] [--days N] [--dns NAME]... [--keystore system|KeyRenewal]\n"
        "                                 a new key pair with a self-signed certificate (DN such as\n"
        "                                 \"CN=host,O=Acme,C=DE\"; default rsa2048, 365 days)\n"
        "  keystore csr ALIAS [-o FILE] [--keystore K]\n"
        "                                 a PKCS#10 signing request (PEM) for a key pair Gatehouse holds\n"
        "  keystore update-chain ALIAS FILE [--keystore K]\n"
        "                                 the key pair with the chain its CA signed (PEM, DER, PKCS#7)\n"
        "  keystore rename ALIAS NEW [--keystore K]\n"
        "  keystore delete ALIAS... [--keystore K]   (SAP-owned entries are refused)\n"
        "  keystore renew ALIAS           a new key pair for a system key pair, in KeyRenewal\n"
        "  keystore activate ALIAS        the KeyRenewal entry replaces the system one, which moves\n"
        "                                 to KeyHistory\n"
        "  keystore rollback HISTORY_ALIAS\n"
        "                                 a KeyHistory entry becomes the system entry again\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  cert inspect [--password-file F] FILE...\n"
        "                                 certificates in PEM, DER, PKCS#7 or PKCS#12 files (no tenant\n"
        "                                 needed); F holds the PKCS#12 password (one trailing newline\n"
        "                                 is ignored). Unreadable files are reported and give exit code 1\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  knownhosts inspect FILE        an OpenSSH known_hosts file (no tenant needed): marker, host\n"
        "                                 patterns (hashed ones as written), key type, bits and SHA-256\n"
        "                                 fingerprint as ssh-keygen -l prints them. Bad lines are listed\n"
        "                                 as FILE:LINE: problem and give exit code 1; the good entries\n"
        "                                 are still printed. An unreadable file gives exit code 2\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  pgp inspect FILE [--expect public|secret]\n"
        "                                 the keys of a PGP keyring (armored or binary; no tenant\n"
        "                                 needed), read by GnuPG in a throwaway home: key id, user IDs,\n"
        "                                 algorithm, created, expires, status Valid/Critical (within 14\n"
        "                                 days)/Expired. A bad, empty or wrong-kind keyring gives exit\n"
        "                                 code 1, an unreadable file exit code 2\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  knownhosts list                the tenant's known_hosts: marker, hosts (hashed ones shown as\n"
        "                                 such), key type, bits, SHA-256 fingerprint\n"
        "  knownhosts import FILE [--dry-run]\n"
        "                                 merges a known_hosts file into the tenant's as one undoable\n"
        "                                 step; any bad line refuses the file (FILE:LINE: problem)\n"
        "  knownhosts add LINE            one known_hosts line (quoted)\n"
        "  knownhosts remove HOST|KEY... [--dry-run]\n"
        "                                 the entries naming HOST (hashed ones too) or of that KEY\n"
        "  knownhosts export [-o FILE]    the tenant's known_hosts file\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  pgp list                       the tenant's PGP keys, public and secret keyring: key id,\n"
        "                                 user ID, algorithm, created, expires, status\n"
        "  pgp import FILE [--keyring public|secret] [--dry-run]\n"
        "                                 an armored or binary keyring into the tenant's public (default)\n"
        "                                 or secret keyring as one undoable step; a keyring of the other\n"
        "                                 kind, an empty, corrupt or truncated one is refused (exit 1).\n"
        "                                 A secret keyring's file goes to the system keychain (exit 2\n"
        "                                 when there is none), only its keys' metadata to the tenant\n"
        "  pgp remove KEYID|FINGERPRINT... [--dry-run]\n"
        "                                 keys of either keyring (a secret keyring file's keys together)\n"
        "  pgp export [--keyring public|secret] [--armor] [-o FILE]\n"
        "                                 the public keyring (binary, or armored), or the secret keyring\n"
        "                                 files from the keychain\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  profile add NAME --service-key FILE [--service-key FILE]... [--ca-file F]\n"
        "                 [--pin-sha256 HEX] [--replace]\n"
        "                                 a remote tenant profile from BTP service keys (Cloud\n"
        "                                 Integration plan api, Destination service, XSUAA plan\n"
        "                                 apiaccess; JSON as the cockpit gives them, https only): the\n"
        "                                 client secrets go to the system keychain (exit 2 when there\n"
        "                                 is none), the rest to the settings; a later key of a service\n"
        "                                 replaces an earlier one; an existing NAME needs --replace.\n"
        "                                 --ca-file: a PEM CA bundle trusted instead of the system's;\n"
        "                                 --pin-sha256: the server certificate's SHA-256\n"
        "  profile list                   profiles with their services (secrets are never printed)\n"
        "  profile show NAME              a profile's token URLs, API roots and client ids\n"
        "  profile remove NAME            a profile and its client secrets\n"
        "  pull --tenant PROFILE          copy the profile's remote tenant into its local replica\n"
        "                                 (created on first pull; entities with pending changes keep\n"
        "                                 them, a remote change of one is recorded as a conflict)\n"
        "  push --tenant PROFILE [--dry-run]\n"
        "                                 send the replica's pending changes to the remote tenant; one\n"
        "                                 the remote changed since the pull is a conflict, recorded and\n"
        "                                 left pending (exit 1); --dry-run changes nothing anywhere.\n"
        "                                 Credential secrets typed offline go from the keychain and\n"
        "                                 leave it once the remote has them\n"
        "  resolve --tenant PROFILE --keep-mine|--take-theirs RESOURCE KEY\n"
        "                                 end a push conflict ('status' lists them): keep mine sends the\n"
        "                                 pending changes over the remote's at the next push, take\n"
        "                                 theirs discards them and takes the remote's\n"
        "  status [--tenant PROFILE|PATH] a tenant's last pull time, pending changes and push\n"
        "                                 conflicts (exit 1 when there are conflicts)\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  diff A B [--kind K]...         what differs between two tenants (files or profile names, as\n"
        "                                 --tenant takes them): users and their role collections, role\n"
        "                                 collections, custom roles, destinations (secrets only as set or\n"
        "                                 missing), destination certificates, keystore entries,\n"
        "                                 credentials and secure parameters (metadata only), identity\n"
        "                                 providers, known hosts, PGP keys; '-' only in A, '+' only in\n"
        "                                 B, '~' differs. --kind\n"
        "                                 (repeatable or comma-separated): users, role-collections,\n"
        "                                 roles, destinations, destination-certificates, keystore,\n"
        "                                 identity-providers, user-credentials,\n"
        "                                 oauth2-client-credentials, secure-parameters, known-hosts,\n"
        "                                 pgp-keys. Exit code 0 when\n"
        "                                 they are equal, 1 when they differ\n"
        "  copy A B ITEM... [--secret NAME/KEY]... [--dry-run]\n"
        "                                 copy items (ITEM: destination:NAME, role-collection:NAME,\n"
        "                                 destination-certificate:NAME, keystore:[KEYSTORE/]ALIAS,\n"
        "                                 known-host:HOST, pgp:FINGERPRINT, user-credential:NAME,\n"
        "                                 oauth2-client-credential:NAME, secure-parameter:NAME)\n"
        "                                 from tenant A into B's pending changes as one undoable step.\n"
        "                                 Role collections without their users; a role B lacks refuses\n"
        "                                 the copy. A secret A has set is copied from the keychain; one\n"
        "                                 it does not hold comes from standard input with --secret\n"
        "                                 NAME/KEY (one line each; a credential's KEY is Password,\n"
        "                                 ClientSecret or SecureParam), or B keeps its own; otherwise\n"
        "                                 nothing is copied (exit 1). A key pair's private key, a\n"
        "                                 secret PGP keyring and a destination keystore's file go from\n"
        "                                 A's keychain items to B's, never through a file\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "  tenant create PATH --demo      create the demo tenant at PATH\n"
        "  tenant create PATH --scale users=N,role-collections=N,destinations=N,keystore=N\n"
        "                                 create a large synthetic tenant for benchmarks\n")};
const char* const kHelpNotes[] = {
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "Options:\n"
        "  --tenant PATH   a tenant file, or a profile name: its replica (run 'pull' first).\n"
        "                  An existing file of that name wins over a profile\n"
        "  --json          JSON output with SAP's field names and ISO 8601 UTC dates\n"
        "  --help          this text\n"
        "  --version       the program's version\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "Private keys of generated and imported key pairs are kept in the system keychain (Secret\n"
        "Service), never in the tenant file; commands that must keep one fail with exit code 2 when\n"
        "no keychain answers. Every change is journaled and can be undone in the cockpit.\n"),
    QT_TRANSLATE_NOOP("gh::cli::Text",
        "Exit codes: 0 success; 1 not found, validation error or (for checks such as 'keystore\n"
        "expiring', and unreadable files) a finding; 2 usage error or unusable tenant.\n")};

} // namespace

// ---- Context ----------------------------------------------------------------------------------

int Context::usage(const QString& problem) const
{
    err << "gatehouse-cli: " << problem << "\n" << Text::tr("Try 'gatehouse-cli --help'.") << "\n";
    return Usage;
}

void Context::error(const QString& message) const
{
    err << "gatehouse-cli: " << message << "\n";
}

int Context::fail(const Error& e) const
{
    error(e.toString());
    const bool unusable = e.kind == Error::Kind::CorruptStore || e.kind == Error::Kind::Io;
    return unusable ? int(Usage) : int(Finding);
}

Result<QString> Context::resolvedTenantPath() const
{
    // An existing file wins over a profile of the same name: it is what `--tenant` always meant,
    // and a file named like a profile in the working folder stays reachable.
    if (tenantPath.isEmpty() || QFileInfo::exists(tenantPath))
        return tenantPath;
    if (settings && remote::ProfileSettings(*settings).contains(tenantPath)) {
        const QString replica = replicaPath(tenantPath);
        if (!QFileInfo::exists(replica))
            return Error::make(Error::Kind::Io,
                               Text::tr("profile '%1' has no local replica yet; run 'gatehouse-cli pull "
                                        "--tenant %1' first")
                                   .arg(tenantPath),
                               replica);
        return replica;
    }
    // Neither a file nor a profile: a bare name was most likely meant as a profile.
    if (!tenantPath.contains(QLatin1Char('/')) && !tenantPath.contains(QLatin1Char('.')))
        return Error::make(Error::Kind::Io,
                           Text::tr("no tenant file or profile named '%1' (see 'gatehouse-cli profile list')")
                               .arg(tenantPath));
    return tenantPath;
}

Result<std::shared_ptr<LocalTenant>> Context::openTenant() const
{
    const Result<QString> path = resolvedTenantPath();
    if (!path)
        return path.error();
    return path->isEmpty() ? openOrCreateDemoTenant(defaultDemoTenantPath(), clock.now())
                           : LocalTenant::open(*path, LocalTenant::OpenMode::OpenExisting);
}

void Context::writeBinary(const QByteArray& bytes) const
{
    out.flush();
    QIODevice* device = binaryOut ? binaryOut : out.device();
    if (device) {
        device->write(bytes);
        if (auto* file = qobject_cast<QFileDevice*>(device))
            file->flush();
    } else {
        out << QString::fromLatin1(bytes); // a string stream: only in tests
    }
}

// ---- Cli --------------------------------------------------------------------------------------

Cli::Cli(QTextStream& out, QTextStream& err, const Clock& clock) : m_out(out), m_err(err), m_clock(clock) {}

Cli::~Cli() = default;

void Cli::setBinaryOutput(QIODevice* device, bool isTerminal)
{
    m_binaryOut = device;
    m_outIsTerminal = isTerminal;
}

int Cli::usage(const QString& problem)
{
    m_err << "gatehouse-cli: " << problem << "\n" << Text::tr("Try 'gatehouse-cli --help'.") << "\n";
    return Usage;
}

int Cli::help()
{
    for (const char* part : kHelpCommands)
        m_out << Text::tr(part);
    for (const char* part : kHelpNotes)
        m_out << '\n' << Text::tr(part);
    return Success;
}

int Cli::run(const QStringList& arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--")) { // the rest are operands (file names starting with "-")
            rest += arguments.mid(i);
            break;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return help();
        if (a == QLatin1String("--version")) {
            m_out << "gatehouse-cli " << QCoreApplication::applicationVersion() << "\n";
            return Success;
        }
        if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--tenant")) {
            if (i + 1 >= arguments.size())
                return usage(Text::tr("--tenant needs a PATH"));
            m_tenantPath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--tenant="))) {
            m_tenantPath = a.mid(9);
        } else {
            rest.append(a);
        }
    }
    if (rest.isEmpty())
        return usage(Text::tr("no command given"));

    const Context context{m_out, m_err, m_clock, m_json, m_tenantPath, m_binaryOut, m_outIsTerminal,
                          [this]() -> Result<SecretStore*> {
                              if (m_injectedStore)
                                  return m_injectedStore;
                              if (!m_keychain && !m_keychainError) {
                                  const Status probed = waitFor(KeychainSecretStore::probe());
                                  if (probed)
                                      m_keychain = std::make_unique<KeychainSecretStore>();
                                  else
                                      m_keychainError = probed.error();
                              }
                              if (m_keychain)
                                  return static_cast<SecretStore*>(m_keychain.get());
                              return *m_keychainError;
                          },
                          m_settings};
    const QString resource = rest.takeFirst();
    if (resource == QLatin1String("tenant")) {
        if (rest.value(0) != QLatin1String("create"))
            return usage(Text::tr("unknown tenant command '%1' (expected: create)").arg(rest.value(0)));
        return tenantCreate(context, rest.mid(1));
    }
    if (resource == QLatin1String("profile"))
        return profileCommand(context, rest);
    if (resource == QLatin1String("pull"))
        return pullCommand(context, rest);
    if (resource == QLatin1String("push"))
        return pushCommand(context, rest);
    if (resource == QLatin1String("resolve"))
        return resolveCommand(context, rest);
    if (resource == QLatin1String("status"))
        return statusCommand(context, rest);
    if (resource == QLatin1String("diff"))
        return diffCommand(context, rest);
    if (resource == QLatin1String("copy"))
        return copyCommand(context, rest);
    if (resource == QLatin1String("cert"))
        return certCommand(context, rest);
    if (resource == QLatin1String("knownhosts"))
        return knownHostsCommand(context, rest);
    if (resource == QLatin1String("pgp"))
        return pgpCommand(context, rest);
    if (resource == QLatin1String("keystore"))
        return keystoreCommand(context, rest);
    if (resource == QLatin1String("expiring"))
        return expiringCommand(context, rest);
    if (resource == QLatin1String("where-used"))
        return whereUsedCommand(context, rest);

    if (resource == QLatin1String("users"))
        return usersCommand(context, rest);
    if (resource == QLatin1String("role-collections"))
        return roleCollectionsCommand(context, rest);
    if (resource == QLatin1String("access"))
        return accessCommand(context, rest);
    if (resource == QLatin1String("identity-providers"))
        return identityProvidersCommand(context, rest);
    if (resource == QLatin1String("destinations"))
        return destinationsCommand(context, rest);
    if (resource == QLatin1String("credentials"))
        return credentialsCommand(context, rest);
    if (resource == QLatin1String("destination-certificates"))
        return destinationCertificatesCommand(context, rest);
    return usage(Text::tr("unknown resource '%1'").arg(resource));
}

} // namespace gh::cli
