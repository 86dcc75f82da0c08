#pragma once

// The keystore pane's quick filters (expiring within N days, expired, key pairs, SAP-owned) as
// predicate groups for SearchFilterProxy::setRequiredPredicates: the status filters are
// alternatives (expiring OR expired), the kind filters narrow (key pair AND SAP-owned), and
// everything combines with the search text.

#include <QList>
#include <QStringList>

namespace gh {

struct KeystoreQuickFilter
{
    bool expiring = false;
    int expiringWithinDays = 30;
    bool expired = false;
    bool keyPairs = false;
    bool sapOwned = false;

    bool isActive() const { return expiring || expired || keyPairs || sapOwned; }
    // Groups of KeystoreModel predicates (is:…); a row must match one predicate of every group.
    QList<QStringList> predicateGroups() const;
    bool operator==(const KeystoreQuickFilter&) const = default;
};

} // namespace gh
