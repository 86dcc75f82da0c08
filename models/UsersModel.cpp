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
    setColumns(std::move(columns));
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
