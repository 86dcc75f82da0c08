#include "app/workspace/PushKeystore.h"

#include "app/client/KeystoreWrites.h"
#include "app/client/local/Codec.h"
#include "app/crypto/Certificate.h"
#include "app/crypto/CertificateRequest.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/SecretBuffer.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace gh::push {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::PushKeystore)
};
} // namespace

namespace {

using Written = Result<Form>;

template<class T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

std::optional<KeystoreEntry> entryOf(const Form& form)
{
    if (!form)
        return std::nullopt;
    auto e = KeystoreEntry::fromJson(*form);
    if (!e)
        return std::nullopt;
    return std::move(*e);
}

QStringList chainFingerprints(const KeystoreEntry& e)
{
    QStringList out;
    for (const QByteArray& pem : e.chain) {
        auto c = crypto::Certificate::fromPem(pem);
        out.append(c ? c->fingerprint(QCryptographicHash::Sha256) : QString::fromLatin1(pem.trimmed()));
    }
    return out;
}

bool sameContent(const KeystoreEntry& a, const KeystoreEntry& b)
{
    if (a.keystore != b.keystore || a.alias != b.alias || a.type != b.type
        || a.fingerprintSha256.compare(b.fingerprintSha256, Qt::CaseInsensitive) != 0)
        return false;
    if (a.isKeyPair() && a.keystore != QLatin1String("KeyHistory"))
        return chainFingerprints(a) == chainFingerprints(b);
    return true;
}

// The SHA-256 of the leaf certificate's public key; empty when there is none.
QString leafKeyOf(const KeystoreEntry& e)
{
    if (e.chain.isEmpty())
        return {};
    auto c = crypto::Certificate::fromPem(e.chain.first());
    return c ? crypto::publicKeySha256(c->publicKey()) : QString();
}

Error refused(const QString& message)
{
    return Error::validation(QStringLiteral("Keystore"), message);
}

QFuture<Written> formOf(QFuture<Result<KeystoreEntry>> sent)
{
    return sent.then(QtFuture::Launch::Sync, [](Result<KeystoreEntry> e) -> Written {
        if (!e)
            return e.error();
        return Form(storedForm(*e));
    });
}

QFuture<Written> gone(QFuture<Status> sent)
{
    return sent.then(QtFuture::Launch::Sync, [](Status s) -> Written {
        if (!s)
            return s.error();
        return Form();
    });
}

// The key pair with its private key, as a PKCS#12 under a password made for this request only.
QFuture<Written> sendKeyPair(KeystoreWrites& writes, const KeystoreEntry& entry, bool update, const PrivateKeySource& keys)
{
    if (!keys)
        return ready(Written(refused(Tr::tr("the private key of '%1' is needed to send it, and this push has no key store")
                                         .arg(entry.alias))));
    auto chain = QList<crypto::Certificate>();
    for (const QByteArray& pem : entry.chain) {
        auto c = crypto::Certificate::fromPem(pem);
        if (!c)
            return ready(Written(c.error()));
        chain.append(*c);
    }
    if (chain.isEmpty())
        return ready(Written(refused(Tr::tr("'%1' has no certificate").arg(entry.alias))));
    return keys(entry)
        .then(QtFuture::Launch::Sync,
              [&writes, entry, chain, update](Result<std::shared_ptr<const crypto::PrivateKey>> key) -> QFuture<Written> {
                  if (!key) // not held here, or no key store: this change waits, the push goes on
                      return ready(Written(refused(Tr::tr("the private key of '%1' is not available on this machine: %2")
                                                       .arg(entry.alias, key.error().message))));
                  QByteArray random(24, Qt::Uninitialized);
                  QRandomGenerator::system()->generate(random.begin(), random.end());
                  const crypto::SecretBuffer password(random.toBase64());
                  random.fill('\0');
                  auto p12 = crypto::Exporter::pkcs12(**key, chain, password);
                  if (!p12)
                      return ready(Written(p12.error()));
                  return formOf(writes.putKeyPair(entry.keystore, entry.alias, *p12, password, update));
              })
        .unwrap();
}

} // namespace

namespace {

// The activation this delete of a KeyRenewal entry is part of: the system entry of its alias
// taking its certificate in the same step.
bool isActivation(const QList<JournalEntry>& entries, const JournalEntry& e)
{
    const auto removed = entryOf(e.before);
    if (e.after || !removed || removed->keystore != QLatin1String("KeyRenewal"))
        return false;
    for (const JournalEntry& other : entries) {
        if (other.group != e.group || other.seq == e.seq || other.kind != EntityKind::KeystoreEntry || !other.after)
            continue;
        const auto partner = entryOf(other.after);
        if (partner && partner->keystore == QLatin1String("system") && partner->hexalias == removed->hexalias
            && partner->fingerprintSha256.compare(removed->fingerprintSha256, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool mustSend(const QList<JournalEntry>& entries, qsizetype index)
{
    const JournalEntry& e = entries.at(index);
    if (e.kind != EntityKind::KeystoreEntry || !e.after || !e.key.startsWith(QLatin1String("KeyRenewal/")))
        return false;
    for (qsizetype i = index + 1; i < entries.size(); ++i)
        if (entries.at(i).kind == EntityKind::KeystoreEntry && entries.at(i).key == e.key && isActivation(entries, entries.at(i)))
            return true;
    return false;
}

bool samePushed(EntityKind kind, const Form& theirs, const Form& mine)
{
    if (theirs == mine)
        return true;
    if (kind != EntityKind::KeystoreEntry || !theirs || !mine)
        return false;
    const auto a = entryOf(theirs);
    const auto b = entryOf(mine);
    return a && b && sameContent(*a, *b);
}

QFuture<Written> writeKeystore(TenantClient& remote, const QList<JournalEntry>& entries, qsizetype index, bool theirsExists,
                               const PrivateKeySource& keys)
{
    const JournalEntry& e = entries.at(index);
    ResourceClient<KeystoreEntry>& client = remote.keystore();
    auto* writes = dynamic_cast<KeystoreWrites*>(&client);
    if (!e.after) {
        const auto removed = entryOf(e.before);
        if (writes && removed) {
            // The same step's other keystore changes: a rename or an activation of this entry?
            for (const JournalEntry& other : entries) {
                if (other.group != e.group || other.seq == e.seq || other.kind != EntityKind::KeystoreEntry || !other.after)
                    continue;
                const auto partner = entryOf(other.after);
                if (!partner || partner->fingerprintSha256.compare(removed->fingerprintSha256, Qt::CaseInsensitive) != 0)
                    continue;
                if (removed->keystore == QLatin1String("KeyRenewal") && partner->keystore == QLatin1String("system")
                    && partner->hexalias == removed->hexalias)
                    return gone(writes->activateRenewal(e.key));
                if (!other.before && partner->keystore == removed->keystore && partner->alias != removed->alias)
                    return formOf(writes->rename(e.key, partner->alias))
                        .then(QtFuture::Launch::Sync, [](Written w) -> Written { return w ? Written(Form()) : w; });
            }
        }
        return gone(client.remove(e.key));
    }
    const auto entry = entryOf(e.after);
    if (!entry)
        return ready(Written(refused(Tr::tr("the journal's keystore entry %1 does not read").arg(e.key))));
    if (entry->keystore == QLatin1String("KeyHistory"))
        return ready(Written(refused(Tr::tr("'%1': entries of the KeyHistory keystore are made by the tenant when a renewal "
                                                    "key is activated, not written")
                                         .arg(entry->alias))));
    if (!writes)
        return formOf(theirsExists ? client.update(*entry) : client.create(*entry));
    if (!entry->isKeyPair()) {
        if (entry->chain.isEmpty())
            return ready(Written(refused(Tr::tr("'%1' has no certificate").arg(entry->alias))));
        return formOf(writes->putCertificate(entry->keystore, entry->alias, entry->chain.first(), theirsExists));
    }
    // A key pair: its chain alone when the remote's has the same key, else the whole key pair.
    const auto before = entryOf(e.before);
    if (theirsExists && before && before->isKeyPair() && !leafKeyOf(*entry).isEmpty() && leafKeyOf(*before) == leafKeyOf(*entry))
        return formOf(writes->putChain(entry->key(), entry->chain.join()));
    return sendKeyPair(*writes, *entry, theirsExists, keys);
}

} // namespace gh::push
