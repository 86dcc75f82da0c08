#include "app/crypto/Certificate.h"

#include "app/crypto/PrivateKey.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

#include <climits>
#include <ctime>
#include <mutex>

namespace gh::crypto {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::Certificate)
};

// Frees what PEM_read_bio hands out; the body is wiped because it may be a private key.
Result<Certificate> parseDer(QByteArrayView der, const QString& context)
{
    if (der.size() > LONG_MAX)
        return Error::make(Error::Kind::Crypto, Tr::tr("%1: input too large").arg(context));
    auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* cursor = begin;
    X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x509)
        return openSslError(Error::Kind::Crypto, context);
    if (cursor != begin + der.size()) {
        clearOpenSslErrors();
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("%1: %n trailing byte(s) after the certificate", nullptr,
                                  static_cast<int>(der.size() - (cursor - begin)))
                               .arg(context));
    }
    return Certificate(std::move(x509));
}

// "reading PEM certificate bundle, block 3" once there were blocks before the failing one.
QString blockContext(const QString& context, qsizetype blocksBefore)
{
    if (blocksBefore == 0)
        return context;
    return Tr::tr("%1, block %2").arg(context, QString::number(blocksBefore + 1));
}

Result<QList<Certificate>> readPem(QByteArrayView pem, bool firstOnly, const QString& context)
{
    BioPtr bio = readOnlyBio(pem);
    if (!bio)
        return openSslError(Error::Kind::Crypto, context);

    std::optional<Certificate::BulkParser> bulk; // for bundles
    if (!firstOnly)
        bulk.emplace();
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
        const QByteArrayView der(block.data, static_cast<qsizetype>(block.length));
        const QString where = blockContext(context, certificates.size() + skipped.size());
        Result<Certificate> certificate = bulk ? bulk->fromDer(der, where) : parseDer(der, where);
        if (!certificate)
            return certificate.error();
        certificates.append(std::move(certificate).value());
    }
    if (certificates.isEmpty())
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("%1: no CERTIFICATE block (found %2)")
                               .arg(context, skipped.join(QStringLiteral(", "))));
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

// ---- Shared state and bulk parsing ---------------------------------------------------------

// A library context whose only provider is "null": certificates parsed in it keep their
// SubjectPublicKeyInfo as it is, since no key manager or decoder can take the key. The X509s
// parsed in it point to it, so it lives as long as any of them (Data holds it).
struct Certificate::BulkContext
{
    OSSL_LIB_CTX* library = nullptr;
    OSSL_PROVIDER* provider = nullptr;

    BulkContext() = default;
    BulkContext(const BulkContext&) = delete;
    BulkContext& operator=(const BulkContext&) = delete;
    ~BulkContext()
    {
        if (provider)
            OSSL_PROVIDER_unload(provider);
        OSSL_LIB_CTX_free(library);
    }
};

struct Certificate::Data
{
    // Declared first, destroyed last: after every X509 parsed in it.
    std::shared_ptr<const BulkContext> context; // null: `x509` is complete
    X509Ptr x509;                                        // as read
    std::once_flag completing;
    X509Ptr complete; // `x509` parsed again with its key decoded, made on first use

    X509* completed()
    {
        if (!context)
            return x509.get();
        std::call_once(completing, [this] {
            OpenSslErrorScope scope;
            const std::optional<QByteArray> der = derOf(i2d_X509, x509.get());
            if (!der)
                return;
            const auto* cursor = reinterpret_cast<const unsigned char*>(der->constData());
            complete.reset(d2i_X509(nullptr, &cursor, static_cast<long>(der->size())));
        });
        return complete ? complete.get() : x509.get();
    }
};

Certificate::BulkParser::BulkParser()
{
    OpenSslErrorScope scope; // without a context, certificates are parsed as fromDer() does
    auto context = std::make_shared<BulkContext>();
    context->library = OSSL_LIB_CTX_new();
    if (context->library)
        context->provider = OSSL_PROVIDER_load(context->library, "null");
    if (context->provider)
        m_context = std::move(context);
}

Result<Certificate> Certificate::BulkParser::fromDer(QByteArrayView der) const
{
    return fromDer(der, Tr::tr("reading DER certificate"));
}

Result<Certificate> Certificate::BulkParser::fromDer(QByteArrayView der,
                                                     const QString& context) const
{
    if (!m_context || der.size() > LONG_MAX)
        return parseDer(der, context);
    // An X509 of the library context, filled by d2i_X509 (which frees and clears it on failure).
    X509* target = X509_new_ex(m_context->library, nullptr);
    if (!target) {
        clearOpenSslErrors();
        return parseDer(der, context);
    }
    auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* cursor = begin;
    X509* parsed = d2i_X509(&target, &cursor, static_cast<long>(der.size()));
    X509Ptr x509(parsed ? parsed : target);
    if (!parsed || cursor != begin + der.size()) {
        // Report exactly what fromDer() reports ("trailing byte(s)", OpenSSL's reasons).
        clearOpenSslErrors();
        return parseDer(der, context);
    }
    Certificate certificate;
    certificate.m_data = std::make_shared<Data>();
    certificate.m_data->context = m_context;
    certificate.m_data->x509 = std::move(x509);
    return certificate;
}

Certificate::Certificate(X509Ptr x509)
{
    if (!x509)
        return;
    m_data = std::make_shared<Data>();
    m_data->x509 = std::move(x509);
}

X509* Certificate::view() const
{
    return m_data ? m_data->x509.get() : nullptr;
}

X509* Certificate::get() const
{
    return m_data ? m_data->completed() : nullptr;
}

Result<Certificate> Certificate::fromPem(QByteArrayView pem)
{
    Result<QList<Certificate>> list = readPem(pem, true, Tr::tr("reading PEM certificate"));
    if (!list)
        return list.error();
    return list->first();
}

Result<Certificate> Certificate::fromDer(QByteArrayView der)
{
    return parseDer(der, Tr::tr("reading DER certificate"));
}

Result<QList<Certificate>> Certificate::listFromPem(QByteArrayView pem)
{
    return readPem(pem, false, Tr::tr("reading PEM certificate bundle"));
}

QByteArray Certificate::toPem() const
{
    BioPtr bio = writableBio();
    if (!m_data || !bio || PEM_write_bio_X509(bio.get(), view()) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return bioToByteArray(bio.get());
}

QByteArray Certificate::toDer() const
{
    if (!m_data)
        return {};
    auto der = derOf(i2d_X509, view());
    if (!der)
        clearOpenSslErrors();
    return der.value_or(QByteArray());
}

int Certificate::version() const
{
    return m_data ? static_cast<int>(X509_get_version(view())) + 1 : 0;
}

QString Certificate::serialHex() const
{
    return m_data ? bignumText(X509_get0_serialNumber(view()), true) : QString();
}

QString Certificate::serialDecimal() const
{
    return m_data ? bignumText(X509_get0_serialNumber(view()), false) : QString();
}

QString Certificate::subjectDN() const
{
    return m_data ? printName(X509_get_subject_name(view())) : QString();
}

QString Certificate::issuerDN() const
{
    return m_data ? printName(X509_get_issuer_name(view())) : QString();
}

DistinguishedName Certificate::subject() const
{
    return m_data ? DistinguishedName::fromX509Name(X509_get_subject_name(view()))
                  : DistinguishedName();
}

DistinguishedName Certificate::issuer() const
{
    return m_data ? DistinguishedName::fromX509Name(X509_get_issuer_name(view()))
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
    return m_data ? fromAsn1Time(X509_get0_notBefore(view())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_data ? fromAsn1Time(X509_get0_notAfter(view())) : QDateTime();
}

QString Certificate::signatureAlgorithm() const
{
    if (!m_data)
        return {};
    const int signatureNid = X509_get_signature_nid(view());
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

// What keyType(), keySize() and ellipticCurve() answer, read from the SubjectPublicKeyInfo
// without decoding the key, for the key types whose answer does not depend on the decoding:
// RSA, EC on the NIST prime curves, Ed25519 and Ed448, each only in its plain, well-formed
// encoding. `known` is false for anything else: then the decoded key answers.
struct Certificate::KeyFacts
{
    bool known = false;
    QString type;
    int bits = 0;
    QString curve;
};

Certificate::KeyFacts Certificate::keyFacts() const
{
    KeyFacts facts;
    if (!m_data || !m_data->context) // complete: the decoded key is at hand
        return facts;
    X509_PUBKEY* spki = X509_get_X509_PUBKEY(view());
    ASN1_OBJECT* algorithm = nullptr;
    const unsigned char* key = nullptr;
    int keyLength = 0;
    X509_ALGOR* algor = nullptr;
    if (!spki || X509_PUBKEY_get0_param(&algorithm, &key, &keyLength, &algor, spki) != 1 ||
        !key || keyLength <= 0)
        return facts;
    int parameterType = V_ASN1_UNDEF;
    const void* parameter = nullptr;
    X509_ALGOR_get0(nullptr, &parameterType, &parameter, algor);
    OpenSslErrorScope scope;
    switch (OBJ_obj2nid(algorithm)) {
    case NID_rsaEncryption: {
        // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
        if (parameterType != V_ASN1_NULL && parameterType != V_ASN1_UNDEF)
            return facts;
        const unsigned char* cursor = key;
        std::unique_ptr<STACK_OF(ASN1_TYPE), void (*)(STACK_OF(ASN1_TYPE)*)> sequence(
            d2i_ASN1_SEQUENCE_ANY(nullptr, &cursor, keyLength),
            [](STACK_OF(ASN1_TYPE) * s) { sk_ASN1_TYPE_pop_free(s, ASN1_TYPE_free); });
        if (!sequence || cursor != key + keyLength || sk_ASN1_TYPE_num(sequence.get()) != 2)
            return facts;
        const ASN1_TYPE* modulus = sk_ASN1_TYPE_value(sequence.get(), 0);
        const ASN1_TYPE* exponent = sk_ASN1_TYPE_value(sequence.get(), 1);
        if (ASN1_TYPE_get(modulus) != V_ASN1_INTEGER || ASN1_TYPE_get(exponent) != V_ASN1_INTEGER)
            return facts;
        BignumPtr n(ASN1_INTEGER_to_BN(modulus->value.integer, nullptr));
        if (!n || BN_is_zero(n.get()))
            return facts;
        facts = {true, QStringLiteral("RSA"), BN_num_bits(n.get()), {}};
        return facts;
    }
    case NID_X9_62_id_ecPublicKey: {
        if (parameterType != V_ASN1_OBJECT || !parameter)
            return facts;
        const int curve = OBJ_obj2nid(static_cast<const ASN1_OBJECT*>(parameter));
        int bits = 0;
        switch (curve) { // the prime curves, whose order is as long as the field
        case NID_X9_62_prime192v1:
            bits = 192;
            break;
        case NID_secp224r1:
            bits = 224;
            break;
        case NID_X9_62_prime256v1:
            bits = 256;
            break;
        case NID_secp384r1:
            bits = 384;
            break;
        case NID_secp521r1:
            bits = 521;
            break;
        default:
            return facts;
        }
        const char* nist = EC_curve_nid2nist(curve);
        const int field = (bits + 7) / 8;
        const bool uncompressed = key[0] == 0x04 && keyLength == 1 + 2 * field;
        const bool compressed = (key[0] == 0x02 || key[0] == 0x03) && keyLength == 1 + field;
        if (!nist || !(uncompressed || compressed))
            return facts;
        facts = {true, QStringLiteral("EC"), bits, QString::fromLatin1(nist)};
        return facts;
    }
    case NID_ED25519:
        if (parameterType == V_ASN1_UNDEF && keyLength == 32)
            facts = {true, QStringLiteral("Ed25519"), 256, {}};
        return facts;
    case NID_ED448:
        if (parameterType == V_ASN1_UNDEF && keyLength == 57)
            facts = {true, QStringLiteral("Ed448"), 456, {}};
        return facts;
    default:
        return facts;
    }
}

QString Certificate::keyType() const
{
    const KeyFacts facts = keyFacts();
    return facts.known ? facts.type : keyTypeName(publicKey());
}

int Certificate::keySize() const
{
    const KeyFacts facts = keyFacts();
    return facts.known ? facts.bits : keySizeBits(publicKey());
}

QString Certificate::ellipticCurve() const
{
    const KeyFacts facts = keyFacts();
    return facts.known ? facts.curve : ecCurveName(publicKey());
}

EVP_PKEY* Certificate::publicKey() const
{
    if (!m_data)
        return nullptr;
    OpenSslErrorScope scope; // an undecodable key is reported as "no key"
    return X509_get0_pubkey(get());
}

QString Certificate::fingerprint(QCryptographicHash::Algorithm algorithm) const
{
    if (!m_data)
        return {};
    return fingerprintOf(toDer(), algorithm);
}

QString Certificate::fingerprintOf(QByteArrayView der, QCryptographicHash::Algorithm algorithm)
{
    if (der.isEmpty())
        return {};
    QByteArray digest;
    if (const EVP_MD* md = opensslDigest(algorithm)) {
        unsigned char buffer[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        OpenSslErrorScope scope;
        if (EVP_Digest(der.data(), static_cast<std::size_t>(der.size()), buffer, &length, md,
                       nullptr) == 1)
            digest =
                QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(length));
    }
    if (digest.isEmpty()) // as fingerprint(): not an OpenSSL digest, or refused (FIPS and MD5)
        digest = QCryptographicHash::hash(der, algorithm);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString Certificate::md5Id() const
{
    return fingerprint(QCryptographicHash::Md5).remove(QLatin1Char(':')).toLower();
}

bool Certificate::isSelfIssued() const
{
    return m_data && X509_NAME_cmp(X509_get_subject_name(view()),
                                   X509_get_issuer_name(view())) == 0;
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
    if (view() == other.view())
        return true;
    if (!m_data || !other.m_data)
        return false;
    return toDer() == other.toDer();
}

} // namespace gh::crypto
