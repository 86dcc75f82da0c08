#pragma once

// The seam for every question the UI asks the user. The application uses message boxes and
// dialogs; tests answer in advance (see tests/ui/ScriptedPrompter.h) and read back what was asked.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Types.h"
#include "app/workspace/KeystoreActions.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace gh {

class Prompter
{
public:
    virtual ~Prompter() = default;

    // Asks before something destructive; true to go ahead. `acceptText` names the action
    // ("Delete"); declining is always possible and the default.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& acceptText) = 0;
    // Tells about a failure.
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;

    // Files to open (several may be chosen); empty when the user cancels. `filter` as for
    // QFileDialog ("Certificates (*.pem *.cer);;All files (*)").
    virtual QStringList openFiles(QWidget* parent, const QString& title, const QString& filter) = 0;
    // Where to save; empty when the user cancels.
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                             const QString& filter) = 0;
    // A password, typed hidden; with `confirm`, typed twice and only accepted when both match
    // and it is not empty. nullopt when the user cancels. The typed text is kept nowhere else.
    virtual std::optional<crypto::SecretBuffer> password(QWidget* parent, const QString& title,
                                                         const QString& text, bool confirm) = 0;
    // One line of text (a new alias …); nullopt when the user cancels.
    virtual std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                        const QString& initial) = 0;
    // One of `items` (an export format …): its index, or -1 when the user cancels.
    virtual int choose(QWidget* parent, const QString& title, const QString& label,
                       const QStringList& items) = 0;
    // Shows what an import would do (ImportSummaryDialog); true when the user imports.
    virtual bool reviewImport(QWidget* parent, const keystore::ImportPlan& plan) = 0;
    // Asks for a new key pair (GenerateKeyPairDialog) against the entries there now.
    virtual std::optional<keystore::GenerateRequest>
    generateKeyPair(QWidget* parent, const QList<KeystoreEntry>& existing,
                    const QDateTime& now) = 0;
};

class MessageBoxPrompter final : public Prompter
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& acceptText) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    QStringList openFiles(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                     const QString& filter) override;
    std::optional<crypto::SecretBuffer> password(QWidget* parent, const QString& title,
                                                 const QString& text, bool confirm) override;
    std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                const QString& initial) override;
    int choose(QWidget* parent, const QString& title, const QString& label,
               const QStringList& items) override;
    bool reviewImport(QWidget* parent, const keystore::ImportPlan& plan) override;
    std::optional<keystore::GenerateRequest> generateKeyPair(QWidget* parent,
                                                             const QList<KeystoreEntry>& existing,
                                                             const QDateTime& now) override;
};

} // namespace gh
