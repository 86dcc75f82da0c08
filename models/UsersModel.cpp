#include "models/UsersModel.h"

#include "models/Format.h"

namespace gh {

UsersModel::UsersModel(const Clock& clock, QObject* parent) : EntityTableModel<User>(clock, parent)
{
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    QList<Column> columns;
    columns.append({tr("User name"), {s("user"), s("username"), s("name")}, [](const User& u) {
                        return u.userName;
                    }});
    columns.append(
        {tr("Email"), {s("email"), s("mail")}, [](const User& u) { return u.primaryEmail(); }});
    columns.append(
        {tr("Identity provider"), {s("origin"), s("idp")}, [](const User& u) { return u.origin; }});
    columns.append(
        {tr("Given name"), {s("given"), s("first")}, [](const User& u) { return u.givenName; }});
    columns.append({tr("Family name"), {s("family"), s("surname")}, [](const User& u) {
                        return u.familyName;
                    }});
    columns.append({tr("Last logon"),
                    {s("logon"), s("lastlogon")},
                    [](const User& u) { return format::date(u.lastLogonTime); },
                    [](const User& u) {
                        return u.lastLogonTime.isValid() ? QVariant(u.lastLogonTime) : QVariant();
                    },
                    [](const User& u, int role) -> QVariant {
                        if (role == Qt::ToolTipRole)
                            return u.lastLogonTime.isValid() ? format::dateTime(u.lastLogonTime)
                                                             : tr("Never logged on");
                        return {};
                    }});
    columns.append(
        {tr("Role collections"),
         {s("rc"), s("collection"), s("role-collection")},
         [](const User& u) { return u.roleCollections.join(QStringLiteral(", ")); },
         [](const User& u) { return QVariant(static_cast<qint64>(u.roleCollections.size())); },
         [](const User& u, int role) -> QVariant {
             if (role == Qt::ToolTipRole && !u.roleCollections.isEmpty())
                 return u.roleCollections.join(QLatin1Char('\n'));
             return {};
         }});
    columns.append(
        {tr("Through IdP groups"),
         {s("groups"), s("group"), s("via")},
         [this](const User& u) {
             QStringList names;
             for (const CollectionGrant& g : m_groupGrants.value(u.id))
                 names.append(g.roleCollection);
             return names.join(QStringLiteral(", "));
         },
         [this](const User& u) { return QVariant(static_cast<qint64>(m_groupGrants.value(u.id).size())); },
         [this](const User& u, int role) -> QVariant {
             if (role != Qt::ToolTipRole)
                 return {};
             QStringList lines;
             for (const CollectionGrant& g : m_groupGrants.value(u.id))
                 lines.append(tr("%1 — through group %2").arg(g.roleCollection, g.detail));
             return lines.join(QLatin1Char('\n'));
         }});
    setColumns(std::move(columns));
}

void UsersModel::setAccessIndex(const std::shared_ptr<const AccessIndex>& access)
{
    QHash<QString, QList<CollectionGrant>> fresh =
        access ? access->groupGrantsByUser() : QHash<QString, QList<CollectionGrant>>();
    std::swap(m_groupGrants, fresh);
    // After a step only a few users' groups' collections change: announce those rows alone, so
    // that a pane of 100,000 users does not refold its search text on every edit.
    for (int row = 0; row < rowCount(); ++row) {
        const QString& id = entries().at(row).id;
        if (m_groupGrants.value(id) != fresh.value(id)) {
            const QModelIndex cell = index(row, GroupCollectionsColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

QList<CollectionGrant> UsersModel::groupGrants(const QString& userId) const
{
    return m_groupGrants.value(userId);
}

QString UsersModel::searchExample() const
{
    return QStringLiteral("origin:contoso-aad");
}

QStringList UsersModel::predicates() const
{
    return {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("unassigned")};
}

bool UsersModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::User || kind == EntityKind::Assignment ||
           kind == EntityKind::RoleCollection;
}

QFuture<Result<QList<User>>> UsersModel::list(TenantClient& client)
{
    return client.users().list();
}

std::optional<bool> UsersModel::is(const User& user, const QString& predicate) const
{
    if (predicate == QLatin1String("active"))
        return user.active;
    if (predicate == QLatin1String("inactive"))
        return !user.active;
    if (predicate == QLatin1String("unassigned"))
        return user.roleCollections.isEmpty();
    return std::nullopt;
}

} // namespace gh
