// Benchmark (not a ctest): pulling a synthetic tenant of 100,000 users, 2,000 role collections,
// 10,000 destinations and 2,000 keystore entries from gatehouse-tenantd on loopback into a fresh
// replica, with the goals of issue 6: at most 10 s, and at most 1.5x the time curl needs to fetch
// the same pages in the same run.
//   The pull: RemoteTenantClient over three HttpTransports (XSUAA, Destination, Cloud Integration)
//   from the daemon's full-access service keys, pullTenant into a new replica file: tokens, every
//   page, decoding, and the replica's one transaction, until the future has its summary.
//   The baseline: the daemon's --access-log names every request the pull made; curl, given one
//   bearer token fetched beforehand (not timed), GETs the same targets one after the other over one
//   connection, as the pull's pages follow one another, writing the bodies to /dev/null.
//   bench_pull [TENANT_FILE]   (without a file, the tenant is generated first and its creation
//                               timed separately)
// Exit code 0 when both goals are met, 2 otherwise, 1 when something could not be run.
#include "app/client/local/LocalTenant.h"
#include "app/client/local/Seeder.h"
#include "app/client/remote/HttpTransport.h"
#include "app/client/remote/RemoteTenantClient.h"
#include "app/client/remote/ServiceKey.h"
#include "app/domain/Clock.h"
#include "app/workspace/Pull.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>

using namespace gh;
using namespace gh::remote;

namespace {

constexpr double kGoalMs = 10000;
constexpr double kGoalRatio = 1.5;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "bench_pull: %s\n", qPrintable(what));
    return 1;
}

template<class T>
Result<T> await(const QFuture<Result<T>>& future)
{
    if (!future.isFinished()) {
        QFutureWatcher<Result<T>> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

// The daemon's access log from byte `from` on: (method, target, status) per line.
struct Logged
{
    QByteArray method, target, status;
};

QList<Logged> readLog(const QString& path, qint64 from)
{
    QFile file(path);
    QList<Logged> out;
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return out;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() >= 5)
            out.append({parts[1], parts[2], parts[3]});
    }
    return out;
}

std::unique_ptr<HttpTransport> transport(const QString& keys, const QString& file, const Clock& clock, QString* error)
{
    auto key = ServiceKey::readFile(keys + QLatin1Char('/') + file);
    if (!key) {
        *error = key.error().toString();
        return nullptr;
    }
    TransportConfig c;
    c.tokenUrl = key->tokenUrl;
    c.apiRoot = key->apiRoot;
    c.clientId = key->clientId;
    c.clientSecret = std::move(key->clientSecret);
    auto trust = TlsTrust::fromFiles(keys + QStringLiteral("/ca.pem"), {});
    if (!trust) {
        *error = trust.error().toString();
        return nullptr;
    }
    c.trust = *trust;
    return std::make_unique<HttpTransport>(std::move(c), clock);
}

// curl with a config on standard input (so no secret or token is on a command line).
struct CurlRun
{
    int code = -1;
    QByteArray out, err;
};

CurlRun curl(const QByteArray& config)
{
    QProcess p;
    p.start(QStringLiteral("curl"), {QStringLiteral("--config"), QStringLiteral("-")});
    if (!p.waitForStarted(10000))
        return {};
    p.write(config);
    p.closeWriteChannel();
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray quoted(const QString& value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    SystemClock clock;

    QString tenant = app.arguments().value(1);
    if (tenant.isEmpty()) {
        tenant = dir.filePath(QStringLiteral("bench.ghtenant"));
        auto spec = ScaleSpec::parse(QStringLiteral("users=100000,role-collections=2000,destinations=10000,keystore=2000"));
        if (!spec)
            return fail(spec.error().toString());
        QElapsedTimer made;
        made.start();
        const Status created = Seeder::createTenantFile(tenant, [&](TenantStore& store) -> Status {
            return Seeder::populateScale(store, *spec, clock.now());
        });
        if (!created)
            return fail(created.error().toString());
        std::printf("tenant generated in %.0f ms: %s\n", msSince(made), qPrintable(tenant));
    }

    const QString keys = dir.filePath(QStringLiteral("keys"));
    const QString log = dir.filePath(QStringLiteral("access.log"));
    QProcess daemon;
    daemon.setProgram(QStringLiteral(GATEHOUSE_TENANTD));
    daemon.setArguments({QStringLiteral("--tenant"), tenant, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--service-keys"), keys, QStringLiteral("--rate"), QStringLiteral("1000000"),
                         QStringLiteral("--access-log"), log});
    daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    daemon.start();
    QByteArray line;
    while (!line.contains('\n') && daemon.waitForReadyRead(60000))
        line += daemon.readAllStandardOutput();
    if (!line.startsWith("listening on https://"))
        return fail(QStringLiteral("gatehouse-tenantd did not start"));
    const QString base = QString::fromLatin1(line.mid(int(qstrlen("listening on "))).trimmed());
    const auto stop = qScopeGuard([&daemon] {
        daemon.terminate();
        daemon.waitForFinished(10000);
    });

    // 1. The pull.
    QString error;
    auto xsuaa = transport(keys, QStringLiteral("full-access-xsuaa-apiaccess.json"), clock, &error);
    auto destination = transport(keys, QStringLiteral("full-access-destination.json"), clock, &error);
    auto integration = transport(keys, QStringLiteral("full-access-integration-api.json"), clock, &error);
    if (!xsuaa || !destination || !integration)
        return fail(error);
    RemoteTenantClient remote(QStringLiteral("full-access"), std::move(xsuaa), std::move(destination), std::move(integration));
    auto replica = openOrCreateReplica(dir.filePath(QStringLiteral("replica.ghtenant")), QStringLiteral("bench"));
    if (!replica)
        return fail(replica.error().toString());
    QElapsedTimer pullTimer;
    pullTimer.start();
    const Result<PullSummary> pulled = await(pullTenant(remote, *replica, clock));
    const double pullMs = msSince(pullTimer);
    if (!pulled)
        return fail(QStringLiteral("pull: ") + pulled.error().toString());
    // What the pull does after its answer (the replica's checkpoint, its lists freed on the
    // pool) ends before curl starts, so that it takes nothing from curl's time.
    (void)await((*replica)->run([](TenantStore&) { return Status(); }));
    QThreadPool::globalInstance()->waitForDone();
    std::printf("pulled in %.0f ms:", pullMs);
    for (const auto& [kind, counts] : pulled->counts)
        std::printf(" %s %lld", qPrintable(entityKindName(kind)), static_cast<long long>(counts.pulled));
    std::printf("\n");

    // 2. The same pages with curl.
    const QList<Logged> requested = readLog(log, 0);
    QByteArray pages;
    int gets = 0, tokens = 0;
    for (const Logged& r : requested) {
        if (r.target.startsWith("/oauth/token")) {
            ++tokens;
            continue;
        }
        if (r.method != "GET" || r.status != "200")
            return fail(QStringLiteral("the pull made a request curl would not repeat: %1 %2 %3")
                            .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.target), QString::fromLatin1(r.status)));
        pages += "url = " + quoted(base + QString::fromLatin1(r.target)) + "\noutput = \"/dev/null\"\n";
        ++gets;
    }
    const QJsonObject key = QJsonDocument::fromJson([&] {
                                QFile f(keys + QStringLiteral("/full-access-xsuaa-apiaccess.json"));
                                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                            }())
                                .object();
    const QByteArray trust = "cacert = " + quoted(keys + QStringLiteral("/ca.pem")) + "\nsilent\nshow-error\n";
    const CurlRun token = curl(trust + "url = " + quoted(base + QStringLiteral("/oauth/token")) + "\nuser = "
                               + quoted(key.value(QStringLiteral("clientid")).toString() + QLatin1Char(':')
                                        + key.value(QStringLiteral("clientsecret")).toString())
                               + "\ndata = \"grant_type=client_credentials\"\n");
    const QString bearer = QJsonDocument::fromJson(token.out).object().value(QStringLiteral("access_token")).toString();
    if (token.code != 0 || bearer.isEmpty())
        return fail(QStringLiteral("curl could not get a token: ") + QString::fromUtf8(token.err));

    if (qEnvironmentVariableIsSet("BENCH_PULL_SHOW"))
        std::printf("%s", pages.constData());
    const qint64 logBefore = QFileInfo(log).size();
    QElapsedTimer curlTimer;
    curlTimer.start();
    const CurlRun fetched = curl(trust + "header = " + quoted(QStringLiteral("Authorization: Bearer ") + bearer) + '\n' + pages);
    const double curlMs = msSince(curlTimer);
    if (fetched.code != 0)
        return fail(QStringLiteral("curl failed: ") + QString::fromUtf8(fetched.err));
    const QList<Logged> replayed = readLog(log, logBefore);
    int replayedOk = 0;
    for (const Logged& r : replayed)
        replayedOk += r.status == "200" ? 1 : 0;
    if (replayedOk != gets)
        return fail(QStringLiteral("curl's replay got %1 answers of 200 for %2 pages").arg(replayedOk).arg(gets));

    const double ratio = pullMs / curlMs;
    std::printf("%d pages (and %d token requests) pulled in %.0f ms; curl fetched the same pages in %.0f ms\n", gets, tokens,
                pullMs, curlMs);
    std::printf("goal 1: pull <= %.0f ms: %.0f ms  %s\n", kGoalMs, pullMs, pullMs <= kGoalMs ? "MET" : "MISSED");
    std::printf("goal 2: pull <= %.1fx curl: %.2fx  %s\n", kGoalRatio, ratio, ratio <= kGoalRatio ? "MET" : "MISSED");
    return pullMs <= kGoalMs && ratio <= kGoalRatio ? 0 : 2;
}
