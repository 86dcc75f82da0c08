#pragma once

// A flat table of domain values of one type, described by its columns. The four panes' models
// differ only in their column descriptors, the client call that lists their entities and a few
// row-level roles; loading, merging reloads (so that selections survive), the lookup interface
// and search support live here once.

#include "app/client/TenantClient.h"
#include "app/workspace/Workspace.h"
#include "models/EntityModel.h"
#include "models/FutureWatch.h"

#include <QFuture>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace gh {

template<class T> class EntityTableModel : public EntityModel
{
public:
    struct Column
    {
        QString title;
        QStringList fields;                          // names for `field:value`, canonical first
        std::function<QString(const T&)> text;       // DisplayRole; also searched and copied
        std::function<QVariant(const T&)> sort = {}; // SortRole; the text when not given
        // Any other role of this column (decoration, foreground, tool tip, clipboard …).
        std::function<QVariant(const T&, int role)> extra = {};
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    using EntityModel::EntityModel;

    // ---- QAbstractItemModel ------------------------------------------------------------------
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    // Without QAbstractTableModel's two virtual calls for the bounds: a sort of 100,000 rows
    // asks for millions of indexes.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        if (parent.isValid() || row < 0 || column < 0 || row >= m_entries.size() || column >= m_columns.size())
            return {};
        return createIndex(row, column);
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!isOwnIndex(index))
            return {};
        const T& entry = m_entries.at(index.row());
        const Column& column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.text(entry);
        case EntryKeyRole:
            return entry.key();
        case SortRole:
            return column.sort ? column.sort(entry) : QVariant(column.text(entry));
        case Qt::TextAlignmentRole:
            return static_cast<int>(column.alignment);
        default:
            break;
        }
        if (column.extra) {
            if (QVariant value = column.extra(entry, role); value.isValid())
                return value;
        }
        if (role == ClipboardRole)
            return column.text(entry);
        return rowData(entry, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        const Column& column = m_columns.at(section);
        if (role == Qt::DisplayRole)
            return column.title;
        if (role == Qt::TextAlignmentRole) // numbers' headers sit over the numbers
            return static_cast<int>((column.alignment & Qt::AlignHorizontal_Mask) |
                                    Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && !column.fields.isEmpty())
            return EntityModel::tr("Search this column with %1:value").arg(column.fields.first());
        return {};
    }

    // ---- EntryLookup ---------------------------------------------------------------------------
    QString key(const QModelIndex& index) const override
    {
        if (!isOwnIndex(index))
            return {};
        return m_entries.at(index.row()).key();
    }
    QModelIndex indexOf(const QString& key) const override
    {
        const QHash<QString, int>& rowOf = rowsByKey();
        const auto it = rowOf.constFind(key);
        return it == rowOf.cend() ? QModelIndex() : index(*it, 0);
    }

    // ---- Typed access ------------------------------------------------------------------------
    const T* entry(const QString& key) const
    {
        const QHash<QString, int>& rowOf = rowsByKey();
        const auto it = rowOf.constFind(key);
        return it == rowOf.cend() ? nullptr : &m_entries.at(*it);
    }
    const T* entryAt(int row) const
    {
        return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
    }
    const QList<T>& entries() const { return m_entries; }

    // ---- Search ------------------------------------------------------------------------------
    QStringList searchFields() const override
    {
        QStringList out;
        for (const Column& column : m_columns)
            out += column.fields;
        return out;
    }
    int columnForField(const QString& field) const override
    {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (m_columns.at(c).fields.contains(field, Qt::CaseInsensitive))
                return c;
        }
        return -1;
    }
    QString searchText(int row, int column) const override
    {
        if (row < 0 || row >= m_entries.size() || column < 0 || column >= m_columns.size())
            return {};
        return m_columns.at(column).text(m_entries.at(row));
    }
    bool sortsByText(int column) const override
    {
        return column >= 0 && column < m_columns.size() && !m_columns.at(column).sort;
    }
    std::optional<bool> matchesPredicate(int row, const QString& predicate) const override
    {
        if (row < 0 || row >= m_entries.size())
            return std::nullopt;
        return is(m_entries.at(row), predicate.toLower());
    }

protected:
    void setColumns(QList<Column> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }

    // The client call that lists every entity of the model (runs on the store thread).
    virtual QFuture<Result<QList<T>>> list(TenantClient& client) = 0;
    // Roles that belong to the whole row (StatusRole, ReadOnlyRole …).
    virtual QVariant rowData(const T&, int) const { return {}; }
    // `is:` predicates, lower case; nullopt when unknown.
    virtual std::optional<bool> is(const T&, const QString&) const { return std::nullopt; }

private:
    bool isOwnIndex(const QModelIndex& index) const
    {
        return index.isValid() && index.model() == this && index.row() < m_entries.size() &&
               index.column() < m_columns.size();
    }

    void fetch(Workspace& workspace, quint64 generation) override
    {
        whenFinished(list(workspace.client()), this,
                     [this, generation](const Result<QList<T>>& result) {
                         if (!isCurrentLoad(generation))
                             return;
                         if (!result) {
                             finishLoad(generation, result.error().toString());
                             return;
                         }
                         merge(result.value());
                         finishLoad(generation);
                     });
    }

    void clearEntries() override
    {
        if (m_entries.isEmpty())
            return;
        beginResetModel();
        m_entries.clear();
        reindex();
        endResetModel();
    }

    // Applies a fresh list as removals, updates and insertions rather than a reset, so that
    // persistent indexes (selection, current row) of the rows that stay survive a reload.
    void merge(const QList<T>& fresh)
    {
        if (m_entries.isEmpty()) {
            // The first load: what the general path below does for an empty model (one
            // insertion of every row, in order), without copying the entries (QList shares).
            if (fresh.isEmpty())
                return;
            beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
            m_entries = fresh;
            reindex();
            endInsertRows();
            return;
        }

        QHash<QString, qsizetype> freshRow;
        freshRow.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshRow.insert(fresh.at(i).key(), i);

        // Removals, from the back, in contiguous ranges.
        for (qsizetype last = m_entries.size() - 1; last >= 0;) {
            if (freshRow.contains(m_entries.at(last).key())) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !freshRow.contains(m_entries.at(first - 1).key()))
                --first;
            beginRemoveRows({}, static_cast<int>(first), static_cast<int>(last));
            m_entries.remove(first, last - first + 1);
            reindex();
            endRemoveRows();
            last = first - 1;
        }

        // Updates of the rows that stay.
        QHash<QString, qsizetype> kept;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const QString k = m_entries.at(i).key();
            m_entries[i] = fresh.at(freshRow.value(k));
            kept.insert(k, i);
        }
        if (!m_entries.isEmpty() && !m_columns.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));

        // Insertions at the end, in the order listed (proxies sort).
        QList<T> added;
        for (const T& value : fresh) {
            if (!kept.contains(value.key()))
                added.append(value);
        }
        if (!added.isEmpty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
            m_entries.append(added);
            reindex();
            endInsertRows();
        }
    }

    // Called right before every end…() call, since slots of rowsRemoved/rowsInserted may look
    // keys up: the index is made again on the first lookup, not on every load (100,000 keys).
    void reindex() { m_rowOfStale = true; }
    const QHash<QString, int>& rowsByKey() const
    {
        if (m_rowOfStale) {
            m_rowOf.clear();
            m_rowOf.reserve(m_entries.size());
            for (qsizetype i = 0; i < m_entries.size(); ++i)
                m_rowOf.insert(m_entries.at(i).key(), static_cast<int>(i));
            m_rowOfStale = false;
        }
        return m_rowOf;
    }

    QList<Column> m_columns;
    QList<T> m_entries;
    mutable QHash<QString, int> m_rowOf;
    mutable bool m_rowOfStale = false;
};

} // namespace gh
