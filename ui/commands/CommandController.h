#pragma once

// Enables, disables and explains a pane's actions from its view's selection, from what each
// command class declares (Kleopatra's KeyListController::registerActionForCommand), and starts a
// command when its action is triggered.

#include "ui/commands/Command.h"

#include <QAbstractItemView>
#include <QList>
#include <QPointer>

#include <functional>

class QAction;

namespace gh {

class Prompter;

class CommandController final : public QObject
{
    Q_OBJECT

public:
    // `view`'s model must implement EntryLookup (an entity model or a SearchFilterProxy).
    CommandController(QAbstractItemView* view, Prompter* prompter, QObject* parent = nullptr);
    ~CommandController() override;

    void setWorkspace(Workspace* workspace);
    void setKeyVault(KeyVault* keyVault);

    // What a command started now gets: the workspace, the key vault, the prompter, the window.
    CommandContext context() const;
    // Runs a command made outside an action (a drop, a paste): the controller owns it from now
    // on and reports its end as for a triggered action.
    void startCommand(Command* command);

    // Registers `action` for command class C, constructed as C(context, keys, args...). C has
    // static restrictions() and, with ComplexApplicability, static blockedReason(args..., keys).
    template<class C, class... Args> void registerCommand(QAction* action, Args... args)
    {
        Registration r;
        r.action = action;
        r.restrictions = C::restrictions();
        if constexpr (requires(const QStringList& keys) { C::blockedReason(args..., keys); })
            r.blockedReason = [args...](const QStringList& keys) {
                return C::blockedReason(args..., keys);
            };
        r.create = [args...](const CommandContext& context, const QStringList& keys) -> Command* {
            return new C(context, keys, args...);
        };
        add(std::move(r));
    }

    // The entity keys of the view's selected rows.
    QStringList selectedKeys() const;

public Q_SLOTS:
    void updateActions();

Q_SIGNALS:
    void commandFinished();
    void commandFailed(const QString& message);

private:
    struct Registration
    {
        QPointer<QAction> action;
        Command::Restrictions restrictions;
        QString toolTip; // the action's own tool tip, shown when it applies
        std::function<QString(const QStringList&)> blockedReason;
        std::function<Command*(const CommandContext&, const QStringList&)> create;
    };

    void add(Registration registration);
    // Empty when the command applies to `keys`; otherwise why not (may be empty too, with
    // `applies` false, when there is nothing to explain, e.g. an empty selection).
    bool applies(const Registration& r, const QStringList& keys, QString* reason) const;
    void execute(int registration);
    void scheduleUpdate();

    QPointer<QAbstractItemView> m_view;
    Prompter* m_prompter;
    QPointer<Workspace> m_workspace;
    KeyVault* m_keyVault = nullptr;
    QList<Registration> m_registrations;
    bool m_updateQueued = false;
};

} // namespace gh
