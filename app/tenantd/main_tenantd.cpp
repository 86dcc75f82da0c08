// gatehouse-tenantd: serves a local tenant file over HTTPS with SAP's own paths, payloads,
// status codes and token endpoint, as the peer of the remote backend in tests and as a sandbox.
#include "app/client/local/LocalTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/domain/Clock.h"
#include "app/tenantd/Faults.h"
#include "app/tenantd/HttpsServer.h"
#include "app/tenantd/ServiceKeys.h"
#include "app/tenantd/TenantApi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString& message, int code)
{
    QTextStream(stderr) << "gatehouse-tenantd: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace gh;
    using namespace gh::tenantd;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-tenantd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serves a Gatehouse tenant file over SAP's HTTPS APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tenantOpt(QStringLiteral("tenant"), QStringLiteral("The tenant file to serve."), QStringLiteral("PATH"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Address and port (0: any free port)."),
                                       QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption keysOpt(QStringLiteral("service-keys"),
                                     QStringLiteral("Folder for the service keys (and ca.pem)."), QStringLiteral("DIR"));
    const QCommandLineOption certOpt(QStringLiteral("cert"), QStringLiteral("PEM server certificate (chain)."), QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), QStringLiteral("PEM private key of --cert."), QStringLiteral("FILE"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("Requests a second per client before 429."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption faultsOpt(
        QStringLiteral("faults"),
        QStringLiteral("Inject faults into API calls, e.g. 5xx=0.1,drop=0.05,latency=20ms,429=0.02,seed=1 "
                       "(also retry-after=N, latency-rate=R, and 'token' to include the token endpoint)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption accessLogOpt(
        QStringLiteral("access-log"),
        QStringLiteral("Append one line per request to FILE: time, method, path and query (values named like a "
                       "secret masked), status (or 'dropped'), body bytes."),
        QStringLiteral("FILE"));
    const QCommandLineOption keepKeysOpt(
        QStringLiteral("keep-service-keys"),
        QStringLiteral("Keep the client ids and secrets of the service keys already in --service-keys (a restarted "
                       "sandbox on the same port keeps its profiles working; with --cert/--key, also its TLS trust)."));
    const QCommandLineOption assignIdsOpt(
        QStringLiteral("assign-user-ids"),
        QStringLiteral("Make a new id for every user created with POST /Users and ignore the one sent, as XSUAA's SCIM "
                       "does (by default a client's id is kept, so that a replica and the sandbox share it)."));
    parser.addOptions({tenantOpt, listenOpt, keysOpt, certOpt, keyOpt, rateOpt, faultsOpt, accessLogOpt, keepKeysOpt, assignIdsOpt});
    parser.process(app);

    if (!parser.isSet(tenantOpt) || !parser.isSet(keysOpt))
        return fail(QStringLiteral("--tenant and --service-keys are required (see --help)"), 2);
    if (parser.isSet(certOpt) != parser.isSet(keyOpt))
        return fail(QStringLiteral("--cert and --key go together"), 2);
    const QString listen = parser.value(listenOpt);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QHostAddress address;
    if (!portOk || port > 65535 || !address.setAddress(listen.left(colon)))
        return fail(QStringLiteral("--listen wants ADDRESS:PORT, such as 127.0.0.1:0; got '%1'").arg(listen), 2);
    bool rateOk = false;
    const int rate = parser.value(rateOpt).toInt(&rateOk);
    if (!rateOk || rate < 1)
        return fail(QStringLiteral("--rate wants a whole number above 0"), 2);

    FaultSpec faults;
    if (parser.isSet(faultsOpt)) {
        auto spec = FaultSpec::parse(parser.value(faultsOpt));
        if (!spec)
            return fail(spec.error().toString(), 2);
        faults = *spec;
    }

    QFile accessLog;
    if (parser.isSet(accessLogOpt)) {
        accessLog.setFileName(parser.value(accessLogOpt));
        if (!accessLog.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return fail(QStringLiteral("%1: cannot open the access log: %2").arg(accessLog.fileName(), accessLog.errorString()), 1);
    }

    SystemClock clock;
    const QString keysDir = parser.value(keysOpt);
    if (!QDir().mkpath(keysDir))
        return fail(QStringLiteral("%1: cannot create the folder").arg(keysDir), 1);

    auto tenant = LocalTenant::open(parser.value(tenantOpt), LocalTenant::OpenMode::OpenExisting);
    if (!tenant)
        return fail(tenant.error().toString(), 2);
    LocalTenantClient client(*tenant);

    auto identity = parser.isSet(certOpt)
        ? loadIdentity(parser.value(certOpt), parser.value(keyOpt))
        : makeSandboxIdentity(clock.now(), QDir(keysDir).filePath(QStringLiteral("ca.pem")));
    if (!identity)
        return fail(identity.error().toString(), 1);

    TokenService tokens(clock);
    std::vector<ApiClient> clients = makeSandboxClients();
    if (parser.isSet(keepKeysOpt))
        if (Status s = keepServiceKeys(keysDir, clients); !s)
            return fail(s.error().toString(), 2);
    for (const ApiClient& c : clients)
        tokens.addClient(ApiClient{c.name, c.clientId, c.clientSecret.clone(), c.scopes});
    RateLimiter limiter(clock, rate);
    TenantApi api(client, tokens, limiter);
    api.setAssignUserIds(parser.isSet(assignIdsOpt));
    FaultInjector injector(faults);
    HttpsServer server(*identity, [&api, &injector, &accessLog, &clock](const HttpRequest& r) {
        HttpResponse response = injector.handle(r, [&api](const HttpRequest& req) { return api.handle(req); });
        if (accessLog.isOpen())
            accessLog.write(clock.now().toUTC().toString(Qt::ISODateWithMs).toLatin1() + ' ' + r.method + ' ' + loggableTarget(r) + ' '
                            + (response.drop ? QByteArrayLiteral("dropped") : QByteArray::number(response.status)) + ' '
                            + QByteArray::number(response.body.size()) + '\n');
        return response;
    }, HttpsServer::Dispatch::Worker);
    const quint16 bound = server.listenOn(address, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listen), 1);

    // The service keys name the real port, so they are written once it is known.
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']') : address.toString();
    const QString baseUrl = QStringLiteral("https://%1:%2").arg(host).arg(bound);
    if (Status s = writeServiceKeys(keysDir, clients, baseUrl, clock.now()); !s)
        return fail(s.error().toString(), 1);

    if (faults.any()) // on stderr: stdout's first line is the one scripts read
        QTextStream(stderr) << "gatehouse-tenantd: injecting faults: " << parser.value(faultsOpt) << Qt::endl;
    // Tests and scripts read the port from this one line.
    QTextStream(stdout) << "listening on " << baseUrl << Qt::endl;
    return app.exec();
}
