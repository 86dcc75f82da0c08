#include "app/workspace/KeystoreActions.h"

#include "app/crypto/CertificateReader.h"
#include "app/crypto/KeystoreEntries.h"
#include "app/domain/Validation.h"

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

namespace {

const QString KeyPairType = QStringLiteral("Key Pair");
const QString CertificateType = QStringLiteral("Certificate");

// Extra fields Cloud Integration gives history entries (HistoryKeystoreEntries).
const QString OriginalAliasField = QStringLiteral("OriginalAlias");
const QString SequenceField = QStringLiteral("ActivationSequenceNumber");
const QString ActivatedByField = QStringLiteral("ActivatedBy");
const QString ActiveFromField = QStringLiteral("ActiveFrom");
const QString DeactivatedByField = QStringLiteral("DeactivatedBy");
const QString ActiveUntilField = QStringLiteral("ActiveUntil");

// Stored dates have whole seconds: so must the ones we make, or a later compare would differ.
QDateTime wholeSeconds(const QDateTime& time)
{
    if (!time.isValid())
        return time;
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

QString isoText(const QDateTime& time)
{
    return wholeSeconds(time).toString(Qt::ISODate);
}

QString dayText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-");
}

QString normalizedFingerprint(const QString& fingerprint)
{
    QString out = fingerprint;
    out.remove(QLatin1Char(':'));
    return out.toUpper();
}

bool sameCertificate(const KeystoreEntry& a, const KeystoreEntry& b)
{
    return !a.fingerprintSha256.isEmpty() &&
           normalizedFingerprint(a.fingerprintSha256) == normalizedFingerprint(b.fingerprintSha256);
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

KeystoreEntry withAlias(KeystoreEntry entry, const QString& keystore, const QString& alias)
{
    entry.keystore = keystore;
    entry.alias = alias;
    entry.hexalias = KeystoreEntry::hexaliasOf(alias);
    return entry;
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

// ---- Import -----------------------------------------------------------------------------------

QString importActionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Add: return QStringLiteral("add");
    case ImportAction::Replace: return QStringLiteral("replace");
    case ImportAction::Unchanged: return QStringLiteral("unchanged");
    case ImportAction::Refused: return QStringLiteral("refused");
    }
    return {};
}

int ImportPlan::count(ImportAction action) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [action](const ImportItem& i) { return i.action == action; }));
}

QList<Change> ImportPlan::changes() const
{
    QList<Change> out;
    for (const ImportItem& item : items) {
        if (item.action == ImportAction::Add)
            out.append(Change::created(item.entry));
        else if (item.action == ImportAction::Replace && item.replaced)
            out.append(Change::updated(*item.replaced, item.entry));
    }
    return out;
}

QString ImportPlan::summary() const
{
    QStringList parts;
    if (const int n = count(ImportAction::Add))
        parts.append(Tr::tr("%1 to add").arg(n));
    if (const int n = count(ImportAction::Replace))
        parts.append(Tr::tr("%1 to replace").arg(n));
    if (const int n = count(ImportAction::Unchanged))
        parts.append(Tr::tr("%1 unchanged").arg(n));
    if (const int n = count(ImportAction::Refused))
        parts.append(Tr::tr("%1 refused").arg(n));
    QString out = parts.isEmpty() ? Tr::tr("nothing to import") : parts.join(QStringLiteral(", "));
    if (!problems.isEmpty()) {
        out += problems.size() == 1 ? Tr::tr("; 1 source could not be read")
                                    : Tr::tr("; %1 sources could not be read").arg(problems.size());
    }
    return out;
}

QString ImportPlan::description() const
{
    QStringList aliases;
    for (const ImportItem& item : items) {
        if (item.action == ImportAction::Add || item.action == ImportAction::Replace)
            aliases.append(item.entry.alias);
    }
    if (aliases.size() == 1)
        return Tr::tr("Import '%1'").arg(aliases.first());
    return Tr::tr("Import %1 keystore entries").arg(aliases.size());
}

namespace {

// What one source holds, before aliases are settled.
struct Candidate
{
    QString source;
    QString type;
    QString wantedAlias;
    QList<crypto::Certificate> chain;
    std::shared_ptr<const crypto::PrivateKey> privateKey;
};

// Reads `source`, asking options.password for a PKCS#12 (up to options.passwordAttempts times).
ReadSource readWithOptions(const ImportSource& source, const ImportOptions& options)
{
    if (!needsPassword(source) || !options.password)
        return readSource(source);
    ReadSource last;
    last.name = source.name;
    last.problem = Error::make(Error::Kind::WrongPassword, Tr::tr("no password given"), source.name);
    for (int attempt = 0; attempt < std::max(1, options.passwordAttempts); ++attempt) {
        std::optional<crypto::SecretBuffer> password = options.password(source.name, attempt);
        if (!password) {
            if (attempt == 0)
                last.problem =
                    Error::make(Error::Kind::WrongPassword, Tr::tr("no password given"), source.name);
            return last;
        }
        ReadSource read = readSource(source, &*password);
        if (!read.problem || read.problem->kind != Error::Kind::WrongPassword)
            return read;
        last = std::move(read);
    }
    return last;
}

QString baseNameOf(const QString& source)
{
    return QFileInfo(source).completeBaseName();
}

} // namespace

bool needsPassword(const ImportSource& source)
{
    return crypto::CertificateReader::detectFormat(source.bytes) == crypto::CertificateFormat::Pkcs12;
}

ReadSource readSource(const ImportSource& source, const crypto::SecretBuffer* password)
{
    ReadSource out;
    out.name = source.name;
    auto contents = password && needsPassword(source)
                        ? crypto::CertificateReader::read(source.bytes, source.name, *password)
                        : crypto::CertificateReader::read(source.bytes, source.name);
    if (!contents) {
        out.problem = contents.error();
        return out;
    }
    out.certificates = std::move(contents->certificates);
    out.friendlyName = contents->friendlyName;
    if (contents->hasPrivateKey())
        out.privateKey = std::make_shared<const crypto::PrivateKey>(std::move(contents->privateKey));
    return out;
}

ImportPlan planImport(const QList<ImportSource>& sources, const QList<KeystoreEntry>& existing, const Actor& actor,
                      const ImportOptions& options)
{
    QList<ReadSource> read;
    read.reserve(sources.size());
    for (const ImportSource& source : sources)
        read.append(readWithOptions(source, options));
    return planRead(read, existing, actor, options);
}

ImportPlan planRead(const QList<ReadSource>& read, const QList<KeystoreEntry>& existing, const Actor& actor,
                    const ImportOptions& options)
{
    ImportPlan plan;
    QList<Candidate> candidates;
    for (const ReadSource& source : read) {
        if (source.problem) {
            Error e = *source.problem;
            if (e.where.isEmpty())
                e.where = source.name;
            plan.problems.append(e);
            continue;
        }
        if (source.privateKey) {
            Candidate c;
            c.source = source.name;
            c.type = KeyPairType;
            auto ordered = crypto::acceptSignedChain(*source.privateKey, source.certificates);
            c.chain = ordered ? *ordered : source.certificates;
            const QString name = !source.friendlyName.trimmed().isEmpty() ? source.friendlyName
                                 : !c.chain.first().subjectCommonName().isEmpty() ? c.chain.first().subjectCommonName()
                                                                                  : baseNameOf(source.name);
            c.wantedAlias = aliasFrom(name);
            c.privateKey = source.privateKey;
            candidates.append(std::move(c));
            continue;
        }
        for (const crypto::Certificate& certificate : source.certificates) {
            Candidate c;
            c.source = source.name;
            c.type = CertificateType;
            c.chain = {certificate};
            const QString cn = certificate.subjectCommonName();
            c.wantedAlias = aliasFrom(cn.isEmpty() ? baseNameOf(source.name) : cn);
            candidates.append(std::move(c));
        }
    }

    // Key pairs first: a certificate that comes with its key in the same import is the key pair's.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.type == KeyPairType && b.type != KeyPairType;
    });
    const bool useGivenAlias = !options.alias.isEmpty() && candidates.size() == 1;
    QStringList planned; // aliases given out in this import
    QHash<QString, QString> seen; // SHA-256 → alias, within this import
    const QDateTime now = wholeSeconds(actor.now);
    for (const Candidate& c : std::as_const(candidates)) {
        ImportItem item;
        item.source = c.source;
        item.privateKey = c.privateKey;
        QString alias = useGivenAlias ? options.alias : c.wantedAlias;
        KeystoreEntry entry = crypto::keystoreEntryFor(options.keystore, alias, c.type, TenantOwner, c.chain, now,
                                                       actor.user);
        const QString fingerprint = normalizedFingerprint(entry.fingerprintSha256);
        auto unchanged = [&](const QString& note) {
            item.action = ImportAction::Unchanged;
            item.entry = entry;
            item.note = note;
            plan.items.append(item);
        };
        if (const KeystoreEntry* same = findEntry(existing, options.keystore, alias);
            same && sameCertificate(*same, entry) && same->type == entry.type) {
            item.replaced = *same;
            unchanged(Tr::tr("'%1' already holds this certificate").arg(alias));
            seen.insert(fingerprint, alias);
            continue;
        }
        if (!useGivenAlias && c.type == CertificateType) {
            // A certificate the keystore already holds (as a certificate or as a key pair's):
            // importing it again under a name of its own would only duplicate it.
            const auto stored = std::find_if(existing.cbegin(), existing.cend(), [&](const KeystoreEntry& e) {
                return e.keystore == options.keystore && sameCertificate(e, entry);
            });
            if (stored != existing.cend()) {
                unchanged(Tr::tr("already in the keystore as '%1'").arg(stored->alias));
                continue;
            }
        }
        if (seen.contains(fingerprint)) {
            unchanged(Tr::tr("the same certificate is already in this import as '%1'").arg(seen.value(fingerprint)));
            continue;
        }
        if (planned.contains(alias)) {
            alias = freeAlias(alias, options.keystore, {}, planned);
            entry = withAlias(entry, options.keystore, alias);
        }
        const KeystoreEntry* there = findEntry(existing, options.keystore, alias);
        if (there) {
            item.replaced = *there;
            if (sameCertificate(*there, entry) && there->type == entry.type) {
                item.action = ImportAction::Unchanged;
                item.note = Tr::tr("'%1' already holds this certificate").arg(alias);
            } else if (there->isSapOwned()) {
                item.action = ImportAction::Refused;
                item.note = Tr::tr("'%1' is owned by SAP and read-only").arg(alias);
            } else {
                item.action = ImportAction::Replace;
                entry.createdBy = there->createdBy;
                entry.createdTime = there->createdTime;
                item.note = there->type == entry.type
                                ? Tr::tr("replaces the certificate valid until %1 (new: until %2)")
                                      .arg(dayText(there->validNotAfter), dayText(entry.validNotAfter))
                                : Tr::tr("replaces a %1 with a %2").arg(there->type.toLower(), entry.type.toLower());
            }
        } else {
            item.action = ImportAction::Add;
            for (const KeystoreEntry& e : existing) {
                if (e.keystore == options.keystore && sameCertificate(e, entry)) {
                    item.note = Tr::tr("the same certificate is also stored as '%1'").arg(e.alias);
                    break;
                }
            }
        }
        item.entry = entry;
        planned.append(alias);
        seen.insert(fingerprint, alias);
        plan.items.append(item);
    }
    return plan;
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
