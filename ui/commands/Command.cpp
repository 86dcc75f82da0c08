#include "ui/commands/Command.h"

#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "ui/Prompter.h"

#include <QWidget>

namespace gh {

QString quoted(const QString& name)
{
    return QString(QStringLiteral("“") + name + QStringLiteral("”"));
}

Command::Command(const CommandContext& context, QStringList keys, QObject* parent)
    : QObject(parent), m_workspace(context.workspace), m_parentWidget(context.parentWidget),
      m_prompter(context.prompter), m_keyVault(context.keyVault), m_keys(std::move(keys))
{
    Q_ASSERT(m_prompter);
}

Command::~Command() = default;

void Command::start()
{
    doStart();
}

void Command::done()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(QPrivateSignal());
}

void Command::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT canceled(QPrivateSignal());
}

void Command::fail(const QString& message)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT failed(message, QPrivateSignal());
}

void Command::applyChanges(QList<Change> changes, const QString& description, const QString& errorTitle)
{
    if (!workspace()) {
        failWith(errorTitle, tr("No tenant is open."));
        return;
    }
    whenFinished(workspace()->apply(std::move(changes), description), this,
                 [this, errorTitle](const Status& status) {
                     if (status)
                         done();
                     else
                         failWith(errorTitle, status.error().toString());
                 });
}

void Command::failWith(const QString& title, const QString& message)
{
    prompter().error(parentWidget(), title, message);
    fail(message);
}

} // namespace gh
