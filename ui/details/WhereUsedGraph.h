#pragma once

// A small drawing of "where used" for the selected item: the item in the middle, what uses it on
// the left (arrows towards it), what it refers to on the right (arrows away from it). Every node
// is a text label; a reference to something that is not there is drawn dashed, in the palette's
// "expired" colour and labelled "missing", so colour is never the only signal. The accessible
// description says the same in words.

#include <QList>
#include <QString>
#include <QWidget>

namespace gh {

struct GraphNode
{
    QString text;
    QString detail; // a quieter second line (the property, the kind)
    bool exists = true;
};

class WhereUsedGraph final : public QWidget
{
    Q_OBJECT

public:
    // At most this many nodes a side; the rest are one "…and N more" node.
    static constexpr int MaxNodesPerSide = 6;

    explicit WhereUsedGraph(QWidget* parent = nullptr);

    void setGraph(const QString& centre, const QString& centreDetail, const QList<GraphNode>& users,
                  const QList<GraphNode>& referents);
    void clear();

    // The nodes drawn on each side (with the "…and N more" node when there is one).
    const QList<GraphNode>& usersShown() const { return m_users; }
    const QList<GraphNode>& referentsShown() const { return m_referents; }
    QString centre() const { return m_centre.text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    static QList<GraphNode> limited(const QList<GraphNode>& nodes, const QString& moreText);
    void describe(const QList<GraphNode>& users, const QList<GraphNode>& referents);

    GraphNode m_centre;
    QList<GraphNode> m_users;
    QList<GraphNode> m_referents;
};

} // namespace gh
