#pragma once

// The cockpit's main window: a navigation list of panes, the current pane, menus, a tool bar
// with the current pane's commands, and a status bar that names the tenant and counts the
// pending changes. It is given the clock and, later, the workspace; it owns neither.

#include "ui/Panes.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QMenu;

namespace gh {

class Clock;
class EntityPane;
class KeyVault;
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
    QAction* redoAction() const { return m_redo; }
    QLabel* tenantLabel() const { return m_tenantLabel; }
    QLabel* pendingLabel() const { return m_pendingLabel; }

private:
    void createPanes();
    void createActions();
    void createMenus();
    void createStatusBar();
    void onCurrentPaneChanged(int index);
    void updateWorkspaceState();
    void undo();
    void redo();

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
    QAction* m_paneActionsAnchor = nullptr; // separator before the current pane's actions
    QList<QAction*> m_shownPaneActions;
    QActionGroup* m_viewActions = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QLabel* m_tenantLabel = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QLabel* m_secretsLabel = nullptr;
    bool m_busy = false; // an undo or redo is running
};

} // namespace gh
