// AccessCsv: the audit export of who holds which role collection and how, and the bulk
// assignment import planned against a real demo tenant, applied and undone through the workspace.
#include "DemoTenant.h"
#include "app/domain/Csv.h"
#include "app/workspace/AccessCsv.h"
#include "app/workspace/Workspace.h"

#include <QTest>

using namespace gh;
using namespace gh::access;

class TestAccessCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_ws;

    QList<User> users() { return m_ws->client().users().list().result().value(); }
    QList<RoleCollection> collections() { return m_ws->client().roleCollections().list().result().value(); }
    const User* byName(const QList<User>& all, const QString& name)
    {
        for (const User& u : all) {
            if (u.userName == name)
                return &u;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = test::createDemoTenant(m_dir);
        QVERIFY(!path.isEmpty());
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_ws = std::make_unique<Workspace>(*tenant, m_clock);
    }

    void cleanup()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("demo.ghtenant")));
    }

    void exportListsEveryGrant()
    {
        const AccessIndex index(users(), collections(), Catalogue::builtIn());
        const QByteArray exported = exportAssignments(index);
        auto records = csv::read(exported, QStringLiteral("export.csv"));
        QVERIFY(records.ok());
        QCOMPARE(records->first().fields,
                 (QStringList{QStringLiteral("UserName"), QStringLiteral("Origin"), QStringLiteral("Email"),
                              QStringLiteral("RoleCollection"), QStringLiteral("Obtained"), QStringLiteral("Detail"),
                              QStringLiteral("LastLogon")}));
        QStringList anna, bianca;
        for (const csv::Record& r : *records) {
            if (r.fields.first() == QLatin1String("anna.becker@contoso.example"))
                anna.append(r.fields.at(3) + QLatin1Char('/') + r.fields.at(4));
            if (r.fields.first() == QLatin1String("bianca.koenig@contoso.com"))
                bianca.append(r.fields.at(3) + QLatin1Char('/') + r.fields.at(4) + QLatin1Char('/') + r.fields.at(5));
        }
        QCOMPARE(anna, (QStringList{QStringLiteral("PI_Administrator/direct"), QStringLiteral("Subaccount Administrator/direct")}));
        QCOMPARE(bianca, QStringList{QStringLiteral("Contoso_Integration_Developers/group/CPI-Developers")});
        // Every user appears, with or without collections.
        QSet<QString> names;
        for (qsizetype i = 1; i < records->size(); ++i)
            names.insert(records->at(i).fields.first());
        QCOMPARE(names.size(), users().size());
    }

    void exportReadsBackAsANoOp()
    {
        const AccessIndex index(users(), collections(), Catalogue::builtIn());
        const AssignmentPlan plan = planAssignmentImport(exportAssignments(index), QStringLiteral("export.csv"), users(), collections());
        QVERIFY(plan.problems.isEmpty());
        QVERIFY(!plan.hasChanges());
        QVERIFY(plan.count(RowOutcome::AlreadyAssigned) > 5);
        QVERIFY(plan.count(RowOutcome::Skipped) > 5); // group rows and users without collections
    }

    void importPlansAppliesAndUndoes()
    {
        const QByteArray data = "Action;UserName;Origin;RoleCollection\n"
                                "assign;aaron.herrmann@contoso.com;;PI_Read_Only\n"
                                "assign;ANNA.BECKER@contoso.example;sap.default;PI_Administrator\n"
                                "unassign;clara.wagner@contoso.example;;PI_Read_Only\n"
                                "unassign;clara.wagner@contoso.example;;PI_Administrator\n"
                                "assign;nobody@contoso.com;;PI_Read_Only\n"
                                "assign;carl.walter@contoso.com;;No Such Collection\n"
                                "promote;carl.walter@contoso.com;;PI_Read_Only\n"
                                "assign;aaron.herrmann@contoso.com;contoso-aad;PI_Read_Only\n";
        const QList<User> before = users();
        const AssignmentPlan plan = planAssignmentImport(data, QStringLiteral("bulk.csv"), before, collections());
        QCOMPARE(plan.problems.size(), 3);
        QCOMPARE(plan.problems.at(0).where, QStringLiteral("bulk.csv:6"));
        QVERIFY(plan.problems.at(0).message.contains(QLatin1String("no user 'nobody@contoso.com'")));
        QCOMPARE(plan.problems.at(1).where, QStringLiteral("bulk.csv:7"));
        QVERIFY(plan.problems.at(1).message.contains(QLatin1String("No Such Collection")));
        QCOMPARE(plan.problems.at(2).where, QStringLiteral("bulk.csv:8"));
        QCOMPARE(plan.count(RowOutcome::Assign), 1);
        QCOMPARE(plan.count(RowOutcome::AlreadyAssigned), 1);
        QCOMPARE(plan.count(RowOutcome::Unassign), 1);
        QCOMPARE(plan.count(RowOutcome::NotAssigned), 1);
        QCOMPARE(plan.count(RowOutcome::Skipped), 1);
        QVERIFY(plan.items.last().note.contains(QLatin1String("line 2")));
        QCOMPARE(plan.summary(), QStringLiteral("1 to assign, 1 to unassign, 2 unchanged, 1 skipped; 3 lines with problems"));

        QVERIFY(m_ws->apply(plan.changes(), plan.description()).result().ok());
        QList<User> after = users();
        QCOMPARE(byName(after, QStringLiteral("aaron.herrmann@contoso.com"))->roleCollections, QStringList{QStringLiteral("PI_Read_Only")});
        QVERIFY(byName(after, QStringLiteral("clara.wagner@contoso.example"))->roleCollections.isEmpty());

        QVERIFY(m_ws->undo().result().ok());
        after = users();
        QVERIFY(byName(after, QStringLiteral("aaron.herrmann@contoso.com"))->roleCollections.isEmpty());
        QCOMPARE(byName(after, QStringLiteral("clara.wagner@contoso.example"))->roleCollections, QStringList{QStringLiteral("PI_Read_Only")});
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "f.csv:1" << "is empty";
        QTest::newRow("no header columns") << QByteArray("Name,Group\nx,y\n") << "f.csv:1" << "UserName (or Email)";
        QTest::newRow("broken quoting") << QByteArray("UserName,RoleCollection\n\"x,y\n") << "f.csv:2" << "never closed";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "f.csv:3" << "binary";
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const AssignmentPlan plan = planAssignmentImport(data, QStringLiteral("f.csv"), users(), collections());
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().where, where);
        QVERIFY2(plan.problems.first().message.contains(message), qPrintable(plan.problems.first().message));
        QVERIFY(plan.changes().isEmpty());
    }

    void emailColumnAndAmbiguousNames()
    {
        QList<User> all = users();
        User twin = *byName(all, QStringLiteral("aaron.herrmann@contoso.com"));
        twin.id = QStringLiteral("twin");
        twin.origin = QStringLiteral("sap.default");
        all.append(twin);
        AssignmentPlan plan = planAssignmentImport("UserName,RoleCollection\naaron.herrmann@contoso.com,PI_Read_Only\n",
                                                   QStringLiteral("a.csv"), all, collections());
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().message.contains(QLatin1String("several identity providers")));
        plan = planAssignmentImport("Email,RoleCollection\nbianca.koenig@contoso.com,PI_Read_Only\n", QStringLiteral("e.csv"),
                                    users(), collections());
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(plan.count(RowOutcome::Assign), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccessCsv)
#include "tst_accesscsv.moc"
