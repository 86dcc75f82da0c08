#pragma once

#include "app/crypto/PrivateKey.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QFuture>
#include <QPointer>
#include <QString>

#include <memory>

namespace gh {

class SecretStore;

namespace crypto {
class Certificate;
}

// The private keys of the tenant's key pairs that Gatehouse holds (generated or imported here),
// kept in the SecretStore, never in the tenant file or the journal.
//
// Keys are content-addressed: "tenant/<tenantId>/privatekey/<SHA-256 of the public key's
// SubjectPublicKeyInfo, lower-case hex>", the value an unencrypted PKCS#8 PEM (the keychain
// encrypts it). So renaming, deleting, undoing, redoing or renewing an entry never touches the
// keychain: an entry finds its key through its certificate's public key, whatever its alias or
// keystore. A key stays in the keychain when its entry is deleted (undo may bring the entry back).
//
// Like the SecretStore, call it only from the store's thread, which must run an event loop.
class KeyVault
{
public:
    using Key = std::shared_ptr<const crypto::PrivateKey>;

    KeyVault(SecretStore& store, QString tenantId);

    QString tenantId() const { return m_tenantId; }
    // The store it keeps keys in (destination keystores' files are kept there too); null once
    // the store is gone.
    SecretStore* secretStore() const;
    bool isPersistent() const;
    QString description() const; // the store's: "system keychain (Secret Service)" …

    // The secret's name for a public key (SubjectPublicKeyInfo DER).
    static QString keyName(const QString& tenantId, const QByteArray& publicKeyDer);

    // Stores `key` (its public half names it). Finishes with the store's error, if any.
    QFuture<Status> keep(const crypto::PrivateKey& key);
    // The private key of `entry`'s certificate (the first of its chain). NotFound, naming the
    // alias, when Gatehouse does not hold it (demo and remote key pairs: the key stays in the
    // tenant); Crypto when the stored value does not parse or does not match the certificate.
    QFuture<Result<Key>> keyOf(const KeystoreEntry& entry);
    // The same, by public key.
    QFuture<Result<Key>> find(const QByteArray& publicKeyDer, const QString& alias);
    // Forgets the key of `publicKeyDer` (for a failed import that stored one it should not keep).
    QFuture<Status> forget(const QByteArray& publicKeyDer);

private:
    QPointer<SecretStore> m_store;
    QString m_tenantId;
};

} // namespace gh
