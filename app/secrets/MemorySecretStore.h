#pragma once

#include "app/secrets/SecretStore.h"

#include <QHash>

namespace gh {

// Secrets kept in this process only, for when there is no usable system keychain. Values are held
// in buffers of their own (never shared with callers) and wiped with zeros when overwritten,
// removed, cleared or destroyed. Futures are already finished when returned.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    QFuture<gh::Result<QByteArray>> read(const QString& key) override;
    QFuture<gh::Status> write(const QString& key, const QByteArray& secret) override;
    QFuture<gh::Status> remove(const QString& key) override;
    bool isPersistent() const override { return false; }
    QString description() const override;

    qsizetype size() const { return m_secrets.size(); }
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    // Wipes and forgets every secret.
    void clear();

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace gh
