#pragma once

// Effective access: who holds which role collection and how (directly, through an identity
// provider group, through another asserted attribute), which roles and role templates those
// collections carry, and which catalogue tasks that grants; and the reverse, "who can do this
// task, and through which path". Pure: built from lists of users and role collections and the
// catalogue, no I/O.

#include "app/domain/Catalogue.h"
#include "app/domain/Types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh {

// How a user comes to hold a role collection.
struct CollectionGrant
{
    enum class How { Direct, Group, Attribute };
    QString roleCollection;
    How how = How::Direct;
    // Group: the group's name; Attribute: "attribute operator value" as mapped.
    QString detail;
    // Attribute mappings other than Groups depend on what the IdP asserts at logon, which a
    // shadow user does not record: such a grant is possible, not certain.
    bool certain = true;

    QString describe() const; // "directly", "through group 'CPI-Admins'", "through attribute …"
    bool operator==(const CollectionGrant&) const = default;
};
QString grantHowName(CollectionGrant::How how); // "direct", "group", "attribute"

// One role of a collection, with its template and the tasks the catalogue says it grants.
struct RoleGrant
{
    RoleReference role;
    const CatalogueRoleTemplate* roleTemplate = nullptr; // null: not in the catalogue
    QStringList tasks;                                    // task ids
};

// One collection a user holds, with its roles and SAP's warnings about it.
struct CollectionAccess
{
    CollectionGrant grant;
    QList<RoleGrant> roles;
    QStringList warnings;
};

// A path from a user to a task: user → collection (how) → role → template → task.
struct AccessPath
{
    QString userId;
    CollectionGrant grant;
    RoleReference role;
};

// What depends on one identity provider: its users, and the role collections that map its
// groups or attributes.
struct IdentityProviderUsage
{
    qsizetype users = 0;
    qsizetype inactiveUsers = 0;
    QList<std::pair<QString, AttributeMapping>> mappings; // (role collection, mapping)
};

class AccessIndex
{
public:
    AccessIndex(QList<User> users, QList<RoleCollection> collections, const Catalogue& catalogue);

    // Every collection `user` holds, direct ones first, then through groups, then attributes;
    // a collection held several ways appears once per way.
    QList<CollectionGrant> grantsOf(const User& user) const;
    // The tree under a user: collections (how) → roles → tasks.
    QList<CollectionAccess> accessOf(const User& user) const;
    // The task ids `user` can perform (sorted, unique); with `certainOnly`, only through
    // grants that do not depend on attributes asserted at logon.
    QStringList tasksOf(const User& user, bool certainOnly = false) const;
    // Everyone who can perform `taskId`, one path per user, collection grant and role.
    QList<AccessPath> whoCan(const QString& taskId) const;
    // Warnings of the collections a user holds (PI_Administrator in production …), once each.
    QStringList warningsFor(const User& user) const;

    const User* user(const QString& id) const;
    const QList<User>& users() const { return m_users; }
    const QList<RoleCollection>& collections() const { return m_collections; }
    // By originKey, for every identity provider a user or a mapping names. Computed with the
    // index (off the GUI thread where AccessIndexSource builds it), so views only look it up.
    const QHash<QString, IdentityProviderUsage>& usageByIdentityProvider() const { return m_usage; }
    // By user id, the collections each user holds through an IdP group, once each with the
    // first of the user's groups that grants it, in collection order; users that hold none are
    // left out. One pass over the users with the "equals" mappings hashed, so that a pane of
    // 100,000 users can show them. Computed with the index, like usageByIdentityProvider().
    const QHash<QString, QList<CollectionGrant>>& groupGrantsByUser() const { return m_groupGrants; }
    const Catalogue& catalogue() const { return m_catalogue; }

    // Does an identity provider value match a mapping ("equals", "notEquals", "contains",
    // "startsWith", "endsWith"; case-insensitive as BTP compares)?
    static bool matches(const AttributeMapping& mapping, const QString& value);

private:
    QList<User> m_users;
    QList<RoleCollection> m_collections;
    QHash<QString, qsizetype> m_userIndex;
    QHash<QString, qsizetype> m_collectionIndex;
    QHash<QString, IdentityProviderUsage> m_usage;
    QHash<QString, QList<CollectionGrant>> m_groupGrants;

    QHash<QString, IdentityProviderUsage> computeUsage() const;
    QHash<QString, QList<CollectionGrant>> computeGroupGrants() const;
    const Catalogue& m_catalogue;
};

} // namespace gh
