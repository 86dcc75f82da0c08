#pragma once

// An HTTPS server inside the test, answering from a script, for what gatehouse-tenantd does not
// do (yet): 401 with a live token, 5xx, redirects, broken token responses, CSRF. It is tenantd's
// own HttpsServer with a sandbox CA, so TLS is the same as against the real daemon.
#include "app/client/remote/HttpTransport.h"
#include "app/tenantd/HttpsServer.h"
#include "app/tenantd/ServerIdentity.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace gh::test {

class ScriptedServer
{
public:
    using Handler = std::function<tenantd::HttpResponse(const tenantd::HttpRequest&)>;

    // Listens on `address` (the sandbox certificate names 127.0.0.1 and localhost), any port;
    // false (with a warning) when that fails.
    bool start(const QHostAddress& address = QHostAddress::LocalHost)
    {
        if (!m_dir.isValid())
            return false;
        const QString caPath = m_dir.filePath(QStringLiteral("ca.pem"));
        auto identity = tenantd::makeSandboxIdentity(QDateTime::currentDateTimeUtc(), caPath);
        if (!identity) {
            qWarning("sandbox identity: %s", qPrintable(identity.error().toString()));
            return false;
        }
        m_identity = std::move(*identity);
        m_ca = QSslCertificate::fromPath(caPath);
        m_server = std::make_unique<tenantd::HttpsServer>(m_identity, [this](const tenantd::HttpRequest& r) {
            requests.append(r);
            const bool isToken = r.pathSegments == QStringList{QStringLiteral("oauth"), QStringLiteral("token")};
            if (isToken)
                return tokenHandler ? tokenHandler(r) : token();
            return apiHandler ? apiHandler(r) : tenantd::HttpResponse::empty(204);
        });
        m_address = address;
        m_port = m_server->listenOn(address, 0);
        return m_port != 0;
    }

    // "tok-1", "tok-2", … valid for an hour.
    tenantd::HttpResponse token()
    {
        ++tokensIssued;
        return tenantd::HttpResponse::json(200, QJsonObject{
            {QStringLiteral("access_token"), QStringLiteral("tok-%1").arg(tokensIssued)},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires_in"), 3600}});
    }

    QString base() const { return QStringLiteral("https://%1:%2").arg(m_address.toString()).arg(m_port); }

    // A transport's settings for this server: its token endpoint, the API at `apiPath`, the
    // client "client" with the secret "secret", only the sandbox CA trusted, and one attempt.
    remote::TransportConfig transportConfig(const QString& apiPath = {}) const
    {
        remote::TransportConfig c;
        c.tokenUrl = QUrl(base() + QStringLiteral("/oauth/token"));
        c.apiRoot = QUrl(base() + apiPath);
        c.clientId = QStringLiteral("client");
        c.clientSecret = crypto::SecretBuffer("secret");
        c.trust.caCertificates = m_ca;
        c.retry.maxAttempts = 1;
        return c;
    }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    quint16 port() const { return m_port; }
    const QList<QSslCertificate>& ca() const { return m_ca; }

    Handler tokenHandler;
    Handler apiHandler;
    QList<tenantd::HttpRequest> requests;
    int tokensIssued = 0;

private:
    QTemporaryDir m_dir;
    tenantd::ServerIdentity m_identity;
    QList<QSslCertificate> m_ca;
    std::unique_ptr<tenantd::HttpsServer> m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace gh::test
