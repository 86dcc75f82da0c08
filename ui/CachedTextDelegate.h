#pragma once

// The item delegate of the entity panes' tables: QStyledItemDelegate, with the text of a cell
// drawn from a cache of laid-out text instead of being shaped again on every paint.
//
// QStyle draws a cell's text by laying it out twice (once to elide it, once to draw it), and in
// a pane of 100,000 users that shaping is most of a repaint: about 10 ms for a screenful on the
// machines we measure, which leaves little of a keystroke's 16 ms for the search itself. The same
// texts come back from paint to paint (identity providers, dates, the rows that stay on screen
// while a search narrows), so each text, elided to a width in a font, is laid out once into a
// list of glyph runs and drawn from there. Everything else (background, selection, check box, icon,
// focus) is the style's, drawn for the cell without its text; cells the cache cannot serve the
// same way (wrapped or multi-line text, an elision other than at the right, an editor open) are
// painted by QStyledItemDelegate itself.

#include <QCache>
#include <QGlyphRun>
#include <QList>
#include <QStyledItemDelegate>

namespace gh {

class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // How many laid-out texts the cache holds (for tests).
    qsizetype cachedTexts() const { return m_texts.size(); }
    // Whether the cell painted last came from the cache rather than a new layout (for tests).
    bool lastPaintWasCached() const { return m_lastCached; }

    // What the cell shows of `text` in `width` pixels of `font`: the whole text, or its
    // beginning and an ellipsis, as QStyle elides at the right.
    static QString elided(const QString& text, const QFont& font, int width);

private:
    // A text laid out as QCommonStyle lays out a cell's: one line in the cell's room, aligned.
    struct LaidOut
    {
        QList<QGlyphRun> runs; // positions relative to the line's top left
        int height = 0;        // the line's height, in whole pixels as the style counts it
    };
    const LaidOut& laidOut(const QString& text, const QFont& font, int width, Qt::Alignment alignment,
                           Qt::LayoutDirection direction) const;

    mutable QCache<QString, LaidOut> m_texts;
    mutable bool m_lastCached = false;
};

} // namespace gh
