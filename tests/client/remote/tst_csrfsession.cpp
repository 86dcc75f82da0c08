// The X-CSRF-Token handshake against a scripted HTTPS server that behaves like Cloud Integration:
// the token is fetched with the service root, bound to a session cookie, and a stale one is
// answered with 403 and "X-CSRF-Token: Required". tenantd does not serve /api/v1 yet.
#include "ScriptedServer.h"
#include "TransportTestSupport.h"
#include "app/client/remote/CsrfSession.h"

#include <QTest>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::get;
using gh::test::why;
using Reply = gh::tenantd::HttpResponse;
using Incoming = gh::tenantd::HttpRequest;

class TestCsrfSession : public QObject
{
    Q_OBJECT

private:
    test::ScriptedServer m_server;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};
    // The server's side of the session.
    QByteArray m_csrf = "csrf-1";
    QByteArray m_session = "s1";
    int m_fetches = 0;
    int m_writes = 0;
    bool m_rejectWrites = false; // every token is stale

    std::unique_ptr<HttpTransport> transport()
    {
        TransportConfig c;
        c.tokenUrl = QUrl(m_server.base() + QStringLiteral("/oauth/token"));
        c.apiRoot = QUrl(m_server.base() + QStringLiteral("/api/v1"));
        c.clientId = QStringLiteral("sb-cpi!t1");
        c.clientSecret = crypto::SecretBuffer("secret");
        c.trust.caCertificates = m_server.ca();
        c.retry.baseDelayMs = 1;
        return std::make_unique<HttpTransport>(std::move(c), m_clock, [] { return 0.5; });
    }

    HttpRequest post()
    {
        HttpRequest r = get(QStringLiteral("/UserCredentials"));
        r.method = "POST";
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("Name"), QStringLiteral("n")}});
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.apiHandler = [this](const Incoming& r) {
            if (r.pathSegments == QStringList{QStringLiteral("api"), QStringLiteral("v1")}) {
                if (r.header("X-CSRF-Token") != "Fetch")
                    return Reply::json(200, QJsonObject{});
                ++m_fetches;
                return Reply::json(200, QJsonObject{})
                    .withHeader("X-CSRF-Token", m_csrf)
                    .withHeader("Set-Cookie", "JSESSIONID=" + m_session + "; Path=/; Secure; HttpOnly");
            }
            if (r.pathSegments.value(2) == QLatin1String("Forbidden"))
                return Reply::json(403, QJsonObject{{QStringLiteral("code"), QStringLiteral("Forbidden")}});
            if (r.method == "GET")
                return Reply::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{}}});
            ++m_writes;
            if (m_rejectWrites || r.header("X-CSRF-Token") != m_csrf || !r.header("Cookie").contains(QByteArray("JSESSIONID=" + m_session)))
                return Reply::json(403, QJsonObject{}).withHeader("X-CSRF-Token", "Required");
            return Reply::empty(202);
        };
    }

    void init()
    {
        m_csrf = "csrf-1";
        m_session = "s1";
        m_fetches = 0;
        m_writes = 0;
    }

    void readsNeedNoToken()
    {
        auto t = transport();
        CsrfSession csrf(*t);
        const auto r = await(csrf.send(get(QStringLiteral("/UserCredentials"))));
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(csrf.tokenFetches(), 0);
    }

    void writesFetchTheTokenOnceWithTheSessionCookie()
    {
        auto t = transport();
        CsrfSession csrf(*t);
        // Two writes at once share one fetch.
        auto a = csrf.send(post());
        auto b = csrf.send(post());
        const auto ra = await(a);
        QVERIFY2(ra, qPrintable(why(ra)));
        QCOMPARE(ra->status, 202);
        QVERIFY(await(b));
        QVERIFY(await(csrf.send(post())));
        QCOMPARE(m_fetches, 1);
        QCOMPARE(csrf.tokenFetches(), 1);
        QCOMPARE(m_writes, 3);
    }

    void staleTokenIsFetchedAgainOnce()
    {
        auto t = transport();
        CsrfSession csrf(*t);
        QVERIFY(await(csrf.send(post())));
        m_csrf = "csrf-2"; // the session expired on the server
        m_session = "s2";
        const auto r = await(csrf.send(post()));
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(m_fetches, 2);
        QCOMPARE(m_writes, 3);
    }

    void tokenThatNeverWorksIsForbiddenAfterOneRefetch()
    {
        auto t = transport();
        CsrfSession csrf(*t);
        m_rejectWrites = true;
        const auto r = await(csrf.send(post()));
        m_rejectWrites = false;
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(m_fetches, 2);
        QCOMPARE(m_writes, 2);
        QCOMPARE(r.error().where, QStringLiteral("POST /UserCredentials"));
    }

    void realForbiddenIsNotRetried()
    {
        auto t = transport();
        CsrfSession csrf(*t);
        HttpRequest r = post();
        r.path = QStringLiteral("/Forbidden");
        const auto result = await(csrf.send(r));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Forbidden);
        QVERIFY2(result.error().message.contains(QStringLiteral("Forbidden")), qPrintable(result.error().message));
        QCOMPARE(m_fetches, 1);
    }

};

QTEST_GUILESS_MAIN(TestCsrfSession)
#include "tst_csrfsession.moc"
