// The theme switched live, through View ▸ Theme of an open main window (Light → Dark → System):
// what the user sees changes, not only the models' data. Pixels of the keystore table (a status
// cell of a row that is not selected, painted in its state colour on the view's base), the
// certificate viewer's status label and its validity bar are grabbed offscreen after each switch.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/details/DetailsView.h"
#include "ui/theme/ThemeController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>

using namespace gh;

namespace {

// How many pixels of `image` have exactly `colour`.
int pixelsOf(const QImage& image, const QColor& colour)
{
    const QRgb wanted = colour.rgb();
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff))
                ++n;
    return n;
}

} // namespace

class TestLiveThemeSwitch : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ThemeController> m_theme;
    QPersistentModelIndex m_expiredCell; // the DaysLeft cell of the expired entry, not selected

    EntityPane* keystore() const { return m_window->pane(PaneId::Keystore); }

    // View ▸ Theme ▸ the action named `name`, found in the window's menu bar as a user finds it.
    void choose(const QString& name)
    {
        auto* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("themeMenu"));
        QVERIFY(menu);
        QAction* action = nullptr;
        for (QAction* a : menu->actions())
            if (a->objectName() == name)
                action = a;
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QVERIFY(action->isChecked());
        QCoreApplication::processEvents();
    }

    QImage cellImage() const
    {
        QTableView* view = keystore()->view();
        return view->viewport()->grab(view->visualRect(m_expiredCell)).toImage();
    }

    QLabel* statusLabel() const { return keystore()->details()->findChild<QLabel*>(QStringLiteral("statusLabel")); }
    QWidget* validityBar() const { return keystore()->details()->findChild<QWidget*>(QStringLiteral("validityBar")); }

    // What the window shows under the current palette: the palette's, the cell's and the
    // details' colours agree with StateColors for that palette.
    void checkShown(bool dark, QImage* cell, QImage* bar)
    {
        QTableView* view = keystore()->view();
        QTRY_COMPARE(StateColors::isDark(m_window->palette()), dark);
        QTRY_COMPARE(StateColors::isDark(view->palette()), dark);
        const QColor expected = StateColors::forStatus(ExpiryStatus::Expired, view->palette());
        QTRY_COMPARE(m_expiredCell.data(Qt::ForegroundRole).value<QColor>(), expected);
        // Painted: the cell's text in the state colour, on the view's base.
        QTRY_VERIFY(pixelsOf(cellImage(), expected) > 0);
        *cell = cellImage();
        const QColor background = cell->pixelColor(1, cell->height() / 2);
        QVERIFY(background == view->palette().color(QPalette::Base) ||
                background == view->palette().color(QPalette::AlternateBase));
        // The details of the selected (expiring) entry: the status label in its state colour.
        QLabel* status = statusLabel();
        QVERIFY(status);
        QVERIFY(status->isVisible());
        QTRY_COMPARE(status->palette().color(QPalette::WindowText),
                     StateColors::forStatus(ExpiryStatus::Expiring, keystore()->details()->palette()));
        QWidget* validity = validityBar();
        QVERIFY(validity);
        QVERIFY(validity->isVisible());
        *bar = validity->grab().toImage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_demo.open());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("gatehouse.ini")), QSettings::IniFormat);
        m_theme = std::make_unique<ThemeController>(m_settings.get());
        m_window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        m_window->addThemeActions(m_theme->actions());
        m_window->setWorkspace(&m_demo.workspace());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPane(PaneId::Keystore);
        QTRY_VERIFY_WITH_TIMEOUT(keystore()->model()->rowCount() > 2, 15000);

        // Select an expiring entry (its details show); the expired one, not selected, shows the
        // state colour in its cell rather than the selection's.
        QTableView* view = keystore()->view();
        QAbstractItemModel* model = view->model();
        auto rowsIn = [&](ExpiryStatus status) {
            const QColor colour = StateColors::forStatus(status, view->palette());
            QList<int> rows;
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->index(row, KeystoreModel::DaysLeftColumn).data(Qt::ForegroundRole).value<QColor>() == colour)
                    rows.append(row);
            return rows;
        };
        const QList<int> expired = rowsIn(ExpiryStatus::Expired);
        const QList<int> expiring = rowsIn(ExpiryStatus::Expiring);
        QVERIFY(!expired.isEmpty());
        QVERIFY(!expiring.isEmpty());
        view->setCurrentIndex(model->index(expiring.first(), 0));
        view->selectRow(expiring.first());
        m_expiredCell = model->index(expired.first(), KeystoreModel::DaysLeftColumn);
        view->scrollTo(m_expiredCell);
        QTRY_VERIFY(statusLabel() && statusLabel()->isVisible());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_theme.reset();
    }

    void lightDarkSystem()
    {
        QImage lightCell, lightBar, darkCell, darkBar, systemCell, systemBar;
        choose(QStringLiteral("themeLightAction"));
        checkShown(false, &lightCell, &lightBar);
        const QColor lightWindow = m_window->palette().color(QPalette::Window);
        const QColor lightState = StateColors::forStatus(ExpiryStatus::Expired, keystore()->view()->palette());

        choose(QStringLiteral("themeDarkAction"));
        QCOMPARE(m_theme->theme(), Theme::Dark);
        checkShown(true, &darkCell, &darkBar);
        QCOMPARE(m_window->palette().color(QPalette::Window), ThemeController::darkPalette().color(QPalette::Window));
        QVERIFY(m_window->palette().color(QPalette::Window) != lightWindow);
        const QColor darkState = StateColors::forStatus(ExpiryStatus::Expired, keystore()->view()->palette());
        QVERIFY(darkState != lightState);
        // Nothing of the light state colour is left in the cell; the validity bar was repainted.
        QCOMPARE(pixelsOf(darkCell, lightState), 0);
        QVERIFY(darkBar != lightBar);
        QVERIFY(StateColors::contrastRatio(darkState, keystore()->view()->palette().color(QPalette::Base)) >= 4.5);
        QCOMPARE(m_settings->value(QLatin1String(ThemeController::kSettingsKey)).toString(), QStringLiteral("dark"));

        choose(QStringLiteral("themeSystemAction"));
        QCOMPARE(m_theme->theme(), Theme::System);
        checkShown(false, &systemCell, &systemBar); // the offscreen platform's palette is light
        QCOMPARE(pixelsOf(systemCell, darkState), 0);
        QVERIFY(systemBar != darkBar);
        QCOMPARE(m_settings->value(QLatin1String(ThemeController::kSettingsKey)).toString(), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestLiveThemeSwitch)
#include "tst_livethemeswitch.moc"
