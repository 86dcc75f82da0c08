// UsersModel over a fresh demo tenant: every user with the right columns, typed sort data, the
// lookup interface, and reloads that follow the workspace without resetting the model.
#include "ModelTestSupport.h"
#include "app/domain/Catalogue.h"
#include "models/UsersModel.h"

#include <QSignalSpy>

using namespace gh;

class TestUsersModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<UsersModel> m_model;

    QString idOf(const QString& userName) const
    {
        for (const User& u : m_model->entries()) {
            if (u.userName == userName)
                return u.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_model = std::make_unique<UsersModel>(m_demo.clock());
        test::attachTester(m_model.get());
        QVERIFY(test::loadInto(*m_model, m_demo.workspace()));
    }

    void listsEveryUser()
    {
        auto users = m_demo.workspace().client().users().list().result();
        QVERIFY(users.ok());
        QVERIFY(m_model->rowCount() >= 40);
        QCOMPARE(m_model->rowCount(), users->size());
        QCOMPARE(m_model->columnCount(), 8);
        QCOMPARE(m_model->headerData(UsersModel::OriginColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Identity provider"));
        QVERIFY(m_model->errorString().isEmpty());
    }

    void collectionsThroughIdentityProviderGroups()
    {
        const QString isabel = idOf(QStringLiteral("isabel.fischer@contoso.com")); // group CPI-Developers
        const QString anna = idOf(QStringLiteral("anna.becker@contoso.example"));  // no groups
        QVERIFY(!isabel.isEmpty());
        // Empty until the access index is given.
        QCOMPARE(test::cell(*m_model, isabel, UsersModel::GroupCollectionsColumn).toString(), QString());
        auto users = m_demo.workspace().client().users().list().result();
        auto collections = m_demo.workspace().client().roleCollections().list().result();
        QVERIFY(users.ok() && collections.ok());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setAccessIndex(std::make_shared<const AccessIndex>(users.value(), collections.value(),
                                                                    Catalogue::builtIn()));
        QCOMPARE(test::cell(*m_model, isabel, UsersModel::GroupCollectionsColumn).toString(),
                 QStringLiteral("Contoso_Integration_Developers"));
        QCOMPARE(test::cell(*m_model, isabel, UsersModel::GroupCollectionsColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Contoso_Integration_Developers — through group CPI-Developers"));
        QCOMPARE(test::cell(*m_model, isabel, UsersModel::GroupCollectionsColumn, SortRole).toLongLong(), 1);
        QCOMPARE(test::cell(*m_model, anna, UsersModel::GroupCollectionsColumn).toString(), QString());
        // Only the rows that changed were announced: the users with groups that map.
        QVERIFY(changed.size() > 0);
        QVERIFY(changed.size() < m_model->rowCount());
        // The same index again announces nothing.
        changed.clear();
        m_model->setAccessIndex(std::make_shared<const AccessIndex>(users.value(), collections.value(),
                                                                    Catalogue::builtIn()));
        QCOMPARE(changed.size(), 0);
        // Searching by it: group:developers.
        QVERIFY(m_model->foldedSearchText(m_model->indexOf(isabel).row()).contains(u"contoso_integration_developers"));
    }

    void showsTheColumnsOfAUser()
    {
        const QString anna = idOf(QStringLiteral("anna.becker@contoso.example"));
        QVERIFY(!anna.isEmpty());
        QCOMPARE(test::cell(*m_model, anna, UsersModel::UserNameColumn).toString(),
                 QStringLiteral("anna.becker@contoso.example"));
        QCOMPARE(test::cell(*m_model, anna, UsersModel::EmailColumn).toString(),
                 QStringLiteral("anna.becker@contoso.example"));
        QCOMPARE(test::cell(*m_model, anna, UsersModel::OriginColumn).toString(),
                 QStringLiteral("sap.default"));
        QCOMPARE(test::cell(*m_model, anna, UsersModel::GivenNameColumn).toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(test::cell(*m_model, anna, UsersModel::FamilyNameColumn).toString(),
                 QStringLiteral("Becker"));
        const QString collections =
            test::cell(*m_model, anna, UsersModel::RoleCollectionsColumn).toString();
        QVERIFY2(collections.contains(QStringLiteral("Subaccount Administrator")),
                 qPrintable(collections));
        QVERIFY(collections.contains(QStringLiteral("PI_Administrator")));
        QCOMPARE(
            test::cell(*m_model, anna, UsersModel::RoleCollectionsColumn, SortRole).toLongLong(),
            2);
    }

    void sortDataIsTyped()
    {
        const QString anna = idOf(QStringLiteral("anna.becker@contoso.example"));
        const QVariant logon = test::cell(*m_model, anna, UsersModel::LastLogonColumn, SortRole);
        QCOMPARE(logon.typeId(), QMetaType::QDateTime);
        QVERIFY(logon.toDateTime() <= test::fixedNow());
        QCOMPARE(test::cell(*m_model, anna, UsersModel::LastLogonColumn).toString(),
                 logon.toDateTime().toString(QStringLiteral("yyyy-MM-dd")));
    }

    void lookupMapsKeysAndIndexes()
    {
        for (int row : {0, m_model->rowCount() / 2, m_model->rowCount() - 1}) {
            const QModelIndex index = m_model->index(row, UsersModel::EmailColumn);
            const QString key = m_model->key(index);
            QVERIFY(!key.isEmpty());
            QCOMPARE(index.data(EntryKeyRole).toString(), key);
            QCOMPARE(m_model->indexOf(key), m_model->index(row, 0));
            QCOMPARE(m_model->entry(key)->id, key);
        }
        QVERIFY(!m_model->indexOf(QStringLiteral("no such user")).isValid());
        QCOMPARE(m_model->key(QModelIndex()), QString());
    }

    void searchSupport()
    {
        QCOMPARE(m_model->columnForField(QStringLiteral("origin")), int(UsersModel::OriginColumn));
        QCOMPARE(m_model->columnForField(QStringLiteral("IDP")), int(UsersModel::OriginColumn));
        QCOMPARE(m_model->columnForField(QStringLiteral("nonsense")), -1);
        const int row = m_model->indexOf(idOf(QStringLiteral("anna.becker@contoso.example"))).row();
        QCOMPARE(m_model->matchesPredicate(row, QStringLiteral("unassigned")),
                 std::optional<bool>(false));
        QCOMPARE(m_model->matchesPredicate(row, QStringLiteral("bogus")), std::nullopt);
    }

    void reloadsWhenAnAssignmentChangesWithoutAReset()
    {
        const QString anna = idOf(QStringLiteral("anna.becker@contoso.example"));
        const QPersistentModelIndex annaRow(m_model->indexOf(anna));
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(!test::cell(*m_model, anna, UsersModel::RoleCollectionsColumn)
                     .toString()
                     .contains(QStringLiteral("PI_Read_Only")));

        QVERIFY(m_demo.workspace()
                    .apply({Change::created(Assignment{QStringLiteral("PI_Read_Only"), anna})},
                           QStringLiteral("Assign"))
                    .result()
                    .ok());
        QTRY_VERIFY(test::cell(*m_model, anna, UsersModel::RoleCollectionsColumn)
                        .toString()
                        .contains(QStringLiteral("PI_Read_Only")));
        QCOMPARE(resets.count(), 0);
        QVERIFY(annaRow.isValid()); // a selection on the row survives
        QCOMPARE(m_model->key(annaRow), anna);

        QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_VERIFY(!test::cell(*m_model, anna, UsersModel::RoleCollectionsColumn)
                         .toString()
                         .contains(QStringLiteral("PI_Read_Only")));
    }

    void removedUserLeavesTheModel()
    {
        const QString ben = idOf(QStringLiteral("ben.schulz@contoso.example"));
        const User* user = m_model->entry(ben);
        QVERIFY(user);
        const int before = m_model->rowCount();
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_demo.workspace()
                    .apply(Change::removal(*user), QStringLiteral("Delete user"))
                    .result()
                    .ok());
        QTRY_COMPARE(m_model->rowCount(), before - 1);
        QVERIFY(!m_model->indexOf(ben).isValid());
        QCOMPARE(removed.count(), 1);

        QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_COMPARE(m_model->rowCount(), before);
        QVERIFY(m_model->indexOf(ben).isValid());
    }

    void detachingClearsTheRows()
    {
        UsersModel model(m_demo.clock());
        test::attachTester(&model);
        QVERIFY(test::loadInto(model, m_demo.workspace()));
        QVERIFY(model.rowCount() > 0);
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasLoaded());
    }
};

QTEST_GUILESS_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
