#pragma once

#include "app/crypto/OpenSsl.h"
#include "app/domain/Result.h"

#include <QList>
#include <QString>

namespace gh::crypto {

// An X.500 distinguished name as an ordered list of attributes, kept in RFC 4514 string order:
// most specific first, as in "CN=host,O=Acme,C=DE". (Inside an X509_NAME the order is the
// reverse: C, O, CN; the conversions below take care of that.)
class DistinguishedName
{
public:
    struct Attribute
    {
        QString type;  // OpenSSL short name ("CN", "O", "emailAddress") or a dotted OID
        QString value; // the decoded value, no escaping
        // True if this attribute shares its RDN with the one before it ("A=1+B=2": B is true).
        bool sameRdnAsPrevious = false;

        friend bool operator==(const Attribute&, const Attribute&) = default;
    };

    DistinguishedName() = default;
    explicit DistinguishedName(QList<Attribute> attributes) : m_attributes(std::move(attributes)) {}

    // Parses an RFC 4514 string: "CN=x, O=y, C=DE". Spaces around ',', '+' and '=' are ignored;
    // values may escape ,+"\<>;#= and spaces with a backslash or any byte as \XX (hex). Types
    // are the usual short or long names (case-insensitive) or dotted OIDs. Unknown types, empty
    // values, malformed escapes and countries that are not two letters are Validation errors on
    // field "DistinguishedName" whose message names the attribute. An empty string yields an
    // empty name.
    static Result<DistinguishedName> parse(const QString& text);

    // Reads an X509_NAME (never fails: undecodable values come back as "#<hex of the DER>").
    static DistinguishedName fromX509Name(const X509_NAME* name);

    // Builds an X509_NAME (C as PrintableString, everything else as UTF8String).
    Result<X509NamePtr> toX509Name() const;

    // RFC 2253/4514 string as OpenSSL prints it with XN_FLAG_RFC2253, most specific first and
    // without spaces: "CN=x,O=y,C=DE". Non-ASCII characters are kept as they are rather than
    // escaped as \XX, so the string is fit for display.
    QString toString() const;

    QString commonName() const { return value(QStringLiteral("CN")); }
    // The first value of attribute `type` (a short name, e.g. "O"), or an empty string.
    QString value(const QString& type) const;

    const QList<Attribute>& attributes() const { return m_attributes; }
    bool isEmpty() const { return m_attributes.isEmpty(); }
    qsizetype size() const { return m_attributes.size(); }

    // Appends an attribute as a new RDN (no validation; toX509Name() checks the type).
    DistinguishedName& append(QString type, QString value);

    friend bool operator==(const DistinguishedName&, const DistinguishedName&) = default;

    // Escapes one attribute value as RFC 4514 (and OpenSSL's XN_FLAG_RFC2253) require.
    static QString escapeValue(const QString& value);

private:
    QList<Attribute> m_attributes;
};

} // namespace gh::crypto
