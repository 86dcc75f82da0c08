// --faults: the SPEC parser, the injector's draws on a fixed seed, and the real daemon answering
// with each fault over TLS (and refusing a bad SPEC with exit code 2).
#include "DemoTenant.h"
#include "TenantdDaemon.h"
#include "app/tenantd/Faults.h"

#include <QElapsedTimer>

using namespace gh;
using namespace gh::tenantd;
using Fault = FaultInjector::Fault;

namespace {

HttpRequest apiRequest(const QString& path = QStringLiteral("/Users"))
{
    HttpRequest r;
    r.method = "GET";
    r.pathSegments = splitPath(path.toLatin1());
    return r;
}

FaultSpec spec(const QString& text)
{
    auto s = FaultSpec::parse(text);
    if (!s)
        qFatal("spec '%s' refused: %s", qPrintable(text), qPrintable(s.error().toString()));
    return *s;
}

} // namespace

class TestTenantdFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;

    // A daemon with those faults, a client trusting its CA, and a read-only token got before
    // any fault could touch it (the token endpoint is left alone unless named).
    struct Faulty
    {
        test::Daemon daemon;
        test::TlsClient client;
        QByteArray auth;
    };
    bool start(Faulty& f, const QString& faults, const QString& keys)
    {
        if (!f.daemon.start(m_tenant, m_dir.filePath(keys), {QStringLiteral("--faults"), faults}))
            return false;
        f.client.ca = QSslCertificate::fromPath(m_dir.filePath(keys + QStringLiteral("/ca.pem")));
        f.auth = f.client.bearer(f.daemon, QStringLiteral("read-only"));
        return f.auth.size() > 20;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
    }

    void parsesTheExample()
    {
        const FaultSpec s = spec(QStringLiteral("5xx=0.1,drop=0.05,latency=20ms,429=0.02,seed=42"));
        QCOMPARE(s.serverErrorRate, 0.1);
        QCOMPARE(s.dropRate, 0.05);
        QCOMPARE(s.tooManyRate, 0.02);
        QCOMPARE(s.latency.count(), 20);
        QCOMPARE(s.latencyRate, 1.0);
        QCOMPARE(s.seed, std::optional<quint64>(42));
        QVERIFY(!s.token);
        QCOMPARE(s.retryAfterSeconds, 1);
        const FaultSpec t = spec(QStringLiteral("token, latency=2s, latency-rate=0.5, retry-after=7"));
        QVERIFY(t.token);
        QCOMPARE(t.latency.count(), 2000);
        QCOMPARE(t.latencyRate, 0.5);
        QCOMPARE(t.retryAfterSeconds, 7);
        QCOMPARE(spec(QStringLiteral("latency=250")).latency.count(), 250);
    }

    void badSpecsSayWhat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("no faults");
        QTest::newRow("unknown") << QStringLiteral("5xx=0.1,boom=1") << QStringLiteral("boom=1");
        QTest::newRow("rate > 1") << QStringLiteral("drop=1.5") << QStringLiteral("from 0 to 1");
        QTest::newRow("negative") << QStringLiteral("429=-0.1") << QStringLiteral("from 0 to 1");
        QTest::newRow("nan") << QStringLiteral("5xx=nan") << QStringLiteral("from 0 to 1");
        QTest::newRow("not a number") << QStringLiteral("5xx=lots") << QStringLiteral("5xx=lots");
        QTest::newRow("sum") << QStringLiteral("5xx=0.6,drop=0.6") << QStringLiteral("exceed 1");
        QTest::newRow("latency unit") << QStringLiteral("latency=20min") << QStringLiteral("duration");
        QTest::newRow("latency huge") << QStringLiteral("latency=61s") << QStringLiteral("duration");
        QTest::newRow("seed") << QStringLiteral("seed=x") << QStringLiteral("seed");
        QTest::newRow("no value") << QStringLiteral("drop") << QStringLiteral("NAME=VALUE");
    }
    void badSpecsSayWhat()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto s = FaultSpec::parse(text);
        QVERIFY(!s);
        QVERIFY2(s.error().toString().contains(mentions), qPrintable(s.error().toString()));
        QVERIFY(s.error().toString().contains(QStringLiteral("--faults")));
    }

    void rateOneAlwaysAndZeroNever()
    {
        for (const auto& [text, fault] : {std::pair{QStringLiteral("5xx=1,seed=3"), Fault::ServerError},
                                          std::pair{QStringLiteral("drop=1,seed=3"), Fault::Drop},
                                          std::pair{QStringLiteral("429=1,seed=3"), Fault::TooMany}}) {
            FaultInjector injector(spec(text));
            for (int i = 0; i < 200; ++i)
                QCOMPARE(injector.decide(apiRequest()).fault, fault);
        }
        FaultInjector none(spec(QStringLiteral("5xx=0,drop=0,429=0,latency=0ms,seed=3")));
        for (int i = 0; i < 1000; ++i) {
            const auto d = none.decide(apiRequest());
            QCOMPARE(d.fault, Fault::None);
            QCOMPARE(d.delay.count(), 0);
        }
    }

    void sameSeedSameFaults()
    {
        const FaultSpec s = spec(QStringLiteral("5xx=0.2,drop=0.1,429=0.1,latency=5ms,latency-rate=0.5,seed=99"));
        FaultInjector a(s);
        FaultInjector b(s);
        int counts[4] = {};
        int delayed = 0;
        for (int i = 0; i < 4000; ++i) {
            const auto da = a.decide(apiRequest());
            const auto db = b.decide(apiRequest());
            QCOMPARE(da.fault, db.fault);
            QCOMPARE(da.delay, db.delay);
            ++counts[int(da.fault)];
            delayed += da.delay.count() > 0;
        }
        // Each rate is the fraction that sees the fault (4000 draws: well within ±3 %).
        QVERIFY(qAbs(counts[int(Fault::ServerError)] / 4000.0 - 0.2) < 0.03);
        QVERIFY(qAbs(counts[int(Fault::Drop)] / 4000.0 - 0.1) < 0.03);
        QVERIFY(qAbs(counts[int(Fault::TooMany)] / 4000.0 - 0.1) < 0.03);
        QVERIFY(qAbs(delayed / 4000.0 - 0.5) < 0.03);
    }

    void tokenEndpointOnlyWhenNamed()
    {
        const HttpRequest token = apiRequest(QStringLiteral("/oauth/token"));
        FaultInjector apiOnly(spec(QStringLiteral("5xx=1,latency=10ms,seed=1")));
        QCOMPARE(apiOnly.decide(token).fault, Fault::None);
        QCOMPARE(apiOnly.decide(token).delay.count(), 0);
        FaultInjector withToken(spec(QStringLiteral("5xx=1,token,seed=1")));
        QCOMPARE(withToken.decide(token).fault, Fault::ServerError);
    }

    void responsesHaveEachApisShape()
    {
        FaultInjector injector(spec(QStringLiteral("5xx=1,seed=1")));
        int calls = 0;
        const auto next = [&](const HttpRequest&) { ++calls; return HttpResponse::empty(200); };
        const HttpResponse xsuaa = injector.handle(apiRequest(), next);
        QCOMPARE(xsuaa.status, 503);
        QCOMPARE(QJsonDocument::fromJson(xsuaa.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("service_unavailable"));
        const HttpResponse dest = injector.handle(apiRequest(QStringLiteral("/destination-configuration/v1/subaccountDestinations")), next);
        QCOMPARE(dest.status, 503);
        QVERIFY(QJsonDocument::fromJson(dest.body).object().value(QStringLiteral("ErrorMessage")).isString());
        QCOMPARE(calls, 0); // a faulted request never reaches the API
    }

    void badSpecExitsWith2()
    {
        test::Daemon d;
        const int code = d.exitCodeFor({QStringLiteral("--tenant"), m_tenant, QStringLiteral("--service-keys"),
                                        m_dir.filePath(QStringLiteral("k-bad")), QStringLiteral("--faults"),
                                        QStringLiteral("5xx=2")});
        QCOMPARE(code, 2);
        QVERIFY(d.standardError().contains("5xx=2"));
    }

    void daemonAnswers503()
    {
        Faulty f;
        QVERIFY(start(f, QStringLiteral("5xx=1,seed=5"), QStringLiteral("k503")));
        const test::Reply r = f.client.send("GET", f.daemon.baseUrl() + QStringLiteral("/Users"), {}, {{"Authorization", f.auth}});
        QCOMPARE(r.status, 503);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("service_unavailable"));
        const test::Reply d = f.client.send("GET", f.daemon.baseUrl() + QStringLiteral("/destination-configuration/v1/subaccountDestinations"),
                                            {}, {{"Authorization", f.auth}});
        QCOMPARE(d.status, 503);
        QVERIFY(d.object().value(QStringLiteral("ErrorMessage")).isString());
    }

    void daemonDrops()
    {
        Faulty f;
        QVERIFY(start(f, QStringLiteral("drop=1,seed=5"), QStringLiteral("kdrop")));
        const test::Reply r = f.client.send("GET", f.daemon.baseUrl() + QStringLiteral("/Users"), {}, {{"Authorization", f.auth}});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError, qPrintable(QString::number(r.error)));
    }

    void daemonAnswers429WithRetryAfter()
    {
        Faulty f;
        QVERIFY(start(f, QStringLiteral("429=1,retry-after=3,seed=5"), QStringLiteral("k429")));
        const test::Reply r = f.client.send("GET", f.daemon.baseUrl() + QStringLiteral("/Users"), {}, {{"Authorization", f.auth}});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("3"));
    }

    void daemonDelays()
    {
        Faulty f;
        QVERIFY(start(f, QStringLiteral("latency=400ms,seed=5"), QStringLiteral("klat")));
        QElapsedTimer timer;
        timer.start();
        const test::Reply r = f.client.send("GET", f.daemon.baseUrl() + QStringLiteral("/Users?count=2"), {}, {{"Authorization", f.auth}});
        QCOMPARE(r.status, 200);
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.object().value(QStringLiteral("itemsPerPage")).toInt(), 2); // the whole answer, late
        // The connection stays usable after a delayed answer.
        QCOMPARE(f.client.send("GET", f.daemon.baseUrl() + QStringLiteral("/Users?count=1"), {}, {{"Authorization", f.auth}}).status, 200);
    }

    void daemonWithZeroRatesInjectsNothing()
    {
        Faulty f;
        QVERIFY(start(f, QStringLiteral("5xx=0,drop=0,429=0,seed=5"), QStringLiteral("kzero")));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(f.client.send("GET", f.daemon.baseUrl() + QStringLiteral("/Users?count=1"), {}, {{"Authorization", f.auth}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTenantdFaults)
#include "tst_tenantd_faults.moc"
