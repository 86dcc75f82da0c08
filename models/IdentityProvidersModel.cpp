#include "models/IdentityProvidersModel.h"

namespace gh {

IdentityProvidersModel::IdentityProvidersModel(const Clock& clock, QObject* parent)
    : EntityTableModel<IdentityProvider>(clock, parent)
{
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    QList<Column> columns;
    columns.append({tr("Name"), {s("name")}, [](const IdentityProvider& idp) {
                        return idp.name.isEmpty() ? idp.originKey : idp.name;
                    }});
    columns.append({tr("Origin key"), {s("origin"), s("key"), s("originkey")},
                    [](const IdentityProvider& idp) { return idp.originKey; }});
    columns.append({tr("Type"), {s("type")},
                    [](const IdentityProvider& idp) { return typeText(idp.type); }});
    columns.append({tr("Status"), {s("status")},
                    [](const IdentityProvider& idp) { return idp.status; }});
    // Counts: empty until the access index is there (a 0 would be a claim).
    columns.append({tr("Users"),
                    {s("users")},
                    [this](const IdentityProvider& idp) {
                        return m_index ? QString::number(usage(idp.originKey).users) : QString();
                    },
                    [this](const IdentityProvider& idp) {
                        return QVariant(static_cast<qint64>(usage(idp.originKey).users));
                    },
                    [this](const IdentityProvider& idp, int role) -> QVariant {
                        const IdentityProviderUsage u = usage(idp.originKey);
                        if (role == Qt::ToolTipRole && u.inactiveUsers > 0)
                            return tr("%n inactive", nullptr, static_cast<int>(u.inactiveUsers));
                        return {};
                    },
                    right});
    columns.append({tr("Mappings"),
                    {s("mappings")},
                    [this](const IdentityProvider& idp) {
                        return m_index ? QString::number(usage(idp.originKey).mappings.size())
                                       : QString();
                    },
                    [this](const IdentityProvider& idp) {
                        return QVariant(static_cast<qint64>(usage(idp.originKey).mappings.size()));
                    },
                    [this](const IdentityProvider& idp, int role) -> QVariant {
                        if (role != Qt::ToolTipRole)
                            return {};
                        QStringList lines;
                        for (const auto& [collection, m] : usage(idp.originKey).mappings)
                            lines.append(tr("%1 ← %2 %3 %4")
                                             .arg(collection, m.attributeName,
                                                  m.comparisonOperator, m.attributeValue));
                        return lines.join(QLatin1Char('\n'));
                    },
                    right});
    setColumns(std::move(columns));
}

void IdentityProvidersModel::setAccessIndex(std::shared_ptr<const AccessIndex> access)
{
    m_index = std::move(access);
    m_usage = m_index ? m_index->usageByIdentityProvider() : QHash<QString, IdentityProviderUsage>();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, UsersColumn), index(rowCount() - 1, MappingsColumn));
}

IdentityProviderUsage IdentityProvidersModel::usage(const QString& originKey) const
{
    return m_usage.value(originKey);
}

QString IdentityProvidersModel::typeText(const QString& type)
{
    if (type == QLatin1String("sap"))
        return tr("SAP ID service");
    if (type == QLatin1String("saml"))
        return tr("SAML 2.0");
    if (type == QLatin1String("oidc"))
        return tr("OpenID Connect");
    if (type == QLatin1String("ias"))
        return tr("SAP Cloud Identity Services");
    return type;
}

QString IdentityProvidersModel::searchExample() const
{
    return QStringLiteral("type:saml");
}

QStringList IdentityProvidersModel::predicates() const
{
    return {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("unused")};
}

bool IdentityProvidersModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::IdentityProvider;
}

QFuture<Result<QList<IdentityProvider>>> IdentityProvidersModel::list(TenantClient& client)
{
    return client.identityProviders().list();
}

std::optional<bool> IdentityProvidersModel::is(const IdentityProvider& idp,
                                               const QString& predicate) const
{
    if (predicate == QLatin1String("active"))
        return idp.status == QLatin1String("active");
    if (predicate == QLatin1String("inactive"))
        return idp.status != QLatin1String("active");
    if (predicate == QLatin1String("unused")) {
        const IdentityProviderUsage u = usage(idp.originKey);
        return m_index && u.users == 0 && u.mappings.isEmpty();
    }
    return std::nullopt;
}

} // namespace gh
