#pragma once

// The secret values of a tenant's destinations on this machine: in the SecretStore under
// SecretStore::destinationKey, never in the tenant file or the journal (which only say whether a
// secret is set). Undo does not bring back an overwritten secret value: the keychain keeps one
// value per destination and property.
//
// Like the SecretStore, call it only from the store's thread, which must run an event loop.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Destination.h"
#include "app/domain/Result.h"

#include <QFuture>
#include <QPointer>
#include <QString>

#include <memory>

namespace gh {

class SecretStore;

namespace destinations {
class DestinationDraft;
}

class DestinationSecrets
{
public:
    DestinationSecrets(SecretStore& store, QString tenantId);

    QString tenantId() const { return m_tenantId; }
    bool isPersistent() const;

    // Writes what a draft's secrets need before its destination is applied: every secret typed,
    // and for a duplicate each secret set in the original, copied from the original's name. A
    // secret this machine does not hold for the original (the tenant keeps it) cannot be copied:
    // the destination returned has it missing, to be typed later. Finishes with the destination
    // to apply, or with the store's error (some secrets may be written by then, none applied).
    QFuture<Result<Destination>> store(const destinations::DestinationDraft& draft);

    // One secret value for one destination's property.
    struct Value
    {
        QString destination;
        QString key;
        std::shared_ptr<const crypto::SecretBuffer> value;
    };
    // Writes each value in turn (an import's carried and typed secrets); stops at the first error.
    QFuture<Status> write(const QList<Value>& values);

private:
    QPointer<SecretStore> m_store;
    QString m_tenantId;
};

} // namespace gh
