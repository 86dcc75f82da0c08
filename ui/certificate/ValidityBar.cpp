#include "ui/certificate/ValidityBar.h"

#include "app/domain/Expiry.h"

#include "models/Format.h"
#include "models/StateColors.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace gh {

ValidityBar::ValidityBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("validityBar"));
    setAccessibleName(tr("Validity period"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ValidityBar::setPeriod(const QDateTime& notBefore, const QDateTime& notAfter,
                            const QDateTime& now, ExpiryStatus status)
{
    m_notBefore = notBefore;
    m_notAfter = notAfter;
    m_now = now;
    m_status = status;
    const QString text = description();
    setAccessibleDescription(text);
    setToolTip(text);
    update();
}

qint64 ValidityBar::totalDays() const
{
    return m_notBefore.isValid() && m_notAfter.isValid() ? m_notBefore.daysTo(m_notAfter) : 0;
}

qint64 ValidityBar::elapsedDays() const
{
    if (!m_notBefore.isValid() || !m_now.isValid())
        return 0;
    return std::clamp(m_notBefore.daysTo(m_now), qint64(0), totalDays());
}

qint64 ValidityBar::remainingDays() const
{
    // The same count as everywhere else (whole days, rounded down), so the bar never disagrees
    // with the status text beside it.
    return expiryOf(m_notBefore, m_notAfter, m_now).daysLeft;
}

double ValidityBar::todayFraction() const
{
    const qint64 total = m_notBefore.isValid() && m_notAfter.isValid()
                             ? m_notBefore.msecsTo(m_notAfter)
                             : 0;
    if (total <= 0)
        return 0.0;
    return std::clamp(double(m_notBefore.msecsTo(m_now)) / double(total), 0.0, 1.0);
}

QString ValidityBar::description() const
{
    if (!m_notBefore.isValid() || !m_notAfter.isValid())
        return tr("No validity period");
    const QString period = tr("Issued %1, expires %2")
                               .arg(format::date(m_notBefore), format::date(m_notAfter));
    const qint64 left = remainingDays();
    if (m_now < m_notBefore)
        return tr("%1: not yet valid, starts in %n day(s).", nullptr,
                  static_cast<int>(m_now.daysTo(m_notBefore)))
            .arg(period);
    if (left < 0 || m_now > m_notAfter)
        return tr("%1: expired %n day(s) ago.", nullptr, static_cast<int>(qAbs(left))).arg(period);
    return tr("%1: %2 of %3 days elapsed, %n day(s) left.", nullptr, static_cast<int>(left))
        .arg(period)
        .arg(elapsedDays())
        .arg(totalDays());
}

QSize ValidityBar::sizeHint() const
{
    return {320, fontMetrics().height() * 3 + 22};
}

QSize ValidityBar::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ValidityBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void ValidityBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int margin = 6;
    const QRectF track(margin, line + 6, width() - 2 * margin, 12);
    const QColor state = StateColors::forStatus(m_status, palette());
    const QPalette& pal = palette();

    // Caption above: elapsed and left, or the state when outside the period.
    QString caption;
    if (m_notBefore.isValid() && m_notAfter.isValid()) {
        const qint64 left = remainingDays();
        if (m_now < m_notBefore)
            caption = tr("Not yet valid: starts in %n day(s)", nullptr,
                         static_cast<int>(m_now.daysTo(m_notBefore)));
        else if (m_now > m_notAfter)
            caption = tr("Expired %n day(s) ago", nullptr, static_cast<int>(qAbs(left)));
        else
            caption = tr("%1 days elapsed · %n day(s) left", nullptr, static_cast<int>(left))
                          .arg(elapsedDays());
    } else {
        caption = tr("No validity period");
    }
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(margin, 0, track.width(), line), Qt::AlignLeft | Qt::AlignVCenter, caption);

    // The track and the elapsed part.
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, 4, 4);
    p.fillPath(trackPath, pal.color(QPalette::Base));
    const double f = todayFraction();
    if (f > 0) {
        QRectF filled = track;
        filled.setWidth(track.width() * f);
        QColor fill = state;
        fill.setAlpha(m_status == ExpiryStatus::Expired ? 150 : 110);
        p.save();
        p.setClipPath(trackPath);
        p.fillRect(filled, fill);
        p.restore();
    }
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawPath(trackPath);

    // Today's line; outside the period it sits at the end it has passed, with an arrow.
    if (m_now.isValid() && m_notBefore.isValid()) {
        const double x = track.left() + track.width() * f;
        p.setPen(QPen(state, 2));
        p.drawLine(QPointF(x, track.top() - 4), QPointF(x, track.bottom() + 4));
        QString today = tr("today");
        if (m_now > m_notAfter)
            today = tr("today →");
        else if (m_now < m_notBefore)
            today = tr("← today");
        const int w = fm.horizontalAdvance(today);
        const double tx = std::clamp(x - w / 2.0, track.left(), track.right() - w);
        p.setPen(state);
        p.drawText(QRectF(tx, track.bottom() + 4, w, line), Qt::AlignCenter, today);
    }

    // Dates under the ends.
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QRectF dates(margin, track.bottom() + 4 + line, track.width(), line);
    p.drawText(dates, Qt::AlignLeft | Qt::AlignVCenter, format::date(m_notBefore));
    p.drawText(dates, Qt::AlignRight | Qt::AlignVCenter, format::date(m_notAfter));
}

} // namespace gh
