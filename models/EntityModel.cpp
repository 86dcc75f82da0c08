#include "models/EntityModel.h"

#include "app/workspace/Workspace.h"

#include "app/domain/Parallel.h"

#include <QGuiApplication>

namespace gh {

namespace {
// The application's palette; a plain one in a program without QtGui's application object.
QPalette applicationPalette()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QGuiApplication::palette()
                                                                        : QPalette();
}
} // namespace

EntityModel::EntityModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock), m_palette(applicationPalette())
{
    // Connected here, before any proxy or view connects: the folded search text is up to date
    // by the time they see a change (a proxy filters inserted and changed rows at once).
    connect(this, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& within, int first, int last) {
        if (within.isValid())
            return;
        m_folded.insert(first, last - first + 1, FoldedRow());
        foldRows(first, last + 1);
    });
    connect(this, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex& within, int first, int last) {
        if (!within.isValid())
            m_folded.remove(first, last - first + 1);
    });
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                if (topLeft.parent().isValid() || (!roles.isEmpty() && !roles.contains(Qt::DisplayRole)))
                    return;
                foldRows(topLeft.row(), bottomRight.row() + 1);
            });
    connect(this, &QAbstractItemModel::modelReset, this, &EntityModel::rebuildFolded);
    connect(this, &QAbstractItemModel::layoutChanged, this, &EntityModel::rebuildFolded);
    connect(this, &QAbstractItemModel::rowsMoved, this, &EntityModel::rebuildFolded);
}

EntityModel::~EntityModel() = default;

void EntityModel::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    disconnect(m_changedConnection);
    ++m_generation; // whatever the previous workspace still delivers is dropped
    m_workspace = workspace;
    m_loaded = false;
    m_error.clear();
    clearEntries();
    if (!m_workspace) {
        setLoading(false);
        return;
    }
    m_changedConnection =
        connect(m_workspace, &Workspace::entitiesChanged, this, [this](EntityKind kind) {
            if (dependsOn(kind))
                scheduleReload();
        });
    reload();
}

QStringView EntityModel::foldedSearchText(int row) const
{
    return row >= 0 && row < m_folded.size() ? QStringView(m_folded.at(row).text) : QStringView();
}

QStringView EntityModel::foldedSearchText(int row, int column) const
{
    if (row < 0 || row >= m_folded.size())
        return {};
    const FoldedRow& r = m_folded.at(row);
    if (column < 0 || column >= r.ends.size())
        return {};
    const int start = column == 0 ? 0 : r.ends.at(column - 1) + 1; // after the separator
    return QStringView(r.text).mid(start, r.ends.at(column) - start);
}

EntityModel::FoldedRow EntityModel::foldRow(int row) const
{
    FoldedRow out;
    const int columns = searchColumnCount();
    // The columns' texts first, then one allocation for the joined text: growing it column by
    // column reallocated it three or four times a row, for 100,000 rows on a first load.
    QVarLengthArray<QString, 8> texts;
    qsizetype size = 0;
    for (int c = 0; c < columns; ++c) {
        texts.append(searchText(row, c));
        size += texts.back().size() + 1;
    }
    out.text.reserve(size);
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out.text += QChar(0x1f);
        out.text += texts.at(c);
        out.ends.append(static_cast<int>(out.text.size()));
    }
    // Folded once for the whole row, in place (an rvalue whose text does not change comes back
    // as it is); folding keeps the length (one code unit for one), and the columns are folded
    // one by one in case some text ever does not.
    const qsizetype joined = out.text.size();
    out.text = std::move(out.text).toCaseFolded();
    if (out.text.size() == joined)
        return out;
    out.text.clear();
    out.ends.clear();
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out.text += QChar(0x1f);
        out.text += texts.at(c).toCaseFolded();
        out.ends.append(static_cast<int>(out.text.size()));
    }
    return out;
}

void EntityModel::foldRows(qsizetype first, qsizetype last)
{
    last = std::min(last, m_folded.size());
    if (first >= last)
        return;
    // Spread over the cores for a load of thousands of rows: searchText() only reads the rows,
    // and each thread writes its own elements (detached once, here).
    FoldedRow* const rows = m_folded.data();
    parallelChunks(last - first, 2048, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            rows[first + i] = foldRow(static_cast<int>(first + i));
    });
}

void EntityModel::rebuildFolded()
{
    m_folded.clear();
    m_folded.resize(rowCount());
    foldRows(0, m_folded.size());
}

void EntityModel::setPalette(const QPalette& palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole});
}

void EntityModel::reload()
{
    if (!m_workspace)
        return;
    ++m_generation;
    setLoading(true);
    fetch(*m_workspace, m_generation);
}

void EntityModel::scheduleReload()
{
    // One apply() may announce several kinds (a collection and its assignments): reload once.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadQueued = false;
            reload();
        },
        Qt::QueuedConnection);
}

void EntityModel::finishLoad(quint64 generation, const QString& error)
{
    if (!isCurrentLoad(generation))
        return;
    m_error = error;
    setLoading(false);
    if (error.isEmpty()) {
        m_loaded = true;
        Q_EMIT loaded();
    } else {
        Q_EMIT loadFailed(error);
    }
}

void EntityModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace gh
