#pragma once

// What an administrator does to destinations in the cockpit, each one command: New…, Edit…,
// Duplicate… (the destination editor), each saved as one undoable workspace step after the
// secrets typed are in the keychain.

#include "app/workspace/DestinationDraft.h"
#include "ui/commands/Command.h"

#include <functional>
#include <optional>

namespace gh {

class DestinationsModel;

// The editor's flow, shared by the three: read the destinations there now (and the
// certificates), show the editor on the draft `makeDraft` gives, keep the secrets, apply.
class DestinationEditCommand : public Command
{
    Q_OBJECT

public:
    DestinationEditCommand(const CommandContext& context, QStringList keys,
                           const DestinationsModel* model);

protected:
    void doStart() override;
    // The draft to edit, given the destinations there now; nullopt after failWith().
    virtual std::optional<destinations::DestinationDraft>
    makeDraft(const QList<Destination>& existing) = 0;
    virtual QString stepDescription(const Destination& saved) const = 0;
    virtual QString errorTitle() const = 0;

    const DestinationsModel* model() const { return m_model; }

private:
    void withCertificateNames(std::function<void(std::optional<QStringList>)> then);
    void edit(const QList<Destination>& existing, std::optional<QStringList> certificateNames);
    void save(destinations::DestinationDraft draft, const QList<Destination>& existing);
    void apply(const Destination& saved, const QList<Destination>& existing);

    const DestinationsModel* m_model;
};

class NewDestinationCommand final : public DestinationEditCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }
    using DestinationEditCommand::DestinationEditCommand;

protected:
    std::optional<destinations::DestinationDraft> makeDraft(const QList<Destination>& existing) override;
    QString stepDescription(const Destination& saved) const override;
    QString errorTitle() const override;
};

class EditDestinationCommand final : public DestinationEditCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection | OnlyOne; }
    using DestinationEditCommand::DestinationEditCommand;

protected:
    std::optional<destinations::DestinationDraft> makeDraft(const QList<Destination>& existing) override;
    QString stepDescription(const Destination& saved) const override;
    QString errorTitle() const override;
};

class DuplicateDestinationCommand final : public DestinationEditCommand
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace | NeedSelection | OnlyOne; }
    using DestinationEditCommand::DestinationEditCommand;

    // "erp_copy", or erp_copy_2 … the first name not taken.
    static QString copyName(const QString& name, const QList<Destination>& existing);

protected:
    std::optional<destinations::DestinationDraft> makeDraft(const QList<Destination>& existing) override;
    QString stepDescription(const Destination& saved) const override;
    QString errorTitle() const override;
};

} // namespace gh
