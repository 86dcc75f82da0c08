#pragma once

#include "models/EntityTableModel.h"

namespace gh {

// The users of the subaccount (shadow users), with their identity provider and the role
// collections assigned to them directly.
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
    };

    explicit UsersModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<User>>> list(TenantClient& client) override;
    std::optional<bool> is(const User& user, const QString& predicate) const override;
};

} // namespace gh
