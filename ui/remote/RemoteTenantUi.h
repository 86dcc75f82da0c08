#pragma once

// The cockpit's remote-tenant parts, hooked into a MainWindow from outside (its own menus and
// status bar widgets, so MainWindow itself stays unaware): File ▸ Connect to Remote Tenant…, File
// ▸ Open Remote Tenant ▸ (profiles), File ▸ Open Tenant File…, File ▸ Open Demo Tenant; the
// Tenant menu (Pull, Push, Conflicts…), enabled only for a profile's replica; in the status bar
// the connection, the conflict count (a button that opens the conflicts) and the last pull; and
// the start page shown until a tenant is open.

#include "ui/remote/ConflictsDialog.h"
#include "ui/remote/StartPage.h"
#include "ui/remote/SyncProgressDialog.h"
#include "ui/remote/TenantSwitcher.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace gh {

class Clock;
class ConflictsDialog;
class MainWindow;
class Prompter;
class RemoteProfiles;
class StartPage;
class SyncProgressDialog;
class SyncSession;

class RemoteTenantUi final : public QObject
{
    Q_OBJECT

public:
    // Not owned; all outlive this object. `prompter` asks for files and confirmations.
    RemoteTenantUi(MainWindow& window, RemoteProfiles& profiles, SyncSession& session, TenantSwitcher& switcher,
                   Prompter& prompter, QObject* parent = nullptr);

    QAction* connectAction() const { return m_connect; }
    QAction* openFileAction() const { return m_openFile; }
    QAction* openDemoAction() const { return m_openDemo; }
    QMenu* openRemoteMenu() const { return m_openRemote; }
    QAction* pullAction() const { return m_pull; }
    QAction* pushAction() const { return m_push; }
    QAction* conflictsAction() const { return m_conflicts; }
    QLabel* connectionLabel() const { return m_connectionLabel; }
    QToolButton* conflictsButton() const { return m_conflictsButton; }
    QLabel* lastPullLabel() const { return m_lastPullLabel; }
    StartPage* startPage() const { return m_startPage; }
    ConflictsDialog* conflictsDialog() const { return m_conflictsDialog; }
    SyncProgressDialog* progressDialog() const { return m_progress; }

    // Shows the start page over the panes (first start: no last tenant).
    void showStartPage();

    void connectToRemote(); // the connect dialog; opens the new profile on success
    void openTenantFile();
    void pull();
    void push();
    void showConflicts();

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void rebuildProfileMenu();
    void update();
    void onOpened(const TenantSwitcher::Choice& choice);
    void onFailed(const TenantSwitcher::Choice& choice, const QString& where, const QString& error);
    // The connection is back and the session pushes the edits made meanwhile: said in the
    // status bar, followed (and cancellable) in a progress dialog that does not take the focus.
    void onAutoPush(qint64 pending);

    MainWindow& m_window;
    RemoteProfiles& m_profiles;
    SyncSession& m_session;
    TenantSwitcher& m_switcher;
    Prompter& m_prompter;
    QAction* m_connect = nullptr;
    QAction* m_openFile = nullptr;
    QAction* m_openDemo = nullptr;
    QMenu* m_openRemote = nullptr;
    QAction* m_pull = nullptr;
    QAction* m_push = nullptr;
    QAction* m_conflicts = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QToolButton* m_conflictsButton = nullptr;
    QLabel* m_lastPullLabel = nullptr;
    QPointer<StartPage> m_startPage;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QPointer<SyncProgressDialog> m_progress;
};

} // namespace gh
