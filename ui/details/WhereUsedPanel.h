#pragma once

// The "Used by" / "Refers to" part of a details view (issue 7): a summary line, the graph
// (WhereUsedGraph) and the items as links that ask for the item in its own pane
// (showEntityRequested); an item that is not there is plain text marked "missing".

#include "app/domain/Types.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;

namespace gh {

class Workspace;
class WhereUsedGraph;
class WhereUsedSource;
namespace whereused {
class WhereUsedIndex;
}

struct WhereUsedLink
{
    EntityKind kind = EntityKind::Destination;
    QString key;    // the entity's key in its pane (empty: no pane shows it, no link)
    QString text;   // its name
    QString detail; // the property, the kind …
    bool exists = true;
};

class WhereUsedPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WhereUsedPanel(QWidget* parent = nullptr);

    // `centre` (with `centreDetail`: "destination certificate" …), what uses it and what it refers
    // to; `summary` above them ("3 destinations use this certificate").
    void setItem(const QString& centre, const QString& centreDetail, const QList<WhereUsedLink>& usedBy,
                 const QList<WhereUsedLink>& refersTo, const QString& summary);
    // A message instead of items ("Looking for users…", a failure).
    void setMessage(const QString& text);

    // The workspace whose index (WhereUsedSource) `index()` reads; null: none.
    void setWorkspace(Workspace* workspace);
    // The workspace's index, asking for a build when it is out of date; null while the first
    // build runs (indexUpdated follows) or without a workspace.
    const whereused::WhereUsedIndex* index();
    // Why the index could not be built; empty when it could.
    QString problem() const;

    WhereUsedGraph* graph() const { return m_graph; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* usedByLabel() const { return m_usedBy; }
    QLabel* refersToLabel() const { return m_refersTo; }

    // The link text of `link` (for tests: what linkActivated carries), empty when it has none.
    static QString hrefOf(const WhereUsedLink& link);

Q_SIGNALS:
    void showEntityRequested(gh::EntityKind kind, const QString& key);
    // The workspace's index was built again: the details view shows its item again.
    void indexUpdated();

private:
    void activate(const QString& href);
    static QString linksHtml(const QString& title, const QList<WhereUsedLink>& links);

    QLabel* m_summary;
    WhereUsedGraph* m_graph;
    QLabel* m_usedBy;
    QLabel* m_refersTo;
    QPointer<WhereUsedSource> m_source;
    QMetaObject::Connection m_sourceConnection;
};

} // namespace gh
