#pragma once

// "New user…": user name, identity provider (from the tenant's), e-mail, given and family name.
// Checked as the user types with access::createUser against the users there now; OK stays
// disabled until the request is valid, and the problem is shown under the form.

#include "app/workspace/AccessActions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gh {

class NewUserDialog final : public QDialog
{
    Q_OBJECT

public:
    NewUserDialog(QList<IdentityProvider> idps, QList<User> users, const QDateTime& now,
                  QWidget* parent = nullptr);

    access::NewUser request() const;

    QLineEdit* userNameField() const { return m_userName; }
    QComboBox* identityProviderField() const { return m_origin; }
    QLineEdit* emailField() const { return m_email; }
    QLineEdit* givenNameField() const { return m_givenName; }
    QLineEdit* familyNameField() const { return m_familyName; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }

private:
    void check();

    QList<IdentityProvider> m_idps;
    QList<User> m_users;
    QDateTime m_now;
    QLineEdit* m_userName;
    QComboBox* m_origin;
    QLineEdit* m_email;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace gh
