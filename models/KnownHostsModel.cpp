#include "models/KnownHostsModel.h"

namespace gh {

KnownHostsModel::KnownHostsModel(const Clock& clock, QObject* parent) : EntityTableModel<KnownHost>(clock, parent)
{
    using R = KnownHost;
    QList<Column> columns;
    columns.append({tr("Hosts"), {QStringLiteral("hosts"), QStringLiteral("host")}, [](const R& r) { return hostsText(r); },
                    {},
                    [](const R& r, int role) -> QVariant {
                        if (role == Qt::ToolTipRole)
                            return r.hashed() ? tr("Hashed host pattern (names no host legibly): %1")
                                                    .arg(r.hosts.join(QStringLiteral(", ")))
                                              : r.hosts.join(QStringLiteral(", "));
                        return {};
                    }});
    columns.append({tr("Marker"), {QStringLiteral("marker")}, [](const R& r) { return knownhosts::markerText(r.marker); }});
    columns.append({tr("Key Type"), {QStringLiteral("type")}, [](const R& r) { return r.keyType; }});
    columns.append({tr("Bits"), {QStringLiteral("bits")}, [](const R& r) { return QString::number(r.bits()); },
                    [](const R& r) { return QVariant(r.bits()); }, {}, Qt::AlignRight | Qt::AlignVCenter});
    columns.append({tr("SHA-256 Fingerprint"), {QStringLiteral("fingerprint"), QStringLiteral("sha256")},
                    [](const R& r) { return r.fingerprintSha256(); }});
    columns.append({tr("Comment"), {QStringLiteral("comment")}, [](const R& r) { return r.comment; }});
    setColumns(std::move(columns));
}

QString KnownHostsModel::hostsText(const KnownHost& host)
{
    QStringList shown;
    for (const QString& pattern : host.hosts)
        shown.append(knownhosts::isHashed(pattern) ? tr("(hashed)") : pattern);
    return shown.join(QStringLiteral(", "));
}

QString KnownHostsModel::searchExample() const
{
    return QStringLiteral("is:hashed");
}

QStringList KnownHostsModel::predicates() const
{
    return {QStringLiteral("hashed"), QStringLiteral("revoked"), QStringLiteral("ca")};
}

bool KnownHostsModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::KnownHost;
}

QFuture<Result<QList<KnownHost>>> KnownHostsModel::list(TenantClient& client)
{
    return client.knownHosts().list();
}

std::optional<bool> KnownHostsModel::is(const KnownHost& host, const QString& predicate) const
{
    if (predicate == QLatin1String("hashed"))
        return host.hashed();
    if (predicate == QLatin1String("revoked"))
        return host.marker == knownhosts::Marker::Revoked;
    if (predicate == QLatin1String("ca"))
        return host.marker == knownhosts::Marker::CertAuthority;
    return std::nullopt;
}

} // namespace gh
