#pragma once

// How push sends journaled keystore changes to the remote (internal to Push.cpp), through the
// remote keystore's KeystoreWrites (SAP_APIS.md 1.4–1.6):
//
// - a created or replaced Certificate entry: CertificateResources (update=true to replace);
// - a key pair whose certificate keeps its public key (a CA-signed chain): CertificateChainResources;
// - any other created or replaced key pair (generated or imported here): KeyPairResources, as a
//   PKCS#12 of its private key (from the PrivateKeySource, the KeyVault) under a random
//   password of this one request; without the key the change is refused and stays pending;
// - a delete that the same journal step pairs with a create of the same certificate in the same
//   keystore under another alias (keystore::rename): a rename; a KeyRenewal delete paired with
//   the system entry of its alias taking its certificate (keystore::activateRenewal): the
//   activation. The step's other changes then find the remote done already;
// - any other delete: the entry's delete; KeyHistory entries are written only by activation.
//
// A keystore entry counts as "already done" when the remote has the same content: keystore,
// alias, type, certificate (SHA-256) and, for key pairs outside KeyHistory, the same chain;
// LastModified/Created times and users are the remote's own.

#include "app/client/TenantClient.h"
#include "app/client/local/TenantStore.h"
#include "app/crypto/PrivateKey.h"
#include "app/domain/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace gh::push {

using PrivateKeySource =
    std::function<QFuture<Result<std::shared_ptr<const crypto::PrivateKey>>>(const KeystoreEntry& entry)>;

using Form = std::optional<QJsonObject>;

// Whether the remote's form `theirs` already is what `mine` says, for push's purposes: equal
// forms, or for keystore entries equal content as above.
bool samePushed(EntityKind kind, const Form& theirs, const Form& mine);

// Whether entries[index] must go to the remote even when the entity's pending entries end
// where the remote is: a KeyRenewal key made here and activated later in the journal (the
// activation needs it on the remote first; it ends deleted on both sides otherwise).
bool mustSend(const QList<JournalEntry>& entries, qsizetype index);

// Sends entries[index] (a keystore change) to `remote`; `theirsExists`: the remote has the
// entry. The remote's stored form afterwards (none after a delete, rename or activation of it).
QFuture<Result<Form>> writeKeystore(TenantClient& remote, const QList<JournalEntry>& entries, qsizetype index,
                                    bool theirsExists, const PrivateKeySource& keys);

} // namespace gh::push
