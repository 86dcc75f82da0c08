#pragma once

#include "app/domain/TenantMaterial.h"
#include "models/EntityTableModel.h"

namespace gh {

// The tenant's known_hosts lines: marker, host patterns (a hashed pattern names no host, so it
// shows as "(hashed)" with the pattern in the tool tip), key type, size and the SHA-256
// fingerprint as `ssh-keygen -l` writes it.
class KnownHostsModel final : public EntityTableModel<KnownHost>
{
    Q_OBJECT

public:
    enum Columns { HostsColumn, MarkerColumn, KeyTypeColumn, BitsColumn, FingerprintColumn, CommentColumn };

    explicit KnownHostsModel(const Clock& clock, QObject* parent = nullptr);

    QString searchExample() const override;
    QStringList predicates() const override;
    // The hosts as shown: patterns joined by ", ", a hashed one as "(hashed)".
    static QString hostsText(const KnownHost& host);

protected:
    bool dependsOn(EntityKind kind) const override;
    QFuture<Result<QList<KnownHost>>> list(TenantClient& client) override;
    std::optional<bool> is(const KnownHost& host, const QString& predicate) const override;
};

} // namespace gh
