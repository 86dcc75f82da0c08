// HttpTransport against a scripted HTTPS server in the test: what tenantd cannot be made to do on
// demand (401 with a live token, 5xx, redirects, broken token responses), and which requests may
// be repeated. Fixed clock, seeded jitter, millisecond backoff.
#include "ScriptedServer.h"
#include "TransportTestSupport.h"
#include "app/client/remote/HttpTransport.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/client/remote/WireErrors.h"

#include <QLocale>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTcpSocket>
#include <QTest>

#include <random>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::get;
using gh::test::why;
using Reply = gh::tenantd::HttpResponse;
using Incoming = gh::tenantd::HttpRequest;

class TestHttpTransportScripted : public QObject
{
    Q_OBJECT

private:
    test::ScriptedServer m_server;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};
    std::mt19937 m_rng{7};

    // `base` for both the token endpoint and the API, `apiBase` for the API alone.
    std::unique_ptr<HttpTransport> transport(int maxAttempts = 4, QString base = {}, int timeoutMs = 20000, QString apiBase = {})
    {
        if (base.isEmpty())
            base = m_server.base();
        if (apiBase.isEmpty())
            apiBase = base;
        TransportConfig c;
        c.tokenUrl = QUrl(base + QStringLiteral("/oauth/token"));
        c.apiRoot = QUrl(apiBase + QStringLiteral("/api/v1"));
        c.timeoutMs = timeoutMs;
        c.clientId = QStringLiteral("sb-test!t1");
        c.clientSecret = crypto::SecretBuffer("s3cret:with&odd=chars");
        c.trust.caCertificates = m_server.ca();
        c.retry.maxAttempts = maxAttempts;
        c.retry.baseDelayMs = 2;
        c.retry.maxDelayMs = 20;
        return std::make_unique<HttpTransport>(std::move(c), m_clock, [this] {
            return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        });
    }

    // Answers `statuses` in turn, then 200 with {"ok":true}.
    void script(QList<int> statuses, QByteArray retryAfter = {})
    {
        m_server.apiHandler = [statuses, retryAfter, n = 0](const Incoming&) mutable {
            if (n < statuses.size()) {
                Reply r = Reply::error(statuses.at(n++), QStringLiteral("busy"), QStringLiteral("try later"));
                if (!retryAfter.isEmpty())
                    r.withHeader("Retry-After", retryAfter);
                return r;
            }
            return Reply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
        };
    }

    int apiRequests() const
    {
        int n = 0;
        for (const Incoming& r : m_server.requests)
            n += r.pathSegments.value(0) == QLatin1String("api");
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_server.requests.clear();
        m_server.tokenHandler = {};
        m_server.apiHandler = {};
    }

    void tokenRequestIsBasicAuthWithTheFormEncodedSecret()
    {
        auto t = transport();
        QVERIFY(await(t->send(get(QStringLiteral("/x")))));
        const Incoming& token = m_server.requests.first();
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.body, QByteArray("grant_type=client_credentials"));
        QCOMPARE(token.header("Authorization"),
                 "Basic " + QByteArray("sb-test%21t1:s3cret%3Awith%26odd%3Dchars").toBase64());
        QCOMPARE(m_server.requests.last().header("Authorization"), "Bearer tok-" + QByteArray::number(m_server.tokensIssued));
    }

    void a401RenewsTheTokenOnceAndRetriesOnce()
    {
        auto t = transport();
        QVERIFY(await(t->send(get(QStringLiteral("/x")))));
        const QByteArray first = "Bearer tok-" + QByteArray::number(m_server.tokensIssued);
        // The server revokes the first token.
        m_server.apiHandler = [first](const Incoming& r) {
            return r.header("Authorization") == first ? Reply::error(401, QStringLiteral("invalid_token"), QStringLiteral("revoked"))
                                                      : Reply::json(200, QJsonObject{});
        };
        const auto r = await(t->send(get(QStringLiteral("/x"))));
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(t->tokenRequests(), 2);

        // A server that refuses every token: one renewal, then the error.
        m_server.apiHandler = [](const Incoming&) { return Reply::error(401, QStringLiteral("invalid_token"), QStringLiteral("revoked")); };
        const int before = t->apiAttempts();
        const auto refused = await(t->send(get(QStringLiteral("/x"))));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Authentication);
        QCOMPARE(t->tokenRequests(), 3);
        QCOMPARE(t->apiAttempts() - before, 2);
    }

    void gatewayErrorsAreRetriedForIdempotentRequestsOnly()
    {
        auto t = transport();
        script({502, 504});
        QVERIFY(await(t->send(get(QStringLiteral("/x")))));
        QCOMPARE(apiRequests(), 3);

        m_server.requests.clear();
        script({502});
        HttpRequest post = get(QStringLiteral("/x"));
        post.method = "POST";
        post.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("n")}});
        const auto r = await(t->send(post));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Server);
        QCOMPARE(apiRequests(), 1);

        m_server.requests.clear();
        script({502});
        post.idempotent = true;
        QVERIFY(await(t->send(post)));
        QCOMPARE(apiRequests(), 2);

        // 429 and 503 say the request was not processed: a POST may be repeated.
        m_server.requests.clear();
        script({429, 503});
        post.idempotent.reset();
        QVERIFY(await(t->send(post)));
        QCOMPARE(apiRequests(), 3);
    }

    void attemptsAreBounded()
    {
        auto t = transport(3);
        script({503, 503, 503, 503, 503});
        const auto r = await(t->send(get(QStringLiteral("/x"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Server);
        QVERIFY2(r.error().message.contains(QStringLiteral("after 3 attempts")), qPrintable(r.error().message));
        QCOMPARE(apiRequests(), 3);
    }

    void retryAfterAsAnHttpDate()
    {
        auto t = transport();
        // A date the fixed clock has reached: no wait.
        const QByteArray date = QLocale::c().toString(m_clock.now(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        script({429}, date);
        QVERIFY(await(t->send(get(QStringLiteral("/x")))));
        QCOMPARE(apiRequests(), 2);
    }

    void cancelWhileWaitingToRetry()
    {
        auto t = transport();
        script({503}, "30");
        Cancellation cancel;
        HttpRequest r = get(QStringLiteral("/x"));
        r.cancellation = &cancel;
        auto future = t->send(r);
        QTRY_COMPARE(apiRequests(), 1);
        QTest::qWait(50);
        cancel.cancel();
        const auto result = await(future, 5000);
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);
    }

    void cancellingTheFutureStopsTheRetries()
    {
        auto t = transport();
        script({503, 503}, "1");
        auto future = t->send(get(QStringLiteral("/x")));
        QTRY_COMPARE(apiRequests(), 1);
        future.cancel();
        QTest::qWait(1500); // past the Retry-After
        QCOMPARE(apiRequests(), 1);
        QVERIFY(future.isCanceled());
    }

    void redirectsStayOnTheSameOrigin()
    {
        auto t = transport();
        m_server.apiHandler = [this](const Incoming& r) {
            if (r.pathSegments.last() == QLatin1String("moved"))
                return Reply::empty(302).withHeader("Location", m_server.base().toLatin1() + "/api/v1/here");
            if (r.pathSegments.last() == QLatin1String("away"))
                return Reply::empty(302).withHeader("Location", QStringLiteral("https://localhost:%1/api/v1/here").arg(m_server.port()).toLatin1());
            if (r.pathSegments.last() == QLatin1String("loop"))
                return Reply::empty(302).withHeader("Location", "/api/v1/loop");
            return Reply::json(200, QJsonObject{{QStringLiteral("here"), true}});
        };
        const auto moved = await(t->send(get(QStringLiteral("/moved"))));
        QVERIFY2(moved, qPrintable(why(moved)));
        QCOMPARE(moved->json()->object().value(QStringLiteral("here")).toBool(), true);

        const auto away = await(t->send(get(QStringLiteral("/away"))));
        QVERIFY(!away);
        QCOMPARE(away.error().kind, Error::Kind::Network);
        QVERIFY2(away.error().message.contains(QStringLiteral("redirects to another host")), qPrintable(away.error().message));

        const auto loop = await(t->send(get(QStringLiteral("/loop"))));
        QVERIFY(!loop);
        QVERIFY2(loop.error().kind == Error::Kind::Network, qPrintable(loop.error().toString()));
        QVERIFY2(loop.error().message.contains(QStringLiteral("more than 3 redirects")), qPrintable(loop.error().message));
    }

    void brokenTokenResponsesAreTypedErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no token") << QByteArray("{\"expires_in\":10}") << QStringLiteral("no access_token");
        QTest::newRow("token number") << QByteArray("{\"access_token\":5,\"expires_in\":10}") << QStringLiteral("no access_token");
        QTest::newRow("expiry string") << QByteArray("{\"access_token\":\"t\",\"expires_in\":\"10\"}") << QStringLiteral("expires_in");
        QTest::newRow("mac token") << QByteArray("{\"access_token\":\"t\",\"expires_in\":10,\"token_type\":\"mac\"}")
                                   << QStringLiteral("token_type 'mac'");
    }
    void brokenTokenResponsesAreTypedErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        m_server.tokenHandler = [body](const Incoming&) {
            Reply r = Reply::empty(200);
            r.body = body;
            return r;
        };
        auto t = transport();
        const auto r = await(t->send(get(QStringLiteral("/x"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::MalformedResponse);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(apiRequests(), 0);
    }

    void errorBodiesOfEachShapeReachTheMessage()
    {
        auto t = transport();
        m_server.apiHandler = [](const Incoming&) {
            Reply r = Reply::empty(409);
            r.body = "{\"error\":{\"code\":\"Conflict\",\"message\":{\"lang\":\"en\",\"value\":\"Entity with specified name already exists.\"}}}";
            return r;
        };
        const auto r = await(t->send(get(QStringLiteral("/x"))));
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(r.error().message, QStringLiteral("Entity with specified name already exists. (HTTP 409 Conflict)"));
        QCOMPARE(r.error().where, QStringLiteral("GET /x"));
    }

    void destroyingTheTransportEndsPendingRequests()
    {
        auto t = transport();
        script({503}, "30");
        auto waiting = t->send(get(QStringLiteral("/x")));    // will sit in its backoff
        QTRY_COMPARE(apiRequests(), 1);
        auto inFlight = t->send(get(QStringLiteral("/y")));   // sent, not answered yet
        t.reset();
        QVERIFY(waiting.isFinished() && inFlight.isFinished());
        QCOMPARE(waiting.resultCount(), 1);
        QCOMPARE(waiting.result().error().kind, Error::Kind::Cancelled);
        QCOMPARE(inFlight.resultCount(), 1);
        QCOMPARE(inFlight.result().error().kind, Error::Kind::Cancelled);
    }

    void wrongPinSendsNothing()
    {
        // The pin is checked when the handshake completes, before the request is written: a
        // server with the wrong certificate never sees the client's credentials.
        auto good = transport();
        QVERIFY(await(good->send(get(QStringLiteral("/x")))));
        m_server.requests.clear();
        TransportConfig c;
        c.tokenUrl = QUrl(m_server.base() + QStringLiteral("/oauth/token"));
        c.apiRoot = QUrl(m_server.base() + QStringLiteral("/api/v1"));
        c.clientId = QStringLiteral("sb-test!t1");
        c.clientSecret = crypto::SecretBuffer("s3cret");
        c.trust.caCertificates = m_server.ca();
        c.trust.pinSha256 = QString(64, QLatin1Char('0'));
        HttpTransport pinned(std::move(c), m_clock);
        const auto r = await(pinned.send(get(QStringLiteral("/x"))));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not match the pinned one")), qPrintable(r.error().message));
        QTest::qWait(100);
        QCOMPARE(m_server.requests.size(), 0);
    }

    void certificateForAnotherHostIsNotTrusted()
    {
        // The sandbox certificate names 127.0.0.1 and localhost, not 127.0.0.2.
        test::ScriptedServer other;
        QVERIFY(other.start(QHostAddress(QStringLiteral("127.0.0.2"))));
        TransportConfig c;
        c.tokenUrl = QUrl(other.base() + QStringLiteral("/oauth/token"));
        c.apiRoot = QUrl(other.base() + QStringLiteral("/api/v1"));
        c.clientId = QStringLiteral("sb-test!t1");
        c.clientSecret = crypto::SecretBuffer("s3cret");
        c.trust.caCertificates = other.ca();
        HttpTransport t(std::move(c), m_clock);
        const auto r = await(t.send(get(QStringLiteral("/x"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("the server's certificate is not trusted: ")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("host name")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.endsWith(QStringLiteral("(host 127.0.0.2)")), qPrintable(r.error().message));
        QVERIFY(other.requests.isEmpty());
    }

    void plainHttpIsRefused()
    {
        TransportConfig c;
        c.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(m_server.port()));
        c.apiRoot = QUrl(m_server.base() + QStringLiteral("/api/v1"));
        c.clientId = QStringLiteral("sb-test!t1");
        c.clientSecret = crypto::SecretBuffer("s3cret");
        HttpTransport t(std::move(c), m_clock);
        const auto r = await(t.send(get(QStringLiteral("/x"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QCOMPARE(t.tokenRequests(), 0);
        QVERIFY(m_server.requests.isEmpty());
    }

    void configFromAProfile()
    {
        TenantProfile profile;
        profile.name = QStringLiteral("acme");
        ServiceEndpoint endpoint;
        endpoint.tokenUrl = QUrl(m_server.base() + QStringLiteral("/oauth/token"));
        endpoint.apiRoot = QUrl(m_server.base() + QStringLiteral("/api/v1"));
        endpoint.clientId = QStringLiteral("sb-acme!t1");
        profile.services.emplace(Service::Xsuaa, endpoint);
        profile.caFile = m_server.caFile();
        profile.pinSha256 = QStringLiteral("AB:") + QString(62, QLatin1Char('c'));

        auto c = TransportConfig::fromProfile(profile, Service::Xsuaa, crypto::SecretBuffer("s"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        QCOMPARE(c->clientId, QStringLiteral("sb-acme!t1"));
        QCOMPARE(c->apiRoot, endpoint.apiRoot);
        QCOMPARE(c->trust.caCertificates, m_server.ca());
        QCOMPARE(c->trust.pinSha256, QStringLiteral("ab") + QString(62, QLatin1Char('c')));
        QCOMPARE(c->clientSecret.view(), QByteArrayView("s"));

        auto missing = TransportConfig::fromProfile(profile, Service::Destination, {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);

        profile.caFile = m_server.caFile() + QStringLiteral(".absent");
        QVERIFY(!TransportConfig::fromProfile(profile, Service::Xsuaa, {}));
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("not a certificate");
        notPem.close();
        profile.caFile = notPem.fileName();
        auto bad = TransportConfig::fromProfile(profile, Service::Xsuaa, {});
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Validation);
        QCOMPARE(bad.error().where, notPem.fileName());
        profile.caFile.clear();
        profile.pinSha256 = QStringLiteral("xyz");
        QVERIFY(!TransportConfig::fromProfile(profile, Service::Xsuaa, {}));
    }

    void silentServerTimesOutAndIsRetried()
    {
        // Accepts connections and never says a word: not even the TLS handshake completes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held.append(s);
        });
        auto t = transport(2, QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()), 200);
        const auto r = await(t->send(get(QStringLiteral("/x"))), 10000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.contains(QStringLiteral("within 200 ms (after 2 attempts)")), qPrintable(r.error().message));
        QCOMPARE(t->tokenRequests(), 2);
    }

    void resetTokenRequestsAreRetried()
    {
        // Closes every connection as soon as it is made.
        QTcpServer rude;
        QVERIFY(rude.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&rude, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = rude.nextPendingConnection()) {
                ++connections;
                s->close();
                s->deleteLater();
            }
        });
        // The token request is a harmless repeat: retried.
        auto t = transport(3, QStringLiteral("https://127.0.0.1:%1").arg(rude.serverPort()));
        const auto r = await(t->send(get(QStringLiteral("/x"))), 10000);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QCOMPARE(t->tokenRequests(), 3);
        QVERIFY2(r.error().message.contains(QStringLiteral("after 3 attempts")), qPrintable(r.error().message));
    }

    void resetPostIsNotRepeated()
    {
        // Tokens from the scripted server, the API on a server that drops every connection.
        QTcpServer rude;
        QVERIFY(rude.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&rude, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = rude.nextPendingConnection()) {
                ++connections;
                s->close();
                s->deleteLater();
            }
        });
        auto t = transport(3, {}, 20000, QStringLiteral("https://127.0.0.1:%1").arg(rude.serverPort()));
        HttpRequest post = get(QStringLiteral("/x"));
        post.method = "POST";
        post.body = QJsonDocument(QJsonObject{});
        const auto once = await(t->send(post), 10000);
        QVERIFY(!once);
        QCOMPARE(once.error().kind, Error::Kind::Network);
        QCOMPARE(t->apiAttempts(), 1); // the server may have acted on it before the reset

        post.idempotent = true; // the caller knows better
        QVERIFY(!await(t->send(post), 10000));
        QCOMPARE(t->apiAttempts(), 4);
        HttpRequest patch = get(QStringLiteral("/x"));
        patch.method = "PATCH";
        QVERIFY(!patch.isIdempotent());
        QVERIFY(!await(t->send(get(QStringLiteral("/x"))), 10000));
        QCOMPARE(t->apiAttempts(), 7);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransportScripted)
#include "tst_httptransport_scripted.moc"
