#include "models/PgpKeysModel.h"

#include "models/Format.h"
#include "models/Icons.h"
#include "models/StateColors.h"

namespace gh {

PgpKeysModel::PgpKeysModel(const Clock& clock, QObject* parent) : EntityTableModel<PgpKey>(clock, parent)
{
    using R = PgpKey;
    QList<Column> columns;
    columns.append({tr("Key ID"), {QStringLiteral("keyid"), QStringLiteral("id")}, [](const R& r) { return r.keyId; }});
    columns.append({tr("User IDs"), {QStringLiteral("uid"), QStringLiteral("user")},
                    [](const R& r) { return r.userIds.join(QStringLiteral("; ")); }});
    columns.append({tr("Algorithm"), {QStringLiteral("algorithm")}, [](const R& r) { return r.algorithm; }});
    columns.append({tr("Created"), {QStringLiteral("created")}, [](const R& r) { return format::date(r.created); },
                    [](const R& r) { return r.created.isValid() ? QVariant(r.created) : QVariant(); }});
    columns.append({tr("Expires"), {QStringLiteral("expires")},
                    [](const R& r) {
                        const QDateTime d = r.effectiveExpiry();
                        return d.isValid() ? format::date(d) : tr("never");
                    },
                    [](const R& r) {
                        const QDateTime d = r.effectiveExpiry();
                        return d.isValid() ? QVariant(d) : QVariant();
                    }});
    columns.append({tr("Status"), {QStringLiteral("status")}, [this](const R& r) { return statusText(status(r)); }, {},
                    [this](const R& r, int role) { return statusData(r, role); }});
    columns.append({tr("Keyring"), {QStringLiteral("keyring")}, [](const R& r) { return keyringText(r); }});
    columns.append({tr("Fingerprint"), {QStringLiteral("fingerprint")}, [](const R& r) { return r.fingerprint; }});
    setColumns(std::move(columns));
}

PgpStatus PgpKeysModel::status(const PgpKey& key) const
{
    return key.status(clock().now());
}

QString PgpKeysModel::statusText(PgpStatus status)
{
    switch (status) {
    case PgpStatus::Valid: return tr("Valid");
    case PgpStatus::Critical: return tr("Critical");
    case PgpStatus::Expired: return tr("Expired");
    }
    return {};
}

ExpiryStatus PgpKeysModel::expiryStatus(PgpStatus status)
{
    switch (status) {
    case PgpStatus::Valid: return ExpiryStatus::Valid;
    case PgpStatus::Critical: return ExpiryStatus::Expiring;
    case PgpStatus::Expired: return ExpiryStatus::Expired;
    }
    return ExpiryStatus::Unknown;
}

QString PgpKeysModel::keyringText(const PgpKey& key)
{
    return key.isSecret() ? tr("Secret") : tr("Public");
}

QString PgpKeysModel::searchExample() const
{
    return QStringLiteral("is:critical");
}

QStringList PgpKeysModel::predicates() const
{
    return {QStringLiteral("valid"), QStringLiteral("critical"), QStringLiteral("expired"), QStringLiteral("secret"),
            QStringLiteral("public")};
}

bool PgpKeysModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::PgpKey;
}

QFuture<Result<QList<PgpKey>>> PgpKeysModel::list(TenantClient& client)
{
    return client.pgpKeys().list();
}

QVariant PgpKeysModel::statusData(const PgpKey& key, int role) const
{
    const ExpiryStatus s = expiryStatus(status(key));
    switch (role) {
    case Qt::DecorationRole:
        return Icons::forStatus(s);
    case Qt::ForegroundRole:
        return StateColors::forStatus(s, palette());
    case Qt::ToolTipRole: {
        const QDateTime d = key.effectiveExpiry();
        return d.isValid() ? tr("%1: expires %2").arg(statusText(status(key)), format::date(d))
                           : tr("%1: never expires").arg(statusText(status(key)));
    }
    default:
        return {};
    }
}

QVariant PgpKeysModel::rowData(const PgpKey& key, int role) const
{
    if (role == StatusRole)
        return static_cast<int>(expiryStatus(status(key)));
    return {};
}

std::optional<bool> PgpKeysModel::is(const PgpKey& key, const QString& predicate) const
{
    if (predicate == QLatin1String("valid"))
        return status(key) == PgpStatus::Valid;
    if (predicate == QLatin1String("critical"))
        return status(key) == PgpStatus::Critical;
    if (predicate == QLatin1String("expired"))
        return status(key) == PgpStatus::Expired;
    if (predicate == QLatin1String("secret"))
        return key.isSecret();
    if (predicate == QLatin1String("public"))
        return !key.isSecret();
    return std::nullopt;
}

} // namespace gh
