#pragma once

#include "app/domain/DestinationCertificate.h"
#include "app/domain/Expiry.h"
#include "app/workspace/DestinationCertificateActions.h"
#include "models/EntityTableModel.h"

namespace gh {

// One destination certificate with the destinations that name it (KeyStoreLocation,
// TrustStoreLocation, tokenService.KeyStoreLocation).
struct DestinationCertificateRow
{
    DestinationCertificate certificate;
    QList<destinationcerts::Usage> usedBy;

    QString key() const { return certificate.name; }
};

// The Destination service's certificates and keystores: name, type, subject, when the first of
// their certificates expires (status colour, icon and text from the injected clock) and how many
// destinations use each. Lists the destinations too, so it reloads when either changes.
class DestinationCertificatesModel final : public EntityTableModel<DestinationCertificateRow>
{
    Q_OBJECT

public:
    enum Columns {
        NameColumn,
        TypeColumn,
        SubjectColumn,
        ExpiresColumn,
        UsedByColumn,
    };

    static constexpr int kExpiringWithinDays = 30;

    explicit DestinationCertificatesModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;

    ExpiryInfo expiry(const DestinationCertificate& certificate) const;
    // "Certificate" or "Keystore", translated.
    static QString typeText(const DestinationCertificate& certificate);

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<DestinationCertificateRow>>> list(TenantClient& client) override;
    QVariant rowData(const DestinationCertificateRow& row, int role) const override;
    std::optional<bool> is(const DestinationCertificateRow& row, const QString& predicate) const override;

private:
    QVariant statusData(const DestinationCertificateRow& row, int role) const;
};

} // namespace gh
