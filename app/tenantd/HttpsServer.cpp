#include "app/tenantd/HttpsServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>

namespace gh::tenantd {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 304: return QByteArrayLiteral("Not Modified");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 409: return QByteArrayLiteral("Conflict");
    case 412: return QByteArrayLiteral("Precondition Failed");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    }
}

// The whole response as HTTP/1.1 bytes, for a delayed answer: the QHttpServerResponder refers
// to the request Qt is parsing, which must not be kept past handleRequest().
QByteArray serialize(const HttpResponse& response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    out += response.body;
    return out;
}

} // namespace

HttpsServer::HttpsServer(const ServerIdentity& identity, Handler handler, Dispatch dispatch, QObject* parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
    if (dispatch == Dispatch::Worker) {
        m_worker = std::make_unique<QThreadPool>();
        m_worker->setMaxThreadCount(1); // the handler's state (tokens, rates, CSRF) is not shared
        m_worker->setExpiryTimeout(-1);
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(identity.chain);
    tls.setPrivateKey(identity.key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    sslSetup(tls);
}

quint16 HttpsServer::listenOn(const QHostAddress& address, quint16 port)
{
    return listen(address, port);
}

bool HttpsServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    r.pathSegments = splitPath(request.url().path(QUrl::FullyEncoded).toLatin1());
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();

    if (m_worker) {
        // The server is the answer's context (it outlives the worker, whose pool it owns); a
        // connection closed meanwhile drops the answer.
        QtConcurrent::run(m_worker.get(), [handler = &m_handler, r = std::move(r)] { return (*handler)(r); })
            .then(this, [socket = QPointer<QTcpSocket>(socket)](const HttpResponse& response) {
                if (socket)
                    answerLater(socket, response);
            });
        return true;
    }
    const HttpResponse response = m_handler(r);
    if (response.drop || response.delay.count() > 0) {
        answerLater(socket, response);
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    // The responder's write() takes headers only as an initializer list; the parts take any.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    return true;
}

void HttpsServer::answerLater(QTcpSocket* socket, const HttpResponse& response)
{
    // Injected faults. The socket is the timers' context: a connection that closes meanwhile
    // cancels them. Closing is deferred even without a delay, because Qt still uses the
    // request and socket after handleRequest() returns.
    if (response.drop) {
        QTimer::singleShot(response.delay, socket, &QAbstractSocket::abort);
        return;
    }
    if (response.delay.count() > 0) {
        // Not a sleep: other connections are served meanwhile, as behind a slow network.
        QTimer::singleShot(response.delay, socket, [socket, bytes = serialize(response)] { socket->write(bytes); });
        return;
    }
    socket->write(serialize(response));
}

void HttpsServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only reached if Qt decides otherwise.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace gh::tenantd
