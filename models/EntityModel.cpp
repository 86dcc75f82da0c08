#include "models/EntityModel.h"

#include "app/workspace/Workspace.h"

#include "app/domain/Parallel.h"

#include <QGuiApplication>

#include <cstring>

namespace gh {

namespace {
// The application's palette; a plain one in a program without QtGui's application object.
QPalette applicationPalette()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QGuiApplication::palette()
                                                                        : QPalette();
}
} // namespace

namespace {
// Case-folds `text` in place when it is all ASCII (true); leaves it as it is otherwise (false).
// Four code units a step in a 64-bit word: one pass ORs them to see whether any is beyond ASCII,
// a second adds 0x20 to the lanes from 'A' to 'Z' (each lane is below 0x80, so the sums that
// test the range stay within their 16 bits).
bool foldAscii(QString& text)
{
    constexpr quint64 lanes = 0x0001000100010001ULL;
    char16_t* const p = reinterpret_cast<char16_t*>(text.data());
    const qsizetype n = text.size();
    const qsizetype whole = n - n % 4;
    quint64 any = 0;
    for (qsizetype i = 0; i < whole; i += 4) {
        quint64 word;
        std::memcpy(&word, p + i, sizeof word);
        any |= word;
    }
    for (qsizetype i = whole; i < n; ++i)
        any |= p[i];
    if (any & (lanes * 0xff80))
        return false;
    for (qsizetype i = 0; i < whole; i += 4) {
        quint64 word;
        std::memcpy(&word, p + i, sizeof word);
        const quint64 fromA = word + lanes * (0x80 - u'A');   // bit 7 of a lane: at least 'A'
        const quint64 pastZ = word + lanes * (0x80 - u'Z' - 1); // bit 7 of a lane: beyond 'Z'
        word |= (fromA & ~pastZ & (lanes * 0x80)) >> 2;
        std::memcpy(p + i, &word, sizeof word);
    }
    for (qsizetype i = whole; i < n; ++i)
        p[i] = p[i] >= u'A' && p[i] <= u'Z' ? char16_t(p[i] + (u'a' - u'A')) : p[i];
    return true;
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
        const int count = last - first + 1;
        if (m_folded.columns != searchColumnCount()) {
            rebuildFolded();
            return;
        }
        m_folded.start.insert(m_folded.start.begin() + first, std::size_t(count), 0);
        m_folded.ends.insert(m_folded.ends.begin() + std::ptrdiff_t(first) * m_folded.columns,
                             std::size_t(count) * std::size_t(m_folded.columns), 0);
        foldRows(first, last + 1);
    });
    connect(this, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex& within, int first, int last) {
        if (within.isValid() || std::size_t(last) >= m_folded.start.size())
            return;
        for (int row = first; row <= last; ++row)
            m_folded.garbage += foldedLength(row);
        m_folded.start.erase(m_folded.start.begin() + first, m_folded.start.begin() + last + 1);
        m_folded.ends.erase(m_folded.ends.begin() + std::ptrdiff_t(first) * m_folded.columns,
                            m_folded.ends.begin() + std::ptrdiff_t(last + 1) * m_folded.columns);
        if (m_folded.garbage > m_folded.text.size() / 2)
            compactFolded();
    });
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                if (topLeft.parent().isValid() || (!roles.isEmpty() && !roles.contains(Qt::DisplayRole)))
                    return;
                if (m_folded.columns != searchColumnCount()) {
                    rebuildFolded();
                    return;
                }
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

qsizetype EntityModel::foldedLength(qsizetype row) const
{
    return m_folded.columns > 0 ? m_folded.ends[std::size_t(row * m_folded.columns + m_folded.columns - 1)] : 0;
}

QStringView EntityModel::foldedSearchText(int row) const
{
    if (row < 0 || std::size_t(row) >= m_folded.start.size())
        return {};
    return QStringView(m_folded.text).mid(m_folded.start[std::size_t(row)], foldedLength(row));
}

QStringView EntityModel::foldedSearchText(int row, int column) const
{
    if (row < 0 || std::size_t(row) >= m_folded.start.size() || column < 0 || column >= m_folded.columns)
        return {};
    const int* ends = m_folded.ends.data() + std::ptrdiff_t(row) * m_folded.columns;
    const int start = column == 0 ? 0 : ends[column - 1] + 1; // after the separator
    return QStringView(m_folded.text).mid(m_folded.start[std::size_t(row)] + start, ends[column] - start);
}

bool EntityModel::sortsByFoldedText(int column) const
{
    return column >= 0 && column < m_folded.columns && m_folded.columns == searchColumnCount() &&
           m_folded.start.size() == std::size_t(rowCount()) && sortsByText(column);
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
    // ASCII (nearly every row of a tenant) folds to its lower case, here in place: QString's
    // toCaseFolded looks every code unit up in the Unicode tables, five times the work.
    if (foldAscii(out.text))
        return out;
    // Else folded once for the whole row, in place (an rvalue whose text does not change comes
    // back as it is); folding keeps the length (one code unit for one), and the columns are
    // folded one by one in case some text ever does not.
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
    last = std::min(last, qsizetype(m_folded.start.size()));
    if (first >= last)
        return;
    // Spread over the cores for a load of thousands of rows: searchText() only reads the rows,
    // and each thread writes its own elements.
    std::vector<FoldedRow> rows(std::size_t(last - first));
    parallelChunks(last - first, 2048, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            rows[std::size_t(i)] = foldRow(static_cast<int>(first + i));
    });
    // Appended in row order: a first load lies in the buffer front to back.
    qsizetype added = 0;
    for (qsizetype i = first; i < last; ++i) {
        m_folded.garbage += foldedLength(i);
        added += rows[std::size_t(i - first)].text.size();
    }
    m_folded.text.reserve(m_folded.text.size() + added);
    for (qsizetype i = first; i < last; ++i) {
        const FoldedRow& row = rows[std::size_t(i - first)];
        m_folded.start[std::size_t(i)] = m_folded.text.size();
        m_folded.text += row.text;
        int* ends = m_folded.ends.data() + std::ptrdiff_t(i) * m_folded.columns;
        for (int c = 0; c < m_folded.columns; ++c)
            ends[c] = c < row.ends.size() ? row.ends.at(c) : int(row.text.size());
    }
    if (m_folded.garbage > m_folded.text.size() / 2)
        compactFolded();
}

void EntityModel::compactFolded()
{
    QString text;
    text.reserve(m_folded.text.size() - m_folded.garbage);
    for (std::size_t row = 0; row < m_folded.start.size(); ++row) {
        const qsizetype start = text.size();
        text += QStringView(m_folded.text).mid(m_folded.start[row], foldedLength(qsizetype(row)));
        m_folded.start[row] = start;
    }
    m_folded.text = std::move(text);
    m_folded.garbage = 0;
}

void EntityModel::rebuildFolded()
{
    m_folded = FoldedStore();
    m_folded.columns = searchColumnCount();
    m_folded.start.assign(std::size_t(rowCount()), 0);
    m_folded.ends.assign(std::size_t(rowCount()) * std::size_t(std::max(0, m_folded.columns)), 0);
    foldRows(0, rowCount());
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
