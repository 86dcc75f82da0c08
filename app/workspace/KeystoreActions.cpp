#include "app/workspace/KeystoreActions.h"

#include "app/crypto/KeystoreEntries.h"
#include "app/domain/Validation.h"
#include "app/workspace/KeystoreActionsDetail.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

namespace gh::keystore {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KeystoreActions)
};
} // namespace

using namespace detail;

namespace {

// Extra fields Cloud Integration gives history entries (HistoryKeystoreEntries).
const QString OriginalAliasField = QStringLiteral("OriginalAlias");
const QString SequenceField = QStringLiteral("ActivationSequenceNumber");
const QString ActivatedByField = QStringLiteral("ActivatedBy");
const QString ActiveFromField = QStringLiteral("ActiveFrom");
const QString DeactivatedByField = QStringLiteral("DeactivatedBy");
const QString ActiveUntilField = QStringLiteral("ActiveUntil");

QString isoText(const QDateTime& time)
{
    return wholeSeconds(time).toString(Qt::ISODate);
}

Error forbiddenSap(const KeystoreEntry& entry)
{
    return Error::make(Error::Kind::Forbidden,
                       Tr::tr("keystore entry '%1' is owned by SAP and read-only").arg(entry.alias));
}

Status checkAlias(const QString& alias, const QString& keystore, const QList<KeystoreEntry>& existing)
{
    const Problems problems = validateAlias(alias);
    if (!problems.isEmpty())
        return problems.first();
    if (findEntry(existing, keystore, alias))
        return Error::validation(QStringLiteral("Alias"),
                                 Tr::tr("'%1' is already taken in the %2 keystore").arg(alias, keystore));
    return {};
}

KeystoreEntry touched(KeystoreEntry entry, const Actor& actor)
{
    entry.lastModifiedBy = actor.user;
    entry.lastModifiedTime = wholeSeconds(actor.now);
    return entry;
}

} // namespace

// ---- Helpers ----------------------------------------------------------------------------------

QString aliasFrom(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool lastWasUnderscore = false;
    for (const QChar c : text.trimmed().toLower()) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                          c == QLatin1Char('-');
        if (keep) {
            out.append(c);
            lastWasUnderscore = false;
        } else if (!lastWasUnderscore) {
            out.append(QLatin1Char('_'));
            lastWasUnderscore = true;
        }
    }
    // No separator at either end: "*.api.example.com" gives "api.example.com".
    auto isSeparator = [](QChar c) { return c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-'); };
    while (!out.isEmpty() && isSeparator(out.back()))
        out.chop(1);
    while (!out.isEmpty() && isSeparator(out.front()))
        out.remove(0, 1);
    out.truncate(240);
    return out.isEmpty() ? QStringLiteral("certificate") : out;
}

const KeystoreEntry* findEntry(const QList<KeystoreEntry>& existing, const QString& keystore, const QString& alias)
{
    for (const KeystoreEntry& e : existing) {
        if (e.keystore == keystore && e.alias == alias)
            return &e;
    }
    return nullptr;
}

QString freeAlias(const QString& wanted, const QString& keystore, const QList<KeystoreEntry>& existing,
                  const QStringList& alsoTaken)
{
    auto taken = [&](const QString& alias) { return alsoTaken.contains(alias) || findEntry(existing, keystore, alias); };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1_%2").arg(wanted).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

Result<QList<crypto::Certificate>> chainOf(const KeystoreEntry& entry)
{
    QList<crypto::Certificate> out;
    for (qsizetype i = 0; i < entry.chain.size(); ++i) {
        auto certificate = crypto::Certificate::fromPem(entry.chain.at(i));
        if (!certificate) {
            Error e = certificate.error();
            e.where = Tr::tr("keystore entry '%1', certificate %2 of its chain").arg(entry.alias).arg(i + 1);
            return e;
        }
        out.append(*certificate);
    }
    if (out.isEmpty())
        return Error::make(Error::Kind::Crypto, Tr::tr("has no certificate"),
                           Tr::tr("keystore entry '%1'").arg(entry.alias));
    return out;
}

// ---- Generate, CSR, signed chain --------------------------------------------------------------

Result<GeneratedKeyPair> generateKeyPair(const GenerateRequest& request, const QList<KeystoreEntry>& existing,
                                         const Actor& actor)
{
    if (Status s = checkAlias(request.alias, request.keystore, existing); !s)
        return s.error();
    if (request.keystore != SystemKeystore && request.keystore != RenewalKeystore)
        return Error::validation(QStringLiteral("Keystore"),
                                 Tr::tr("key pairs are generated into the system or KeyRenewal keystore, not %1")
                                     .arg(request.keystore));
    crypto::CertificateSpec spec = request.certificate;
    const QDateTime now = wholeSeconds(actor.now);
    if (!spec.notBefore.isValid())
        spec.notBefore = now;
    if (!spec.notAfter.isValid())
        spec.notAfter = spec.notBefore.addDays(365);
    auto key = crypto::PrivateKey::generate(request.key);
    if (!key)
        return key.error();
    auto certificate = crypto::CertificateBuilder::selfSigned(spec, *key);
    if (!certificate)
        return certificate.error();
    GeneratedKeyPair out;
    out.entry = crypto::keystoreEntryFor(request.keystore, request.alias, KeyPairType, TenantOwner, {*certificate}, now,
                                         actor.user);
    out.privateKey = std::make_shared<const crypto::PrivateKey>(std::move(*key));
    return out;
}

Result<crypto::CertificateRequest> signingRequest(const KeystoreEntry& entry, const crypto::PrivateKey& key,
                                                  const QString& digest)
{
    if (!entry.isKeyPair())
        return Error::validation(QStringLiteral("Type"),
                                 Tr::tr("'%1' is a %2, not a key pair: only key pairs have a signing request")
                                     .arg(entry.alias, entry.type.toLower()));
    auto chain = chainOf(entry);
    if (!chain)
        return chain.error();
    const crypto::Certificate& leaf = chain->first();
    if (!leaf.publicKeyMatches(key))
        return Error::validation(QStringLiteral("Key"),
                                 Tr::tr("the private key does not belong to the certificate of '%1'").arg(entry.alias));
    crypto::CsrSpec spec;
    spec.subject = leaf.subject();
    spec.dnsNames = leaf.dnsNames();
    spec.ipAddresses = leaf.ipAddresses();
    spec.emails = leaf.emails();
    spec.digest = digest;
    return crypto::CertificateRequest::create(key, spec);
}

Result<Change> updateWithSignedChain(const KeystoreEntry& entry, const QList<crypto::Certificate>& chain,
                                     const Actor& actor)
{
    if (entry.isSapOwned())
        return forbiddenSap(entry);
    if (!entry.isKeyPair())
        return Error::validation(QStringLiteral("Type"),
                                 Tr::tr("'%1' is a %2, not a key pair: a signed chain belongs to a key pair")
                                     .arg(entry.alias, entry.type.toLower()));
    auto current = chainOf(entry);
    if (!current)
        return current.error();
    auto ordered = crypto::acceptSignedChain(current->first(), chain);
    if (!ordered)
        return ordered.error();
    if (*ordered == *current)
        return Error::validation(QStringLiteral("Chain"),
                                 Tr::tr("'%1' already has exactly this chain").arg(entry.alias));
    KeystoreEntry updated = crypto::keystoreEntryFor(entry.keystore, entry.alias, entry.type, entry.owner, *ordered,
                                                     wholeSeconds(actor.now), actor.user);
    updated.createdBy = entry.createdBy;
    updated.createdTime = entry.createdTime;
    updated.extra = entry.extra;
    return Change::updated(entry, updated);
}

// ---- Rename, delete ---------------------------------------------------------------------------

Result<QList<Change>> rename(const KeystoreEntry& entry, const QString& newAlias, const QList<KeystoreEntry>& existing,
                             const Actor& actor)
{
    if (entry.isSapOwned())
        return forbiddenSap(entry);
    if (newAlias == entry.alias)
        return Error::validation(QStringLiteral("Alias"), Tr::tr("the new alias is the current one"));
    if (Status s = checkAlias(newAlias, entry.keystore, existing); !s)
        return s.error();
    const KeystoreEntry renamed = touched(withAlias(entry, entry.keystore, newAlias), actor);
    return QList<Change>{Change::removed(entry), Change::created(renamed)};
}

Result<QList<Change>> removal(const QList<KeystoreEntry>& entries)
{
    QList<Change> out;
    for (const KeystoreEntry& entry : entries) {
        if (entry.isSapOwned())
            return forbiddenSap(entry);
        out.append(Change::removed(entry));
    }
    return out;
}

// ---- References -------------------------------------------------------------------------------

QList<Reference> referencesTo(const QString& alias, const QList<Destination>& destinations)
{
    QList<Reference> out;
    for (const Destination& d : destinations) {
        for (const Destination::Property& p : d.properties()) {
            if (!p.key.endsWith(QLatin1String("StoreLocation"), Qt::CaseInsensitive) || p.value.isEmpty())
                continue;
            const QString value = p.value.trimmed();
            if (value.compare(alias, Qt::CaseInsensitive) == 0 ||
                QFileInfo(value).completeBaseName().compare(alias, Qt::CaseInsensitive) == 0)
                out.append({d.name(), p.key});
        }
    }
    return out;
}

QStringList describeReferences(const QList<Reference>& references, int max)
{
    QStringList out;
    for (const Reference& r : references) {
        if (out.size() == max) {
            out.append(Tr::tr("…and %1 more").arg(references.size() - max));
            break;
        }
        out.append(Tr::tr("destination '%1' (%2)").arg(r.destination, r.property));
    }
    return out;
}

// ---- Key renewal ------------------------------------------------------------------------------

Result<GeneratedKeyPair> renewalKeyPair(const KeystoreEntry& current, const QList<KeystoreEntry>& existing,
                                        const Actor& actor)
{
    if (current.keystore != SystemKeystore)
        return Error::validation(QStringLiteral("Keystore"),
                                 Tr::tr("only key pairs of the system keystore are renewed; '%1' is in %2")
                                     .arg(current.alias, current.keystore));
    if (!current.isKeyPair())
        return Error::validation(QStringLiteral("Type"),
                                 Tr::tr("'%1' is a %2: only key pairs are renewed (import the new certificate "
                                                "instead)")
                                     .arg(current.alias, current.type.toLower()));
    if (current.isSapOwned())
        return Error::make(Error::Kind::Forbidden,
                           Tr::tr("'%1' is owned by SAP: SAP provides its renewal in the KeyRenewal keystore")
                               .arg(current.alias));
    if (findEntry(existing, RenewalKeystore, current.alias))
        return Error::validation(QStringLiteral("Alias"),
                                 Tr::tr("a renewal of '%1' is already waiting in the KeyRenewal keystore: "
                                                "activate or delete it first")
                                     .arg(current.alias));
    auto chain = chainOf(current);
    if (!chain)
        return chain.error();
    const crypto::Certificate& leaf = chain->first();

    GenerateRequest request;
    request.keystore = RenewalKeystore;
    request.alias = current.alias;
    const QString keyType = leaf.keyType();
    if (keyType == QLatin1String("RSA"))
        request.key = crypto::KeySpec::rsa(leaf.keySize());
    else if (keyType == QLatin1String("EC"))
        request.key = crypto::KeySpec::ec(leaf.ellipticCurve());
    else if (keyType == QLatin1String("Ed25519"))
        request.key = crypto::KeySpec::ed25519();
    else
        return Error::validation(QStringLiteral("KeyType"),
                                 Tr::tr("cannot renew a %1 key; generate a new key pair instead").arg(keyType));
    request.certificate.subject = leaf.subject();
    request.certificate.dnsNames = leaf.dnsNames();
    request.certificate.ipAddresses = leaf.ipAddresses();
    request.certificate.emails = leaf.emails();
    request.certificate.keyUsage = leaf.keyUsage();
    request.certificate.extendedKeyUsages = leaf.extendedKeyUsages();
    const QString signature = leaf.signatureAlgorithm();
    request.certificate.digest = signature.contains(QLatin1String("512"))   ? QStringLiteral("SHA512")
                                 : signature.contains(QLatin1String("384")) ? QStringLiteral("SHA384")
                                                                            : QStringLiteral("SHA256");
    const QDateTime now = wholeSeconds(actor.now);
    const qint64 lifetime = std::max<qint64>(leaf.notBefore().secsTo(leaf.notAfter()), 86400);
    request.certificate.notBefore = now;
    request.certificate.notAfter = now.addSecs(lifetime);
    return generateKeyPair(request, existing, actor);
}

namespace {

// Puts `incoming` (already in the system keystore, with its alias) in place of the system entry
// of that alias, which moves to KeyHistory.
Result<QList<Change>> activate(KeystoreEntry incoming, const QList<KeystoreEntry>& existing, const Actor& actor)
{
    const QDateTime now = wholeSeconds(actor.now);
    incoming = touched(std::move(incoming), actor);
    incoming.extra.insert(ActivatedByField, actor.user);
    incoming.extra.insert(ActiveFromField, isoText(now));
    QList<Change> out;
    const KeystoreEntry* current = findEntry(existing, SystemKeystore, incoming.alias);
    if (!current) {
        out.append(Change::created(incoming));
        return out;
    }
    if (current->isSapOwned())
        return forbiddenSap(*current);
    if (sameCertificate(*current, incoming))
        return Error::validation(QStringLiteral("Alias"),
                                 Tr::tr("'%1' already uses this key and certificate").arg(incoming.alias));
    int sequence = 0;
    for (const KeystoreEntry& e : existing) {
        if (e.keystore == HistoryKeystore && e.extra.value(OriginalAliasField).toString() == current->alias)
            sequence = std::max(sequence, e.extra.value(SequenceField).toInt());
    }
    ++sequence;
    QString historyAlias = QStringLiteral("%1_%2").arg(sequence).arg(current->alias);
    historyAlias = freeAlias(historyAlias, HistoryKeystore, existing);
    KeystoreEntry history = touched(withAlias(*current, HistoryKeystore, historyAlias), actor);
    history.extra.insert(OriginalAliasField, current->alias);
    history.extra.insert(SequenceField, sequence);
    if (!history.extra.contains(ActivatedByField))
        history.extra.insert(ActivatedByField, current->createdBy);
    if (!history.extra.contains(ActiveFromField))
        history.extra.insert(ActiveFromField, isoText(current->createdTime));
    history.extra.insert(DeactivatedByField, actor.user);
    history.extra.insert(ActiveUntilField, isoText(now));
    out.append(Change::created(history));
    incoming.createdBy = current->createdBy;
    incoming.createdTime = current->createdTime;
    out.append(Change::updated(*current, incoming));
    return out;
}

} // namespace

Result<QList<Change>> activateRenewal(const KeystoreEntry& renewal, const QList<KeystoreEntry>& existing,
                                      const Actor& actor)
{
    if (renewal.keystore != RenewalKeystore)
        return Error::validation(QStringLiteral("Keystore"),
                                 Tr::tr("'%1' is in the %2 keystore: only KeyRenewal entries are activated")
                                     .arg(renewal.alias, renewal.keystore));
    auto changes = activate(withAlias(renewal, SystemKeystore, renewal.alias), existing, actor);
    if (!changes)
        return changes;
    changes->prepend(Change::removed(renewal));
    return changes;
}

Result<QList<Change>> rollBack(const KeystoreEntry& history, const QList<KeystoreEntry>& existing, const Actor& actor)
{
    if (history.keystore != HistoryKeystore)
        return Error::validation(QStringLiteral("Keystore"),
                                 Tr::tr("'%1' is in the %2 keystore: roll back to a KeyHistory entry")
                                     .arg(history.alias, history.keystore));
    const QString original = history.extra.value(OriginalAliasField).toString();
    if (original.isEmpty())
        return Error::validation(QStringLiteral("OriginalAlias"),
                                 Tr::tr("history entry '%1' does not say which alias it was").arg(history.alias));
    KeystoreEntry restored = withAlias(history, SystemKeystore, original);
    for (const QString& field : {OriginalAliasField, SequenceField, ActivatedByField, ActiveFromField,
                                 DeactivatedByField, ActiveUntilField})
        restored.extra.remove(field);
    return activate(restored, existing, actor);
}

} // namespace gh::keystore
