// The cockpit with the keyboard alone: QTest key events to whatever widget has the focus, no
// mouse and no slot called directly. Ctrl+1…n and the pane list switch panes and Tab walks from
// the list to the search and the table; a user is found by typing in the search, selected by
// tabbing into the table, given a role collection through Ctrl++ and the picker (type to filter, Tab,
// Space to check, Return to assign); a destination is found the same way, opened with F2, its
// description retyped and saved with Return. The real message-box prompter runs the dialogs
// modally, as in the application; a timer types into them while they are open.
#include "../models/ModelTestSupport.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/access/ItemPickerDialog.h"
#include "ui/commands/CommandController.h"
#include "ui/destinations/DestinationEditor.h"
#include "ui/details/DetailsView.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace gh;

namespace {

template<class T>
std::optional<T> fetch(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15000))
        return std::nullopt;
    const Result<T> result = future.result();
    return result ? std::optional<T>(result.value()) : std::nullopt;
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

// Runs `type` (key presses into the focused widget) once a modal dialog of type D is open.
template<class D>
class ModalDriver
{
public:
    std::function<void(D&)> type;
    bool ran = false;

    void start()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
            // Keys go to the focus: wait until the dialog is the active window and has it.
            if (!dialog || !dialog->isVisible() || QApplication::activeWindow() != dialog ||
                !focused() || !dialog->isAncestorOf(focused()))
                return;
            m_timer.stop();
            ran = true;
            type(*dialog);
        });
        m_timer.start();
        // Never hang: a dialog still open after 20 s is rejected (and the test fails).
        m_watchdog.setSingleShot(true);
        m_watchdog.setInterval(20000);
        QObject::connect(&m_watchdog, &QTimer::timeout, [] {
            if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        m_watchdog.start();
    }

private:
    QTimer m_timer;
    QTimer m_watchdog;
};

// A key for the widget with the focus, as a keyboard gives it.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

void typeText(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

} // namespace

class TestKeyboardOnly : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<MainWindow> m_window; // with the message-box prompter, as in the application

    // Selects the only row a search leaves, with keys: Ctrl+F, the text, Tab to the table, Down.
    void findAndSelect(EntityPane* pane, const QString& query)
    {
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(pane->searchField()));
        press(Qt::Key_A, Qt::ControlModifier);
        typeText(query);
        QTRY_COMPARE(pane->view()->model()->rowCount(), 1);
        press(Qt::Key_Tab);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(pane->view()));
        // Coming into the table selects its current row (the search dropped the selection).
        QTRY_COMPARE(pane->commands()->selectedKeys().size(), 1);
        press(Qt::Key_Down); // the only row: stays selected
        QCOMPARE(pane->commands()->selectedKeys().size(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp);
        QVERIFY(m_demo.open());
        m_window = std::make_unique<MainWindow>(m_demo.clock());
        m_window->setWorkspace(&m_demo.workspace());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        for (PaneId id : allPanes()) {
            // The demo tenant holds no known hosts or PGP keys (making them needs ssh-keygen, gpg).
            if (id != PaneId::PgpKeys && id != PaneId::KnownHosts)
                QTRY_VERIFY_WITH_TIMEOUT(m_window->pane(id)->model()->rowCount() > 0, 15000);
        }
    }

    void cleanupTestCase() { m_window.reset(); }

    void ctrlNumberShowsEachPane()
    {
        // Ctrl+1…9 reach the first nine panes; the others are one F6 and the arrows away.
        const QList<PaneId> panes = allPanes();
        QVERIFY(panes.size() >= 9);
        for (int i = 8; i >= 0; --i) {
            press(static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(m_window->currentPane(), m_window->pane(panes.at(i)));
        }
    }

    // The pane list takes the focus with F6 (and gives it back), arrows switch panes, and Tab goes
    // on to the pane's search field, then its table, then its details.
    void tabOrderFromThePaneList()
    {
        auto* list = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(list);
        press(Qt::Key_F, Qt::ControlModifier); // somewhere in the pane: its search field
        QTRY_COMPARE(focused(), static_cast<QWidget*>(m_window->currentPane()->searchField()));
        press(Qt::Key_F6);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(list));
        press(Qt::Key_Down);
        QTRY_COMPARE(m_window->currentPane(), m_window->pane(allPanes().at(1)));
        press(Qt::Key_Up);
        QTRY_COMPARE(m_window->currentPane(), m_window->pane(allPanes().at(0)));
        press(Qt::Key_Tab);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(m_window->currentPane()->searchField()));
        press(Qt::Key_Tab);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(m_window->currentPane()->view()));
        press(Qt::Key_F6); // on to the pane list again
        QTRY_COMPARE(focused(), static_cast<QWidget*>(list));
        press(Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(focused() != list);
    }

    // Panes with a filter bar (the keystore's quick filters, the Expiring pane's threshold): Tab
    // goes down the pane as it reads, search field, the bar's controls, the table, the details,
    // and Shift+Tab back up.
    void filterBarBetweenSearchAndTable_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QString>("bar");
        QTest::newRow("keystore") << QStringLiteral("keystore") << QStringLiteral("quickFilterBar");
        QTest::newRow("expiring") << QStringLiteral("expiring") << QStringLiteral("expiringThresholdBar");
    }

    void filterBarBetweenSearchAndTable()
    {
        QFETCH(QString, pane);
        QFETCH(QString, bar);
        QVERIFY(m_window->showPane(pane));
        EntityPane* p = m_window->currentPane();
        auto* filterBar = p->findChild<QWidget*>(bar);
        QVERIFY(filterBar);
        QVERIFY(filterBar->isVisible());
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(p->searchField()));

        QList<QWidget*> walked;
        for (int i = 0; i < 20 && focused() != p->view(); ++i) {
            press(Qt::Key_Tab);
            QVERIFY(focused());
            if (focused() != p->view())
                walked.append(focused());
        }
        QCOMPARE(focused(), static_cast<QWidget*>(p->view()));
        if (walked.isEmpty())
            QFAIL("Tab went from the search field straight to the table, past the filter bar");
        for (QWidget* w : std::as_const(walked))
            if (!filterBar->isAncestorOf(w))
                QFAIL(qPrintable(QStringLiteral("not of the filter bar, between search and table: %1 (%2)")
                                     .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        // On from the table (not cell by cell) into the details.
        press(Qt::Key_Tab);
        QTRY_VERIFY(focused() && p->details()->isAncestorOf(focused()));
        // And back: Shift+Tab from the details to the table, then the bar's last control.
        press(Qt::Key_Backtab);
        QTRY_COMPARE(focused(), static_cast<QWidget*>(p->view()));
        press(Qt::Key_Backtab);
        QTRY_COMPARE(focused(), walked.last());
    }

    void assignARoleCollection()
    {
        const auto users = fetch(m_demo.workspace().client().users().list());
        QVERIFY(users);
        const auto collections = fetch(m_demo.workspace().client().roleCollections().list());
        QVERIFY(collections);
        const auto becker = std::find_if(users->cbegin(), users->cend(),
                                         [](const User& u) { return u.userName.contains(QStringLiteral("becker")); });
        QVERIFY(becker != users->cend());
        QString collection;
        for (const RoleCollection& rc : *collections) {
            if (!becker->roleCollections.contains(rc.name) && !rc.name.contains(QLatin1Char(' '))) {
                collection = rc.name;
                break;
            }
        }
        QVERIFY(!collection.isEmpty());

        press(Qt::Key_1, Qt::ControlModifier);
        EntityPane* pane = m_window->pane(PaneId::Users);
        QTRY_COMPARE(m_window->currentPane(), pane);
        findAndSelect(pane, QStringLiteral("becker"));
        QCOMPARE(pane->commands()->selectedKeys().value(0), becker->id);

        ModalDriver<ItemPickerDialog> picker;
        QStringList checked;
        picker.type = [&](ItemPickerDialog& dialog) {
            // The filter has the focus: type, Tab into the list, Down to the first, Space, Return.
            typeText(collection);
            press(Qt::Key_Tab);
            press(Qt::Key_Down);
            press(Qt::Key_Space);
            checked = dialog.checkedKeys();
            press(Qt::Key_Return);
        };
        picker.start();
        auto* assign = pane->findChild<QAction*>(QStringLiteral("assignRoleCollectionsAction"));
        QVERIFY(assign);
        QTRY_VERIFY(assign->isEnabled()); // the commands follow the selection
        press(Qt::Key_Plus, Qt::ControlModifier); // Assign Role Collections…
        QTRY_VERIFY(picker.ran);
        QCOMPARE(checked, QStringList{collection});

        QTRY_VERIFY_WITH_TIMEOUT(fetch(m_demo.workspace().client().users().get(becker->id))
                                     .value_or(User{})
                                     .roleCollections.contains(collection),
                                 10000);
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("1 pending change"));
    }

    void editADestination()
    {
        // A window manager gives the focus back to the window once the picker has closed; the
        // offscreen platform has none.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const QString text = QStringLiteral("Edited with the keyboard alone");
        press(static_cast<Qt::Key>(Qt::Key_1 + allPanes().indexOf(PaneId::Destinations)),
              Qt::ControlModifier);
        EntityPane* pane = m_window->pane(PaneId::Destinations);
        QTRY_COMPARE(m_window->currentPane(), pane);
        findAndSelect(pane, QStringLiteral("northwind -erp -portal"));
        QCOMPARE(pane->commands()->selectedKeys().value(0), QStringLiteral("northwind"));

        ModalDriver<DestinationEditor> editor;
        bool reached = false;
        QString firstFocus;
        QString firstField;
        editor.type = [&](DestinationEditor& dialog) {
            // The editor opens on its first field, and Tab goes down the form.
            firstFocus = focused() ? focused()->objectName() : QString();
            firstField = QStringLiteral("field:") + dialog.shownFields().value(0);
            QWidget* description = dialog.field(QStringLiteral("Description"));
            for (int i = 0; i < 60 && focused() != description; ++i)
                press(Qt::Key_Tab);
            reached = description && focused() == description;
            if (!reached) {
                press(Qt::Key_Escape);
                return;
            }
            press(Qt::Key_A, Qt::ControlModifier);
            typeText(text);
            press(Qt::Key_Return); // Save is the default button
        };
        editor.start();
        auto* edit = pane->findChild<QAction*>(QStringLiteral("editDestinationAction"));
        QVERIFY(edit);
        QTRY_VERIFY(edit->isEnabled()); // the commands follow the selection
        press(Qt::Key_F2); // Edit…
        QTRY_VERIFY(editor.ran);
        QCOMPARE(firstFocus, firstField);
        QVERIFY(reached);

        QTRY_COMPARE_WITH_TIMEOUT(fetch(m_demo.workspace().client().destinations().get(QStringLiteral("northwind")))
                                      .value_or(Destination{})
                                      .description(),
                                  text, 10000);
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("2 pending changes"));
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
