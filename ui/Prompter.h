#pragma once

// The seam for every question the UI asks the user. The application uses message boxes and
// dialogs; tests answer in advance (see tests/ui/ScriptedPrompter.h) and read back what was asked.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/TenantMaterial.h"
#include "app/domain/Types.h"
#include "app/workspace/AccessActions.h"
#include "app/workspace/AccessCsv.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/DestinationDraft.h"
#include "app/workspace/DestinationFiles.h"
#include "app/workspace/KeystoreActions.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace gh {

// One entry of a checklist (role collections to assign, users …).
struct PickItem
{
    QString key;    // what is returned when it is checked
    QString text;   // the first line
    QString detail; // a second, quieter line (description, identity provider …)
    bool checked = false;
    bool enabled = true;
    QString disabledReason; // tool tip of an item that cannot be picked
};

// A checklist with a filter field (ItemPickerDialog).
struct PickRequest
{
    QString title;
    QString text;       // what the choice is for
    QString acceptText; // "Assign", "Unassign"
    QString itemsName;  // for the filter field's placeholder and the count: "role collections"
    QList<PickItem> items;
};

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
    // A directory to write into; empty when the user cancels.
    virtual QString directory(QWidget* parent, const QString& title) = 0;
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
    // Checked items of a checklist (ItemPickerDialog), in the order given; nullopt when the user
    // cancels. The accept button stays disabled until something is checked.
    virtual std::optional<QStringList> pickItems(QWidget* parent, const PickRequest& request) = 0;
    // A new user (NewUserDialog), validated against the users and identity providers there now.
    virtual std::optional<access::NewUser> newUser(QWidget* parent,
                                                   const QList<IdentityProvider>& idps,
                                                   const QList<User>& users, const QDateTime& now) = 0;
    // Roles to add to `collection` (RoleBrowserDialog: application → role template → role, with
    // the catalogue's descriptions and tasks); nullopt when the user cancels.
    virtual std::optional<QList<RoleReference>>
    browseRoles(QWidget* parent, const RoleCollection& collection,
                const QList<RoleTemplate>& templates, const QList<Role>& roles) = 0;
    // Shows what a CSV import of assignments would do (AssignmentImportDialog); true to apply.
    virtual bool reviewAssignmentImport(QWidget* parent, const access::AssignmentPlan& plan) = 0;
    // The destination editor (DestinationEditor) on `draft`; the edited draft when the user
    // saves, nullopt when they cancel.
    virtual std::optional<destinations::DestinationDraft>
    editDestination(QWidget* parent, destinations::DestinationDraft draft,
                    const destinations::DraftContext& context) = 0;
    // Shows what an import of destination files would do (ImportSummaryDialog); true to import
    // the valid part.
    virtual bool reviewDestinationImport(QWidget* parent, const destinations::ImportPlan& plan,
                                         const QString& title) = 0;
    // One known_hosts line (AddKnownHostDialog, checked against `existing` as it is typed); the
    // line when the user adds it, nullopt when they cancel.
    virtual std::optional<QString> knownHostLine(QWidget* parent,
                                                 const QList<KnownHost>& existing) = 0;
    // The credential dialog (CredentialDialog) on `draft`, checked against `existing`; the
    // edited draft (with the secret typed) when the user saves, nullopt when they cancel.
    virtual std::optional<credentials::Draft> editCredential(QWidget* parent, credentials::Draft draft,
                                                             const credentials::Existing& existing) = 0;
};

class MessageBoxPrompter final : public Prompter
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& acceptText) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    QStringList openFiles(QWidget* parent, const QString& title, const QString& filter) override;
    QString directory(QWidget* parent, const QString& title) override;
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
    std::optional<QStringList> pickItems(QWidget* parent, const PickRequest& request) override;
    std::optional<access::NewUser> newUser(QWidget* parent, const QList<IdentityProvider>& idps,
                                           const QList<User>& users, const QDateTime& now) override;
    std::optional<QList<RoleReference>> browseRoles(QWidget* parent,
                                                    const RoleCollection& collection,
                                                    const QList<RoleTemplate>& templates,
                                                    const QList<Role>& roles) override;
    bool reviewAssignmentImport(QWidget* parent, const access::AssignmentPlan& plan) override;
    std::optional<destinations::DestinationDraft>
    editDestination(QWidget* parent, destinations::DestinationDraft draft,
                    const destinations::DraftContext& context) override;
    bool reviewDestinationImport(QWidget* parent, const destinations::ImportPlan& plan,
                                 const QString& title) override;
    std::optional<QString> knownHostLine(QWidget* parent,
                                         const QList<KnownHost>& existing) override;
    std::optional<credentials::Draft> editCredential(QWidget* parent, credentials::Draft draft,
                                                     const credentials::Existing& existing) override;
};

} // namespace gh
