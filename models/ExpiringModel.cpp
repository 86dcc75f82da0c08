#include "models/ExpiringModel.h"

#include "models/Format.h"
#include "models/FutureJoin.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"

#include <limits>
#include <optional>

namespace gh {

using expiring::ExpiringItem;
using expiring::SourceKind;

namespace {

using Rows = Result<QList<ExpiringItem>>;

QString subjectText(const ExpiringItem& item)
{
    if (item.kind == SourceKind::PgpKey)
        return item.subject;
    const QString cn = format::commonName(item.subject);
    QString text = cn.isEmpty() ? item.subject : cn;
    if (item.count > 1)
        text += ExpiringModel::tr(" (chain %1/%2)").arg(item.position + 1).arg(item.count);
    return text;
}

} // namespace

ExpiringModel::ExpiringModel(const Clock& clock, QObject* parent)
    : EntityTableModel<ExpiringItem>(clock, parent)
{
    using I = ExpiringItem;
    QList<Column> columns;
    // Status as text, icon and colour, never colour alone.
    columns.append({tr("Status"),
                    {QStringLiteral("status")},
                    [this](const I& i) { return KeystoreModel::statusText(expiry(i).status); },
                    [this](const I& i) { return QVariant(int(expiry(i).status)); },
                    [this](const I& i, int role) { return statusData(i, role); }});
    columns.append({tr("Kind"), {QStringLiteral("kind"), QStringLiteral("source")},
                    [](const I& i) { return kindText(i.kind); }});
    columns.append({tr("Owner"),
                    {QStringLiteral("owner"), QStringLiteral("alias"), QStringLiteral("name")},
                    [](const I& i) { return i.owner; },
                    {},
                    [](const I& i, int role) -> QVariant {
                        if (role == Qt::ToolTipRole && !i.keystore.isEmpty())
                            return tr("%1 in keystore %2").arg(i.owner, i.keystore);
                        return {};
                    }});
    columns.append({tr("Subject"),
                    {QStringLiteral("subject"), QStringLiteral("cn")},
                    [](const I& i) { return subjectText(i); },
                    {},
                    [](const I& i, int role) -> QVariant {
                        if (role != Qt::ToolTipRole)
                            return {};
                        return i.problem.isEmpty() ? i.subject : i.problem;
                    }});
    columns.append({tr("Not After"),
                    {QStringLiteral("notafter"), QStringLiteral("expires"), QStringLiteral("until")},
                    [](const I& i) { return format::date(i.notAfter); },
                    [](const I& i) { return i.notAfter.isValid() ? QVariant(i.notAfter) : QVariant(); },
                    [](const I& i, int role) -> QVariant {
                        return role == Qt::ToolTipRole ? QVariant(format::dateTime(i.notAfter)) : QVariant();
                    }});
    columns.append({tr("Days Left"),
                    {QStringLiteral("days"), QStringLiteral("daysleft")},
                    [this](const I& i) {
                        return i.notAfter.isValid() ? format::number(expiry(i).daysLeft) : QString();
                    },
                    [this](const I& i) {
                        return i.notAfter.isValid() ? QVariant(qint64(expiry(i).daysLeft)) : QVariant();
                    },
                    {},
                    Qt::AlignRight | Qt::AlignVCenter});
    setColumns(std::move(columns));
}

void ExpiringModel::setWarnDays(int days)
{
    days = std::max(days, 0);
    if (days == m_warnDays)
        return;
    m_warnDays = days;
    // The rows stay; their statuses (and what `is:expiring` matches) change.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT warnDaysChanged(days);
}

ExpiryInfo ExpiringModel::expiry(const ExpiringItem& item) const
{
    return item.expiry(clock().now(), m_warnDays);
}

QString ExpiringModel::kindText(SourceKind kind)
{
    switch (kind) {
    case SourceKind::KeystoreCertificate: return tr("Keystore");
    case SourceKind::DestinationCertificate: return tr("Destination certificate");
    case SourceKind::PgpKey: return tr("PGP key");
    }
    return {};
}

QString ExpiringModel::searchExample() const
{
    return QStringLiteral("is:expiring");
}

QStringList ExpiringModel::predicates() const
{
    return {QStringLiteral("expired"), QStringLiteral("expiring"), QStringLiteral("expiring-N"),
            QStringLiteral("valid"), QStringLiteral("due"), QStringLiteral("unknown")};
}

bool ExpiringModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::KeystoreEntry || kind == EntityKind::DestinationCertificate ||
           kind == EntityKind::PgpKey;
}

QFuture<Rows> ExpiringModel::list(TenantClient& client)
{
    // The chains are read on the thread that delivers last, not on the GUI thread.
    auto fromCertificates =
        joinResults(client.keystore().list(), client.destinationCertificates().list(),
                    [](const QList<KeystoreEntry>& keystore, const QList<DestinationCertificate>& certificates) {
                        QList<ExpiringItem> items = expiring::fromKeystore(keystore);
                        items += expiring::fromDestinationCertificates(certificates);
                        return items;
                    });
    return joinResults(std::move(fromCertificates), client.pgpKeys().list(),
                       [](const QList<ExpiringItem>& certificateItems, const QList<PgpKey>& keys) {
                           QList<ExpiringItem> items = certificateItems;
                           items += expiring::fromTenantPgpKeys(keys);
                           expiring::sortByNotAfter(items);
                           return items;
                       });
}

QVariant ExpiringModel::statusData(const ExpiringItem& item, int role) const
{
    const ExpiryInfo x = expiry(item);
    switch (role) {
    case Qt::DecorationRole:
        return Icons::forStatus(x.status);
    case Qt::ForegroundRole:
        return StateColors::forStatus(x.status, palette());
    case Qt::ToolTipRole:
        if (!item.notAfter.isValid())
            return item.problem;
        return tr("%1: %2").arg(KeystoreModel::statusText(x.status), KeystoreModel::daysLeftText(x));
    default:
        return {};
    }
}

QVariant ExpiringModel::rowData(const ExpiringItem& item, int role) const
{
    if (role == StatusRole)
        return static_cast<int>(expiry(item).status);
    return {};
}

std::optional<bool> ExpiringModel::is(const ExpiringItem& item, const QString& predicate) const
{
    const ExpiryStatus status = expiry(item).status;
    if (predicate == QLatin1String("expired"))
        return status == ExpiryStatus::Expired;
    if (predicate == QLatin1String("expiring"))
        return status == ExpiryStatus::Expiring;
    if (predicate == QLatin1String("due")) // expired or expiring: what needs doing
        return status == ExpiryStatus::Expired || status == ExpiryStatus::Expiring;
    if (predicate.startsWith(QLatin1String("expiring-"))) {
        bool ok = false;
        const int days = predicate.mid(9).toInt(&ok);
        if (!ok || days < 0)
            return std::nullopt;
        return item.expiry(clock().now(), days).status == ExpiryStatus::Expiring;
    }
    if (predicate == QLatin1String("valid"))
        return status == ExpiryStatus::Valid;
    if (predicate == QLatin1String("unknown"))
        return status == ExpiryStatus::Unknown;
    return std::nullopt;
}

} // namespace gh
