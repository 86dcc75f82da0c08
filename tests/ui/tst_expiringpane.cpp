// The Expiring pane in the real MainWindow, offscreen, on a tenant made in the test (certificates
// dated relative to a fixed clock): its rows across keystore chains and destination certificates,
// status as text and icon, the "Warn N days before" spin box changing statuses and being kept in
// the settings, and a double click opening the item in its own pane.
#include "../models/ModelTestSupport.h"
#include "ExpiringFixtures.h"
#include "ScriptedPrompter.h"
#include "models/ExpiringModel.h"
#include "models/SearchFilterProxy.h"
#include "ui/EntityPane.h"
#include "ui/ExpiringPane.h"
#include "ui/MainWindow.h"
#include "ui/details/DetailsView.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>

using namespace gh;
using expiring::ExpiringItem;

class TestExpiringPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    test::ExpiringMaterial m_material;
    std::unique_ptr<Workspace> m_workspace;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window; // destroyed before the workspace

    EntityPane* expiringPane() const { return m_window->pane(PaneId::Expiring); }
    ExpiringModel* model() const { return static_cast<ExpiringModel*>(expiringPane()->model()); }
    QSpinBox* spin() const { return expiringPane()->findChild<QSpinBox*>(QStringLiteral("warnDaysSpin")); }

    // The row (in the view, top to bottom) whose subject contains `subject`; -1 if none.
    int viewRow(const QString& subject) const
    {
        const QAbstractItemModel* m = expiringPane()->view()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            const QString key = m->index(row, 0).data(EntryKeyRole).toString();
            const ExpiringItem* item = model()->entry(key);
            if (item && item->subject.contains(subject))
                return row;
        }
        return -1;
    }
    QModelIndex cell(const QString& subject, int column) const
    {
        const int row = viewRow(subject);
        return row < 0 ? QModelIndex() : expiringPane()->view()->model()->index(row, column);
    }
    QString statusOf(const QString& subject) const
    {
        return cell(subject, ExpiringModel::StatusColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("material.ghtenant"));
        m_material = test::makeExpiringMaterial(m_clock.now());
        test::writeTenant(path, m_material);
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_workspace = std::make_unique<Workspace>(*tenant, m_clock);
        m_window = std::make_unique<MainWindow>(m_clock, &m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setWorkspace(m_workspace.get());
    }

    void cleanupTestCase() { m_window.reset(); }

    void paneIsInTheNavigation()
    {
        QVERIFY(allPanes().contains(PaneId::Expiring));
        QCOMPARE(paneName(PaneId::Expiring), QStringLiteral("expiring"));
        QVERIFY(m_window->showPane(QStringLiteral("expiring")));
        QCOMPARE(m_window->currentPane(), expiringPane());
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Expiring"));
    }

    void listsEveryItemSoonestFirst()
    {
        m_window->showPane(PaneId::Expiring);
        QTableView* view = expiringPane()->view();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 15000);
        QCOMPARE(viewRow(QStringLiteral("CN=Old Root")), 0);
        QCOMPARE(viewRow(QStringLiteral("CN=partner.example.com")), 1);
        QCOMPARE(viewRow(QStringLiteral("CN=backend.example.com")), 2);
        QCOMPARE(viewRow(QStringLiteral("CN=Partner CA")), 3);
        QCOMPARE(cell(QStringLiteral("CN=backend.example.com"), ExpiringModel::KindColumn).data().toString(),
                 QStringLiteral("Destination certificate"));
        // Status as text and an icon, never colour alone.
        QCOMPARE(statusOf(QStringLiteral("CN=Old Root")), QStringLiteral("Expired"));
        QCOMPARE(statusOf(QStringLiteral("CN=partner.example.com")), QStringLiteral("Expiring"));
        QCOMPARE(statusOf(QStringLiteral("CN=Partner CA")), QStringLiteral("Valid"));
        QVERIFY(!cell(QStringLiteral("CN=Old Root"), ExpiringModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        auto* summary = expiringPane()->findChild<QLabel*>(QStringLiteral("expiringSummary"));
        QVERIFY(summary);
        QTRY_COMPARE(summary->text(), QStringLiteral("1 expired, 1 expiring"));
    }

    void thresholdChangesStatusesAndIsKept()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        setExpiringSettings(expiringPane(), &settings);
        QVERIFY(spin());
        QCOMPARE(spin()->value(), ExpiringModel::kDefaultWarnDays); // nothing kept yet

        // The user types 60: backend.pem (45 days left) is expiring now.
        spin()->setFocus();
        spin()->selectAll();
        QTest::keyClicks(spin(), QStringLiteral("60"));
        QCOMPARE(spin()->value(), 60);
        QCOMPARE(model()->warnDays(), 60);
        QCOMPARE(statusOf(QStringLiteral("CN=backend.example.com")), QStringLiteral("Expiring"));
        QCOMPARE(expiringPane()->view()->model()->rowCount(), 4);
        QCOMPARE(expiringPane()->findChild<QLabel*>(QStringLiteral("expiringSummary"))->text(),
                 QStringLiteral("1 expired, 2 expiring"));
        settings.sync();
        QCOMPARE(settings.value(QLatin1String(kExpiringWarnDaysKey)).toInt(), 60);

        spin()->setValue(5);
        QCOMPARE(statusOf(QStringLiteral("CN=partner.example.com")), QStringLiteral("Valid"));
        QCOMPARE(statusOf(QStringLiteral("CN=Old Root")), QStringLiteral("Expired"));
        QCOMPARE(settings.value(QLatin1String(kExpiringWarnDaysKey)).toInt(), 5);

        // A pane given settings that hold a threshold starts with it; nonsense leaves the default.
        QSettings kept(m_dir.filePath(QStringLiteral("kept.ini")), QSettings::IniFormat);
        kept.setValue(QLatin1String(kExpiringWarnDaysKey), 12);
        setExpiringSettings(expiringPane(), &kept);
        QCOMPARE(spin()->value(), 12);
        QCOMPARE(model()->warnDays(), 12);
        kept.setValue(QLatin1String(kExpiringWarnDaysKey), QStringLiteral("soon"));
        setExpiringSettings(expiringPane(), &kept);
        QCOMPARE(spin()->value(), 12);
        kept.setValue(QLatin1String(kExpiringWarnDaysKey), 12); // "soon" was never ours to keep
        setExpiringSettings(expiringPane(), nullptr);
        spin()->setValue(ExpiringModel::kDefaultWarnDays);
        QCOMPARE(kept.value(QLatin1String(kExpiringWarnDaysKey)).toInt(), 12); // no longer written
        QCOMPARE(statusOf(QStringLiteral("CN=partner.example.com")), QStringLiteral("Expiring"));
    }

    void doubleClickOpensTheItemInItsPane()
    {
        m_window->showPane(PaneId::Expiring);
        QTableView* view = expiringPane()->view();
        const QModelIndex index = cell(QStringLiteral("CN=Partner CA"), ExpiringModel::OwnerColumn);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        const QPoint centre = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        auto* show = expiringPane()->findChild<QAction*>(QStringLiteral("showInPaneAction"));
        QVERIFY(show);
        QTRY_VERIFY(show->isEnabled());
        QVERIFY(!expiringPane()->details()->currentKey().isEmpty());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);

        // The keystore pane, with the entry whose chain holds the CA selected.
        QTRY_COMPARE(m_window->currentPane(), m_window->pane(PaneId::Keystore));
        EntityPane* keystore = m_window->pane(PaneId::Keystore);
        const QString partner = m_material.keystore.at(0).key();
        QTRY_COMPARE(keystore->proxy()->key(keystore->view()->currentIndex()), partner);

        // A destination certificate opens in its pane too, with Return on the row.
        m_window->showPane(PaneId::Expiring);
        const QModelIndex backend = cell(QStringLiteral("CN=backend.example.com"), ExpiringModel::OwnerColumn);
        view->setCurrentIndex(backend);
        view->setFocus();
        QTRY_VERIFY(show->isEnabled());
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPane(), m_window->pane(PaneId::DestinationCertificates));
        EntityPane* certificates = m_window->pane(PaneId::DestinationCertificates);
        QTRY_COMPARE(certificates->proxy()->key(certificates->view()->currentIndex()), QStringLiteral("backend.pem"));
    }
};

QTEST_MAIN(TestExpiringPane)
#include "tst_expiringpane.moc"
