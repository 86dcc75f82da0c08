#include "ui/access/AssignmentMatrixView.h"
#include "ui/LineEditIcons.h"

#include "models/AssignmentMatrixModel.h"
#include "models/Icons.h"
#include "models/SearchFilterProxy.h"
#include "ui/Prompter.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace gh {

namespace {

// The user of each row as its vertical header, so that the names stay in sight while the
// collections scroll sideways (the first column is hidden instead).
class UserRowHeaders final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical &&
            (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
            return index(section, AssignmentMatrixModel::UserColumn).data();
        if (orientation == Qt::Vertical && role == Qt::TextAlignmentRole)
            return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};

} // namespace

AssignmentMatrixView::AssignmentMatrixView(const Clock& clock, Prompter* prompter, QWidget* parent)
    : QWidget(parent), m_prompter(prompter)
{
    setObjectName(QStringLiteral("assignmentMatrix"));
    setWindowTitle(tr("Assignment Matrix"));
    setWindowIcon(Icons::shipped(QStringLiteral("matrix")));
    m_model = new AssignmentMatrixModel(clock, this);
    m_proxy = new SearchFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_frozen = new UserRowHeaders(this);
    m_frozen->setSourceModel(m_proxy);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search users: text or field:value (e.g. %1)").arg(m_model->searchExample()));
    m_search->setAccessibleName(tr("Search the assignment matrix"));
    addSearchIcon(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setQuery);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* hint = new QLabel(tr("Click a box to assign or unassign; select several cells and press "
                               "Space to toggle them in one step. A partly filled box is held "
                               "through an identity provider group and changes with the group "
                               "mapping."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setAccessibleName(tr("Role collections of each user"));
    // The table's corner button (select all) is a button of its own.
    if (auto* corner = m_view->findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all"));
    m_view->setModel(m_frozen);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AssignmentMatrixModel::UserColumn, Qt::AscendingOrder);
    m_view->setColumnHidden(AssignmentMatrixModel::UserColumn, true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->installEventFilter(this);

    auto* row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &AssignmentMatrixView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssignmentMatrixView::restoreSelection);
    connect(m_model, &EntityModel::loaded, this, [this] {
        updateCount();
        if (m_reveal)
            applyReveal();
        if (!m_fitted && m_model->rowCount() > 0) {
            m_fitted = true;
            m_view->resizeColumnsToContents();
            // Users and identity providers in full; collections narrower (the header's tool
            // tip and each cell's tool tip name them in full).
            for (int c = 0; c < m_proxy->columnCount(); ++c)
                m_view->setColumnWidth(
                    c, std::min(m_view->columnWidth(c),
                                c < AssignmentMatrixModel::FirstCollectionColumn ? 300 : 150));
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AssignmentMatrixView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AssignmentMatrixView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AssignmentMatrixView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AssignmentMatrixView::updateCount);
    connect(m_model, &AssignmentMatrixModel::applyFailed, this, [this](const QString& message) {
        if (m_prompter)
            m_prompter->error(this, tr("Could not change the assignments"), message);
    });
    resize(1200, 720);
}

void AssignmentMatrixView::setWorkspace(Workspace* workspace)
{
    m_model->setWorkspace(workspace);
}

QModelIndex AssignmentMatrixView::viewIndex(const QModelIndex& cell) const
{
    return m_frozen->mapFromSource(m_proxy->mapFromSource(cell));
}

QModelIndex AssignmentMatrixView::modelIndex(const QModelIndex& shown) const
{
    return m_proxy->mapToSource(m_frozen->mapToSource(shown));
}

bool AssignmentMatrixView::toggleSelection()
{
    QModelIndexList cells;
    bool anyUnassigned = false;
    // The model changes cells of its own: the view's selection is mapped once, here.
    for (const QModelIndex& shown : m_view->selectionModel()->selectedIndexes()) {
        const QModelIndex cell = modelIndex(shown);
        if (cell.column() < AssignmentMatrixModel::FirstCollectionColumn)
            continue;
        cells.append(cell);
        anyUnassigned = anyUnassigned || !m_model->isDirect(cell.row(), cell.column());
    }
    if (cells.isEmpty())
        return false;
    return m_model->setAssigned(cells, anyUnassigned);
}

bool AssignmentMatrixView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AssignmentMatrixView::rememberSelection()
{
    const auto pairOf = [this](const QModelIndex& shown) {
        const QModelIndex cell = modelIndex(shown);
        return qMakePair(m_model->key(cell), m_model->collectionAt(cell.column()));
    };
    m_selected.clear();
    for (const QModelIndex& shown : m_view->selectionModel()->selectedIndexes())
        m_selected.append(pairOf(shown));
    m_current = m_view->currentIndex().isValid() ? pairOf(m_view->currentIndex())
                                                 : QPair<QString, QString>();
}

void AssignmentMatrixView::restoreSelection()
{
    const auto shownOf = [this](const QPair<QString, QString>& p) {
        const QModelIndex row = m_model->indexOf(p.first);
        const int column = p.second.isEmpty() ? AssignmentMatrixModel::UserColumn
                                              : m_model->columnOf(p.second);
        if (!row.isValid() || column < 0)
            return QModelIndex();
        return viewIndex(row.siblingAtColumn(column));
    };
    QItemSelection selection;
    for (const auto& p : std::as_const(m_selected)) {
        const QModelIndex shown = shownOf(p);
        if (shown.isValid())
            selection.select(shown, shown);
    }
    if (const QModelIndex current = shownOf(m_current); current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_selected.clear();
}

void AssignmentMatrixView::reveal(const QString& userId, const QString& collection)
{
    m_reveal = qMakePair(userId, collection);
    if (m_model->hasLoaded())
        applyReveal();
}

bool AssignmentMatrixView::applyReveal()
{
    if (!m_reveal)
        return false;
    const auto [userId, collection] = *m_reveal;
    m_reveal.reset();
    const int column = collection.isEmpty() ? -1 : m_model->columnOf(collection);
    // The user's row, or the top row shown when only a collection is asked for.
    QModelIndex row = userId.isEmpty() ? modelIndex(m_view->model()->index(0, 0))
                                       : m_model->indexOf(userId);
    if (!row.isValid())
        return false;
    const QModelIndex shown = viewIndex(column >= 0 ? row.siblingAtColumn(column) : row);
    if (!shown.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    return true;
}

void AssignmentMatrixView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const QString collections = tr("%n role collection(s)", nullptr, m_model->collectionCount());
    m_count->setText(QString((shown == total ? tr("%n user(s)", nullptr, total)
                                             : tr("%1 of %2 users").arg(shown).arg(total)) +
                             QStringLiteral(" × ") + collections));
}

} // namespace gh
