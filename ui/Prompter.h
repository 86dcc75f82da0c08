#pragma once

// The seam for every question the UI asks the user. The application uses message boxes; tests
// answer in advance (see tests/ui/ScriptedPrompter.h) and read back what was asked.

#include <QString>

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
};

class MessageBoxPrompter final : public Prompter
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& acceptText) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace gh
