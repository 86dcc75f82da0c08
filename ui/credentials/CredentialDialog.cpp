#include "ui/credentials/CredentialDialog.h"

#include "app/secrets/Cleanse.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gh {

namespace {

QString titleFor(EntityKind kind, bool isNew)
{
    switch (kind) {
    case EntityKind::UserCredential:
        return isNew ? CredentialDialog::tr("New User Credential") : CredentialDialog::tr("Edit User Credential");
    case EntityKind::OAuth2ClientCredential:
        return isNew ? CredentialDialog::tr("New OAuth2 Client Credential")
                     : CredentialDialog::tr("Edit OAuth2 Client Credential");
    default:
        return isNew ? CredentialDialog::tr("New Secure Parameter") : CredentialDialog::tr("Edit Secure Parameter");
    }
}

QString secretName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::UserCredential: return CredentialDialog::tr("Password");
    case EntityKind::OAuth2ClientCredential: return CredentialDialog::tr("Client secret");
    default: return CredentialDialog::tr("Secure value");
    }
}

} // namespace

CredentialDialog::CredentialDialog(credentials::Draft draft, credentials::Existing existing, QWidget* parent)
    : QDialog(parent), m_draft(std::move(draft)), m_existing(std::move(existing))
{
    const EntityKind kind = credentials::kindOf(m_draft.credential);
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(titleFor(kind, m_draft.isNew));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_name = lineEdit("nameField", tr("Name"), credentials::nameOf(m_draft.credential));
    m_name->setReadOnly(!m_draft.isNew);
    if (!m_draft.isNew)
        m_name->setToolTip(tr("The name cannot change; delete the credential and create it anew instead."));
    form->addRow(tr("&Name:"), m_name);

    if (const auto* u = std::get_if<UserCredential>(&m_draft.credential)) {
        m_userKind = comboBox("userKindField", tr("Kind"),
                              {{QStringLiteral("default"), tr("User credentials")},
                               {QStringLiteral("successfactors"), tr("SuccessFactors")},
                               {QStringLiteral("openconnectors"), tr("OpenConnectors")}},
                              u->kind);
        m_description = lineEdit("descriptionField", tr("Description"), u->description);
        m_user = lineEdit("userField", tr("User"), u->user);
        m_companyId = lineEdit("companyIdField", tr("Company ID"), u->companyId);
        m_companyId->setPlaceholderText(tr("required for SuccessFactors"));
        form->addRow(tr("&Kind:"), m_userKind);
        form->addRow(tr("&Description:"), m_description);
        form->addRow(tr("&User:"), m_user);
        form->addRow(tr("&Company ID:"), m_companyId);
    } else if (const auto* o = std::get_if<OAuth2ClientCredential>(&m_draft.credential)) {
        m_description = lineEdit("descriptionField", tr("Description"), o->description);
        m_tokenUrl = lineEdit("tokenUrlField", tr("Token service URL"), o->tokenServiceUrl);
        m_tokenUrl->setPlaceholderText(QStringLiteral("https://"));
        m_clientId = lineEdit("clientIdField", tr("Client ID"), o->clientId);
        m_clientAuthentication = comboBox("clientAuthenticationField", tr("Client authentication"),
                                          {{QStringLiteral("body"), tr("Send as body parameter")},
                                           {QStringLiteral("header"), tr("Send as basic authentication header")}},
                                          o->clientAuthentication);
        m_scope = lineEdit("scopeField", tr("Scope"), o->scope);
        m_scopeContentType = comboBox("scopeContentTypeField", tr("Scope content type"),
                                      {{QStringLiteral("urlencoded"), tr("URL-encoded")}, {QStringLiteral("json"), tr("JSON")}},
                                      o->scopeContentType);
        m_resource = lineEdit("resourceField", tr("Resource"), o->resource);
        m_audience = lineEdit("audienceField", tr("Audience"), o->audience);
        form->addRow(tr("&Description:"), m_description);
        form->addRow(tr("&Token service URL:"), m_tokenUrl);
        form->addRow(tr("Client &ID:"), m_clientId);
        form->addRow(tr("Client &authentication:"), m_clientAuthentication);
        form->addRow(tr("&Scope:"), m_scope);
        form->addRow(tr("Scope content t&ype:"), m_scopeContentType);
        form->addRow(tr("&Resource:"), m_resource);
        form->addRow(tr("Au&dience:"), m_audience);
    } else if (const auto* p = std::get_if<SecureParameter>(&m_draft.credential)) {
        m_description = lineEdit("descriptionField", tr("Description"), p->description);
        form->addRow(tr("&Description:"), m_description);
    }

    m_secret = lineEdit("secretField", secretName(kind), QString());
    m_secret->setEchoMode(QLineEdit::Password);
    const bool secretSet = credentials::secretSetOf(m_draft.credential);
    if (m_draft.isNew) {
        m_secret->setPlaceholderText(tr("needed to create it on the tenant"));
    } else {
        m_secret->setPlaceholderText(secretSet ? tr("leave empty to keep the current one")
                                               : tr("leave empty to keep what the tenant has"));
    }
    m_secret->setAccessibleDescription(m_secret->placeholderText());
    form->addRow(secretName(kind) + QLatin1Char(':'), m_secret);
    auto* secretNote = new QLabel(tr("The value is kept in the system keychain until it is pushed, never in the "
                                     "tenant file; it cannot be read back."),
                                  this);
    secretNote->setObjectName(QStringLiteral("secretNote"));
    secretNote->setWordWrap(true);
    form->addRow(QString(), secretNote);

    if (const auto* o = std::get_if<OAuth2ClientCredential>(&m_draft.credential)) {
        auto* label = new QLabel(tr("Custom &parameters:"), this);
        layout->addWidget(label);
        m_parameters = new QTableWidget(0, 3, this);
        m_parameters->setObjectName(QStringLiteral("parametersTable"));
        m_parameters->setAccessibleName(tr("Custom parameters"));
        m_parameters->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Sent as part of")});
        m_parameters->horizontalHeader()->setStretchLastSection(true);
        m_parameters->verticalHeader()->setVisible(false); // no row numbers (nor a corner button)
        m_parameters->setMinimumHeight(110);
        label->setBuddy(m_parameters);
        layout->addWidget(m_parameters);
        for (const CustomParameter& parameter : o->customParameters)
            addParameterRow(parameter);
        auto* row = new QHBoxLayout;
        auto* add = new QPushButton(tr("&Add Parameter"), this);
        add->setObjectName(QStringLiteral("addParameterButton"));
        add->setAccessibleName(tr("Add custom parameter"));
        auto* remove = new QPushButton(tr("Re&move Parameter"), this);
        remove->setObjectName(QStringLiteral("removeParameterButton"));
        remove->setAccessibleName(tr("Remove the selected custom parameter"));
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch();
        layout->addLayout(row);
        connect(add, &QPushButton::clicked, this, [this] { addParameterRow(); });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_parameters->currentRow() >= 0)
                m_parameters->removeRow(m_parameters->currentRow());
            check();
        });
        connect(m_parameters, &QTableWidget::itemChanged, this, &CredentialDialog::check);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_draft.isNew ? tr("Create") : tr("Save"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

CredentialDialog::~CredentialDialog()
{
    if (m_secret) // the line edit's own buffer is Qt's; at least leave no text in it
        m_secret->clear();
}

QLineEdit* CredentialDialog::lineEdit(const char* objectName, const QString& accessibleName, const QString& text)
{
    auto* edit = new QLineEdit(text, this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(320);
    connect(edit, &QLineEdit::textChanged, this, &CredentialDialog::check);
    return edit;
}

QComboBox* CredentialDialog::comboBox(const char* objectName, const QString& accessibleName,
                                      const QList<std::pair<QString, QString>>& items, const QString& current)
{
    auto* box = new QComboBox(this);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setAccessibleName(accessibleName);
    for (const auto& [value, text] : items)
        box->addItem(text, value);
    const int index = box->findData(current);
    if (index >= 0)
        box->setCurrentIndex(index);
    connect(box, &QComboBox::currentIndexChanged, this, &CredentialDialog::check);
    return box;
}

void CredentialDialog::addParameterRow(const CustomParameter& parameter)
{
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    m_parameters->setItem(row, 0, new QTableWidgetItem(parameter.key));
    m_parameters->setItem(row, 1, new QTableWidgetItem(parameter.value));
    auto* sentIn = new QComboBox(m_parameters);
    sentIn->setAccessibleName(tr("Sent as part of, parameter %1").arg(row + 1));
    sentIn->addItem(tr("Body"), QStringLiteral("body"));
    sentIn->addItem(tr("URL"), QStringLiteral("url"));
    sentIn->setCurrentIndex(parameter.sendAsPartOf == QLatin1String("url") ? 1 : 0);
    connect(sentIn, &QComboBox::currentIndexChanged, this, &CredentialDialog::check);
    m_parameters->setCellWidget(row, 2, sentIn);
    check();
}

credentials::Credential CredentialDialog::current() const
{
    credentials::Credential c = m_draft.credential;
    std::visit([this](auto& v) { v.name = m_name->text().trimmed(); }, c);
    if (auto* u = std::get_if<UserCredential>(&c)) {
        u->kind = m_userKind->currentData().toString();
        u->description = m_description->text();
        u->user = m_user->text().trimmed();
        u->companyId = m_companyId->text().trimmed();
    } else if (auto* o = std::get_if<OAuth2ClientCredential>(&c)) {
        o->description = m_description->text();
        o->tokenServiceUrl = m_tokenUrl->text().trimmed();
        o->clientId = m_clientId->text().trimmed();
        o->clientAuthentication = m_clientAuthentication->currentData().toString();
        o->scope = m_scope->text().trimmed();
        o->scopeContentType = m_scopeContentType->currentData().toString();
        o->resource = m_resource->text().trimmed();
        o->audience = m_audience->text().trimmed();
        o->customParameters.clear();
        for (int row = 0; m_parameters && row < m_parameters->rowCount(); ++row) {
            const auto text = [&](int column) {
                const QTableWidgetItem* item = m_parameters->item(row, column);
                return item ? item->text().trimmed() : QString();
            };
            const auto* sentIn = qobject_cast<const QComboBox*>(m_parameters->cellWidget(row, 2));
            o->customParameters.append({text(0), text(1), sentIn ? sentIn->currentData().toString() : QStringLiteral("body")});
        }
    } else if (auto* p = std::get_if<SecureParameter>(&c)) {
        p->description = m_description->text();
    }
    return c;
}

void CredentialDialog::check()
{
    if (!m_ok) // still being built
        return;
    if (m_companyId)
        m_companyId->setEnabled(m_userKind->currentData().toString() == QLatin1String("successfactors"));
    QString problem;
    const bool secretTyped = !m_secret->text().isEmpty();
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Type a name.");
    } else if (!m_draft.isNew && !secretTyped
               && std::visit([](const auto& v) { return storedForm(v); }, current())
                      == std::visit([](const auto& v) { return storedForm(v); }, m_draft.credential)) {
        m_ok->setEnabled(false); // nothing to save yet; not a problem to point out
        m_problem->clear();
        m_problem->setAccessibleName(QString());
        return;
    } else {
        const Result<Change> change = m_draft.isNew ? credentials::create(current(), secretTyped, m_existing)
                                                    : credentials::edit(current(), secretTyped, m_existing);
        if (!change)
            problem = change.error().toString();
    }
    m_ok->setEnabled(problem.isEmpty());
    // Not colour alone: the text says what is wrong, and the label is empty when all is well.
    m_problem->setText(problem.isEmpty() ? QString()
                       : m_draft.isNew ? tr("Cannot create: %1").arg(problem)
                                       : tr("Cannot save: %1").arg(problem));
    m_problem->setAccessibleName(m_problem->text());
}

credentials::Draft CredentialDialog::takeDraft()
{
    credentials::Draft out;
    out.credential = current();
    out.isNew = m_draft.isNew;
    QByteArray typed = m_secret->text().toUtf8();
    out.secret = crypto::SecretBuffer(QByteArrayView(typed));
    cleanse(typed);
    m_secret->clear();
    return out;
}

} // namespace gh
