#pragma once

// The keychain side of copying security material between tenants (TenantCopy): before a copy
// plan's step is applied to the target, each copied key pair's private key is read through the
// source's KeyVault and kept through the target's, and each copied secret PGP keyring file is
// read from the source's keychain item (pgpactions::secretKeyringKey) and written under the
// target's, and so is each copied destination keystore's file
// (SecretStore::destinationCertificateContentKey). The values stay in memory (wiped once written), never in a file, a log or a Change.
//
// Library gh_workspace_pgp (it names the secret keyring items). Like the SecretStore, call it only
// from the store's thread, which must run an event loop.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Result.h"
#include "app/workspace/TenantCopy.h"

#include <QFuture>
#include <QString>

#include <memory>

namespace gh {

class SecretStore;

namespace copying {

// Finishes once everything is carried, or with the first error: NotFound naming the key pair or
// the keyring when this machine's keychain does not hold it for the source (a key made in the
// tenant stays there; nothing should be applied then). Items written before an error stay in the
// target's keychain: keys and keyrings are content-addressed, so they never stand for anything
// else; a destination keystore's file is kept by name (carried last), and the certificate's
// contentSha256 tells whether a file found there is the one its record means.
QFuture<Status> carryMaterial(SecretStore& store, const QString& sourceId, const QString& targetId,
                              const CopyPlan& plan);

// The keychain item of `secret` for the tenant `tenantId`: SecretStore::destinationKey for a
// destination's secret, credentials::secretKey for a credential's.
QString secretKeyOf(const QString& tenantId, const SecretToCopy& secret);

// A secret's value on its way into the target's keychain (read from the source's, or typed).
struct SecretValue
{
    SecretToCopy secret;
    std::shared_ptr<const crypto::SecretBuffer> value;
};

// Writes each value under secretKeyOf(targetId, …), in turn; stops at the first error (naming the
// secret). Values are never logged; the caller's buffers wipe themselves.
QFuture<Status> keepSecrets(SecretStore& store, const QString& targetId, const QList<SecretValue>& values);

} // namespace copying
} // namespace gh
