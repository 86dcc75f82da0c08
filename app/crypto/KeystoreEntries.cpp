#include "app/crypto/KeystoreEntries.h"

namespace gh::crypto {

KeystoreEntry keystoreEntryFor(const QString& keystore, const QString& alias, const QString& type,
                               const QString& owner, const QList<Certificate>& chain,
                               const QDateTime& modified, const QString& modifiedBy)
{
    KeystoreEntry e;
    e.keystore = keystore;
    e.alias = alias;
    e.hexalias = KeystoreEntry::hexaliasOf(alias);
    e.type = type;
    e.owner = owner;
    e.lastModifiedBy = modifiedBy;
    e.lastModifiedTime = modified;
    e.createdBy = modifiedBy;
    e.createdTime = modified;
    if (chain.isEmpty())
        return e;
    const Certificate& c = chain.first();
    e.keyType = c.keyType();
    e.keySize = c.keySize();
    e.ellipticCurve = c.ellipticCurve();
    e.subjectDN = c.subjectDN();
    e.issuerDN = c.issuerDN();
    e.serialNumber = c.serialHex();
    e.signatureAlgorithm = c.signatureAlgorithm();
    e.version = c.version();
    e.validNotBefore = c.notBefore();
    e.validNotAfter = c.notAfter();
    e.fingerprintSha1 = c.fingerprint(QCryptographicHash::Sha1);
    e.fingerprintSha256 = c.fingerprint(QCryptographicHash::Sha256);
    e.fingerprintSha512 = c.fingerprint(QCryptographicHash::Sha512);
    for (const Certificate& cert : chain)
        e.chain.append(cert.toPem());
    return e;
}

} // namespace gh::crypto
