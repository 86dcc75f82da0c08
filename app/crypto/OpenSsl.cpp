#include "app/crypto/OpenSsl.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <climits>

namespace gh::crypto {

namespace {

// RFC 5952 text of a 16-byte IPv6 address: lower-case, longest run of zero groups as "::".
QString ipv6Text(const unsigned char* bytes)
{
    int groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = bytes[2 * i] << 8 | bytes[2 * i + 1];
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(QLatin1Char(':')))
            text += QLatin1Char(':');
        text += QString::number(groups[i], 16);
    }
    return text;
}

} // namespace

void OpenSslFree::operator()(void* pointer) const noexcept
{
    OPENSSL_free(pointer);
}

void freeX509Stack(STACK_OF(X509) * stack) noexcept
{
    sk_X509_pop_free(stack, X509_free);
}

BioPtr readOnlyBio(QByteArrayView data)
{
    if (data.size() > INT_MAX) {
        ERR_raise_data(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT, "input larger than 2 GiB");
        return nullptr;
    }
    // BIO_new_mem_buf needs a non-null pointer even for empty input.
    static const char empty = '\0';
    const char* bytes = data.isEmpty() ? &empty : data.data();
    return BioPtr(BIO_new_mem_buf(bytes, static_cast<int>(data.size())));
}

BioPtr writableBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray bioToByteArray(BIO* bio)
{
    if (!bio)
        return {};
    char* bytes = nullptr;
    const long size = BIO_get_mem_data(bio, &bytes);
    if (size <= 0 || !bytes)
        return {};
    return QByteArray(bytes, static_cast<qsizetype>(size));
}

QList<OpenSslErrorEntry> takeOpenSslErrors()
{
    QList<OpenSslErrorEntry> entries;
    const char* data = nullptr;
    int flags = 0;
    // ERR_get_error_all pops the oldest entry; looping until 0 empties the queue entirely.
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        QString reason;
        if (const char* text = ERR_reason_error_string(code)) {
            reason = QString::fromUtf8(text);
        } else {
            char buffer[256];
            ERR_error_string_n(code, buffer, sizeof buffer);
            reason = QString::fromUtf8(buffer);
        }
        if ((flags & ERR_TXT_STRING) && data && *data)
            reason += QStringLiteral(" (") + QString::fromUtf8(data) + QLatin1Char(')');
        entries.append({code, reason});
    }
    return entries;
}

gh::Error openSslError(gh::Error::Kind kind, const QString& context,
                       const QList<OpenSslErrorEntry>& entries)
{
    QStringList reasons;
    for (const OpenSslErrorEntry& entry : entries) {
        if (!reasons.contains(entry.reason))
            reasons.append(entry.reason);
    }
    QString message = context;
    if (!reasons.isEmpty())
        message += QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
    return gh::Error::make(kind, message);
}

gh::Error openSslError(gh::Error::Kind kind, const QString& context)
{
    return openSslError(kind, context, takeOpenSslErrors());
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

OpenSslErrorScope::OpenSslErrorScope()
{
    ERR_set_mark();
}

OpenSslErrorScope::~OpenSslErrorScope()
{
    ERR_pop_to_mark();
}

QString keyTypeName(const EVP_PKEY* key)
{
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSASSA-PSS");
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    default:
        break;
    }
    // Provider-only key types have no legacy id; ask for the type name instead.
    if (const char* name = EVP_PKEY_get0_type_name(key))
        return QString::fromUtf8(name);
    return QStringLiteral("unknown");
}

QString ecCurveName(const EVP_PKEY* key)
{
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return {};
    char group[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1) {
        clearOpenSslErrors();
        return {};
    }
    // OpenSSL reports "prime256v1"/"secp384r1"/"secp521r1"; prefer the NIST names if known.
    const int nid = OBJ_sn2nid(group);
    if (nid != NID_undef) {
        if (const char* nist = EC_curve_nid2nist(nid))
            return QString::fromUtf8(nist);
    }
    return QString::fromUtf8(group, static_cast<qsizetype>(length));
}

int keySizeBits(const EVP_PKEY* key)
{
    if (!key)
        return 0;
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519)
        return 256;
    return EVP_PKEY_get_bits(key);
}

QString ipAddressText(const unsigned char* bytes, int length)
{
    if (!bytes || length <= 0)
        return {};
    if (length == 4)
        return QStringLiteral("%1.%2.%3.%4")
            .arg(bytes[0])
            .arg(bytes[1])
            .arg(bytes[2])
            .arg(bytes[3]);
    if (length == 16)
        return ipv6Text(bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(bytes), length).toHex(':').toUpper());
}

bool isPlainAscii(const QString& text, QLatin1String allowedPunctuation)
{
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [&](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || allowedPunctuation.contains(c);
    });
}

const EVP_MD* digestByName(const QString& name)
{
    const QString normalized = name.trimmed().toUpper().remove(QLatin1Char('-'));
    if (normalized == QLatin1String("SHA256"))
        return EVP_sha256();
    if (normalized == QLatin1String("SHA384"))
        return EVP_sha384();
    if (normalized == QLatin1String("SHA512"))
        return EVP_sha512();
    return nullptr;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    // EVP_Digest cannot fail for SHA-256 short of memory exhaustion; then Qt's code answers.
    if (EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
                   EVP_sha256(), nullptr) != 1 ||
        length != 32) {
        ERR_clear_error();
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }
    return out;
}

} // namespace gh::crypto
