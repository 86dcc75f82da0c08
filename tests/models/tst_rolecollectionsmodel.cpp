// RoleCollectionsModel: counts, group mappings, and the read-only flag (ReadOnlyRole, lock icon,
// and the reason a command shows) of SAP's predefined collections.
#include "ModelTestSupport.h"
#include "models/RoleCollectionsModel.h"

#include <QIcon>

using namespace gh;

class TestRoleCollectionsModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<RoleCollectionsModel> m_model;
    const QString admin = QStringLiteral("Subaccount Administrator");
    const QString custom = QStringLiteral("Contoso_Integration_Admins");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_model = std::make_unique<RoleCollectionsModel>(m_demo.clock());
        test::attachTester(m_model.get());
        QVERIFY(test::loadInto(*m_model, m_demo.workspace()));
    }

    void listsEveryCollection()
    {
        auto collections = m_demo.workspace().client().roleCollections().list().result();
        QVERIFY(collections.ok());
        QCOMPARE(m_model->rowCount(), collections->size());
        QVERIFY(m_model->rowCount() >= 10);
        QVERIFY(m_model->indexOf(admin).isValid());
        QVERIFY(m_model->indexOf(custom).isValid());
    }

    void subaccountAdministratorIsReadOnly()
    {
        using M = RoleCollectionsModel;
        QCOMPARE(test::cell(*m_model, admin, M::NameColumn, ReadOnlyRole).toBool(), true);
        QCOMPARE(test::cell(*m_model, admin, M::DescriptionColumn, ReadOnlyRole).toBool(),
                 true); // the whole row
        const QVariant lock = test::cell(*m_model, admin, M::NameColumn, Qt::DecorationRole);
        QCOMPARE(lock.typeId(), QMetaType::QIcon);
        QVERIFY(!lock.value<QIcon>().isNull());
        QVERIFY(test::cell(*m_model, admin, M::NameColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("read-only")));

        QCOMPARE(test::cell(*m_model, custom, M::NameColumn, ReadOnlyRole).toBool(), false);
        QVERIFY(!test::cell(*m_model, custom, M::NameColumn, Qt::DecorationRole).isValid());
    }

    void readOnlyReasonNamesTheCollection()
    {
        QCOMPARE(m_model->readOnlyReason({custom, admin}),
                 QStringLiteral("Subaccount Administrator is predefined and read-only"));
        QCOMPARE(m_model->readOnlyReason({custom}), QString());
        QCOMPARE(m_model->readOnlyReason({}), QString());
    }

    void countsAreNumbers()
    {
        using M = RoleCollectionsModel;
        const RoleCollection* rc = m_model->entry(admin);
        QVERIFY(rc);
        QVERIFY(rc->roleReferences.size() > 1);
        QCOMPARE(test::cell(*m_model, admin, M::RolesColumn).toString(),
                 QString::number(rc->roleReferences.size()));
        const QVariant roles = test::cell(*m_model, admin, M::RolesColumn, SortRole);
        QCOMPARE(roles.typeId(), QMetaType::LongLong);
        QCOMPARE(roles.toLongLong(), rc->roleReferences.size());
        QCOMPARE(test::cell(*m_model, admin, M::UsersColumn, SortRole).toLongLong(),
                 rc->userReferences.size());
        QVERIFY(test::cell(*m_model, admin, M::UsersColumn, SortRole).toLongLong() >= 1);
        const int right = Qt::AlignRight | Qt::AlignVCenter;
        QCOMPARE(test::cell(*m_model, admin, M::RolesColumn, Qt::TextAlignmentRole).toInt(), right);
    }

    void groupMappings()
    {
        QCOMPARE(test::cell(*m_model, custom, RoleCollectionsModel::GroupMappingsColumn).toString(),
                 QStringLiteral("contoso-aad: CPI-Admins"));
        QCOMPARE(test::cell(*m_model, admin, RoleCollectionsModel::GroupMappingsColumn).toString(),
                 QString());
    }

    void predicates()
    {
        const int adminRow = m_model->indexOf(admin).row();
        const int customRow = m_model->indexOf(custom).row();
        QCOMPARE(m_model->matchesPredicate(adminRow, QStringLiteral("read-only")),
                 std::optional<bool>(true));
        QCOMPARE(m_model->matchesPredicate(customRow, QStringLiteral("read-only")),
                 std::optional<bool>(false));
        QCOMPARE(m_model->matchesPredicate(customRow, QStringLiteral("custom")),
                 std::optional<bool>(true));
    }

    void deletedCollectionGoesAndUndoBringsItBack()
    {
        const RoleCollection* rc = m_model->entry(custom);
        QVERIFY(rc);
        const int before = m_model->rowCount();
        QVERIFY(m_demo.workspace()
                    .apply({Change::removed(*rc)}, QStringLiteral("Delete"))
                    .result()
                    .ok());
        QTRY_COMPARE(m_model->rowCount(), before - 1);
        QVERIFY(!m_model->indexOf(custom).isValid());
        QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_COMPARE(m_model->rowCount(), before);
        QCOMPARE(test::cell(*m_model, custom, RoleCollectionsModel::GroupMappingsColumn).toString(),
                 QStringLiteral("contoso-aad: CPI-Admins"));
    }
};

QTEST_GUILESS_MAIN(TestRoleCollectionsModel)
#include "tst_rolecollectionsmodel.moc"
