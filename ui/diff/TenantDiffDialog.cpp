#include "ui/diff/TenantDiffDialog.h"

#include "app/client/local/LocalTenant.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "models/TenantDiffModel.h"
#include "models/TenantDiffTexts.h"
#include "ui/Prompter.h"
#include "ui/diff/CopyToTenantFlow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace gh {

namespace {

// As the tree's kind rows name it ("Destination certificates"), translated.
QString kindName(EntityKind kind)
{
    return diffTexts::kindTitle(kind);
}

QString replicaOf(TenantStore& store)
{
    return store.meta(QStringLiteral("replicaOf"));
}

} // namespace

TenantDiffDialog::TenantDiffDialog(Workspace* workspace, KeyVault* keyVault, Prompter* prompter,
                                   const Clock& clock, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_keyVault(keyVault), m_prompter(prompter),
      m_clock(clock)
{
    setObjectName(QStringLiteral("tenantDiffDialog"));
    setWindowTitle(tr("Compare with Tenant"));
    m_model = new TenantDiffModel(this);

    m_sides = new QLabel(this);
    m_sides->setObjectName(QStringLiteral("diffSidesLabel"));
    m_sides->setTextFormat(Qt::PlainText);
    m_sides->setWordWrap(true);
    m_choose = new QPushButton(tr("&Choose Tenant…"), this);
    m_choose->setObjectName(QStringLiteral("chooseTenantButton"));
    m_choose->setToolTip(tr("Choose the tenant file to compare with (B)"));
    auto* sidesRow = new QHBoxLayout;
    sidesRow->addWidget(m_sides, 1);
    sidesRow->addWidget(m_choose);

    m_onlyDifferences = new QCheckBox(tr("&Only differences"), this);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferencesBox"));
    m_onlyDifferences->setChecked(true);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (EntityKind kind : diffedKinds())
        m_kindFilter->addItem(kindName(kind), int(kind));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindFilter);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_onlyDifferences);
    filterRow->addSpacing(12);
    filterRow->addWidget(kindLabel);
    filterRow->addWidget(m_kindFilter);
    filterRow->addStretch(1);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false); // the status label says the counts in words
    m_busyBar->setAccessibleName(tr("Comparison progress"));
    m_cancel = new QPushButton(tr("Cancel Comparison"), this);
    m_cancel->setObjectName(QStringLiteral("cancelComparisonButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("diffStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_status, 1);
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_cancel);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("tenantDiffView"));
    m_view->setAccessibleName(tr("Differences between the tenants"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TenantDiffModel::ItemColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(TenantDiffModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TenantDiffModel::AColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TenantDiffModel::BColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TenantDiffModel::CopyColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(TenantDiffModel::ItemColumn, 320);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("copySummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Co&py Selected to Other Tenant"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copySelectedButton"));
    m_copy->setToolTip(
        tr("Copy the checked items from A into B's pending changes"));
    m_copy->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sidesRow);
    layout->addLayout(filterRow);
    layout->addLayout(busyRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &TenantDiffDialog::chooseOtherTenant);
    connect(m_cancel, &QPushButton::clicked, this, &TenantDiffDialog::cancelComparison);
    connect(m_copy, &QPushButton::clicked, this, &TenantDiffDialog::copySelected);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_model, &TenantDiffModel::setOnlyDifferences);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kindFilter->currentData().toInt();
        m_model->setKinds(kind < 0 ? QList<EntityKind>() : QList<EntityKind>{EntityKind(kind)});
    });
    connect(m_model, &TenantDiffModel::checkedChanged, this, &TenantDiffDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_view->expandToDepth(0); });

    m_sides->setText(tr("A: %1 (open here)\nB: choose a tenant file to compare with")
                         .arg(m_workspace ? m_workspace->displayName() : tr("no tenant")));
    setBusy(false);
    resize(1100, 700);
}

TenantDiffDialog::~TenantDiffDialog()
{
    // The listings read both workspaces: they must be done before the workspaces go.
    m_running.waitForFinished();
}

bool TenantDiffDialog::chooseOtherTenant()
{
    const QStringList profiles = m_profileNames ? m_profileNames() : QStringList();
    if (!profiles.isEmpty()) {
        QStringList items{tr("A tenant file…")};
        for (const QString& name : profiles)
            items.append(tr("Remote profile %1 (its replica, as last pulled)").arg(name));
        const int chosen = m_prompter->choose(this, tr("Compare with Tenant"),
                                              tr("Compare the tenant open here with:"), items);
        if (chosen < 0)
            return false;
        if (chosen > 0) {
            const QString name = profiles.value(chosen - 1);
            const QString path = replicaPath(name);
            if (!QFileInfo::exists(path)) {
                fail(tr("Remote profile %1 has no replica yet: pull it first (Tenant → Pull).").arg(name));
                return false;
            }
            compareWith(path);
            return true;
        }
    }
    const QString path = m_prompter
                             ->openFiles(this, tr("Compare with Tenant"),
                                         tr("Gatehouse tenants (*.ghtenant);;All files (*)"))
                             .value(0);
    if (path.isEmpty())
        return false;
    compareWith(path);
    return true;
}

void TenantDiffDialog::compareWith(const QString& path)
{
    if (m_copying)
        return; // B stays open until its copy is done
    const quint64 run = ++m_run;
    m_path = path;
    m_summary->clear();
    if (!m_workspace) {
        fail(tr("No tenant is open here to compare."));
        return;
    }
    if (QFileInfo(path).canonicalFilePath() ==
        QFileInfo(m_workspace->tenant()->path()).canonicalFilePath()) {
        fail(tr("%1 is the tenant open here: choose another one.")
                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    setBusy(true, tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    whenFinished(LocalTenant::openAsync(path, LocalTenant::OpenMode::OpenExisting), this,
                 [this, run](const Result<std::shared_ptr<LocalTenant>>& tenant) {
                     if (run != m_run)
                         return;
                     if (!tenant) {
                         fail(
                             tr("Cannot open %1: %2")
                                 .arg(QDir::toNativeSeparators(m_path), tenant.error().toString()));
                         return;
                     }
                     opened(*tenant, run);
                 });
}

void TenantDiffDialog::opened(const std::shared_ptr<LocalTenant>& tenant, quint64 run)
{
    if (m_other)
        m_retired.push_back(std::move(m_other));
    releaseRetired();
    m_model->clear();
    m_hasComparison = false;
    m_otherTenant = tenant;
    // B's own workspace: what is copied waits in its journal, as pending changes to review there.
    m_other = std::make_unique<Workspace>(tenant, m_clock);
    m_sides->setText(tr("A: %1 (open here)\nB: %2 (%3)")
                         .arg(m_workspace->displayName(), m_other->displayName(),
                              QDir::toNativeSeparators(m_path)));
    readKinds(run);
}

void TenantDiffDialog::readKinds(quint64 run)
{
    // A profile's replica holds only what a pull reads: the rest would all show as missing.
    QList<QFuture<QString>> replicas{m_workspace->tenant()->run(replicaOf),
                                     m_otherTenant->run(replicaOf)};
    auto anyReplica = QtFuture::whenAll(replicas.begin(), replicas.end())
                          .then([](const QList<QFuture<QString>>& done) -> Result<bool> {
                              for (const QFuture<QString>& f : done)
                                  if (f.resultCount() > 0 && !f.result().isEmpty())
                                      return true;
                              return false;
                          });
    whenFinished(std::move(anyReplica), this, [this, run](const Result<bool>& isReplica) {
        if (run != m_run)
            return;
        QList<EntityKind> kinds = diffedKinds();
        QList<EntityKind> skipped;
        if (isReplica && *isReplica) {
            const QList<EntityKind> pulled = pulledKinds();
            for (EntityKind k : diffedKinds())
                if (!pulled.contains(k)) {
                    kinds.removeAll(k);
                    skipped.append(k);
                }
        }
        list(kinds, skipped, run);
    });
}

void TenantDiffDialog::list(const QList<EntityKind>& kinds, const QList<EntityKind>& skipped,
                            quint64 run)
{
    if (!m_workspace || !m_other) {
        fail(tr("The tenants were closed."));
        return;
    }
    // Progress with counts: each kind's list of each tenant is a step, comparing the last one.
    m_listsRead = 0;
    m_listsTotal = int(2 * kinds.size());
    m_itemsRead = 0;
    setBusy(true, listingText());
    m_busyBar->setRange(0, m_listsTotal + 1);
    m_busyBar->setValue(0);
    // The lists finish on pool threads; the relay (on this thread) takes their counts to
    // listed() here, and drops them once this dialog is gone.
    std::shared_ptr<QObject> relay(new QObject, [](QObject* o) { o->deleteLater(); });
    const QPointer<TenantDiffDialog> self(this);
    const ListProgress progress = [relay, self, run](EntityKind, qint64 count) {
        QMetaObject::invokeMethod(
            relay.get(),
            [self, run, count] {
                if (self)
                    self->listed(run, count);
            },
            Qt::QueuedConnection);
    };
    QList<QFuture<Result<TenantListing>>> both{listTenant(m_workspace->client(), kinds, progress),
                                               listTenant(m_other->client(), kinds, progress)};
    m_running =
        QtFuture::whenAll(both.begin(), both.end())
            .then(QtFuture::Launch::Async,
                  [kinds, skipped](
                      const QList<QFuture<Result<TenantListing>>>& listed) -> Result<Comparison> {
                      for (const auto& f : listed)
                          if (f.isCanceled() || f.resultCount() == 0)
                              return Error::make(
                                  Error::Kind::Cancelled,
                                  tr("a tenant was closed while it was read"));
                      Result<TenantListing> a = listed.at(0).result();
                      if (!a)
                          return a.error();
                      Result<TenantListing> b = listed.at(1).result();
                      if (!b)
                          return b.error();
                      Comparison c;
                      c.differences = diffListings(*a, *b, kinds);
                      c.same = sameInListings(*a, *b, kinds);
                      // What Copy would refuse is shown as not copyable before anyone checks it.
                      QList<copying::CopyItem> candidates;
                      for (const TenantDifference& d : std::as_const(c.differences))
                          if (d.status != TenantDifference::Status::OnlyInB &&
                              TenantDiffModel::isCopyableKind(d.kind))
                              candidates.append({d.kind, d.key});
                      c.refused = copying::refusals(candidates, *a, *b);
                      c.a = std::move(a).value();
                      c.b = std::move(b).value();
                      c.skipped = skipped;
                      return c;
                  });
    whenFinished(m_running, this,
                 [this, run](const Result<Comparison>& result) { compared(result, run); });
}

QString TenantDiffDialog::listingText() const
{
    const QString a = m_workspace ? m_workspace->displayName() : QString();
    const QString b = m_other ? m_other->displayName() : QString();
    const QLocale locale;
    if (m_listsRead < m_listsTotal)
        return tr("Reading %1 and %2: %3 of %4 lists, %5 items so far…")
            .arg(a, b, locale.toString(m_listsRead), locale.toString(m_listsTotal),
                 locale.toString(m_itemsRead));
    return tr("Comparing %1 items of %2 and %3…").arg(locale.toString(m_itemsRead), a, b);
}

void TenantDiffDialog::listed(quint64 run, qint64 count)
{
    if (run != m_run || !m_busy)
        return;
    ++m_listsRead;
    m_itemsRead += count;
    m_status->setText(listingText());
    m_busyBar->setValue(m_listsRead);
}

void TenantDiffDialog::compared(const Result<Comparison>& result, quint64 run)
{
    releaseRetired();
    if (run != m_run)
        return;
    if (!result) {
        fail(tr("The tenants could not be compared: %1").arg(result.error().toString()));
        return;
    }
    m_last = *result;
    m_hasComparison = true;
    // Copies of one tenant carry the same name: the file names tell the columns apart then.
    QString nameA = m_workspace ? m_workspace->displayName() : QString();
    QString nameB = m_other->displayName();
    if (nameA == nameB && m_workspace) {
        nameA = tr("%1 (%2)").arg(nameA, QFileInfo(m_workspace->tenant()->path()).fileName());
        nameB = tr("%1 (%2)").arg(nameB, QFileInfo(m_path).fileName());
    }
    m_model->setComparison(nameA, nameB, m_last.differences, m_last.same, m_last.refused);
    QString text = m_last.differences.isEmpty() ? tr("The tenants do not differ.")
                                                : tr("%n difference(s). Check items to copy them "
                                                     "from A to B.",
                                                     nullptr, int(m_last.differences.size()));
    if (!m_last.skipped.isEmpty()) {
        QStringList names;
        for (EntityKind k : std::as_const(m_last.skipped))
            names.append(kindName(k));
        text += QLatin1Char(' ') +
                tr("Not compared, as a profile's replica does not hold them yet: %1.")
                    .arg(names.join(QStringLiteral(", ")));
    }
    setBusy(false, text);
    Q_EMIT comparisonFinished(true);
}

void TenantDiffDialog::cancelComparison()
{
    if (!m_busy)
        return;
    ++m_run; // the running comparison's result is dropped when it comes
    setBusy(false, tr("Comparison cancelled."));
    Q_EMIT comparisonFinished(false);
}

void TenantDiffDialog::copySelected()
{
    const QList<copying::CopyItem> items = m_model->checkedItems();
    if (items.isEmpty() || !m_hasComparison || m_busy || m_copying || !m_other || !m_workspace)
        return;
    const copying::CopyPlan plan =
        copying::planCopy(items, m_last.a, m_last.b, m_workspace->displayName());
    if (!plan.problems.isEmpty()) {
        QStringList problems;
        for (const Error& e : plan.problems)
            problems.append(e.toString());
        m_prompter->error(this, tr("Cannot copy"),
                          tr("Nothing was copied:\n%1").arg(problems.join(QLatin1Char('\n'))));
        m_summary->setText(tr("Nothing was copied: %1").arg(problems.join(QStringLiteral("; "))));
        Q_EMIT copyFinished(false);
        return;
    }
    if (!plan.hasChanges()) {
        m_summary->setText(tr("Nothing to copy: B already has the same."));
        Q_EMIT copyFinished(false);
        return;
    }
    CopyToTenantFlow::Context context;
    context.target = m_other.get();
    context.sourceId = m_workspace->tenant()->id();
    context.sourceName = m_workspace->displayName();
    context.keyVault = m_keyVault;
    context.prompter = m_prompter;
    context.parentWidget = this;
    m_copying = new CopyToTenantFlow(plan, context, this);
    connect(m_copying, &CopyToTenantFlow::finished, this,
            [this](bool copied, const QString& message) {
                m_copying->deleteLater();
                m_copying = nullptr;
                m_summary->setText(message);
                updateButtons();
                if (copied) {
                    // The copied items are the same in B now: compare again (B stays open, the
                    // summary stays).
                    const quint64 run = ++m_run;
                    readKinds(run);
                }
                Q_EMIT copyFinished(copied);
            });
    updateButtons();
    m_copying->start();
}

void TenantDiffDialog::reject()
{
    if (m_copying) {
        m_summary->setText(tr("Copying to %1… the dialog closes once that is done.")
                               .arg(m_other ? m_other->displayName() : QString()));
        return;
    }
    QDialog::reject();
}

void TenantDiffDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_busyBar->setRange(0, 0); // opening a tenant has no known length; list() counts
    m_busyBar->setVisible(busy);
    m_cancel->setVisible(busy);
    m_status->setText(message);
    updateButtons();
}

void TenantDiffDialog::fail(const QString& message)
{
    m_hasComparison = false;
    m_model->clear();
    setBusy(false, message);
    Q_EMIT comparisonFinished(false);
}

void TenantDiffDialog::updateButtons()
{
    m_choose->setEnabled(!m_copying);
    const bool canCopy =
        m_hasComparison && !m_busy && !m_copying && !m_model->checkedItems().isEmpty();
    m_copy->setEnabled(canCopy);
}

void TenantDiffDialog::releaseRetired()
{
    if (m_running.isFinished())
        m_retired.clear();
}

} // namespace gh
