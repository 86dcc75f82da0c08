#pragma once

// "Add Known Host…": one OpenSSH known_hosts line ("[@marker] hosts keytype base64 [comment]"),
// checked as the user types with knownhostactions::addLine against the tenant's entries. OK stays
// disabled until the line is good; the problem (what is wrong, or that the tenant holds the line
// already) is shown in words under the field, and what a good line adds (hosts, key type and the
// SHA-256 fingerprint as `ssh-keygen -l` prints it) is shown too.

#include "app/domain/TenantMaterial.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gh {

class AddKnownHostDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddKnownHostDialog(QList<KnownHost> existing, QWidget* parent = nullptr);

    QString line() const;

    QLineEdit* lineField() const { return m_line; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }

private:
    void check();

    QList<KnownHost> m_existing;
    QLineEdit* m_line;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace gh
