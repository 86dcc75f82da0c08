#pragma once

// Answers the UI's questions from a script and remembers what was asked, so that GUI tests never
// block on a modal dialog. An unscripted question is declined.

#include "ui/Prompter.h"

#include <QList>
#include <QStringList>

namespace gh::test {

class ScriptedPrompter final : public Prompter
{
public:
    QList<bool> answers;
    QStringList questions; // title + "\n" + text of each confirmation asked
    QStringList errors;

    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        questions.append(title + QLatin1Char('\n') + text);
        return answers.isEmpty() ? false : answers.takeFirst();
    }

    void error(QWidget*, const QString& title, const QString& text) override
    {
        errors.append(title + QLatin1Char('\n') + text);
    }
};

} // namespace gh::test
