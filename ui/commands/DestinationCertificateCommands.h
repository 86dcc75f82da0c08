#pragma once

// The destination certificates pane's commands: import files (PEM, DER, PKCS#12 with its password
// through the Prompter; a keystore's file to the keychain before the step) and delete (the
// confirmation names the destinations that use them). Each is one undoable workspace step.

#include "app/workspace/DestinationCertificateActions.h"
#include "models/DestinationCertificatesModel.h"
#include "ui/commands/Command.h"

namespace gh {

class ImportDestinationCertificatesCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedWorkspace; }

    // From the action: asks for files.
    ImportDestinationCertificatesCommand(const CommandContext& context, QStringList keys,
                                         const DestinationCertificatesModel* model);
    // From a drop or a test: these files.
    ImportDestinationCertificatesCommand(const CommandContext& context,
                                         const DestinationCertificatesModel* model, QStringList paths);

protected:
    void doStart() override;

private:
    void plan(const QList<destinationcerts::ImportSource>& sources, const QList<Error>& unreadable);
    void keepThenApply(destinationcerts::ImportPlan plan, qsizetype next);

    const DestinationCertificatesModel* m_model;
    QStringList m_paths;
};

class DeleteDestinationCertificatesCommand final : public Command
{
    Q_OBJECT

public:
    static Restrictions restrictions() { return NeedSelection | NeedWorkspace; }

    DeleteDestinationCertificatesCommand(const CommandContext& context, QStringList keys,
                                         const DestinationCertificatesModel* model);

protected:
    void doStart() override;

private:
    const DestinationCertificatesModel* m_model;
};

} // namespace gh
