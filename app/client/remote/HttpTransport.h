#pragma once

#include "app/client/remote/ServiceKey.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Clock.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace gh::remote {

struct TenantProfile;

// How the servers of one profile are trusted. Verification is always on; this only says against
// what.
struct TlsTrust
{
    // Empty: the system's CAs. Otherwise the only CAs trusted (a profile's own bundle), so that a
    // sandbox or a company CA cannot be mixed up with the public ones.
    QList<QSslCertificate> caCertificates;
    // SHA-256 of the server's leaf certificate, 64 lowercase hex digits; empty: no pin. Checked
    // on every new connection, on top of the CA check.
    QString pinSha256;

    // Reads a PEM bundle (bounded) into caCertificates; Validation error naming the file when it
    // cannot be read or holds no certificate.
    static Result<TlsTrust> fromFiles(const QString& caFile, const QString& pinSha256);
};

struct RetryPolicy
{
    int maxAttempts = 4;          // per request, the first one included
    int baseDelayMs = 500;        // full jitter: a delay drawn from [0, min(max, base * 2^n)]
    int maxDelayMs = 30000;
    qint64 maxRetryAfterSeconds = 120; // a server asking for a longer wait gets an error instead
};

// Everything one client of one service needs. Move-only because of the secret.
struct TransportConfig
{
    QUrl tokenUrl;
    QUrl apiRoot;
    QString clientId;
    crypto::SecretBuffer clientSecret;
    TlsTrust trust;
    RetryPolicy retry;
    int timeoutMs = 30000;                        // per attempt: no bytes for this long aborts it
    qint64 maxResponseBytes = 64 * 1024 * 1024;   // larger bodies are aborted while they arrive
    int maxRedirects = 3;                         // same scheme, host and port only

    // The endpoint of `service` in `profile` (NotFound if it has none) with its trust options.
    static Result<TransportConfig> fromProfile(const TenantProfile& profile, Service service,
                                               crypto::SecretBuffer clientSecret);
};

// Cancels the requests it is handed to; one token may serve a whole batch. Lives in the
// transport's thread.
class Cancellation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void cancel()
    {
        if (!m_cancelled) {
            m_cancelled = true;
            Q_EMIT cancelled();
        }
    }
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    // Under the API root, percent-encoded: "/rolecollections/" + HttpRequest::segment(name).
    QString path;
    QUrlQuery query;
    std::optional<QJsonDocument> body;                // sent as application/json
    // Instead of `body`: bytes sent as they are, with this Content-Type when it is not empty
    // (a PEM certificate as application/pkix-cert).
    std::optional<QByteArray> rawBody;
    QByteArray rawContentType;
    QList<QPair<QByteArray, QByteArray>> headers;     // extra headers (If-Match, X-CSRF-Token …)
    // GET, HEAD, PUT, DELETE and OPTIONS are idempotent; a POST or PATCH is retried after a
    // connection reset, timeout or 502/504 only when the caller says repeating it is harmless.
    std::optional<bool> idempotent;
    QPointer<Cancellation> cancellation;
    int timeoutMs = 0; // 0: the transport's
    // Statuses outside 2xx handed back as a response instead of an error, for a caller that
    // reads more than the body of them (the CSRF session needs the headers of a 403).
    QList<int> passStatuses;

    // One path segment, percent-encoded ("A/B C" -> "A%2FB%20C").
    static QString segment(const QString& text)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    }
    bool isIdempotent() const;
    // "GET /rolecollections/x": the `where` of every error about this request.
    QString where() const;
};

struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString where;

    QByteArray header(QByteArrayView name) const;
    // The body as JSON; MalformedResponse naming the request and the parse error otherwise.
    Result<QJsonDocument> json() const;
};

// The HTTPS client of one service of one profile: OAuth2 client credentials with a cached token,
// retries with backoff, typed errors. Lives in one thread with an event loop; the futures finish
// there. Owns its own QNetworkAccessManager: QNAM reuses a connection verified under one TLS
// configuration for a request with another, so managers are never shared across trust settings.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    // `random` returns numbers in [0, 1) for the backoff jitter; empty: QRandomGenerator.
    HttpTransport(TransportConfig config, const Clock& clock, std::function<double()> random = {},
                  QObject* parent = nullptr);
    ~HttpTransport() override;

    // Finishes with the response (2xx, or a status in passStatuses) or a typed error, always with
    // a result: requests cancelled through HttpRequest::cancellation, and requests pending when
    // the transport is destroyed, end with Cancelled. QFuture::cancel() stops the request too,
    // leaving the future without a result, as Qt's cancelled futures are.
    QFuture<Result<HttpResponse>> send(HttpRequest request);

    // Counters, for tests and diagnostics.
    int tokenRequests() const { return m_tokenRequests; } // token POSTs sent
    int apiAttempts() const { return m_apiAttempts; }     // API requests sent, retries included
    // Forgets the cached token (the next request fetches a new one).
    void forgetToken();

private:
    struct Call;
    struct Attempt;
    void start(const std::shared_ptr<Call>& call);
    void cancel(const std::shared_ptr<Call>& call);
    void withToken(std::function<void(const Error*)> then);
    void fetchToken();
    void sendAttempt(const std::shared_ptr<Call>& call);
    void attemptDone(const std::shared_ptr<Call>& call, Result<HttpResponse> outcome, bool retryableFailure);
    void retryLater(const std::shared_ptr<Call>& call, std::optional<qint64> retryAfterSeconds);
    void finish(const std::shared_ptr<Call>& call, Result<HttpResponse> result);
    void tokenDone(Result<HttpResponse> outcome);

    TransportConfig m_config;
    const Clock& m_clock;
    std::function<double()> m_random;
    QNetworkAccessManager* m_nam;
    QSslConfiguration m_tls; // peer verification on, TLS 1.2 or later, the profile's CAs only
    crypto::SecretBuffer m_token;
    QDateTime m_tokenRenewAt;
    quint64 m_tokenGeneration = 0; // which token a request used, so that one 401 renews it once
    std::vector<std::function<void(const Error*)>> m_tokenWaiters;
    std::shared_ptr<Call> m_tokenCall;
    std::vector<std::weak_ptr<Call>> m_calls; // pending API calls, to end them when this goes
    int m_tokenRequests = 0;
    int m_apiAttempts = 0;
};

} // namespace gh::remote
