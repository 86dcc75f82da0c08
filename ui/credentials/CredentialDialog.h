#pragma once

// "New User Credential…", "New OAuth2 Client Credential…", "New Secure Parameter…" and "Edit…" of
// the Security Material pane: the fields of the credential's kind and its secret in a password
// field (echo mode Password; its text leaves the dialog only as a SecretBuffer and is cleared).
// On edit an empty secret keeps the one set, which the field says. Checked as the user types with
// credentials::create / edit against the credentials there now; OK stays disabled until the
// credential is valid, and the problem, naming the field, is shown under the form.

#include "app/workspace/CredentialActions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gh {

class CredentialDialog final : public QDialog
{
    Q_OBJECT

public:
    CredentialDialog(credentials::Draft draft, credentials::Existing existing, QWidget* parent = nullptr);
    ~CredentialDialog() override;

    // The credential as the fields say, and the secret typed (the field is cleared).
    credentials::Draft takeDraft();

    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }
    QLineEdit* secretField() const { return m_secret; }
    QTableWidget* parametersTable() const { return m_parameters; }
    // Adds a custom parameter row (the Add button's slot).
    void addParameterRow(const CustomParameter& parameter = {QString(), QString(), QStringLiteral("body")});

private:
    QLineEdit* lineEdit(const char* objectName, const QString& accessibleName, const QString& text);
    QComboBox* comboBox(const char* objectName, const QString& accessibleName,
                        const QList<std::pair<QString, QString>>& items, const QString& current);
    credentials::Credential current() const;
    void check();

    credentials::Draft m_draft;
    credentials::Existing m_existing;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    // User credential
    QComboBox* m_userKind = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_companyId = nullptr;
    // OAuth2 client credential
    QLineEdit* m_tokenUrl = nullptr;
    QLineEdit* m_clientId = nullptr;
    QComboBox* m_clientAuthentication = nullptr;
    QLineEdit* m_scope = nullptr;
    QComboBox* m_scopeContentType = nullptr;
    QLineEdit* m_resource = nullptr;
    QLineEdit* m_audience = nullptr;
    QTableWidget* m_parameters = nullptr;
    // Every kind
    QLineEdit* m_secret = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace gh
