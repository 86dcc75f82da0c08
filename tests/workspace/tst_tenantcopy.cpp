// TenantCopy: copying destinations and role collections from one demo tenant into another's
// workspace as one step, applied and undone there, after which the diff of the copied kinds is
// empty; refusals (unknown items, predefined collections, roles the target lacks, bad item text)
// change nothing.
#include "DemoTenant.h"
#include "app/workspace/TenantCopy.h"
#include "app/workspace/Workspace.h"

#include <QTest>

using namespace gh;
using namespace gh::copying;

namespace {

template<class T>
T valueOr(Result<T> r)
{
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return r ? std::move(r).value() : T();
}

CopyItem item(const QString& text)
{
    return valueOr(parseCopyItem(text));
}

} // namespace

class TestTenantCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    FixedClock m_clock{test::fixedNow()};
    std::shared_ptr<LocalTenant> m_a;
    std::shared_ptr<LocalTenant> m_b;
    std::unique_ptr<LocalTenantClient> m_fromA;
    std::unique_ptr<Workspace> m_wsB;

    TenantListing listA() { return valueOr(listTenant(*m_fromA).result()); }
    TenantListing listB() { return valueOr(listTenant(m_wsB->client()).result()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
    }

    void init()
    {
        m_wsB.reset();
        m_fromA.reset();
        m_a.reset();
        m_b.reset();
        const QString b = m_dir.filePath(QStringLiteral("b.ghtenant"));
        QFile::remove(b);
        QVERIFY(QFile::copy(m_template, b));
        m_a = valueOr(LocalTenant::open(m_template, LocalTenant::OpenMode::OpenExisting));
        m_b = valueOr(LocalTenant::open(b, LocalTenant::OpenMode::OpenExisting));
        QVERIFY(m_a && m_b);
        m_fromA = std::make_unique<LocalTenantClient>(m_a);
        m_wsB = std::make_unique<Workspace>(m_b, m_clock);
    }

    void parsesItems()
    {
        QCOMPARE(item(QStringLiteral("destination:northwind")), (CopyItem{EntityKind::Destination, QStringLiteral("northwind")}));
        QCOMPARE(item(QStringLiteral("role-collection:A:B")), (CopyItem{EntityKind::RoleCollection, QStringLiteral("A:B")}));
        QCOMPARE(item(QStringLiteral("role_collections:X")).kind, EntityKind::RoleCollection);
        for (const char* bad : {"northwind", "destination:", "users:anna", ":x"}) {
            const Result<CopyItem> r = parseCopyItem(QLatin1String(bad));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::Validation);
            QVERIFY(r.error().message.contains(QLatin1String(bad)));
        }
        QCOMPARE(copyItemText(item(QStringLiteral("role_collection:X"))), QStringLiteral("role-collection:X"));
    }

    void copiesIntoOneUndoableStep()
    {
        // B lost a collection and two destinations, and changed a third.
        const TenantListing before = listB();
        const auto find = [&](const QString& name) {
            return *std::find_if(before.destinations.cbegin(), before.destinations.cend(),
                                 [&](const Destination& d) { return d.name() == name; });
        };
        const auto support = std::find_if(before.roleCollections.cbegin(), before.roleCollections.cend(),
                                          [](const RoleCollection& rc) { return rc.name == QLatin1String("Contoso_Support_Monitoring"); });
        QVERIFY(support != before.roleCollections.cend());
        Destination northwind = find(QStringLiteral("northwind"));
        Destination changed = northwind;
        changed.set(QStringLiteral("Description"), QStringLiteral("changed in B"));
        QList<Change> edits = Change::removal(*support);
        edits += {Change::removed(find(QStringLiteral("SuccessFactors_OData"))),
                  Change::removed(find(QStringLiteral("Legacy_PO_SOAP"))), Change::updated(northwind, changed)};
        QVERIFY(m_wsB->apply(edits, QStringLiteral("drift")).result().ok());
        const QList<EntityKind> copied{EntityKind::Destination, EntityKind::RoleCollection};
        QCOMPARE(valueOr(diffTenants(*m_fromA, m_wsB->client(), copied).result()).size(), 4);

        const QList<CopyItem> items{item(QStringLiteral("destination:SuccessFactors_OData")),
                                    item(QStringLiteral("destination:Legacy_PO_SOAP")),
                                    item(QStringLiteral("destination:northwind")),
                                    item(QStringLiteral("destination:northwind")), // once
                                    item(QStringLiteral("destination:S4HC_Sales_API")), // the same in B
                                    item(QStringLiteral("role-collection:Contoso_Support_Monitoring"))};
        const CopyPlan plan = planCopy(items, listA(), listB(), QStringLiteral("A"));
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(plan.items.size(), 5);
        QCOMPARE(plan.items.at(0).item.kind, EntityKind::RoleCollection); // planned first
        QCOMPARE(plan.items.at(0).action, CopyAction::Add);
        QCOMPARE(plan.items.at(1).action, CopyAction::Add);       // SuccessFactors_OData
        QCOMPARE(plan.items.at(3).action, CopyAction::Replace);   // northwind
        QCOMPARE(plan.items.at(4).action, CopyAction::Unchanged); // S4HC_Sales_API
        QCOMPARE(plan.changes.size(), 4);
        QCOMPARE(plan.description, QStringLiteral("Copy 4 items from A"));
        // The secrets A has set: SuccessFactors_OData's Password must come from somewhere; the
        // ones B has already (S4HC_Sales_API) may stay; Legacy_PO_SOAP's is missing in A too.
        QStringList needed;
        for (const SecretToCopy& s : plan.secrets)
            needed.append(QStringLiteral("%1/%2%3").arg(s.destination, s.key, s.targetHasIt ? QStringLiteral(" (B has it)") : QString()));
        needed.sort();
        QCOMPARE(needed, (QStringList{QStringLiteral("S4HC_Sales_API/KeyStorePassword (B has it)"),
                                      QStringLiteral("S4HC_Sales_API/clientKey (B has it)"),
                                      QStringLiteral("SuccessFactors_OData/Password")}));

        QVERIFY(m_wsB->apply(plan.changes, plan.description).result().ok());
        QCOMPARE(valueOr(diffTenants(*m_fromA, m_wsB->client(), copied).result()).size(), 0);
        QCOMPARE(valueOr(m_wsB->pendingChanges().result()).size(), edits.size() + plan.changes.size());
        // One step: one undo takes the whole copy back.
        QVERIFY(m_wsB->undo().result().ok());
        QCOMPARE(valueOr(diffTenants(*m_fromA, m_wsB->client(), copied).result()).size(), 4);
    }

    void refusalsNameTheItem()
    {
        TenantListing b = listB();
        const TenantListing a = listA();
        // A role the target lacks refuses the collection.
        const auto custom = std::find_if(a.roleCollections.cbegin(), a.roleCollections.cend(), [](const RoleCollection& rc) {
            return !rc.isReadOnly && !rc.roleReferences.isEmpty();
        });
        QVERIFY(custom != a.roleCollections.cend());
        const QString collection = custom->name;
        const QString lacking = custom->roleReferences.first().roleKey();
        const qsizetype roles = b.roles.size();
        b.roles.erase(std::remove_if(b.roles.begin(), b.roles.end(), [&](const Role& r) { return r.key() == lacking; }),
                      b.roles.end());
        QCOMPARE(b.roles.size(), roles - 1);
        const CopyPlan plan = planCopy({item(QStringLiteral("role-collection:") + collection),
                                        item(QStringLiteral("role-collection:PI_Administrator")),
                                        item(QStringLiteral("destination:nope")), item(QStringLiteral("role-collection:nope"))},
                                       a, b, QStringLiteral("A"));
        QCOMPARE(plan.problems.size(), 4);
        QVERIFY(plan.problems.at(0).toString().contains(lacking));
        QVERIFY(plan.problems.at(0).toString().contains(collection));
        QCOMPARE(plan.problems.at(1).kind, Error::Kind::ReadOnly);
        QVERIFY(plan.problems.at(1).toString().contains(QStringLiteral("PI_Administrator")));
        QCOMPARE(plan.problems.at(2).kind, Error::Kind::NotFound);
        QVERIFY(plan.problems.at(2).toString().contains(QStringLiteral("'nope'")));
        QVERIFY(plan.changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantCopy)
#include "tst_tenantcopy.moc"
