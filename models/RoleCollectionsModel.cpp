#include "models/RoleCollectionsModel.h"

#include "models/Icons.h"

namespace gh {

namespace {

QStringList mappingTexts(const RoleCollection& rc)
{
    QStringList out;
    for (const AttributeMapping& m : rc.groupReferences())
        out.append(RoleCollectionsModel::groupMappingText(m));
    return out;
}

} // namespace

RoleCollectionsModel::RoleCollectionsModel(const Clock& clock, QObject* parent)
    : EntityTableModel<RoleCollection>(clock, parent)
{
    const auto count = [](qsizetype n) { return QVariant(static_cast<qint64>(n)); };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    QList<Column> columns;
    columns.append({tr("Name"),
                    {QStringLiteral("name")},
                    [](const RoleCollection& rc) { return rc.name; },
                    {},
                    [](const RoleCollection& rc, int role) -> QVariant {
                        if (!rc.isReadOnly)
                            return {};
                        if (role == Qt::DecorationRole)
                            return Icons::readOnly();
                        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
                            return tr("Predefined by SAP: read-only");
                        return {};
                    }});
    columns.append({tr("Description"),
                    {QStringLiteral("description"), QStringLiteral("desc")},
                    [](const RoleCollection& rc) { return rc.description; },
                    {},
                    [](const RoleCollection& rc, int role) -> QVariant {
                        return role == Qt::ToolTipRole && !rc.description.isEmpty()
                                   ? QVariant(rc.description)
                                   : QVariant();
                    }});
    columns.append(
        {tr("Roles"),
         {QStringLiteral("roles"), QStringLiteral("role")},
         [](const RoleCollection& rc) { return QString::number(rc.roleReferences.size()); },
         [count](const RoleCollection& rc) { return count(rc.roleReferences.size()); },
         [](const RoleCollection& rc, int role) -> QVariant {
             if (role != Qt::ToolTipRole || rc.roleReferences.isEmpty())
                 return {};
             QStringList names;
             for (const RoleReference& r : rc.roleReferences)
                 names.append(r.name);
             return names.join(QLatin1Char('\n'));
         },
         right});
    columns.append(
        {tr("Users"),
         {QStringLiteral("users")},
         [](const RoleCollection& rc) { return QString::number(rc.userReferences.size()); },
         [count](const RoleCollection& rc) { return count(rc.userReferences.size()); },
         [](const RoleCollection& rc, int role) -> QVariant {
             if (role != Qt::ToolTipRole || rc.userReferences.isEmpty())
                 return {};
             QStringList names;
             for (const UserReference& u : rc.userReferences)
                 names.append(u.username.isEmpty() ? u.id : u.username);
             return names.join(QLatin1Char('\n'));
         },
         right});
    columns.append(
        {tr("Group mappings"),
         {QStringLiteral("group"), QStringLiteral("groups"), QStringLiteral("mapping")},
         [](const RoleCollection& rc) { return mappingTexts(rc).join(QStringLiteral(", ")); }});
    setColumns(std::move(columns));
}

QString RoleCollectionsModel::groupMappingText(const AttributeMapping& mapping)
{
    return mapping.idpId + QStringLiteral(": ") + mapping.attributeValue;
}

QString RoleCollectionsModel::searchExample() const
{
    return QStringLiteral("is:read-only");
}

QStringList RoleCollectionsModel::predicates() const
{
    return {QStringLiteral("read-only"), QStringLiteral("custom"), QStringLiteral("unused")};
}

QString RoleCollectionsModel::readOnlyReason(const QStringList& keys) const
{
    for (const QString& key : keys) {
        if (const RoleCollection* rc = entry(key); rc && rc->isReadOnly)
            return tr("%1 is predefined and read-only").arg(rc->name);
    }
    return {};
}

bool RoleCollectionsModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::RoleCollection || kind == EntityKind::Assignment ||
           kind == EntityKind::User;
}

QFuture<Result<QList<RoleCollection>>> RoleCollectionsModel::list(TenantClient& client)
{
    return client.roleCollections().list();
}

QVariant RoleCollectionsModel::rowData(const RoleCollection& rc, int role) const
{
    if (role == ReadOnlyRole)
        return rc.isReadOnly;
    return {};
}

std::optional<bool> RoleCollectionsModel::is(const RoleCollection& rc,
                                             const QString& predicate) const
{
    if (predicate == QLatin1String("read-only") || predicate == QLatin1String("readonly") ||
        predicate == QLatin1String("predefined"))
        return rc.isReadOnly;
    if (predicate == QLatin1String("custom"))
        return !rc.isReadOnly;
    if (predicate == QLatin1String("unused"))
        return rc.userReferences.isEmpty() && rc.groupReferences().isEmpty();
    return std::nullopt;
}

} // namespace gh
