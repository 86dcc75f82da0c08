#pragma once

// OAuth2 client credentials as XSUAA hands them out: registered API clients with their scopes,
// opaque bearer tokens kept in memory until they expire, and a per-client request rate.
// Time comes from the injected Clock, so tests can expire tokens and open new rate windows.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gh::tenantd {

// Random bytes from OpenSSL's CSPRNG as lower-case hex (2 characters a byte).
crypto::SecretBuffer randomHex(int bytes);

struct ApiClient
{
    QString name;     // "full-access", "read-only": names the service key files
    QString clientId;
    crypto::SecretBuffer clientSecret;
    QStringList scopes;
};

struct IssuedToken
{
    crypto::SecretBuffer accessToken;
    QString jti;
    qint64 expiresIn = 0; // seconds
    QStringList scopes;
};

struct TokenGrant
{
    QString clientId;
    QStringList scopes;
};

class TokenService
{
public:
    // XSUAA's client-credentials tokens live 12 hours less one second.
    static constexpr qint64 kLifetimeSeconds = 43199;

    explicit TokenService(const Clock& clock) : m_clock(clock) {}

    void addClient(ApiClient client);
    const std::vector<ApiClient>& clients() const { return m_clients; }
    // The daemon's clock (the SCIM writes stamp meta.created / lastModified with it).
    const Clock& clock() const { return m_clock; }

    // The client with that id and secret, or null. The secret is compared in constant time.
    const ApiClient* authenticate(const QString& clientId, QByteArrayView secret) const;
    IssuedToken issue(const ApiClient& client);
    // The grant behind a bearer token; nothing for an unknown or expired token.
    std::optional<TokenGrant> validate(QByteArrayView token);

private:
    struct Entry
    {
        TokenGrant grant;
        QDateTime expires;
    };
    void dropExpired(const QDateTime& now);

    const Clock& m_clock;
    std::vector<ApiClient> m_clients;
    // Keyed by the token's SHA-256, so that the tokens themselves are not kept in this table.
    QHash<QByteArray, Entry> m_tokens;
};

// At most `perSecond` requests per client in each second of the clock; XSUAA answers more with
// 429 and Retry-After (SAP_APIS.md 3.1).
class RateLimiter
{
public:
    RateLimiter(const Clock& clock, int perSecond) : m_clock(clock), m_perSecond(perSecond) {}

    // True when the request may go on; otherwise the seconds after which to try again.
    bool admit(const QString& clientId, int* retryAfterSeconds);

private:
    struct Window
    {
        qint64 second = -1;
        int count = 0;
    };
    const Clock& m_clock;
    int m_perSecond;
    QHash<QString, Window> m_windows;
};

} // namespace gh::tenantd
