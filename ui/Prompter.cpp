#include "ui/Prompter.h"

#include "ui/destinations/DestinationEditor.h"

#include "app/secrets/Cleanse.h"
#include "ui/access/AssignmentImportDialog.h"
#include "ui/access/ItemPickerDialog.h"
#include "ui/access/NewUserDialog.h"
#include "ui/material/AddKnownHostDialog.h"
#include "ui/access/RoleBrowserDialog.h"
#include "ui/credentials/CredentialDialog.h"
#include "ui/keystore/GenerateKeyPairDialog.h"
#include "ui/keystore/ImportSummaryDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace gh {

namespace {

// The translation context of the prompter's own texts.
class PrompterText
{
    Q_DECLARE_TR_FUNCTIONS(gh::Prompter)

public:
    static std::optional<crypto::SecretBuffer> askPassword(QWidget* parent, const QString& title,
                                                           const QString& text, bool confirm);
};

// Takes the text out of `edit` into a SecretBuffer and wipes what it can: the UTF-8 copy and
// the line edit (its undo history included).
crypto::SecretBuffer takePassword(QLineEdit* edit)
{
    QByteArray utf8 = edit->text().toUtf8();
    crypto::SecretBuffer secret(QByteArrayView(utf8.constData(), utf8.size()));
    secureZero(utf8);
    edit->clear();
    edit->setText(QString()); // setText resets the undo stack, which held the typed text
    return secret;
}

std::optional<crypto::SecretBuffer> PrompterText::askPassword(QWidget* parent, const QString& title,
                                                              const QString& text, bool confirm)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* form = new QFormLayout;
    auto* first = new QLineEdit(&dialog);
    first->setObjectName(QStringLiteral("passwordField"));
    first->setEchoMode(QLineEdit::Password);
    first->setAccessibleName(tr("Password"));
    first->setMinimumWidth(280);
    form->addRow(tr("&Password:"), first);
    QLineEdit* second = nullptr;
    if (confirm) {
        second = new QLineEdit(&dialog);
        second->setObjectName(QStringLiteral("confirmField"));
        second->setEchoMode(QLineEdit::Password);
        second->setAccessibleName(tr("Confirm password"));
        form->addRow(tr("&Confirm:"), second);
    }
    layout->addLayout(form);
    auto* problem = new QLabel(&dialog);
    problem->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto check = [=] {
        QString why;
        if (confirm && first->text().isEmpty())
            why = tr("Type a password.");
        else if (confirm && first->text() != second->text())
            why = tr("The passwords do not match.");
        ok->setEnabled(why.isEmpty());
        problem->setText(why);
    };
    QObject::connect(first, &QLineEdit::textChanged, &dialog, check);
    if (second)
        QObject::connect(second, &QLineEdit::textChanged, &dialog, check);
    check();
    const bool accepted = dialog.exec() == QDialog::Accepted;
    crypto::SecretBuffer secret = takePassword(first);
    if (second)
        takePassword(second).clear();
    if (!accepted)
        return std::nullopt;
    return secret;
}

} // namespace

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text,
                                 const QString& acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void MessageBoxPrompter::error(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

QStringList MessageBoxPrompter::openFiles(QWidget* parent, const QString& title,
                                          const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString MessageBoxPrompter::saveFile(QWidget* parent, const QString& title,
                                     const QString& suggestedName, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName),
                                        filter);
}

std::optional<crypto::SecretBuffer> MessageBoxPrompter::password(QWidget* parent,
                                                                 const QString& title,
                                                                 const QString& text, bool confirm)
{
    return PrompterText::askPassword(parent, title, text, confirm);
}

std::optional<QString> MessageBoxPrompter::text(QWidget* parent, const QString& title,
                                                const QString& label, const QString& initial)
{
    bool ok = false;
    const QString answer =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

int MessageBoxPrompter::choose(QWidget* parent, const QString& title, const QString& label,
                               const QStringList& items)
{
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? static_cast<int>(items.indexOf(answer)) : -1;
}

bool MessageBoxPrompter::reviewImport(QWidget* parent, const keystore::ImportPlan& plan)
{
    ImportSummaryDialog dialog(plan, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<keystore::GenerateRequest>
MessageBoxPrompter::generateKeyPair(QWidget* parent, const QList<KeystoreEntry>& existing,
                                    const QDateTime& now)
{
    GenerateKeyPairDialog dialog(existing, now, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

std::optional<QStringList> MessageBoxPrompter::pickItems(QWidget* parent,
                                                        const PickRequest& request)
{
    ItemPickerDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.checkedKeys();
}

std::optional<access::NewUser> MessageBoxPrompter::newUser(QWidget* parent,
                                                           const QList<IdentityProvider>& idps,
                                                           const QList<User>& users,
                                                           const QDateTime& now)
{
    NewUserDialog dialog(idps, users, now, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

std::optional<QList<RoleReference>>
MessageBoxPrompter::browseRoles(QWidget* parent, const RoleCollection& collection,
                                const QList<RoleTemplate>& templates, const QList<Role>& roles)
{
    RoleBrowserDialog dialog(collection, templates, roles, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.checkedRoles();
}

bool MessageBoxPrompter::reviewAssignmentImport(QWidget* parent, const access::AssignmentPlan& plan)
{
    AssignmentImportDialog dialog(plan, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<destinations::DestinationDraft>
MessageBoxPrompter::editDestination(QWidget* parent, destinations::DestinationDraft draft,
                                    const destinations::DraftContext& context)
{
    DestinationEditor editor(std::move(draft), context, parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    return editor.takeDraft();
}

bool MessageBoxPrompter::reviewDestinationImport(QWidget* parent, const destinations::ImportPlan& plan,
                                                 const QString& title)
{
    ImportSummaryDialog dialog(plan, title, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<credentials::Draft> MessageBoxPrompter::editCredential(QWidget* parent, credentials::Draft draft,
                                                                    const credentials::Existing& existing)
{
    CredentialDialog dialog(std::move(draft), existing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takeDraft();
}

QString MessageBoxPrompter::directory(QWidget* parent, const QString& title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

std::optional<QString> MessageBoxPrompter::knownHostLine(QWidget* parent,
                                                        const QList<KnownHost>& existing)
{
    AddKnownHostDialog dialog(existing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.line();
}

} // namespace gh
