#pragma once

#include "models/EntityTableModel.h"

namespace gh {

// Role collections with their roles, directly assigned users and identity-provider group
// mappings. SAP's predefined collections are read-only: a lock icon and ReadOnlyRole say so.
class RoleCollectionsModel final : public EntityTableModel<RoleCollection>
{
    Q_OBJECT

public:
    enum Columns { NameColumn, DescriptionColumn, RolesColumn, UsersColumn, GroupMappingsColumn };

    explicit RoleCollectionsModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;

    // "Subaccount Administrator is predefined and read-only", for the first read-only key given;
    // empty when none is read-only.
    QString readOnlyReason(const QStringList& keys) const;

    static QString groupMappingText(const AttributeMapping& mapping);

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<RoleCollection>>> list(TenantClient& client) override;
    QVariant rowData(const RoleCollection& rc, int role) const override;
    std::optional<bool> is(const RoleCollection& rc, const QString& predicate) const override;
};

} // namespace gh
