#pragma once

#include "app/domain/Destination.h"
#include "models/EntityTableModel.h"

namespace gh {

// Destinations. Secret properties are shown only as "set" or "missing": their values are never
// in the domain values to begin with.
class DestinationsModel final : public EntityTableModel<Destination>
{
    Q_OBJECT

public:
    enum Columns {
        NameColumn,
        TypeColumn,
        UrlColumn,
        ProxyTypeColumn,
        AuthenticationColumn,
        DescriptionColumn,
        SecretsColumn,
        CertificatesColumn, // KeyStoreLocation, TrustStoreLocation, tokenService.KeyStoreLocation
    };

    explicit DestinationsModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;

    // "set", "missing" or "none" (no secret property), translated.
    static QString secretsText(const Destination& destination);

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<Destination>>> list(TenantClient& client) override;
    std::optional<bool> is(const Destination& destination, const QString& predicate) const override;
};

} // namespace gh
