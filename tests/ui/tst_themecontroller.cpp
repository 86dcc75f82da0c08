// ThemeController: Dark gives the window a dark palette and the keystore's state colours their
// dark tones, Light and System go back; the choice is kept under ui/theme in the settings file
// and applied by the next controller; View ▸ Theme offers the three as exclusive actions.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/KeystoreModel.h"
#include "models/SearchFilterProxy.h"
#include "models/StateColors.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/theme/ThemeController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

using namespace gh;

class TestThemeController : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("gatehouse.ini")); }

    // The colour the keystore table paints the expired entry's days left in.
    QColor expiredColour() const
    {
        EntityPane* keystore = m_window->pane(PaneId::Keystore);
        const QModelIndex row = keystore->view()->model()->index(0, KeystoreModel::DaysLeftColumn);
        return row.data(Qt::ForegroundRole).value<QColor>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_demo.open());
        m_window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        m_window->setWorkspace(&m_demo.workspace());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPane(PaneId::Keystore);
        EntityPane* keystore = m_window->pane(PaneId::Keystore);
        QTRY_VERIFY_WITH_TIMEOUT(keystore->model()->rowCount() > 0, 15000);
        keystore->setSearchText(QStringLiteral("is:expired"));
        QCOMPARE(keystore->view()->model()->rowCount(), 1);
    }

    void cleanupTestCase() { m_window.reset(); }

    void darkChangesThePaletteAndTheStateColours()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ThemeController theme(&settings);
        QCOMPARE(theme.theme(), Theme::System); // nothing chosen yet
        QVERIFY(theme.action(Theme::System)->isChecked());

        theme.setTheme(Theme::Light);
        QTRY_VERIFY(!StateColors::isDark(m_window->palette()));
        const QColor light = expiredColour();
        QTRY_COMPARE(expiredColour(), StateColors::forStatus(ExpiryStatus::Expired, m_window->palette()));

        QSignalSpy changed(&theme, &ThemeController::themeChanged);
        theme.action(Theme::Dark)->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(theme.theme(), Theme::Dark);
        QVERIFY(theme.action(Theme::Dark)->isChecked());
        QVERIFY(!theme.action(Theme::Light)->isChecked());
        QTRY_VERIFY(StateColors::isDark(m_window->palette()));
        QTRY_VERIFY(StateColors::isDark(m_window->pane(PaneId::Keystore)->view()->palette()));
        QTRY_COMPARE(m_window->palette().color(QPalette::Window),
                 ThemeController::darkPalette().color(QPalette::Window));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_COMPARE(expiredColour(), StateColors::forStatus(ExpiryStatus::Expired, ThemeController::darkPalette()));
        const QColor dark = expiredColour();
        QVERIFY(dark != light);
        QCOMPARE(dark, StateColors::forStatus(ExpiryStatus::Expired, ThemeController::darkPalette()));
        // Still readable on the dark base.
        QVERIFY(StateColors::contrastRatio(dark, m_window->palette().color(QPalette::Base)) >= 4.5);

        theme.setTheme(Theme::System);
        QVERIFY(theme.action(Theme::System)->isChecked());
        QTRY_VERIFY(!StateColors::isDark(m_window->palette())); // the offscreen platform is light
        QTRY_COMPARE(expiredColour(), StateColors::forStatus(ExpiryStatus::Expired, m_window->palette()));
    }

    void theChoiceIsKeptInTheSettingsFile()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ThemeController theme(&settings);
            theme.setTheme(Theme::Dark);
        }
        {
            QSettings reread(settingsPath(), QSettings::IniFormat);
            QCOMPARE(reread.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
            // The next start applies it before any window shows.
            QApplication::setPalette(QPalette());
            QVERIFY(!StateColors::isDark(QApplication::palette()));
            ThemeController theme(&reread);
            QCOMPARE(theme.theme(), Theme::Dark);
            QVERIFY(theme.action(Theme::Dark)->isChecked());
            QVERIFY(StateColors::isDark(QApplication::palette()));
            theme.setTheme(Theme::System);
        }
        QSettings reread(settingsPath(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("system"));
    }

    void anUnknownValueMeansSystem()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
        ThemeController theme(&settings);
        QCOMPARE(theme.theme(), Theme::System);
        QVERIFY(!StateColors::isDark(QApplication::palette()));
        QCOMPARE(ThemeController::fromKey(QStringLiteral("Dark")), std::optional<Theme>(Theme::Dark));
        QCOMPARE(ThemeController::fromKey(QString()), std::nullopt);
        // Nothing written until a choice is made.
        QCOMPARE(settings.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("purple"));
    }

    void theViewMenuOffersTheThree()
    {
        ThemeController theme(nullptr); // no settings: nothing kept, still applied
        m_window->addThemeActions(theme.actions());
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("themeMenu"));
        QVERIFY(menu);
        QStringList names;
        for (const QAction* a : menu->actions())
            names.append(a->objectName());
        QCOMPARE(names, (QStringList{QStringLiteral("themeSystemAction"), QStringLiteral("themeLightAction"),
                                     QStringLiteral("themeDarkAction")}));
        QVERIFY(theme.actions()->isExclusive());
        theme.action(Theme::Dark)->trigger();
        QTRY_VERIFY(StateColors::isDark(m_window->palette()));
        theme.action(Theme::System)->trigger();
        QTRY_VERIFY(!StateColors::isDark(m_window->palette()));
    }
};

QTEST_MAIN(TestThemeController)
#include "tst_themecontroller.moc"
