#include "ui/access/NewUserDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gh {

NewUserDialog::NewUserDialog(QList<IdentityProvider> idps, QList<User> users,
                             const QDateTime& now, QWidget* parent)
    : QDialog(parent), m_idps(std::move(idps)), m_users(std::move(users)), m_now(now)
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New User"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A shadow user for one identity provider. It can log on once the "
                                "identity provider knows it; role collections are assigned "
                                "afterwards."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto field = [this](const char* name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setMinimumWidth(320);
        return edit;
    };
    m_userName = field("userNameField", tr("User name"));
    m_userName->setPlaceholderText(tr("usually the e-mail address"));
    m_origin = new QComboBox(this);
    m_origin->setObjectName(QStringLiteral("identityProviderField"));
    m_origin->setAccessibleName(tr("Identity provider"));
    for (const IdentityProvider& idp : std::as_const(m_idps))
        m_origin->addItem(idp.name.isEmpty() || idp.name == idp.originKey
                              ? idp.originKey
                              : tr("%1 (%2)").arg(idp.name, idp.originKey),
                          idp.originKey);
    m_email = field("emailField", tr("E-mail"));
    m_email->setPlaceholderText(tr("the user name when empty and it is an address"));
    m_givenName = field("givenNameField", tr("Given name"));
    m_familyName = field("familyNameField", tr("Family name"));
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Identity provider:"), m_origin);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Given name:"), m_givenName);
    form->addRow(tr("&Family name:"), m_familyName);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_userName, m_email, m_givenName, m_familyName})
        connect(edit, &QLineEdit::textChanged, this, &NewUserDialog::check);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &NewUserDialog::check);
    check();
}

access::NewUser NewUserDialog::request() const
{
    access::NewUser r;
    r.userName = m_userName->text().trimmed();
    r.origin = m_origin->currentData().toString();
    r.email = m_email->text().trimmed();
    r.givenName = m_givenName->text().trimmed();
    r.familyName = m_familyName->text().trimmed();
    return r;
}

void NewUserDialog::check()
{
    QString problem;
    if (m_userName->text().trimmed().isEmpty()) {
        problem = tr("Type a user name.");
    } else {
        const Result<User> user = access::createUser(request(), m_users, m_idps, m_now);
        if (!user)
            problem = user.error().toString();
    }
    m_ok->setEnabled(problem.isEmpty());
    // Not colour alone: the text says what is wrong, and the label is empty when all is well.
    m_problem->setText(problem.isEmpty() ? QString() : tr("Cannot create: %1").arg(problem));
    m_problem->setAccessibleName(m_problem->text());
}

} // namespace gh
