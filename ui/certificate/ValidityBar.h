#pragma once

// A certificate's validity period as a bar: issued … today … expiry, the elapsed part filled in
// the status colour (StateColors), today's line, the dates under the ends and "N days elapsed ·
// M days left" above. Draws expired (today past the end) and not yet valid (before the start).
// The same sentence is its accessible description and tool tip.

#include "app/domain/Expiry.h"

#include <QDateTime>
#include <QWidget>

namespace gh {

class ValidityBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ValidityBar(QWidget* parent = nullptr);

    void setPeriod(const QDateTime& notBefore, const QDateTime& notAfter, const QDateTime& now,
                   ExpiryStatus status);
    qint64 elapsedDays() const;
    qint64 remainingDays() const;
    qint64 totalDays() const;
    // "Issued 2025-12-06, expires 2026-12-06: 355 of 365 days elapsed, 10 days left."
    QString description() const;
    // Where today lies in the period: 0 at issue, 1 at expiry (clamped to 0 … 1).
    double todayFraction() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QDateTime m_now;
    ExpiryStatus m_status = ExpiryStatus::Unknown;
};

} // namespace gh
