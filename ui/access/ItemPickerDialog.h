#pragma once

// A checklist with a filter field: the role collections to assign or unassign, the users to
// assign a collection to. The accept button names the action and stays disabled until something
// is checked; checked items stay checked while the filter hides them.

#include "ui/Prompter.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace gh {

class ItemPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ItemPickerDialog(const PickRequest& request, QWidget* parent = nullptr);

    QStringList checkedKeys() const;
    // Checks (or unchecks) the item `key`; false if there is none or it cannot be picked.
    bool setChecked(const QString& key, bool checked);

    QLineEdit* filterField() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    QPushButton* acceptButton() const { return m_accept; }
    QLabel* countLabel() const { return m_count; }
    // The items the filter lets through, as shown (text only).
    QStringList shownTexts() const;

private:
    void update();

    PickRequest m_request;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QLabel* m_count;
    QPushButton* m_accept;
};

} // namespace gh
