#include "app/domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Validation)
};
} // namespace

namespace {

void add(Problems& out, const QString& field, const QString& message)
{
    out.append(Error::validation(field, message));
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// A value that every name-like field shares: present, bounded, one line.
void checkName(Problems& out, const QString& field, const QString& value, int maxLength)
{
    if (value.trimmed().isEmpty()) {
        add(out, field, Tr::tr("is required"));
        return;
    }
    if (value.size() > maxLength)
        add(out, field, Tr::tr("is longer than %1 characters").arg(maxLength));
    if (hasControlCharacters(value))
        add(out, field, Tr::tr("contains a line break or control character"));
    if (value != value.trimmed())
        add(out, field, Tr::tr("starts or ends with white space"));
}

void checkOneOf(Problems& out, const QString& field, const QString& value, const QStringList& allowed)
{
    if (!value.isEmpty() && !allowed.contains(value))
        add(out, field, Tr::tr("must be one of %1, not \"%2\"").arg(allowed.join(QStringLiteral(", ")), value));
}

// Digits only, between `minLength` and `maxLength` of them ("00" for a system number).
void checkDigits(Problems& out, const QString& field, const QString& value, int minLength, int maxLength)
{
    if (value.isEmpty())
        return;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(value).hasMatch() || value.size() < minLength || value.size() > maxLength) {
        add(out, field,
            minLength == maxLength ? Tr::tr("must be %1 digits").arg(minLength)
                                   : Tr::tr("must be a number of at most %1 digits").arg(maxLength));
    }
}

const QStringList kOAuthUserFlows{
    QStringLiteral("OAuth2JWTBearer"), QStringLiteral("OAuth2UserTokenExchange"),
    QStringLiteral("OAuth2TechnicalUserPropagation"), QStringLiteral("OAuth2RefreshToken"),
    QStringLiteral("OAuth2AuthorizationCode"), QStringLiteral("OAuth2TokenExchange")};

} // namespace

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QStringList knownAuthenticationTypes()
{
    return {QStringLiteral("NoAuthentication"), QStringLiteral("BasicAuthentication"),
            QStringLiteral("ClientCertificateAuthentication"), QStringLiteral("PrincipalPropagation"),
            QStringLiteral("OAuth2SAMLBearerAssertion"), QStringLiteral("OAuth2ClientCredentials"),
            QStringLiteral("OAuth2UserTokenExchange"), QStringLiteral("OAuth2Password"),
            QStringLiteral("OAuth2JWTBearer"), QStringLiteral("SAMLAssertion"),
            QStringLiteral("OAuth2RefreshToken"), QStringLiteral("OAuth2AuthorizationCode"),
            QStringLiteral("OAuth2TechnicalUserPropagation"), QStringLiteral("OAuth2TokenExchange")};
}

QStringList knownDestinationTypes()
{
    return {QStringLiteral("HTTP"), QStringLiteral("RFC"), QStringLiteral("MAIL"),
            QStringLiteral("LDAP"), QStringLiteral("TCP")};
}

QStringList knownProxyTypes()
{
    return {QStringLiteral("Internet"), QStringLiteral("OnPremise"), QStringLiteral("PrivateLink")};
}

Problems validateDestinationName(const QString& name)
{
    Problems out;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]+$"));
    checkName(out, QStringLiteral("Name"), name, 200);
    if (!name.trimmed().isEmpty() && !allowed.match(name).hasMatch())
        add(out, QStringLiteral("Name"), Tr::tr("may contain only letters, digits, '_' and '-'"));
    return out;
}

QStringList requiredDestinationProperties(const QString& type, const QString& authentication)
{
    QStringList required{QStringLiteral("Name"), QStringLiteral("Type")};
    if (type == QLatin1String("RFC")) {
        required << QStringLiteral("jco.client.client");
        return required;
    }
    if (type == QLatin1String("MAIL"))
        return required;
    required << QStringLiteral("URL");
    if (type == QLatin1String("LDAP") && authentication == QLatin1String("BasicAuthentication"))
        required << QStringLiteral("User") << QStringLiteral("Password");
    if (type != QLatin1String("HTTP"))
        return required;
    if (authentication == QLatin1String("BasicAuthentication"))
        required << QStringLiteral("User") << QStringLiteral("Password");
    else if (authentication == QLatin1String("ClientCertificateAuthentication"))
        required << QStringLiteral("KeyStoreLocation") << QStringLiteral("KeyStorePassword");
    else if (authentication == QLatin1String("OAuth2ClientCredentials"))
        required << QStringLiteral("clientId") << QStringLiteral("clientSecret")
                 << QStringLiteral("tokenServiceURL");
    else if (authentication == QLatin1String("OAuth2Password"))
        required << QStringLiteral("clientId") << QStringLiteral("clientSecret")
                 << QStringLiteral("User") << QStringLiteral("Password") << QStringLiteral("tokenServiceURL");
    else if (authentication == QLatin1String("OAuth2SAMLBearerAssertion"))
        required << QStringLiteral("audience") << QStringLiteral("clientKey")
                 << QStringLiteral("tokenServiceURL");
    else if (authentication == QLatin1String("SAMLAssertion"))
        required << QStringLiteral("audience");
    else if (kOAuthUserFlows.contains(authentication))
        required << QStringLiteral("clientId") << QStringLiteral("tokenServiceURL");
    return required;
}

Problems validateDestination(const Destination& d)
{
    Problems out = validateDestinationName(d.name());
    const QString type = d.type();
    if (type.isEmpty())
        add(out, QStringLiteral("Type"), Tr::tr("is required"));
    checkOneOf(out, QStringLiteral("Type"), type, knownDestinationTypes());
    checkOneOf(out, QStringLiteral("ProxyType"), d.value(QStringLiteral("ProxyType")), knownProxyTypes());
    const QString auth = d.value(QStringLiteral("Authentication"));
    if (type == QLatin1String("HTTP"))
        checkOneOf(out, QStringLiteral("Authentication"), auth, knownAuthenticationTypes());

    for (const QString& key : requiredDestinationProperties(type, d.authentication())) {
        if (key == QLatin1String("Name") || key == QLatin1String("Type"))
            continue;
        if (!d.contains(key) || (!Destination::isSecretKey(key) && d.value(key).trimmed().isEmpty()))
            add(out, key, Tr::tr("is required for %1").arg(type == QLatin1String("HTTP") ? d.authentication() : type));
    }
    for (const Destination::Property& p : d.properties()) {
        if (p.key.trimmed().isEmpty())
            add(out, QStringLiteral("(property name)"), Tr::tr("a property has an empty name"));
        if (hasControlCharacters(p.key) || hasControlCharacters(p.value))
            add(out, p.key, Tr::tr("contains a line break or control character"));
    }

    const QString url = d.url();
    if (!url.isEmpty()) {
        if (type == QLatin1String("HTTP") && !isHttpUrl(url))
            add(out, QStringLiteral("URL"), Tr::tr("is not an absolute http or https URL"));
        if (type == QLatin1String("LDAP") && !url.startsWith(QLatin1String("ldap://"))
            && !url.startsWith(QLatin1String("ldaps://")))
            add(out, QStringLiteral("URL"), Tr::tr("must start with ldap:// or ldaps://"));
    }
    const QString tokenUrl = d.value(QStringLiteral("tokenServiceURL"));
    if (!tokenUrl.isEmpty() && !isHttpUrl(tokenUrl))
        add(out, QStringLiteral("tokenServiceURL"), Tr::tr("is not an absolute http or https URL"));
    checkOneOf(out, QStringLiteral("tokenServiceURLType"), d.value(QStringLiteral("tokenServiceURLType")),
               {QStringLiteral("Dedicated"), QStringLiteral("Common")});

    if (d.authentication() == QLatin1String("PrincipalPropagation") && d.proxyType() != QLatin1String("OnPremise"))
        add(out, QStringLiteral("ProxyType"), Tr::tr("must be OnPremise for PrincipalPropagation"));
    if (type == QLatin1String("RFC")) {
        const bool direct = !d.value(QStringLiteral("jco.client.ashost")).isEmpty()
                            && !d.value(QStringLiteral("jco.client.sysnr")).isEmpty();
        const bool balanced = !d.value(QStringLiteral("jco.client.mshost")).isEmpty();
        if (!direct && !balanced)
            add(out, QStringLiteral("jco.client.ashost"),
                Tr::tr("an RFC destination needs jco.client.ashost with jco.client.sysnr, or jco.client.mshost"));
    }
    checkDigits(out, QStringLiteral("jco.client.sysnr"), d.value(QStringLiteral("jco.client.sysnr")), 2, 2);
    checkDigits(out, QStringLiteral("jco.client.client"), d.value(QStringLiteral("jco.client.client")), 3, 3);
    checkOneOf(out, QStringLiteral("jco.destination.proxy_type"),
               d.value(QStringLiteral("jco.destination.proxy_type")),
               {QStringLiteral("Internet"), QStringLiteral("OnPremise")});
    const QString port = d.value(QStringLiteral("mail.smtp.port"));
    checkDigits(out, QStringLiteral("mail.smtp.port"), port, 1, 5);
    if (!port.isEmpty() && (port.toInt() < 1 || port.toInt() > 65535))
        add(out, QStringLiteral("mail.smtp.port"), Tr::tr("must be a port number from 1 to 65535"));
    for (const QString& flag : {QStringLiteral("includeSigningCertificateInSAMLAssertion"),
                                QStringLiteral("skipUserAttributesPrefixInSAMLAttributes"),
                                QStringLiteral("skipUserUuidInSAMLAttributes"),
                                QStringLiteral("mail.smtp.starttls.enable")})
        checkOneOf(out, flag, d.value(flag), {QStringLiteral("true"), QStringLiteral("false")});
    if (type == QLatin1String("MAIL") && d.value(QStringLiteral("mail.smtp.host")).isEmpty()
        && d.value(QStringLiteral("mail.imap.host")).isEmpty() && d.value(QStringLiteral("mail.pop3.host")).isEmpty())
        add(out, QStringLiteral("mail.smtp.host"),
            Tr::tr("a MAIL destination needs mail.smtp.host, mail.imap.host or mail.pop3.host"));
    return out;
}

Problems validateDestinationReferences(const Destination& d, const QStringList& certificateNames)
{
    Problems out;
    for (const QString& key : {QStringLiteral("KeyStoreLocation"), QStringLiteral("TrustStoreLocation"),
                               QStringLiteral("tokenService.KeyStoreLocation")}) {
        const QString name = d.value(key);
        if (!name.isEmpty() && !certificateNames.contains(name))
            add(out, key, Tr::tr("names no destination certificate or keystore entry of this tenant: \"%1\"").arg(name));
    }
    return out;
}

Problems destinationWarnings(const Destination& d)
{
    Problems out;
    if (d.value(QStringLiteral("TrustAll")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        add(out, QStringLiteral("TrustAll"),
            Tr::tr("switches off the verification of the server's certificate: anyone on the way "
                           "can read and change this connection"));
    const QString url = d.url();
    if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) && d.proxyType() == QLatin1String("Internet")
        && d.authentication() != QLatin1String("NoAuthentication"))
        add(out, QStringLiteral("URL"),
            Tr::tr("is plain http on the Internet: the credentials travel unencrypted"));
    for (const QString& key : d.secretsMissing())
        add(out, key, Tr::tr("is missing (removed on export): type it before the destination is used"));
    return out;
}

Problems validateAlias(const QString& alias)
{
    Problems out;
    checkName(out, QStringLiteral("Alias"), alias, 250);
    return out;
}

Problems validateKeystoreEntry(const KeystoreEntry& entry)
{
    Problems out = validateAlias(entry.alias);
    checkOneOf(out, QStringLiteral("Type"), entry.type,
               {QStringLiteral("Key Pair"), QStringLiteral("Certificate"), QStringLiteral("SSH Key")});
    checkOneOf(out, QStringLiteral("Owner"), entry.owner,
               {QStringLiteral("SAP"), QStringLiteral("Tenant Administrator")});
    checkOneOf(out, QStringLiteral("Keystore"), entry.keystore,
               {QStringLiteral("system"), QStringLiteral("KeyRenewal"), QStringLiteral("KeyHistory"),
                QStringLiteral("backup_admin_system")});
    if (entry.hexalias != KeystoreEntry::hexaliasOf(entry.alias))
        add(out, QStringLiteral("Hexalias"), Tr::tr("does not encode the alias"));
    return out;
}

Problems validateRoleCollectionName(const QString& name)
{
    Problems out;
    checkName(out, QStringLiteral("name"), name, 64);
    if (name.contains(QLatin1Char('/')))
        add(out, QStringLiteral("name"), Tr::tr("may not contain '/'"));
    return out;
}

Problems validateRoleCollection(const RoleCollection& collection)
{
    Problems out = validateRoleCollectionName(collection.name);
    if (collection.description.size() > 1000)
        add(out, QStringLiteral("description"), Tr::tr("is longer than 1000 characters"));
    return out;
}

Problems validateUser(const User& user)
{
    Problems out;
    checkName(out, QStringLiteral("userName"), user.userName, 255);
    checkName(out, QStringLiteral("origin"), user.origin, 255);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const Email& e : user.emails) {
        if (!email.match(e.value).hasMatch())
            add(out, QStringLiteral("emails"), Tr::tr("\"%1\" is not an e-mail address").arg(e.value));
    }
    return out;
}

Problems validateUserCredential(const UserCredential& c)
{
    Problems out;
    checkName(out, QStringLiteral("Name"), c.name, 150);
    checkOneOf(out, QStringLiteral("Kind"), c.kind,
               {QStringLiteral("default"), QStringLiteral("successfactors"), QStringLiteral("openconnectors")});
    if (c.kind == QLatin1String("successfactors") && c.companyId.trimmed().isEmpty())
        add(out, QStringLiteral("CompanyId"), Tr::tr("is required for SuccessFactors credentials"));
    return out;
}

Problems validateOAuth2ClientCredential(const OAuth2ClientCredential& c)
{
    Problems out;
    checkName(out, QStringLiteral("Name"), c.name, 150);
    if (!isHttpUrl(c.tokenServiceUrl))
        add(out, QStringLiteral("TokenServiceUrl"), Tr::tr("is not an absolute http or https URL"));
    if (c.clientId.trimmed().isEmpty())
        add(out, QStringLiteral("ClientId"), Tr::tr("is required"));
    checkOneOf(out, QStringLiteral("ClientAuthentication"), c.clientAuthentication,
               {QStringLiteral("body"), QStringLiteral("header")});
    checkOneOf(out, QStringLiteral("ScopeContentType"), c.scopeContentType,
               {QStringLiteral("urlencoded"), QStringLiteral("json")});
    for (const CustomParameter& p : c.customParameters) {
        if (p.key.trimmed().isEmpty())
            add(out, QStringLiteral("CustomParameters"), Tr::tr("a custom parameter has no key"));
        checkOneOf(out, QStringLiteral("CustomParameters"), p.sendAsPartOf,
                   {QStringLiteral("body"), QStringLiteral("url")});
    }
    return out;
}

Problems validateSecureParameter(const SecureParameter& p)
{
    Problems out;
    checkName(out, QStringLiteral("Name"), p.name, 150);
    return out;
}

// ---- Destination certificates -------------------------------------------------------------

Problems validateDestinationCertificateName(const QString& name)
{
    Problems out;
    const QString field = QStringLiteral("name");
    checkName(out, field, name, 200);
    if (!out.isEmpty())
        return out;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!allowed.match(name).hasMatch())
        add(out, field, Tr::tr("may contain only letters, digits, '.', '-' and '_'"));
    static const QRegularExpression extension(QStringLiteral("\\.(pem|cer|crt|der|p12|pfx|jks)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (!extension.match(name).hasMatch() || name.startsWith(QLatin1Char('.')))
        add(out, field, Tr::tr("must end in .pem, .cer, .crt, .der, .p12, .pfx or .jks"));
    return out;
}

Problems validateDestinationCertificate(const DestinationCertificate& certificate)
{
    Problems out = validateDestinationCertificateName(certificate.name);
    checkOneOf(out, QStringLiteral("type"), certificate.type,
               {DestinationCertificate::CertificateType, DestinationCertificate::KeystoreType});
    if (out.isEmpty() && certificate.type != DestinationCertificate::typeForName(certificate.name))
        add(out, QStringLiteral("type"),
            Tr::tr("is %1, but a file named \"%2\" is a %3")
                .arg(certificate.type, certificate.name, DestinationCertificate::typeForName(certificate.name)));
    if (certificate.generationMethod.trimmed().isEmpty())
        add(out, QStringLiteral("creation.generation_method"), Tr::tr("is required"));
    if (certificate.certificates().isEmpty())
        add(out, QStringLiteral("nodes"), Tr::tr("holds no certificate"));
    for (qsizetype i = 0; i < certificate.nodes.size(); ++i) {
        const DestinationCertificateNode& node = certificate.nodes.at(i);
        const QString field = QStringLiteral("nodes[%1]").arg(i);
        if (node.isPrivateKey() && !node.extra.isEmpty())
            add(out, field, Tr::tr("a private key node tells only its format, algorithm and alias, "
                                           "never key material"));
        if (node.isPrivateKey() && certificate.type != DestinationCertificate::KeystoreType)
            add(out, field, Tr::tr("a private key belongs in a keystore (.p12, .pfx), not in a %1")
                                .arg(certificate.type));
        if (node.isCertificate() && node.subject.trimmed().isEmpty())
            add(out, field + QStringLiteral(".subject"), Tr::tr("is required"));
        if (node.isCertificate() && node.notBefore.isValid() && node.notAfter.isValid()
            && node.notAfter < node.notBefore)
            add(out, field + QStringLiteral(".not_after"), Tr::tr("is before not_before"));
    }
    for (const QString& key : certificate.extra.keys()) {
        if (key.compare(QLatin1String("content"), Qt::CaseInsensitive) == 0)
            add(out, key, Tr::tr("the file's content is not kept in the tenant file"));
    }
    return out;
}

} // namespace gh
