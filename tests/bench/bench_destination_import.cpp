// Benchmark (not a ctest): importing and validating 10,000 destination files in one batch (goal:
// at most 2 s), as `gatehouse-cli destinations import` does it: read the files, plan the import
// against the tenant (parse, validate, compare), apply it as one workspace step. Baseline,
// measured in the same run: reading the same files and splitting every line at its first '='
// into a QHash ("baseline: naive key=value split", no escapes, no validation, no store).
//   bench_destination_import [COUNT]
#include "app/client/local/LocalTenant.h"
#include "app/client/local/Seeder.h"
#include "app/workspace/DestinationFiles.h"
#include "app/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>

using namespace gh;

namespace {

// A cockpit-style file: one of four authentication types, escaped URLs, a stripped secret.
QByteArray destinationFile(int i)
{
    QByteArray text = "#\n#Thu Nov 26 09:30:00 UTC 2026\n";
    text += "Name=dest_" + QByteArray::number(i) + "\nType=HTTP\nProxyType=Internet\n";
    text += "URL=https\\://host" + QByteArray::number(i % 97) + ".example.com\\:443/sap/opu/odata\n";
    text += "Description=Generated destination number " + QByteArray::number(i) + "\n";
    text += "HTML5.DynamicDestination=true\nWebIDEEnabled=true\nWebIDEUsage=odata_gen\n";
    switch (i % 4) {
    case 0:
        text += "Authentication=NoAuthentication\n";
        break;
    case 1:
        text = "#Password=<< Existing password/certificate removed on export >>\n" + text;
        text += "Authentication=BasicAuthentication\nUser=svc_" + QByteArray::number(i) + "\n";
        break;
    case 2:
        text = "#clientSecret=<< Existing password/certificate removed on export >>\n" + text;
        text += "Authentication=OAuth2ClientCredentials\nclientId=sb-client\\!t" + QByteArray::number(i) +
                "\ntokenServiceURL=https\\://auth.example.com/oauth/token\ntokenServiceURLType=Dedicated\n";
        break;
    default:
        text += "Authentication=SAMLAssertion\naudience=https\\://my" + QByteArray::number(i) +
                ".s4hana.ondemand.com\nauthnContextClassRef=urn\\:oasis\\:names\\:tc\\:SAML\\:2.0\\:ac\\:classes\\:PreviousSession\n";
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    FixedClock clock(now);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("files"));
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("dest_%1").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(destinationFile(i)) < 0)
            return 1;
        paths.append(path);
    }
    const QString tenantPath = dir.filePath(QStringLiteral("demo.ghtenant"));
    if (!Seeder::createTenantFile(tenantPath, [&](TenantStore& s) { return Seeder::populateDemo(s, now); }))
        return 1;
    auto tenant = LocalTenant::open(tenantPath, LocalTenant::OpenMode::OpenExisting);
    if (!tenant)
        return 1;
    Workspace workspace(*tenant, clock);

    // Gatehouse: read + plan (parse, validate, compare) + apply as one step.
    QElapsedTimer t;
    t.start();
    QList<destinations::SourceFile> files;
    files.reserve(count);
    for (const QString& path : std::as_const(paths)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        files.append({path, f.readAll()});
    }
    const qint64 read = t.elapsed();
    const auto existing = workspace.client().destinations().list().result();
    if (!existing)
        return 1;
    const destinations::ImportPlan plan = destinations::planImport(files, existing.value());
    const qint64 planned = t.elapsed();
    const Status applied = workspace.apply(plan.changes(), plan.description()).result();
    const qint64 ours = t.elapsed();
    if (!applied || plan.count(destinations::ImportAction::Add) != count) {
        std::fprintf(stderr, "import failed: %s; %s\n", applied ? "" : qPrintable(applied.error().toString()),
                     qPrintable(plan.summary()));
        return 1;
    }

    // Baseline: the same files read and split at '=' into hashes.
    QElapsedTimer b;
    b.start();
    qsizetype keys = 0;
    for (const QString& path : std::as_const(paths)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        QHash<QByteArray, QByteArray> map;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype eq = line.indexOf('=');
            map.insert(line.left(eq), line.mid(eq + 1));
        }
        keys += map.size();
    }
    const qint64 base = b.elapsed();

    std::printf("destination import: %d files, read + plan (parse, validate, compare) + apply as one step: "
                "%lld ms (goal <= 2000 ms)\n",
                count, ours);
    std::printf("  phases: read %lld ms, plan %lld ms, apply %lld ms; %s\n", read, planned - read, ours - planned,
                qPrintable(plan.summary()));
    std::printf("baseline: naive key=value split of the same files (read + split, no escapes, no validation, no "
                "store): %lld ms (%lld keys)\n",
                base, static_cast<long long>(keys));
    std::printf("ratio gatehouse / baseline: %.2f\n", base > 0 ? double(ours) / double(base) : 0.0);
    return ours <= 2000 ? 0 : 2;
}
