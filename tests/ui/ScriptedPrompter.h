#pragma once

// Answers the UI's questions from a script and remembers what was asked, so that GUI tests never
// block on a modal dialog. An unscripted question is declined (or cancelled).

#include "ui/Prompter.h"
#include "ui/keystore/ImportSummaryDialog.h"

#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QStringList>

#include <deque>

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
    QStringList saveAnswers; // saveFile
    QStringList saveSuggestions;
    std::deque<std::optional<QByteArray>> passwordAnswers; // password (nullopt: cancel)
    QStringList passwordQuestions;                         // title + "\n" + text
    QList<bool> passwordConfirms;
    QList<std::optional<QString>> textAnswers; // text
    QStringList textInitials;
    QList<int> choiceAnswers; // choose
    QList<QStringList> choiceItems;
    QList<bool> importAnswers; // reviewImport
    QList<ReviewedImport> reviewedImports;
    QList<std::optional<keystore::GenerateRequest>> generateAnswers;

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

    std::optional<keystore::GenerateRequest> generateKeyPair(QWidget*, const QList<KeystoreEntry>&,
                                                             const QDateTime&) override
    {
        return generateAnswers.isEmpty() ? std::nullopt : generateAnswers.takeFirst();
    }
};

} // namespace gh::test
