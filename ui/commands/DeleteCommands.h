#pragma once

// Deleting entities as one undoable workspace step. The confirmation goes through the Prompter
// seam; the step is a list of gh::Change::removed(...) values applied with Workspace::apply.

#include "app/workspace/Change.h"
#include "models/DestinationsModel.h"
#include "models/EntityTableModel.h"
#include "models/FutureWatch.h"
#include "models/RoleCollectionsModel.h"
#include "ui/Prompter.h"
#include "ui/commands/Command.h"

namespace gh {

template<class T> class DeleteEntriesCommand : public Command
{
public:
    static Restrictions restrictions() { return NeedSelection | NeedWorkspace; }

protected:
    DeleteEntriesCommand(const CommandContext& context, QStringList keys,
                         const EntityTableModel<T>* model)
        : Command(context, std::move(keys)), m_model(model)
    {
    }

    const EntityTableModel<T>* model() const { return m_model; }
    virtual QString nameOf(const T& value) const { return value.key(); }
    virtual QString title(const QStringList& names) const = 0;
    virtual QString question(const QStringList& names) const = 0;
    virtual QString stepDescription(const QStringList& names) const = 0;

    void doStart() override
    {
        if (!workspace()) {
            fail(Command::tr("No tenant is open."));
            return;
        }
        QList<Change> changes;
        QStringList names;
        for (const QString& key : keys()) {
            const T* value = m_model->entry(key);
            if (!value) {
                fail(Command::tr("“%1” no longer exists.").arg(key));
                return;
            }
            changes.append(Change::removal(*value));
            names.append(nameOf(*value));
        }
        if (changes.isEmpty()) {
            cancel();
            return;
        }
        if (!prompter().confirm(parentWidget(), title(names), question(names),
                                Command::tr("Delete"))) {
            cancel();
            return;
        }
        whenFinished(workspace()->apply(changes, stepDescription(names)), this,
                     [this](const Status& status) {
                         if (status) {
                             done();
                             return;
                         }
                         prompter().error(parentWidget(), Command::tr("Could not delete"),
                                          status.error().toString());
                         fail(status.error().toString());
                     });
    }

private:
    const EntityTableModel<T>* m_model;
};

class DeleteDestinationsCommand final : public DeleteEntriesCommand<Destination>
{
    Q_OBJECT

public:
    DeleteDestinationsCommand(const CommandContext& context, QStringList keys,
                              const DestinationsModel* model);

protected:
    QString title(const QStringList& names) const override;
    QString question(const QStringList& names) const override;
    QString stepDescription(const QStringList& names) const override;
};

class DeleteRoleCollectionsCommand final : public DeleteEntriesCommand<RoleCollection>
{
    Q_OBJECT

public:
    static Restrictions restrictions()
    {
        return DeleteEntriesCommand::restrictions() | ComplexApplicability;
    }
    // Predefined collections cannot be deleted: the reason, naming the first one selected.
    static QString blockedReason(const RoleCollectionsModel* model, const QStringList& keys);

    DeleteRoleCollectionsCommand(const CommandContext& context, QStringList keys,
                                 const RoleCollectionsModel* model);

protected:
    QString title(const QStringList& names) const override;
    QString question(const QStringList& names) const override;
    QString stepDescription(const QStringList& names) const override;
};

} // namespace gh
