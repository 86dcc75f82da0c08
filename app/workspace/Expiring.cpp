#include "app/workspace/Expiring.h"

#include "app/crypto/Certificate.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace gh::expiring {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Expiring)
};
} // namespace

namespace {

const QString kKeyHistory = QStringLiteral("KeyHistory");

// The same items for keystore entries and destination certificates: one per certificate.
ExpiringItem certificateItem(SourceKind kind, const QString& owner, const QString& entityKey, int position,
                             int count)
{
    ExpiringItem item;
    item.kind = kind;
    item.owner = owner;
    item.entityKey = entityKey;
    item.position = position;
    item.count = count;
    return item;
}

} // namespace

QString kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::KeystoreCertificate: return QStringLiteral("keystore");
    case SourceKind::DestinationCertificate: return QStringLiteral("destination-certificate");
    case SourceKind::PgpKey: return QStringLiteral("pgp-key");
    }
    return {};
}

QString ExpiringItem::key() const
{
    const QString entity = kind == SourceKind::PgpKey && entityKey.isEmpty() ? owner : entityKey;
    return kindName(kind) + QLatin1Char('/') + entity + QLatin1Char('#') + QString::number(position);
}

QString ExpiringItem::label() const
{
    QString text = owner + QStringLiteral(" — ") + subject;
    if (kind != SourceKind::PgpKey && count > 1)
        text += Tr::tr(" (chain %1/%2)").arg(position + 1).arg(count);
    return text;
}

ExpiryInfo ExpiringItem::expiry(const QDateTime& now, int withinDays) const
{
    // expiryOf says Expiring when fewer than its threshold's whole days are left.
    const int threshold = withinDays >= std::numeric_limits<int>::max() ? withinDays : std::max(withinDays, -1) + 1;
    return expiryOf(notBefore, notAfter, now, threshold);
}

QList<ExpiringItem> fromKeystore(const QList<KeystoreEntry>& entries)
{
    QList<ExpiringItem> items;
    for (const KeystoreEntry& entry : entries) {
        if (entry.keystore == kKeyHistory)
            continue;
        if (entry.chain.isEmpty()) {
            // An SSH key or a listing without the chain: the entry's own validity, when it has one.
            if (!entry.validNotAfter.isValid())
                continue;
            ExpiringItem item = certificateItem(SourceKind::KeystoreCertificate, entry.alias, entry.key(), 0, 1);
            item.keystore = entry.keystore;
            item.subject = entry.subjectDN;
            item.notBefore = entry.validNotBefore;
            item.notAfter = entry.validNotAfter;
            items.append(std::move(item));
            continue;
        }
        const int count = int(entry.chain.size());
        for (int i = 0; i < count; ++i) {
            ExpiringItem item = certificateItem(SourceKind::KeystoreCertificate, entry.alias, entry.key(), i, count);
            item.keystore = entry.keystore;
            const auto certificate = crypto::Certificate::fromPem(entry.chain.at(i));
            if (certificate) {
                item.subject = certificate->subjectDN();
                item.notBefore = certificate->notBefore();
                item.notAfter = certificate->notAfter();
            } else {
                item.subject = i == 0 ? entry.subjectDN : QString();
                item.problem = Tr::tr("certificate %1 of the chain of '%2' cannot be read: %3")
                                   .arg(i + 1)
                                   .arg(entry.alias, certificate.error().message);
            }
            items.append(std::move(item));
        }
    }
    return items;
}

QList<ExpiringItem> fromDestinationCertificates(const QList<DestinationCertificate>& certificates)
{
    QList<ExpiringItem> items;
    for (const DestinationCertificate& certificate : certificates) {
        const QList<DestinationCertificateNode> nodes = certificate.certificates();
        const int count = int(nodes.size());
        for (int i = 0; i < count; ++i) {
            const DestinationCertificateNode& node = nodes.at(i);
            ExpiringItem item = certificateItem(SourceKind::DestinationCertificate, certificate.name, certificate.name,
                                                i, count);
            item.subject = node.subject;
            item.notBefore = node.notBefore;
            item.notAfter = node.notAfter;
            if (!node.notAfter.isValid())
                item.problem = Tr::tr("certificate %1 of '%2' has no validity").arg(i + 1).arg(certificate.name);
            items.append(std::move(item));
        }
    }
    return items;
}

QList<ExpiringItem> fromPgpKeys(const QList<PgpKeyDates>& keys)
{
    QList<ExpiringItem> items;
    int subkeyNumber = 0;
    QString lastPrimary;
    for (const PgpKeyDates& key : keys) {
        if (key.subkeyId.isEmpty()) {
            lastPrimary = key.keyId;
            subkeyNumber = 0;
        } else if (key.keyId == lastPrimary) {
            ++subkeyNumber;
        } else {
            lastPrimary = key.keyId;
            subkeyNumber = 1;
        }
        if (key.revoked || !key.expires.isValid())
            continue;
        ExpiringItem item;
        item.kind = SourceKind::PgpKey;
        item.owner = key.keyId;
        item.position = key.subkeyId.isEmpty() ? 0 : subkeyNumber;
        item.subject = key.subkeyId.isEmpty()
                           ? key.userId
                           : Tr::tr("subkey %1 of %2").arg(key.subkeyId, key.userId.isEmpty() ? key.keyId : key.userId);
        item.notBefore = key.created;
        item.notAfter = key.expires;
        items.append(std::move(item));
    }
    return items;
}

QList<ExpiringItem> fromTenantPgpKeys(const QList<PgpKey>& keys)
{
    QList<ExpiringItem> items;
    for (const PgpKey& key : keys) {
        QList<PgpKeyDates> dates;
        const QString userId = key.userIds.value(0);
        dates.append({key.keyId, QString(), userId, key.created, key.expires, key.revoked});
        for (const PgpSubkey& s : key.subkeys)
            dates.append({key.keyId, s.keyId, userId, s.created, s.expires, s.revoked || key.revoked});
        QList<ExpiringItem> ofKey = fromPgpKeys(dates);
        for (ExpiringItem& item : ofKey) {
            item.entityKey = key.key();
            item.keystore = key.keyring;
            item.count = int(key.subkeys.size()) + 1;
        }
        items += ofKey;
    }
    return items;
}

void sortByNotAfter(QList<ExpiringItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const ExpiringItem& a, const ExpiringItem& b) {
        if (a.notAfter.isValid() != b.notAfter.isValid())
            return a.notAfter.isValid();
        if (a.notAfter != b.notAfter)
            return a.notAfter < b.notAfter;
        return a.key() < b.key();
    });
}

bool dueWithin(const ExpiringItem& item, const QDateTime& now, int days)
{
    if (!item.notAfter.isValid())
        return false;
    return item.expiry(now, days).daysLeft <= days;
}

} // namespace gh::expiring
