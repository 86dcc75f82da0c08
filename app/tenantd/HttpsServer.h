#pragma once

// The one place that knows QtHttpServer (a technology preview in Qt 6.4): it turns Qt's
// request into our HttpRequest, lets a handler answer, and writes the HttpResponse with the
// status and headers the handler chose (QHttpServer's router cannot set arbitrary ones in 6.4).

#include "app/tenantd/Http.h"
#include "app/tenantd/ServerIdentity.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace gh::tenantd {

class HttpsServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    // Where the handler runs. Inline: in the server's thread, the answer written before the next
    // request is read (the tests' scripted servers). Worker (gatehouse-tenantd): one request at
    // a time, in order, on a thread of its own, the answer written by the server's thread when
    // it is ready. The server's thread then goes on sending and receiving on every connection
    // while the handler waits for the store: inline, a 300 KB page answered to a client with
    // several requests in flight stayed half-sent until the next request's handler returned.
    enum class Dispatch { Inline, Worker };

    HttpsServer(const ServerIdentity& identity, Handler handler, Dispatch dispatch = Dispatch::Inline, QObject* parent = nullptr);

    // The port listened on (the chosen one for port 0), or 0 when listening failed.
    quint16 listenOn(const QHostAddress& address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    // Writes an answer made by the worker (or delayed) as HTTP/1.1 bytes, drops or delays it.
    static void answerLater(QTcpSocket* socket, const HttpResponse& response);

    Handler m_handler;
    std::unique_ptr<QThreadPool> m_worker; // one thread, for Dispatch::Worker
};

} // namespace gh::tenantd
