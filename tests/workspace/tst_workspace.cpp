// Workspace: every edit journaled with its change in one transaction; undo/redo replay the
// journal (and survive a restart); stale edits are conflicts; rules are enforced.
#include "DemoTenant.h"
#include "app/workspace/Workspace.h"

#include <QSignalSpy>

using namespace gh;

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{test::fixedNow()};

    std::unique_ptr<Workspace> open()
    {
        auto tenant = LocalTenant::open(m_path, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            return nullptr;
        return std::make_unique<Workspace>(*tenant, m_clock);
    }

    static Destination destination(Workspace& ws, const QString& name)
    {
        auto d = ws.client().destinations().get(name).result();
        return d.ok() ? *d : Destination();
    }

    QString m_template;

private Q_SLOTS:
    void initTestCase()
    {
        // One demo tenant is made (certificates take a moment); each test works on a copy.
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("work.ghtenant"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_template, m_path));
    }

    void applyJournalsAndSignals()
    {
        auto ws = open();
        QVERIFY(ws);
        QSignalSpy changed(ws.get(), &Workspace::entitiesChanged);
        QSignalSpy state(ws.get(), &Workspace::stateChanged);
        QTRY_VERIFY(state.count() >= 1); // the initial state
        QCOMPARE(ws->state().pendingCount, 0);

        const Destination before = destination(*ws, QStringLiteral("northwind"));
        Destination after = before;
        after.set(QStringLiteral("URL"), QStringLiteral("https://services.odata.org/V4"));
        QVERIFY(ws->apply({Change::updated(before, after)}, QStringLiteral("Edit destination northwind")).result().ok());
        QCOMPARE(destination(*ws, QStringLiteral("northwind")).url(), QStringLiteral("https://services.odata.org/V4"));

        QTRY_COMPARE(ws->state().pendingCount, 1);
        QCOMPARE(ws->state().undoText, QStringLiteral("Edit destination northwind"));
        QVERIFY(ws->state().redoText.isEmpty());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().first().value<EntityKind>(), EntityKind::Destination);

        auto pending = ws->pendingChanges().result();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().key, QStringLiteral("northwind"));
        QCOMPARE(pending->first().createdAt, test::fixedNow());
    }

    void oneStepOfManyChangesUndoesAtOnce()
    {
        auto ws = open();
        auto users = ws->client().users().list().result();
        QVERIFY(users.ok());
        QList<Change> changes;
        for (int i = 0; i < 12; ++i)
            changes.append(Change::created(Assignment{QStringLiteral("PI_Integration_Developer"), users->at(i).id}));
        // Some of the twelve may already hold it: keep only new assignments.
        auto rc = ws->client().roleCollections().get(QStringLiteral("PI_Integration_Developer")).result();
        const qsizetype before = rc->userReferences.size();
        changes.erase(std::remove_if(changes.begin(), changes.end(), [&](const Change& c) {
                          return std::any_of(rc->userReferences.begin(), rc->userReferences.end(),
                                             [&](const UserReference& r) { return c.key.endsWith(r.id); });
                      }),
                      changes.end());
        const qsizetype added = changes.size();
        QVERIFY(added >= 10);
        QVERIFY(ws->apply(changes, QStringLiteral("Assign PI_Integration_Developer")).result().ok());
        QCOMPARE(ws->client().roleCollections().get(QStringLiteral("PI_Integration_Developer")).result()->userReferences.size(),
                 before + added);
        QTRY_COMPARE(ws->state().pendingCount, added);

        QVERIFY(ws->undo().result().ok());
        QCOMPARE(ws->client().roleCollections().get(QStringLiteral("PI_Integration_Developer")).result()->userReferences.size(), before);
        QTRY_COMPARE(ws->state().pendingCount, 0);
        QCOMPARE(ws->state().redoText, QStringLiteral("Assign PI_Integration_Developer"));

        QVERIFY(ws->redo().result().ok());
        QCOMPARE(ws->client().roleCollections().get(QStringLiteral("PI_Integration_Developer")).result()->userReferences.size(),
                 before + added);
        QTRY_COMPARE(ws->state().pendingCount, added);
    }

    void undoSurvivesARestart()
    {
        {
            auto ws = open();
            const Destination d = destination(*ws, QStringLiteral("Graph_API"));
            QVERIFY(ws->apply({Change::removed(d)}, QStringLiteral("Delete destination Graph_API")).result().ok());
        }
        auto ws = open();
        QTRY_COMPARE(ws->state().pendingCount, 1);
        QCOMPARE(ws->state().undoText, QStringLiteral("Delete destination Graph_API"));
        QVERIFY(ws->undo().result().ok());
        QCOMPARE(destination(*ws, QStringLiteral("Graph_API")).name(), QStringLiteral("Graph_API"));
    }

    void aNewStepDropsTheRedoHistory()
    {
        auto ws = open();
        const Destination a = destination(*ws, QStringLiteral("Graph_API"));
        const Destination b = destination(*ws, QStringLiteral("northwind"));
        QVERIFY(ws->apply({Change::removed(a)}, QStringLiteral("Delete A")).result().ok());
        QVERIFY(ws->undo().result().ok());
        QVERIFY(ws->apply({Change::removed(b)}, QStringLiteral("Delete B")).result().ok());
        const Status redo = ws->redo().result();
        QVERIFY(!redo.ok());
        QCOMPARE(redo.error().kind, Error::Kind::NotFound);
        QCOMPARE(destination(*ws, QStringLiteral("Graph_API")).name(), QStringLiteral("Graph_API"));
    }

    void staleEditsAreConflictsAndChangeNothing()
    {
        auto ws = open();
        const Destination before = destination(*ws, QStringLiteral("northwind"));
        Destination first = before;
        first.set(QStringLiteral("Description"), QStringLiteral("first"));
        Destination second = before;
        second.set(QStringLiteral("Description"), QStringLiteral("second"));
        QVERIFY(ws->apply({Change::updated(before, first)}, QStringLiteral("first")).result().ok());
        const Status stale = ws->apply({Change::updated(before, second)}, QStringLiteral("second")).result();
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(destination(*ws, QStringLiteral("northwind")).description(), QStringLiteral("first"));
        QTRY_COMPARE(ws->state().pendingCount, 1);
    }

    void rulesAreEnforcedAndAFailedStepIsWhollyRolledBack()
    {
        auto ws = open();
        const Destination keep = destination(*ws, QStringLiteral("northwind"));
        auto rc = ws->client().roleCollections().get(QStringLiteral("Subaccount Administrator")).result();
        QVERIFY(rc.ok());
        const Status s = ws->apply({Change::removed(keep), Change::removed(*rc)}, QStringLiteral("Delete two")).result();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::ReadOnly);
        QCOMPARE(destination(*ws, QStringLiteral("northwind")).name(), QStringLiteral("northwind"));
        QCOMPARE(ws->pendingChanges().result()->size(), 0);

        Destination invalid = keep;
        invalid.set(QStringLiteral("URL"), QStringLiteral("not a url"));
        const Status v = ws->apply({Change::updated(keep, invalid)}, QStringLiteral("bad")).result();
        QCOMPARE(v.error().kind, Error::Kind::Validation);
        QCOMPARE(v.error().field, QStringLiteral("URL"));
    }

    void removingACollectionTakesItsAssignmentsAndUndoBringsThemBack()
    {
        auto ws = open();
        auto users = ws->client().users().list().result();
        QVERIFY(users.ok());
        QVERIFY(ws->client().roleCollections().assignUsers(QStringLiteral("Contoso_Support_Monitoring"),
                                                           {users->at(0).id, users->at(1).id}).result().ok());
        auto rc = ws->client().roleCollections().get(QStringLiteral("Contoso_Support_Monitoring")).result();
        QCOMPARE(rc->userReferences.size(), 2);

        // Removing only the collection would leave assignments naming nothing: refused.
        const Status alone = ws->apply({Change::removed(*rc)}, QStringLiteral("Delete alone")).result();
        QCOMPARE(alone.error().kind, Error::Kind::Conflict);
        QVERIFY(ws->client().roleCollections().get(QStringLiteral("Contoso_Support_Monitoring")).result().ok());

        QVERIFY(ws->apply(Change::removal(*rc), QStringLiteral("Delete role collection")).result().ok());
        QVERIFY(!ws->client().users().get(users->at(0).id).result()->roleCollections.contains(QStringLiteral("Contoso_Support_Monitoring")));
        QVERIFY(ws->undo().result().ok());
        QCOMPARE(ws->client().roleCollections().get(QStringLiteral("Contoso_Support_Monitoring")).result()->userReferences.size(), 2);
    }

    void discardOneChangeOfAStep()
    {
        auto ws = open();
        const Destination northwind = destination(*ws, QStringLiteral("northwind"));
        Destination edited = northwind;
        edited.set(QStringLiteral("Description"), QStringLiteral("edited"));
        const Destination concur = destination(*ws, QStringLiteral("Concur_Expense"));
        QVERIFY(ws->apply({Change::updated(northwind, edited), Change::removed(concur)}, QStringLiteral("Two at once")).result().ok());
        Destination again = edited;
        again.set(QStringLiteral("Description"), QStringLiteral("edited twice"));
        QVERIFY(ws->apply({Change::updated(edited, again)}, QStringLiteral("Again")).result().ok());

        auto pending = ws->pendingChanges().result();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        const qint64 firstEdit = pending->at(0).seq;
        const qint64 removal = pending->at(1).seq;
        // The first edit of northwind was edited again later: discard that one first.
        const Status early = ws->discard(firstEdit).result();
        QCOMPARE(early.error().kind, Error::Kind::Conflict);
        QVERIFY(early.error().message.contains(QLatin1String("\"Again\"")));
        QCOMPARE(destination(*ws, QStringLiteral("northwind")).description(), QStringLiteral("edited twice"));

        // Discarding the removal brings Concur_Expense back; the rest of its step stays.
        QVERIFY(ws->discard(removal).result().ok());
        QCOMPARE(destination(*ws, QStringLiteral("Concur_Expense")).name(), QStringLiteral("Concur_Expense"));
        QTRY_COMPARE(ws->state().pendingCount, 2);
        QVERIFY(ws->discard(pending->at(2).seq).result().ok());
        QVERIFY(ws->discard(firstEdit).result().ok());
        QCOMPARE(destination(*ws, QStringLiteral("northwind")).description(), northwind.description());
        QTRY_COMPARE(ws->state().pendingCount, 0);
        QCOMPARE(ws->discard(firstEdit).result().error().kind, Error::Kind::NotFound);
        QVERIFY(!ws->undo().result().ok()); // nothing left to undo
    }

    void discardKeepsAssignmentsWhole()
    {
        auto ws = open();
        auto users = ws->client().users().list().result();
        QVERIFY(users.ok());
        User carl;
        for (const User& u : *users) {
            if (u.userName == QLatin1String("carl.walter@contoso.com"))
                carl = u;
        }
        QVERIFY(ws->apply({Change::created(Assignment{QStringLiteral("PI_Read_Only"), carl.id})}, QStringLiteral("Assign")).result().ok());
        carl.roleCollections = {QStringLiteral("PI_Read_Only")};
        QVERIFY(ws->apply(Change::removal(carl), QStringLiteral("Delete carl")).result().ok());
        auto pending = ws->pendingChanges().result();
        QCOMPARE(pending->size(), 3); // assign; unassign + delete user
        // Bringing back the assignment alone would name a user that is gone.
        const Status dangling = ws->discard(pending->at(1).seq).result();
        QCOMPARE(dangling.error().kind, Error::Kind::Conflict);
        QVERIFY(dangling.error().message.contains(QLatin1String("user")));
        // The user first, then the assignment.
        QVERIFY(ws->discard(pending->at(2).seq).result().ok());
        QVERIFY(ws->discard(pending->at(1).seq).result().ok());
        QCOMPARE(ws->client().users().get(carl.id).result()->roleCollections, QStringList{QStringLiteral("PI_Read_Only")});
    }

    void aSecretValueInAChangeNeverReachesTheFile()
    {
        auto ws = open();
        const Destination before = destination(*ws, QStringLiteral("SuccessFactors_OData"));
        QJsonObject after = storedForm(before);
        after.insert(QStringLiteral("Password"), QStringLiteral("hunter2-in-clear"));
        after.insert(QStringLiteral("Description"), QStringLiteral("edited"));
        QVERIFY(ws->apply({Change{EntityKind::Destination, before.key(), storedForm(before), after}},
                          QStringLiteral("Edit")).result().ok());
        QCOMPARE(destination(*ws, QStringLiteral("SuccessFactors_OData")).description(), QStringLiteral("edited"));
        ws.reset();
        // Not in the tenant file, its WAL, or the journal.
        for (const QString& file : QStringList{m_path, m_path + QStringLiteral("-wal")}) {
            if (QFile::exists(file))
                QVERIFY2(!test::readFile(file).contains("hunter2-in-clear"), qPrintable(file));
        }
    }

    void secretsNeverEnterTheJournal()
    {
        auto ws = open();
        const Destination before = destination(*ws, QStringLiteral("Salesforce_API"));
        Destination after = before;
        after.setSecretState(QStringLiteral("clientSecret"), Destination::SecretState::Missing);
        QVERIFY(ws->apply({Change::updated(before, after)}, QStringLiteral("Forget secret")).result().ok());
        auto pending = ws->pendingChanges().result();
        QVERIFY(pending.ok());
        const QJsonObject stored = *pending->first().after;
        QCOMPARE(stored.value(QStringLiteral("clientSecret")).toString(), QStringLiteral("<removed>"));
        QCOMPARE(pending->first().before->value(QStringLiteral("clientSecret")).toString(), QStringLiteral("<redacted>"));
    }
    // A large step is checked change by change like a small one (a stale `before`, a key that does
    // not match, an undecodable `after` near its end change nothing), is named by its description
    // for undo and redo, and is undone and redone whole.
    void aLargeStepIsCheckedNamedAndUndoneWhole()
    {
        auto ws = open();
        const int before = int(ws->client().destinations().list().result()->size());
        QList<Change> changes;
        for (int i = 0; i < 500; ++i) {
            Destination d;
            d.set(QStringLiteral("Name"), QStringLiteral("bulk_%1").arg(i));
            d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
            d.set(QStringLiteral("URL"), QStringLiteral("https://bulk.example/%1").arg(i));
            changes.append(Change::created(d));
        }
        const Destination northwind = destination(*ws, QStringLiteral("northwind"));
        const auto refused = [&](const Change& last, Error::Kind kind, const QString& named) {
            const Status s = ws->apply(changes + QList<Change>{last}, QStringLiteral("Bulk")).result();
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, kind);
            QVERIFY2(s.error().toString().contains(QStringLiteral("destination '%1'").arg(named)), qPrintable(s.error().toString()));
            QCOMPARE(int(ws->client().destinations().list().result()->size()), before);
            QCOMPARE(ws->pendingChanges().result()->size(), 0);
        };
        Destination last = northwind;
        last.set(QStringLiteral("Name"), QStringLiteral("last"));
        refused(Change{EntityKind::Destination, QStringLiteral("last"), storedForm(northwind), storedForm(last)},
                Error::Kind::Conflict, QStringLiteral("last")); // `last` does not exist
        refused(Change{EntityKind::Destination, QStringLiteral("northwind"), storedForm(northwind), storedForm(last)},
                Error::Kind::Validation, QStringLiteral("northwind")); // renamed: its key would not match
        QJsonObject undecodable = storedForm(last);
        undecodable.insert(QStringLiteral("Port"), 8080); // destination properties are strings
        refused(Change{EntityKind::Destination, QStringLiteral("last"), std::nullopt, undecodable}, Error::Kind::Validation,
                QStringLiteral("last"));

        QVERIFY(ws->apply({Change::updated(northwind, northwind)}, QStringLiteral("Earlier")).result().ok());
        QVERIFY(ws->apply(changes, QStringLiteral("Bulk")).result().ok());
        QCOMPARE(int(ws->client().destinations().list().result()->size()), before + 500);
        QTRY_COMPARE(ws->state().undoText, QStringLiteral("Bulk"));
        QVERIFY(ws->undo().result().ok());
        QCOMPARE(int(ws->client().destinations().list().result()->size()), before);
        QTRY_COMPARE(ws->state().redoText, QStringLiteral("Bulk"));
        QCOMPARE(ws->state().undoText, QStringLiteral("Earlier"));
        QVERIFY(ws->redo().result().ok());
        QCOMPARE(destination(*ws, QStringLiteral("bulk_499")).url(), QStringLiteral("https://bulk.example/499"));
        QTRY_VERIFY(ws->state().redoText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
