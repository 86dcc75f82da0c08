#include "app/workspace/KnownHostActions.h"

#include "app/domain/FileRead.h"

#include <QCoreApplication>
#include <QLocale>
#include <QFileInfo>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QSet>

namespace gh::knownhostactions {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KnownHostActions)
};
} // namespace

namespace {

QHash<QString, KnownHost> byKey(const QList<KnownHost>& entries)
{
    QHash<QString, KnownHost> out;
    for (const KnownHost& h : entries)
        out.insert(h.key(), h);
    return out;
}

// "|1|salt|hash": HMAC-SHA1 of the host under the salt, both base64 (what `ssh-keygen -H` writes).
bool hashedMatches(const QString& pattern, const QString& host)
{
    const QStringList parts = pattern.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(host.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

} // namespace

QList<Change> ImportPlan::changes(const QList<KnownHost>& existing) const
{
    const QHash<QString, KnownHost> current = byKey(existing);
    QList<Change> out;
    for (const KnownHost& h : added)
        out.append(Change::created(h));
    for (const KnownHost& h : updated)
        out.append(Change::updated(current.value(h.key()), h));
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
    return Tr::tr("Import known hosts from %1").arg(QFileInfo(source).fileName());
}

Result<ImportPlan> planImport(QByteArrayView bytes, const QString& source, const QList<KnownHost>& existing)
{
    auto parsed = knownhosts::parse(bytes, source);
    if (!parsed)
        return parsed.error();
    if (!parsed->problems.isEmpty()) {
        Error first = parsed->problems.first();
        if (parsed->problems.size() > 1)
            first.message += Tr::tr(" (and %n more bad line(s); nothing was imported)", nullptr, int(parsed->problems.size() - 1));
        else
            first.message += Tr::tr(" (nothing was imported)");
        return first;
    }
    if (parsed->entries.isEmpty())
        return Error::make(Error::Kind::Validation, Tr::tr("holds no known_hosts lines"), source);
    const QHash<QString, KnownHost> current = byKey(existing);
    ImportPlan plan;
    plan.source = source;
    QSet<QString> seen;
    for (const knownhosts::Entry& e : parsed->entries) {
        const KnownHost h = KnownHost::fromEntry(e);
        const QString key = h.key();
        if (seen.contains(key))
            continue; // a line repeated in the file: once
        seen.insert(key);
        const auto it = current.constFind(key);
        if (it == current.cend())
            plan.added.append(h);
        else if (it->comment != h.comment || it->marker != h.marker)
            plan.updated.append(h);
        else
            plan.unchanged.append(h);
    }
    return plan;
}

Result<ImportPlan> planImportFile(const QString& path, const QList<KnownHost>& existing)
{
    const auto bytes = readFileBounded(path, knownhosts::MaxInputSize, Tr::tr("a known_hosts file"));
    if (!bytes)
        return bytes.error();
    return planImport(*bytes, path, existing);
}

Result<Change> addLine(const QString& line, const QList<KnownHost>& existing)
{
    auto entry = knownhosts::parseLine(line.trimmed().toUtf8(), Tr::tr("the line"), 1);
    if (!entry) {
        Error e = entry.error();
        if (e.kind == Error::Kind::NotFound)
            e = Error::make(Error::Kind::Validation, Tr::tr("is empty or a comment, not a known_hosts line"),
                            Tr::tr("the line"));
        return e;
    }
    const KnownHost h = KnownHost::fromEntry(*entry);
    for (const KnownHost& other : existing)
        if (other.key() == h.key())
            return Error::make(Error::Kind::Conflict, Tr::tr("the tenant already holds this known host"), h.key());
    return Change::created(h);
}

QList<KnownHost> matchingHost(const QList<KnownHost>& existing, const QString& host)
{
    QList<KnownHost> out;
    for (const KnownHost& h : existing) {
        for (const QString& pattern : h.hosts) {
            if (pattern == host || (knownhosts::isHashed(pattern) && hashedMatches(pattern, host))) {
                out.append(h);
                break;
            }
        }
    }
    return out;
}

Result<QList<Change>> removal(const QList<KnownHost>& existing, const QStringList& keys)
{
    const QHash<QString, KnownHost> current = byKey(existing);
    QList<Change> out;
    QSet<QString> taken;
    for (const QString& k : keys) {
        QList<KnownHost> found;
        if (current.contains(k))
            found.append(current.value(k));
        else
            found = matchingHost(existing, k);
        if (found.isEmpty())
            return Error::notFound(Tr::tr("no known host is '%1' or names it").arg(k));
        for (const KnownHost& h : found) {
            if (taken.contains(h.key()))
                continue;
            taken.insert(h.key());
            out.append(Change::removed(h));
        }
    }
    return out;
}

QByteArray exportFile(const QList<KnownHost>& entries)
{
    QList<knownhosts::Entry> lines;
    lines.reserve(entries.size());
    for (const KnownHost& h : entries)
        lines.append(h.toEntry());
    return knownhosts::serialize(lines);
}

} // namespace gh::knownhostactions
