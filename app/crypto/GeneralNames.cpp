#include "app/crypto/GeneralNames.h"

#include <QCoreApplication>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::GeneralNames)
};
} // namespace

namespace {

// Appends a GENERAL_NAME of `type` holding `value`, taking ownership of `value` either way.
bool pushName(GENERAL_NAMES* names, int type, ASN1_STRING* value)
{
    GENERAL_NAME* name = value ? GENERAL_NAME_new() : nullptr;
    if (!name) {
        ASN1_STRING_free(value);
        return false;
    }
    GENERAL_NAME_set0_value(name, type, value);
    if (sk_GENERAL_NAME_push(names, name) <= 0) {
        GENERAL_NAME_free(name);
        return false;
    }
    return true;
}

ASN1_STRING* ia5(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    ASN1_IA5STRING* value = ASN1_IA5STRING_new();
    if (value && ASN1_STRING_set(value, bytes.constData(), static_cast<int>(bytes.size())) != 1) {
        ASN1_IA5STRING_free(value);
        return nullptr;
    }
    return value;
}

} // namespace

Result<GeneralNamesPtr> subjectAltNames(const QStringList& dnsNames, const QStringList& ipAddresses,
                                        const QStringList& emails, const QString& context)
{
    if (dnsNames.isEmpty() && ipAddresses.isEmpty() && emails.isEmpty())
        return GeneralNamesPtr();
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return openSslError(Error::Kind::Crypto, context);
    for (const QString& dns : dnsNames) {
        if (!isPlainAscii(dns, QLatin1String(".-*_")))
            return Error::validation(QStringLiteral("DnsNames"),
                                     Tr::tr("invalid DNS name \"%1\"").arg(dns));
        if (!pushName(names.get(), GEN_DNS, ia5(dns)))
            return openSslError(Error::Kind::Crypto, context);
    }
    for (const QString& ip : ipAddresses) {
        const QByteArray text = ip.trimmed().toLatin1();
        ASN1_OCTET_STRING* address = a2i_IPADDRESS(text.constData());
        if (!address) {
            clearOpenSslErrors();
            return Error::validation(QStringLiteral("IpAddresses"),
                                     Tr::tr("invalid IP address \"%1\"").arg(ip));
        }
        if (!pushName(names.get(), GEN_IPADD, address))
            return openSslError(Error::Kind::Crypto, context);
    }
    for (const QString& mail : emails) {
        if (!isPlainAscii(mail, QLatin1String(".-_+@!#$%&'*/=?^`{|}~")) || !mail.contains(QLatin1Char('@')))
            return Error::validation(QStringLiteral("Emails"),
                                     Tr::tr("invalid e-mail address \"%1\"").arg(mail));
        if (!pushName(names.get(), GEN_EMAIL, ia5(mail)))
            return openSslError(Error::Kind::Crypto, context);
    }
    return names;
}

} // namespace gh::crypto
