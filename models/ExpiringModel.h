#pragma once

#include "app/workspace/Expiring.h"
#include "models/EntityTableModel.h"

namespace gh {

// Everything in the tenant that expires (issue 7), one row per certificate: every certificate of
// every keystore entry's chain and of every destination certificate (app/workspace/Expiring),
// soonest first. The status (text, icon and colour) follows the injected clock and a threshold
// the user sets ("warn N days before"); changing it changes the statuses, not the rows. Lists
// the keystore and the destination certificates, so it reloads when either changes.
class ExpiringModel final : public EntityTableModel<expiring::ExpiringItem>
{
    Q_OBJECT

public:
    enum Columns {
        StatusColumn,
        KindColumn,
        OwnerColumn,
        SubjectColumn,
        NotAfterColumn,
        DaysLeftColumn,
    };

    static constexpr int kDefaultWarnDays = 30;

    explicit ExpiringModel(const Clock& clock, QObject* parent = nullptr);

    // Expiring when at most this many whole days are left.
    int warnDays() const { return m_warnDays; }
    void setWarnDays(int days);

    ExpiryInfo expiry(const expiring::ExpiringItem& item) const;
    static QString kindText(expiring::SourceKind kind);

    QString searchExample() const override;
    QStringList predicates() const override;

Q_SIGNALS:
    void warnDaysChanged(int days);

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<expiring::ExpiringItem>>> list(TenantClient& client) override;
    QVariant rowData(const expiring::ExpiringItem& item, int role) const override;
    std::optional<bool> is(const expiring::ExpiringItem& item, const QString& predicate) const override;

private:
    QVariant statusData(const expiring::ExpiringItem& item, int role) const;

    int m_warnDays = kDefaultWarnDays;
};

} // namespace gh
