#include "app/crypto/CertificateDetails.h"

#include "app/crypto/OpenSsl.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/objects.h>

#include <algorithm>
#include <vector>

namespace gh::crypto {

namespace {

QString oidText(const ASN1_OBJECT* object)
{
    char text[128] = {};
    if (object)
        OBJ_obj2txt(text, sizeof text, object, 1);
    return QString::fromLatin1(text);
}

QString isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1 || date.year() > 9999 || clock.msec() != 0)
        return utc.toString(Qt::ISODate);
    // What toString(Qt::ISODate) writes for whole seconds in UTC, without its locale-free but
    // general-purpose formatter: "2030-01-01T00:00:00Z".
    char text[21];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, clock.hour(), 2);
    text[13] = ':';
    put(14, clock.minute(), 2);
    text[16] = ':';
    put(17, clock.second(), 2);
    text[19] = 'Z';
    text[20] = '\0';
    return QString::fromLatin1(text, 20);
}

// One member of a JSON object as toIndentedJson() writes it.
struct JsonMember
{
    enum class Kind { String, Integer, Extensions };
    QString key;
    Kind kind = Kind::String;
    QString text;
    qint64 number = 0;
};

void appendSpaces(QByteArray& out, int level)
{
    out.append(static_cast<qsizetype>(4) * level, ' ');
}

// A JSON string as QJsonDocument writes it: printable ASCII as it is; anything that needs
// escaping (quotes, backslashes, control and non-ASCII characters) through Qt's own writer, so
// that the bytes are the same by construction.
void appendJsonString(QByteArray& out, const QString& text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char* cursor = out.data() + start;
    *cursor++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
            out.truncate(start);
            const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            out += QByteArrayView(array).sliced(1, array.size() - 2); // inside "[...]"
            return;
        }
        *cursor++ = static_cast<char>(u);
    }
    *cursor = '"';
}

} // namespace

CertificateDetails CertificateDetails::of(const Certificate& certificate, Fields fields)
{
    const bool all = fields == Fields::All;
    CertificateDetails details;
    const X509* x509 = certificate.fields(); // the key itself is not needed
    if (!x509)
        return details;
    OpenSslErrorScope scope;

    details.version = certificate.version();
    details.serialHex = certificate.serialHex();
    details.serialDecimal = certificate.serialDecimal();
    if (all) {
        details.subject = certificate.subject();
        details.issuer = certificate.issuer();
    }
    details.subjectDN = certificate.subjectDN();
    details.issuerDN = certificate.issuerDN();
    details.notBefore = certificate.notBefore();
    details.notAfter = certificate.notAfter();
    details.keyType = certificate.keyType();
    details.keySize = certificate.keySize();
    details.ellipticCurve = certificate.ellipticCurve();
    details.signatureAlgorithm = certificate.signatureAlgorithm();

    X509_PUBKEY* publicKey = all ? X509_get_X509_PUBKEY(x509) : nullptr;
    if (publicKey) {
        ASN1_OBJECT* algorithm = nullptr;
        if (X509_PUBKEY_get0_param(&algorithm, nullptr, nullptr, nullptr, publicKey) == 1)
            details.publicKeyAlgorithmOid = oidText(algorithm);
        if (const auto der = derOf(i2d_X509_PUBKEY, publicKey))
            details.publicKeySha256 =
                QString::fromLatin1(QCryptographicHash::hash(*der, QCryptographicHash::Sha256).toHex(':').toUpper());
    }
    const X509_ALGOR* signature = nullptr;
    X509_get0_signature(nullptr, &signature, x509);
    if (signature) {
        const ASN1_OBJECT* object = nullptr;
        X509_ALGOR_get0(&object, nullptr, nullptr, signature);
        details.signatureAlgorithmOid = oidText(object);
    }

    for (int i = 0; i < X509_get_ext_count(x509); ++i)
        details.extensions.append(describeExtension(X509_get_ext(x509, i)));

    // One DER encoding for the four digests (X509_digest encodes the certificate each time).
    const QByteArray der = certificate.toDer();
    details.fingerprintMd5 = Certificate::fingerprintOf(der, QCryptographicHash::Md5);
    details.fingerprintSha1 = Certificate::fingerprintOf(der, QCryptographicHash::Sha1);
    details.fingerprintSha256 = Certificate::fingerprintOf(der, QCryptographicHash::Sha256);
    details.fingerprintSha512 = Certificate::fingerprintOf(der, QCryptographicHash::Sha512);
    if (all)
        details.pem = certificate.toPem();
    return details;
}

const ExtensionDetails* CertificateDetails::extension(const QString& nameOrOid) const
{
    for (const ExtensionDetails& candidate : extensions) {
        if (candidate.oid == nameOrOid ||
            (!candidate.shortName.isEmpty() && candidate.shortName == nameOrOid))
            return &candidate;
    }
    return nullptr;
}

QJsonObject CertificateDetails::toJson() const
{
    QJsonArray extensionArray;
    for (const ExtensionDetails& extension : extensions) {
        extensionArray.append(QJsonObject{
            {QStringLiteral("Name"), extension.name()},
            {QStringLiteral("Oid"), extension.oid},
            {QStringLiteral("Critical"), extension.critical},
            {QStringLiteral("Value"), extension.value},
        });
    }
    QJsonObject json{
        {QStringLiteral("Version"), version},
        {QStringLiteral("SubjectDN"), subjectDN},
        {QStringLiteral("IssuerDN"), issuerDN},
        {QStringLiteral("SerialNumber"), serialHex},
        {QStringLiteral("SerialNumberDecimal"), serialDecimal},
        {QStringLiteral("ValidNotBefore"), isoUtc(notBefore)},
        {QStringLiteral("ValidNotAfter"), isoUtc(notAfter)},
        {QStringLiteral("KeyType"), keyType},
        {QStringLiteral("KeySize"), keySize},
        {QStringLiteral("SignatureAlgorithm"), signatureAlgorithm},
        {QStringLiteral("FingerprintMd5"), fingerprintMd5},
        {QStringLiteral("FingerprintSha1"), fingerprintSha1},
        {QStringLiteral("FingerprintSha256"), fingerprintSha256},
        {QStringLiteral("FingerprintSha512"), fingerprintSha512},
        {QStringLiteral("Extensions"), extensionArray},
    };
    if (!ellipticCurve.isEmpty())
        json.insert(QStringLiteral("EllipticCurve"), ellipticCurve);
    return json;
}

QByteArray CertificateDetails::toIndentedJson(int level,
                                              const QList<std::pair<QString, QString>>& extra) const
{
    // The members of toJson(), in the order QJsonObject keeps them (sorted by key).
    using Kind = JsonMember::Kind;
    std::vector<JsonMember> members = {
        {QStringLiteral("Version"), Kind::Integer, {}, version},
        {QStringLiteral("SubjectDN"), Kind::String, subjectDN, 0},
        {QStringLiteral("IssuerDN"), Kind::String, issuerDN, 0},
        {QStringLiteral("SerialNumber"), Kind::String, serialHex, 0},
        {QStringLiteral("SerialNumberDecimal"), Kind::String, serialDecimal, 0},
        {QStringLiteral("ValidNotBefore"), Kind::String, isoUtc(notBefore), 0},
        {QStringLiteral("ValidNotAfter"), Kind::String, isoUtc(notAfter), 0},
        {QStringLiteral("KeyType"), Kind::String, keyType, 0},
        {QStringLiteral("KeySize"), Kind::Integer, {}, keySize},
        {QStringLiteral("SignatureAlgorithm"), Kind::String, signatureAlgorithm, 0},
        {QStringLiteral("FingerprintMd5"), Kind::String, fingerprintMd5, 0},
        {QStringLiteral("FingerprintSha1"), Kind::String, fingerprintSha1, 0},
        {QStringLiteral("FingerprintSha256"), Kind::String, fingerprintSha256, 0},
        {QStringLiteral("FingerprintSha512"), Kind::String, fingerprintSha512, 0},
        {QStringLiteral("Extensions"), Kind::Extensions, {}, 0},
    };
    if (!ellipticCurve.isEmpty())
        members.push_back({QStringLiteral("EllipticCurve"), Kind::String, ellipticCurve, 0});
    for (const auto& field : extra) { // QJsonObject::insert replaces
        const QString& key = field.first; // (clang 14 cannot capture a structured binding)
        std::erase_if(members, [&key](const JsonMember& m) { return m.key == key; });
        members.push_back({key, Kind::String, field.second, 0});
    }
    std::sort(members.begin(), members.end(),
              [](const JsonMember& a, const JsonMember& b) { return a.key < b.key; });

    QByteArray out;
    out.reserve(1024 + 256 * extensions.size());
    appendSpaces(out, level);
    out += "{\n";
    for (std::size_t i = 0; i < members.size(); ++i) {
        const JsonMember& member = members[i];
        appendSpaces(out, level + 1);
        appendJsonString(out, member.key);
        out += ": ";
        switch (member.kind) {
        case Kind::String:
            appendJsonString(out, member.text);
            break;
        case Kind::Integer:
            out += QByteArray::number(member.number);
            break;
        case Kind::Extensions:
            out += "[\n";
            for (qsizetype e = 0; e < extensions.size(); ++e) {
                const ExtensionDetails& extension = extensions.at(e);
                appendSpaces(out, level + 2);
                out += "{\n";
                appendSpaces(out, level + 3);
                out += extension.critical ? "\"Critical\": true,\n" : "\"Critical\": false,\n";
                appendSpaces(out, level + 3);
                out += "\"Name\": ";
                appendJsonString(out, extension.name());
                out += ",\n";
                appendSpaces(out, level + 3);
                out += "\"Oid\": ";
                appendJsonString(out, extension.oid);
                out += ",\n";
                appendSpaces(out, level + 3);
                out += "\"Value\": ";
                appendJsonString(out, extension.value);
                out += '\n';
                appendSpaces(out, level + 2);
                out += e + 1 < extensions.size() ? "},\n" : "}\n";
            }
            appendSpaces(out, level + 1);
            out += ']';
            break;
        }
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    appendSpaces(out, level);
    out += '}';
    return out;
}

} // namespace gh::crypto
