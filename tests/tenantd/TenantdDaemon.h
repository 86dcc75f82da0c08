#pragma once

// The real gatehouse-tenantd for the tests: started on 127.0.0.1 port 0 over a tenant file, and
// a client speaking TLS to it that trusts only the daemon's ca.pem (verification never off).

#include "TestSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace gh::test {

// A running daemon; stopped (and waited for) when destroyed.
class Daemon
{
public:
    ~Daemon() { stop(); }

    // Terminates it and waits, so that the tenant file can be opened by the test.
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts it again as before on the port it had: a sandbox restarted (started with
    // --keep-service-keys and --cert/--key, its clients carry on).
    bool restartOnSamePort()
    {
        stop();
        return start(m_tenant, m_keysDir, m_extra, QStringLiteral("127.0.0.1:%1").arg(QUrl(m_baseUrl).port()));
    }

    // Starts it and reads the port from its one line on stdout.
    bool start(const QString& tenant, const QString& keysDir, const QStringList& extra = {},
               const QString& listen = QStringLiteral("127.0.0.1:0"))
    {
        m_tenant = tenant;
        m_keysDir = keysDir;
        m_extra = extra;
        m_process.setProgram(QStringLiteral(GATEHOUSE_TENANTD));
        m_process.setArguments(QStringList{QStringLiteral("--tenant"), tenant, QStringLiteral("--listen"), listen,
                                           QStringLiteral("--service-keys"), keysDir}
                               + extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process.waitForReadyRead(20000)) {
                qWarning("tenantd did not start: %s", m_process.readAllStandardError().constData());
                return false;
            }
            out += m_process.readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on https://127.0.0.1:"))
            return false;
        m_baseUrl = QString::fromLatin1(line.mid(int(qstrlen("listening on "))));
        return true;
    }

    // Starts it expecting a refusal: the exit code, or -1 when it started serving or crashed.
    int exitCodeFor(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(GATEHOUSE_TENANTD));
        m_process.setArguments(arguments);
        m_process.start();
        if (!m_process.waitForFinished(20000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }
    QByteArray standardError() { return m_process.readAllStandardError(); }

    QString baseUrl() const { return m_baseUrl; }
    QString keysDir() const { return m_keysDir; }

    QJsonObject serviceKey(const QString& client) const
    {
        return QJsonDocument::fromJson(test::readFile(m_keysDir + QLatin1Char('/') + client + QStringLiteral("-xsuaa-apiaccess.json"))).object();
    }

private:
    QProcess m_process;
    QString m_baseUrl;
    QString m_keysDir;
    QString m_tenant;
    QStringList m_extra;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};


// Requests over TLS trusting only the given CA certificates.
class TlsClient
{
public:
    QList<QSslCertificate> ca;

    // `onlyTheCa` false: the system's CAs instead (for the tests of a refused certificate).
    Reply send(const QByteArray& method, const QString& url, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool onlyTheCa = true)
    {
        QNetworkRequest request{QUrl(url)};
        if (onlyTheCa) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(ca); // only the daemon's CA, nothing from the system
            request.setSslConfiguration(tls);
        }
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && request.rawHeader("Content-Type").isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        if (!reply->isFinished()) {
            reply->abort();
            out.error = QNetworkReply::TimeoutError;
        } else {
            out.error = reply->error();
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            out.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return out;
    }

    // A bearer token for one of the daemon's clients ("full-access", "read-only").
    QByteArray bearer(const Daemon& daemon, const QString& client)
    {
        const QJsonObject key = daemon.serviceKey(client);
        const QByteArray basic = (key.value(QStringLiteral("clientid")).toString() + QLatin1Char(':')
                                  + key.value(QStringLiteral("clientsecret")).toString()).toUtf8().toBase64();
        const Reply r = send("POST", daemon.baseUrl() + QStringLiteral("/oauth/token"), "grant_type=client_credentials",
                             {{"Authorization", "Basic " + basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
        return "Bearer " + r.object().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    // QNetworkAccessManager reuses a verified TLS connection even for a request with another
    // TLS configuration: a test of another trust forgets the connections first.
    void clearConnectionCache() { m_nam.clearConnectionCache(); }

private:
    QNetworkAccessManager m_nam;
};

} // namespace gh::test
