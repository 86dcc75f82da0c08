#pragma once

#include "app/client/remote/HttpTransport.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

namespace gh::remote {

// The X-CSRF-Token handshake of Cloud Integration writes (SAP_APIS.md 1.2): before the first
// POST/PUT/PATCH/DELETE, GET the service root with "X-CSRF-Token: Fetch" and keep the token;
// send it with every write; on a 403 that says "X-CSRF-Token: Required", fetch once more and
// retry once. The token is bound to the session cookies (JSESSIONID, __VCAP_ID__): those live
// in the cookie jar of the transport's own QNetworkAccessManager, which stores and replays them.
// Reads pass straight through. Lives in the transport's thread; the transport must outlive it.
class CsrfSession : public QObject
{
    Q_OBJECT
public:
    // `serviceRoot`: the path under the transport's API root that answers the fetch; empty is
    // the API root itself (https://<host>/api/v1).
    explicit CsrfSession(HttpTransport& transport, QString serviceRoot = {}, QObject* parent = nullptr);

    QFuture<Result<HttpResponse>> send(HttpRequest request);

    int tokenFetches() const { return m_fetches; }

private:
    struct Write;
    void withToken(std::function<void(const Error*)> then);
    void fetch();
    void sendWrite(const std::shared_ptr<Write>& write);

    QPointer<HttpTransport> m_transport;
    QString m_serviceRoot;
    QByteArray m_token; // a session token, not a credential: the cookies are what it is bound to
    quint64 m_generation = 0;
    bool m_fetching = false;
    std::vector<std::function<void(const Error*)>> m_waiters;
    int m_fetches = 0;
};

} // namespace gh::remote
