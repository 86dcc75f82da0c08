#pragma once

// The one place that knows QtHttpServer (a technology preview in Qt 6.4): it turns Qt's
// request into our HttpRequest, lets a handler answer, and writes the HttpResponse with the
// status and headers the handler chose (QHttpServer's router cannot set arbitrary ones in 6.4).

#include "app/tenantd/Http.h"
#include "app/tenantd/ServerIdentity.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace gh::tenantd {

class HttpsServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    HttpsServer(const ServerIdentity& identity, Handler handler, QObject* parent = nullptr);

    // The port listened on (the chosen one for port 0), or 0 when listening failed.
    quint16 listenOn(const QHostAddress& address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace gh::tenantd
