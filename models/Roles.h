#pragma once

// The custom item roles of every Gatehouse model, and the lookup interface that models and their
// proxies share so that a view or a command maps an index to an entity (and back) without ever
// calling mapToSource itself.

#include <QAbstractItemModel>
#include <QModelIndex>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

namespace gh {

// clang-format off
enum ItemRole {
    EntryKeyRole = Qt::UserRole + 1, // QString: the entity's key (Workspace/Change key)
    SortRole,                        // typed value: QDateTime, qint64 or QString; never lexical digits
    StatusRole,                      // int(gh::ExpiryStatus) for rows that have a validity
    ClipboardRole,                   // QString: what Ctrl+C copies from this cell
    ReadOnlyRole,                    // bool: predefined or owned by SAP, cannot be changed here
};
// clang-format on

// Implemented by every entity model and by every proxy over one.
class EntryLookup
{
public:
    virtual ~EntryLookup() = default;

    // The entity key of the row of `index` (an index of the implementing model); empty if none.
    virtual QString key(const QModelIndex& index) const = 0;
    // The index (column 0) of the entity in the implementing model; invalid if absent or hidden.
    virtual QModelIndex indexOf(const QString& key) const = 0;

    // The keys of the rows of `indexes`, each once, in the order given.
    QStringList keys(const QModelIndexList& indexes) const
    {
        QStringList out;
        for (const QModelIndex& index : indexes) {
            const QString k = key(index);
            if (!k.isEmpty() && !out.contains(k))
                out.append(k);
        }
        return out;
    }
};

// The lookup of a model, when it has one.
inline EntryLookup* entryLookup(QAbstractItemModel* model)
{
    return dynamic_cast<EntryLookup*>(model);
}
inline const EntryLookup* entryLookup(const QAbstractItemModel* model)
{
    return dynamic_cast<const EntryLookup*>(model);
}

} // namespace gh
