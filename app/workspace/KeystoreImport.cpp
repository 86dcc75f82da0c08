// Import planning (KeystoreActions.h, "Import"): reading the sources and settling what each
// certificate or key pair becomes. Split from KeystoreActions.cpp; the translation context stays
// gh::KeystoreActions.
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/KeystoreActionsDetail.h"

#include "app/crypto/CertificateReader.h"
#include "app/crypto/KeystoreEntries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace gh::keystore {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KeystoreActions)
};
} // namespace

using namespace detail;

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
        parts.append(Tr::tr("%1 to add").arg(QLocale().toString(n)));
    if (const int n = count(ImportAction::Replace))
        parts.append(Tr::tr("%1 to replace").arg(QLocale().toString(n)));
    if (const int n = count(ImportAction::Unchanged))
        parts.append(Tr::tr("%1 unchanged").arg(QLocale().toString(n)));
    if (const int n = count(ImportAction::Refused))
        parts.append(Tr::tr("%1 refused").arg(QLocale().toString(n)));
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

} // namespace gh::keystore
