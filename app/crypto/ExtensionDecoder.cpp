// CertificateDetails::describeExtension: X.509 v3 extensions as text for people. The wording
// follows OpenSSL's `x509 -text` where it is clear ("Digital Signature", "CA:TRUE", "DNS:...",
// "OCSP - URI:..."), so that values can be compared with what other tools show.

#include "app/crypto/CertificateDetails.h"
#include "app/crypto/OpenSsl.h"

#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace gh::crypto {

namespace {

struct ItemDeleter
{
    const ASN1_ITEM* item = nullptr;
    void operator()(void* value) const { ASN1_item_free(static_cast<ASN1_VALUE*>(value), item); }
};
template<class T> using Decoded = std::unique_ptr<T, ItemDeleter>;

// Decodes `der` as `item`; null if it is not exactly one such value.
template<class T> Decoded<T> decodeAs(const QByteArray& der, const ASN1_ITEM* item)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* cursor = begin;
    ASN1_VALUE* value = ASN1_item_d2i(nullptr, &cursor, static_cast<long>(der.size()), item);
    if (value && cursor != begin + der.size()) {
        ASN1_item_free(value, item);
        value = nullptr;
    }
    return Decoded<T>(static_cast<T*>(static_cast<void*>(value)), ItemDeleter{item});
}

QString hexText(const unsigned char* bytes, int length)
{
    if (!bytes || length <= 0)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(bytes), length).toHex(':').toUpper());
}

QString hexText(const ASN1_STRING* string)
{
    return string ? hexText(ASN1_STRING_get0_data(string), ASN1_STRING_length(string)) : QString();
}

// IA5String and friends, byte for byte.
QString asciiText(const ASN1_STRING* string)
{
    if (!string)
        return {};
    return QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)),
                               ASN1_STRING_length(string));
}

// Any string type (BMPString, UTF8String, ...) converted to UTF-8 by OpenSSL.
QString stringText(const ASN1_STRING* string)
{
    if (!string)
        return {};
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    if (length < 0) {
        clearOpenSslErrors();
        return hexText(string);
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

// Long name if OpenSSL knows the object ("TLS Web Server Authentication"), else dotted OID.
QString objectText(const ASN1_OBJECT* object)
{
    char text[256] = {};
    OBJ_obj2txt(text, sizeof text, object, 0);
    return QString::fromLatin1(text);
}

QString oidText(const ASN1_OBJECT* object)
{
    char text[256] = {};
    OBJ_obj2txt(text, sizeof text, object, 1);
    return QString::fromLatin1(text);
}

QString nameText(const X509_NAME* name)
{
    return DistinguishedName::fromX509Name(name).toString();
}

QString generalNameText(const GENERAL_NAME* name, bool inNameConstraints = false)
{
    switch (name->type) {
    case GEN_OTHERNAME: {
        const OTHERNAME* other = name->d.otherName;
        const int nid = OBJ_obj2nid(other->type_id);
        const QString type = nid == NID_ms_upn ? QStringLiteral("UPN") : objectText(other->type_id);
        QString value;
        const ASN1_TYPE* any = other->value;
        switch (any ? any->type : -1) {
        case V_ASN1_UTF8STRING:
        case V_ASN1_IA5STRING:
        case V_ASN1_PRINTABLESTRING:
        case V_ASN1_BMPSTRING:
        case V_ASN1_VISIBLESTRING:
            value = stringText(any->value.asn1_string);
            break;
        default: {
            unsigned char* der = nullptr;
            const int length = any ? i2d_ASN1_TYPE(any, &der) : -1;
            value = QLatin1Char('#') + hexText(der, length).remove(QLatin1Char(':'));
            OPENSSL_free(der);
            break;
        }
        }
        return QStringLiteral("othername:") + type + QLatin1Char(':') + value;
    }
    case GEN_EMAIL:
        return QStringLiteral("email:") + asciiText(name->d.rfc822Name);
    case GEN_DNS:
        return QStringLiteral("DNS:") + asciiText(name->d.dNSName);
    case GEN_X400:
        return QStringLiteral("X400Name:") + hexText(name->d.x400Address);
    case GEN_DIRNAME:
        return QStringLiteral("DirName:") + nameText(name->d.directoryName);
    case GEN_EDIPARTY: {
        const EDIPARTYNAME* edi = name->d.ediPartyName;
        QString text = QStringLiteral("EdiPartyName:");
        if (edi->nameAssigner)
            text += stringText(edi->nameAssigner) + QLatin1Char('/');
        return text + stringText(edi->partyName);
    }
    case GEN_URI:
        return QStringLiteral("URI:") + asciiText(name->d.uniformResourceIdentifier);
    case GEN_IPADD: {
        const ASN1_OCTET_STRING* address = name->d.iPAddress;
        const unsigned char* bytes = ASN1_STRING_get0_data(address);
        const int length = ASN1_STRING_length(address);
        if (inNameConstraints && (length == 8 || length == 32))
            return QStringLiteral("IP:") + ipAddressText(bytes, length / 2) + QLatin1Char('/') +
                   ipAddressText(bytes + length / 2, length / 2);
        return QStringLiteral("IP:") + ipAddressText(bytes, length);
    }
    case GEN_RID:
        return QStringLiteral("RID:") + objectText(name->d.registeredID);
    default:
        return QStringLiteral("unknown name type %1").arg(name->type);
    }
}

QStringList generalNamesText(const GENERAL_NAMES* names, bool inNameConstraints = false)
{
    QStringList items;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i)
        items.append(generalNameText(sk_GENERAL_NAME_value(names, i), inNameConstraints));
    return items;
}

QStringList bitNames(const ASN1_BIT_STRING* bits, std::initializer_list<const char*> names,
                     int firstBit = 0)
{
    QStringList items;
    int bit = firstBit;
    for (const char* name : names) {
        if (ASN1_BIT_STRING_get_bit(bits, bit))
            items.append(QString::fromLatin1(name));
        ++bit;
    }
    return items;
}

QStringList keyUsageItems(const QByteArray& der, bool& ok)
{
    auto bits = decodeAs<ASN1_BIT_STRING>(der, ASN1_ITEM_rptr(ASN1_BIT_STRING));
    ok = bool(bits);
    if (!bits)
        return {};
    return bitNames(bits.get(), {"Digital Signature", "Non Repudiation", "Key Encipherment",
                                 "Data Encipherment", "Key Agreement", "Certificate Sign",
                                 "CRL Sign", "Encipher Only", "Decipher Only"});
}

QStringList crlReasons(const ASN1_BIT_STRING* reasons)
{
    return bitNames(reasons,
                    {"keyCompromise", "cACompromise", "affiliationChanged", "superseded",
                     "cessationOfOperation", "certificateHold", "privilegeWithdrawn",
                     "aACompromise"},
                    1);
}

QString relativeNameText(const STACK_OF(X509_NAME_ENTRY) * entries)
{
    X509NamePtr name(X509_NAME_new());
    for (int i = 0; name && i < sk_X509_NAME_ENTRY_num(entries); ++i)
        X509_NAME_add_entry(name.get(), sk_X509_NAME_ENTRY_value(entries, i), -1, i ? 0 : -1);
    return name ? nameText(name.get()) : QString();
}

QStringList crlDistributionPointItems(const QByteArray& der, bool& ok)
{
    auto points = decodeAs<CRL_DIST_POINTS>(der, ASN1_ITEM_rptr(CRL_DIST_POINTS));
    ok = bool(points);
    QStringList items;
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        QStringList parts;
        if (const DIST_POINT_NAME* name = point->distpoint) {
            if (name->type == 0)
                parts.append(generalNamesText(name->name.fullname).join(QStringLiteral(", ")));
            else
                parts.append(QStringLiteral("RelativeName:") +
                             relativeNameText(name->name.relativename));
        }
        if (point->reasons)
            parts.append(QStringLiteral("Reasons: ") +
                         crlReasons(point->reasons).join(QStringLiteral(", ")));
        if (point->CRLissuer)
            parts.append(QStringLiteral("CRL Issuer: ") +
                         generalNamesText(point->CRLissuer).join(QStringLiteral(", ")));
        items.append(parts.join(QStringLiteral("; ")));
    }
    return items;
}

QStringList authorityInfoAccessItems(const QByteArray& der, bool& ok)
{
    auto access = decodeAs<AUTHORITY_INFO_ACCESS>(der, ASN1_ITEM_rptr(AUTHORITY_INFO_ACCESS));
    ok = bool(access);
    QStringList items;
    for (int i = 0; access && i < sk_ACCESS_DESCRIPTION_num(access.get()); ++i) {
        const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(access.get(), i);
        const int nid = OBJ_obj2nid(description->method);
        const QString method = nid == NID_ad_OCSP         ? QStringLiteral("OCSP")
                               : nid == NID_ad_ca_issuers ? QStringLiteral("CA Issuers")
                                                          : objectText(description->method);
        items.append(method + QStringLiteral(" - ") + generalNameText(description->location));
    }
    return items;
}

QString userNoticeText(const USERNOTICE* notice)
{
    QStringList parts;
    if (notice->noticeref) {
        QStringList numbers;
        for (int i = 0; i < sk_ASN1_INTEGER_num(notice->noticeref->noticenos); ++i)
            numbers.append(QString::number(
                ASN1_INTEGER_get(sk_ASN1_INTEGER_value(notice->noticeref->noticenos, i))));
        parts.append(QStringLiteral("Organization: ") +
                     stringText(notice->noticeref->organization));
        parts.append(QStringLiteral("Number(s): ") + numbers.join(QStringLiteral(", ")));
    }
    if (notice->exptext)
        parts.append(QStringLiteral("Explicit Text: ") + stringText(notice->exptext));
    return QStringLiteral("User Notice: ") + parts.join(QStringLiteral(", "));
}

QStringList certificatePolicyItems(const QByteArray& der, bool& ok)
{
    auto policies = decodeAs<CERTIFICATEPOLICIES>(der, ASN1_ITEM_rptr(CERTIFICATEPOLICIES));
    ok = bool(policies);
    QStringList items;
    for (int i = 0; policies && i < sk_POLICYINFO_num(policies.get()); ++i) {
        const POLICYINFO* policy = sk_POLICYINFO_value(policies.get(), i);
        QStringList qualifiers;
        for (int j = 0; j < sk_POLICYQUALINFO_num(policy->qualifiers); ++j) {
            const POLICYQUALINFO* qualifier = sk_POLICYQUALINFO_value(policy->qualifiers, j);
            switch (OBJ_obj2nid(qualifier->pqualid)) {
            case NID_id_qt_cps:
                qualifiers.append(QStringLiteral("CPS: ") + asciiText(qualifier->d.cpsuri));
                break;
            case NID_id_qt_unotice:
                qualifiers.append(userNoticeText(qualifier->d.usernotice));
                break;
            default:
                qualifiers.append(objectText(qualifier->pqualid));
                break;
            }
        }
        QString item = QStringLiteral("Policy: ") + objectText(policy->policyid);
        if (!qualifiers.isEmpty())
            item += QStringLiteral(" (") + qualifiers.join(QStringLiteral("; ")) + QLatin1Char(')');
        items.append(item);
    }
    return items;
}

QStringList nameConstraintItems(const QByteArray& der, bool& ok)
{
    auto constraints = decodeAs<NAME_CONSTRAINTS>(der, ASN1_ITEM_rptr(NAME_CONSTRAINTS));
    ok = bool(constraints);
    QStringList items;
    if (!constraints)
        return items;
    const auto add = [&](const STACK_OF(GENERAL_SUBTREE) * subtrees, const QString& label) {
        for (int i = 0; i < sk_GENERAL_SUBTREE_num(subtrees); ++i)
            items.append(label +
                         generalNameText(sk_GENERAL_SUBTREE_value(subtrees, i)->base, true));
    };
    add(constraints->permittedSubtrees, QStringLiteral("Permitted: "));
    add(constraints->excludedSubtrees, QStringLiteral("Excluded: "));
    return items;
}

QStringList authorityKeyIdItems(const QByteArray& der, bool& ok)
{
    auto id = decodeAs<AUTHORITY_KEYID>(der, ASN1_ITEM_rptr(AUTHORITY_KEYID));
    ok = bool(id);
    QStringList items;
    if (!id)
        return items;
    if (id->keyid)
        items.append(QStringLiteral("keyid:") + hexText(id->keyid));
    for (const QString& issuer : generalNamesText(id->issuer))
        items.append(issuer);
    if (id->serial)
        items.append(QStringLiteral("serial:") + hexText(id->serial));
    return items;
}

// Anything else OpenSSL can print, as one line per printed line.
QStringList printedItems(X509_EXTENSION* extension, bool& ok)
{
    ok = false;
    if (!X509V3_EXT_get(extension))
        return {};
    BioPtr bio = writableBio();
    if (!bio || X509V3_EXT_print(bio.get(), extension, X509V3_EXT_DEFAULT, 0) != 1)
        return {};
    QStringList items;
    for (const QByteArray& line : bioToByteArray(bio.get()).split('\n')) {
        if (!line.trimmed().isEmpty())
            items.append(QString::fromUtf8(line.trimmed()));
    }
    ok = !items.isEmpty();
    return items;
}

} // namespace

ExtensionDetails CertificateDetails::describeExtension(const X509_EXTENSION* extension)
{
    ExtensionDetails details;
    if (!extension)
        return details;
    OpenSslErrorScope scope; // broken extensions are shown as hex, not reported
    const ASN1_OBJECT* object = X509_EXTENSION_get_object(const_cast<X509_EXTENSION*>(extension));
    const int nid = OBJ_obj2nid(object);
    details.oid = oidText(object);
    if (nid != NID_undef) {
        details.shortName = QString::fromLatin1(OBJ_nid2sn(nid));
        details.longName = QString::fromLatin1(OBJ_nid2ln(nid));
    }
    details.critical = X509_EXTENSION_get_critical(extension) == 1;
    const ASN1_OCTET_STRING* data = X509_EXTENSION_get_data(const_cast<X509_EXTENSION*>(extension));
    details.rawValue = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)),
                                  ASN1_STRING_length(data));

    bool ok = false;
    QString separator = QStringLiteral(", ");
    const QByteArray& der = details.rawValue;
    switch (nid) {
    case NID_subject_alt_name:
    case NID_issuer_alt_name: {
        auto names = decodeAs<GENERAL_NAMES>(der, ASN1_ITEM_rptr(GENERAL_NAMES));
        ok = bool(names);
        if (names)
            details.items = generalNamesText(names.get());
        break;
    }
    case NID_key_usage:
        details.items = keyUsageItems(der, ok);
        break;
    case NID_ext_key_usage: {
        auto usages = decodeAs<EXTENDED_KEY_USAGE>(der, ASN1_ITEM_rptr(EXTENDED_KEY_USAGE));
        ok = bool(usages);
        for (int i = 0; usages && i < sk_ASN1_OBJECT_num(usages.get()); ++i)
            details.items.append(objectText(sk_ASN1_OBJECT_value(usages.get(), i)));
        break;
    }
    case NID_basic_constraints: {
        auto constraints = decodeAs<BASIC_CONSTRAINTS>(der, ASN1_ITEM_rptr(BASIC_CONSTRAINTS));
        ok = bool(constraints);
        if (constraints) {
            details.items.append(constraints->ca ? QStringLiteral("CA:TRUE")
                                                 : QStringLiteral("CA:FALSE"));
            if (constraints->pathlen)
                details.items.append(
                    QStringLiteral("pathlen:%1").arg(ASN1_INTEGER_get(constraints->pathlen)));
        }
        break;
    }
    case NID_subject_key_identifier: {
        auto id = decodeAs<ASN1_OCTET_STRING>(der, ASN1_ITEM_rptr(ASN1_OCTET_STRING));
        ok = bool(id);
        if (id)
            details.items.append(hexText(id.get()));
        break;
    }
    case NID_authority_key_identifier:
        details.items = authorityKeyIdItems(der, ok);
        break;
    case NID_crl_distribution_points:
        details.items = crlDistributionPointItems(der, ok);
        separator = QStringLiteral(" | ");
        break;
    case NID_info_access:
        details.items = authorityInfoAccessItems(der, ok);
        break;
    case NID_certificate_policies:
        details.items = certificatePolicyItems(der, ok);
        separator = QStringLiteral(" | ");
        break;
    case NID_name_constraints:
        details.items = nameConstraintItems(der, ok);
        break;
    default:
        details.items = printedItems(const_cast<X509_EXTENSION*>(extension), ok);
        separator = QStringLiteral("; ");
        break;
    }
    details.decoded = ok;
    if (!ok)
        details.items = QStringList{hexText(data)};
    details.value = details.items.join(separator);
    return details;
}

} // namespace gh::crypto
