// PendingChangesModel: the demo tenant's journal as steps and changes, following apply, undo,
// redo and discard, under QAbstractItemModelTester.
#include "ModelTestSupport.h"
#include "app/workspace/AccessActions.h"
#include "models/PendingChangesModel.h"
#include "models/Translations.h"

#include <QTest>

using namespace gh;

class TestPendingChangesModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;

    Workspace& ws() { return m_demo.workspace(); }
    QList<User> users()
    {
        const Result<QList<User>> all = ws().client().users().list().result();
        return all ? all.value() : QList<User>();
    }
    bool waitLoaded(PendingChangesModel& model, qsizetype steps)
    {
        return QTest::qWaitFor([&] { return !model.isLoading() && model.stepCount() == steps; },
                               10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp); // the plural forms ("2 changes")
        QVERIFY(m_demo.open());
    }

    void stepsAndChangesFollowTheJournal()
    {
        PendingChangesModel model;
        test::attachTester(&model);
        model.setWorkspace(&ws());
        QVERIFY(waitLoaded(model, 0));
        QCOMPARE(model.rowCount(), 0);

        // Two users assigned one collection: one step of two changes.
        const QString collection = QStringLiteral("Contoso_Security_Officers");
        QList<User> all;
        for (const User& u : users()) {
            if (!u.roleCollections.contains(collection))
                all.append(u);
        }
        QVERIFY(all.size() >= 2);
        const QList<User> two{all.at(0), all.at(1)};
        const Result<QList<Change>> changes = access::assign(two, {collection});
        QVERIFY(changes.ok());
        const QString description = access::assignDescription(two, {collection}, true);
        QVERIFY(ws().apply(changes.value(), description).result().ok());
        QVERIFY(waitLoaded(model, 1));
        QCOMPARE(model.changeCount(), 2);

        const QModelIndex step = model.index(0, PendingChangesModel::ChangeColumn);
        QVERIFY(model.isStep(step));
        QCOMPARE(step.data().toString(), description);
        QCOMPARE(model.index(0, PendingChangesModel::KindColumn).data().toString(),
                 QStringLiteral("2 changes"));
        QCOMPARE(model.rowCount(step), 2);
        const QModelIndex first = model.index(0, PendingChangesModel::ChangeColumn, step);
        QVERIFY(model.entry(first));
        QCOMPARE(model.entry(first)->kind, EntityKind::Assignment);
        // Without a resolver the user shows by id; with one, by name.
        QVERIFY(first.data().toString().contains(all.at(0).id) ||
                first.data().toString().contains(all.at(1).id));
        model.setUserNames([&](const QString& id) {
            for (const User& u : all)
                if (u.id == id)
                    return u.userName;
            return QString();
        });
        const QString summary = first.data().toString();
        QVERIFY2(summary.startsWith(QStringLiteral("Assigned “Contoso_Security_Officers” to ")) &&
                     (summary.endsWith(all.at(0).userName) || summary.endsWith(all.at(1).userName)),
                 qPrintable(summary));
        QCOMPARE(model.index(0, PendingChangesModel::KindColumn, step).data().toString(),
                 QStringLiteral("role collection assignment added"));
        QVERIFY(!first.data(Qt::DecorationRole).isNull());
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("roleCollectionName: + Contoso_Security_Officers")));

        // A step row stands for its changes, newest first; a change for itself.
        const QList<qint64> all2 = model.changesToDiscard({step});
        QCOMPARE(all2.size(), 2);
        QVERIFY(all2.at(0) > all2.at(1));
        QCOMPARE(model.changesToDiscard({first, step}), all2);
        QCOMPARE(model.changesToDiscard({first}), QList<qint64>{model.entry(first)->seq});
        QCOMPARE(model.diff(first).size(), 2); // roleCollectionName and userId added
        QVERIFY(model.diff(step).isEmpty());

        // A second step, then undo: one step left.
        RoleCollection rc;
        rc.name = QStringLiteral("Review Board");
        QVERIFY(ws().apply({Change::created(rc)}, QStringLiteral("Create “Review Board”")).result().ok());
        QVERIFY(waitLoaded(model, 2));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Create “Review Board”"));
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data().toString(),
                 QStringLiteral("Created role collection “Review Board”"));
        QVERIFY(ws().undo().result().ok());
        QVERIFY(waitLoaded(model, 1));
        QVERIFY(ws().redo().result().ok());
        QVERIFY(waitLoaded(model, 2));

        // Discarding one change of the first step leaves the other.
        const qint64 seq = model.changesToDiscard({model.index(0, 0)}).first();
        QVERIFY(ws().discard(seq).result().ok());
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.changeCount() == 2; }, 10000));
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);

        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void headers()
    {
        PendingChangesModel model;
        QCOMPARE(model.headerData(PendingChangesModel::ChangeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Change"));
        QCOMPARE(model.headerData(PendingChangesModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("When"));
        QVERIFY(!model.index(0, 0).isValid());
        QVERIFY(!model.entry(QModelIndex()));
    }
};

QTEST_MAIN(TestPendingChangesModel)
#include "tst_pendingchangesmodel.moc"
