#include "app/domain/Access.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Access)
};
} // namespace

QString grantHowName(CollectionGrant::How how)
{
    switch (how) {
    case CollectionGrant::How::Direct: return QStringLiteral("direct");
    case CollectionGrant::How::Group: return QStringLiteral("group");
    case CollectionGrant::How::Attribute: return QStringLiteral("attribute");
    }
    return {};
}

QString CollectionGrant::describe() const
{
    switch (how) {
    case How::Direct: return Tr::tr("directly");
    case How::Group: return Tr::tr("through group '%1'").arg(detail);
    case How::Attribute: return Tr::tr("through attribute %1 (when the identity provider asserts it)").arg(detail);
    }
    return {};
}

AccessIndex::AccessIndex(QList<User> users, QList<RoleCollection> collections, const Catalogue& catalogue)
    : m_users(std::move(users)), m_collections(std::move(collections)), m_catalogue(catalogue)
{
    for (qsizetype i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users.at(i).id, i);
    for (qsizetype i = 0; i < m_collections.size(); ++i)
        m_collectionIndex.insert(m_collections.at(i).name, i);
    m_usage = computeUsage();
    m_groupGrants = computeGroupGrants();
}

const User* AccessIndex::user(const QString& id) const
{
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.cend() ? nullptr : &m_users.at(*it);
}

bool AccessIndex::matches(const AttributeMapping& mapping, const QString& value)
{
    const QString& op = mapping.comparisonOperator;
    const QString& wanted = mapping.attributeValue;
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
    if (op.isEmpty() || op.compare(QLatin1String("equals"), cs) == 0)
        return value.compare(wanted, cs) == 0;
    if (op.compare(QLatin1String("notEquals"), cs) == 0 || op.compare(QLatin1String("notequal"), cs) == 0)
        return value.compare(wanted, cs) != 0;
    if (op.compare(QLatin1String("contains"), cs) == 0)
        return value.contains(wanted, cs);
    if (op.compare(QLatin1String("startsWith"), cs) == 0)
        return value.startsWith(wanted, cs);
    if (op.compare(QLatin1String("endsWith"), cs) == 0)
        return value.endsWith(wanted, cs);
    return false; // an operator we do not know grants nothing we could vouch for
}

QList<CollectionGrant> AccessIndex::grantsOf(const User& user) const
{
    QList<CollectionGrant> direct, groups, attributes;
    for (const QString& name : user.roleCollections)
        direct.append({name, CollectionGrant::How::Direct, {}, true});
    for (const RoleCollection& c : m_collections) {
        for (const AttributeMapping& m : c.attributeMappings) {
            if (!m.idpId.isEmpty() && m.idpId != user.origin)
                continue;
            if (m.isGroupMapping()) {
                for (const QString& group : user.idpGroups) {
                    if (matches(m, group)) {
                        groups.append({c.name, CollectionGrant::How::Group, group, true});
                        break;
                    }
                }
            } else {
                const QString detail = QStringLiteral("%1 %2 '%3'").arg(m.attributeName, m.comparisonOperator, m.attributeValue);
                attributes.append({c.name, CollectionGrant::How::Attribute, detail, false});
            }
        }
    }
    return direct + groups + attributes;
}

QList<CollectionAccess> AccessIndex::accessOf(const User& user) const
{
    QList<CollectionAccess> out;
    for (const CollectionGrant& grant : grantsOf(user)) {
        CollectionAccess access;
        access.grant = grant;
        access.warnings = m_catalogue.warningsFor(grant.roleCollection);
        const auto it = m_collectionIndex.constFind(grant.roleCollection);
        if (it != m_collectionIndex.cend()) {
            for (const RoleReference& role : m_collections.at(*it).roleReferences) {
                RoleGrant r;
                r.role = role;
                r.roleTemplate = m_catalogue.roleTemplate(role.roleTemplateAppId, role.roleTemplateName);
                r.tasks = m_catalogue.tasksOf(role.roleTemplateAppId, role.roleTemplateName);
                access.roles.append(r);
            }
        }
        out.append(access);
    }
    return out;
}

QStringList AccessIndex::tasksOf(const User& user, bool certainOnly) const
{
    QSet<QString> tasks;
    for (const CollectionAccess& access : accessOf(user)) {
        if (certainOnly && !access.grant.certain)
            continue;
        for (const RoleGrant& role : access.roles) {
            for (const QString& t : role.tasks)
                tasks.insert(t);
        }
    }
    QStringList out(tasks.cbegin(), tasks.cend());
    out.sort();
    return out;
}

QList<AccessPath> AccessIndex::whoCan(const QString& taskId) const
{
    // The roles granting the task, per collection, computed once.
    QHash<QString, QList<RoleReference>> rolesByCollection;
    for (const RoleCollection& c : m_collections) {
        for (const RoleReference& role : c.roleReferences) {
            if (m_catalogue.tasksOf(role.roleTemplateAppId, role.roleTemplateName).contains(taskId))
                rolesByCollection[c.name].append(role);
        }
    }
    QList<AccessPath> out;
    if (rolesByCollection.isEmpty())
        return out;
    for (const User& user : m_users) {
        for (const CollectionGrant& grant : grantsOf(user)) {
            const auto it = rolesByCollection.constFind(grant.roleCollection);
            if (it == rolesByCollection.cend())
                continue;
            for (const RoleReference& role : *it)
                out.append({user.id, grant, role});
        }
    }
    return out;
}

QStringList AccessIndex::warningsFor(const User& user) const
{
    QStringList out;
    for (const CollectionGrant& grant : grantsOf(user)) {
        for (const QString& w : m_catalogue.warningsFor(grant.roleCollection)) {
            const QString line = QStringLiteral("%1: %2").arg(grant.roleCollection, w);
            if (!out.contains(line))
                out.append(line);
        }
    }
    return out;
}

QHash<QString, IdentityProviderUsage> AccessIndex::computeUsage() const
{
    QHash<QString, IdentityProviderUsage> out;
    for (const User& u : m_users) {
        IdentityProviderUsage& usage = out[u.origin];
        ++usage.users;
        if (!u.active)
            ++usage.inactiveUsers;
    }
    for (const RoleCollection& rc : m_collections) {
        for (const AttributeMapping& m : rc.attributeMappings)
            out[m.idpId].mappings.append({rc.name, m});
    }
    return out;
}

QHash<QString, QList<CollectionGrant>> AccessIndex::computeGroupGrants() const
{
    // Group mappings by (origin, folded group) for "equals", which BTP compares without case;
    // the few other operators are checked one by one. An empty idpId maps every origin.
    struct Mapping
    {
        qsizetype collection;
        const AttributeMapping* mapping;
    };
    QHash<QString, QList<qsizetype>> equals; // "origin\x1fgroup" → collection positions
    QList<Mapping> others;
    for (qsizetype c = 0; c < m_collections.size(); ++c) {
        for (const AttributeMapping& m : m_collections.at(c).attributeMappings) {
            if (!m.isGroupMapping())
                continue;
            if (m.comparisonOperator == QLatin1String("equals") && !m.idpId.isEmpty())
                equals[m.idpId + QChar(0x1f) + m.attributeValue.toCaseFolded()].append(c);
            else
                others.append({c, &m});
        }
    }
    QHash<QString, QList<CollectionGrant>> out;
    for (const User& u : m_users) {
        if (u.idpGroups.isEmpty())
            continue;
        // Collection position → the first of the user's groups that grants it.
        QMap<qsizetype, QString> held;
        for (const QString& group : u.idpGroups) {
            const auto it = equals.constFind(u.origin + QChar(0x1f) + group.toCaseFolded());
            if (it != equals.cend()) {
                for (const qsizetype c : *it) {
                    if (!held.contains(c))
                        held.insert(c, group);
                }
            }
            for (const Mapping& m : std::as_const(others)) {
                if ((m.mapping->idpId.isEmpty() || m.mapping->idpId == u.origin) &&
                    !held.contains(m.collection) && matches(*m.mapping, group))
                    held.insert(m.collection, group);
            }
        }
        if (held.isEmpty())
            continue;
        QList<CollectionGrant>& grants = out[u.id];
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            grants.append({m_collections.at(it.key()).name, CollectionGrant::How::Group, it.value(), true});
    }
    return out;
}

} // namespace gh
