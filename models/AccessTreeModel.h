#pragma once

// What one user can do, as a tree: role collections (and how each is obtained) → roles (with
// their role template) → the catalogue's tasks. Read-only. Collections that SAP warns about carry
// WarningRole and the warning as tool tip; grants that depend on attributes asserted at logon say
// "possible" in text, never by colour alone.

#include "app/domain/Access.h"
#include "models/Roles.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>

namespace gh {

class AccessTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { NameColumn, ObtainedColumn, DescriptionColumn, ColumnCount };
    enum class Level { Collection, Role, Task };
    static constexpr int WarningRole = ReadOnlyRole + 17; // bool: SAP warns about this collection
    static constexpr int LevelRole = ReadOnlyRole + 18;   // int(Level)
    static constexpr int TaskIdRole = ReadOnlyRole + 19;  // QString: a task row's task id

    explicit AccessTreeModel(QObject* parent = nullptr);

    // Shows the access of `userId` in `index` (kept alive by the model); an unknown user empties it.
    void setUser(std::shared_ptr<const AccessIndex> index, const QString& userId);
    void clear();
    QString userId() const { return m_userId; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Level level = Level::Collection;
        QString name;
        QString obtained;
        QString description;
        QString toolTip;
        QString taskId;
        bool warning = false;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    int add(int parent, Node node);
    const Node* node(const QModelIndex& index) const;

    std::shared_ptr<const AccessIndex> m_index;
    QString m_userId;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace gh
