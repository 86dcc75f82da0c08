#include "ui/commands/Command.h"

#include "app/workspace/Workspace.h"

#include <QWidget>

namespace gh {

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

} // namespace gh
