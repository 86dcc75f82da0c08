#pragma once

// Carries one copy plan (app/workspace/TenantCopy) from the open tenant A into the workspace of
// another tenant B, the way the cockpit's other copies do: the user confirms what is copied; the
// secrets A has set (destinations' and credentials') are read from this machine's keychain under A's id, and those that cannot be
// read back are asked for through the Prompter (a secret B has set already may stay B's own);
// the values go into the keychain under B's id; so do the private keys of copied key pairs and
// copied secret PGP keyrings and destination keystores' files
// (copying::carryMaterial, keychain to keychain); then the plan is applied to B's workspace as one
// journaled step, pending there and undoable there. Cancelling any question copies nothing.
// Ends with exactly one finished().

#include "app/workspace/CopyMaterial.h"
#include "app/workspace/TenantCopy.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace gh {

class KeyVault;
class Prompter;
class Workspace;

class CopyToTenantFlow final : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        Workspace* target = nullptr; // B's workspace: the step lands in its journal
        QString sourceId;            // A's tenant id: where A's secret values are kept
        QString sourceName;
        KeyVault* keyVault = nullptr; // the keychain (null: none available)
        Prompter* prompter = nullptr;
        QWidget* parentWidget = nullptr;
    };

    CopyToTenantFlow(copying::CopyPlan plan, const Context& context, QObject* parent = nullptr);
    ~CopyToTenantFlow() override;

    void start();

Q_SIGNALS:
    // `copied`: the step is in B's journal; `message` says what happened (how many changes wait
    // in B's journal, or why nothing was copied).
    void finished(bool copied, const QString& message);

private:
    void readSecret(int index);
    void askForUnread();
    void writeSecrets();
    void carryMaterial();
    void apply();
    void end(bool copied, const QString& message, bool isError = false);

    copying::CopyPlan m_plan;
    Context m_context;
    QPointer<Workspace> m_target;
    QList<int> m_unread; // indexes into m_plan.secrets
    QList<copying::SecretValue> m_values;
    bool m_ended = false;
};

} // namespace gh
