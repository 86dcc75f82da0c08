#pragma once

// Two tenants side by side (issue 7): a tree of kind → item → field over a TenantDiff result.
// Columns Item, Status, A and B (the headers name the tenants). Status is always a text and an
// icon ("Only in A", "Only in B", "Differs", "Same"), never a colour alone. Built-in filters: only
// the differences (the default) or every item, and a set of kinds. Items that can be copied from
// A to B (destinations, role collections, keystore entries, known hosts and PGP keys that
// are only in A or differ) are checkable; the
// others say in their tool tip why not. A kind row's check mark stands for all of its checkable
// items shown (partly checked when some are). Check marks are kept by item key across filters
// and are dropped when a new comparison is set.

#include "app/workspace/TenantCopy.h"
#include "app/workspace/TenantDiff.h"
#include "models/Roles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace gh {

class TenantDiffModel final : public QAbstractItemModel, public EntryLookup
{
    Q_OBJECT

public:
    enum Column { ItemColumn, StatusColumn, AColumn, BColumn, CopyColumn, ColumnCount };
    // The row kinds (RowTypeRole).
    enum class RowType { Kind, Item, Field };
    static constexpr int RowTypeRole = Qt::UserRole + 100; // int(RowType)
    static constexpr int DiffStatusRole =
        Qt::UserRole + 101; // int(TenantDifference::Status), or -1 for Same

    explicit TenantDiffModel(QObject* parent = nullptr);
    ~TenantDiffModel() override;

    // A new comparison: the differences, the items that are the same and the items Copy refuses
    // (copying::refusals over A's and B's listings; they are not checkable). Clears the check
    // marks.
    void setComparison(const QString& nameA, const QString& nameB,
                       QList<TenantDifference> differences, QList<SameItem> same,
                       const QList<copying::RefusedItem>& refused = {});
    void clear();
    QString nameA() const { return m_nameA; }
    QString nameB() const { return m_nameB; }
    qsizetype differenceCount() const { return m_differences.size(); }

    // Only the differences (true, the default) or every item.
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }
    // The kinds shown (empty: all).
    void setKinds(const QList<EntityKind>& kinds);
    QList<EntityKind> kinds() const { return m_kinds; }

    // Whether items of `kind` can be copied from A to B; `why` says why not otherwise.
    static bool isCopyableKind(EntityKind kind, QString* why = nullptr);
    // "destinations:northwind": the key of an item row (EntryKeyRole, EntryLookup).
    static QString itemKey(EntityKind kind, const QString& key);
    // Status texts as shown.
    static QString statusText(TenantDifference::Status status);
    static QString sameText();

    // The checked items, in the order of the comparison (also those hidden by a filter).
    QList<copying::CopyItem> checkedItems() const;
    // Checks or unchecks the item of `itemKey(…)`; false when it is not checkable.
    bool setChecked(const QString& key, bool checked);
    void clearChecks();

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // EntryLookup: item rows only.
    QString key(const QModelIndex& index) const override;
    QModelIndex indexOf(const QString& key) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Node;
    struct Entry // one item of the comparison
    {
        EntityKind kind = EntityKind::User;
        QString key;
        bool same = false;
        TenantDifference difference; // unless same
    };

    void rebuild(); // buildNodes() as a model reset
    void buildNodes();
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column) const;
    bool isCheckable(const Entry& entry, QString* why = nullptr) const;
    QString copyText(const Entry& entry) const; // the Copy column
    // All, some or none of the checkable items under a kind row; nullopt when it has none.
    std::optional<Qt::CheckState> kindCheckState(const Node& node) const;
    QVariant itemData(const Node& node, int column, int role) const;
    QVariant fieldData(const Node& node, int column, int role) const;
    QVariant kindData(const Node& node, int column, int role) const;

    QString m_nameA;
    QString m_nameB;
    QList<TenantDifference> m_differences;
    QList<Entry> m_entries; // differences and same items, kind by kind
    QSet<QString> m_checked;
    QHash<QString, copying::RefusedItem> m_refused; // by itemKey
    bool m_onlyDifferences = true;
    QList<EntityKind> m_kinds;
    std::vector<std::unique_ptr<Node>> m_nodes; // every node of the shown tree
    std::vector<Node*> m_roots;
};

} // namespace gh
