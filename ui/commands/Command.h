#pragma once

// One user action as an object (Kleopatra's Command): it declares when it applies through
// restrictions() (and, for ComplexApplicability, a static blockedReason()), runs once from
// start(), and ends with exactly one of finished(), canceled() or failed().

#include "app/workspace/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

namespace gh {

// A name as the commands' messages quote it: “name”.
QString quoted(const QString& name);

class KeyVault;
class Prompter;

struct CommandContext
{
    Workspace* workspace = nullptr;
    QWidget* parentWidget = nullptr; // for dialogs
    Prompter* prompter = nullptr;
    // The private keys Gatehouse holds for the open tenant; null until the keychain is probed.
    KeyVault* keyVault = nullptr;
};

class Command : public QObject
{
    Q_OBJECT

public:
    // clang-format off
    enum Restriction {
        NoRestriction        = 0x0,
        NeedSelection        = 0x1, // at least one entry selected
        OnlyOne              = 0x2, // exactly one entry selected
        NeedWorkspace        = 0x4, // a tenant is open
        ComplexApplicability = 0x8, // the command's static blockedReason(…, keys) decides too
    };
    // clang-format on
    Q_DECLARE_FLAGS(Restrictions, Restriction)

    Command(const CommandContext& context, QStringList keys, QObject* parent = nullptr);
    ~Command() override;

    const QStringList& keys() const { return m_keys; }
    void start();

Q_SIGNALS:
    void finished(QPrivateSignal);
    void canceled(QPrivateSignal);
    void failed(const QString& message, QPrivateSignal);

protected:
    virtual void doStart() = 0;

    Workspace* workspace() const { return m_workspace; }
    QWidget* parentWidget() const { return m_parentWidget; }
    Prompter& prompter() const { return *m_prompter; }
    KeyVault* keyVault() const { return m_keyVault; }

    void done();
    void cancel();
    void fail(const QString& message);
    // Applies `changes` as one workspace step; done() or, after telling the user, fail().
    void applyChanges(QList<Change> changes, const QString& description, const QString& errorTitle);
    // Tells the user (through the Prompter) and fails.
    void failWith(const QString& title, const QString& message);

private:
    QPointer<Workspace> m_workspace;
    QPointer<QWidget> m_parentWidget;
    Prompter* m_prompter;
    KeyVault* m_keyVault;
    QStringList m_keys;
    bool m_ended = false;
};

} // namespace gh

Q_DECLARE_OPERATORS_FOR_FLAGS(gh::Command::Restrictions)
