// `gatehouse-cli where-used` in-process on a demo tenant, with a destination made in the test that
// names a certificate, an alias by base name and nothing at all: the tables, the JSON, the exit
// codes 0 (found), 1 (not there and named by nothing) and 2 (usage).
#include "DemoTenant.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gh;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray describe(const Run& r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err).toUtf8();
}

QJsonObject jsonOf(const Run& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("not a JSON object: %s", qPrintable(r.out));
    return doc.object();
}

} // namespace

class TestWhereUsedCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    QString m_tenant;

    Run cli(const QStringList& args, bool json = false)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::Cli c(out, err, m_clock);
        QStringList all{QStringLiteral("--tenant"), m_tenant};
        if (json)
            all.append(QStringLiteral("--json"));
        r.code = c.run(all + QStringList{QStringLiteral("where-used")} + args);
        out.flush();
        err.flush();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        Workspace ws(*tenant, m_clock);
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("Mixed"));
        d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        d.set(QStringLiteral("URL"), QStringLiteral("https://mixed.example"));
        d.set(QStringLiteral("KeyStoreLocation"), QStringLiteral("contoso-client.p12"));
        d.set(QStringLiteral("TrustStoreLocation"), QStringLiteral("gone.pem"));
        d.set(QStringLiteral("tokenService.KeyStoreLocation"), QStringLiteral("ariba_client.p12"));
        QVERIFY(ws.apply({Change::created(d)}, QStringLiteral("mixed")).result().ok());
    }

    void certificateUsers()
    {
        const Run r = cli({QStringLiteral("--certificate"), QStringLiteral("contoso-client.p12")});
        QVERIFY2(r.code == cli::Success, describe(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("2 destinations use this destination certificate: Mixed, Northwind_Portal_mTLS")),
                 describe(r).constData());
        QVERIFY(r.out.contains(QStringLiteral("KeyStoreLocation")));

        const Run j = cli({QStringLiteral("--certificate"), QStringLiteral("erp-gateway.crt")}, true);
        QVERIFY2(j.code == cli::Success, describe(j).constData());
        const QJsonObject o = jsonOf(j);
        QCOMPARE(o.value(QStringLiteral("Certificate")).toString(), QStringLiteral("erp-gateway.crt"));
        QCOMPARE(o.value(QStringLiteral("Exists")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("UsedBy")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("Destination"), QStringLiteral("Northwind_ERP_Gateway")},
                                         {QStringLiteral("Property"), QStringLiteral("TrustStoreLocation")}}}));
    }

    void aliasUsers()
    {
        const Run j = cli({QStringLiteral("--alias"), QStringLiteral("ARIBA_CLIENT")}, true);
        QVERIFY2(j.code == cli::Success, describe(j).constData());
        const QJsonObject o = jsonOf(j);
        QCOMPARE(o.value(QStringLiteral("Alias")).toString(), QStringLiteral("ariba_client"));
        QCOMPARE(o.value(QStringLiteral("Exists")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("UsedBy")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("UsedBy")).toArray().at(1).toObject().value(QStringLiteral("Property")).toString(),
                 QStringLiteral("tokenService.KeyStoreLocation"));

        // An entry nobody names: found, nothing listed.
        const Run unused = cli({QStringLiteral("--alias"), QStringLiteral("sap_global_root_ca")});
        QVERIFY2(unused.code == cli::Success, describe(unused).constData());
        QVERIFY(unused.out.contains(QStringLiteral("No destination uses the keystore entry 'sap_global_root_ca'")));
    }

    void danglingNamesAreShown()
    {
        // Not a certificate, but a destination names it: listed with a warning.
        const Run r = cli({QStringLiteral("--certificate"), QStringLiteral("gone.pem")});
        QVERIFY2(r.code == cli::Success, describe(r).constData());
        QVERIFY(r.out.contains(QStringLiteral("Warning: there is no destination certificate 'gone.pem'")));
        QVERIFY(r.out.contains(QStringLiteral("Mixed")));

        const Run d = cli({QStringLiteral("--destination"), QStringLiteral("Mixed")});
        QVERIFY2(d.code == cli::Success, describe(d).constData());
        QVERIFY2(d.out.contains(QStringLiteral("Warning: 1 reference names nothing in this tenant.")), describe(d).constData());
        const Run j = cli({QStringLiteral("--destination"), QStringLiteral("Mixed")}, true);
        const QJsonArray refs = jsonOf(j).value(QStringLiteral("RefersTo")).toArray();
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs.at(0).toObject().value(QStringLiteral("Kind")).toString(), QStringLiteral("destination certificate"));
        QCOMPARE(refs.at(1).toObject().value(QStringLiteral("Value")).toString(), QStringLiteral("gone.pem"));
        QCOMPARE(refs.at(1).toObject().value(QStringLiteral("Exists")).toBool(), false);
        QVERIFY(refs.at(1).toObject().value(QStringLiteral("Name")).isNull());
        QCOMPARE(refs.at(2).toObject().value(QStringLiteral("Kind")).toString(), QStringLiteral("keystore entry"));
        QCOMPARE(refs.at(2).toObject().value(QStringLiteral("Name")).toString(), QStringLiteral("ariba_client"));
    }

    void roles()
    {
        // A role the demo's PI_Administrator holds, taken from the collection itself.
        RoleReference role;
        {
            auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant.ok());
            LocalTenantClient client(*tenant);
            const auto collection = client.roleCollections().get(QStringLiteral("PI_Administrator")).result();
            QVERIFY(collection.ok() && !collection->roleReferences.isEmpty());
            role = collection->roleReferences.first();
        }
        const QString key = role.roleKey();

        const Run j = cli({QStringLiteral("--role"), key}, true);
        QVERIFY2(j.code == cli::Success, describe(j).constData());
        const QJsonObject o = jsonOf(j);
        QCOMPARE(o.value(QStringLiteral("Exists")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("RoleCollections")).toArray().contains(QStringLiteral("PI_Administrator")));
        QCOMPARE(o.value(QStringLiteral("Role")).toObject().value(QStringLiteral("name")).toString(),
                 role.name);

        const Run text = cli({QStringLiteral("--role"), key});
        QVERIFY2(text.out.contains(QStringLiteral("PI_Administrator")), describe(text).constData());
    }

    void notThereIsExitOne()
    {
        for (const QStringList& args : {QStringList{QStringLiteral("--certificate"), QStringLiteral("nothing.pem")},
                                        QStringList{QStringLiteral("--alias"), QStringLiteral("no_alias")},
                                        QStringList{QStringLiteral("--role"), QStringLiteral("a!b/T/R")},
                                        QStringList{QStringLiteral("--destination"), QStringLiteral("Nobody")}}) {
            const Run r = cli(args);
            QVERIFY2(r.code == cli::Finding, describe(r).constData());
            QVERIFY2(r.err.contains(args.at(1)), describe(r).constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    void usageErrorsAreExitTwo()
    {
        const QList<QStringList> cases{
            {},
            {QStringLiteral("--certificate"), QStringLiteral("a"), QStringLiteral("--alias"), QStringLiteral("b")},
            {QStringLiteral("--role"), QStringLiteral("not-a-role")},
            {QStringLiteral("--destination"), QStringLiteral("")},
            {QStringLiteral("--certificate")},
            {QStringLiteral("stray"), QStringLiteral("--alias"), QStringLiteral("x")},
        };
        for (const QStringList& args : cases) {
            const Run r = cli(args);
            QVERIFY2(r.code == cli::Usage, describe(r).constData());
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestWhereUsedCommands)
#include "tst_whereusedcommands.moc"
