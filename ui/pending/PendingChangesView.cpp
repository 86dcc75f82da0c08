#include "ui/pending/PendingChangesView.h"

#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "models/Icons.h"
#include "models/PendingChangesModel.h"
#include "ui/Prompter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gh {

namespace {

QToolButton* actionButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    return button;
}

} // namespace

PendingChangesView::PendingChangesView(Prompter* prompter, QWidget* parent)
    : QWidget(parent), m_prompter(prompter), m_model(new PendingChangesModel(this))
{
    setObjectName(QStringLiteral("pendingChangesView"));
    setAccessibleName(tr("Pending changes"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pendingSummary"));
    m_summary->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("pendingChanges"));
    m_view->setAccessibleName(tr("Pending changes, step by step"));
    m_view->setAccessibleDescription(
        tr("Each step with the changes it made; Delete discards the selected ones"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PendingChangesModel::ChangeColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PendingChangesModel::KindColumn,
                                           QHeaderView::Interactive);
    m_view->header()->resizeSection(PendingChangesModel::KindColumn, 210);
    m_view->header()->setSectionResizeMode(PendingChangesModel::TimeColumn,
                                           QHeaderView::ResizeToContents);

    m_diff = new QTreeWidget(this);
    m_diff->setObjectName(QStringLiteral("pendingDiff"));
    m_diff->setAccessibleName(tr("Properties changed by the selected change"));
    m_diff->setRootIsDecorated(false);
    m_diff->setUniformRowHeights(true);
    m_diff->setHeaderLabels({tr("Property"), tr("Before"), tr("After")});
    m_diff->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_diff->setColumnWidth(0, 170);
    m_diff->setColumnWidth(1, 180);

    // Side by side: the dock sits under the panes, wide and low.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_discard = new QAction(Icons::themed(QStringLiteral("edit-delete"), QStringLiteral("edit-delete")),
                            tr("&Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardChangeAction"));
    m_discard->setToolTip(tr("Take the selected changes back (they cannot be redone)"));
    m_discard->setShortcut(QKeySequence::Delete);
    m_discard->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_discard);
    connect(m_discard, &QAction::triggered, this, &PendingChangesView::discardSelected);

    m_discardButton = actionButton(this);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_discardButton->setDefaultAction(m_discard);

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_discardButton);
    m_buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_buttons);

    connect(m_model, &PendingChangesModel::loaded, this, &PendingChangesView::onLoaded);
    connect(m_model, &PendingChangesModel::loadFailed, this, [this](const QString& message) {
        m_summary->setText(tr("The pending changes could not be read: %1").arg(message));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDiff();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PendingChangesView::showDiff);
    onLoaded();
}

void PendingChangesView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
}

void PendingChangesView::setUndoRedo(QAction* undo, QAction* redo)
{
    m_undoButton = actionButton(this);
    m_undoButton->setObjectName(QStringLiteral("pendingUndoButton"));
    m_undoButton->setDefaultAction(undo);
    m_redoButton = actionButton(this);
    m_redoButton->setObjectName(QStringLiteral("pendingRedoButton"));
    m_redoButton->setDefaultAction(redo);
    // Short texts here (the action's own says what it would undo, which the tool tip shows).
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    const auto keepShort = [this] {
        m_undoButton->setText(tr("Undo"));
        m_redoButton->setText(tr("Redo"));
    };
    connect(undo, &QAction::changed, this, keepShort);
    connect(redo, &QAction::changed, this, keepShort);
    m_buttons->insertWidget(0, m_undoButton);
    m_buttons->insertWidget(1, m_redoButton);
}

void PendingChangesView::setUserNames(std::function<QString(const QString&)> userName)
{
    m_model->setUserNames(std::move(userName));
}

void PendingChangesView::onLoaded()
{
    const qsizetype changes = m_model->changeCount();
    const qsizetype steps = m_model->stepCount();
    if (!m_workspace)
        m_summary->setText(tr("No tenant is open."));
    else if (changes == 0)
        m_summary->setText(tr("No pending changes: the tenant is as it was pulled or created."));
    else
        m_summary->setText(tr("%n change(s) waiting", nullptr, static_cast<int>(changes)) +
                           QLatin1Char(' ') +
                           tr("in %n step(s). Select one to see what it changes.", nullptr,
                              static_cast<int>(steps)));
    // Small steps show their changes at once; a bulk step of thousands stays folded.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex step = m_model->index(row, 0);
        if (m_model->rowCount(step) <= 20)
            m_view->expand(step);
    }
    showDiff();
    updateActions();
}

void PendingChangesView::showDiff()
{
    m_diff->clear();
    const QModelIndex current = m_view->currentIndex();
    const QList<changes::PropertyDiff> diff = m_model->diff(current.siblingAtColumn(0));
    const QString none = tr("—");
    QList<QTreeWidgetItem*> items;
    for (const changes::PropertyDiff& d : diff) {
        auto* item = new QTreeWidgetItem(
            {d.property, d.before.isEmpty() ? none : d.before, d.after.isEmpty() ? none : d.after});
        item->setToolTip(1, d.before);
        item->setToolTip(2, d.after);
        items.append(item);
    }
    m_diff->addTopLevelItems(items);
}

void PendingChangesView::updateActions()
{
    const bool any = !m_view->selectionModel()->selectedRows().isEmpty();
    m_discard->setEnabled(any && !m_discarding && m_workspace);
}

void PendingChangesView::discardSelected()
{
    if (!m_workspace || m_discarding)
        return;
    const QList<qint64> seqs = m_model->changesToDiscard(m_view->selectionModel()->selectedRows());
    if (seqs.isEmpty())
        return;
    const int n = static_cast<int>(seqs.size());
    QString text;
    if (n == 1) {
        const QModelIndex index = m_view->selectionModel()->selectedRows().first();
        const QModelIndex change = m_model->isStep(index) ? m_model->index(0, 0, index) : index;
        text = tr("Discard “%1”?").arg(change.data().toString());
    } else {
        text = tr("Discard %n pending change(s)?", nullptr, n);
    }
    text += QLatin1Char('\n') +
            tr("What they changed goes back to how it was; a discarded change cannot be redone.");
    if (!m_prompter->confirm(this, tr("Discard Changes"), text, tr("Discard")))
        return;
    m_discarding = true;
    updateActions();
    discardNext(seqs, 0);
}

void PendingChangesView::discardNext(QList<qint64> seqs, int done)
{
    if (seqs.isEmpty() || !m_workspace) {
        m_discarding = false;
        updateActions();
        Q_EMIT statusMessage(tr("Discarded %n change(s)", nullptr, done));
        return;
    }
    const qint64 seq = seqs.takeFirst();
    whenFinished(m_workspace->discard(seq), this,
                 [this, seqs, done](const Status& status) {
                     if (!status) {
                         m_discarding = false;
                         updateActions();
                         m_prompter->error(this, tr("Could not discard"),
                                           done == 0 ? status.error().toString()
                                                     : tr("%n change(s) were discarded before "
                                                          "this one failed:",
                                                          nullptr, done) +
                                                           QLatin1Char('\n') +
                                                           status.error().toString());
                         return;
                     }
                     discardNext(seqs, done + 1);
                 });
}

} // namespace gh
