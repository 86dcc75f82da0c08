// HttpTransport against the real gatehouse-tenantd on 127.0.0.1: tokens, typed errors, retries
// on 429, trust (CA bundle, system CAs, pin), cancellation and the response size bound. The
// clock is fixed and the jitter seeded, so nothing here depends on timing beyond tenantd's own
// one-second rate window.
#include "DemoTenant.h"
#include "tenantd/TenantdDaemon.h"
#include "TransportTestSupport.h"
#include "app/client/remote/HttpTransport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::get;
using gh::test::why;

namespace {

const QString kCollections = QStringLiteral("/sap/rest/authorization/v2/rolecollections");

HttpRequest users()
{
    HttpRequest r = get(QStringLiteral("/Users"));
    r.query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    return r;
}

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    QList<QSslCertificate> m_ca;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};
    std::mt19937 m_rng{42};

    // A client of the XSUAA API for one of tenantd's clients ("full-access", "read-only").
    TransportConfig config(const test::Daemon& daemon, const QString& client, const QList<QSslCertificate>& ca)
    {
        auto key = ServiceKey::readFile(daemon.keysDir() + QLatin1Char('/') + client + QStringLiteral("-xsuaa-apiaccess.json"));
        if (!key)
            qFatal("service key: %s", qPrintable(key.error().toString()));
        TransportConfig c;
        c.tokenUrl = key->tokenUrl;
        c.apiRoot = key->apiRoot;
        c.clientId = key->clientId;
        c.clientSecret = std::move(key->clientSecret);
        c.trust.caCertificates = ca;
        c.retry.baseDelayMs = 5; // fast, and still exponential
        c.retry.maxDelayMs = 50;
        c.timeoutMs = 20000;
        return c;
    }
    TransportConfig config(const QString& client) { return config(m_daemon, client, m_ca); }

    std::unique_ptr<HttpTransport> transport(TransportConfig c)
    {
        return std::make_unique<HttpTransport>(std::move(c), m_clock, [this] {
            return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        QCOMPARE(m_ca.size(), 1);
    }

    void tokenIsFetchedOnceAndReused()
    {
        auto t = transport(config(QStringLiteral("read-only")));
        const auto first = await(t->send(get(kCollections)));
        QVERIFY2(first, qPrintable(why(first)));
        QCOMPARE(first->status, 200);
        auto doc = first->json();
        QVERIFY(doc);
        QVERIFY(doc->isArray());
        QVERIFY(doc->array().size() > 2);
        QVERIFY(!doc->array().first().toObject().value(QStringLiteral("name")).toString().isEmpty());
        // Two at once share the one token that is already there.
        auto a = t->send(get(kCollections));
        auto b = t->send(get(kCollections));
        QVERIFY(await(a));
        QVERIFY(await(b));
        QCOMPARE(t->tokenRequests(), 1);
        QCOMPARE(t->apiAttempts(), 3);
    }

    void concurrentFirstRequestsShareOneTokenFetch()
    {
        auto t = transport(config(QStringLiteral("read-only")));
        auto a = t->send(get(kCollections));
        auto b = t->send(get(kCollections + QStringLiteral("/No%20Such")));
        QVERIFY(await(a));
        QCOMPARE(await(b).error().kind, Error::Kind::NotFound);
        QCOMPARE(t->tokenRequests(), 1);
    }

    void readOnlyWriteIsForbiddenWithTheServersMessage()
    {
        auto t = transport(config(QStringLiteral("read-only")));
        HttpRequest post;
        post.method = "POST";
        post.path = kCollections;
        post.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Not Allowed")}});
        const auto r = await(t->send(std::move(post)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QVERIFY2(r.error().message.contains(QStringLiteral("You don't have the authorizations required")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("HTTP 403")));
        QCOMPARE(r.error().where, QStringLiteral("POST ") + kCollections);
    }

    void unknownCollectionIsNotFound()
    {
        auto t = transport(config(QStringLiteral("full-access")));
        const QString path = kCollections + QStringLiteral("/No%20Such%20Collection");
        const auto r = await(t->send(get(path)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(r.error().where, QStringLiteral("GET ") + path);
    }

    void namesAreSentPercentEncodedOnce()
    {
        auto t = transport(config(QStringLiteral("read-only")));
        const auto all = await(t->send(get(kCollections)));
        QVERIFY2(all, qPrintable(why(all)));
        QString spaced;
        for (const QJsonValue& v : all->json()->array())
            if (const QString n = v.toObject().value(QStringLiteral("name")).toString(); n.contains(QLatin1Char(' ')))
                spaced = n;
        QVERIFY(!spaced.isEmpty());
        const auto one = await(t->send(get(kCollections + QLatin1Char('/') + HttpRequest::segment(spaced))));
        QVERIFY2(one, qPrintable(why(one)));
        QCOMPARE(one->json()->object().value(QStringLiteral("name")).toString(), spaced);

        const auto withQuery = await(t->send(get(QStringLiteral("/Users?count=1"))));
        QVERIFY(!withQuery);
        QCOMPARE(withQuery.error().kind, Error::Kind::Internal);
    }

    void expiredTokenIsRenewed()
    {
        auto t = transport(config(QStringLiteral("read-only")));
        QVERIFY(await(t->send(get(kCollections))));
        QCOMPARE(t->tokenRequests(), 1);
        const QDateTime start = m_clock.now();
        m_clock.set(start.addSecs(43000)); // tenantd's tokens live 43199 s: still good
        QVERIFY(await(t->send(get(kCollections))));
        QCOMPARE(t->tokenRequests(), 1);
        m_clock.set(start.addSecs(43199 - 30)); // inside the renewal margin before expiry
        QVERIFY(await(t->send(get(kCollections))));
        QCOMPARE(t->tokenRequests(), 2);
        QVERIFY(await(t->send(get(kCollections))));
        QCOMPARE(t->tokenRequests(), 2);
        m_clock.set(start);
    }

    void forgottenTokenIsFetchedAgain()
    {
        auto t = transport(config(QStringLiteral("read-only")));
        QVERIFY(await(t->send(get(kCollections))));
        t->forgetToken();
        QVERIFY(await(t->send(get(kCollections))));
        QCOMPARE(t->tokenRequests(), 2);
    }

    void wrongSecretIsAnAuthenticationError()
    {
        TransportConfig c = config(QStringLiteral("read-only"));
        c.clientSecret = crypto::SecretBuffer("not-the-secret");
        auto t = transport(std::move(c));
        const auto r = await(t->send(get(kCollections)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Authentication);
        QVERIFY2(r.error().message.contains(QStringLiteral("token endpoint refused client")), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QStringLiteral("not-the-secret")));
    }

    void rateLimitIsRetriedAfterRetryAfter()
    {
        QTemporaryDir dir;
        test::Daemon slow;
        QVERIFY(slow.start(m_tenant, dir.filePath(QStringLiteral("keys")), {QStringLiteral("--rate"), QStringLiteral("1")}));
        const auto ca = QSslCertificate::fromPath(dir.filePath(QStringLiteral("keys/ca.pem")));
        auto t = transport(config(slow, QStringLiteral("read-only"), ca));
        // The token request takes this second's one slot, and each success the next one: every
        // request after the first meets a 429 with Retry-After: 1 and goes through on the retry.
        for (int i = 0; i < 3; ++i) {
            const auto r = await(t->send(users()));
            QVERIFY2(r, qPrintable(why(r)));
            QCOMPARE(r->status, 200);
        }
        QVERIFY2(t->apiAttempts() > 3, qPrintable(QString::number(t->apiAttempts())));

        // A client that will not wait as long as the server asks gives up at once.
        TransportConfig impatient = config(slow, QStringLiteral("read-only"), ca);
        impatient.retry.maxRetryAfterSeconds = 0;
        auto u = transport(std::move(impatient));
        Result<HttpResponse> refused = Error::make(Error::Kind::Internal, {});
        for (int i = 0; i < 6 && (refused || refused.error().kind == Error::Kind::Internal); ++i)
            refused = await(u->send(users()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Server);
        QVERIFY2(refused.error().message.contains(QStringLiteral("asks to wait 1 s")), qPrintable(refused.error().message));
    }

    void systemCasOnlyRefuseTheSandbox()
    {
        auto t = transport(config(m_daemon, QStringLiteral("full-access"), {}));
        const auto r = await(t->send(get(kCollections)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("the server's certificate is not trusted: ")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.endsWith(QStringLiteral("(host 127.0.0.1)")), qPrintable(r.error().message));
        QCOMPARE(t->tokenRequests(), 1);
        QCOMPARE(t->apiAttempts(), 0);
    }

    void pinMismatchIsRefusedAndTheRightPinAccepted()
    {
        TransportConfig c = config(QStringLiteral("full-access"));
        const QString wrong(64, QLatin1Char('a'));
        c.trust.pinSha256 = wrong;
        auto t = transport(std::move(c));
        const auto r = await(t->send(get(kCollections)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        const QString& m = r.error().message;
        QVERIFY2(m.contains(QStringLiteral("host 127.0.0.1")) && m.contains(wrong), qPrintable(m));
        const auto match = QRegularExpression(QStringLiteral("presents SHA-256 ([0-9a-f]{64})")).match(m);
        QVERIFY2(match.hasMatch(), qPrintable(m));
        QCOMPARE(t->apiAttempts(), 0); // refused at the token request already

        TransportConfig pinned = config(QStringLiteral("full-access"));
        pinned.trust.pinSha256 = match.captured(1);
        auto p = transport(std::move(pinned));
        const auto ok = await(p->send(get(kCollections)));
        QVERIFY2(ok, qPrintable(why(ok)));
    }

    void cancelledRequestEndsCancelled()
    {
        auto t = transport(config(QStringLiteral("read-only")));
        QVERIFY(await(t->send(get(kCollections)))); // the token is there: the next call goes out at once
        Cancellation cancel;
        HttpRequest r = get(kCollections);
        r.cancellation = &cancel;
        auto future = t->send(std::move(r));
        QVERIFY(!future.isFinished());
        cancel.cancel();
        const auto result = await(future);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);

        // Cancelled before it started, and while waiting for the token.
        auto fresh = transport(config(QStringLiteral("read-only")));
        Cancellation early;
        HttpRequest waiting = get(kCollections);
        waiting.cancellation = &early;
        auto pending = fresh->send(std::move(waiting));
        early.cancel();
        QCOMPARE(await(pending).error().kind, Error::Kind::Cancelled);
        HttpRequest late = get(kCollections);
        late.cancellation = &early;
        QCOMPARE(await(fresh->send(std::move(late))).error().kind, Error::Kind::Cancelled);
    }

    void responseLargerThanTheLimitIsRefused()
    {
        TransportConfig c = config(QStringLiteral("read-only"));
        c.maxResponseBytes = 16; // the token response has its own bound; this one is for the API
        auto t = transport(std::move(c));
        const auto r = await(t->send(get(kCollections)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::MalformedResponse);
        QVERIFY2(r.error().message.contains(QStringLiteral("larger than the limit of 16 bytes")), qPrintable(r.error().message));
        QCOMPARE(r.error().where, QStringLiteral("GET ") + kCollections);
    }

    void nonJsonBodyIsMalformed()
    {
        HttpResponse r;
        r.body = "<html>";
        r.where = QStringLiteral("GET /x");
        const auto doc = r.json();
        QVERIFY(!doc);
        QCOMPARE(doc.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(doc.error().where, QStringLiteral("GET /x"));
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
