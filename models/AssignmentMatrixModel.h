#pragma once

// Users × role collections: one row per user (user name, identity provider), one checkable
// column per role collection. A cell is Checked when the collection is assigned directly,
// PartiallyChecked when the user holds it only through an IdP group (not editable here: the
// mapping decides), Unchecked otherwise. Checking or unchecking a cell applies one workspace step
// (undoable); setAssigned() does many cells as one step. Built for 10,000 users × 200 collections:
// cell state is a bit per cell, data() is constant time.

#include "models/EntityModel.h"

#include <QBitArray>
#include <QHash>
#include <QList>

namespace gh {

class AssignmentMatrixModel final : public EntityModel
{
    Q_OBJECT

public:
    enum FixedColumns { UserColumn, IdentityProviderColumn, FirstCollectionColumn };

    explicit AssignmentMatrixModel(const Clock& clock, QObject* parent = nullptr);

    int userCount() const { return static_cast<int>(m_users.size()); }
    int collectionCount() const { return static_cast<int>(m_collections.size()); }
    QString collectionAt(int column) const; // empty for a fixed column
    int columnOf(const QString& collection) const; // -1 if unknown
    bool isDirect(int row, int column) const;
    bool isThroughGroup(int row, int column) const;

    // Assigns (or unassigns) the collections of `cells` to their users as one undoable step;
    // cells that already are as asked, and fixed columns, are skipped. False if nothing to do.
    bool setAssigned(const QModelIndexList& cells, bool assigned);

    // EntryLookup: the key of a row is the user's id.
    QString key(const QModelIndex& index) const override;
    QModelIndex indexOf(const QString& key) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList searchFields() const override;
    int columnForField(const QString& field) const override;
    QString searchText(int row, int column) const override;
    int searchColumnCount() const override { return FirstCollectionColumn; }
    bool sortsByText(int column) const override { return column < FirstCollectionColumn; }
    std::optional<bool> matchesPredicate(int row, const QString& predicate) const override;
    QString searchExample() const override;

Q_SIGNALS:
    // A step could not be applied (the cells show the stored state again).
    void applyFailed(const QString& message);

protected:
    bool dependsOn(EntityKind kind) const override;
    void fetch(Workspace& workspace, quint64 generation) override;
    void clearEntries() override;

private:
    struct Row
    {
        QString id;
        QString userName;
        QString origin;
    };
    void load(const QList<User>& users, const QList<RoleCollection>& collections);
    qsizetype bit(int row, int collection) const { return qsizetype(row) * m_collections.size() + collection; }
    void apply(QList<Change> changes, const QString& description);

    QList<Row> m_users;
    QHash<QString, int> m_rowOf;
    QStringList m_collections;
    QHash<QString, int> m_collectionIndex;
    QBitArray m_direct;
    QBitArray m_group;
};

} // namespace gh
