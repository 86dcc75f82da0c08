#include "ui/access/WhoCanDialog.h"
#include "ui/LineEditIcons.h"

#include "app/domain/Catalogue.h"
#include "app/domain/Csv.h"
#include "models/Icons.h"
#include "models/WhoCanModel.h"
#include "ui/Prompter.h"
#include "ui/access/AccessIndexSource.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gh {

namespace {
constexpr int TaskIdRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;
} // namespace

WhoCanDialog::WhoCanDialog(AccessIndexSource* access, Prompter* prompter, QWidget* parent)
    : QDialog(parent), m_access(access), m_prompter(prompter)
{
    setObjectName(QStringLiteral("whoCanDialog"));
    setWindowTitle(tr("Who Can…"));
    setWindowIcon(Icons::shipped(QStringLiteral("who-can")));

    // Tasks: label, with the description as a second line and tool tip.
    m_taskModel = new QStandardItemModel(this);
    for (const CatalogueTask& task : Catalogue::builtIn().tasks()) {
        auto* item = new QStandardItem(task.label);
        item->setEditable(false);
        item->setData(task.id, TaskIdRole);
        item->setData(QString(task.label + QLatin1Char(' ') + task.description + QLatin1Char(' ') +
                              task.id),
                      SearchRole);
        item->setToolTip(task.description);
        item->setData(task.description, Qt::AccessibleDescriptionRole);
        m_taskModel->appendRow(item);
    }
    m_taskProxy = new QSortFilterProxyModel(this);
    m_taskProxy->setSourceModel(m_taskModel);
    m_taskProxy->setFilterRole(SearchRole);
    m_taskProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("taskFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Search tasks"));
    m_filter->setAccessibleName(tr("Search tasks"));
    addSearchIcon(m_filter);
    m_tasks = new QListView(left);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setModel(m_taskProxy);
    m_tasks->setUniformItemSizes(true);
    m_tasks->setAlternatingRowColors(true);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tasks, 1);
    connect(m_filter, &QLineEdit::textChanged, m_taskProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("taskDescription"));
    m_title->setWordWrap(true);
    m_count = new QLabel(right);
    m_count->setObjectName(QStringLiteral("countLabel"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_result = new WhoCanModel(this);
    m_resultProxy = new QSortFilterProxyModel(this);
    m_resultProxy->setSourceModel(m_result);
    m_resultProxy->setSortRole(Qt::DisplayRole);
    m_resultProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(right);
    m_view->setObjectName(QStringLiteral("whoCanView"));
    m_view->setAccessibleName(tr("Who can perform the task"));
    m_view->setModel(m_resultProxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WhoCanModel::UserColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setToolTip(tr("Double-click a row to show the user"));
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_count);
    rightLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Save the list for the auditor as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &WhoCanDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_tasks->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WhoCanDialog::showTask);
    connect(m_access, &AccessIndexSource::indexChanged, this, &WhoCanDialog::showTask);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(EntryKeyRole).toString();
        if (!id.isEmpty())
            Q_EMIT userActivated(id);
    });
    resize(1100, 600);
    if (m_taskProxy->rowCount() > 0)
        m_tasks->setCurrentIndex(m_taskProxy->index(0, 0));
    showTask();
}

bool WhoCanDialog::selectTask(const QString& taskId)
{
    for (int row = 0; row < m_taskProxy->rowCount(); ++row) {
        const QModelIndex index = m_taskProxy->index(row, 0);
        if (index.data(TaskIdRole).toString() == taskId) {
            m_tasks->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QString WhoCanDialog::currentTask() const
{
    return m_tasks->currentIndex().data(TaskIdRole).toString();
}

void WhoCanDialog::showTask()
{
    const QString taskId = currentTask();
    const std::optional<CatalogueTask> task = Catalogue::builtIn().task(taskId);
    m_title->setText(task ? task->description : tr("Pick a task on the left."));
    if (!task || !m_access->index()) {
        m_result->setTask(nullptr, QString());
        m_count->setText(!task ? QString()
                               : m_access->workspace() ? tr("Working out the access…")
                                                       : tr("No tenant is open."));
        return;
    }
    m_result->setTask(m_access->index(), taskId);
    m_view->resizeColumnsToContents();
    updateCount();
}

void WhoCanDialog::updateCount()
{
    const std::optional<CatalogueTask> task = Catalogue::builtIn().task(currentTask());
    if (!task)
        return;
    const int users = m_result->userCount();
    const QString what = task->label.isEmpty() ? task->id : task->label.toLower();
    m_count->setText(users == 0 ? tr("Nobody can %1").arg(what)
                                : QString(tr("%n user(s) can %1", nullptr, users).arg(what) +
                                          QStringLiteral(" ") +
                                          tr("(%n path(s))", nullptr, m_result->rowCount())));
    m_count->setAccessibleName(m_count->text());
}

void WhoCanDialog::exportCsv()
{
    const QString taskId = currentTask();
    if (taskId.isEmpty() || !m_prompter)
        return;
    const QString path = m_prompter->saveFile(this, tr("Export Who Can"),
                                              QStringLiteral("who-can-%1.csv").arg(taskId),
                                              tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_result->columnCount(); ++c)
        header.append(csv::field(m_result->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char(',')));
    for (int r = 0; r < m_resultProxy->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_resultProxy->columnCount(); ++c)
            row.append(csv::field(m_resultProxy->index(r, c).data().toString()));
        lines.append(row.join(QLatin1Char(',')));
    }
    QSaveFile file(path);
    const QByteArray bytes = QString(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_prompter->error(this, tr("Could not export"),
                          tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace gh
