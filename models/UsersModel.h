#pragma once

#include "app/domain/Access.h"
#include "models/EntityTableModel.h"

#include <memory>

namespace gh {

// The users of the subaccount (shadow users), with their identity provider, the role
// collections assigned to them directly, and those they hold through an identity provider group
// (from the access index the pane builds: setAccessIndex).
class UsersModel final : public EntityTableModel<User>
{
    Q_OBJECT

public:
    enum Columns {
        UserNameColumn,
        EmailColumn,
        OriginColumn,
        GivenNameColumn,
        FamilyNameColumn,
        LastLogonColumn,
        RoleCollectionsColumn,
        GroupCollectionsColumn,
    };

    explicit UsersModel(const Clock& clock, QObject* parent = nullptr);

    // Takes the collections each user holds through IdP groups from `access` (null: none known
    // yet). Only the rows whose groups' collections changed are announced.
    void setAccessIndex(const std::shared_ptr<const AccessIndex>& access);
    // The collections `userId` holds through IdP groups, with the group of each.
    QList<CollectionGrant> groupGrants(const QString& userId) const;

    QString searchExample() const override;
    QStringList predicates() const override;

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<User>>> list(TenantClient& client) override;
    std::optional<bool> is(const User& user, const QString& predicate) const override;

private:
    QHash<QString, QList<CollectionGrant>> m_groupGrants; // by user id
};

} // namespace gh
