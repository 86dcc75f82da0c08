#include "ui/details/WhereUsedGraph.h"

#include "models/StateColors.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace gh {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 6;      // between nodes of one column
constexpr int kPadding = 4;  // inside a node
constexpr int kColumnGap = 36;

void drawArrow(QPainter& p, QPointF from, QPointF to)
{
    p.drawLine(from, to);
    const double angle = qAtan2(to.y() - from.y(), to.x() - from.x());
    const double size = 6;
    QPolygonF head;
    head << to << to - QPointF(size * qCos(angle - M_PI / 7), size * qSin(angle - M_PI / 7))
         << to - QPointF(size * qCos(angle + M_PI / 7), size * qSin(angle + M_PI / 7));
    p.drawPolygon(head);
}

} // namespace

WhereUsedGraph::WhereUsedGraph(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("whereUsedGraph"));
    setAccessibleName(tr("Where used"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QList<GraphNode> WhereUsedGraph::limited(const QList<GraphNode>& nodes, const QString& moreText)
{
    if (nodes.size() <= MaxNodesPerSide)
        return nodes;
    QList<GraphNode> out = nodes.mid(0, MaxNodesPerSide - 1);
    out.append({moreText.arg(nodes.size() - (MaxNodesPerSide - 1)), QString(), true});
    return out;
}

void WhereUsedGraph::setGraph(const QString& centre, const QString& centreDetail, const QList<GraphNode>& users,
                              const QList<GraphNode>& referents)
{
    m_centre = {centre, centreDetail, true};
    m_users = limited(users, tr("…and %1 more"));
    m_referents = limited(referents, tr("…and %1 more"));
    describe(users, referents);
    updateGeometry();
    update();
}

void WhereUsedGraph::clear()
{
    m_centre = {};
    m_users.clear();
    m_referents.clear();
    setAccessibleDescription(QString());
    updateGeometry();
    update();
}

void WhereUsedGraph::describe(const QList<GraphNode>& users, const QList<GraphNode>& referents)
{
    QStringList parts;
    const auto names = [this](const QList<GraphNode>& nodes) {
        QStringList out;
        for (const GraphNode& n : nodes) {
            QString text = n.detail.isEmpty() ? n.text : tr("%1 (%2)").arg(n.text, n.detail);
            if (!n.exists)
                text = tr("%1, missing").arg(text);
            out.append(text);
        }
        return out.join(QStringLiteral("; "));
    };
    if (!users.isEmpty())
        parts.append(tr("Used by: %1.").arg(names(users)));
    if (!referents.isEmpty())
        parts.append(tr("Refers to: %1.").arg(names(referents)));
    if (parts.isEmpty())
        parts.append(tr("Nothing uses %1 and it refers to nothing.").arg(m_centre.text));
    setAccessibleDescription(m_centre.text + QStringLiteral(": ") + parts.join(QLatin1Char(' ')));
}

QSize WhereUsedGraph::sizeHint() const
{
    const int line = fontMetrics().height();
    const int nodeHeight = 2 * line + 2 * kPadding;
    const int rows = std::max<int>({1, int(m_users.size()), int(m_referents.size())});
    return {3 * 140 + 2 * kColumnGap, rows * (nodeHeight + kGap) + 2 * kMargin};
}

QSize WhereUsedGraph::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {200, 2 * line + 2 * kPadding + 2 * kMargin};
}

void WhereUsedGraph::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void WhereUsedGraph::paintEvent(QPaintEvent*)
{
    if (m_centre.text.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    const QColor missing = StateColors::forStatus(ExpiryStatus::Expired, pal);
    const QColor line = pal.color(QPalette::Mid);

    const int lineHeight = fontMetrics().height();
    const int nodeHeight = 2 * lineHeight + 2 * kPadding;
    const bool hasLeft = !m_users.isEmpty();
    const bool hasRight = !m_referents.isEmpty();
    const int columns = 1 + (hasLeft ? 1 : 0) + (hasRight ? 1 : 0);
    const int usable = width() - 2 * kMargin - (columns - 1) * kColumnGap;
    const int columnWidth = std::max(60, usable / columns);
    const int centreX = kMargin + (hasLeft ? columnWidth + kColumnGap : 0);
    const int rightX = centreX + columnWidth + kColumnGap;

    const auto columnRects = [&](int x, qsizetype count) {
        QList<QRectF> out;
        const int total = int(count) * nodeHeight + int(count - 1) * kGap;
        int y = std::max(kMargin, (height() - total) / 2);
        for (qsizetype i = 0; i < count; ++i) {
            out.append(QRectF(x, y, columnWidth, nodeHeight));
            y += nodeHeight + kGap;
        }
        return out;
    };
    const auto drawNode = [&](const QRectF& r, const GraphNode& n, bool isCentre) {
        QPen pen(n.exists ? (isCentre ? text : line) : missing, isCentre ? 2 : 1);
        if (!n.exists)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(isCentre ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
        p.drawRoundedRect(r, 4, 4);
        const QRectF inner = r.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        QFont f = font();
        f.setBold(isCentre);
        p.setFont(f);
        p.setPen(n.exists ? text : missing);
        const QFontMetrics fm(f);
        p.drawText(inner.adjusted(0, 0, 0, -lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(n.text, Qt::ElideMiddle, int(inner.width())));
        QString detail = n.detail;
        if (!n.exists)
            detail = detail.isEmpty() ? tr("missing") : tr("missing — %1").arg(detail); // never elided away
        p.setFont(font());
        p.setPen(n.exists ? quiet : missing);
        p.drawText(inner.adjusted(0, lineHeight, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(detail, Qt::ElideRight, int(inner.width())));
    };

    const QRectF centre = columnRects(centreX, 1).first();
    const QList<QRectF> left = hasLeft ? columnRects(kMargin, m_users.size()) : QList<QRectF>();
    const QList<QRectF> right = hasRight ? columnRects(rightX, m_referents.size()) : QList<QRectF>();

    p.setBrush(line);
    for (qsizetype i = 0; i < left.size(); ++i) {
        QPen pen(m_users.at(i).exists ? line : missing, 1, m_users.at(i).exists ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        p.setBrush(pen.color());
        drawArrow(p, QPointF(left.at(i).right(), left.at(i).center().y()), QPointF(centre.left(), centre.center().y()));
    }
    for (qsizetype i = 0; i < right.size(); ++i) {
        QPen pen(m_referents.at(i).exists ? line : missing, 1, m_referents.at(i).exists ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        p.setBrush(pen.color());
        drawArrow(p, QPointF(centre.right(), centre.center().y()), QPointF(right.at(i).left(), right.at(i).center().y()));
    }
    for (qsizetype i = 0; i < left.size(); ++i)
        drawNode(left.at(i), m_users.at(i), false);
    for (qsizetype i = 0; i < right.size(); ++i)
        drawNode(right.at(i), m_referents.at(i), false);
    drawNode(centre, m_centre, true);
}

} // namespace gh
