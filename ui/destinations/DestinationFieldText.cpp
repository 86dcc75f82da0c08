#include "ui/destinations/DestinationFieldText.h"

#include <QHash>

namespace gh {

QString DestinationFieldText::label(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("Name"), QT_TR_NOOP("Name")},
        {QStringLiteral("Type"), QT_TR_NOOP("Type")},
        {QStringLiteral("Description"), QT_TR_NOOP("Description")},
        {QStringLiteral("URL"), QT_TR_NOOP("URL")},
        {QStringLiteral("ProxyType"), QT_TR_NOOP("Proxy type")},
        {QStringLiteral("CloudConnectorLocationId"), QT_TR_NOOP("Cloud Connector location ID")},
        {QStringLiteral("TrustStoreLocation"), QT_TR_NOOP("Trust store")},
        {QStringLiteral("TrustStorePassword"), QT_TR_NOOP("Trust store password")},
        {QStringLiteral("Authentication"), QT_TR_NOOP("Authentication")},
        {QStringLiteral("User"), QT_TR_NOOP("User")},
        {QStringLiteral("Password"), QT_TR_NOOP("Password")},
        {QStringLiteral("KeyStoreLocation"), QT_TR_NOOP("Key store")},
        {QStringLiteral("KeyStorePassword"), QT_TR_NOOP("Key store password")},
        {QStringLiteral("clientId"), QT_TR_NOOP("Client ID")},
        {QStringLiteral("clientSecret"), QT_TR_NOOP("Client secret")},
        {QStringLiteral("clientKey"), QT_TR_NOOP("Client key")},
        {QStringLiteral("tokenServiceURL"), QT_TR_NOOP("Token service URL")},
        {QStringLiteral("tokenServiceURLType"), QT_TR_NOOP("Token service URL type")},
        {QStringLiteral("tokenServiceUser"), QT_TR_NOOP("Token service user")},
        {QStringLiteral("tokenServicePassword"), QT_TR_NOOP("Token service password")},
        {QStringLiteral("tokenService.KeyStoreLocation"), QT_TR_NOOP("Token service key store")},
        {QStringLiteral("tokenService.KeyStorePassword"), QT_TR_NOOP("Token service key store password")},
        {QStringLiteral("audience"), QT_TR_NOOP("Audience")},
        {QStringLiteral("assertionRecipient"), QT_TR_NOOP("Assertion recipient")},
        {QStringLiteral("authnContextClassRef"), QT_TR_NOOP("Authentication context class")},
        {QStringLiteral("nameIdFormat"), QT_TR_NOOP("Name ID format")},
        {QStringLiteral("nameQualifier"), QT_TR_NOOP("Name qualifier")},
        {QStringLiteral("assertionIssuer"), QT_TR_NOOP("Assertion issuer")},
        {QStringLiteral("userIdSource"), QT_TR_NOOP("User ID source")},
        {QStringLiteral("includeSigningCertificateInSAMLAssertion"), QT_TR_NOOP("Include signing certificate")},
        {QStringLiteral("skipUserAttributesPrefixInSAMLAttributes"), QT_TR_NOOP("Skip user attributes prefix")},
        {QStringLiteral("skipUserUuidInSAMLAttributes"), QT_TR_NOOP("Skip user UUID")},
        {QStringLiteral("jco.client.client"), QT_TR_NOOP("Client")},
        {QStringLiteral("jco.client.ashost"), QT_TR_NOOP("Application server")},
        {QStringLiteral("jco.client.sysnr"), QT_TR_NOOP("System number")},
        {QStringLiteral("jco.client.mshost"), QT_TR_NOOP("Message server")},
        {QStringLiteral("jco.client.r3name"), QT_TR_NOOP("System ID")},
        {QStringLiteral("jco.client.group"), QT_TR_NOOP("Logon group")},
        {QStringLiteral("jco.client.lang"), QT_TR_NOOP("Language")},
        {QStringLiteral("jco.client.user"), QT_TR_NOOP("User")},
        {QStringLiteral("jco.client.passwd"), QT_TR_NOOP("Password")},
        {QStringLiteral("mail.smtp.host"), QT_TR_NOOP("SMTP host")},
        {QStringLiteral("mail.smtp.port"), QT_TR_NOOP("SMTP port")},
        {QStringLiteral("mail.imap.host"), QT_TR_NOOP("IMAP host")},
        {QStringLiteral("mail.pop3.host"), QT_TR_NOOP("POP3 host")},
        {QStringLiteral("mail.user"), QT_TR_NOOP("User")},
        {QStringLiteral("mail.password"), QT_TR_NOOP("Password")},
        {QStringLiteral("mail.smtp.starttls.enable"), QT_TR_NOOP("STARTTLS")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(*it);
}

QString DestinationFieldText::help(const QString& key)
{
    if (key == QLatin1String("Name"))
        return tr("Letters, digits, '_' and '-'. A destination is not renamed: duplicate it under "
                  "the new name instead.");
    if (key == QLatin1String("CloudConnectorLocationId"))
        return tr("Empty for the Cloud Connector without a location ID.");
    if (key == QLatin1String("tokenServiceURLType"))
        return tr("Common: the URL holds {tenant}, filled in for each subscriber.");
    if (key == QLatin1String("KeyStoreLocation") || key == QLatin1String("TrustStoreLocation")
        || key == QLatin1String("tokenService.KeyStoreLocation"))
        return tr("The name of a destination certificate of this subaccount (or of an entry of "
                  "the tenant keystore).");
    if (key == QLatin1String("jco.client.sysnr"))
        return tr("Two digits, such as 00.");
    if (key == QLatin1String("jco.client.client"))
        return tr("Three digits, such as 100.");
    return {};
}

} // namespace gh
