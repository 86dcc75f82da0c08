#pragma once

// For the cockpit's remote-tenant tests (ui/remote): the real gatehouse-tenantd on 127.0.0.1 over
// a demo tenant, its service key files, "someone else" changing its tenant through the API, and a
// wait that runs the event loop (the transports and secret stores answer through it).

#include "DemoTenant.h"
#include "tenantd/TenantdDaemon.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace gh::test {

// Runs the event loop until `done()` or the time is up; whether it was done.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

template<class T> T awaitFuture(QFuture<T> future, int timeoutMs = 30000)
{
    if (!waitUntil([&] { return future.isFinished(); }, timeoutMs))
        qFatal("a future did not finish within %d ms", timeoutMs);
    return future.result();
}

// For QVERIFY2, whose message Qt 6.4 builds even on success.
template<class R> const char* whyNot(const R& result)
{
    static QByteArray text;
    text = result.ok() ? QByteArray() : result.error().toString().toUtf8();
    return text.constData();
}

// Only ever the throwaway keyring of tests/with-keyring.sh, never a developer's own.
inline bool insidePrivateKeyring(QString* reason)
{
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QString data = QDir(qEnvironmentVariable("XDG_DATA_HOME")).canonicalPath();
    if (bus.isEmpty() || bus.startsWith(QStringLiteral("disabled:"))) {
        *reason = QStringLiteral("no session bus; run through tests/with-keyring.sh (ctest does)");
        return false;
    }
    const QString temp = QDir(QDir::tempPath()).canonicalPath();
    if (data.isEmpty() || !data.startsWith(temp + QLatin1Char('/'))) {
        *reason = QStringLiteral("XDG_DATA_HOME is not a throwaway folder; refusing to touch the real keychain");
        return false;
    }
    return true;
}

class RemoteTenantFixture
{
public:
    QTemporaryDir dir;
    Daemon daemon;
    TlsClient http;
    QByteArray bearer;

    // The daemon over a fresh demo tenant; XDG_DATA_HOME (where replicas live) in `dir`.
    bool start()
    {
        if (!dir.isValid())
            return false;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        const QString tenant = createDemoTenant(dir);
        if (tenant.isEmpty()
            || !daemon.start(tenant, dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1000")}))
            return false;
        http.ca = QSslCertificate::fromPath(caFile());
        bearer = http.bearer(daemon, QStringLiteral("full-access"));
        return !http.ca.isEmpty() && bearer.size() > 10;
    }

    QString caFile() const { return dir.filePath(QStringLiteral("keys/ca.pem")); }
    // "xsuaa-apiaccess", "destination", "integration-api" of the daemon's client "full-access".
    QString keyFile(const QString& suffix, const QString& client = QStringLiteral("full-access")) const
    {
        return dir.filePath(QStringLiteral("keys/") + client + QLatin1Char('-') + suffix + QStringLiteral(".json"));
    }
    QString settingsFile() const { return dir.filePath(QStringLiteral("settings/gatehouse.ini")); }

    QString collectionUrl(const QString& name = {}) const
    {
        const QString base = daemon.baseUrl() + QStringLiteral("/sap/rest/authorization/v2/rolecollections");
        return name.isEmpty() ? base : base + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
    }
    Reply remote(const QByteArray& method, const QString& url, const QJsonObject& body = {})
    {
        return http.send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                         {{"Authorization", bearer}});
    }
    bool createCollection(const QString& name, const QString& description)
    {
        return remote("POST", collectionUrl(), {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}})
                   .status == 201;
    }
    bool describeCollection(const QString& name, const QString& description)
    {
        return remote("PUT", collectionUrl(name), {{QStringLiteral("description"), description}}).status == 200;
    }
    QString remoteDescription(const QString& name)
    {
        return remote("GET", collectionUrl(name)).object().value(QStringLiteral("description")).toString();
    }
};

} // namespace gh::test
