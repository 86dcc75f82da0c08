#pragma once

#include "app/domain/Expiry.h"
#include "models/EntityTableModel.h"

namespace gh {

// Keystore entries with their validity, judged against the injected clock: status text, icon
// and a palette-aware colour, days left, and sort keys that sort chronologically.
class KeystoreModel final : public EntityTableModel<KeystoreEntry>
{
    Q_OBJECT

public:
    enum Columns {
        AliasColumn,
        TypeColumn,
        OwnerColumn,
        SubjectColumn,
        IssuerColumn,
        ValidUntilColumn,
        DaysLeftColumn,
        StatusColumn,
    };

    // A certificate of an entry's chain after the entry's own, and the alias that holds it.
    struct ChainLink
    {
        QString alias; // empty when no entry of the keystore holds that certificate
        QString fingerprintSha256;
    };

    static constexpr int kExpiringWithinDays = 30;

    explicit KeystoreModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;

    ExpiryInfo expiry(const KeystoreEntry& entry) const;
    QList<ChainLink> chain(const KeystoreEntry& entry) const;
    static QString statusText(ExpiryStatus status);
    // "Expires in 9 days", "Expired 21 days ago", "Expires today" …
    static QString daysLeftText(const ExpiryInfo& expiry);
    // The entry type as the user's language names it ("Key Pair" → "Schlüsselpaar"); the tenant's
    // value for types it does not know.
    static QString typeText(const QString& type);

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<KeystoreEntry>>> list(TenantClient& client) override;
    QVariant rowData(const KeystoreEntry& entry, int role) const override;
    std::optional<bool> is(const KeystoreEntry& entry, const QString& predicate) const override;

private:
    QVariant statusData(const KeystoreEntry& entry, int role) const;
};

} // namespace gh
