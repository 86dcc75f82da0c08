#include "app/crypto/Certificate.h"

#include "app/crypto/PrivateKey.h"

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

#include <climits>
#include <ctime>

namespace gh::crypto {

namespace {

X509Ptr sharedRef(X509* x509)
{
    if (x509)
        X509_up_ref(x509);
    return X509Ptr(x509);
}

// Frees what PEM_read_bio hands out; the body is wiped because it may be a private key.
Result<Certificate> parseDer(QByteArrayView der, const QString& context)
{
    if (der.size() > LONG_MAX)
        return Error::make(Error::Kind::Crypto, context + QStringLiteral(": input too large"));
    auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* cursor = begin;
    X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x509)
        return openSslError(Error::Kind::Crypto, context);
    if (cursor != begin + der.size()) {
        clearOpenSslErrors();
        return Error::make(Error::Kind::Crypto,
                           context + QStringLiteral(": %1 trailing byte(s) after the certificate")
                                         .arg(der.size() - (cursor - begin)));
    }
    return Certificate(std::move(x509));
}

// "reading PEM certificate bundle, block 3" once there were blocks before the failing one.
QString blockContext(const QString& context, qsizetype blocksBefore)
{
    if (blocksBefore == 0)
        return context;
    return context + QStringLiteral(", block %1").arg(blocksBefore + 1);
}

Result<QList<Certificate>> readPem(QByteArrayView pem, bool firstOnly, const QString& context)
{
    BioPtr bio = readOnlyBio(pem);
    if (!bio)
        return openSslError(Error::Kind::Crypto, context);

    QList<Certificate> certificates;
    QStringList skipped;
    while (!(firstOnly && !certificates.isEmpty())) {
        PemBlock block;
        if (PEM_read_bio(bio.get(), &block.name, &block.header, &block.data, &block.length) != 1) {
            // Running out of blocks shows up as "no start line" after the last one.
            const unsigned long last = ERR_peek_last_error();
            const bool endOfInput =
                ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE;
            if (endOfInput && (!certificates.isEmpty() || !skipped.isEmpty())) {
                clearOpenSslErrors();
                break;
            }
            return openSslError(Error::Kind::Crypto,
                                blockContext(context, certificates.size() + skipped.size()));
        }
        const QByteArrayView type(block.name);
        if (type != "CERTIFICATE" && type != "X509 CERTIFICATE") {
            skipped.append(QString::fromLatin1(type));
            continue;
        }
        Result<Certificate> certificate =
            parseDer(QByteArrayView(block.data, static_cast<qsizetype>(block.length)),
                     blockContext(context, certificates.size() + skipped.size()));
        if (!certificate)
            return certificate.error();
        certificates.append(std::move(certificate).value());
    }
    if (certificates.isEmpty())
        return Error::make(Error::Kind::Crypto,
                           context + QStringLiteral(": no CERTIFICATE block (found %1)")
                                         .arg(skipped.join(QStringLiteral(", "))));
    return certificates;
}

QDateTime fromAsn1Time(const ASN1_TIME* time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString printName(const X509_NAME* name)
{
    BioPtr bio = writableBio();
    // RFC 2253, but leave UTF-8 as it is instead of \XX-escaping every non-ASCII byte.
    constexpr unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    if (!bio || !name || X509_NAME_print_ex(bio.get(), name, 0, flags) < 0) {
        clearOpenSslErrors();
        return {};
    }
    return QString::fromUtf8(bioToByteArray(bio.get()));
}

QString bignumText(const ASN1_INTEGER* serial, bool hex)
{
    BignumPtr number(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!number) {
        clearOpenSslErrors();
        return {};
    }
    OpenSslString text(hex ? BN_bn2hex(number.get()) : BN_bn2dec(number.get()));
    return text ? QString::fromLatin1(text.get()) : QString();
}

const EVP_MD* opensslDigest(QCryptographicHash::Algorithm algorithm)
{
    switch (algorithm) {
    case QCryptographicHash::Md5:
        return EVP_md5();
    case QCryptographicHash::Sha1:
        return EVP_sha1();
    case QCryptographicHash::Sha224:
        return EVP_sha224();
    case QCryptographicHash::Sha256:
        return EVP_sha256();
    case QCryptographicHash::Sha384:
        return EVP_sha384();
    case QCryptographicHash::Sha512:
        return EVP_sha512();
    case QCryptographicHash::Sha3_224:
        return EVP_sha3_224();
    case QCryptographicHash::Sha3_256:
        return EVP_sha3_256();
    case QCryptographicHash::Sha3_384:
        return EVP_sha3_384();
    case QCryptographicHash::Sha3_512:
        return EVP_sha3_512();
    default:
        return nullptr;
    }
}

} // namespace

Certificate::Certificate(const Certificate& other) : m_x509(sharedRef(other.m_x509.get())) {}

Certificate& Certificate::operator=(const Certificate& other)
{
    if (this != &other)
        m_x509 = sharedRef(other.m_x509.get());
    return *this;
}

Result<Certificate> Certificate::fromPem(QByteArrayView pem)
{
    Result<QList<Certificate>> list = readPem(pem, true, QStringLiteral("reading PEM certificate"));
    if (!list)
        return list.error();
    return list->first();
}

Result<Certificate> Certificate::fromDer(QByteArrayView der)
{
    return parseDer(der, QStringLiteral("reading DER certificate"));
}

Result<QList<Certificate>> Certificate::listFromPem(QByteArrayView pem)
{
    return readPem(pem, false, QStringLiteral("reading PEM certificate bundle"));
}

QByteArray Certificate::toPem() const
{
    BioPtr bio = writableBio();
    if (!m_x509 || !bio || PEM_write_bio_X509(bio.get(), m_x509.get()) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioToByteArray(bio.get());
}

QByteArray Certificate::toDer() const
{
    if (!m_x509)
        return {};
    auto der = derOf(i2d_X509, m_x509.get());
    if (!der)
        clearOpenSslErrors();
    return der.value_or(QByteArray());
}

int Certificate::version() const
{
    return m_x509 ? static_cast<int>(X509_get_version(m_x509.get())) + 1 : 0;
}

QString Certificate::serialHex() const
{
    return m_x509 ? bignumText(X509_get0_serialNumber(m_x509.get()), true) : QString();
}

QString Certificate::serialDecimal() const
{
    return m_x509 ? bignumText(X509_get0_serialNumber(m_x509.get()), false) : QString();
}

QString Certificate::subjectDN() const
{
    return m_x509 ? printName(X509_get_subject_name(m_x509.get())) : QString();
}

QString Certificate::issuerDN() const
{
    return m_x509 ? printName(X509_get_issuer_name(m_x509.get())) : QString();
}

DistinguishedName Certificate::subject() const
{
    return m_x509 ? DistinguishedName::fromX509Name(X509_get_subject_name(m_x509.get()))
                  : DistinguishedName();
}

DistinguishedName Certificate::issuer() const
{
    return m_x509 ? DistinguishedName::fromX509Name(X509_get_issuer_name(m_x509.get()))
                  : DistinguishedName();
}

QString Certificate::subjectCommonName() const
{
    return subject().commonName();
}

QString Certificate::issuerCommonName() const
{
    return issuer().commonName();
}

QDateTime Certificate::notBefore() const
{
    return m_x509 ? fromAsn1Time(X509_get0_notBefore(m_x509.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_x509 ? fromAsn1Time(X509_get0_notAfter(m_x509.get())) : QDateTime();
}

QString Certificate::signatureAlgorithm() const
{
    if (!m_x509)
        return {};
    const int signatureNid = X509_get_signature_nid(m_x509.get());
    switch (signatureNid) {
    case NID_ED25519:
        return QStringLiteral("Ed25519");
    case NID_ED448:
        return QStringLiteral("Ed448");
    case NID_rsassaPss:
        return QStringLiteral("RSASSA-PSS");
    default:
        break;
    }
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (OBJ_find_sigid_algs(signatureNid, &digestNid, &keyNid) == 1 && digestNid != NID_undef) {
        QString keyPart;
        switch (keyNid) {
        case NID_rsaEncryption:
            keyPart = QStringLiteral("RSA");
            break;
        case NID_X9_62_id_ecPublicKey:
            keyPart = QStringLiteral("ECDSA");
            break;
        case NID_dsa:
            keyPart = QStringLiteral("DSA");
            break;
        default:
            break;
        }
        if (!keyPart.isEmpty()) {
            // OpenSSL "SHA256", "SHA512-256", "SHA3-256" -> Java "SHA256", "SHA512/256", "SHA3-256"
            QString digest = QString::fromLatin1(OBJ_nid2sn(digestNid)).toUpper();
            if (digest.startsWith(QLatin1String("SHA512-")))
                digest.replace(6, 1, QLatin1Char('/'));
            return digest + QStringLiteral("with") + keyPart;
        }
    }
    if (const char* longName = OBJ_nid2ln(signatureNid))
        return QString::fromLatin1(longName);
    return QStringLiteral("unknown");
}

QString Certificate::keyType() const
{
    return keyTypeName(publicKey());
}

int Certificate::keySize() const
{
    return keySizeBits(publicKey());
}

QString Certificate::ellipticCurve() const
{
    return ecCurveName(publicKey());
}

EVP_PKEY* Certificate::publicKey() const
{
    if (!m_x509)
        return nullptr;
    OpenSslErrorScope scope; // an undecodable key is reported as "no key"
    return X509_get0_pubkey(m_x509.get());
}

QString Certificate::fingerprint(QCryptographicHash::Algorithm algorithm) const
{
    if (!m_x509)
        return {};
    QByteArray digest;
    if (const EVP_MD* md = opensslDigest(algorithm)) {
        unsigned char buffer[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        OpenSslErrorScope scope;
        if (X509_digest(m_x509.get(), md, buffer, &length) == 1)
            digest =
                QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(length));
    }
    if (digest.isEmpty()) // not an OpenSSL digest, or OpenSSL refused it (FIPS mode and MD5)
        digest = QCryptographicHash::hash(toDer(), algorithm);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString Certificate::md5Id() const
{
    return fingerprint(QCryptographicHash::Md5).remove(QLatin1Char(':')).toLower();
}

bool Certificate::isSelfIssued() const
{
    return m_x509 && X509_NAME_cmp(X509_get_subject_name(m_x509.get()),
                                   X509_get_issuer_name(m_x509.get())) == 0;
}

bool Certificate::publicKeyMatches(const PrivateKey& key) const
{
    EVP_PKEY* own = publicKey();
    if (!own || !key.get())
        return false;
    OpenSslErrorScope scope;
    return EVP_PKEY_eq(own, key.get()) == 1;
}

bool Certificate::operator==(const Certificate& other) const
{
    if (m_x509.get() == other.m_x509.get())
        return true;
    if (!m_x509 || !other.m_x509)
        return false;
    return toDer() == other.toDer();
}

} // namespace gh::crypto
