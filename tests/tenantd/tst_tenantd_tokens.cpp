// TokenService and RateLimiter on a fixed clock: tokens expire when the clock says so, and the
// rate window opens again a second later.
#include "TestSupport.h"
#include "app/tenantd/Tokens.h"

using namespace gh;
using namespace gh::tenantd;

class TestTenantdTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomHexIsHexOfTheLength()
    {
        const crypto::SecretBuffer a = randomHex(16);
        const crypto::SecretBuffer b = randomHex(16);
        QCOMPARE(a.size(), 32);
        QVERIFY(!(a == b));
        for (char c : a.view())
            QVERIFY((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    void authenticatesOnlyWithTheRightSecret()
    {
        FixedClock clock(test::fixedNow());
        TokenService tokens(clock);
        tokens.addClient(ApiClient{QStringLiteral("read-only"), QStringLiteral("sb-ro"),
                                   crypto::SecretBuffer("s3cret"), {QStringLiteral("xs_user.read")}});
        QVERIFY(tokens.authenticate(QStringLiteral("sb-ro"), "s3cret"));
        QVERIFY(!tokens.authenticate(QStringLiteral("sb-ro"), "s3cre"));
        QVERIFY(!tokens.authenticate(QStringLiteral("sb-ro"), ""));
        QVERIFY(!tokens.authenticate(QStringLiteral("sb-other"), "s3cret"));
    }

    void tokensExpireOnTheClock()
    {
        FixedClock clock(test::fixedNow());
        TokenService tokens(clock);
        tokens.addClient(ApiClient{QStringLiteral("full-access"), QStringLiteral("sb-fa"), crypto::SecretBuffer("x"),
                                   {QStringLiteral("xs_user.read"), QStringLiteral("xs_user.write")}});
        const ApiClient* client = tokens.authenticate(QStringLiteral("sb-fa"), "x");
        QVERIFY(client);
        const IssuedToken t = tokens.issue(*client);
        QCOMPARE(t.expiresIn, 43199);
        QCOMPARE(t.accessToken.size(), 64);
        auto grant = tokens.validate(t.accessToken.view());
        QVERIFY(grant);
        QCOMPARE(grant->clientId, QStringLiteral("sb-fa"));
        QCOMPARE(grant->scopes, client->scopes);
        QVERIFY(!tokens.validate("not-a-token"));
        QVERIFY(!tokens.validate(""));

        clock.set(test::fixedNow().addSecs(43198));
        QVERIFY(tokens.validate(t.accessToken.view()));
        clock.set(test::fixedNow().addSecs(43199));
        QVERIFY(!tokens.validate(t.accessToken.view()));
    }

    void rateWindowIsOneSecondPerClient()
    {
        FixedClock clock(test::fixedNow());
        RateLimiter limiter(clock, 2);
        int retry = 0;
        QVERIFY(limiter.admit(QStringLiteral("a"), &retry));
        QVERIFY(limiter.admit(QStringLiteral("a"), &retry));
        QVERIFY(!limiter.admit(QStringLiteral("a"), &retry));
        QCOMPARE(retry, 1);
        QVERIFY(limiter.admit(QStringLiteral("b"), &retry)); // clients are counted apart
        clock.set(test::fixedNow().addMSecs(1000));
        QVERIFY(limiter.admit(QStringLiteral("a"), &retry));
    }
};

QTEST_GUILESS_MAIN(TestTenantdTokens)
#include "tst_tenantd_tokens.moc"
