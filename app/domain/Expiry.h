#pragma once

#include <QDateTime>
#include <QString>

namespace gh {

enum class ExpiryStatus { Valid, Expiring, Expired, NotYetValid, Unknown };

struct ExpiryInfo
{
    ExpiryStatus status = ExpiryStatus::Unknown;
    qint64 daysLeft = 0; // whole days until notAfter (negative once expired)
};

// A pure function of the validity period, the current time and the warning threshold.
ExpiryInfo expiryOf(const QDateTime& notBefore, const QDateTime& notAfter, const QDateTime& now,
                    int expiringWithinDays = 30);

QString expiryStatusName(ExpiryStatus status);   // "valid", "expiring", "expired", … (CLI, search)
QString expiryStatusText(ExpiryStatus status);   // "Valid", "Expiring", … for people (tr in the UI)

} // namespace gh
