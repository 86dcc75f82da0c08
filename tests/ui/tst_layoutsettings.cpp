// The layout kept in the settings (ui/LayoutSettings): a column the user dragged wider, the
// table/details split and the window's size come back in the next window, and the restored
// widths are not fitted over when the tenant's rows arrive. Columns nobody sized are fitted as on
// a first start, and a damaged value in the settings file changes nothing.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "ui/EntityPane.h"
#include "ui/LayoutSettings.h"
#include "ui/MainWindow.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

using namespace gh;

class TestLayoutSettings : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("gatehouse.ini")); }

    std::unique_ptr<MainWindow> openWindow(const QSettings* restoreFrom)
    {
        auto window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        if (restoreFrom)
            restoreLayout(*window, *restoreFrom);
        else
            window->resize(1300, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return {};
        window->showPane(PaneId::Keystore);
        window->setWorkspace(&m_demo.workspace());
        return window;
    }

    // A user's drag of the border after `column` in the header, `by` pixels to the right.
    static void dragColumn(QTableView* view, int column, int by)
    {
        QHeaderView* header = view->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(x, y));
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(header->viewport(), QPoint(x + by * step / 4, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(x + by, y));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_demo.open());
    }

    void widthsSplitAndSizeComeBack()
    {
        int draggedWidth = 0;
        QList<int> split;
        const int column = 0;
        {
            auto window = openWindow(nullptr);
            QVERIFY(window);
            EntityPane* keystore = window->pane(PaneId::Keystore);
            QTRY_VERIFY_WITH_TIMEOUT(keystore->model()->rowCount() > 0, 15000);
            QTest::qWait(50); // the fit runs on the next turn of the event loop
            QVERIFY(!keystore->userSizedColumns());
            const int fitted = keystore->view()->horizontalHeader()->sectionSize(column);
            dragColumn(keystore->view(), column, 90);
            QVERIFY(keystore->userSizedColumns());
            draggedWidth = keystore->view()->horizontalHeader()->sectionSize(column);
            QVERIFY(draggedWidth >= fitted + 60);
            window->resize(1180, 760);
            QTest::qWait(50);
            const QList<int> fittedSplit = keystore->splitter()->sizes();
            keystore->splitter()->setSizes({600, 520});
            split = keystore->splitter()->sizes();
            QVERIFY(split != fittedSplit);
            QSettings settings(settingsPath(), QSettings::IniFormat);
            saveLayout(*window, settings);
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("layout/window")));
        QVERIFY(settings.contains(QStringLiteral("layout/panes/keystore")));
        auto window = openWindow(&settings);
        QVERIFY(window);
        QCOMPARE(window->size(), QSize(1180, 760));
        EntityPane* keystore = window->pane(PaneId::Keystore);
        QTRY_VERIFY_WITH_TIMEOUT(keystore->model()->rowCount() > 0, 15000);
        QTest::qWait(50);
        QVERIFY(keystore->userSizedColumns());
        QCOMPARE(keystore->view()->horizontalHeader()->sectionSize(column), draggedWidth);
        QTRY_COMPARE(keystore->splitter()->sizes(), split);
        // A pane nobody sized is still fitted to its contents.
        EntityPane* users = window->pane(PaneId::Users);
        QVERIFY(!users->userSizedColumns());
    }

    void aDamagedLayoutIsIgnored()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("layout/panes/keystore"), QByteArray("not a layout"));
        settings.setValue(QStringLiteral("layout/window"), QByteArray("\x01\x02"));
        settings.setValue(QStringLiteral("layout/state"), QByteArray());
        auto window = openWindow(&settings);
        QVERIFY(window);
        EntityPane* keystore = window->pane(PaneId::Keystore);
        QTRY_VERIFY_WITH_TIMEOUT(keystore->model()->rowCount() > 0, 15000);
        QVERIFY(!keystore->userSizedColumns());
        QVERIFY(window->isVisible());
    }
};

QTEST_MAIN(TestLayoutSettings)
#include "tst_layoutsettings.moc"
