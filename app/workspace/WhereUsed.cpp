#include "app/workspace/WhereUsed.h"

#include "app/workspace/TenantDiff.h"


#include <QCoreApplication>
#include <algorithm>

namespace gh::whereused {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::WhereUsed)
};
} // namespace

namespace {

const QString kSystemKeystore = QStringLiteral("system");

QString folded(const QString& s)
{
    return s.trimmed().toCaseFolded();
}

// "ariba_client.p12" -> "ariba_client" (everything before the last dot, as
// QFileInfo::completeBaseName), the value itself when it has no extension.
QString baseName(const QString& value)
{
    const qsizetype dot = value.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? value.left(dot) : value;
}

void sortUses(QList<Use>& uses)
{
    std::sort(uses.begin(), uses.end(), [](const Use& a, const Use& b) {
        const int byName = QString::compare(a.destination, b.destination, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        if (a.destination != b.destination)
            return a.destination < b.destination;
        return a.property < b.property;
    });
    uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
}

} // namespace

bool isCertificateProperty(const QString& key)
{
    return key.endsWith(QLatin1String("StoreLocation"), Qt::CaseInsensitive);
}

QString targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::DestinationCertificate:
        return QStringLiteral("destination certificate");
    case TargetKind::KeystoreEntry:
        return QStringLiteral("keystore entry");
    case TargetKind::Role:
        break;
    }
    return QStringLiteral("role");
}

WhereUsedIndex::WhereUsedIndex(const QList<Destination>& destinations,
                               const QList<DestinationCertificate>& certificates,
                               const QList<KeystoreEntry>& keystore,
                               const QList<RoleCollection>& roleCollections, const QList<Role>& roles)
{
    for (const DestinationCertificate& c : certificates)
        m_certificates.insert(c.name, true);
    for (const KeystoreEntry& e : keystore) {
        if (e.keystore == kSystemKeystore)
            m_systemAliases.insert(folded(e.alias), e);
    }
    for (const Role& r : roles)
        m_roles.insert(r.key(), true);

    for (const Destination& d : destinations) {
        QList<Destination::Property>& refs = m_destinations[d.name()];
        for (const Destination::Property& p : d.properties()) {
            if (p.secret || p.value.trimmed().isEmpty() || !isCertificateProperty(p.key))
                continue;
            refs.append(p);
            const Use use{d.name(), p.key};
            m_byCertificate[p.value].append(use);
            const QString value = folded(p.value);
            m_byValueFolded[value].append(use);
            const QString base = folded(baseName(p.value.trimmed()));
            if (base != value)
                m_byValueFolded[base].append(use);
        }
    }
    for (QList<Use>& uses : m_byCertificate)
        sortUses(uses);
    for (QList<Use>& uses : m_byValueFolded)
        sortUses(uses);

    for (const RoleCollection& c : roleCollections) {
        m_collections.insert(c.name, c.roleReferences);
        for (const RoleReference& r : c.roleReferences) {
            QStringList& holders = m_collectionsByRole[r.roleKey()];
            if (!holders.contains(c.name))
                holders.append(c.name);
        }
    }
    for (QStringList& holders : m_collectionsByRole)
        holders.sort(Qt::CaseInsensitive);
}

QList<Use> WhereUsedIndex::usersOfCertificate(const QString& name) const
{
    return m_byCertificate.value(name);
}

QList<Use> WhereUsedIndex::usersOfAlias(const QString& alias) const
{
    return m_byValueFolded.value(folded(alias));
}

QList<Use> WhereUsedIndex::usersOfEntry(const KeystoreEntry& entry) const
{
    return entry.keystore == kSystemKeystore ? usersOfAlias(entry.alias) : QList<Use>();
}

QStringList WhereUsedIndex::collectionsWithRole(const QString& roleKey) const
{
    return m_collectionsByRole.value(roleKey);
}

const KeystoreEntry* WhereUsedIndex::systemEntry(const QString& alias) const
{
    const auto it = m_systemAliases.constFind(folded(alias));
    return it == m_systemAliases.cend() ? nullptr : &it.value();
}

QList<Referent> WhereUsedIndex::referentsOfDestination(const QString& name) const
{
    QList<Referent> out;
    for (const Destination::Property& p : m_destinations.value(name)) {
        const QString value = p.value.trimmed();
        bool found = false;
        if (m_certificates.contains(p.value)) {
            out.append({TargetKind::DestinationCertificate, p.key, p.value, p.value, p.value, true});
            found = true;
        }
        const KeystoreEntry* entry = systemEntry(value);
        if (!entry)
            entry = systemEntry(baseName(value));
        if (entry) {
            out.append({TargetKind::KeystoreEntry, p.key, p.value, entry->key(), entry->alias, true});
            found = true;
        }
        if (!found)
            out.append({TargetKind::DestinationCertificate, p.key, p.value, QString(), QString(), false});
    }
    return out;
}

QList<Referent> WhereUsedIndex::referentsOfCollection(const QString& name) const
{
    QList<Referent> out;
    for (const RoleReference& r : m_collections.value(name)) {
        const QString key = r.roleKey();
        const bool exists = m_roles.contains(key);
        out.append({TargetKind::Role, QString(), key, exists ? key : QString(), exists ? key : QString(), exists});
    }
    return out;
}

QStringList WhereUsedIndex::danglingReferences() const
{
    QStringList out;
    for (auto it = m_destinations.cbegin(); it != m_destinations.cend(); ++it) {
        for (const Referent& r : referentsOfDestination(it.key())) {
            if (!r.exists)
                out.append(Tr::tr("destination '%1' (%2) names '%3', which is not there")
                               .arg(it.key(), r.property, r.value));
        }
    }
    for (auto it = m_collections.cbegin(); it != m_collections.cend(); ++it) {
        for (const Referent& r : referentsOfCollection(it.key())) {
            if (!r.exists)
                out.append(Tr::tr("role collection '%1' holds the role '%2', which is not there")
                               .arg(it.key(), r.value));
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QString usageSentence(const QList<Use>& uses, const QString& what, int max)
{
    QStringList names;
    for (const Use& u : uses) {
        if (!names.contains(u.destination))
            names.append(u.destination);
    }
    if (names.isEmpty())
        return {};
    names.sort(Qt::CaseInsensitive);
    const qsizetype count = names.size();
    QString list = names.mid(0, max).join(QStringLiteral(", "));
    if (count > max)
        list += Tr::tr(" …and %1 more").arg(count - max);
    return count == 1 ? Tr::tr("1 destination uses this %1: %2").arg(what, list)
                      : Tr::tr("%1 destinations use this %2: %3").arg(count).arg(what, list);
}

QFuture<Result<WhereUsedIndex>> buildWhereUsed(TenantClient& client)
{
    const QList<EntityKind> kinds{EntityKind::Destination, EntityKind::DestinationCertificate,
                                  EntityKind::KeystoreEntry, EntityKind::RoleCollection, EntityKind::Role};
    return listTenant(client, kinds).then(QtFuture::Launch::Async,
                                          [](Result<TenantListing> listing) -> Result<WhereUsedIndex> {
                                              if (!listing)
                                                  return listing.error();
                                              return WhereUsedIndex(listing->destinations,
                                                                    listing->destinationCertificates,
                                                                    listing->keystore, listing->roleCollections,
                                                                    listing->roles);
                                          });
}

} // namespace gh::whereused
