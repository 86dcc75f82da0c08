#pragma once

#include "models/EntityTableModel.h"

#include <variant>

namespace gh {

// One row of the security-material list: a user credential, an OAuth2 client credential or a
// secure parameter. Their secrets are write-only: the domain only says whether one is set.
struct SecurityMaterialItem
{
    std::variant<UserCredential, OAuth2ClientCredential, SecureParameter> value;

    EntityKind kind() const;
    QString name() const;
    QString description() const;
    bool secretSet() const;
    QString deployedBy() const;
    QDateTime deployedOn() const;
    // Unique across the three kinds: "user_credentials/SFTP_Partner_Logistics".
    QString key() const;
};

// User credentials, OAuth2 client credentials and secure parameters in one read-only list.
class SecurityMaterialModel final : public EntityTableModel<SecurityMaterialItem>
{
    Q_OBJECT

public:
    enum Columns {
        NameColumn,
        KindColumn,
        DescriptionColumn,
        DetailsColumn,
        SecretColumn,
        DeployedByColumn,
        DeployedOnColumn
    };

    explicit SecurityMaterialModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;

    static QString kindText(EntityKind kind);
    static QString detailsText(const SecurityMaterialItem& item);

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<SecurityMaterialItem>>> list(TenantClient& client) override;
    std::optional<bool> is(const SecurityMaterialItem& item,
                           const QString& predicate) const override;
};

} // namespace gh
