#pragma once

#include "app/domain/Access.h"
#include "models/EntityTableModel.h"

#include <memory>

namespace gh {

// The subaccount's trust configurations (SAP ID service and custom identity providers), with
// what depends on each: its users and the role collections that map its groups or attributes.
// The counts come from the access index the users pane builds anyway (setAccessIndex), so the
// 100,000 users of a large tenant are not read a second time.
class IdentityProvidersModel final : public EntityTableModel<IdentityProvider>
{
    Q_OBJECT

public:
    enum Columns {
        NameColumn,
        OriginColumn,
        TypeColumn,
        StatusColumn,
        UsersColumn,
        MappingsColumn,
    };

    explicit IdentityProvidersModel(const Clock& clock, QObject* parent = nullptr);

    // Takes the users and mappings per identity provider from `index` (null: none known yet).
    void setAccessIndex(std::shared_ptr<const AccessIndex> access);
    // What depends on `originKey` (empty usage when nothing does, or before the index came).
    IdentityProviderUsage usage(const QString& originKey) const;
    bool hasUsage() const { return m_index != nullptr; }

    // "SAP ID service", "SAML 2.0", "OpenID Connect", "SAP Cloud Identity Services" …
    static QString typeText(const QString& type);

    QString searchExample() const override;
    QStringList predicates() const override;

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<IdentityProvider>>> list(TenantClient& client) override;
    std::optional<bool> is(const IdentityProvider& idp, const QString& predicate) const override;

private:
    std::shared_ptr<const AccessIndex> m_index;
    QHash<QString, IdentityProviderUsage> m_usage;
};

} // namespace gh
