#include "app/tenantd/ServerIdentity.h"

#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/PrivateKey.h"
#include "app/crypto/SecretBuffer.h"

#include <QFile>
#include <QSaveFile>

namespace gh::tenantd {

namespace {

using crypto::DistinguishedName;

DistinguishedName name(const QString& commonName)
{
    return DistinguishedName({{QStringLiteral("CN"), commonName, false},
                              {QStringLiteral("O"), QStringLiteral("Gatehouse sandbox"), false}});
}

// Qt's TLS backend wants the key as PEM; the copy Qt keeps is its own, ours is wiped here.
Result<QSslKey> toQtKey(const crypto::PrivateKey& key)
{
    auto pem = key.toPkcs8Pem();
    if (!pem)
        return pem.error();
    const QSsl::KeyAlgorithm algorithm = key.keyType() == QLatin1String("RSA") ? QSsl::Rsa : QSsl::Ec;
    QByteArray bytes(pem->data(), pem->size());
    QSslKey out(bytes, algorithm, QSsl::Pem, QSsl::PrivateKey);
    bytes.fill('\0');
    if (out.isNull())
        return Error::make(Error::Kind::Crypto, QStringLiteral("Qt's TLS backend did not accept the server key"));
    return out;
}

} // namespace

Result<ServerIdentity> makeSandboxIdentity(const QDateTime& now, const QString& caPemPath)
{
    const QDateTime from = now.addSecs(-3600);
    auto caKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
    if (!caKey)
        return caKey.error();
    crypto::CertificateSpec caSpec;
    caSpec.subject = name(QStringLiteral("Gatehouse tenantd sandbox CA"));
    caSpec.notBefore = from;
    caSpec.notAfter = from.addDays(30);
    caSpec.isCa = true;
    caSpec.pathLength = 0;
    auto ca = crypto::CertificateBuilder::selfSigned(caSpec, *caKey);
    if (!ca)
        return ca.error();

    auto serverKey = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
    if (!serverKey)
        return serverKey.error();
    crypto::CertificateSpec spec;
    spec.subject = name(QStringLiteral("127.0.0.1"));
    spec.notBefore = from;
    spec.notAfter = from.addDays(30);
    spec.dnsNames = {QStringLiteral("localhost")};
    spec.ipAddresses = {QStringLiteral("127.0.0.1")};
    spec.extendedKeyUsages = {QStringLiteral("serverAuth")};
    auto server = crypto::CertificateBuilder::issue(spec, *serverKey, *ca, *caKey);
    if (!server)
        return server.error();

    QSaveFile file(caPemPath);
    const QByteArray caPem = ca->toPem();
    if (!file.open(QIODevice::WriteOnly) || file.write(caPem) != caPem.size() || !file.commit())
        return Error::make(Error::Kind::Io, file.errorString(), caPemPath);

    auto key = toQtKey(*serverKey);
    if (!key)
        return key.error();
    ServerIdentity id;
    id.chain = {QSslCertificate(server->toPem(), QSsl::Pem), QSslCertificate(caPem, QSsl::Pem)};
    id.key = *key;
    return id;
}

Result<ServerIdentity> loadIdentity(const QString& certPath, const QString& keyPath)
{
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, certFile.errorString(), certPath);
    ServerIdentity id;
    id.chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (id.chain.isEmpty())
        return Error::make(Error::Kind::Crypto, QStringLiteral("no PEM certificate in the file"), certPath);

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, keyFile.errorString(), keyPath);
    crypto::SecretBuffer pem(keyFile.readAll());
    auto key = crypto::PrivateKey::fromPem(pem.view());
    if (!key)
        return Error::make(key.error().kind, key.error().message, keyPath);
    auto qtKey = toQtKey(*key);
    if (!qtKey)
        return Error::make(qtKey.error().kind, qtKey.error().message, keyPath);
    id.key = *qtKey;
    return id;
}

} // namespace gh::tenantd
