#include "app/crypto/CertificateDetails.h"

#include "app/crypto/OpenSsl.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <openssl/objects.h>

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
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

CertificateDetails CertificateDetails::of(const Certificate& certificate)
{
    CertificateDetails details;
    X509* x509 = certificate.get();
    if (!x509)
        return details;
    OpenSslErrorScope scope;

    details.version = certificate.version();
    details.serialHex = certificate.serialHex();
    details.serialDecimal = certificate.serialDecimal();
    details.subject = certificate.subject();
    details.issuer = certificate.issuer();
    details.subjectDN = certificate.subjectDN();
    details.issuerDN = certificate.issuerDN();
    details.notBefore = certificate.notBefore();
    details.notAfter = certificate.notAfter();
    details.keyType = certificate.keyType();
    details.keySize = certificate.keySize();
    details.ellipticCurve = certificate.ellipticCurve();
    details.signatureAlgorithm = certificate.signatureAlgorithm();

    if (X509_PUBKEY* publicKey = X509_get_X509_PUBKEY(x509)) {
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

    details.fingerprintMd5 = certificate.fingerprint(QCryptographicHash::Md5);
    details.fingerprintSha1 = certificate.fingerprint(QCryptographicHash::Sha1);
    details.fingerprintSha256 = certificate.fingerprint(QCryptographicHash::Sha256);
    details.fingerprintSha512 = certificate.fingerprint(QCryptographicHash::Sha512);
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

} // namespace gh::crypto
