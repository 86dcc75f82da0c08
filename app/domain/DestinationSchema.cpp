#include "app/domain/DestinationSchema.h"

#include "app/domain/Validation.h"

namespace gh::destinations {

namespace {

using K = FieldKind;
using G = FieldGroup;

FieldSpec field(const char* key, FieldKind kind = K::Text, FieldGroup group = G::Authentication,
                QStringList choices = {})
{
    return {QString::fromLatin1(key), kind, group, false, std::move(choices)};
}

const QStringList kFlag{QStringLiteral("false"), QStringLiteral("true")};
const QStringList kTokenUrlType{QStringLiteral("Dedicated"), QStringLiteral("Common")};

// What every OAuth 2.0 flow that talks to a token service has.
QList<FieldSpec> tokenServiceFields()
{
    return {field("clientId"),
            field("clientSecret", K::Secret),
            field("tokenServiceURL", K::Url),
            field("tokenServiceURLType", K::Choice, G::Authentication, kTokenUrlType),
            field("tokenServiceUser"),
            field("tokenServicePassword", K::Secret),
            field("tokenService.KeyStoreLocation", K::Certificate),
            field("tokenService.KeyStorePassword", K::Secret)};
}

// The optional SAML keys shared by SAMLAssertion and OAuth2SAMLBearerAssertion.
QList<FieldSpec> samlFields()
{
    return {field("authnContextClassRef"),
            field("nameIdFormat"),
            field("nameQualifier"),
            field("assertionIssuer"),
            field("userIdSource"),
            field("KeyStoreLocation", K::Certificate),
            field("KeyStorePassword", K::Secret),
            field("includeSigningCertificateInSAMLAssertion", K::Flag, G::Authentication, kFlag),
            field("skipUserAttributesPrefixInSAMLAttributes", K::Flag, G::Authentication, kFlag),
            field("skipUserUuidInSAMLAttributes", K::Flag, G::Authentication, kFlag)};
}

QList<FieldSpec> authenticationFields(const QString& authentication)
{
    if (authentication == QLatin1String("BasicAuthentication"))
        return {field("User"), field("Password", K::Secret)};
    if (authentication == QLatin1String("ClientCertificateAuthentication"))
        return {field("KeyStoreLocation", K::Certificate), field("KeyStorePassword", K::Secret)};
    if (authentication == QLatin1String("OAuth2Password"))
        return {field("clientId"),
                field("clientSecret", K::Secret),
                field("User"),
                field("Password", K::Secret),
                field("tokenServiceURL", K::Url),
                field("tokenServiceURLType", K::Choice, G::Authentication, kTokenUrlType)};
    if (authentication == QLatin1String("OAuth2SAMLBearerAssertion")) {
        QList<FieldSpec> out{field("audience"),
                             field("clientKey", K::Secret),
                             field("tokenServiceURL", K::Url),
                             field("tokenServiceURLType", K::Choice, G::Authentication, kTokenUrlType),
                             field("tokenServiceUser"),
                             field("tokenServicePassword", K::Secret),
                             field("assertionRecipient")};
        out += samlFields();
        return out;
    }
    if (authentication == QLatin1String("SAMLAssertion")) {
        QList<FieldSpec> out{field("audience"), field("clientKey", K::Secret),
                             field("tokenServiceURLType", K::Choice, G::Authentication, kTokenUrlType)};
        out += samlFields();
        return out;
    }
    if (authentication.startsWith(QLatin1String("OAuth2")))
        return tokenServiceFields();
    return {}; // NoAuthentication, PrincipalPropagation, legacy values
}

QList<FieldSpec> connectionFields(const QString& type, const QString& proxyType)
{
    const bool onPremise = proxyType == QLatin1String("OnPremise");
    QList<FieldSpec> out;
    const auto proxy = [&](const char* key) {
        out.append(field(key, K::Choice, G::Connection, proxyTypesFor(type)));
        if (onPremise)
            out.append(field("CloudConnectorLocationId", K::Text, G::Connection));
    };
    if (type == QLatin1String("RFC")) {
        proxy("ProxyType");
        for (const char* key : {"jco.client.client", "jco.client.ashost", "jco.client.sysnr",
                                "jco.client.mshost", "jco.client.r3name", "jco.client.group",
                                "jco.client.lang", "jco.client.user"})
            out.append(field(key, key == QByteArrayView("jco.client.sysnr") ? K::Number : K::Text,
                             G::Connection));
        out.append(field("jco.client.passwd", K::Secret, G::Connection));
        return out;
    }
    if (type == QLatin1String("MAIL")) {
        proxy("ProxyType");
        for (const char* key : {"mail.smtp.host", "mail.smtp.port", "mail.imap.host",
                                "mail.pop3.host", "mail.user"})
            out.append(field(key, QByteArrayView(key).endsWith("port") ? K::Number : K::Text,
                             G::Connection));
        out.append(field("mail.password", K::Secret, G::Connection));
        out.append(field("mail.smtp.starttls.enable", K::Flag, G::Connection, kFlag));
        return out;
    }
    if (type == QLatin1String("TCP")) {
        out.append(field("URL", K::Text, G::Connection)); // host:port
        proxy("ProxyType");
        return out;
    }
    out.append(field("URL", K::Url, G::Connection));
    proxy("ProxyType");
    if (type == QLatin1String("HTTP") && !onPremise) {
        out.append(field("TrustStoreLocation", K::Certificate, G::Connection));
        out.append(field("TrustStorePassword", K::Secret, G::Connection));
    }
    return out;
}

} // namespace

QStringList authenticationsFor(const QString& type)
{
    if (type == QLatin1String("HTTP"))
        return knownAuthenticationTypes();
    if (type == QLatin1String("LDAP"))
        return {QStringLiteral("NoAuthentication"), QStringLiteral("BasicAuthentication")};
    return {};
}

QStringList proxyTypesFor(const QString& type)
{
    if (type == QLatin1String("HTTP"))
        return knownProxyTypes();
    return {QStringLiteral("Internet"), QStringLiteral("OnPremise")};
}

QList<FieldSpec> fieldsFor(const QString& type, const QString& proxyType,
                           const QString& authentication)
{
    QList<FieldSpec> out{field("Name", K::Text, G::Connection),
                         field("Type", K::Choice, G::Connection, knownDestinationTypes()),
                         field("Description", K::Text, G::Connection)};
    out += connectionFields(type, proxyType);
    const QStringList authentications = authenticationsFor(type);
    if (!authentications.isEmpty()) {
        out.append(field("Authentication", K::Choice, G::Authentication, authentications));
        if (type == QLatin1String("LDAP") && authentication == QLatin1String("BasicAuthentication"))
            out += {field("User"), field("Password", K::Secret)};
        else if (type == QLatin1String("HTTP"))
            out += authenticationFields(authentication);
    }
    const QStringList required = requiredDestinationProperties(type, authentication);
    for (FieldSpec& spec : out)
        spec.required = required.contains(spec.key);
    return out;
}

const QStringList& formKeys()
{
    static const QStringList keys = [] {
        QStringList all;
        for (const QString& type : knownDestinationTypes())
            for (const QString& proxy : proxyTypesFor(type)) {
                QStringList auths = authenticationsFor(type);
                if (auths.isEmpty())
                    auths.append(QString());
                for (const QString& auth : auths)
                    for (const FieldSpec& spec : fieldsFor(type, proxy, auth))
                        if (!all.contains(spec.key))
                            all.append(spec.key);
            }
        return all;
    }();
    return keys;
}

bool isFormKey(const QString& key)
{
    return formKeys().contains(key);
}

} // namespace gh::destinations
