#include "app/workspace/KeyVault.h"

#include "app/crypto/Certificate.h"
#include "app/crypto/OpenSsl.h"
#include "app/crypto/SecretBuffer.h"
#include "app/secrets/Cleanse.h"
#include "app/secrets/FutureUtil.h"
#include "app/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KeyVault)
};
} // namespace

namespace {

QByteArray publicKeyDerOf(const crypto::Certificate& certificate)
{
    if (certificate.isNull())
        return {};
    auto der = crypto::derOf(i2d_PUBKEY, certificate.publicKey());
    if (!der)
        crypto::clearOpenSslErrors();
    return der.value_or(QByteArray());
}

// Overwrites the bytes of `data` even when its buffer is shared: the other sharers are the
// future and the store call that handled this very secret, and must not keep it either.
void wipe(QByteArray& data)
{
    if (!data.isEmpty())
        OPENSSL_cleanse(const_cast<char*>(data.constData()), size_t(data.size()));
    data.clear();
}

Error noStore()
{
    return Error::make(Error::Kind::Internal, Tr::tr("no secret store is available for private keys"));
}

} // namespace

KeyVault::KeyVault(SecretStore& store, QString tenantId) : m_store(&store), m_tenantId(std::move(tenantId)) {}

SecretStore* KeyVault::secretStore() const
{
    return m_store;
}

bool KeyVault::isPersistent() const
{
    return m_store && m_store->isPersistent();
}

QString KeyVault::description() const
{
    return m_store ? m_store->description() : QString();
}

QString KeyVault::keyName(const QString& tenantId, const QByteArray& publicKeyDer)
{
    const QByteArray digest = QCryptographicHash::hash(publicKeyDer, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("tenant/%1/privatekey/%2").arg(tenantId, QString::fromLatin1(digest));
}

QFuture<Status> KeyVault::keep(const crypto::PrivateKey& key)
{
    if (!m_store)
        return detail::readyFuture(Status(noStore()));
    if (key.isNull())
        return detail::readyFuture(Status(Error::validation(QStringLiteral("Key"), Tr::tr("no private key to keep"))));
    auto pem = key.toPkcs8Pem();
    if (!pem)
        return detail::readyFuture(Status(pem.error()));
    // The store takes a QByteArray: a buffer of our own, wiped as soon as the call has it.
    QByteArray bytes = deepCopy(pem->view().toByteArray());
    QFuture<Status> written = m_store->write(keyName(m_tenantId, key.publicKeyDer()), bytes);
    // The store's job may hold a shared copy until it is done: wipe the buffer then.
    return written.then([bytes](Status status) mutable {
        wipe(bytes);
        return status;
    });
}

QFuture<Result<KeyVault::Key>> KeyVault::keyOf(const KeystoreEntry& entry)
{
    if (entry.chain.isEmpty())
        return detail::readyFuture(Result<Key>(Error::notFound(
            Tr::tr("keystore entry '%1' has no certificate, so no key can be found for it").arg(entry.alias))));
    auto certificate = crypto::Certificate::fromPem(entry.chain.first());
    if (!certificate) {
        Error e = certificate.error();
        e.where = Tr::tr("keystore entry '%1'").arg(entry.alias);
        return detail::readyFuture(Result<Key>(e));
    }
    return find(publicKeyDerOf(*certificate), entry.alias);
}

QFuture<Result<KeyVault::Key>> KeyVault::find(const QByteArray& publicKeyDer, const QString& alias)
{
    if (!m_store)
        return detail::readyFuture(Result<Key>(noStore()));
    const QString name = keyName(m_tenantId, publicKeyDer);
    const QString where = m_store->description();
    return m_store->read(name).then([publicKeyDer, alias, where](Result<QByteArray> stored) -> Result<Key> {
        if (!stored) {
            if (stored.error().kind == Error::Kind::NotFound) {
                return Error::make(Error::Kind::NotFound,
                                   Tr::tr("Gatehouse does not hold the private key of '%1': only keys "
                                                  "generated or imported here are kept (in the %2); the tenant "
                                                  "keeps the others and never hands them out")
                                       .arg(alias, where));
            }
            return stored.error();
        }
        crypto::SecretBuffer pem{QByteArrayView(*stored)};
        wipe(*stored); // also the read future's copy of the same buffer
        auto key = crypto::PrivateKey::fromPem(pem.view());
        if (!key) {
            Error e = key.error();
            e.kind = Error::Kind::Crypto;
            e.message = Tr::tr("the private key kept for '%1' cannot be read: %2").arg(alias, e.message);
            return e;
        }
        if (key->publicKeyDer() != publicKeyDer)
            return Error::make(Error::Kind::Crypto,
                               Tr::tr("the private key kept for '%1' does not match its certificate").arg(alias));
        return Key(std::make_shared<const crypto::PrivateKey>(std::move(*key)));
    });
}

QFuture<Status> KeyVault::forget(const QByteArray& publicKeyDer)
{
    if (!m_store)
        return detail::readyFuture(Status(noStore()));
    return m_store->remove(keyName(m_tenantId, publicKeyDer));
}

} // namespace gh
