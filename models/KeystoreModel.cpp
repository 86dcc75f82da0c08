#include "models/KeystoreModel.h"

#include "models/Format.h"
#include "models/Icons.h"
#include "models/StateColors.h"

namespace gh {

namespace {

// Most urgent first when sorting by status.
qint64 severity(ExpiryStatus status)
{
    switch (status) {
    case ExpiryStatus::Expired:
        return 0;
    case ExpiryStatus::Expiring:
        return 1;
    case ExpiryStatus::NotYetValid:
        return 2;
    case ExpiryStatus::Valid:
        return 3;
    case ExpiryStatus::Unknown:
        break;
    }
    return 4;
}

} // namespace

KeystoreModel::KeystoreModel(const Clock& clock, QObject* parent)
    : EntityTableModel<KeystoreEntry>(clock, parent)
{
    using E = KeystoreEntry;
    QList<Column> columns;
    // Entries of the renewal and history keystores carry the keystore's name, so that a renewed
    // key and the one it replaces are told apart (keystore:KeyRenewal finds them).
    columns.append({tr("Alias"),
                    {QStringLiteral("alias"), QStringLiteral("name"), QStringLiteral("keystore")},
                    [](const E& e) {
                        return e.keystore == QLatin1String("system")
                                   ? e.alias
                                   : QString(e.keystore + QLatin1String(" / ") + e.alias);
                    }});
    columns.append({tr("Type"), {QStringLiteral("type")}, [](const E& e) { return typeText(e.type); }});
    columns.append({tr("Owner"),
                    {QStringLiteral("owner")},
                    [](const E& e) { return e.owner; },
                    {},
                    [](const E& e, int role) -> QVariant {
                        if (!e.isSapOwned())
                            return {};
                        if (role == Qt::DecorationRole)
                            return Icons::readOnly();
                        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
                            return tr("Owned by SAP: read-only");
                        return {};
                    }});
    columns.append({tr("Subject CN"),
                    {QStringLiteral("subject"), QStringLiteral("cn")},
                    [](const E& e) { return format::commonName(e.subjectDN); },
                    {},
                    [](const E& e, int role) {
                        return role == Qt::ToolTipRole ? QVariant(e.subjectDN) : QVariant();
                    }});
    columns.append({tr("Issuer CN"),
                    {QStringLiteral("issuer")},
                    [](const E& e) { return format::commonName(e.issuerDN); },
                    {},
                    [](const E& e, int role) {
                        return role == Qt::ToolTipRole ? QVariant(e.issuerDN) : QVariant();
                    }});
    columns.append({tr("Valid until"),
                    {QStringLiteral("until"), QStringLiteral("expires")},
                    [](const E& e) { return format::date(e.validNotAfter); },
                    [](const E& e) {
                        return e.validNotAfter.isValid() ? QVariant(e.validNotAfter) : QVariant();
                    },
                    [](const E& e, int role) {
                        return role == Qt::ToolTipRole ? QVariant(format::dateTime(e.validNotAfter))
                                                       : QVariant();
                    }});
    columns.append({tr("Days left"),
                    {QStringLiteral("days")},
                    [this](const E& e) {
                        const ExpiryInfo x = expiry(e);
                        return x.status == ExpiryStatus::Unknown ? QString()
                                                                 : format::number(x.daysLeft);
                    },
                    [this](const E& e) { return QVariant(expiry(e).daysLeft); },
                    [this](const E& e, int role) -> QVariant {
                        if (role == Qt::ForegroundRole)
                            return StateColors::forStatus(expiry(e).status, palette());
                        if (role == Qt::ToolTipRole)
                            return daysLeftText(expiry(e));
                        return {};
                    },
                    Qt::AlignRight | Qt::AlignVCenter});
    columns.append({tr("Status"),
                    {QStringLiteral("status")},
                    [this](const E& e) { return statusText(expiry(e).status); },
                    [this](const E& e) { return QVariant(severity(expiry(e).status)); },
                    [this](const E& e, int role) { return statusData(e, role); }});
    setColumns(std::move(columns));
}

ExpiryInfo KeystoreModel::expiry(const KeystoreEntry& entry) const
{
    return expiryOf(entry.validNotBefore, entry.validNotAfter, clock().now(), kExpiringWithinDays);
}

QString KeystoreModel::typeText(const QString& type)
{
    if (type == QLatin1String("Key Pair"))
        return tr("Key Pair");
    if (type == QLatin1String("Certificate"))
        return tr("Certificate");
    if (type == QLatin1String("SSH Key"))
        return tr("SSH Key");
    return type;
}

QString KeystoreModel::statusText(ExpiryStatus status)
{
    switch (status) {
    case ExpiryStatus::Valid:
        return tr("Valid");
    case ExpiryStatus::Expiring:
        return tr("Expiring");
    case ExpiryStatus::Expired:
        return tr("Expired");
    case ExpiryStatus::NotYetValid:
        return tr("Not yet valid");
    case ExpiryStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString KeystoreModel::daysLeftText(const ExpiryInfo& expiry)
{
    const qint64 days = expiry.daysLeft;
    switch (expiry.status) {
    case ExpiryStatus::Expired:
        return days >= 0 ? tr("Expired today")
                         : tr("Expired %n day(s) ago", nullptr, static_cast<int>(-days));
    case ExpiryStatus::Unknown:
        return tr("No validity period");
    default:
        break;
    }
    return days == 0 ? tr("Expires today")
                     : tr("Expires in %n day(s)", nullptr, static_cast<int>(days));
}

QVariant KeystoreModel::statusData(const KeystoreEntry& entry, int role) const
{
    const ExpiryInfo x = expiry(entry);
    switch (role) {
    case Qt::DecorationRole:
        return Icons::forStatus(x.status);
    case Qt::ForegroundRole:
        return StateColors::forStatus(x.status, palette());
    case Qt::ToolTipRole:
        return daysLeftText(x);
    default:
        return {};
    }
}

QList<KeystoreModel::ChainLink> KeystoreModel::chain(const KeystoreEntry& entry) const
{
    QHash<QString, QString> aliasOf; // normalized SHA-256 → alias
    for (const KeystoreEntry& e : entries())
        aliasOf.insert(format::normalizedFingerprint(e.fingerprintSha256), e.alias);
    QList<ChainLink> out;
    for (qsizetype i = 1; i < entry.chain.size(); ++i) {
        const QString fp = format::pemFingerprint(entry.chain.at(i), QCryptographicHash::Sha256);
        out.append({aliasOf.value(format::normalizedFingerprint(fp)), fp});
    }
    return out;
}

QString KeystoreModel::searchExample() const
{
    return QStringLiteral("is:expiring-30");
}

QStringList KeystoreModel::predicates() const
{
    return {QStringLiteral("expired"),       QStringLiteral("expiring"),
            QStringLiteral("expiring-N"),    QStringLiteral("valid"),
            QStringLiteral("not-yet-valid"), QStringLiteral("sap"),
            QStringLiteral("key-pair"),      QStringLiteral("certificate")};
}

bool KeystoreModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::KeystoreEntry;
}

QFuture<Result<QList<KeystoreEntry>>> KeystoreModel::list(TenantClient& client)
{
    return client.keystore().list();
}

QVariant KeystoreModel::rowData(const KeystoreEntry& entry, int role) const
{
    if (role == StatusRole)
        return static_cast<int>(expiry(entry).status);
    if (role == ReadOnlyRole)
        return entry.isSapOwned();
    return {};
}

std::optional<bool> KeystoreModel::is(const KeystoreEntry& entry, const QString& predicate) const
{
    const ExpiryStatus status = expiry(entry).status;
    if (predicate == QLatin1String("expired"))
        return status == ExpiryStatus::Expired;
    if (predicate == QLatin1String("expiring"))
        return status == ExpiryStatus::Expiring;
    if (predicate.startsWith(QLatin1String("expiring-"))) {
        // is:expiring-N: what the domain rule calls expiring with a threshold of N days.
        bool ok = false;
        const int days = predicate.mid(9).toInt(&ok);
        if (!ok || days < 0)
            return std::nullopt;
        return expiryOf(entry.validNotBefore, entry.validNotAfter, clock().now(), days).status ==
               ExpiryStatus::Expiring;
    }
    if (predicate == QLatin1String("valid"))
        return status == ExpiryStatus::Valid;
    if (predicate == QLatin1String("not-yet-valid"))
        return status == ExpiryStatus::NotYetValid;
    if (predicate == QLatin1String("sap"))
        return entry.isSapOwned();
    if (predicate == QLatin1String("key-pair") || predicate == QLatin1String("keypair"))
        return entry.isKeyPair();
    if (predicate == QLatin1String("certificate"))
        return entry.type == QLatin1String("Certificate");
    return std::nullopt;
}

} // namespace gh
