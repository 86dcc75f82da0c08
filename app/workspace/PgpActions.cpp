#include "app/workspace/PgpActions.h"

#include "app/domain/FileRead.h"

#include <QCoreApplication>
#include <QLocale>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace gh::pgpactions {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::PgpActions)
};
} // namespace

QString keyringName(Keyring keyring)
{
    return keyring == Keyring::Secret ? PgpKey::SecretKeyring : PgpKey::PublicKeyring;
}

QString secretKeyringKey(const QString& tenantId, const QString& sha256)
{
    return QStringLiteral("tenant/") + tenantId + QStringLiteral("/pgp/secret-keyring/") + sha256;
}

PgpKey fromKey(const pgp::Key& key, Keyring keyring, const QString& secretSha256)
{
    PgpKey out;
    out.keyring = keyringName(keyring);
    out.keyId = key.keyId;
    out.fingerprint = key.fingerprint;
    out.userIds = key.userIds;
    out.algorithm = key.algorithm;
    out.created = key.created;
    out.expires = key.expires;
    for (const pgp::Subkey& s : key.subkeys)
        out.subkeys.append({s.keyId, s.fingerprint, s.algorithm, s.created, s.expires, s.revoked});
    out.revoked = key.revoked;
    if (keyring == Keyring::Public)
        out.publicKey = key.publicPackets;
    else
        out.secretSha256 = secretSha256;
    return out;
}

QList<Change> ImportPlan::changes(const QList<PgpKey>& existing) const
{
    QHash<QString, PgpKey> current;
    for (const PgpKey& k : existing)
        current.insert(k.key(), k);
    QList<Change> out;
    for (const PgpKey& k : added)
        out.append(Change::created(k));
    for (const PgpKey& k : updated)
        out.append(Change::updated(current.value(k.key()), k));
    return out;
}

QString ImportPlan::summary() const
{
    const QLocale locale;
    return Tr::tr("%1 to add, %2 updated, %3 unchanged")
        .arg(locale.toString(added.size()), locale.toString(updated.size()), locale.toString(unchanged.size()));
}

QString ImportPlan::description() const
{
    return keyring == Keyring::Secret ? Tr::tr("Import secret PGP keyring %1").arg(QFileInfo(source).fileName())
                                      : Tr::tr("Import public PGP keyring %1").arg(QFileInfo(source).fileName());
}

Result<ImportPlan> planImport(QByteArrayView bytes, const QString& source, Keyring keyring,
                              const QList<PgpKey>& existing)
{
    const pgp::Expect expect = keyring == Keyring::Secret ? pgp::Expect::Secret : pgp::Expect::Public;
    auto keys = pgp::readKeyringWithPublicParts(bytes, source, expect);
    if (!keys)
        return keys.error();
    ImportPlan plan;
    plan.source = source;
    plan.keyring = keyring;
    if (keyring == Keyring::Secret) {
        plan.secretKeyring = QByteArray(bytes.data(), bytes.size());
        plan.secretSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    QHash<QString, PgpKey> current;
    for (const PgpKey& k : existing)
        current.insert(k.key(), k);
    for (const pgp::Key& key : std::as_const(*keys)) {
        const PgpKey k = fromKey(key, keyring, plan.secretSha256);
        const auto it = current.constFind(k.key());
        if (it == current.cend())
            plan.added.append(k);
        else if (!(*it == k))
            plan.updated.append(k);
        else
            plan.unchanged.append(k);
    }
    return plan;
}

Result<ImportPlan> planImportFile(const QString& path, Keyring keyring, const QList<PgpKey>& existing)
{
    const auto bytes = readFileBounded(path, pgp::MaxInputSize, Tr::tr("a PGP keyring"));
    if (!bytes)
        return bytes.error();
    return planImport(*bytes, path, keyring, existing);
}

Result<QList<Change>> removal(const QList<PgpKey>& existing, const QStringList& names, QStringList* alsoRemoved)
{
    QList<PgpKey> chosen;
    QSet<QString> taken;
    const auto take = [&](const PgpKey& k) {
        if (!taken.contains(k.key())) {
            taken.insert(k.key());
            chosen.append(k);
        }
    };
    for (const QString& name : names) {
        bool found = false;
        for (const PgpKey& k : existing) {
            if (k.key() == name || k.fingerprint.compare(name, Qt::CaseInsensitive) == 0 ||
                k.keyId.compare(name, Qt::CaseInsensitive) == 0) {
                take(k);
                found = true;
            }
        }
        if (!found)
            return Error::notFound(Tr::tr("no PGP key is '%1'").arg(name));
    }
    // A secret keyring file is kept (and exported) whole: its other keys go too.
    const QList<PgpKey> named = chosen;
    for (const PgpKey& k : named) {
        if (!k.isSecret())
            continue;
        for (const PgpKey& other : existing) {
            if (other.isSecret() && other.secretSha256 == k.secretSha256 && !taken.contains(other.key())) {
                take(other);
                if (alsoRemoved)
                    alsoRemoved->append(other.key());
            }
        }
    }
    QList<Change> out;
    for (const PgpKey& k : std::as_const(chosen))
        out.append(Change::removed(k));
    return out;
}

QByteArray exportPublic(const QList<PgpKey>& existing, bool armored)
{
    QByteArray packets;
    for (const PgpKey& k : existing)
        if (!k.isSecret())
            packets += k.publicKey;
    return armored ? pgp::armor(packets, false) : packets;
}

QStringList secretKeyringHashes(const QList<PgpKey>& existing)
{
    QStringList out;
    for (const PgpKey& k : existing)
        if (k.isSecret() && !out.contains(k.secretSha256))
            out.append(k.secretSha256);
    return out;
}

} // namespace gh::pgpactions
