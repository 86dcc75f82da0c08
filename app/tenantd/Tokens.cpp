#include "app/tenantd/Tokens.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

#include <algorithm>

namespace gh::tenantd {

namespace {

QByteArray tokenKey(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

crypto::SecretBuffer randomHex(int bytes)
{
    crypto::SecretBuffer raw = crypto::SecretBuffer::zeroed(bytes);
    // RAND_bytes only fails when the CSPRNG cannot be seeded; then nothing here may go on.
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        qFatal("OpenSSL's random generator failed");
    static constexpr char digits[] = "0123456789abcdef";
    crypto::SecretBuffer out = crypto::SecretBuffer::zeroed(qsizetype(bytes) * 2);
    for (int i = 0; i < bytes; ++i) {
        const auto byte = static_cast<unsigned char>(raw.data()[i]);
        out.data()[2 * i] = digits[byte >> 4];
        out.data()[2 * i + 1] = digits[byte & 0x0f];
    }
    return out;
}

void TokenService::addClient(ApiClient client)
{
    m_clients.push_back(std::move(client));
}

const ApiClient* TokenService::authenticate(const QString& clientId, QByteArrayView secret) const
{
    const crypto::SecretBuffer given(secret);
    for (const ApiClient& c : m_clients) {
        if (c.clientId == clientId && c.clientSecret == given)
            return &c;
    }
    return nullptr;
}

IssuedToken TokenService::issue(const ApiClient& client)
{
    const QDateTime now = m_clock.now();
    dropExpired(now);
    IssuedToken t;
    t.accessToken = randomHex(32);
    t.jti = QString::fromLatin1(randomHex(16).view());
    t.expiresIn = kLifetimeSeconds;
    t.scopes = client.scopes;
    m_tokens.insert(tokenKey(t.accessToken.view()), Entry{{client.clientId, client.scopes}, now.addSecs(kLifetimeSeconds)});
    return t;
}

std::optional<TokenGrant> TokenService::validate(QByteArrayView token)
{
    if (token.isEmpty())
        return std::nullopt;
    const auto it = m_tokens.constFind(tokenKey(token));
    if (it == m_tokens.constEnd())
        return std::nullopt;
    if (m_clock.now() >= it->expires) {
        m_tokens.erase(it);
        return std::nullopt;
    }
    return it->grant;
}

void TokenService::dropExpired(const QDateTime& now)
{
    m_tokens.removeIf([&](const auto& entry) { return now >= entry.value().expires; });
}

bool RateLimiter::admit(const QString& clientId, int* retryAfterSeconds)
{
    const qint64 ms = m_clock.now().toMSecsSinceEpoch();
    const qint64 second = ms / 1000;
    Window& w = m_windows[clientId];
    if (w.second != second) {
        w.second = second;
        w.count = 0;
    }
    if (w.count >= m_perSecond) {
        if (retryAfterSeconds)
            *retryAfterSeconds = 1; // the next window opens within a second
        return false;
    }
    ++w.count;
    return true;
}

} // namespace gh::tenantd
