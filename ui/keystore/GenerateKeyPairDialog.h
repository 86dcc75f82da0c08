#pragma once

// Asks for a new key pair: alias, key type, the subject's fields, e-mail, validity and DNS names.
// OK stays disabled until the alias (valid and free in the system keystore) and the common name
// are; the first problem shows under the form.

#include "app/workspace/KeystoreActions.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gh {

class GenerateKeyPairDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing`: every keystore's entries (for taken aliases); `now`: when validity starts.
    GenerateKeyPairDialog(QList<KeystoreEntry> existing, const QDateTime& now,
                          QWidget* parent = nullptr);
    ~GenerateKeyPairDialog() override;

    // What the form asks for (meaningful when problem() is empty).
    keystore::GenerateRequest request() const;
    // The first problem of the form, as shown under it; empty when OK is enabled.
    QString problem() const;

    QLineEdit* aliasField() const { return m_alias; }
    QComboBox* keyTypeBox() const { return m_keyType; }
    QLineEdit* commonNameField() const { return m_cn; }
    QLineEdit* countryField() const { return m_c; }
    QSpinBox* validityField() const { return m_days; }
    QLineEdit* dnsNamesField() const { return m_dns; }
    QLineEdit* emailField() const { return m_email; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* problemLabel() const { return m_problem; }

private:
    void check();
    QString findProblem() const;

    QList<KeystoreEntry> m_existing;
    QDateTime m_now;
    QLineEdit* m_alias;
    QComboBox* m_keyType;
    QLineEdit* m_cn;
    QLineEdit* m_ou;
    QLineEdit* m_o;
    QLineEdit* m_l;
    QLineEdit* m_st;
    QLineEdit* m_c;
    QLineEdit* m_email;
    QSpinBox* m_days;
    QLineEdit* m_dns;
    QLabel* m_problem;
    QPushButton* m_ok;
    QString m_autoAlias; // the alias the common name gave; the user's own alias is kept
};

} // namespace gh
