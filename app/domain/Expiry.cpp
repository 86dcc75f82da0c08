#include "app/domain/Expiry.h"

#include <cmath>

namespace gh {

ExpiryInfo expiryOf(const QDateTime& notBefore, const QDateTime& notAfter, const QDateTime& now,
                    int expiringWithinDays)
{
    if (!notAfter.isValid() || !now.isValid())
        return {};
    const qint64 secondsLeft = now.secsTo(notAfter);
    // Whole days, rounded down: a certificate expiring in 23 hours has 0 days left.
    const qint64 daysLeft = static_cast<qint64>(std::floor(static_cast<double>(secondsLeft) / 86400.0));
    if (secondsLeft <= 0)
        return {ExpiryStatus::Expired, daysLeft};
    if (notBefore.isValid() && now < notBefore)
        return {ExpiryStatus::NotYetValid, daysLeft};
    if (daysLeft < expiringWithinDays)
        return {ExpiryStatus::Expiring, daysLeft};
    return {ExpiryStatus::Valid, daysLeft};
}

QString expiryStatusName(ExpiryStatus status)
{
    switch (status) {
    case ExpiryStatus::Valid: return QStringLiteral("valid");
    case ExpiryStatus::Expiring: return QStringLiteral("expiring");
    case ExpiryStatus::Expired: return QStringLiteral("expired");
    case ExpiryStatus::NotYetValid: return QStringLiteral("not-yet-valid");
    case ExpiryStatus::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString expiryStatusText(ExpiryStatus status)
{
    switch (status) {
    case ExpiryStatus::Valid: return QStringLiteral("Valid");
    case ExpiryStatus::Expiring: return QStringLiteral("Expiring");
    case ExpiryStatus::Expired: return QStringLiteral("Expired");
    case ExpiryStatus::NotYetValid: return QStringLiteral("Not yet valid");
    case ExpiryStatus::Unknown: return QStringLiteral("Unknown");
    }
    return {};
}

} // namespace gh
