#include "app/client/remote/CsrfSession.h"

#include "app/client/remote/WireErrors.h"
#include "app/secrets/FutureUtil.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>

#include <memory>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::CsrfSession)
};
} // namespace

namespace {

bool isWrite(const QByteArray& method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// Calls `then` with the future's result once it is there, in `context`'s thread.
void whenDone(const QFuture<Result<HttpResponse>>& future, QObject* context,
              std::function<void(Result<HttpResponse>)> then)
{
    auto* watcher = new QFutureWatcher<Result<HttpResponse>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        const QFuture<Result<HttpResponse>> f = watcher->future();
        then(f.resultCount() > 0 ? f.result()
                                 : Result<HttpResponse>(Error::make(Error::Kind::Cancelled, Tr::tr("the request was cancelled"))));
    });
    watcher->setFuture(future);
}

} // namespace

struct CsrfSession::Write
{
    HttpRequest request;
    QPromise<Result<HttpResponse>> promise;
    quint64 generation = 0;
    bool refetched = false;

    void finish(Result<HttpResponse> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

CsrfSession::CsrfSession(HttpTransport& transport, QString serviceRoot, QObject* parent)
    : QObject(parent), m_transport(&transport), m_serviceRoot(std::move(serviceRoot))
{
}

QFuture<Result<HttpResponse>> CsrfSession::send(HttpRequest request)
{
    if (!m_transport)
        return detail::readyFuture(Result<HttpResponse>(
            Error::make(Error::Kind::Internal, Tr::tr("the transport is gone"), request.where())));
    if (!isWrite(request.method))
        return m_transport->send(std::move(request));
    auto write = std::make_shared<Write>();
    write->request = std::move(request);
    // A 403 must come back with its headers: it may only mean "fetch a new token".
    write->request.passStatuses.append(403);
    write->promise.start();
    QFuture<Result<HttpResponse>> future = write->promise.future();
    withToken([this, write](const Error* error) {
        if (error) {
            Error e = *error;
            e.where = write->request.where();
            write->finish(std::move(e));
            return;
        }
        sendWrite(write);
    });
    return future;
}

void CsrfSession::withToken(std::function<void(const Error*)> then)
{
    if (!m_token.isEmpty()) {
        then(nullptr);
        return;
    }
    m_waiters.push_back(std::move(then));
    if (!m_fetching)
        fetch();
}

void CsrfSession::fetch()
{
    // Not cancellable by any one write: the token serves every write waiting for it (a cancelled
    // write still ends as cancelled, when the transport sees its token).
    m_fetching = true;
    ++m_fetches;
    HttpRequest request;
    request.path = m_serviceRoot;
    request.headers.append({QByteArrayLiteral("X-CSRF-Token"), QByteArrayLiteral("Fetch")});
    whenDone(m_transport->send(std::move(request)), this, [this](Result<HttpResponse> r) {
        m_fetching = false;
        std::optional<Error> error;
        if (!r) {
            error = r.error();
        } else {
            const QByteArray token = r->header("X-CSRF-Token").trimmed();
            if (token.isEmpty() || token.compare("Required", Qt::CaseInsensitive) == 0)
                error = Error::make(Error::Kind::MalformedResponse,
                                    Tr::tr("the service root answered without an X-CSRF-Token header"), r->where);
            else if (token.size() > 4096)
                error = Error::make(Error::Kind::MalformedResponse,
                                    Tr::tr("the X-CSRF-Token header is longer than 4096 bytes"), r->where);
            else {
                m_token = token;
                ++m_generation;
            }
        }
        std::vector<std::function<void(const Error*)>> waiters;
        waiters.swap(m_waiters);
        for (auto& waiter : waiters)
            waiter(error ? &*error : nullptr);
    });
}

void CsrfSession::sendWrite(const std::shared_ptr<Write>& write)
{
    if (!m_transport) {
        write->finish(Error::make(Error::Kind::Internal, Tr::tr("the transport is gone"), write->request.where()));
        return;
    }
    HttpRequest request = write->request;
    request.headers.append({QByteArrayLiteral("X-CSRF-Token"), m_token});
    write->generation = m_generation;
    whenDone(m_transport->send(std::move(request)), this, [this, write](Result<HttpResponse> r) {
        if (!r || r->status != 403) {
            write->finish(std::move(r));
            return;
        }
        const bool required = r->header("X-CSRF-Token").trimmed().compare("Required", Qt::CaseInsensitive) == 0;
        if (!required || write->refetched) {
            write->finish(httpError(r->status, r->body, r->where));
            return;
        }
        // The session or its token expired: one new token, one more try.
        write->refetched = true;
        if (write->generation == m_generation)
            m_token.clear();
        withToken([this, write](const Error* error) {
            if (error) {
                Error e = *error;
                e.where = write->request.where();
                write->finish(std::move(e));
                return;
            }
            sendWrite(write);
        });
    });
}

} // namespace gh::remote
