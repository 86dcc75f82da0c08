#include "app/cli/Cli.h"

#include "app/cli/Commands.h"
#include "app/client/TenantLocation.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace gh::cli {

namespace {

const char* const kHelp =
    "Usage: gatehouse-cli [--tenant PATH] [--json] RESOURCE VERB [ARGS]\n"
    "\n"
    "The command-line side of Gatehouse, over the same client layer as the cockpit.\n"
    "Without --tenant it works on the demo tenant in the user's data folder (created on first use).\n"
    "\n"
    "Commands:\n"
    "  users list                     users with their identity provider and role collections\n"
    "  role-collections list          role collections with their roles, users and mappings\n"
    "  destinations list              destinations (secret values are never printed)\n"
    "  keystore list                  keystore entries with validity and fingerprints\n"
    "  keystore expiring --days N     entries that expire within N days (or have expired), soonest\n"
    "                                 first; exit code 1 when there are any, 0 when none\n"
    "  keystore export ALIAS --format pem|der|p7b [-o FILE]\n"
    "                                 the certificate (pem, der) or its chain (p7b: PKCS#7 DER) of\n"
    "                                 an entry of the system keystore; binary formats are written to\n"
    "                                 standard output only when it is not a terminal\n"
    "  cert inspect [--password-file F] FILE...\n"
    "                                 certificates in PEM, DER, PKCS#7 or PKCS#12 files (no tenant\n"
    "                                 needed); F holds the PKCS#12 password (one trailing newline\n"
    "                                 is ignored). Unreadable files are reported and give exit code 1\n"
    "  tenant create PATH --demo      create the demo tenant at PATH\n"
    "  tenant create PATH --scale users=N,role-collections=N,destinations=N,keystore=N\n"
    "                                 create a large synthetic tenant for benchmarks\n"
    "\n"
    "Options:\n"
    "  --tenant PATH   a tenant file\n"
    "  --json          JSON output with SAP's field names and ISO 8601 UTC dates\n"
    "  --help          this text\n"
    "  --version       the program's version\n"
    "\n"
    "Exit codes: 0 success; 1 not found, validation error or (for checks such as 'keystore\n"
    "expiring', and unreadable files) a finding; 2 usage error or unusable tenant.\n";

} // namespace

// ---- Context ----------------------------------------------------------------------------------

int Context::usage(const QString& problem) const
{
    err << "gatehouse-cli: " << problem << "\n"
        << "Try 'gatehouse-cli --help'.\n";
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

Result<std::shared_ptr<LocalTenant>> Context::openTenant() const
{
    return tenantPath.isEmpty() ? openOrCreateDemoTenant(defaultDemoTenantPath(), clock.now())
                                : LocalTenant::open(tenantPath, LocalTenant::OpenMode::OpenExisting);
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

void Cli::setBinaryOutput(QIODevice* device, bool isTerminal)
{
    m_binaryOut = device;
    m_outIsTerminal = isTerminal;
}

int Cli::usage(const QString& problem)
{
    m_err << "gatehouse-cli: " << problem << "\n"
          << "Try 'gatehouse-cli --help'.\n";
    return Usage;
}

int Cli::help()
{
    m_out << kHelp;
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
                return usage(QStringLiteral("--tenant needs a PATH"));
            m_tenantPath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--tenant="))) {
            m_tenantPath = a.mid(9);
        } else {
            rest.append(a);
        }
    }
    if (rest.isEmpty())
        return usage(QStringLiteral("no command given"));

    const Context context{m_out, m_err, m_clock, m_json, m_tenantPath, m_binaryOut, m_outIsTerminal};
    const QString resource = rest.takeFirst();
    if (resource == QLatin1String("tenant")) {
        if (rest.value(0) != QLatin1String("create"))
            return usage(QStringLiteral("unknown tenant command '%1' (expected: create)").arg(rest.value(0)));
        return tenantCreate(context, rest.mid(1));
    }
    if (resource == QLatin1String("cert"))
        return certCommand(context, rest);
    if (resource == QLatin1String("keystore"))
        return keystoreCommand(context, rest);

    static const QStringList listable{QStringLiteral("users"), QStringLiteral("role-collections"),
                                      QStringLiteral("destinations")};
    if (!listable.contains(resource))
        return usage(QStringLiteral("unknown resource '%1'").arg(resource));
    const QString verb = rest.value(0);
    if (verb != QLatin1String("list"))
        return usage(QStringLiteral("unknown command '%1 %2' (expected: %1 list)").arg(resource, verb));
    if (rest.size() > 1)
        return usage(QStringLiteral("unexpected argument '%1'").arg(rest.at(1)));
    return listResource(context, resource);
}

} // namespace gh::cli
