#include "ui/remote/RemoteTenantUi.h"

#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/remote/ConflictsDialog.h"
#include "ui/remote/ConnectDialog.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/StartPage.h"
#include "ui/remote/SyncProgressDialog.h"
#include "ui/remote/SyncSession.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace gh {

RemoteTenantUi::RemoteTenantUi(MainWindow& window, RemoteProfiles& profiles, SyncSession& session,
                               TenantSwitcher& switcher, Prompter& prompter, QObject* parent)
    : QObject(parent), m_window(window), m_profiles(profiles), m_session(session), m_switcher(switcher),
      m_prompter(prompter)
{
    // Compare with Tenant offers the profiles' replicas besides tenant files.
    m_window.setTenantProfiles([profiles = QPointer<RemoteProfiles>(&m_profiles)] {
        return profiles ? profiles->names() : QStringList();
    });
    createActions();
    createMenus();
    createStatusBar();
    connect(&m_session, &SyncSession::changed, this, &RemoteTenantUi::update);
    connect(&m_profiles, &RemoteProfiles::profilesChanged, this, &RemoteTenantUi::rebuildProfileMenu);
    connect(&m_switcher, &TenantSwitcher::opened, this, &RemoteTenantUi::onOpened);
    connect(&m_switcher, &TenantSwitcher::failed, this, &RemoteTenantUi::onFailed);
    connect(&m_session, &SyncSession::autoPushStarted, this, &RemoteTenantUi::onAutoPush);
    rebuildProfileMenu();
    update();
}

void RemoteTenantUi::createActions()
{
    m_connect = new QAction(tr("&Connect to Remote Tenant…"), this);
    m_connect->setObjectName(QStringLiteral("connectRemoteAction"));
    m_connect->setToolTip(tr("Make a tenant profile from BTP service key files and open its replica"));
    connect(m_connect, &QAction::triggered, this, &RemoteTenantUi::connectToRemote);

    m_openFile = new QAction(tr("&Open Tenant File…"), this);
    m_openFile->setObjectName(QStringLiteral("openFileAction"));
    m_openFile->setShortcut(QKeySequence::Open);
    connect(m_openFile, &QAction::triggered, this, &RemoteTenantUi::openTenantFile);

    m_openDemo = new QAction(tr("Open &Demo Tenant"), this);
    m_openDemo->setObjectName(QStringLiteral("openDemoAction"));
    connect(m_openDemo, &QAction::triggered, this, [this] { m_switcher.open({TenantSwitcher::Choice::Kind::Demo, {}}); });

    m_pull = new QAction(m_window.style()->standardIcon(QStyle::SP_ArrowDown), tr("&Pull"), this);
    m_pull->setObjectName(QStringLiteral("pullAction"));
    m_pull->setToolTip(tr("Read the remote tenant into its replica"));
    connect(m_pull, &QAction::triggered, this, &RemoteTenantUi::pull);

    m_push = new QAction(m_window.style()->standardIcon(QStyle::SP_ArrowUp), tr("P&ush"), this);
    m_push->setObjectName(QStringLiteral("pushAction"));
    m_push->setToolTip(tr("Send the pending changes to the remote tenant"));
    connect(m_push, &QAction::triggered, this, &RemoteTenantUi::push);

    m_conflicts = new QAction(tr("&Conflicts…"), this);
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    m_conflicts->setToolTip(tr("The changes the remote tenant made since the pull that clash with yours"));
    connect(m_conflicts, &QAction::triggered, this, &RemoteTenantUi::showConflicts);
}

void RemoteTenantUi::createMenus()
{
    QMenuBar* bar = m_window.menuBar();
    QMenu* file = !bar->actions().isEmpty() ? bar->actions().first()->menu() : nullptr;
    if (!file)
        file = bar->addMenu(tr("&File"));
    m_openRemote = new QMenu(tr("Open &Remote Tenant"), &m_window);
    m_openRemote->setObjectName(QStringLiteral("openRemoteMenu"));
    // Profiles added meanwhile (gatehouse-cli profile add) show up too.
    connect(m_openRemote, &QMenu::aboutToShow, this, &RemoteTenantUi::rebuildProfileMenu);
    QAction* first = file->actions().value(0);
    file->insertAction(first, m_openFile);
    file->insertAction(first, m_openDemo);
    file->insertAction(first, m_connect);
    file->insertMenu(first, m_openRemote);
    file->insertSeparator(first);

    QMenu* tenant = new QMenu(tr("&Tenant"), &m_window);
    tenant->setObjectName(QStringLiteral("tenantMenu"));
    tenant->addAction(m_pull);
    tenant->addAction(m_push);
    tenant->addSeparator();
    tenant->addAction(m_conflicts);
    // Before View, after Edit when the bar has them; at the end otherwise.
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.size() > 2 ? menus.at(2) : nullptr, tenant);
}

void RemoteTenantUi::createStatusBar()
{
    m_connectionLabel = new QLabel(&m_window);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setContentsMargins(8, 0, 8, 0);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_conflictsButton = new QToolButton(&m_window);
    m_conflictsButton->setObjectName(QStringLiteral("conflictsButton"));
    m_conflictsButton->setAutoRaise(true);
    m_conflictsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflictsButton->setAccessibleName(tr("Conflicts"));
    m_conflictsButton->setToolTip(tr("Show the push conflicts"));
    connect(m_conflictsButton, &QToolButton::clicked, this, &RemoteTenantUi::showConflicts);
    m_lastPullLabel = new QLabel(&m_window);
    m_lastPullLabel->setObjectName(QStringLiteral("lastPullLabel"));
    m_lastPullLabel->setContentsMargins(8, 0, 8, 0);
    m_lastPullLabel->setAccessibleName(tr("Last pull"));
    m_window.statusBar()->addPermanentWidget(m_connectionLabel);
    m_window.statusBar()->addPermanentWidget(m_conflictsButton);
    m_window.statusBar()->addPermanentWidget(m_lastPullLabel);
}

void RemoteTenantUi::rebuildProfileMenu()
{
    m_openRemote->clear();
    const QStringList names = m_profiles.names();
    for (const QString& name : names) {
        QAction* a = m_openRemote->addAction(name);
        a->setObjectName(QStringLiteral("openProfile:") + name);
        connect(a, &QAction::triggered, this,
                [this, name] { m_switcher.open({TenantSwitcher::Choice::Kind::Profile, name}); });
    }
    if (names.isEmpty())
        m_openRemote->addAction(tr("(no profiles yet)"))->setEnabled(false);
}

void RemoteTenantUi::update()
{
    const bool remote = m_session.isRemote();
    const bool busy = m_session.isBusy();
    m_pull->setEnabled(remote && !busy);
    m_push->setEnabled(remote && !busy);
    m_conflicts->setEnabled(remote);
    const QString tip = remote ? QString() : tr("Only for a remote tenant's replica (File ▸ Open Remote Tenant)");
    for (QAction* a : {m_pull, m_push, m_conflicts})
        a->setStatusTip(tip);

    QString connection;
    QString tooltip;
    switch (m_session.connection()) {
    case SyncSession::Connection::None: break;
    case SyncSession::Connection::LocalFile: connection = tr("Local file"); break;
    case SyncSession::Connection::Failed:
        connection = tr("Remote %1: failed ⚠").arg(m_session.profile());
        tooltip = m_session.connectionError();
        break;
    default: connection = tr("Remote %1: %2").arg(m_session.profile(), m_session.connectionText()); break;
    }
    m_connectionLabel->setText(connection);
    m_connectionLabel->setToolTip(tooltip);
    m_connectionLabel->setVisible(!connection.isEmpty());

    const qsizetype conflicts = m_session.conflictCount();
    m_conflictsButton->setVisible(remote);
    m_conflictsButton->setText(conflicts == 0 ? tr("No conflicts") : tr("%n conflict(s)", nullptr, int(conflicts)));
    m_conflictsButton->setIcon(conflicts == 0 ? QIcon() : m_window.style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_conflicts->setText(conflicts == 0 ? tr("&Conflicts…") : tr("&Conflicts (%1)…").arg(conflicts));

    m_lastPullLabel->setVisible(remote);
    m_lastPullLabel->setText(m_session.lastPull().isValid()
                                 ? tr("Last pull: %1").arg(QLocale().toString(m_session.lastPull().toLocalTime(),
                                                                              QLocale::ShortFormat))
                                 : tr("Never pulled"));
}

void RemoteTenantUi::showStartPage()
{
    if (m_startPage || !m_window.centralWidget())
        return;
    m_startPage = new StartPage(m_window.centralWidget());
    connect(m_startPage, &StartPage::demoRequested, this,
            [this] { m_switcher.open({TenantSwitcher::Choice::Kind::Demo, {}}); });
    connect(m_startPage, &StartPage::fileRequested, this, &RemoteTenantUi::openTenantFile);
    connect(m_startPage, &StartPage::remoteRequested, this, &RemoteTenantUi::connectToRemote);
    m_startPage->show();
    m_startPage->demoButton()->setFocus();
}

void RemoteTenantUi::onOpened(const TenantSwitcher::Choice& choice)
{
    if (m_startPage)
        m_startPage->deleteLater();
    const QString what = choice.kind == TenantSwitcher::Choice::Kind::Profile
        ? tr("Opened remote tenant %1 (its replica; Tenant ▸ Pull reads the remote)").arg(choice.value)
        : tr("Opened %1").arg(m_window.workspace() ? m_window.workspace()->displayName() : choice.value);
    m_window.statusBar()->showMessage(what, 8000);
}

void RemoteTenantUi::onFailed(const TenantSwitcher::Choice&, const QString& where, const QString& error)
{
    m_window.statusBar()->clearMessage();
    m_prompter.error(&m_window, tr("Cannot Open the Tenant"),
                     tr("Gatehouse cannot open the tenant %1.\n\n%2").arg(QDir::toNativeSeparators(where), error));
}

void RemoteTenantUi::connectToRemote()
{
    auto* dialog = new ConnectDialog(m_profiles, &m_prompter, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::profileCreated, this,
            [this](const QString& name) { m_switcher.open({TenantSwitcher::Choice::Kind::Profile, name}); });
    dialog->open();
}

void RemoteTenantUi::openTenantFile()
{
    const QStringList files = m_prompter.openFiles(&m_window, tr("Open Tenant File"),
                                                   tr("Gatehouse tenants (*.ghtenant);;All files (*)"));
    if (!files.isEmpty())
        m_switcher.open({TenantSwitcher::Choice::Kind::File, QFileInfo(files.first()).absoluteFilePath()});
}

void RemoteTenantUi::pull()
{
    if (!m_session.isRemote() || m_session.isBusy())
        return;
    // Pending changes stay: a pull keeps them and records a conflict where the remote moved.
    m_progress = new SyncProgressDialog(m_session, SyncProgressDialog::Mode::Pull, &m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->show();
    m_session.pull();
}

void RemoteTenantUi::push()
{
    if (!m_session.isRemote() || m_session.isBusy())
        return;
    m_progress = new SyncProgressDialog(m_session, SyncProgressDialog::Mode::Push, &m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->show();
    m_session.push();
}

void RemoteTenantUi::onAutoPush(qint64 pending)
{
    m_window.statusBar()->showMessage(
        tr("The connection to %1 is back: pushing %n pending change(s)", nullptr, int(pending)).arg(m_session.profile()), 8000);
    m_progress = new SyncProgressDialog(m_session, SyncProgressDialog::Mode::Push, &m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setAttribute(Qt::WA_ShowWithoutActivating);
    m_progress->show();
}

void RemoteTenantUi::showConflicts()
{
    if (!m_session.isRemote())
        return;
    if (!m_conflictsDialog)
        m_conflictsDialog = new ConflictsDialog(m_session, &m_window);
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
}

} // namespace gh
