#include "models/DestinationCertificatesModel.h"

#include "models/Format.h"
#include "models/FutureJoin.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"

#include <optional>

namespace gh {

namespace {

using Rows = Result<QList<DestinationCertificateRow>>;

QStringList destinationNames(const QList<destinationcerts::Usage>& usages)
{
    QStringList out;
    for (const destinationcerts::Usage& u : usages) {
        if (!out.contains(u.destination))
            out.append(u.destination);
    }
    return out;
}

} // namespace

DestinationCertificatesModel::DestinationCertificatesModel(const Clock& clock, QObject* parent)
    : EntityTableModel<DestinationCertificateRow>(clock, parent)
{
    using R = DestinationCertificateRow;
    QList<Column> columns;
    columns.append({tr("Name"), {QStringLiteral("name")}, [](const R& r) { return r.certificate.name; }});
    columns.append({tr("Type"), {QStringLiteral("type")}, [](const R& r) { return typeText(r.certificate); },
                    {},
                    [](const R& r, int role) -> QVariant {
                        if (role == Qt::ToolTipRole && r.certificate.isKeystore())
                            return r.certificate.contentSha256.isEmpty()
                                       ? tr("Keystore with a private key; its file is not on this machine")
                                       : tr("Keystore with a private key; its file is kept in the keychain");
                        return {};
                    }});
    columns.append({tr("Subject CN"),
                    {QStringLiteral("subject"), QStringLiteral("cn")},
                    [](const R& r) {
                        const QString cn = format::commonName(r.certificate.subject());
                        return cn.isEmpty() ? r.certificate.subject() : cn;
                    },
                    {},
                    [](const R& r, int role) {
                        return role == Qt::ToolTipRole ? QVariant(r.certificate.subject()) : QVariant();
                    }});
    // The validity at a glance: text, icon and colour, the status and days left in the tool tip.
    columns.append({tr("Expires"),
                    {QStringLiteral("expires"), QStringLiteral("until")},
                    [](const R& r) { return format::date(r.certificate.notAfter()); },
                    [](const R& r) {
                        const QDateTime d = r.certificate.notAfter();
                        return d.isValid() ? QVariant(d) : QVariant();
                    },
                    [this](const R& r, int role) { return statusData(r, role); }});
    columns.append({tr("Used by"),
                    {QStringLiteral("used"), QStringLiteral("usedby")},
                    [](const R& r) { return format::number(destinationNames(r.usedBy).size()); },
                    [](const R& r) { return QVariant(qint64(destinationNames(r.usedBy).size())); },
                    [](const R& r, int role) -> QVariant {
                        if (role != Qt::ToolTipRole)
                            return {};
                        const QStringList names = destinationNames(r.usedBy);
                        return names.isEmpty() ? tr("No destination uses it")
                                               : tr("Used by %1").arg(names.join(QStringLiteral(", ")));
                    },
                    Qt::AlignRight | Qt::AlignVCenter});
    setColumns(std::move(columns));
}

ExpiryInfo DestinationCertificatesModel::expiry(const DestinationCertificate& certificate) const
{
    return expiryOf(certificate.notBefore(), certificate.notAfter(), clock().now(), kExpiringWithinDays);
}

QString DestinationCertificatesModel::typeText(const DestinationCertificate& certificate)
{
    return certificate.isKeystore() ? tr("Keystore") : tr("Certificate");
}

QString DestinationCertificatesModel::searchExample() const
{
    return QStringLiteral("is:unused");
}

QStringList DestinationCertificatesModel::predicates() const
{
    return {QStringLiteral("expired"), QStringLiteral("expiring"), QStringLiteral("expiring-N"),
            QStringLiteral("valid"),   QStringLiteral("keystore"), QStringLiteral("unused"),
            QStringLiteral("used")};
}

bool DestinationCertificatesModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::DestinationCertificate || kind == EntityKind::Destination;
}

QFuture<Rows> DestinationCertificatesModel::list(TenantClient& client)
{
    return joinResults(client.destinationCertificates().list(), client.destinations().list(),
                       [](const QList<DestinationCertificate>& certificates, const QList<Destination>& destinations) {
                           QList<DestinationCertificateRow> rows;
                           rows.reserve(certificates.size());
                           for (const DestinationCertificate& c : certificates)
                               rows.append({c, destinationcerts::usagesOf(c.name, destinations)});
                           return rows;
                       });
}

QVariant DestinationCertificatesModel::statusData(const DestinationCertificateRow& row, int role) const
{
    const ExpiryInfo x = expiry(row.certificate);
    switch (role) {
    case Qt::DecorationRole:
        return Icons::forStatus(x.status);
    case Qt::ForegroundRole:
        return StateColors::forStatus(x.status, palette());
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(KeystoreModel::statusText(x.status), KeystoreModel::daysLeftText(x));
    default:
        return {};
    }
}

QVariant DestinationCertificatesModel::rowData(const DestinationCertificateRow& row, int role) const
{
    if (role == StatusRole)
        return static_cast<int>(expiry(row.certificate).status);
    return {};
}

std::optional<bool> DestinationCertificatesModel::is(const DestinationCertificateRow& row, const QString& predicate) const
{
    const ExpiryStatus status = expiry(row.certificate).status;
    if (predicate == QLatin1String("expired"))
        return status == ExpiryStatus::Expired;
    if (predicate == QLatin1String("expiring"))
        return status == ExpiryStatus::Expiring;
    if (predicate.startsWith(QLatin1String("expiring-"))) {
        bool ok = false;
        const int days = predicate.mid(9).toInt(&ok);
        if (!ok || days < 0)
            return std::nullopt;
        return expiryOf(row.certificate.notBefore(), row.certificate.notAfter(), clock().now(), days).status ==
               ExpiryStatus::Expiring;
    }
    if (predicate == QLatin1String("valid"))
        return status == ExpiryStatus::Valid;
    if (predicate == QLatin1String("keystore"))
        return row.certificate.isKeystore();
    if (predicate == QLatin1String("unused"))
        return row.usedBy.isEmpty();
    if (predicate == QLatin1String("used"))
        return !row.usedBy.isEmpty();
    return std::nullopt;
}

} // namespace gh
