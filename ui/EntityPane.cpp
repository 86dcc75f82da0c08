#include "ui/EntityPane.h"
#include "ui/LineEditIcons.h"

#include "models/EntityModel.h"
#include "models/Icons.h"
#include "models/SearchFilterProxy.h"
#include "ui/CachedTextDelegate.h"
#include "ui/commands/CommandController.h"
#include "ui/details/DetailsView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDrag>
#include <QDropEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QEvent>
#include <QMimeData>
#include <QUrl>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QCoreApplication>
#include <QMenu>
#include <QScrollBar>
#include <QShowEvent>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace gh {

namespace {
constexpr int kMinColumnWidth = 60;
constexpr int kMaxColumnWidth = 340;
constexpr int kMinElasticWidth = 140; // the elastic column (description …) shrinks to this first
constexpr int kMinShrunkWidth = 110;  // then the widest others, down to this

// The pane's title inside a sentence ("Search users"): English lower-cases it, German keeps its
// nouns capitalised ("Benutzer durchsuchen"). The translation decides, as Qt's own
// QT_LAYOUT_DIRECTION does: "keep" leaves the title as it is.
QString titleInSentence(const QString& title)
{
    return QCoreApplication::translate("gh::EntityPane", "lower-case",
                                       "How a pane title reads inside a sentence: lower-case or keep")
                   == QLatin1String("keep")
               ? title
               : title.toLower();
}
} // namespace

EntityPane::EntityPane(const QString& id, const QString& title, const QIcon& icon,
                       EntityModel* model, DetailsView* details, Prompter* prompter,
                       int stretchColumn, QWidget* parent)
    : QWidget(parent), m_id(id), m_title(title), m_icon(icon), m_model(model), m_details(details),
      m_stretchColumn(stretchColumn)
{
    setObjectName(id + QStringLiteral("Pane"));
    m_model->setParent(this);
    m_proxy = new SearchFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    // Search row
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search %1: text, field:value or is:… (e.g. %2)")
                                     .arg(titleInSentence(title), m_model->searchExample()));
    QString help = tr("Fields: %1").arg(m_model->searchFields().join(QStringLiteral(", ")));
    if (const QStringList states = m_model->predicates(); !states.isEmpty())
        help += QStringLiteral("\n") +
                tr("States: %1").arg(QStringLiteral("is:") + states.join(QStringLiteral(", is:")));
    help += QStringLiteral("\n") + tr("Several terms must all match; -term excludes.");
    m_search->setToolTip(help);
    m_search->setAccessibleName(tr("Search %1").arg(titleInSentence(title)));
    addSearchIcon(m_search);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setQuery);
    // A term the search cannot use (lastlogon>abc) matches nothing: say why, beside the field.
    m_queryProblem = m_search->addAction(
        Icons::themed(QStringLiteral("dialog-warning"), QStringLiteral("status-expiring")),
        QLineEdit::TrailingPosition);
    m_queryProblem->setObjectName(QStringLiteral("queryProblemAction"));
    m_queryProblem->setText(tr("Search problem")); // its tool tip says which
    m_queryProblem->setVisible(false);
    connect(m_proxy, &SearchFilterProxy::queryProblemChanged, this, [this](const QString& problem) {
        m_queryProblem->setVisible(!problem.isEmpty());
        m_queryProblem->setToolTip(problem);
        updateCount();
    });

    // Table
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("entityView"));
    m_view->setAccessibleName(title);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    // Rows are selected whole: Tab leaves the table for the details instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EntityPane::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_activation && m_activation->isEnabled())
            m_activation->trigger();
    });

    m_copy = new QAction(Icons::themed(QStringLiteral("edit-copy"), QStringLiteral("edit-copy")),
                         tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &EntityPane::copySelection);
    m_view->addAction(m_copy);

    m_commands = new CommandController(m_view, prompter, this);

    // Layout: search above, table and details side by side
    m_details->setParent(this);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setMinimumWidth(300);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 380});
    m_splitter->setChildrenCollapsible(false);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EntityPane::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityPane::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EntityPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EntityPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntityPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EntityPane::updateCount);
    // A search hiding the selected row drops it in a layout change; no selectionChanged says so.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EntityPane::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EntityPane::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_details->currentKey().isEmpty())
            m_details->refresh();
    });
    // Columns follow the table's width (window resized, splitter moved) until the user sizes one.
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSizedColumns = true;
    });
    connect(m_model, &EntityModel::loaded, this, [this] {
        if (isVisible())
            QMetaObject::invokeMethod(this, &EntityPane::fitColumns, Qt::QueuedConnection);
        else
            m_fitPending = true;
        selectFirstRowIfNone();
        updateDetails();
        updateCount();
    });
    connect(m_model, &EntityModel::loadFailed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("Could not load %1: %2").arg(titleInSentence(m_title), message));
    });
    m_details->showEntry({});
    updateCount();
}

EntityPane::~EntityPane() = default;

void EntityPane::addCommandAction(QAction* action, bool inToolBar)
{
    if (inToolBar)
        m_toolBarActions.append(action);
    action->setParent(this);
    // The shortcut (Del) acts on this pane's table only, not while typing in the search field.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
    m_commandActions.append(action);
}

void EntityPane::addFilterBar(QWidget* bar)
{
    bar->setParent(this);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->insertWidget(box->count() - 1, bar); // above the splitter
    // Tab goes down the pane as it reads: search, the bar's controls, the table, the details. A
    // bar made after the table would otherwise come last, after the details.
    QWidget* previous = m_search;
    for (QWidget* w : bar->findChildren<QWidget*>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    QWidget::setTabOrder(previous, m_view);
}

void EntityPane::addCommandSeparator()
{
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_commandActions.append(separator);
}

void EntityPane::setFileDropHandler(std::function<void(const QStringList&)> handler)
{
    m_dropHandler = std::move(handler);
    m_view->setAcceptDrops(static_cast<bool>(m_dropHandler));
    m_view->viewport()->setAcceptDrops(static_cast<bool>(m_dropHandler));
    m_view->setDragDropMode(m_dropHandler ? QAbstractItemView::DropOnly
                                          : QAbstractItemView::NoDragDrop);
    m_view->viewport()->installEventFilter(this);
}

void EntityPane::setWorkspace(Workspace* workspace)
{
    m_model->setWorkspace(workspace);
    m_commands->setWorkspace(workspace);
    m_details->setWorkspace(workspace);
}

void EntityPane::setKeyDragType(const QString& mimeType)
{
    m_dragType = mimeType;
    m_view->viewport()->installEventFilter(this);
}

QMimeData* EntityPane::selectionMimeData() const
{
    const QStringList keys = m_commands->selectedKeys();
    if (m_dragType.isEmpty() || keys.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(m_dragType, keys.join(QLatin1Char('\n')).toUtf8());
    // Other programs get the rows as text, as Ctrl+C copies them.
    QStringList lines;
    for (const QString& key : keys) {
        const QModelIndex index = m_proxy->indexOf(key);
        lines.append(index.isValid() ? index.data(ClipboardRole).toString() : key);
    }
    data->setText(lines.join(QLatin1Char('\n')));
    return data;
}

void EntityPane::setKeyDropHandler(
    const QString& mimeType, std::function<void(const QStringList&, const QString&)> handler)
{
    m_keyDropType = mimeType;
    m_keyDropHandler = std::move(handler);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
}

bool EntityPane::selectKey(const QString& key)
{
    QModelIndex index = m_proxy->indexOf(key);
    if (!index.isValid() && m_model->indexOf(key).isValid()) {
        m_search->clear();
        index = m_proxy->indexOf(key);
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

// A press on a selected row may start a drag of the whole selection; the view itself would
// start one only for rows whose model flags allow it, and the entity models are read-only.
bool EntityPane::filterDrag(QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        m_dragCandidate = false;
        if (mouse->button() != Qt::LeftButton || mouse->modifiers() != Qt::NoModifier)
            return false;
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        if (!index.isValid())
            return false;
        m_dragStart = mouse->position().toPoint();
        m_dragCandidate = true;
        // A press on a row already selected keeps the selection (to drag it all); the release
        // without a drag selects that row alone, as a click does.
        return m_view->selectionModel()->isRowSelected(index.row(), QModelIndex());
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_dragCandidate || !(mouse->buttons() & Qt::LeftButton))
            return false;
        if ((mouse->position().toPoint() - m_dragStart).manhattanLength() >=
            QApplication::startDragDistance()) {
            m_dragCandidate = false;
            startKeyDrag();
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_dragCandidate)
            return false;
        m_dragCandidate = false;
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        if (index.isValid())
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return false;
    }
    default:
        return false;
    }
}

void EntityPane::startKeyDrag()
{
    QMimeData* data = selectionMimeData();
    if (!data)
        return;
    auto* drag = new QDrag(m_view);
    drag->setMimeData(data);
    const int count = static_cast<int>(m_commands->selectedKeys().size());
    // A small label under the cursor: what is being dragged.
    const QString text = tr("%n item(s)", nullptr, count);
    QFontMetrics metrics(font());
    QPixmap pixmap(metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
    pixmap.fill(palette().color(QPalette::Highlight));
    QPainter painter(&pixmap);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, text);
    painter.end();
    drag->setPixmap(pixmap);
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::CopyAction);
}

bool EntityPane::filterKeyDrop(QEvent* event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDropEvent*>(event);
        if (!drag->mimeData() || !drag->mimeData()->hasFormat(m_keyDropType))
            return false;
        const QModelIndex index = m_view->indexAt(drag->position().toPoint());
        // Enter is accepted anywhere so that moves follow; a drop needs a row under it.
        if (event->type() == QEvent::DragEnter || index.isValid()) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        if (index.isValid()) // the row it would go to
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        if (!drop->mimeData() || !drop->mimeData()->hasFormat(m_keyDropType))
            return false;
        const QModelIndex index = m_view->indexAt(drop->position().toPoint());
        const QString target = m_proxy->key(index);
        const QStringList keys = QString::fromUtf8(drop->mimeData()->data(m_keyDropType))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (target.isEmpty() || keys.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // The table keeps the focus (a pane switched to while dragging would give it to the
        // search field, whose own undo would then take Ctrl+Z).
        m_view->setFocus(Qt::OtherFocusReason);
        m_keyDropHandler(keys, target);
        return true;
    }
    default:
        return false;
    }
}

void EntityPane::setActivationAction(QAction* action)
{
    m_activation = action;
}

void EntityPane::setKeyVault(KeyVault* keyVault)
{
    m_commands->setKeyVault(keyVault);
}

void EntityPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntityPane::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void EntityPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        m_details->refresh();
    }
    QWidget::changeEvent(event);
}

void EntityPane::updateDetails()
{
    // One selected row: its details; several: those of the current row among them.
    const QItemSelectionModel* selection = m_view->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    const QModelIndex current = m_view->currentIndex();
    QString key;
    if (rows.size() == 1)
        key = m_proxy->key(rows.first());
    else if (rows.size() > 1 && current.isValid() && selection->isRowSelected(current.row()))
        key = m_proxy->key(current);
    if (key != m_details->currentKey())
        m_details->showEntry(key);
}

void EntityPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (const QString problem = m_proxy->queryProblem(); !problem.isEmpty()) {
        m_count->setText(problem);
        return;
    }
    m_count->setText(shown == total ? tr("%n item(s)", nullptr, total)
                                    : tr("%1 of %2").arg(shown).arg(total));
}

void EntityPane::fitColumns()
{
    // Once, when the first rows arrive and the pane is laid out: afterwards the user's widths win.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    if (!isVisible()) {
        m_fitPending = true; // a hidden pane has no real width yet: fit when shown
        return;
    }
    m_columnsFitted = true;
    m_fitPending = false;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    QHeaderView* header = m_view->horizontalHeader();
    const int columns = m_proxy->columnCount();
    QList<int> widths(columns);
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        m_view->resizeColumnToContents(c);
        widths[c] = std::clamp(header->sectionSize(c) + 12, kMinColumnWidth, kMaxColumnWidth);
        total += widths[c];
    }
    // Make the columns fill the view: the elastic column gives or takes the difference first,
    // then the widest others shrink, so that the last columns (status …) stay in sight.
    int available = m_view->viewport()->width();
    const bool willScroll = m_proxy->rowCount() * m_view->verticalHeader()->defaultSectionSize() >
                            m_view->viewport()->height();
    if (willScroll && !m_view->verticalScrollBar()->isVisible())
        available -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int elastic =
        m_stretchColumn >= 0 && m_stretchColumn < columns ? m_stretchColumn : columns - 1;
    int excess = total - available;
    if (excess < 0) {
        widths[elastic] -= excess;
    } else {
        const int give = std::min(excess, widths[elastic] - kMinElasticWidth);
        if (give > 0) {
            widths[elastic] -= give;
            excess -= give;
        }
        while (excess > 0) {
            const auto widest = std::max_element(widths.begin(), widths.end());
            if (*widest <= kMinShrunkWidth)
                break;
            const int take = std::min(excess, std::max(1, (*widest - kMinShrunkWidth) / 2));
            *widest -= take;
            excess -= take;
        }
    }
    for (int c = 0; c < columns; ++c)
        header->resizeSection(c, widths[c]);
    header->setStretchLastSection(true);
}

void EntityPane::setDetailsWidth(int width)
{
    const int total = std::max(m_splitter->width(), 1280);
    m_splitter->setSizes({total - width, width});
}

namespace {

QStringList localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

bool EntityPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && !m_dragType.isEmpty() && filterDrag(event))
        return true;
    if (watched == m_view->viewport() && m_keyDropHandler && filterKeyDrop(event))
        return true;
    if (watched == m_view->viewport() && m_dropHandler) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDropEvent*>(event);
            if (!localFiles(drag->mimeData()).isEmpty()) {
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
            } else {
                drag->ignore();
            }
            return true;
        }
        case QEvent::Drop: {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList paths = localFiles(drop->mimeData());
            if (paths.isEmpty()) {
                drop->ignore();
                return true;
            }
            drop->setDropAction(Qt::CopyAction);
            drop->accept();
            m_dropHandler(paths);
            return true;
        }
        default:
            break;
        }
    }
    // Tabbing into the table with nothing selected (a search dropped the selection) selects the
    // current row, or the first: the keyboard user sees where they are and the details follow.
    if (watched == m_view && event->type() == QEvent::FocusIn && m_view->model()->rowCount() > 0 &&
        !m_view->selectionModel()->hasSelection()) {
        QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            current = m_view->model()->index(0, 0);
        m_view->selectionModel()->setCurrentIndex(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (watched == m_view && event->type() == QEvent::Resize && m_columnsFitted && !m_userSizedColumns
        && !m_fitting) {
        m_columnsFitted = false;
        QMetaObject::invokeMethod(this, &EntityPane::fitColumns, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void EntityPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fitPending) {
        // Layouts settle after the show event: fit on the next turn of the event loop.
        QMetaObject::invokeMethod(this, &EntityPane::fitColumns, Qt::QueuedConnection);
    }
}

void EntityPane::selectFirstRowIfNone()
{
    // Only when the rows first arrive, so the details are never empty on start; never after a
    // delete, where a new selection would make the next Del hit another entry.
    if (m_firstRowSelected || m_view->selectionModel()->hasSelection() || m_proxy->rowCount() == 0)
        return;
    m_firstRowSelected = true;
    m_view->selectionModel()->setCurrentIndex(
        m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EntityPane::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addActions(m_commandActions);
    if (!m_commandActions.isEmpty())
        menu.addSeparator();
    menu.addAction(m_copy);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void EntityPane::copySelection()
{
    // ClipboardRole of the current column, one line per selected row, in view order.
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(column);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& index : std::as_const(rows))
        lines.append(index.data(ClipboardRole).toString());
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace gh
