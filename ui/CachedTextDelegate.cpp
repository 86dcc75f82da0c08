#include "ui/CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace gh {

namespace {
// Laid-out texts kept: a few screenfuls of a wide table, a few MB at most.
constexpr int kCachedTexts = 4096;
} // namespace

CachedTextDelegate::CachedTextDelegate(QObject* parent) : QStyledItemDelegate(parent), m_texts(kCachedTexts)
{
}

QString CachedTextDelegate::elided(const QString& text, const QFont& font, int width)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideRight, width);
}

const CachedTextDelegate::LaidOut& CachedTextDelegate::laidOut(const QString& text, const QFont& font, int width,
                                                                Qt::Alignment alignment,
                                                                Qt::LayoutDirection direction) const
{
    const QString key = QString::number(width) + QLatin1Char('\x1f') + QString::number(int(alignment)) +
                        QLatin1Char(direction == Qt::RightToLeft ? 'r' : 'l') + font.key() + QLatin1Char('\x1f') +
                        text;
    if (const LaidOut* cached = m_texts.object(key)) {
        m_lastCached = true;
        return *cached;
    }
    m_lastCached = false;
    // QCommonStylePrivate::viewItemDrawText: the text elided to the room, laid out without
    // wrapping in a line as wide as the room, with the cell's alignment and direction.
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(direction);
    option.setAlignment(alignment);
    QTextLayout layout(elided(text, font, width), font);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    auto* laid = new LaidOut;
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
        laid->height = int(line.height());
    }
    layout.endLayout();
    laid->runs = layout.glyphRuns();
    m_texts.insert(key, laid);
    return *m_texts.object(key);
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    // What QStyle would lay out otherwise than one line elided at the right: the style's own way.
    // (initStyleOption turns line breaks into QChar::LineSeparator.)
    if (cell.text.isEmpty() || (cell.features & QStyleOptionViewItem::WrapText) ||
        cell.textElideMode != Qt::ElideRight || (cell.state & QStyle::State_Editing) ||
        cell.text.contains(QChar::LineSeparator) || cell.text.contains(QLatin1Char('\t'))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = cell.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Where the style puts the text, asked while the cell still has it (the text's room depends
    // on the check box and the icon, not on the text, for a single-line cell).
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget);
    const QString text = cell.text;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    // The text, as QCommonStyle draws it: its colour for the cell's state, a margin on each side,
    // aligned in what is left.
    QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor colour = cell.palette.color(
        group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = textRect.adjusted(margin, 0, -margin, 0);
    if (room.width() <= 0)
        return;
    const Qt::Alignment align = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    const LaidOut& laid = laidOut(text, cell.font, room.width(), align, cell.direction);
    // Where QCommonStyle starts the text: the room's left, and its top, bottom or middle in
    // whole pixels (its arithmetic, integer division included).
    int y = room.top();
    if (cell.displayAlignment & Qt::AlignBottom)
        y = room.bottom() - laid.height;
    else if (cell.displayAlignment & Qt::AlignVCenter)
        y = (room.top() + room.bottom() - laid.height) / 2;

    painter->save();
    painter->setClipRect(cell.rect, Qt::IntersectClip);
    painter->setPen(colour);
    for (const QGlyphRun& run : laid.runs)
        painter->drawGlyphRun(QPointF(room.left(), y), run);
    painter->restore();
}

} // namespace gh
