#include "ui/remote/SyncProgressDialog.h"

#include "ui/remote/SyncSession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gh {

SyncProgressDialog::SyncProgressDialog(SyncSession& session, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode)
{
    setObjectName(mode == Mode::Pull ? QStringLiteral("pullDialog") : QStringLiteral("pushDialog"));
    setWindowTitle(mode == Mode::Pull ? tr("Pull %1").arg(session.profile()) : tr("Push %1").arg(session.profile()));
    auto* intro = new QLabel(mode == Mode::Pull
                                 ? tr("Reading the remote tenant %1 into its replica…").arg(session.profile())
                                 : tr("Sending the pending changes to the remote tenant %1…").arg(session.profile()),
                             this);
    intro->setWordWrap(true);
    m_rows = new QTreeWidget(this);
    m_rows->setObjectName(QStringLiteral("syncRows"));
    m_rows->setAccessibleName(mode == Mode::Pull ? tr("Rows read per resource") : tr("Changes per resource"));
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels(mode == Mode::Pull ? QStringList{tr("Resource"), tr("Rows read")}
                                               : QStringList{tr("Resource"), tr("Sent"), tr("Conflicts"), tr("Not sent")});
    m_rows->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(tr("Progress"));
    // A pull reports each resource it reads; assignments are derived, not read.
    m_bar->setRange(0, mode == Mode::Pull ? int(pulledKinds().size() - pulledKinds().count(EntityKind::Assignment)) : 0);
    m_bar->setValue(0);
    m_icon = new QLabel(this);
    m_outcome = new QLabel(tr("Working…"), this);
    m_outcome->setObjectName(QStringLiteral("syncOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setAccessibleName(tr("Outcome"));
    auto* outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_icon, 0, Qt::AlignTop);
    outcomeRow->addWidget(m_outcome, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_session.cancel();
        m_cancel->setEnabled(false);
        m_outcome->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_bar);
    layout->addLayout(outcomeRow);
    layout->addWidget(buttons);
    resize(520, 380);

    connect(&session, &SyncSession::pullProgress, this, &SyncProgressDialog::onPullProgress);
    connect(&session, &SyncSession::pushProgress, this, &SyncProgressDialog::onPushProgress);
    connect(&session, &SyncSession::pullFinished, this, &SyncProgressDialog::onPullFinished);
    connect(&session, &SyncSession::pushFinished, this, &SyncProgressDialog::onPushFinished);
}

QString SyncProgressDialog::outcomeText() const
{
    return m_outcome->text();
}

QStringList SyncProgressDialog::rowTexts() const
{
    QStringList out;
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_rows->topLevelItem(i);
        QStringList cells;
        for (int c = 1; c < m_rows->columnCount(); ++c)
            cells.append(item->text(c));
        out.append(item->text(0) + QStringLiteral(": ") + cells.join(QLatin1Char(' ')));
    }
    return out;
}

QTreeWidgetItem* SyncProgressDialog::row(EntityKind kind)
{
    auto it = m_items.find(kind);
    if (it != m_items.end())
        return it->second;
    auto* item = new QTreeWidgetItem(m_rows, {SyncSession::kindTitle(kind)});
    for (int c = 1; c < m_rows->columnCount(); ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    m_items.emplace(kind, item);
    return item;
}

void SyncProgressDialog::onPullProgress(EntityKind kind, qint64 count)
{
    if (m_mode != Mode::Pull || m_finished)
        return;
    row(kind)->setText(1, QLocale().toString(count));
    // One step a resource: a large one (users, 10,000 a report) counts once, when it starts.
    m_bar->setValue(int(m_items.size()));
}

void SyncProgressDialog::onPushProgress(const PushItem& item)
{
    if (m_mode != Mode::Push || m_finished)
        return;
    auto& counts = m_pushCounts[item.kind];
    ++counts[item.outcome];
    const int sent = counts[PushItem::Outcome::Sent] + counts[PushItem::Outcome::AlreadyDone];
    const int conflicts = counts[PushItem::Outcome::Conflict];
    const int notSent = counts[PushItem::Outcome::Refused] + counts[PushItem::Outcome::Waiting]
        + counts[PushItem::Outcome::NotReached];
    QTreeWidgetItem* r = row(item.kind);
    r->setText(1, QLocale().toString(sent));
    r->setText(2, QLocale().toString(conflicts));
    r->setText(3, QLocale().toString(notSent));
    if (!item.message.isEmpty())
        r->setToolTip(0, item.message);
}

void SyncProgressDialog::onPullFinished(const Result<PullSummary>& result)
{
    if (m_mode != Mode::Pull || m_finished)
        return;
    if (!result) {
        finish(false, result.error().kind == Error::Kind::Cancelled
                          ? tr("Cancelled: the replica is unchanged.")
                          : tr("The pull failed, the replica is unchanged: %1").arg(result.error().toString()));
        return;
    }
    qint64 added = 0, updated = 0, removed = 0;
    for (const auto& [kind, c] : result->counts) {
        row(kind)->setText(1, QLocale().toString(c.pulled));
        added += c.added;
        updated += c.updated;
        removed += c.removed;
    }
    finish(true, tr("Pulled: %1 added, %2 updated, %3 removed.")
                     .arg(QLocale().toString(added), QLocale().toString(updated), QLocale().toString(removed)));
}

void SyncProgressDialog::onPushFinished(const Result<PushSummary>& result)
{
    if (m_mode != Mode::Push || m_finished)
        return;
    if (!result) {
        finish(false, tr("The push failed: %1").arg(result.error().toString()));
        return;
    }
    const qsizetype sent = result->count(PushItem::Outcome::Sent) + result->count(PushItem::Outcome::AlreadyDone);
    const qsizetype conflicts = result->count(PushItem::Outcome::Conflict);
    QString text = result->items.isEmpty()
        ? tr("Nothing to push.")
        : tr("Sent %1 of %2 change(s); %3 conflict(s).")
              .arg(QLocale().toString(sent), QLocale().toString(result->items.size()), QLocale().toString(conflicts));
    if (result->stoppedBy)
        text += QLatin1Char(' ')
            + (result->stoppedBy->kind == Error::Kind::Cancelled ? tr("Cancelled; what was sent is recorded.")
                                                                 : tr("Stopped: %1").arg(result->stoppedBy->toString()));
    if (conflicts > 0)
        text += QLatin1Char(' ') + tr("Open Tenant ▸ Conflicts to resolve them.");
    finish(result->complete(), text);
}

void SyncProgressDialog::finish(bool ok, const QString& text)
{
    m_finished = true;
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_icon->setPixmap(style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_icon->setAccessibleName(ok ? tr("Done") : tr("Problem"));
    m_outcome->setText(text);
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
}

} // namespace gh
