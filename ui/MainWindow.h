#pragma once

// The cockpit's main window: a navigation list of panes, the current pane, menus, a tool bar
// with the current pane's commands, and a status bar that names the tenant and counts the
// pending changes. It is given the clock and, later, the workspace; it owns neither.

#include "ui/Panes.h"
#include "ui/access/AssignmentMatrixView.h"
#include "ui/access/WhoCanDialog.h"
#include "ui/commands/Command.h"
#include "ui/diff/TenantDiffDialog.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QMenu;
class QDockWidget;

namespace gh {

class Clock;
class EntityPane;
class KeyVault;
class PendingChangesView;
class Prompter;
class Workspace;


class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `prompter` answers the questions commands ask (message boxes when null).
    explicit MainWindow(const Clock& clock, Prompter* prompter = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the workspace's tenant in every pane (nullptr: none). Not owned.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }
    // The private keys of the open tenant (nullptr while the keychain is being probed). Not owned.
    void setKeyVault(KeyVault* keyVault);
    // A lasting note in the status bar about where secrets are kept (empty: none).
    void setSecretsNotice(const QString& notice, const QString& toolTip = {});
    QLabel* secretsLabel() const { return m_secretsLabel; }
    // A transient message while there is no workspace yet ("Opening demo tenant…").
    void showOpeningMessage(const QString& message);

    EntityPane* pane(PaneId id) const;
    EntityPane* currentPane() const;
    void showPane(PaneId id);
    bool showPane(const QString& name); // paneName(): false for an unknown name

    QAction* undoAction() const { return m_undo; }
    QAction* whoCanAction() const { return m_whoCan; }
    // The "Who can…" dialog, made on first use (null before).
    WhoCanDialog* whoCanDialog() const { return m_whoCanDialog; }
    void showWhoCan();
    QAction* matrixAction() const { return m_matrix; }
    QAction* exportAccessAction() const { return m_exportAccess; }
    QAction* importAssignmentsAction() const { return m_importAssignments; }
    // The assignment matrix window, made on first use (null before).
    AssignmentMatrixView* assignmentMatrix() const { return m_matrixView; }
    void showAssignmentMatrix();
    // Runs a command of the users pane that is not about its selection (File menu).
    void startUsersCommand(const std::function<Command*(const CommandContext&)>& make);
    // Shows the users pane with `userId` selected.
    bool showUser(const QString& userId);
    QAction* redoAction() const { return m_redo; }
    // "Compare with Tenant…" (File menu): the diff view of the open tenant and another file.
    QAction* compareAction() const { return m_compare; }
    // The diff dialog of the last Compare with Tenant (null before).
    TenantDiffDialog* compareDialog() const { return m_compareDialog; }
    // Opens the diff dialog and asks for the tenant file to compare with (the Prompter's file
    // dialog); the dialog stays open without a comparison when none is chosen.
    void compareWithTenant();
    // The remote profiles Compare with Tenant offers besides tenant files (their replicas).
    void setTenantProfiles(std::function<QStringList()> names) { m_profileNames = std::move(names); }
    // The Pending changes pane (a dock, hidden until asked for) and the action that shows it.
    PendingChangesView* pendingChanges() const { return m_pendingView; }
    QDockWidget* pendingDock() const { return m_pendingDock; }
    QAction* pendingAction() const { return m_showPending; }
    void showPendingChanges();
    QLabel* tenantLabel() const { return m_tenantLabel; }
    // View ▸ Theme: the theme choices (ThemeController::actions(), not owned).
    void addThemeActions(QActionGroup* themes);
    QLabel* pendingLabel() const { return m_pendingLabel; }

private:
    void createPanes();
    void connectPanes();
    void connectWhereUsedLinks();
    void createActions();
    void createMenus();
    void createStatusBar();
    void createPendingDock();
    void onCurrentPaneChanged(int index);
    void updateWorkspaceState();
    void undo();
    void redo();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:

    const Clock& m_clock;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter* m_prompter;
    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_stateConnection;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<EntityPane*> m_panes;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_paneActionsAnchor = nullptr; // separator before the current pane's actions
    QList<QAction*> m_shownPaneActions;
    QActionGroup* m_viewActions = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_focusPanes = nullptr; // F6: between the pane list and the current pane
    QAction* m_whoCan = nullptr;
    QAction* m_matrix = nullptr;
    QAction* m_exportAccess = nullptr;
    QAction* m_importAssignments = nullptr;
    QAction* m_showPending = nullptr;
    QDockWidget* m_pendingDock = nullptr;
    PendingChangesView* m_pendingView = nullptr;
    QPointer<AssignmentMatrixView> m_matrixView;
    QPointer<WhoCanDialog> m_whoCanDialog;
    QAction* m_compare = nullptr;
    QPointer<TenantDiffDialog> m_compareDialog;
    std::function<QStringList()> m_profileNames;
    KeyVault* m_keyVault = nullptr;
    QLabel* m_tenantLabel = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QLabel* m_secretsLabel = nullptr;
    bool m_busy = false; // an undo or redo is running
};

} // namespace gh
