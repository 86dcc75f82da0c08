#include "models/DestinationsModel.h"

#include "models/Icons.h"

namespace gh {

DestinationsModel::DestinationsModel(const Clock& clock, QObject* parent)
    : EntityTableModel<Destination>(clock, parent)
{
    const auto tip = [](const QString& text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    QList<Column> columns;
    columns.append(
        {tr("Name"), {QStringLiteral("name")}, [](const Destination& d) { return d.name(); }});
    columns.append(
        {tr("Type"), {QStringLiteral("type")}, [](const Destination& d) { return d.type(); }});
    columns.append({tr("URL"),
                    {QStringLiteral("url"), QStringLiteral("host")},
                    [](const Destination& d) { return d.url(); },
                    {},
                    [tip](const Destination& d, int role) -> QVariant {
                        return role == Qt::ToolTipRole ? tip(d.url()) : QVariant();
                    }});
    columns.append({tr("Proxy type"), {QStringLiteral("proxy")}, [](const Destination& d) {
                        return d.proxyType();
                    }});
    columns.append({tr("Authentication"),
                    {QStringLiteral("auth"), QStringLiteral("authentication")},
                    [](const Destination& d) { return d.authentication(); }});
    columns.append({tr("Description"),
                    {QStringLiteral("description"), QStringLiteral("desc")},
                    [](const Destination& d) { return d.description(); },
                    {},
                    [tip](const Destination& d, int role) -> QVariant {
                        return role == Qt::ToolTipRole ? tip(d.description()) : QVariant();
                    }});
    columns.append(
        {tr("Secrets"),
         {QStringLiteral("secrets"), QStringLiteral("secret")},
         [](const Destination& d) { return secretsText(d); },
         {},
         [](const Destination& d, int role) -> QVariant {
             const bool missing = d.hasMissingSecret();
             const bool any = missing || !d.secretsSet().isEmpty();
             if (role == Qt::DecorationRole && any)
                 return missing ? Icons::secretMissing() : Icons::secretSet();
             if (role == Qt::ToolTipRole && any) {
                 if (missing)
                     return tr("Missing: %1").arg(d.secretsMissing().join(QStringLiteral(", ")));
                 return tr("Set: %1").arg(d.secretsSet().join(QStringLiteral(", ")));
             }
             return {};
         }});
    columns.append({tr("Certificates"),
                    {QStringLiteral("cert"), QStringLiteral("certificate")},
                    [](const Destination& d) { return d.referencedCertificates().join(QStringLiteral(", ")); }});
    setColumns(std::move(columns));
}

QString DestinationsModel::secretsText(const Destination& destination)
{
    if (destination.hasMissingSecret())
        return tr("missing");
    if (!destination.secretsSet().isEmpty())
        return tr("set");
    return tr("none");
}

QString DestinationsModel::searchExample() const
{
    return QStringLiteral("auth:OAuth2ClientCredentials");
}

QStringList DestinationsModel::predicates() const
{
    return {QStringLiteral("missing-secret")};
}

bool DestinationsModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::Destination;
}

QFuture<Result<QList<Destination>>> DestinationsModel::list(TenantClient& client)
{
    return client.destinations().list();
}

std::optional<bool> DestinationsModel::is(const Destination& destination,
                                          const QString& predicate) const
{
    if (predicate == QLatin1String("missing-secret") || predicate == QLatin1String("missing"))
        return destination.hasMissingSecret();
    return std::nullopt;
}

} // namespace gh
