#pragma once

// Answers the UI's questions from a script and remembers what was asked, so that GUI tests never
// block on a modal dialog. An unscripted question is declined (or cancelled).

#include "ui/Prompter.h"
#include "ui/access/AssignmentImportDialog.h"
#include "ui/access/ItemPickerDialog.h"
#include "ui/access/NewUserDialog.h"
#include "ui/access/RoleBrowserDialog.h"
#include "ui/credentials/CredentialDialog.h"
#include "ui/destinations/DestinationEditor.h"
#include "ui/keystore/ImportSummaryDialog.h"
#include "ui/material/AddKnownHostDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QStringList>

#include <deque>
#include <functional>

namespace gh::test {

class ScriptedPrompter final : public Prompter
{
public:
    // What the import summary dialog showed when it was reviewed.
    struct ReviewedImport
    {
        QStringList rows;     // ImportSummaryDialog::rowTexts()
        QStringList problems; // ImportSummaryDialog::problemTexts()
        QString summary;      // the summary label
        bool importEnabled = false;
    };

    QList<bool> answers;
    QStringList questions; // title + "\n" + text of each confirmation asked
    QStringList errors;

    QList<QStringList> fileAnswers; // openFiles
    QStringList fileTitles;
    QStringList directoryAnswers; // directory
    QStringList directoryTitles;
    QStringList saveAnswers; // saveFile
    QStringList saveSuggestions;
    std::deque<std::optional<QByteArray>> passwordAnswers; // password (nullopt: cancel)
    QStringList passwordQuestions;                         // title + "\n" + text
    QList<bool> passwordConfirms;
    QList<std::optional<QString>> textAnswers; // text
    QStringList textInitials;
    QList<int> choiceAnswers; // choose
    QList<QStringList> choiceItems;
    QList<bool> importAnswers; // reviewImport and reviewDestinationImport
    QStringList reviewTitles;  // reviewDestinationImport
    QList<ReviewedImport> reviewedImports;
    QList<std::optional<keystore::GenerateRequest>> generateAnswers;
    // pickItems: the keys to check in the real (unshown) dialog; nullopt cancels. What the dialog
    // offered is kept in pickRequests, what it returned in pickResults.
    QList<std::optional<QStringList>> pickAnswers;
    QList<PickRequest> pickRequests;
    QList<QStringList> pickResults;
    // newUser: filled into the real dialog; the answer is the dialog's request when its OK is
    // enabled, else nullopt (the problem shown is kept in newUserProblems).
    QList<std::optional<access::NewUser>> newUserAnswers;
    QStringList newUserProblems;
    QStringList newUserIdps; // the identity providers the dialog offered (origin keys)
    // browseRoles: role keys to check in the real dialog.
    QList<std::optional<QStringList>> roleAnswers;
    QList<QStringList> shownRoles; // RoleBrowserDialog::shownRoles() of each browse
    QList<bool> assignmentImportAnswers; // reviewAssignmentImport
    QList<ReviewedImport> reviewedAssignmentImports;
    // editDestination: each script fills the real (unshown) editor; the answer is its draft when
    // Save is enabled afterwards, else nullopt. No script: cancelled. What the editor listed as
    // problems when the script was done is kept in destinationProblems.
    QList<std::function<void(DestinationEditor&)>> destinationEdits;
    // editCredential: each script fills the real (unshown) CredentialDialog; the answer is its
    // draft when OK is enabled afterwards, else nullopt (the problem shown is kept in
    // credentialProblems). No script: cancelled.
    QList<std::function<void(CredentialDialog&)>> credentialEdits;
    QStringList credentialProblems;
    QStringList credentialDialogTitles;
    QList<QStringList> destinationProblems;
    QStringList destinationEditorTitles;
    // knownHostLine: typed into the real dialog; the answer is its line when Add is enabled, else
    // nullopt (what the dialog said is kept in knownHostProblems). No answer: cancelled.
    QStringList knownHostLines;
    QStringList knownHostProblems;

    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        questions.append(title + QLatin1Char('\n') + text);
        return answers.isEmpty() ? false : answers.takeFirst();
    }

    void error(QWidget*, const QString& title, const QString& text) override
    {
        errors.append(title + QLatin1Char('\n') + text);
    }

    QStringList openFiles(QWidget*, const QString& title, const QString&) override
    {
        fileTitles.append(title);
        return fileAnswers.isEmpty() ? QStringList() : fileAnswers.takeFirst();
    }

    QString directory(QWidget*, const QString& title) override
    {
        directoryTitles.append(title);
        return directoryAnswers.isEmpty() ? QString() : directoryAnswers.takeFirst();
    }

    QString saveFile(QWidget*, const QString&, const QString& suggestedName,
                     const QString&) override
    {
        saveSuggestions.append(suggestedName);
        return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
    }

    std::optional<crypto::SecretBuffer> password(QWidget*, const QString& title,
                                                 const QString& text, bool confirm) override
    {
        passwordQuestions.append(title + QLatin1Char('\n') + text);
        passwordConfirms.append(confirm);
        if (passwordAnswers.empty())
            return std::nullopt;
        std::optional<QByteArray> answer = passwordAnswers.front();
        passwordAnswers.pop_front();
        if (!answer)
            return std::nullopt;
        return crypto::SecretBuffer(QByteArrayView(*answer));
    }

    std::optional<QString> text(QWidget*, const QString&, const QString&,
                                const QString& initial) override
    {
        textInitials.append(initial);
        return textAnswers.isEmpty() ? std::nullopt : textAnswers.takeFirst();
    }

    int choose(QWidget*, const QString&, const QString&, const QStringList& items) override
    {
        choiceItems.append(items);
        return choiceAnswers.isEmpty() ? -1 : choiceAnswers.takeFirst();
    }

    // Builds the real dialog (not shown) and records what it shows.
    bool reviewImport(QWidget* parent, const keystore::ImportPlan& plan) override
    {
        ImportSummaryDialog dialog(plan, parent);
        reviewedImports.append({dialog.rowTexts(), dialog.problemTexts(),
                                dialog.summaryLabel()->text(), dialog.importButton()->isEnabled()});
        return importAnswers.isEmpty() ? false : importAnswers.takeFirst();
    }

    bool reviewDestinationImport(QWidget* parent, const destinations::ImportPlan& plan,
                                 const QString& title) override
    {
        ImportSummaryDialog dialog(plan, title, parent);
        reviewTitles.append(dialog.windowTitle());
        reviewedImports.append({dialog.rowTexts(), dialog.problemTexts(),
                                dialog.summaryLabel()->text(), dialog.importButton()->isEnabled()});
        return importAnswers.isEmpty() ? false : importAnswers.takeFirst();
    }

    std::optional<keystore::GenerateRequest> generateKeyPair(QWidget*, const QList<KeystoreEntry>&,
                                                             const QDateTime&) override
    {
        return generateAnswers.isEmpty() ? std::nullopt : generateAnswers.takeFirst();
    }

    std::optional<QStringList> pickItems(QWidget* parent, const PickRequest& request) override
    {
        pickRequests.append(request);
        ItemPickerDialog dialog(request, parent);
        const std::optional<QStringList> answer =
            pickAnswers.isEmpty() ? std::nullopt : pickAnswers.takeFirst();
        if (!answer)
            return std::nullopt;
        for (const QString& key : *answer)
            dialog.setChecked(key, true);
        if (!dialog.acceptButton()->isEnabled())
            return std::nullopt;
        pickResults.append(dialog.checkedKeys());
        return dialog.checkedKeys();
    }

    std::optional<access::NewUser> newUser(QWidget* parent, const QList<IdentityProvider>& idps,
                                           const QList<User>& users, const QDateTime& now) override
    {
        NewUserDialog dialog(idps, users, now, parent);
        newUserIdps.clear();
        for (int i = 0; i < dialog.identityProviderField()->count(); ++i)
            newUserIdps.append(dialog.identityProviderField()->itemData(i).toString());
        const std::optional<access::NewUser> answer =
            newUserAnswers.isEmpty() ? std::nullopt : newUserAnswers.takeFirst();
        if (!answer)
            return std::nullopt;
        dialog.userNameField()->setText(answer->userName);
        const int idp = dialog.identityProviderField()->findData(answer->origin);
        if (idp >= 0)
            dialog.identityProviderField()->setCurrentIndex(idp);
        dialog.emailField()->setText(answer->email);
        dialog.givenNameField()->setText(answer->givenName);
        dialog.familyNameField()->setText(answer->familyName);
        newUserProblems.append(dialog.problemLabel()->text());
        if (!dialog.okButton()->isEnabled())
            return std::nullopt;
        return dialog.request();
    }

    bool reviewAssignmentImport(QWidget* parent, const access::AssignmentPlan& plan) override
    {
        AssignmentImportDialog dialog(plan, parent);
        reviewedAssignmentImports.append({dialog.rowTexts(), dialog.problemTexts(),
                                          dialog.summaryLabel()->text(),
                                          dialog.applyButton()->isEnabled()});
        return assignmentImportAnswers.isEmpty() ? false : assignmentImportAnswers.takeFirst();
    }

    std::optional<credentials::Draft> editCredential(QWidget* parent, credentials::Draft draft,
                                                     const credentials::Existing& existing) override
    {
        CredentialDialog dialog(std::move(draft), existing, parent);
        credentialDialogTitles.append(dialog.windowTitle());
        if (credentialEdits.isEmpty())
            return std::nullopt;
        const auto script = credentialEdits.takeFirst();
        if (!script)
            return std::nullopt;
        script(dialog);
        credentialProblems.append(dialog.problemLabel()->text());
        if (!dialog.okButton()->isEnabled())
            return std::nullopt;
        return dialog.takeDraft();
    }

    std::optional<destinations::DestinationDraft>
    editDestination(QWidget* parent, destinations::DestinationDraft draft,
                    const destinations::DraftContext& context) override
    {
        DestinationEditor editor(std::move(draft), context, parent);
        destinationEditorTitles.append(editor.windowTitle());
        if (destinationEdits.isEmpty())
            return std::nullopt;
        const auto script = destinationEdits.takeFirst();
        if (!script)
            return std::nullopt;
        script(editor);
        QCoreApplication::processEvents(); // a queued relayout after a Type or Authentication change
        destinationProblems.append(editor.problemTexts());
        if (!editor.saveButton()->isEnabled())
            return std::nullopt;
        return editor.takeDraft();
    }

    std::optional<QList<RoleReference>> browseRoles(QWidget* parent,
                                                    const RoleCollection& collection,
                                                    const QList<RoleTemplate>& templates,
                                                    const QList<Role>& roles) override
    {
        RoleBrowserDialog dialog(collection, templates, roles, parent);
        shownRoles.append(dialog.shownRoles());
        const std::optional<QStringList> answer =
            roleAnswers.isEmpty() ? std::nullopt : roleAnswers.takeFirst();
        if (!answer)
            return std::nullopt;
        for (const QString& key : *answer)
            dialog.setChecked(key, true);
        if (!dialog.addButton()->isEnabled())
            return std::nullopt;
        return dialog.checkedRoles();
    }

    std::optional<QString> knownHostLine(QWidget* parent, const QList<KnownHost>& existing) override
    {
        if (knownHostLines.isEmpty())
            return std::nullopt;
        AddKnownHostDialog dialog(existing, parent);
        dialog.lineField()->setText(knownHostLines.takeFirst());
        knownHostProblems.append(dialog.problemLabel()->text());
        if (!dialog.okButton()->isEnabled())
            return std::nullopt;
        return dialog.line();
    }
};

} // namespace gh::test
