#pragma once

#include "app/domain/Expiry.h"
#include "app/domain/TenantMaterial.h"
#include "models/EntityTableModel.h"

namespace gh {

// The tenant's PGP keys of both keyrings: key id, fingerprint, user IDs, algorithm, created,
// expires (the effective expiry: the earliest of the key and its unrevoked subkeys) and status
// Valid / Critical (within 14 days) / Expired as text, icon and colour from the injected clock,
// and whether the key is in the public or the secret keyring.
class PgpKeysModel final : public EntityTableModel<PgpKey>
{
    Q_OBJECT

public:
    enum Columns {
        KeyIdColumn,
        UserIdColumn,
        AlgorithmColumn,
        CreatedColumn,
        ExpiresColumn,
        StatusColumn,
        KeyringColumn,
        FingerprintColumn
    };

    explicit PgpKeysModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;

    PgpStatus status(const PgpKey& key) const;
    static QString statusText(PgpStatus status);     // "Valid", "Critical", "Expired", translated
    static ExpiryStatus expiryStatus(PgpStatus status); // for the icon and colour
    static QString keyringText(const PgpKey& key);   // "Public" / "Secret", translated

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<PgpKey>>> list(TenantClient& client) override;
    QVariant rowData(const PgpKey& key, int role) const override;
    std::optional<bool> is(const PgpKey& key, const QString& predicate) const override;

private:
    QVariant statusData(const PgpKey& key, int role) const;
};

} // namespace gh
