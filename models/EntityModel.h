#pragma once

// The non-template base of every entity table model: where the rows come from (a Workspace,
// attached at any time), when they are reloaded (Workspace::entitiesChanged of a kind the model
// depends on, coalesced), loading state, the injected clock and the palette for state colours,
// and what SearchFilterProxy needs to know to filter (field names and `is:` predicates).

#include "app/domain/Clock.h"
#include "app/domain/Types.h"
#include "app/workspace/Workspace.h"
#include "models/Roles.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QPointer>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace gh {

class EntityModel : public QAbstractTableModel, public EntryLookup
{
    Q_OBJECT

public:
    explicit EntityModel(const Clock& clock, QObject* parent = nullptr);
    ~EntityModel() override;

    // Attaches the model to a workspace (or detaches it with nullptr) and loads its rows.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }

    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }
    // The time "now" for this model's states and for relative searches (lastlogon>180d).
    const Clock& clock() const { return m_clock; }

    // State colours are picked for this palette (the application's by default); a view passes
    // its own when it changes (light/dark switch).
    const QPalette& palette() const { return m_palette; }
    void setPalette(const QPalette& palette);

    // ---- What SearchFilterProxy asks --------------------------------------------------------
    // Field names usable as `field:value`, canonical name first per column.
    virtual QStringList searchFields() const = 0;
    // The column a `field:value` term looks at; -1 for a field this model does not know.
    virtual int columnForField(const QString& field) const = 0;
    // The text of a cell as shown and searched.
    virtual QString searchText(int row, int column) const = 0;
    // Whether the row satisfies `is:<predicate>`; nullopt for a predicate this model does not know.
    virtual std::optional<bool> matchesPredicate(int row, const QString& predicate) const = 0;
    // The `is:` predicates the model knows, for help texts.
    virtual QStringList predicates() const { return {}; }
    // One example of a useful search, for the search field's placeholder ("origin:contoso-aad").
    virtual QString searchExample() const = 0;
    // The columns with search text: searchText() is empty from this column on.
    virtual int searchColumnCount() const { return columnCount(); }
    // Whether the column's SortRole is its searchText() (no typed sort value).
    virtual bool sortsByText(int column) const = 0;

    // The search text of a row, case-folded (QString::toCaseFolded), its columns joined by
    // U+001F, which nobody types: a free-text term matches the row when the joined text contains
    // it. Kept up to date as rows load and change (the model's own slots run before any view's
    // or proxy's), so SearchFilterProxy builds no QString per cell and keystroke. All rows' texts
    // sit in one buffer, in row order after a load, so that a search over 100,000 rows reads
    // memory front to back instead of chasing a pointer per row.
    QStringView foldedSearchText(int row) const;
    QStringView foldedSearchText(int row, int column) const;
    // Whether `column` sorts (SortRole) by its text, and every row's folded text of it is at
    // hand: SearchFilterProxy then sorts by foldedSearchText() instead of asking each row for a
    // QVariant and folding it again.
    bool sortsByFoldedText(int column) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString& message);

protected:
    // Whether a change to entities of `kind` may change this model's rows.
    virtual bool dependsOn(EntityKind kind) const = 0;
    // Starts loading from `workspace`; the implementation calls finishLoad(generation, …).
    virtual void fetch(Workspace& workspace, quint64 generation) = 0;
    // Removes every row (the workspace went away).
    virtual void clearEntries() = 0;

    bool isCurrentLoad(quint64 generation) const { return generation == m_generation; }
    void finishLoad(quint64 generation, const QString& error = {});

private:
    struct FoldedRow
    {
        QString text;
        QVarLengthArray<int, 8> ends; // where each column's text ends in `text`
    };
    // Every row's folded text in m_foldedText: row r from m_foldedStart[r], its columns ending
    // at m_foldedEnds[r * m_foldedColumns + c] (relative to the start). A changed row's text is
    // appended and the old one left as garbage, compacted away once it outweighs the rest.
    struct FoldedStore
    {
        QString text;
        std::vector<qsizetype> start;
        std::vector<int> ends;
        int columns = 0;
        qsizetype garbage = 0;
    };

    void scheduleReload();
    void setLoading(bool loading);
    FoldedRow foldRow(int row) const;
    void foldRows(qsizetype first, qsizetype last); // rebuilds m_folded[first, last)
    void rebuildFolded();

    void compactFolded();
    qsizetype foldedLength(qsizetype row) const;

    FoldedStore m_folded;

    const Clock& m_clock;
    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_changedConnection;
    QPalette m_palette;
    QString m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadQueued = false;
};

} // namespace gh
