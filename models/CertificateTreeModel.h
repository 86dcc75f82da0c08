#pragma once

// Every field and every extension of one certificate as a tree (Field, Value, Critical), for the
// keystore's certificate viewer. Read-only; ClipboardRole of any cell is the row's value (the
// field name for a row without one). No widgets, no colours: a critical extension is marked by
// text and CriticalRole, the view decides how to show it.

#include "app/crypto/CertificateDetails.h"
#include "models/Roles.h"

#include <QAbstractItemModel>
#include <QList>

namespace gh {

class CertificateTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { FieldColumn, ValueColumn, CriticalColumn, ColumnCount };
    static constexpr int CriticalRole = ReadOnlyRole + 16; // bool: a critical extension (row)

    explicit CertificateTreeModel(QObject* parent = nullptr);

    void setDetails(const crypto::CertificateDetails& details);
    void clear();

    // The first index (column 0) whose field text is `field`, searched depth first.
    QModelIndex find(const QString& field) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString field;
        QString value;
        QString toolTip;
        bool critical = false;
        bool monospace = false;
        int parent = -1;    // index into m_nodes; -1 for a top-level row
        int row = 0;        // row under the parent
        QList<int> children;
    };
    int add(int parent, const QString& field, const QString& value, bool monospace = false);
    void addName(const QString& field, const crypto::DistinguishedName& name, const QString& text);
    const Node* node(const QModelIndex& index) const;

    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace gh
