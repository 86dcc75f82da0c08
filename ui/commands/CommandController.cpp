#include "ui/commands/CommandController.h"

#include "app/workspace/Workspace.h"
#include "models/Roles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>

namespace gh {

CommandController::CommandController(QAbstractItemView* view, Prompter* prompter, QObject* parent)
    : QObject(parent), m_view(view), m_prompter(prompter)
{
    Q_ASSERT(view && view->model() && view->selectionModel());
    QAbstractItemModel* model = view->model();
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommandController::scheduleUpdate);
    // Removed rows do not always announce a selection change; a row's flags may change in place.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CommandController::scheduleUpdate);
    connect(model, &QAbstractItemModel::modelReset, this, &CommandController::scheduleUpdate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CommandController::scheduleUpdate);
    connect(model, &QAbstractItemModel::dataChanged, this, &CommandController::scheduleUpdate);
}

CommandController::~CommandController() = default;

void CommandController::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    updateActions();
}

void CommandController::setKeyVault(KeyVault* keyVault)
{
    m_keyVault = keyVault;
    updateActions();
}

CommandContext CommandController::context() const
{
    CommandContext context;
    context.workspace = m_workspace;
    context.parentWidget = m_view ? m_view->window() : nullptr;
    context.prompter = m_prompter;
    context.keyVault = m_keyVault;
    return context;
}

void CommandController::add(Registration registration)
{
    registration.toolTip = registration.action->toolTip();
    const int index = static_cast<int>(m_registrations.size());
    connect(registration.action, &QAction::triggered, this, [this, index] { execute(index); });
    m_registrations.append(std::move(registration));
    updateActions();
}

QStringList CommandController::selectedKeys() const
{
    if (!m_view || !m_view->selectionModel())
        return {};
    const EntryLookup* lookup = entryLookup(m_view->model());
    return lookup ? lookup->keys(m_view->selectionModel()->selectedRows()) : QStringList();
}

bool CommandController::applies(const Registration& r, const QStringList& keys,
                                QString* reason) const
{
    reason->clear();
    if (r.restrictions.testFlag(Command::NeedWorkspace) && !m_workspace)
        return false;
    if (r.restrictions.testFlag(Command::NeedSelection) && keys.isEmpty())
        return false;
    if (r.restrictions.testFlag(Command::OnlyOne) && keys.size() != 1)
        return false;
    if (r.restrictions.testFlag(Command::ComplexApplicability) && r.blockedReason) {
        *reason = r.blockedReason(keys);
        return reason->isEmpty();
    }
    return true;
}

void CommandController::updateActions()
{
    const QStringList keys = selectedKeys();
    for (const Registration& r : std::as_const(m_registrations)) {
        if (!r.action)
            continue;
        QString reason;
        r.action->setEnabled(applies(r, keys, &reason));
        r.action->setToolTip(reason.isEmpty() ? r.toolTip : reason);
        r.action->setStatusTip(reason);
    }
}

void CommandController::scheduleUpdate()
{
    if (m_updateQueued)
        return;
    m_updateQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_updateQueued = false;
            updateActions();
        },
        Qt::QueuedConnection);
}

void CommandController::execute(int registration)
{
    const Registration& r = m_registrations.at(registration);
    const QStringList keys = selectedKeys();
    QString reason;
    if (!applies(r, keys, &reason))
        return; // a shortcut may fire before the queued update disabled the action
    startCommand(r.create(context(), keys));
}

void CommandController::startCommand(Command* command)
{
    command->setParent(this);
    connect(command, &Command::finished, this, [this, command] {
        command->deleteLater();
        Q_EMIT commandFinished();
    });
    connect(command, &Command::canceled, command, &QObject::deleteLater);
    connect(command, &Command::failed, this, [this, command](const QString& message) {
        command->deleteLater();
        Q_EMIT commandFailed(message);
    });
    command->start();
}

} // namespace gh
