#include "ui/material/AddKnownHostDialog.h"

#include "app/workspace/KnownHostActions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gh {

AddKnownHostDialog::AddKnownHostDialog(QList<KnownHost> existing, QWidget* parent)
    : QDialog(parent), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("addKnownHostDialog"));
    setWindowTitle(tr("Add Known Host"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("One line of an OpenSSH known_hosts file: optionally @cert-authority "
                                "or @revoked, the host patterns, the key type, the key and a comment. "
                                "ssh-keyscan prints such lines."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("knownHostLineField"));
    m_line->setAccessibleName(tr("Known hosts line"));
    m_line->setPlaceholderText(tr("sftp.example.com ssh-ed25519 AAAAC3Nza…"));
    m_line->setMinimumWidth(560);
    auto* form = new QFormLayout;
    form->addRow(tr("&Line:"), m_line);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_line, &QLineEdit::textChanged, this, &AddKnownHostDialog::check);
    check();
}

QString AddKnownHostDialog::line() const
{
    return m_line->text().trimmed();
}

void AddKnownHostDialog::check()
{
    QString text;
    bool good = false;
    if (line().isEmpty()) {
        text = tr("Paste or type a known_hosts line.");
    } else {
        const Result<Change> change = knownhostactions::addLine(line(), m_existing);
        if (!change) {
            text = tr("Cannot add: %1").arg(change.error().toString());
        } else {
            const Result<KnownHost> host = KnownHost::fromJson(change->after.value_or(QJsonObject()));
            good = true;
            text = host ? tr("Adds %1 (%2, %3).")
                              .arg(host->hosts.join(QStringLiteral(", ")), host->keyType,
                                   host->fingerprintSha256())
                        : QString();
        }
    }
    m_ok->setEnabled(good);
    // Not colour alone: the text says what is wrong or what is added.
    m_problem->setText(text);
    m_problem->setAccessibleName(text);
}

} // namespace gh
