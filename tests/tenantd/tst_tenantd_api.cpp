// TenantApi in-process on a fixed clock: what needs time to pass (a token expiring, a new rate
// window) is checked here without waiting; the daemon's own test covers the wire.
#include "DemoTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/tenantd/TenantApi.h"

using namespace gh;
using namespace gh::tenantd;

class TestTenantdApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<LocalTenant> m_tenant;

    static HttpRequest request(QByteArray method, const QString& path, QByteArray auth = {}, QByteArray body = {})
    {
        HttpRequest r;
        r.method = std::move(method);
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        r.pathSegments = splitPath(path.left(q).toLatin1());
        if (q >= 0)
            r.query = QUrlQuery(path.mid(q + 1));
        if (!auth.isEmpty())
            r.headers.append({QByteArrayLiteral("Authorization"), std::move(auth)});
        r.body = std::move(body);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = test::createDemoTenant(m_dir);
        QVERIFY(!path.isEmpty());
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant);
        m_tenant = *tenant;
    }

    void expiredTokenIs401()
    {
        FixedClock clock(test::fixedNow());
        TokenService tokens(clock);
        tokens.addClient(ApiClient{QStringLiteral("read-only"), QStringLiteral("sb-ro"), crypto::SecretBuffer("pw"),
                                   {QStringLiteral("xs_authorization.read"), QStringLiteral("xs_user.read")}});
        RateLimiter limiter(clock, 100);
        LocalTenantClient client(m_tenant);
        TenantApi api(client, tokens, limiter);

        const HttpResponse t = api.handle(request("POST", QStringLiteral("/oauth/token?grant_type=client_credentials&client_id=sb-ro&client_secret=pw")));
        QCOMPARE(t.status, 200);
        const QByteArray bearer = "Bearer " + QJsonDocument::fromJson(t.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(api.handle(request("GET", QStringLiteral("/Users"), bearer)).status, 200);
        clock.set(test::fixedNow().addSecs(TokenService::kLifetimeSeconds));
        const HttpResponse expired = api.handle(request("GET", QStringLiteral("/Users"), bearer));
        QCOMPARE(expired.status, 401);
        QCOMPARE(QJsonDocument::fromJson(expired.body).object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_token"));
    }

    void rateRefusesThenRecovers()
    {
        FixedClock clock(test::fixedNow());
        TokenService tokens(clock);
        tokens.addClient(ApiClient{QStringLiteral("read-only"), QStringLiteral("sb-ro"), crypto::SecretBuffer("pw"),
                                   {QStringLiteral("xs_authorization.read"), QStringLiteral("xs_user.read")}});
        RateLimiter limiter(clock, 2);
        LocalTenantClient client(m_tenant);
        TenantApi api(client, tokens, limiter);
        // The token request counts as the first of this second.
        const HttpResponse t = api.handle(request("POST", QStringLiteral("/oauth/token?grant_type=client_credentials&client_id=sb-ro&client_secret=pw")));
        const QByteArray bearer = "Bearer " + QJsonDocument::fromJson(t.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(api.handle(request("GET", QStringLiteral("/Users?count=1"), bearer)).status, 200);
        const HttpResponse limited = api.handle(request("GET", QStringLiteral("/Users?count=1"), bearer));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.contains({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}));
        clock.set(test::fixedNow().addSecs(1));
        QCOMPARE(api.handle(request("GET", QStringLiteral("/Users?count=1"), bearer)).status, 200);
    }

    void writeScopeIsCheckedPerApi()
    {
        FixedClock clock(test::fixedNow());
        TokenService tokens(clock);
        // Users may be written, role collections may not: each API asks for its own scope.
        tokens.addClient(ApiClient{QStringLiteral("mixed"), QStringLiteral("sb-mx"), crypto::SecretBuffer("pw"),
                                   {QStringLiteral("xs_authorization.read"), QStringLiteral("xs_user.read"),
                                    QStringLiteral("xs_user.write")}});
        RateLimiter limiter(clock, 100);
        LocalTenantClient client(m_tenant);
        TenantApi api(client, tokens, limiter);
        const HttpResponse t = api.handle(request("POST", QStringLiteral("/oauth/token?grant_type=client_credentials&client_id=sb-mx&client_secret=pw")));
        const QByteArray bearer = "Bearer " + QJsonDocument::fromJson(t.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        const HttpResponse denied = api.handle(request("DELETE", QStringLiteral("/sap/rest/authorization/v2/rolecollections/Anything"), bearer));
        QCOMPARE(denied.status, 403);
        QCOMPARE(QJsonDocument::fromJson(denied.body).object().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("xs_authorization.write"));
        // Past the scope check: the user is not there (404), not 403.
        QCOMPARE(api.handle(request("DELETE", QStringLiteral("/Users/no-such-user"), bearer)).status, 404);
    }

    void destinationScopesAreTheirOwn()
    {
        FixedClock clock(test::fixedNow());
        TokenService tokens(clock);
        // Allowed to write role collections, but only to read destinations; and a client with no
        // destination scope at all.
        tokens.addClient(ApiClient{QStringLiteral("mixed"), QStringLiteral("sb-mx"), crypto::SecretBuffer("pw"),
                                   {QStringLiteral("xs_authorization.write"), QStringLiteral("destination.read")}});
        tokens.addClient(ApiClient{QStringLiteral("xsuaa"), QStringLiteral("sb-xs"), crypto::SecretBuffer("pw"),
                                   {QStringLiteral("xs_authorization.read")}});
        RateLimiter limiter(clock, 100);
        LocalTenantClient client(m_tenant);
        TenantApi api(client, tokens, limiter);
        const auto bearer = [&](const QString& id) -> QByteArray { // not auto: a QStringBuilder would dangle
            const HttpResponse t = api.handle(request("POST", QStringLiteral("/oauth/token?grant_type=client_credentials&client_id=%1&client_secret=pw").arg(id)));
            return "Bearer " + QJsonDocument::fromJson(t.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        };
        const QByteArray mixed = bearer(QStringLiteral("sb-mx"));
        const QString list = QStringLiteral("/destination-configuration/v1/subaccountDestinations");
        QCOMPARE(api.handle(request("GET", list, mixed)).status, 200);
        const HttpResponse denied = api.handle(request("POST", list, mixed, "{}"));
        QCOMPARE(denied.status, 403);
        QVERIFY(QJsonDocument::fromJson(denied.body).object().value(QStringLiteral("ErrorMessage")).toString()
                    .contains(QStringLiteral("destination.write")));
        const HttpResponse none = api.handle(request("GET", list, bearer(QStringLiteral("sb-xs"))));
        QCOMPARE(none.status, 403);
        QVERIFY(QJsonDocument::fromJson(none.body).object().value(QStringLiteral("ErrorMessage")).toString()
                    .contains(QStringLiteral("destination.read")));
    }
};

QTEST_GUILESS_MAIN(TestTenantdApi)
#include "tst_tenantd_api.moc"
