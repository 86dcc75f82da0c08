#include "app/crypto/DistinguishedName.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringDecoder>

#include <openssl/objects.h>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::DistinguishedName)
};
} // namespace

namespace {

const QString kField = QStringLiteral("DistinguishedName");

// The attribute types a DN typed by a person may use, by name. Dotted OIDs are accepted too.
constexpr int kKnownAttributes[] = {
    NID_commonName,
    NID_countryName,
    NID_localityName,
    NID_stateOrProvinceName,
    NID_organizationName,
    NID_organizationalUnitName,
    NID_streetAddress,
    NID_domainComponent,
    NID_userId,
    NID_pkcs9_emailAddress,
    NID_serialNumber,
    NID_title,
    NID_surname,
    NID_givenName,
    NID_initials,
    NID_pseudonym,
    NID_generationQualifier,
    NID_dnQualifier,
    NID_postalCode,
    NID_businessCategory,
    NID_name,
    NID_description,
    NID_organizationIdentifier,
};

bool isDottedOid(QByteArrayView text)
{
    if (text.isEmpty() || text.front() == '.' || text.back() == '.')
        return false;
    for (char c : text) {
        if (c != '.' && (c < '0' || c > '9'))
            return false;
    }
    return text.contains('.');
}

// Canonical type for what the user wrote: OpenSSL's short name ("CN") or a dotted OID.
// Returns an empty string for an unknown type.
bool isKnownAttribute(int nid)
{
    return std::find(std::begin(kKnownAttributes), std::end(kKnownAttributes), nid) != std::end(kKnownAttributes);
}

QString canonicalType(QByteArrayView typed)
{
    if (isDottedOid(typed)) {
        const QByteArray oid = typed.toByteArray();
        ASN1_OBJECT* object = OBJ_txt2obj(oid.constData(), 1);
        if (!object) {
            clearOpenSslErrors();
            return {};
        }
        const int nid = OBJ_obj2nid(object);
        ASN1_OBJECT_free(object);
        // Types outside our list keep their OID, so that toString() parses back to the same name.
        return isKnownAttribute(nid) ? QString::fromUtf8(OBJ_nid2sn(nid)) : QString::fromUtf8(oid);
    }
    const QString name = QString::fromUtf8(typed);
    // Aliases seen in the wild (Windows, Java) that OpenSSL does not know.
    if (name.compare(QLatin1String("E"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("EMAIL"), Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(OBJ_nid2sn(NID_pkcs9_emailAddress));
    if (name.compare(QLatin1String("S"), Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(OBJ_nid2sn(NID_stateOrProvinceName));
    for (int nid : kKnownAttributes) {
        const QLatin1String shortName(OBJ_nid2sn(nid));
        const QLatin1String longName(OBJ_nid2ln(nid));
        if (name.compare(shortName, Qt::CaseInsensitive) == 0 ||
            name.compare(longName, Qt::CaseInsensitive) == 0)
            return QString(shortName);
    }
    return {};
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

Error parseError(const QString& message)
{
    return Error::validation(kField, message);
}

} // namespace

Result<DistinguishedName> DistinguishedName::parse(const QString& text)
{
    // All syntax characters are ASCII, so parsing the UTF-8 bytes is safe and lets \XX escapes
    // produce multi-byte characters naturally.
    const QByteArray input = text.toUtf8();
    const qsizetype n = input.size();
    qsizetype pos = 0;
    const auto skipSpaces = [&] {
        while (pos < n && isSpace(input.at(pos)))
            ++pos;
    };

    QList<Attribute> attributes;
    bool joinToPrevious = false; // the separator before this attribute was '+'
    skipSpaces();
    if (pos == n)
        return DistinguishedName();

    while (true) {
        // Attribute type, up to '='.
        skipSpaces();
        const qsizetype typeStart = pos;
        while (pos < n && input.at(pos) != '=' && input.at(pos) != ',' && input.at(pos) != '+')
            ++pos;
        const QByteArray typed = input.mid(typeStart, pos - typeStart).trimmed();
        if (pos == n || input.at(pos) != '=') {
            if (typed.isEmpty())
                return parseError(Tr::tr("an attribute is missing before or after a separator"));
            return parseError(
                Tr::tr("expected \"=\" after attribute \"%1\"").arg(QString::fromUtf8(typed)));
        }
        if (typed.isEmpty())
            return parseError(Tr::tr("an attribute type is missing before \"=\""));
        const QString type = canonicalType(typed);
        if (type.isEmpty())
            return parseError(Tr::tr("unknown attribute \"%1\"").arg(QString::fromUtf8(typed)));
        ++pos; // '='

        // Attribute value, up to an unescaped ',' or '+'.
        skipSpaces();
        if (pos < n && input.at(pos) == '#')
            return parseError(Tr::tr("attribute %1: hex-encoded (#...) values are not "
                                     "supported; escape a leading '#' as \\#")
                                  .arg(type));
        QByteArray value;
        qsizetype keep = 0; // length of value without trailing unescaped spaces
        while (pos < n && input.at(pos) != ',' && input.at(pos) != '+') {
            const char c = input.at(pos);
            if (c == '\\') {
                if (pos + 1 >= n)
                    return parseError(Tr::tr("attribute %1: the value ends with a lone "
                                             "backslash")
                                          .arg(type));
                const int high = hexDigit(input.at(pos + 1));
                const int low = pos + 2 < n ? hexDigit(input.at(pos + 2)) : -1;
                if (high >= 0 && low >= 0) {
                    value.append(static_cast<char>(high * 16 + low));
                    pos += 3;
                } else if (QByteArrayView(",+\"\\<>;#= ").contains(input.at(pos + 1))) {
                    value.append(input.at(pos + 1));
                    pos += 2;
                } else {
                    return parseError(Tr::tr("attribute %1: invalid escape \"\\%2\"")
                                          .arg(type, QChar::fromLatin1(input.at(pos + 1))));
                }
                keep = value.size();
                continue;
            }
            if (c == '"' || c == '<' || c == '>' || c == ';')
                return parseError(Tr::tr("attribute %1: the character '%2' must be "
                                         "escaped with a backslash")
                                      .arg(type, QChar::fromLatin1(c)));
            value.append(c);
            if (!isSpace(c))
                keep = value.size();
            ++pos;
        }
        value.truncate(keep);
        if (value.isEmpty())
            return parseError(Tr::tr("attribute %1 has an empty value").arg(type));

        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = decoder(value);
        if (decoder.hasError())
            return parseError(
                Tr::tr("attribute %1: the escaped value is not valid UTF-8").arg(type));
        attributes.append({type, std::move(decoded), joinToPrevious});

        if (pos == n)
            break;
        joinToPrevious = input.at(pos) == '+';
        ++pos; // ',' or '+'
        skipSpaces();
        if (pos == n)
            return parseError(Tr::tr("the name ends with a separator"));
    }

    DistinguishedName dn(std::move(attributes));
    // Let OpenSSL check lengths and character sets (C is two letters, CN at most 64, ...).
    const Result<X509NamePtr> check = dn.toX509Name();
    if (!check)
        return check.error();
    return dn;
}

DistinguishedName DistinguishedName::fromX509Name(const X509_NAME* name)
{
    DistinguishedName dn;
    if (!name)
        return dn;
    const int count = X509_NAME_entry_count(name);
    // X509_NAME holds the least specific RDN first; walk it backwards for RFC 4514 order.
    for (int i = count - 1; i >= 0; --i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT* object = X509_NAME_ENTRY_get_object(entry);
        const ASN1_STRING* data = X509_NAME_ENTRY_get_data(entry);

        Attribute attribute;
        const int nid = OBJ_obj2nid(object);
        if (isKnownAttribute(nid)) {
            attribute.type = QString::fromUtf8(OBJ_nid2sn(nid));
        } else { // written as its OID, which parse() reads back (jurisdictionC, unstructuredName …)
            char oid[128] = {};
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            attribute.type = QString::fromUtf8(oid);
        }

        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, data);
        if (length >= 0) {
            attribute.value = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
            OPENSSL_free(utf8);
        } else {
            clearOpenSslErrors();
            const QByteArray raw(reinterpret_cast<const char*>(ASN1_STRING_get0_data(data)),
                                 ASN1_STRING_length(data));
            attribute.value = QLatin1Char('#') + QString::fromLatin1(raw.toHex());
        }
        attribute.sameRdnAsPrevious =
            i + 1 < count &&
            X509_NAME_ENTRY_set(X509_NAME_get_entry(name, i + 1)) == X509_NAME_ENTRY_set(entry);
        dn.m_attributes.append(std::move(attribute));
    }
    return dn;
}

Result<X509NamePtr> DistinguishedName::toX509Name() const
{
    X509NamePtr name(X509_NAME_new());
    if (!name)
        return openSslError(Error::Kind::Crypto, Tr::tr("creating a distinguished name"));
    for (qsizetype k = m_attributes.size() - 1; k >= 0; --k) {
        const Attribute& attribute = m_attributes.at(k);
        const QByteArray type = attribute.type.toUtf8();
        const QByteArray value = attribute.value.toUtf8();
        // Added after attribute k+1; same RDN if k+1 was written as "...+type=value".
        const bool joined = k + 1 < m_attributes.size() && m_attributes.at(k + 1).sameRdnAsPrevious;
        ASN1_OBJECT* object = OBJ_txt2obj(type.constData(), 0);
        const bool added = object && X509_NAME_add_entry_by_OBJ(
                                         name.get(), object, MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char*>(value.constData()),
                                         static_cast<int>(value.size()), -1, joined ? -1 : 0) == 1;
        ASN1_OBJECT_free(object);
        if (!added) {
            Error error =
                openSslError(Error::Kind::Validation, Tr::tr("attribute %1").arg(attribute.type));
            error.field = kField;
            return error;
        }
    }
    return name;
}

QString DistinguishedName::toString() const
{
    QString result;
    for (qsizetype k = 0; k < m_attributes.size(); ++k) {
        const Attribute& attribute = m_attributes.at(k);
        if (k > 0)
            result += attribute.sameRdnAsPrevious ? QLatin1Char('+') : QLatin1Char(',');
        result += attribute.type + QLatin1Char('=') + escapeValue(attribute.value);
    }
    return result;
}

QString DistinguishedName::value(const QString& type) const
{
    for (const Attribute& attribute : m_attributes) {
        if (attribute.type.compare(type, Qt::CaseInsensitive) == 0)
            return attribute.value;
    }
    return {};
}

DistinguishedName& DistinguishedName::append(QString type, QString value)
{
    m_attributes.append({std::move(type), std::move(value), false});
    return *this;
}

QString DistinguishedName::escapeValue(const QString& value)
{
    // Mirrors OpenSSL's do_esc_char() with ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL.
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        const bool first = i == 0;
        const bool last = i == value.size() - 1;
        if (u < 0x20 || u == 0x7f) {
            escaped += QStringLiteral("\\%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
        } else if (u == ',' || u == '+' || u == '"' || u == '\\' || u == '<' || u == '>' ||
                   u == ';' || (first && (u == '#' || u == ' ')) || (last && u == ' ')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else {
            escaped += c;
        }
    }
    return escaped;
}

} // namespace gh::crypto
