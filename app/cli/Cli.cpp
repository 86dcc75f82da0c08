#include "app/cli/Cli.h"

#include "app/cli/Table.h"
#include "app/client/TenantLocation.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/client/local/Seeder.h"
#include "app/domain/Expiry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

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
    "Exit codes: 0 success; 1 not found or validation error; 2 usage error or unusable tenant.\n";

QString join(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

QString date(const QDateTime& d)
{
    return d.isValid() ? d.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-");
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, const Clock& clock) : m_out(out), m_err(err), m_clock(clock) {}

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
    const QString resource = rest.takeFirst();
    if (resource == QLatin1String("tenant")) {
        if (rest.value(0) != QLatin1String("create"))
            return usage(QStringLiteral("unknown tenant command '%1' (expected: create)").arg(rest.value(0)));
        return tenantCreate(rest.mid(1));
    }
    static const QStringList listable{QStringLiteral("users"), QStringLiteral("role-collections"),
                                      QStringLiteral("destinations"), QStringLiteral("keystore")};
    if (!listable.contains(resource))
        return usage(QStringLiteral("unknown resource '%1'").arg(resource));
    const QString verb = rest.value(0);
    if (verb != QLatin1String("list"))
        return usage(QStringLiteral("unknown command '%1 %2' (expected: %1 list)").arg(resource, verb));
    if (rest.size() > 1)
        return usage(QStringLiteral("unexpected argument '%1'").arg(rest.at(1)));
    return list(resource);
}

int Cli::tenantCreate(const QStringList& args)
{
    QString path;
    bool demo = false;
    QString scale;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--demo")) {
            demo = true;
        } else if (args.at(i) == QLatin1String("--scale")) {
            if (i + 1 >= args.size())
                return usage(QStringLiteral("--scale needs a specification such as users=1000,destinations=100"));
            scale = args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("unknown option '%1'").arg(args.at(i)));
        } else if (path.isEmpty()) {
            path = args.at(i);
        } else {
            return usage(QStringLiteral("unexpected argument '%1'").arg(args.at(i)));
        }
    }
    if (path.isEmpty())
        return usage(QStringLiteral("tenant create needs a PATH"));
    if (demo == !scale.isEmpty())
        return usage(QStringLiteral("tenant create needs exactly one of --demo or --scale SPEC"));
    const QDateTime now = m_clock.now();
    Status created;
    if (demo) {
        created = Seeder::createTenantFile(path, [&](TenantStore& store) { return Seeder::populateDemo(store, now); });
    } else {
        auto spec = ScaleSpec::parse(scale);
        if (!spec)
            return usage(spec.error().toString());
        created = Seeder::createTenantFile(path, [&](TenantStore& store) { return Seeder::populateScale(store, *spec, now); });
    }
    if (!created) {
        m_err << "gatehouse-cli: " << created.error().toString() << "\n";
        return Usage;
    }
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()}}).toJson();
    else
        m_out << "Created " << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << "\n";
    return Success;
}

int Cli::list(const QString& resource)
{
    Result<std::shared_ptr<LocalTenant>> tenant =
        m_tenantPath.isEmpty() ? openOrCreateDemoTenant(defaultDemoTenantPath(), m_clock.now())
                               : LocalTenant::open(m_tenantPath, LocalTenant::OpenMode::OpenExisting);
    if (!tenant) {
        m_err << "gatehouse-cli: " << tenant.error().toString() << "\n";
        return Usage;
    }
    LocalTenantClient client(*tenant);
    QJsonArray json;
    QStringList header;
    QList<QStringList> rows;
    const auto fail = [&](const Error& e) {
        m_err << "gatehouse-cli: " << e.toString() << "\n";
        const bool unusable = e.kind == Error::Kind::CorruptStore || e.kind == Error::Kind::Io;
        return unusable ? int(Usage) : int(Finding);
    };

    if (resource == QLatin1String("users")) {
        auto users = client.users().list().result();
        if (!users)
            return fail(users.error());
        header = {QStringLiteral("USER NAME"), QStringLiteral("ORIGIN"), QStringLiteral("NAME"),
                  QStringLiteral("LAST LOGON"), QStringLiteral("ROLE COLLECTIONS")};
        std::sort(users->begin(), users->end(), [](const User& a, const User& b) {
            return std::tie(a.origin, a.userName) < std::tie(b.origin, b.userName);
        });
        for (const User& u : *users) {
            json.append(u.toJson(JsonStyle::Iso));
            rows.append({u.userName, u.origin, u.displayName(), date(u.lastLogonTime), join(u.roleCollections)});
        }
    } else if (resource == QLatin1String("role-collections")) {
        auto collections = client.roleCollections().list().result();
        if (!collections)
            return fail(collections.error());
        header = {QStringLiteral("NAME"), QStringLiteral("READ-ONLY"), QStringLiteral("ROLES"),
                  QStringLiteral("USERS"), QStringLiteral("GROUP MAPPINGS")};
        for (const RoleCollection& rc : *collections) {
            json.append(rc.toJson(JsonStyle::Iso));
            QStringList groups;
            for (const AttributeMapping& m : rc.groupReferences())
                groups.append(m.idpId + QLatin1Char(':') + m.attributeValue);
            rows.append({rc.name, rc.isReadOnly ? QStringLiteral("yes") : QStringLiteral("no"),
                         QString::number(rc.roleReferences.size()), QString::number(rc.userReferences.size()),
                         join(groups)});
        }
    } else if (resource == QLatin1String("destinations")) {
        auto destinations = client.destinations().list().result();
        if (!destinations)
            return fail(destinations.error());
        header = {QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("PROXY"),
                  QStringLiteral("AUTHENTICATION"), QStringLiteral("SECRETS"), QStringLiteral("URL")};
        for (const Destination& d : *destinations) {
            json.append(d.toJson());
            QString secrets = QStringLiteral("-");
            if (d.hasMissingSecret())
                secrets = QStringLiteral("missing: ") + join(d.secretsMissing());
            else if (!d.secretsSet().isEmpty())
                secrets = QStringLiteral("set");
            const QString auth = d.authentication();
            rows.append({d.name(), d.type(), d.proxyType(), auth.isEmpty() ? QStringLiteral("-") : auth, secrets,
                         d.url().isEmpty() ? QStringLiteral("-") : d.url()});
        }
    } else {
        auto entries = client.keystore().list().result();
        if (!entries)
            return fail(entries.error());
        header = {QStringLiteral("ALIAS"), QStringLiteral("TYPE"), QStringLiteral("OWNER"), QStringLiteral("SUBJECT CN"),
                  QStringLiteral("VALID UNTIL"), QStringLiteral("DAYS LEFT"), QStringLiteral("STATUS")};
        const QDateTime now = m_clock.now();
        for (const KeystoreEntry& e : *entries) {
            QJsonObject o = e.toJson(JsonStyle::Iso);
            o.remove(QStringLiteral("Chain"));
            const ExpiryInfo expiry = expiryOf(e.validNotBefore, e.validNotAfter, now);
            o.insert(QStringLiteral("DaysLeft"), static_cast<double>(expiry.daysLeft));
            o.insert(QStringLiteral("ExpiryStatus"), expiryStatusName(expiry.status));
            json.append(o);
            QString cn = e.subjectDN.section(QLatin1Char(','), 0, 0);
            if (cn.startsWith(QLatin1String("CN=")))
                cn = cn.mid(3);
            rows.append({e.alias, e.type, e.owner, cn, date(e.validNotAfter), QString::number(expiry.daysLeft),
                         expiryStatusText(expiry.status)});
        }
    }
    if (m_json)
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        writeTable(m_out, header, rows);
    return Success;
}

} // namespace gh::cli
