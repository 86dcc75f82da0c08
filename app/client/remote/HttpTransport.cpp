#include "app/client/remote/HttpTransport.h"

#include "app/client/remote/WireErrors.h"
#include "app/secrets/Cleanse.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::HttpTransport)
};
} // namespace

namespace {

// The token is renewed this long before it expires (or a tenth of its life if that is shorter),
// so that a request sent just before expiry does not arrive with a dead token.
constexpr qint64 kRenewMarginSeconds = 60;
// A token response is a JWT of a few KiB with its scopes; its bound does not follow the API's
// (which a caller may set small).
constexpr qint64 kMaxTokenResponse = 1024 * 1024;

QString hostOf(const QUrl& url)
{
    return url.host();
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}

Error networkError(QString message, const QString& where)
{
    return Error::make(Error::Kind::Network, std::move(message), where);
}

} // namespace

// ---- the transport ------------------------------------------------------------------------------

// What one sent request collects while it runs. Failures found by our own checks (pin, size,
// redirect, cancellation) are recorded before the reply is aborted, since abort() finishes it.
struct HttpTransport::Attempt
{
    QByteArray body;
    std::optional<Error> failure;
    QStringList sslErrors;
};

struct HttpTransport::Call
{
    HttpRequest request;
    bool isToken = false;
    QPromise<Result<HttpResponse>> promise;
    int attempts = 0;
    bool reauthenticated = false;
    quint64 tokenGeneration = 0;
    bool done = false;
    QPointer<QNetworkReply> reply;
    QUrl redirectedTo; // where the last same-origin redirect pointed
    int redirects = 0;
    std::shared_ptr<Attempt> attempt;
    QPointer<QTimer> backoff;
    QPointer<QFutureWatcher<Result<HttpResponse>>> futureWatcher;
    QMetaObject::Connection cancelConnection;
};

HttpTransport::HttpTransport(TransportConfig config, const Clock& clock, std::function<double()> random, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects are followed by our own code (same origin only, a bounded number): Qt 6.4's
    // user-verified policy was seen to end a redirect loop with a bogus "HTTP 100" response
    // while the loop went on in the background.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // The same TLS settings for every request, made once: a pull sends 2,000 requests and more.
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_config.trust.caCertificates.isEmpty())
        m_tls.setCaCertificates(m_config.trust.caCertificates); // the only CAs: system ones are not loaded
}

HttpTransport::~HttpTransport()
{
    // A future without a result would make its waiter's result() undefined: pending calls end
    // with Cancelled, first, while the handlers that own them are still there.
    for (const std::weak_ptr<Call>& weak : m_calls) {
        if (const std::shared_ptr<Call> call = weak.lock(); call && !call->done) {
            call->done = true;
            call->promise.addResult(Error::make(Error::Kind::Cancelled,
                                                Tr::tr("the connection to the tenant was closed"), call->request.where()));
            call->promise.finish();
        }
    }
    // The replies' handlers use members that are gone once this body ends, and the manager (a
    // child) would abort the replies only after that: cut them off and delete it now.
    for (QNetworkReply* reply : m_nam->findChildren<QNetworkReply*>())
        reply->disconnect(this);
    delete m_nam;
    m_tokenWaiters.clear();
    m_tokenCall.reset();
}

void HttpTransport::forgetToken()
{
    m_token.clear();
    m_tokenRenewAt = {};
    ++m_tokenGeneration;
}

QFuture<Result<HttpResponse>> HttpTransport::send(HttpRequest request)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->request.path = call->request.path.isEmpty() || call->request.path.startsWith(QLatin1Char('/'))
        ? call->request.path : QLatin1Char('/') + call->request.path;
    call->promise.start();
    QFuture<Result<HttpResponse>> future = call->promise.future();
    std::erase_if(m_calls, [](const std::weak_ptr<Call>& c) { return c.expired(); });
    m_calls.push_back(call);
    for (const QUrl& url : {m_config.tokenUrl, m_config.apiRoot}) {
        // The secret and the tokens never travel in the clear, whatever a config says.
        if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            finish(call, Error::make(Error::Kind::Validation,
                                     Tr::tr("only https URLs are used: %1").arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                                     call->request.where()));
            return future;
        }
    }
    if (call->request.path.contains(QLatin1Char('?')) || call->request.path.contains(QLatin1Char('#'))) {
        // Sent as it is, "?" would be encoded into the path and answered with a puzzling 404.
        finish(call, Error::make(Error::Kind::Internal,
                                 Tr::tr("the path holds '?' or '#': give the query in HttpRequest::query"),
                                 call->request.where()));
        return future;
    }
    const std::weak_ptr<Call> weak = call;
    if (Cancellation* c = call->request.cancellation) {
        if (c->isCancelled()) {
            finish(call, Error::make(Error::Kind::Cancelled, Tr::tr("the request was cancelled"), call->request.where()));
            return future;
        }
        call->cancelConnection = connect(c, &Cancellation::cancelled, this, [this, weak] { cancel(weak.lock()); });
    }
    // QFuture::cancel() works too (the future then has no result, as Qt has it): the transfer
    // or the wait for a retry stops instead of running on for nobody.
    call->futureWatcher = new QFutureWatcher<Result<HttpResponse>>(this);
    connect(call->futureWatcher, &QFutureWatcherBase::canceled, this, [this, weak] { cancel(weak.lock()); });
    call->futureWatcher->setFuture(future);
    start(call);
    return future;
}

void HttpTransport::cancel(const std::shared_ptr<Call>& call)
{
    if (!call || call->done)
        return;
    Error cancelled = Error::make(Error::Kind::Cancelled, Tr::tr("the request was cancelled"), call->request.where());
    if (call->reply && call->attempt) {
        call->attempt->failure = std::move(cancelled);
        call->reply->abort(); // finishes the reply, whose handler finishes the call
    } else {
        finish(call, std::move(cancelled)); // waiting for a token or a retry
    }
}

void HttpTransport::start(const std::shared_ptr<Call>& call)
{
    withToken([this, call](const Error* error) {
        if (call->done)
            return;
        if (error) {
            Error e = *error;
            e.where = call->request.where();
            finish(call, std::move(e));
            return;
        }
        sendAttempt(call);
    });
}

void HttpTransport::withToken(std::function<void(const Error*)> then)
{
    if (!m_token.isEmpty() && m_clock.now() < m_tokenRenewAt) {
        then(nullptr);
        return;
    }
    m_tokenWaiters.push_back(std::move(then));
    if (!m_tokenCall)
        fetchToken();
}

void HttpTransport::fetchToken()
{
    m_token.clear();
    m_tokenCall = std::make_shared<Call>();
    m_tokenCall->isToken = true;
    m_tokenCall->request.method = QByteArrayLiteral("POST");
    m_tokenCall->request.path = m_config.tokenUrl.path();
    // Repeating a client-credentials grant is harmless: at worst a second token is issued.
    m_tokenCall->request.idempotent = true;
    sendAttempt(m_tokenCall);
}

void HttpTransport::sendAttempt(const std::shared_ptr<Call>& call)
{
    ++call->attempts;
    QUrl url;
    if (call->redirectedTo.isValid()) {
        url = call->redirectedTo;
    } else if (call->isToken) {
        url = m_config.tokenUrl;
    } else {
        url = m_config.apiRoot;
        QString root = url.path();
        while (root.endsWith(QLatin1Char('/')))
            root.chop(1);
        // The path is already percent-encoded by the caller (segment by segment, so that a '/'
        // inside a name stays inside it): TolerantMode keeps "%20" as it is instead of "%2520".
        url.setPath(root + call->request.path, QUrl::TolerantMode);
        if (!call->request.query.isEmpty())
            url.setQuery(call->request.query);
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(call->request.timeoutMs > 0 ? call->request.timeoutMs : m_config.timeoutMs);
    request.setRawHeader("Accept", "application/json");

    QByteArray body;
    QByteArray authorization;
    if (call->isToken) {
        // RFC 6749 2.3.1: HTTP Basic with the form-encoded id and secret. Every copy of the secret
        // made here is wiped; QNetworkRequest's own copy lives as long as the request.
        QByteArray secret(m_config.clientSecret.data(), m_config.clientSecret.size());
        QByteArray encoded = secret.toPercentEncoding();
        cleanse(secret);
        QByteArray pair = m_config.clientId.toUtf8().toPercentEncoding() + ':' + encoded;
        cleanse(encoded);
        QByteArray base64 = pair.toBase64();
        cleanse(pair);
        authorization.reserve(6 + base64.size());
        authorization.append("Basic ").append(base64);
        cleanse(base64);
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        body = QByteArrayLiteral("grant_type=client_credentials");
        ++m_tokenRequests;
    } else {
        authorization.reserve(7 + m_token.size());
        authorization.append("Bearer ").append(m_token.view());
        call->tokenGeneration = m_tokenGeneration;
        if (call->request.body) {
            request.setRawHeader("Content-Type", "application/json");
            body = call->request.body->toJson(QJsonDocument::Compact);
        } else if (call->request.rawBody) {
            if (!call->request.rawContentType.isEmpty())
                request.setRawHeader("Content-Type", call->request.rawContentType);
            body = *call->request.rawBody;
        }
        for (const auto& [name, value] : call->request.headers)
            request.setRawHeader(name, value);
        ++m_apiAttempts;
    }
    // The request gets a copy of its own (QNAM keeps it as long as the request lives, out of our
    // reach); ours is not shared with it, so cleanse() really wipes it.
    request.setRawHeader("Authorization", deepCopy(authorization));
    cleanse(authorization);

    auto attempt = std::make_shared<Attempt>();
    call->attempt = attempt;
    QNetworkReply* reply = m_nam->sendCustomRequest(request, call->request.method, body);
    call->reply = reply;
    const QString where = call->request.where();
    const qint64 maxBytes = call->isToken ? kMaxTokenResponse : m_config.maxResponseBytes;
    const QString pin = m_config.trust.pinSha256;

    // The pin is checked when a connection's handshake completes (QNAM delivers this before any
    // request data is written, so a wrong server never sees the token) and again on the response,
    // which covers a connection the manager reused.
    const auto checkPin = [reply, attempt, pin, url, where] {
        if (pin.isEmpty() || attempt->failure)
            return true;
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        const QString actual = QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex());
        if (actual == pin)
            return true;
        attempt->failure = networkError(
            Tr::tr("the server's certificate does not match the pinned one: host %1 presents SHA-256 %2, the profile pins %3")
                .arg(hostOf(url), actual.isEmpty() ? Tr::tr("(none)") : actual, pin),
            where);
        reply->abort();
        return false;
    };
    connect(reply, &QNetworkReply::encrypted, this, checkPin);
    connect(reply, &QNetworkReply::sslErrors, this, [attempt](const QList<QSslError>& errors) {
        // Never ignored: they only make the message say why the handshake failed.
        for (const QSslError& e : errors)
            attempt->sslErrors.append(e.errorString());
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, attempt, checkPin, maxBytes, where] {
        if (!checkPin())
            return;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBytes && !attempt->failure) {
            attempt->failure = Error::make(Error::Kind::MalformedResponse,
                                           Tr::tr("the response body of %1 bytes is larger than the limit of %2 bytes")
                                               .arg(announced)
                                               .arg(maxBytes),
                                           where);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, attempt, maxBytes, where] {
        if (attempt->failure)
            return;
        // Read as it arrives, so that a huge body is refused at the limit, not after it is all here.
        attempt->body += reply->read(std::max<qint64>(0, maxBytes + 1 - attempt->body.size()));
        if (attempt->body.size() > maxBytes) {
            attempt->body.clear();
            attempt->failure = Error::make(Error::Kind::MalformedResponse,
                                           Tr::tr("the response body is larger than the limit of %1 bytes").arg(maxBytes),
                                           where);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, attempt, url, where, maxBytes] {
        reply->deleteLater();
        if (call->reply == reply)
            call->reply = nullptr;
        if (call->done)
            return;
        if (!attempt->failure && reply->bytesAvailable() > 0) {
            attempt->body += reply->read(std::max<qint64>(0, maxBytes + 1 - attempt->body.size()));
            if (attempt->body.size() > maxBytes)
                attempt->failure = Error::make(Error::Kind::MalformedResponse,
                                               Tr::tr("the response body is larger than the limit of %1 bytes").arg(maxBytes),
                                               where);
        }
        if (attempt->failure) {
            attemptDone(call, *attempt->failure, false);
            return;
        }
        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttribute.isValid()) {
            using E = QNetworkReply::NetworkError;
            const E e = reply->error();
            if (e == E::SslHandshakeFailedError) {
                const QString why = attempt->sslErrors.isEmpty() ? reply->errorString() : attempt->sslErrors.join(QStringLiteral("; "));
                attemptDone(call, networkError(Tr::tr("the server's certificate is not trusted: %1 (host %2)").arg(why, hostOf(url)), where), false);
            } else if (e == E::OperationCanceledError || e == E::TimeoutError) {
                // Not our abort (that records a failure first): the transfer timeout fired.
                attemptDone(call, networkError(Tr::tr("no answer from %1 within %2 ms").arg(hostOf(url)).arg(
                                                   call->request.timeoutMs > 0 ? call->request.timeoutMs : m_config.timeoutMs), where),
                            call->request.isIdempotent());
            } else {
                const bool transient = e == E::RemoteHostClosedError || e == E::ConnectionRefusedError
                    || e == E::TemporaryNetworkFailureError || e == E::NetworkSessionFailedError || e == E::UnknownNetworkError
                    || e == E::ProxyTimeoutError;
                attemptDone(call, networkError(Tr::tr("%1 (host %2)").arg(reply->errorString(), hostOf(url)), where),
                            transient && call->request.isIdempotent());
            }
            return;
        }
        const int status = statusAttribute.toInt();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const bool keepsMethod = status == 307 || status == 308;
        const bool isRead = call->request.method == "GET" || call->request.method == "HEAD";
        if (location.isValid() && (keepsMethod || (isRead && (status == 301 || status == 302 || status == 303)))) {
            const QUrl target = url.resolved(location);
            if (!sameOrigin(url, target)) {
                attemptDone(call, networkError(Tr::tr("the server redirects to another host, which is refused: %1")
                                                   .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)), where),
                            false);
            } else if (++call->redirects > m_config.maxRedirects) {
                attemptDone(call, networkError(Tr::tr("more than %1 redirects").arg(m_config.maxRedirects), where), false);
            } else {
                call->redirectedTo = target;
                --call->attempts; // a hop is not a retry
                sendAttempt(call);
            }
            return;
        }
        HttpResponse response;
        response.status = status;
        response.headers = reply->rawHeaderPairs();
        response.body = std::move(attempt->body);
        response.where = where;
        attemptDone(call, std::move(response), false);
    });
}

void HttpTransport::attemptDone(const std::shared_ptr<Call>& call, Result<HttpResponse> outcome, bool retryableFailure)
{
    const RetryPolicy& policy = m_config.retry;
    if (!outcome) {
        if (retryableFailure && call->attempts < policy.maxAttempts) {
            retryLater(call, std::nullopt);
            return;
        }
        Error e = outcome.error();
        if (retryableFailure && call->attempts > 1)
            e.message += Tr::tr(" (after %1 attempts)").arg(call->attempts);
        finish(call, std::move(e));
        return;
    }
    const HttpResponse& r = *outcome;
    if ((r.status >= 200 && r.status < 300) || call->request.passStatuses.contains(r.status)) {
        finish(call, std::move(outcome));
        return;
    }
    if (!call->isToken && r.status == 401 && !call->reauthenticated) {
        // The token may have been revoked or expired early: one new token, one more try.
        call->reauthenticated = true;
        if (call->tokenGeneration == m_tokenGeneration)
            forgetToken();
        --call->attempts; // the retry with a fresh token is not a backoff attempt
        start(call);
        return;
    }
    const bool transient = r.status == 429 || r.status == 503
        || ((r.status == 502 || r.status == 504) && call->request.isIdempotent());
    if (transient && call->attempts < policy.maxAttempts) {
        retryLater(call, parseRetryAfter(r.header("Retry-After"), m_clock.now()));
        return;
    }
    Error e = httpError(r.status, r.body, r.where);
    if (transient)
        e.message += Tr::tr(" (after %1 attempts)").arg(call->attempts);
    else if (call->isToken && r.status == 401)
        e.message = Tr::tr("the token endpoint refused client '%1': %2").arg(m_config.clientId, e.message);
    finish(call, std::move(e));
}

void HttpTransport::retryLater(const std::shared_ptr<Call>& call, std::optional<qint64> retryAfterSeconds)
{
    const RetryPolicy& policy = m_config.retry;
    qint64 delayMs = 0;
    if (retryAfterSeconds) {
        if (*retryAfterSeconds > policy.maxRetryAfterSeconds) {
            finish(call, Error::make(Error::Kind::Server,
                                     Tr::tr("the server asks to wait %1 s before trying again, longer than %2 s")
                                         .arg(*retryAfterSeconds)
                                         .arg(policy.maxRetryAfterSeconds),
                                     call->request.where()));
            return;
        }
        delayMs = *retryAfterSeconds * 1000;
    } else {
        // Full jitter (a delay drawn from zero to the exponential bound) spreads the retries of
        // many clients hit by the same outage instead of having them return in step.
        const double bound = std::min<double>(policy.maxDelayMs, policy.baseDelayMs * std::ldexp(1.0, call->attempts - 1));
        delayMs = qint64(std::clamp(m_random(), 0.0, 1.0) * bound);
    }
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    call->backoff = timer;
    connect(timer, &QTimer::timeout, this, [this, call, timer] {
        timer->deleteLater();
        if (call->done)
            return;
        if (call->isToken)
            sendAttempt(call);
        else
            start(call); // the token may have expired while waiting
    });
    timer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void HttpTransport::finish(const std::shared_ptr<Call>& call, Result<HttpResponse> result)
{
    if (call->done)
        return;
    call->done = true;
    if (call->backoff)
        call->backoff->deleteLater();
    if (call->futureWatcher)
        call->futureWatcher->deleteLater();
    QObject::disconnect(call->cancelConnection);
    if (call->isToken) {
        tokenDone(std::move(result));
        return;
    }
    call->promise.addResult(std::move(result));
    call->promise.finish();
}

void HttpTransport::tokenDone(Result<HttpResponse> outcome)
{
    m_tokenCall.reset();
    std::optional<Error> error;
    if (!outcome) {
        error = outcome.error();
    } else {
        const QString where = outcome->where;
        auto doc = outcome->json();
        const QJsonObject o = doc ? doc->object() : QJsonObject();
        const QJsonValue token = o.value(QStringLiteral("access_token"));
        const QJsonValue expiresIn = o.value(QStringLiteral("expires_in"));
        const QJsonValue type = o.value(QStringLiteral("token_type"));
        const auto malformed = [&](const QString& what) {
            return Error::make(Error::Kind::MalformedResponse, Tr::tr("the token response %1").arg(what), where);
        };
        if (!doc)
            error = doc.error();
        else if (!doc->isObject())
            error = malformed(Tr::tr("is not a JSON object"));
        else if (!token.isString() || token.toString().isEmpty())
            error = malformed(Tr::tr("has no access_token string"));
        else if (!expiresIn.isDouble() || expiresIn.toDouble() < 1 || expiresIn.toDouble() > 1e9)
            error = malformed(Tr::tr("has no positive expires_in number"));
        else if (!type.isUndefined() && type.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
            error = malformed(Tr::tr("has token_type '%1' instead of bearer").arg(type.toString().left(40)));
        else {
            const qint64 lifetime = qint64(expiresIn.toDouble());
            QByteArray bytes = token.toString().toLatin1();
            m_token = crypto::SecretBuffer(bytes);
            cleanse(bytes);
            m_tokenRenewAt = m_clock.now().addSecs(lifetime - std::min(kRenewMarginSeconds, lifetime / 10));
            ++m_tokenGeneration;
        }
        // The parsed document holds the token too; wipe the body we own.
        cleanse(outcome->body);
    }
    std::vector<std::function<void(const Error*)>> waiters;
    waiters.swap(m_tokenWaiters);
    for (auto& waiter : waiters)
        waiter(error ? &*error : nullptr);
}

} // namespace gh::remote
