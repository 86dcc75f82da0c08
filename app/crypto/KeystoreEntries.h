#pragma once

#include "app/crypto/Certificate.h"
#include "app/domain/Types.h"

#include <QDateTime>
#include <QList>

namespace gh::crypto {

// The keystore entry that Cloud Integration would list for a certificate chain (leaf first):
// its Hexalias, key and signature algorithms, DNs, serial, validity and fingerprints, with the
// chain kept as PEM. `type` is "Key Pair", "Certificate" or "SSH Key"; `owner` "SAP" or
// "Tenant Administrator".
KeystoreEntry keystoreEntryFor(const QString& keystore, const QString& alias, const QString& type,
                               const QString& owner, const QList<Certificate>& chain,
                               const QDateTime& modified, const QString& modifiedBy);

} // namespace gh::crypto
