#pragma once

// The keystore operations of Cloud Integration's Security Content API that are not a plain
// create/update/remove of an entry (SAP_APIS.md 1.4–1.6). A TenantClient's keystore() offers
// them when it also is a KeystoreWrites (the remote client's is; find it with dynamic_cast).
//
// Keys are KeystoreEntry::key(): "<keystore>/<HEXALIAS>". Every write answers the entry as the
// tenant then has it (with its chain), read back after the write.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>

namespace gh {

// The body of POST /KeyPairGenerationRequests (SAP_APIS.md 1.5).
struct KeyPairGeneration
{
    QString keystore = QStringLiteral("system"); // or KeyRenewal
    QString alias;
    QString keyType = QStringLiteral("RSA");     // RSA, EC
    int keySize = 4096;                          // RSA
    QString ellipticCurve;                       // EC: KeyAlgorithmParameter
    QString signatureAlgorithm = QStringLiteral("SHA-512/RSA");
    QString commonName;
    QString organizationUnit;
    QString organization;
    QString locality;
    QString state;
    QString country; // two letters
    QString email;
    QDateTime validNotBefore; // invalid: the tenant's default
    QDateTime validNotAfter;
};

class KeystoreWrites
{
public:
    virtual ~KeystoreWrites() = default;

    // POST /KeyPairGenerationRequests. Conflict when the alias is taken.
    virtual QFuture<Result<KeystoreEntry>> generateKeyPair(const KeyPairGeneration& request) = 0;
    // GET /KeystoreEntries('hex')/SigningRequest/$value: the key pair's PKCS#10 request, PEM.
    virtual QFuture<Result<QByteArray>> signingRequest(const QString& key) = 0;
    // PUT /CertificateResources('hex')/$value: a certificate entry (PEM), replacing the one
    // there when `update`.
    virtual QFuture<Result<KeystoreEntry>> putCertificate(const QString& keystore, const QString& alias,
                                                          const QByteArray& pem, bool update) = 0;
    // PUT /CertificateChainResources('hex')/$value: the CA-signed chain (concatenated PEM, leaf
    // first) of an existing key pair.
    virtual QFuture<Result<KeystoreEntry>> putChain(const QString& key, const QByteArray& chainPem) = 0;
    // POST /KeyPairResources: a key pair as PKCS#12 (encrypted with `password`), replacing the
    // one there when `update`.
    virtual QFuture<Result<KeystoreEntry>> putKeyPair(const QString& keystore, const QString& alias, const QByteArray& pkcs12,
                                                      const crypto::SecretBuffer& password, bool update) = 0;
    // PUT /KeystoreEntries('hex')?renameAlias=…: the entry under its new alias.
    virtual QFuture<Result<KeystoreEntry>> rename(const QString& key, const QString& newAlias) = 0;
    // DELETE /KeystoreEntries('hex')?keystoreName=KeyRenewal&activate=true (a KeyRenewal key).
    virtual QFuture<Status> activateRenewal(const QString& key) = 0;
};

} // namespace gh
