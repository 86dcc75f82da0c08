#include "app/domain/Expiry.h"

#include <QCoreApplication>

#include <cmath>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Expiry)
};
} // namespace

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
    case ExpiryStatus::Valid: return Tr::tr("Valid");
    case ExpiryStatus::Expiring: return Tr::tr("Expiring");
    case ExpiryStatus::Expired: return Tr::tr("Expired");
    case ExpiryStatus::NotYetValid: return Tr::tr("Not yet valid");
    case ExpiryStatus::Unknown: return Tr::tr("Unknown");
    }
    return {};
}

} // namespace gh
