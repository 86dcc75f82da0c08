#include "app/crypto/CertificateBuilder.h"

#include "app/crypto/GeneralNames.h"

#include "app/crypto/OpenSsl.h"
#include "app/crypto/PrivateKey.h"

#include <QCoreApplication>

#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <functional>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::CertificateBuilder)
};
} // namespace

namespace {

using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, OpenSslDeleter<&ASN1_OBJECT_free>>;
using Asn1OctetStringPtr =
    std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<&ASN1_OCTET_STRING_free>>;
using BasicConstraintsPtr =
    std::unique_ptr<BASIC_CONSTRAINTS, OpenSslDeleter<&BASIC_CONSTRAINTS_free>>;
using ExtendedKeyUsagePtr =
    std::unique_ptr<EXTENDED_KEY_USAGE, OpenSslDeleter<&EXTENDED_KEY_USAGE_free>>;

bool isEdDsa(const EVP_PKEY* key)
{
    const int id = EVP_PKEY_get_base_id(key);
    return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448;
}


Status validate(const CertificateSpec& spec)
{
    if (spec.subject.isEmpty())
        return Error::validation(QStringLiteral("Subject"), Tr::tr("the subject is empty"));
    if (!spec.notBefore.isValid())
        return Error::validation(QStringLiteral("ValidNotBefore"),
                                 Tr::tr("the start of the validity period is missing"));
    // Compared in whole seconds, the resolution of a certificate's validity.
    if (!spec.notAfter.isValid() ||
        spec.notAfter.toSecsSinceEpoch() <= spec.notBefore.toSecsSinceEpoch())
        return Error::validation(QStringLiteral("ValidNotAfter"),
                                 Tr::tr("the end of the validity period must lie after "
                                        "its start"));
    if (spec.serial.size() > 20 ||
        (!spec.serial.isEmpty() &&
         std::all_of(spec.serial.cbegin(), spec.serial.cend(), [](char c) { return c == 0; })))
        return Error::validation(QStringLiteral("SerialNumber"),
                                 Tr::tr("the serial number must be 1 to 20 bytes and not "
                                        "zero"));
    if (spec.pathLength < -1 || (!spec.isCa && spec.pathLength >= 0))
        return Error::validation(QStringLiteral("PathLength"),
                                 Tr::tr("a path length needs a CA certificate and must "
                                        "not be negative"));
    if (!digestByName(spec.digest))
        return Error::validation(QStringLiteral("Digest"),
                                 Tr::tr("unsupported digest \"%1\" (use SHA256, SHA384 or "
                                        "SHA512)")
                                     .arg(spec.digest));
    for (const QString& name : spec.dnsNames) {
        if (!isPlainAscii(name, QLatin1String(".-*_")))
            return Error::validation(QStringLiteral("DnsNames"),
                                     Tr::tr("invalid DNS name \"%1\"").arg(name));
    }
    for (const QString& mail : spec.emails) {
        if (!isPlainAscii(mail, QLatin1String(".-_+@!#$%&'*/=?^`{|}~")) ||
            !mail.contains(QLatin1Char('@')))
            return Error::validation(QStringLiteral("Emails"),
                                     Tr::tr("invalid e-mail address \"%1\"").arg(mail));
    }
    return {};
}

Result<Asn1IntegerPtr> makeSerial(const QByteArray& requested)
{
    QByteArray bytes = requested;
    if (bytes.isEmpty()) {
        bytes.resize(16);
        if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), 16) != 1)
            return openSslError(Error::Kind::Crypto, Tr::tr("generating a serial number"));
        // Positive (top bit clear) and a full 16 bytes long (first byte not zero).
        bytes[0] = static_cast<char>(bytes[0] & 0x7f);
        if (bytes[0] == 0)
            bytes[0] = 0x01;
    }
    BignumPtr number(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()),
                               static_cast<int>(bytes.size()), nullptr));
    Asn1IntegerPtr serial(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
    if (!serial)
        return openSslError(Error::Kind::Crypto, Tr::tr("encoding the serial number"));
    return serial;
}

QByteArray keyUsageConfig(KeyUsages usage)
{
    static const std::pair<KeyUsage, const char*> names[] = {
        {KeyUsage::DigitalSignature, "digitalSignature"},
        {KeyUsage::NonRepudiation, "nonRepudiation"},
        {KeyUsage::KeyEncipherment, "keyEncipherment"},
        {KeyUsage::DataEncipherment, "dataEncipherment"},
        {KeyUsage::KeyAgreement, "keyAgreement"},
        {KeyUsage::KeyCertSign, "keyCertSign"},
        {KeyUsage::CrlSign, "cRLSign"},
        {KeyUsage::EncipherOnly, "encipherOnly"},
        {KeyUsage::DecipherOnly, "decipherOnly"},
    };
    QByteArray config = "critical";
    for (const auto& [flag, name] : names) {
        if (usage.testFlag(flag))
            config += QByteArray(",") + name;
    }
    return config;
}

// Adds an extension described in OpenSSL's configuration syntax (fixed strings only).
Status addConfigExtension(X509* x509, X509V3_CTX* ctx, int nid, const QByteArray& value)
{
    X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    if (!extension || X509_add_ext(x509, extension.get(), -1) != 1)
        return openSslError(Error::Kind::Crypto,
                            Tr::tr("adding extension %1").arg(QLatin1String(OBJ_nid2sn(nid))));
    return {};
}

Status addBasicConstraints(X509* x509, const CertificateSpec& spec)
{
    BasicConstraintsPtr constraints(BASIC_CONSTRAINTS_new());
    if (!constraints)
        return openSslError(Error::Kind::Crypto, Tr::tr("adding basicConstraints"));
    constraints->ca = spec.isCa ? 0xFF : 0;
    if (spec.isCa && spec.pathLength >= 0) {
        constraints->pathlen = ASN1_INTEGER_new();
        if (!constraints->pathlen || ASN1_INTEGER_set(constraints->pathlen, spec.pathLength) != 1)
            return openSslError(Error::Kind::Crypto, Tr::tr("adding basicConstraints"));
    }
    if (X509_add1_ext_i2d(x509, NID_basic_constraints, constraints.get(), spec.isCa ? 1 : 0,
                          X509V3_ADD_DEFAULT) != 1)
        return openSslError(Error::Kind::Crypto, Tr::tr("adding basicConstraints"));
    return {};
}

Status addExtendedKeyUsage(X509* x509, const QStringList& usages)
{
    if (usages.isEmpty())
        return {};
    ExtendedKeyUsagePtr list(sk_ASN1_OBJECT_new_null());
    for (const QString& usage : usages) {
        const QByteArray name = usage.trimmed().toUtf8();
        Asn1ObjectPtr object(OBJ_txt2obj(name.constData(), 0));
        if (!object) {
            clearOpenSslErrors();
            return Error::validation(QStringLiteral("ExtendedKeyUsages"),
                                     Tr::tr("unknown extended key usage \"%1\"").arg(usage));
        }
        if (!list || sk_ASN1_OBJECT_push(list.get(), object.get()) <= 0)
            return openSslError(Error::Kind::Crypto, Tr::tr("adding extendedKeyUsage"));
        object.release(); // now owned by the stack
    }
    if (X509_add1_ext_i2d(x509, NID_ext_key_usage, list.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return openSslError(Error::Kind::Crypto, Tr::tr("adding extendedKeyUsage"));
    return {};
}

Status addSubjectAltName(X509* x509, const CertificateSpec& spec)
{
    const QString context = Tr::tr("adding subjectAltName");
    auto names = subjectAltNames(spec.dnsNames, spec.ipAddresses, spec.emails, context);
    if (!names)
        return names.error();
    if (*names && X509_add1_ext_i2d(x509, NID_subject_alt_name, names->get(), 0, X509V3_ADD_DEFAULT) != 1)
        return openSslError(Error::Kind::Crypto, context);
    return {};
}

// `issuerCert` null means self-signed: the issuer is the certificate itself.
Result<Certificate> build(const CertificateSpec& spec, const PrivateKey& subjectKey,
                          const Certificate* issuerCert, const PrivateKey& issuerKey)
{
    if (const Status valid = validate(spec); !valid)
        return valid.error();
    if (subjectKey.isNull() || issuerKey.isNull())
        return Error::validation(QStringLiteral("Key"), Tr::tr("a key is missing"));

    const QString context = Tr::tr("building certificate for %1").arg(spec.subject.toString());
    const auto failed = [&] { return openSslError(Error::Kind::Crypto, context); };

    X509Ptr x509(X509_new());
    if (!x509 || X509_set_version(x509.get(), X509_VERSION_3) != 1)
        return failed();

    Result<Asn1IntegerPtr> serial = makeSerial(spec.serial);
    if (!serial)
        return serial.error();
    if (X509_set_serialNumber(x509.get(), serial->get()) != 1)
        return failed();

    Result<X509NamePtr> subject = spec.subject.toX509Name();
    if (!subject)
        return subject.error();
    if (X509_set_subject_name(x509.get(), subject->get()) != 1)
        return failed();
    const X509_NAME* issuerName =
        issuerCert ? X509_get_subject_name(issuerCert->get()) : subject->get();
    if (X509_set_issuer_name(x509.get(), issuerName) != 1)
        return failed();

    if (!ASN1_TIME_set(X509_getm_notBefore(x509.get()), spec.notBefore.toSecsSinceEpoch()) ||
        !ASN1_TIME_set(X509_getm_notAfter(x509.get()), spec.notAfter.toSecsSinceEpoch()))
        return failed();
    if (X509_set_pubkey(x509.get(), subjectKey.get()) != 1)
        return failed();

    KeyUsages usage = spec.keyUsage;
    if (!usage) {
        if (spec.isCa)
            usage = KeyUsage::KeyCertSign | KeyUsage::CrlSign | KeyUsage::DigitalSignature;
        else if (EVP_PKEY_get_base_id(subjectKey.get()) == EVP_PKEY_RSA)
            usage = KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment;
        else
            usage = KeyUsage::DigitalSignature;
    }

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuerCert ? issuerCert->get() : x509.get(), x509.get(), nullptr, nullptr,
                   0);
    // subjectKeyIdentifier first: for a self-signed certificate the authorityKeyIdentifier
    // is taken from it. An issuer without one gets identified by name and serial instead.
    X509* cert = x509.get();
    const std::function<Status()> extensionSteps[] = {
        [&] { return addBasicConstraints(cert, spec); },
        [&] { return addConfigExtension(cert, &ctx, NID_key_usage, keyUsageConfig(usage)); },
        [&] { return addExtendedKeyUsage(cert, spec.extendedKeyUsages); },
        [&] { return addConfigExtension(cert, &ctx, NID_subject_key_identifier, "hash"); },
        [&] {
            return addConfigExtension(cert, &ctx, NID_authority_key_identifier,
                                      issuerCert ? "keyid,issuer" : "keyid:always");
        },
        [&] { return addSubjectAltName(cert, spec); },
    };
    for (const auto& step : extensionSteps) {
        if (const Status status = step(); !status)
            return status.error();
    }

    // EdDSA signs the message itself: no separate digest.
    const EVP_MD* md = isEdDsa(issuerKey.get()) ? nullptr : digestByName(spec.digest);
    EvpMdCtxPtr signing(EVP_MD_CTX_new());
    if (!signing || EVP_DigestSignInit(signing.get(), nullptr, md, nullptr, issuerKey.get()) != 1 ||
        X509_sign_ctx(x509.get(), signing.get()) <= 0)
        return openSslError(Error::Kind::Crypto,
                            Tr::tr("signing certificate for %1").arg(spec.subject.toString()));

    // Re-read the encoding so the result is exactly what any parser of it will see.
    return Certificate::fromDer(Certificate(std::move(x509)).toDer());
}

} // namespace

Result<Certificate> CertificateBuilder::selfSigned(const CertificateSpec& spec,
                                                   const PrivateKey& key)
{
    return build(spec, key, nullptr, key);
}

Result<Certificate> CertificateBuilder::issue(const CertificateSpec& spec,
                                              const PrivateKey& subjectKey,
                                              const Certificate& issuerCert,
                                              const PrivateKey& issuerKey)
{
    if (issuerCert.isNull())
        return Error::validation(QStringLiteral("IssuerCertificate"),
                                 Tr::tr("no issuer certificate"));
    if (!issuerCert.publicKeyMatches(issuerKey))
        return Error::validation(QStringLiteral("IssuerKey"),
                                 Tr::tr("the issuer key does not belong to the issuer "
                                        "certificate %1")
                                     .arg(issuerCert.subjectDN()));
    return build(spec, subjectKey, &issuerCert, issuerKey);
}

} // namespace gh::crypto
