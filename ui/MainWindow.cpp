#include "ui/MainWindow.h"

#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "models/Icons.h"
#include "ui/EntityPane.h"
#include "ui/ExpiringPane.h"
#include "ui/Prompter.h"
#include "ui/access/AccessIndexSource.h"
#include "ui/commands/AccessCommands.h"
#include "ui/commands/AccessFileCommands.h"
#include "ui/commands/CommandController.h"
#include "ui/access/WhoCanDialog.h"
#include "ui/details/UserDetails.h"
#include "models/IdentityProvidersModel.h"
#include "ui/pending/PendingChangesView.h"
#include "models/UsersModel.h"

#include <QDragMoveEvent>
#include <QMimeData>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>

#include <optional>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace gh {

MainWindow::MainWindow(const Clock& clock, Prompter* prompter, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_prompter(prompter)
{
    if (!m_prompter) {
        m_ownPrompter = std::make_unique<MessageBoxPrompter>();
        m_prompter = m_ownPrompter.get();
    }
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(Icons::application());
    createPanes();
    createActions();
    createPendingDock();
    createMenus();
    createStatusBar();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentPaneChanged);
    onCurrentPaneChanged(0);
    updateWorkspaceState();
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
    resize(QSize(1480, 920).boundedTo(available * 0.95));
}

MainWindow::~MainWindow()
{
    // The panes' models and commands go first: they may refer to the prompter.
    delete takeCentralWidget();
}

void MainWindow::createPanes()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Panes"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(central);

    for (PaneId id : allPanes()) {
        EntityPane* pane = createPane(id, m_clock, m_prompter, m_stack);
        m_panes.append(pane);
        m_stack->addWidget(pane);
        auto* item = new QListWidgetItem(pane->icon(), pane->title(), m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() + 16));
        connect(pane, &EntityPane::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    }
    int width = 0;
    for (EntityPane* pane : std::as_const(m_panes))
        width = std::max(width, fontMetrics().horizontalAdvance(pane->title()));
    m_navigation->setFixedWidth(width + m_navigation->iconSize().width() + 44);
    m_navigation->setCurrentRow(0);
    // Dragging rows (users) over a pane's entry switches to that pane when it takes them, so
    // they can be dropped on one of its rows.
    m_navigation->setAcceptDrops(true);
    m_navigation->viewport()->setAcceptDrops(true);
    m_navigation->viewport()->installEventFilter(this);
    // The Expiring pane opens an item's keystore entry or destination certificate in its pane.
    setExpiringNavigator(pane(PaneId::Expiring), [this](PaneId target, const QString& key) {
        showPane(target);
        EntityPane* p = pane(target);
        return p && p->selectKey(key);
    });
    connectPanes();
    connectWhereUsedLinks();
    // Connected once the actions exist (the constructor shows the first pane explicitly).
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

// "Used by" / "Refers to" links of any details view show the item in its own pane.
void MainWindow::connectWhereUsedLinks()
{
    for (EntityPane* p : std::as_const(m_panes))
        connect(p->details(), &DetailsView::showEntityRequested, this, [this](EntityKind kind, const QString& key) {
            std::optional<PaneId> target;
            switch (kind) {
            case EntityKind::Destination:
                target = PaneId::Destinations;
                break;
            case EntityKind::DestinationCertificate:
                target = PaneId::DestinationCertificates;
                break;
            case EntityKind::KeystoreEntry:
                target = PaneId::Keystore;
                break;
            case EntityKind::RoleCollection:
                target = PaneId::RoleCollections;
                break;
            default:
                break;
            }
            if (!target || !pane(*target))
                return;
            showPane(*target);
            pane(*target)->selectKey(key);
        });
}

// What panes ask of each other: the identity providers pane counts users and mappings from the
// users pane's access index, and details views show "these users" in the users pane.
void MainWindow::connectPanes()
{
    EntityPane* idps = pane(PaneId::IdentityProviders);
    EntityPane* users = pane(PaneId::Users);
    auto* userDetails = users ? qobject_cast<UserDetails*>(users->details()) : nullptr;
    if (!idps || !userDetails)
        return;
    auto* model = static_cast<IdentityProvidersModel*>(idps->model());
    AccessIndexSource* access = userDetails->accessSource();
    connect(access, &AccessIndexSource::indexChanged, model,
            [model, access] { model->setAccessIndex(access->index()); });
    auto* usersModel = static_cast<UsersModel*>(users->model());
    connect(access, &AccessIndexSource::indexChanged, usersModel,
            [usersModel, access] { usersModel->setAccessIndex(access->index()); });
    connect(model, &IdentityProvidersModel::dataChanged, idps->details(), &DetailsView::refresh);
    // Any details view may ask for "these users" (an identity provider's, a collection's).
    for (EntityPane* p : std::as_const(m_panes))
        connect(p->details(), &DetailsView::showUsersRequested, this,
                [this, users](const QString& query) {
                    showPane(PaneId::Users);
                    users->searchField()->setText(query);
                });
}

void MainWindow::createActions()
{
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = new QAction(Icons::themed(QStringLiteral("edit-undo"), QStringLiteral("edit-undo")),
                         tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setIconText(tr("Undo")); // the tool bar stays short; the menu and tool tip say what
    connect(m_undo, &QAction::triggered, this, &MainWindow::undo);

    m_redo = new QAction(Icons::themed(QStringLiteral("edit-redo"), QStringLiteral("edit-redo")),
                         tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setIconText(tr("Redo"));
    connect(m_redo, &QAction::triggered, this, &MainWindow::redo);

    m_find = new QAction(tr("&Find…"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (EntityPane* pane = currentPane())
            pane->focusSearch();
    });

    // F6 (and Shift+F6) moves the focus between the pane list and the current pane, as in
    // most desktop applications, so neither is a dead end for the keyboard.
    m_focusPanes = new QAction(tr("Switch Between Pane List and Pane"), this);
    m_focusPanes->setObjectName(QStringLiteral("focusPanesAction"));
    m_focusPanes->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    m_focusPanes->setShortcutContext(Qt::WindowShortcut);
    addAction(m_focusPanes);
    connect(m_focusPanes, &QAction::triggered, this, [this] {
        EntityPane* pane = currentPane();
        if (m_navigation->hasFocus() && pane)
            pane->view()->setFocus(Qt::ShortcutFocusReason);
        else
            m_navigation->setFocus(Qt::ShortcutFocusReason);
    });

    m_whoCan = new QAction(Icons::shipped(QStringLiteral("who-can")), tr("&Who Can…"), this);
    m_whoCan->setObjectName(QStringLiteral("whoCanAction"));
    m_whoCan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_whoCan->setIconText(tr("Who Can"));
    m_whoCan->setToolTip(tr("Who can perform a task: users and the paths that grant it"));
    connect(m_whoCan, &QAction::triggered, this, &MainWindow::showWhoCan);

    m_matrix = new QAction(Icons::shipped(QStringLiteral("matrix")), tr("Assignment &Matrix"), this);
    m_matrix->setObjectName(QStringLiteral("matrixAction"));
    m_matrix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_matrix->setIconText(tr("Matrix"));
    m_matrix->setToolTip(tr("Users × role collections: assign and unassign with check boxes"));
    connect(m_matrix, &QAction::triggered, this, &MainWindow::showAssignmentMatrix);

    m_exportAccess = new QAction(
        Icons::themed(QStringLiteral("document-export"), QStringLiteral("document-export")),
        tr("&Export Users and Role Collections…"), this);
    m_exportAccess->setObjectName(QStringLiteral("exportAccessAction"));
    m_exportAccess->setToolTip(tr("Save every user's role collections, and how each is held, as CSV"));
    connect(m_exportAccess, &QAction::triggered, this, [this] {
        startUsersCommand([](const CommandContext& context) -> Command* {
            return new ExportAccessCommand(context, QStringList(), AccessCommandArgs{});
        });
    });
    m_importAssignments = new QAction(
        Icons::themed(QStringLiteral("document-import"), QStringLiteral("document-import")),
        tr("&Import Assignments…"), this);
    m_importAssignments->setObjectName(QStringLiteral("importAssignmentsAction"));
    m_importAssignments->setToolTip(
        tr("Assign or unassign role collections from a CSV file, after a preview"));
    connect(m_importAssignments, &QAction::triggered, this, [this] {
        startUsersCommand([](const CommandContext& context) -> Command* {
            return new ImportAssignmentsCommand(context, QStringList(), AccessCommandArgs{});
        });
    });

    m_compare = new QAction(tr("&Compare with Tenant…"), this);
    m_compare->setObjectName(QStringLiteral("compareTenantAction"));
    m_compare->setToolTip(tr("Compare this tenant with another tenant file side by side, and copy items into its "
                             "pending changes"));
    connect(m_compare, &QAction::triggered, this, &MainWindow::compareWithTenant);

    m_viewActions = new QActionGroup(this);
    m_viewActions->setExclusive(true);
    for (int i = 0; i < m_panes.size(); ++i) {
        auto* action = new QAction(m_panes.at(i)->icon(), m_panes.at(i)->title(), m_viewActions);
        action->setCheckable(true);
        if (i < 9) // Ctrl+1…9; the panes after those are reached from the pane list (F6)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exportAccess);
    file->addAction(m_importAssignments);
    file->addSeparator();
    file->addAction(m_compare);
    file->addSeparator();
    file->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_paneActionsAnchor = m_editMenu->addSeparator();

    QMenu* view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions->actions());
    view->addSeparator();
    view->addAction(m_matrix);
    view->addAction(m_showPending);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_whoCan);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_whoCan);
    m_toolBar->addAction(m_matrix);
    m_toolBar->addAction(m_showPending);
    m_toolBar->addSeparator();
}

void MainWindow::addThemeActions(QActionGroup* themes)
{
    m_viewMenu->addSeparator();
    QMenu* menu = m_viewMenu->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    menu->addActions(themes->actions());
}

void MainWindow::createPendingDock()
{
    m_pendingView = new PendingChangesView(m_prompter, this);
    m_pendingView->setUndoRedo(m_undo, m_redo);
    if (EntityPane* users = pane(PaneId::Users)) {
        const auto* model = static_cast<const UsersModel*>(users->model());
        m_pendingView->setUserNames([model](const QString& id) {
            const User* user = model->entry(id);
            return user ? user->userName : QString();
        });
    }
    connect(m_pendingView, &PendingChangesView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    m_pendingDock = new QDockWidget(tr("Pending Changes"), this);
    m_pendingDock->setObjectName(QStringLiteral("pendingDock"));
    m_pendingDock->setWidget(m_pendingView);
    m_pendingDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    // Under the panes, like a build log: the full width for the summaries and the diff.
    addDockWidget(Qt::BottomDockWidgetArea, m_pendingDock);
    m_pendingDock->hide();
    connect(m_pendingDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        if (m_pendingDock->height() < 220 && !m_pendingDock->isFloating())
            resizeDocks({m_pendingDock}, {300}, Qt::Vertical);
        m_pendingView->changesView()->setFocus(Qt::OtherFocusReason);
    });
    m_showPending = m_pendingDock->toggleViewAction();
    m_showPending->setObjectName(QStringLiteral("pendingAction"));
    m_showPending->setText(tr("&Pending Changes"));
    m_showPending->setIconText(tr("Pending"));
    m_showPending->setIcon(Icons::shipped(QStringLiteral("pending-changes")));
    m_showPending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_showPending->setToolTip(tr("Review the changes not yet pushed, and discard any of them"));
}

void MainWindow::showPendingChanges()
{
    m_pendingDock->show();
    m_pendingDock->raise();
}

void MainWindow::startUsersCommand(const std::function<Command*(const CommandContext&)>& make)
{
    EntityPane* users = pane(PaneId::Users);
    if (!users || !m_workspace)
        return;
    users->commands()->startCommand(make(users->commands()->context()));
}

void MainWindow::showAssignmentMatrix()
{
    if (!m_matrixView) {
        m_matrixView = new AssignmentMatrixView(m_clock, m_prompter, this);
        m_matrixView->setWindowFlag(Qt::Window);
        // Ctrl+Z / Ctrl+Shift+Z work in the matrix's own window too.
        m_matrixView->addActions({m_undo, m_redo});
        m_matrixView->setWorkspace(m_workspace);
    }
    // Opened from a pane, it shows that pane's selection: the collection's column, the user's row.
    if (EntityPane* current = currentPane()) {
        const QString key = current->commands()->selectedKeys().value(0);
        if (current == pane(PaneId::RoleCollections) && !key.isEmpty())
            m_matrixView->reveal(QString(), key);
        else if (current == pane(PaneId::Users) && !key.isEmpty())
            m_matrixView->reveal(key, QString());
    }
    m_matrixView->show();
    m_matrixView->raise();
    m_matrixView->activateWindow();
}

void MainWindow::showWhoCan()
{
    if (!m_whoCanDialog) {
        EntityPane* users = pane(PaneId::Users);
        auto* details = users ? qobject_cast<UserDetails*>(users->details()) : nullptr;
        if (!details)
            return;
        m_whoCanDialog = new WhoCanDialog(details->accessSource(), m_prompter, this);
        connect(m_whoCanDialog, &WhoCanDialog::userActivated, this, &MainWindow::showUser);
    }
    m_whoCanDialog->show();
    m_whoCanDialog->raise();
    m_whoCanDialog->activateWindow();
}

void MainWindow::compareWithTenant()
{
    if (!m_workspace)
        return;
    if (m_compareDialog) // one at a time, always on the workspace open now
        m_compareDialog->close();
    m_compareDialog = new TenantDiffDialog(m_workspace, m_keyVault, m_prompter, m_clock, this);
    m_compareDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog->setProfiles(m_profileNames);
    m_compareDialog->show();
    m_compareDialog->chooseOtherTenant();
}

bool MainWindow::showUser(const QString& userId)
{
    EntityPane* users = pane(PaneId::Users);
    if (!users)
        return false;
    showPane(PaneId::Users);
    return users->selectKey(userId);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_pendingLabel && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && m_workspace) {
        showPendingChanges();
        return true;
    }
    if (watched == m_navigation->viewport() &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove ||
         event->type() == QEvent::Drop)) {
        auto* drag = static_cast<QDropEvent*>(event);
        const QListWidgetItem* item = m_navigation->itemAt(drag->position().toPoint());
        const int row = item ? m_navigation->row(item) : -1;
        const QMimeData* data = drag->mimeData();
        const auto takes = [data](const EntityPane* p) {
            return p && data && !p->keyDropType().isEmpty() && data->hasFormat(p->keyDropType());
        };
        bool anyTakes = false;
        for (const EntityPane* p : std::as_const(m_panes))
            anyTakes = anyTakes || takes(p);
        if (!anyTakes)
            return false;
        if (event->type() == QEvent::Drop) {
            drag->ignore(); // drops go on a row of the pane, not on its name
            return true;
        }
        if (row >= 0 && row < m_panes.size() && takes(m_panes.at(row)) &&
            m_navigation->currentRow() != row)
            m_navigation->setCurrentRow(row);
        // Accepted so that the moves keep coming; the drop itself is refused here.
        drag->acceptProposedAction();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createStatusBar()
{
    m_tenantLabel = new QLabel(this);
    m_tenantLabel->setObjectName(QStringLiteral("tenantLabel"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    // A click on the count opens the review (View ▸ Pending Changes from the keyboard).
    m_pendingLabel->setCursor(Qt::PointingHandCursor);
    m_pendingLabel->setToolTip(tr("Show the pending changes (Ctrl+Shift+P)"));
    m_pendingLabel->installEventFilter(this);
    m_secretsLabel = new QLabel(this);
    m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    m_secretsLabel->setContentsMargins(8, 0, 8, 0);
    m_secretsLabel->hide();
    statusBar()->addPermanentWidget(m_secretsLabel);
    m_tenantLabel->setContentsMargins(8, 0, 8, 0);
    m_pendingLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_tenantLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
}

void MainWindow::setWorkspace(Workspace* workspace)
{
    disconnect(m_stateConnection);
    m_workspace = workspace;
    if (m_workspace)
        m_stateConnection =
            connect(m_workspace, &Workspace::stateChanged, this, &MainWindow::updateWorkspaceState);
    for (EntityPane* pane : std::as_const(m_panes))
        pane->setWorkspace(workspace);
    if (m_matrixView)
        m_matrixView->setWorkspace(workspace);
    m_pendingView->setWorkspace(workspace);
    statusBar()->clearMessage();
    updateWorkspaceState();
}

void MainWindow::setKeyVault(KeyVault* keyVault)
{
    m_keyVault = keyVault;
    for (EntityPane* pane : std::as_const(m_panes))
        pane->setKeyVault(keyVault);
}

void MainWindow::setSecretsNotice(const QString& notice, const QString& toolTip)
{
    m_secretsLabel->setText(notice);
    m_secretsLabel->setToolTip(toolTip);
    m_secretsLabel->setVisible(!notice.isEmpty());
}

void MainWindow::showOpeningMessage(const QString& message)
{
    statusBar()->showMessage(message);
}

EntityPane* MainWindow::pane(PaneId id) const
{
    const qsizetype i = allPanes().indexOf(id);
    return i >= 0 && i < m_panes.size() ? m_panes.at(i) : nullptr;
}

EntityPane* MainWindow::currentPane() const
{
    return qobject_cast<EntityPane*>(m_stack->currentWidget());
}

void MainWindow::showPane(PaneId id)
{
    m_navigation->setCurrentRow(static_cast<int>(allPanes().indexOf(id)));
}

bool MainWindow::showPane(const QString& name)
{
    for (PaneId id : allPanes()) {
        if (paneName(id) == name) {
            showPane(id);
            return true;
        }
    }
    return false;
}

void MainWindow::onCurrentPaneChanged(int index)
{
    if (index < 0 || index >= m_panes.size())
        return;
    m_stack->setCurrentIndex(index);
    m_viewActions->actions().at(index)->setChecked(true);
    // The tool bar and the Edit menu carry the current pane's commands.
    for (QAction* action : std::as_const(m_shownPaneActions)) {
        m_toolBar->removeAction(action);
        m_editMenu->removeAction(action);
    }
    m_shownPaneActions = m_panes.at(index)->commandActions();
    m_toolBar->addActions(m_panes.at(index)->toolBarActions());
    m_editMenu->addActions(m_shownPaneActions);
    m_paneActionsAnchor->setVisible(!m_shownPaneActions.isEmpty());
}

void MainWindow::updateWorkspaceState()
{
    m_exportAccess->setEnabled(m_workspace);
    m_importAssignments->setEnabled(m_workspace);
    m_compare->setEnabled(m_workspace);
    if (!m_workspace) {
        setWindowTitle(tr("Gatehouse"));
        m_tenantLabel->setText(tr("No tenant open"));
        m_pendingLabel->clear();
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
        m_undo->setText(tr("&Undo"));
        m_redo->setText(tr("&Redo"));
        return;
    }
    const WorkspaceState& state = m_workspace->state();
    setWindowTitle(tr("%1 — Gatehouse").arg(m_workspace->displayName()));
    m_tenantLabel->setText(tr("Tenant: %1").arg(m_workspace->displayName()));
    m_pendingLabel->setText(state.pendingCount == 0 ? tr("No pending changes")
                                                    : tr("%n pending change(s)", nullptr,
                                                         static_cast<int>(state.pendingCount)));
    m_undo->setText(state.undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(state.undoText));
    m_redo->setText(state.redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(state.redoText));
    m_undo->setToolTip(m_undo->text().remove(QLatin1Char('&')));
    m_redo->setToolTip(m_redo->text().remove(QLatin1Char('&')));
    m_undo->setEnabled(!m_busy && !state.undoText.isEmpty());
    m_redo->setEnabled(!m_busy && !state.redoText.isEmpty());
}

void MainWindow::undo()
{
    if (!m_workspace || m_busy || m_workspace->state().undoText.isEmpty())
        return;
    const QString what = m_workspace->state().undoText;
    m_busy = true;
    updateWorkspaceState();
    whenFinished(m_workspace->undo(), this, [this, what](const Status& status) {
        m_busy = false;
        updateWorkspaceState();
        statusBar()->showMessage(status ? tr("Undone: %1").arg(what)
                                        : tr("Undo failed: %1").arg(status.error().toString()),
                                 5000);
    });
}

void MainWindow::redo()
{
    if (!m_workspace || m_busy || m_workspace->state().redoText.isEmpty())
        return;
    const QString what = m_workspace->state().redoText;
    m_busy = true;
    updateWorkspaceState();
    whenFinished(m_workspace->redo(), this, [this, what](const Status& status) {
        m_busy = false;
        updateWorkspaceState();
        statusBar()->showMessage(status ? tr("Redone: %1").arg(what)
                                        : tr("Redo failed: %1").arg(status.error().toString()),
                                 5000);
    });
}

} // namespace gh
