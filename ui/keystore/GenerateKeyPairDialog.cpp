#include "ui/keystore/GenerateKeyPairDialog.h"

#include "app/domain/Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gh {

namespace {

crypto::KeySpec keySpecAt(int index)
{
    switch (index) {
    case 1:
        return crypto::KeySpec::rsa(3072);
    case 2:
        return crypto::KeySpec::rsa(4096);
    case 3:
        return crypto::KeySpec::ec(QStringLiteral("P-256"));
    case 4:
        return crypto::KeySpec::ec(QStringLiteral("P-384"));
    case 5:
        return crypto::KeySpec::ec(QStringLiteral("P-521"));
    case 6:
        return crypto::KeySpec::ed25519();
    default:
        return crypto::KeySpec::rsa(2048);
    }
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

GenerateKeyPairDialog::GenerateKeyPairDialog(QList<KeystoreEntry> existing, const QDateTime& now,
                                             QWidget* parent)
    : QDialog(parent), m_existing(std::move(existing)), m_now(now)
{
    setObjectName(QStringLiteral("generateKeyPairDialog"));
    setWindowTitle(tr("Generate key pair"));

    const auto field = [this](const QString& name, const QString& accessible,
                              const QString& placeholder = {}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_alias = field(QStringLiteral("aliasField"), tr("Alias"), tr("e.g. contoso_signing"));
    m_keyType = new QComboBox(this);
    m_keyType->setObjectName(QStringLiteral("keyTypeBox"));
    m_keyType->setAccessibleName(tr("Key type"));
    for (int i = 0; i < 7; ++i)
        m_keyType->addItem(keySpecAt(i).toString());
    m_cn = field(QStringLiteral("commonNameField"), tr("Common name (CN)"),
                 tr("e.g. cpi.contoso.com"));
    m_ou = field(QStringLiteral("organizationalUnitField"), tr("Organizational unit (OU)"));
    m_o = field(QStringLiteral("organizationField"), tr("Organization (O)"));
    m_l = field(QStringLiteral("localityField"), tr("Locality (L)"));
    m_st = field(QStringLiteral("stateField"), tr("State or province (ST)"));
    m_c = field(QStringLiteral("countryField"), tr("Country (C)"), tr("two letters, e.g. DE"));
    m_c->setMaxLength(2);
    m_email = field(QStringLiteral("emailField"), tr("E-mail address"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("validityField"));
    m_days->setAccessibleName(tr("Validity in days"));
    m_days->setRange(1, 3650 * 3);
    m_days->setValue(365);
    m_days->setSuffix(tr(" days"));
    m_dns = field(QStringLiteral("dnsNamesField"), tr("DNS names"),
                  tr("separated by commas or spaces"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Alias:"), m_alias);
    form->addRow(tr("&Key type:"), m_keyType);
    form->addRow(tr("Common &name (CN):"), m_cn);
    form->addRow(tr("Organizational &unit (OU):"), m_ou);
    form->addRow(tr("&Organization (O):"), m_o);
    form->addRow(tr("&Locality (L):"), m_l);
    form->addRow(tr("&State or province (ST):"), m_st);
    form->addRow(tr("&Country (C):"), m_c);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Validity:"), m_days);
    form->addRow(tr("&DNS names:"), m_dns);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Generate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // The alias follows the common name as long as it is empty or what the name last gave.
    connect(m_cn, &QLineEdit::textChanged, this, [this](const QString& cn) {
        if (!m_alias->text().isEmpty() && m_alias->text() != m_autoAlias)
            return;
        m_autoAlias = cn.trimmed().isEmpty() ? QString() : keystore::aliasFrom(cn);
        m_alias->setText(m_autoAlias);
    });
    for (QLineEdit* edit : {m_alias, m_cn, m_c, m_email, m_dns})
        connect(edit, &QLineEdit::textChanged, this, &GenerateKeyPairDialog::check);
    check();
    setMinimumWidth(460);
}

GenerateKeyPairDialog::~GenerateKeyPairDialog() = default;

QString GenerateKeyPairDialog::findProblem() const
{
    const QString alias = m_alias->text().trimmed();
    if (alias.isEmpty() && m_cn->text().trimmed().isEmpty())
        return tr("Give the common name (CN) of the certificate; the alias follows from it.");
    if (alias.isEmpty())
        return tr("Give the key pair an alias.");
    if (const Problems problems = validateAlias(alias); !problems.isEmpty())
        return tr("Alias: %1").arg(problems.first().message);
    if (keystore::findEntry(m_existing, keystore::SystemKeystore, alias))
        return tr("The alias “%1” is already taken.").arg(alias);
    if (m_cn->text().trimmed().isEmpty())
        return tr("Give the common name (CN) of the certificate.");
    const QString country = m_c->text().trimmed();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    if (!country.isEmpty() && !twoLetters.match(country).hasMatch())
        return tr("The country is two letters (ISO 3166), e.g. DE.");
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return tr("“%1” is not an e-mail address.").arg(email);
    return {};
}

QString GenerateKeyPairDialog::problem() const
{
    return findProblem();
}

void GenerateKeyPairDialog::check()
{
    const QString why = findProblem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

keystore::GenerateRequest GenerateKeyPairDialog::request() const
{
    keystore::GenerateRequest r;
    r.keystore = keystore::SystemKeystore;
    r.alias = m_alias->text().trimmed();
    r.key = keySpecAt(m_keyType->currentIndex());
    crypto::DistinguishedName dn;
    const auto add = [&dn](const char* type, const QLineEdit* edit) {
        if (const QString value = edit->text().trimmed(); !value.isEmpty())
            dn.append(QString::fromLatin1(type), value);
    };
    add("CN", m_cn);
    add("OU", m_ou);
    add("O", m_o);
    add("L", m_l);
    add("ST", m_st);
    if (const QString c = m_c->text().trimmed(); !c.isEmpty())
        dn.append(QStringLiteral("C"), c.toUpper());
    r.certificate.subject = dn;
    QDateTime start = m_now.toUTC();
    start.setTime(QTime(start.time().hour(), start.time().minute(), start.time().second()));
    r.certificate.notBefore = start;
    r.certificate.notAfter = start.addDays(m_days->value());
    r.certificate.dnsNames = splitList(m_dns->text());
    if (const QString email = m_email->text().trimmed(); !email.isEmpty())
        r.certificate.emails = {email};
    return r;
}

} // namespace gh
