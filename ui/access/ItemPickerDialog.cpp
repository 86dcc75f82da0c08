#include "ui/access/ItemPickerDialog.h"
#include "ui/LineEditIcons.h"

#include "models/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gh {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

ItemPickerDialog::ItemPickerDialog(const PickRequest& request, QWidget* parent)
    : QDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("itemPickerDialog"));
    setWindowTitle(request.title);
    auto* layout = new QVBoxLayout(this);
    if (!request.text.isEmpty()) {
        auto* text = new QLabel(request.text, this);
        text->setObjectName(QStringLiteral("pickerText"));
        text->setWordWrap(true);
        layout->addWidget(text);
    }

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("pickerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter %1").arg(request.itemsName));
    m_filter->setAccessibleName(tr("Filter %1").arg(request.itemsName));
    addSearchIcon(m_filter);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, 2, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Details")});
    for (const PickItem& item : request.items) {
        auto* name = new QStandardItem(item.text);
        name->setData(item.key, KeyRole);
        name->setCheckable(true);
        name->setCheckState(item.checked ? Qt::Checked : Qt::Unchecked);
        name->setEditable(false);
        auto* detail = new QStandardItem(item.detail);
        detail->setEditable(false);
        if (!item.enabled) {
            name->setEnabled(false);
            detail->setEnabled(false);
            name->setToolTip(item.disabledReason);
            detail->setToolTip(item.disabledReason);
        } else if (!item.detail.isEmpty()) {
            name->setToolTip(item.detail);
            detail->setToolTip(item.detail);
        }
        m_model->appendRow({name, detail});
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("pickerList"));
    m_view->setAccessibleName(request.itemsName);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 280);
    layout->addWidget(m_view, 1);
    // Space (the check box's own key) or a double click anywhere on the row toggles it; Return
    // is left to the dialog's accept button, so a keyboard user checks with Space and confirms
    // with Return.
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        QStandardItem* item = m_model->item(m_proxy->mapToSource(index).row(), 0);
        if (item && item->isEnabled())
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("pickerCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(request.acceptText.isEmpty() ? tr("OK") : request.acceptText,
                                  QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("pickerAccept"));
    m_accept->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ItemPickerDialog::update);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ItemPickerDialog::update);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ItemPickerDialog::update);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ItemPickerDialog::update);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ItemPickerDialog::update);
    update();
    resize(620, 520);
    m_filter->setFocus();
}

QStringList ItemPickerDialog::checkedKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem* item = m_model->item(row, 0);
        if (item->isEnabled() && item->checkState() == Qt::Checked)
            keys.append(item->data(KeyRole).toString());
    }
    return keys;
}

bool ItemPickerDialog::setChecked(const QString& key, bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* item = m_model->item(row, 0);
        if (item->data(KeyRole).toString() != key)
            continue;
        if (!item->isEnabled())
            return false;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        return true;
    }
    return false;
}

QStringList ItemPickerDialog::shownTexts() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out.append(m_proxy->index(row, 0).data().toString());
    return out;
}

void ItemPickerDialog::update()
{
    const int checked = static_cast<int>(checkedKeys().size());
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const QString count = tr("%n checked", nullptr, checked);
    m_count->setText(shown == total ? count
                                    : QString(count + QStringLiteral(" · ") +
                                              tr("%1 of %2 shown").arg(shown).arg(total)));
    m_accept->setEnabled(checked > 0);
}

} // namespace gh
