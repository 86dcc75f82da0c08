#include "app/secrets/MemorySecretStore.h"

#include "app/secrets/Cleanse.h"
#include "app/secrets/FutureUtil.h"

#include <QCoreApplication>

namespace gh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::MemorySecretStore)
};

Error emptyKeyError()
{
    return Error::validation(QStringLiteral("key"), Tr::tr("the secret's key is empty"));
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject* parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

QFuture<Result<QByteArray>> MemorySecretStore::read(const QString& key)
{
    if (key.isEmpty())
        return detail::readyFuture(Result<QByteArray>(emptyKeyError()));
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        return detail::readyFuture(Result<QByteArray>(Error::make(
            Error::Kind::NotFound, Tr::tr("no secret is stored in memory under this key"),
            QStringLiteral("memory:") + key)));
    }
    // A copy of its own, so that our buffer stays unshared and can be wiped.
    return detail::readyFuture(Result<QByteArray>(deepCopy(*it)));
}

QFuture<Status> MemorySecretStore::write(const QString& key, const QByteArray& secret)
{
    if (key.isEmpty())
        return detail::readyFuture(Status(emptyKeyError()));
    QByteArray& slot = m_secrets[key];
    cleanse(slot);
    slot = deepCopy(secret);
    return detail::readyFuture(Status());
}

QFuture<Status> MemorySecretStore::remove(const QString& key)
{
    if (key.isEmpty())
        return detail::readyFuture(Status(emptyKeyError()));
    const auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        cleanse(*it);
        m_secrets.erase(it);
    }
    return detail::readyFuture(Status());
}

QString MemorySecretStore::description() const
{
    return Tr::tr("memory only (not remembered)");
}

void MemorySecretStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        cleanse(*it);
    m_secrets.clear();
}

} // namespace gh
