// The user details panel on a fresh demo tenant: the user's fields, and under them the effective
// access tree (collections and how they are held → roles → tasks), with SAP's warnings as text and
// an icon; the tree follows an assignment made meanwhile.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/domain/Catalogue.h"
#include "models/AccessTreeModel.h"
#include "models/Translations.h"
#include "models/UsersModel.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/access/AccessIndexSource.h"
#include "ui/details/UserDetails.h"

#include <QLabel>
#include <QTableView>
#include <QTreeView>

using namespace gh;

class TestUserDetails : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<EntityPane> m_pane;

    UsersModel* model() const { return static_cast<UsersModel*>(m_pane->model()); }
    UserDetails* details() const { return static_cast<UserDetails*>(m_pane->details()); }
    QString idOf(const QString& userName) const
    {
        for (const User& u : model()->entries())
            if (u.userName == userName)
                return u.id;
        return {};
    }
    // The top-level row of the access tree (as the view shows it) naming `collection`.
    QModelIndex collectionRow(const QString& collection) const
    {
        const QAbstractItemModel* shown = details()->accessTree()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, AccessTreeModel::NameColumn);
            if (index.data().toString() == collection)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_pane.reset(createPane(PaneId::Users, m_demo.clock(), &m_prompter));
        m_pane->resize(1300, 800);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        QVERIFY(QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); },
                                15000));
        QVERIFY(QTest::qWaitFor([&] { return details()->accessSource()->index() != nullptr; },
                                15000));
    }

    void warningShownAsTextAndIcon()
    {
        const QString anna = idOf(QStringLiteral("anna.becker@contoso.example"));
        QVERIFY(!anna.isEmpty());
        QVERIFY(m_pane->selectKey(anna));
        QCOMPARE(details()->currentKey(), anna);
        QVERIFY(details()->accessTree()->isVisibleTo(m_pane.get()));
        QTRY_VERIFY(collectionRow(QStringLiteral("PI_Administrator")).isValid());
        const QModelIndex admin = collectionRow(QStringLiteral("PI_Administrator"));
        QVERIFY(admin.data(AccessTreeModel::WarningRole).toBool());
        // Text, not colour alone: the description says it is a warning, and an icon marks it.
        const QString description =
            admin.siblingAtColumn(AccessTreeModel::DescriptionColumn).data().toString();
        QVERIFY2(description.startsWith(QStringLiteral("Warning:")), qPrintable(description));
        const QString warning =
            Catalogue::builtIn().warningsFor(QStringLiteral("PI_Administrator")).value(0);
        QVERIFY(!warning.isEmpty());
        QVERIFY(description.contains(warning));
        QVERIFY(!admin.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(admin.siblingAtColumn(AccessTreeModel::ObtainedColumn).data().toString().isEmpty(),
                 false);
        // Its roles are expanded under it, and their tasks under them.
        QVERIFY(details()->accessTree()->isExpanded(admin));
        QVERIFY(admin.model()->rowCount(admin) > 0);
        const QModelIndex role = admin.model()->index(0, 0, admin);
        QVERIFY(admin.model()->rowCount(role) > 0);
        // The warning is in the form too, as a labelled row with its text.
        bool found = false;
        for (const QLabel* label : details()->findChildren<QLabel*>())
            found = found || label->text() ==
                                 QString(QStringLiteral("PI_Administrator: ") + warning);
        QVERIFY(found);
        // The count line.
        const auto* state = details()->findChild<QLabel*>(QStringLiteral("accessState"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(QStringLiteral("2 role collections")),
                 qPrintable(state->text()));
    }

    void followsAnAssignment()
    {
        const QString felix = idOf(QStringLiteral("felix.klein@contoso.example"));
        QVERIFY(!felix.isEmpty());
        QVERIFY(m_pane->selectKey(felix));
        QTRY_COMPARE(details()->accessTree()->model()->rowCount(), 0);
        const auto* state = details()->findChild<QLabel*>(QStringLiteral("accessState"));
        QCOMPARE(state->text(), QStringLiteral("This user holds no role collection."));
        QFuture<Status> applied = m_demo.workspace().apply(
            {Change::created(Assignment{QStringLiteral("PI_Read_Only"), felix})},
            QStringLiteral("test"));
        QVERIFY(QTest::qWaitFor([&] { return applied.isFinished(); }, 10000));
        QVERIFY(applied.result().ok());
        QTRY_VERIFY_WITH_TIMEOUT(collectionRow(QStringLiteral("PI_Read_Only")).isValid(), 10000);
        const QModelIndex row = collectionRow(QStringLiteral("PI_Read_Only"));
        // A collection SAP does not warn about: no warning text, no warning icon.
        QVERIFY(!row.data(AccessTreeModel::WarningRole).toBool());
        QVERIFY(!row.siblingAtColumn(AccessTreeModel::DescriptionColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("Warning:")));
        QVERIFY(row.siblingAtColumn(AccessTreeModel::DescriptionColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
        QVERIFY(state->text().contains(QStringLiteral("1 role collection,")));
    }

    void placeholderHidesTheTree()
    {
        m_pane->view()->clearSelection();
        QTRY_VERIFY(details()->currentKey().isEmpty());
        QVERIFY(!details()->accessTree()->isVisibleTo(m_pane.get()));
    }
};

QTEST_MAIN(TestUserDetails)
#include "tst_userdetails.moc"
