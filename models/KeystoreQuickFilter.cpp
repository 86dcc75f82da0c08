#include "models/KeystoreQuickFilter.h"

namespace gh {

QList<QStringList> KeystoreQuickFilter::predicateGroups() const
{
    QList<QStringList> groups;
    QStringList status;
    if (expiring)
        status.append(QStringLiteral("expiring-%1").arg(qMax(0, expiringWithinDays)));
    if (expired)
        status.append(QStringLiteral("expired"));
    if (!status.isEmpty())
        groups.append(status);
    if (keyPairs)
        groups.append({QStringLiteral("key-pair")});
    if (sapOwned)
        groups.append({QStringLiteral("sap")});
    return groups;
}

} // namespace gh
