#include "models/PendingChangesModel.h"

#include "app/workspace/Workspace.h"
#include "models/Format.h"
#include "models/FutureWatch.h"
#include "models/Icons.h"
#include "models/Roles.h"

#include <algorithm>

namespace gh {

namespace {

constexpr quintptr kStepId = 0;

QIcon actionIcon(changes::Action action)
{
    switch (action) {
    case changes::Action::Created:
        return Icons::themed(QStringLiteral("list-add"), QStringLiteral("import-add"));
    case changes::Action::Removed:
        return Icons::themed(QStringLiteral("list-remove"), QStringLiteral("edit-delete"));
    case changes::Action::Updated:
        break;
    }
    return Icons::themed(QStringLiteral("document-edit"), QStringLiteral("import-replace"));
}

QString actionText(changes::Action action)
{
    switch (action) {
    case changes::Action::Created:
        return PendingChangesModel::tr("added");
    case changes::Action::Removed:
        return PendingChangesModel::tr("removed");
    case changes::Action::Updated:
        break;
    }
    return PendingChangesModel::tr("changed");
}

} // namespace

PendingChangesModel::PendingChangesModel(QObject* parent) : QAbstractItemModel(parent) {}

void PendingChangesModel::setWorkspace(Workspace* workspace)
{
    disconnect(m_stateConnection);
    m_workspace = workspace;
    if (m_workspace)
        m_stateConnection = connect(m_workspace, &Workspace::stateChanged, this,
                                    &PendingChangesModel::reload);
    reload();
}

void PendingChangesModel::setUserNames(std::function<QString(const QString&)> userName)
{
    m_userName = std::move(userName);
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_steps.size()) - 1, ColumnCount - 1));
}

void PendingChangesModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_workspace) {
        beginResetModel();
        m_steps.clear();
        endResetModel();
        m_loading = false;
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    whenFinished(m_workspace->pendingChanges(), this,
                 [this, generation](const Result<QList<JournalEntry>>& journal) {
                     if (generation != m_generation)
                         return; // a newer load is on its way
                     m_loading = false;
                     if (!journal) {
                         Q_EMIT loadFailed(journal.error().toString());
                         return;
                     }
                     QList<Step> steps;
                     for (const JournalEntry& e : journal.value()) {
                         if (steps.isEmpty() || steps.last().group != e.group)
                             steps.append(Step{e.group, e.description, e.createdAt, {}});
                         steps.last().changes.append(e);
                     }
                     beginResetModel();
                     m_steps = std::move(steps);
                     endResetModel();
                     Q_EMIT loaded();
                 });
}

qsizetype PendingChangesModel::changeCount() const
{
    qsizetype n = 0;
    for (const Step& s : m_steps)
        n += s.changes.size();
    return n;
}

bool PendingChangesModel::isStep(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kStepId;
}

const JournalEntry* PendingChangesModel::entry(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kStepId)
        return nullptr;
    const Step& step = m_steps.at(static_cast<qsizetype>(index.internalId() - 1));
    return &step.changes.at(index.row());
}

QList<qint64> PendingChangesModel::changesToDiscard(const QModelIndexList& indexes) const
{
    QList<qint64> seqs;
    for (const QModelIndex& index : indexes) {
        if (isStep(index)) {
            for (const JournalEntry& e : m_steps.at(index.row()).changes)
                seqs.append(e.seq);
        } else if (const JournalEntry* e = entry(index)) {
            seqs.append(e->seq);
        }
    }
    std::sort(seqs.begin(), seqs.end(), std::greater<>());
    seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
    return seqs;
}

QList<changes::PropertyDiff> PendingChangesModel::diff(const QModelIndex& index) const
{
    const JournalEntry* e = entry(index);
    return e ? changes::propertyDiff(e->before, e->after) : QList<changes::PropertyDiff>();
}

QString PendingChangesModel::changeSummary(const JournalEntry& e) const
{
    return changes::summary(e.kind, e.key, e.before, e.after, m_userName);
}

QModelIndex PendingChangesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_steps.size() ? createIndex(row, column, kStepId) : QModelIndex();
    if (!isStep(parent) || parent.column() != 0)
        return {};
    const Step& step = m_steps.at(parent.row());
    return row < step.changes.size()
               ? createIndex(row, column, static_cast<quintptr>(parent.row()) + 1)
               : QModelIndex();
}

QModelIndex PendingChangesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kStepId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kStepId);
}

int PendingChangesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_steps.size());
    if (isStep(parent) && parent.column() == 0)
        return static_cast<int>(m_steps.at(parent.row()).changes.size());
    return 0;
}

int PendingChangesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PendingChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (isStep(index)) {
        const Step& step = m_steps.at(index.row());
        const int n = static_cast<int>(step.changes.size());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            switch (index.column()) {
            case ChangeColumn:
                return step.description;
            case KindColumn:
                return tr("%n change(s)", nullptr, n);
            case TimeColumn:
                return format::dateTime(step.createdAt);
            }
        }
        if (role == Qt::ToolTipRole)
            return tr("One step: undone, redone and discarded as a whole (%n change(s))", nullptr, n);
        if (role == SortRole && index.column() == TimeColumn)
            return step.createdAt;
        if (role == EntryKeyRole)
            return QString::number(step.group);
        return {};
    }
    const JournalEntry* e = entry(index);
    const changes::Action action = changes::actionOf(e->before, e->after);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ChangeColumn:
            return changeSummary(*e);
        case KindColumn:
            return tr("%1 %2").arg(entityKindText(e->kind), actionText(action));
        case TimeColumn:
            return format::dateTime(e->createdAt);
        }
        return {};
    case Qt::DecorationRole:
        // The icon repeats what the Kind column says in words: never the only sign.
        return index.column() == ChangeColumn ? QVariant(actionIcon(action)) : QVariant();
    case Qt::ToolTipRole: {
        const QList<changes::PropertyDiff> d = changes::propertyDiff(e->before, e->after);
        QStringList lines{changeSummary(*e)};
        for (qsizetype i = 0; i < d.size() && i < 12; ++i) {
            const changes::PropertyDiff& p = d.at(i);
            lines.append(p.before.isEmpty()  ? tr("%1: + %2").arg(p.property, p.after.left(80))
                         : p.after.isEmpty() ? tr("%1: − %2").arg(p.property, p.before.left(80))
                                             : tr("%1: %2 → %3")
                                                   .arg(p.property, p.before.left(60), p.after.left(60)));
        }
        if (d.size() > 12)
            lines.append(tr("… %n more", nullptr, static_cast<int>(d.size() - 12)));
        return lines.join(QLatin1Char('\n'));
    }
    case SortRole:
        return index.column() == TimeColumn ? QVariant(e->createdAt) : QVariant(e->seq);
    case EntryKeyRole:
        return e->key;
    default:
        return {};
    }
}

QVariant PendingChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case KindColumn:
        return tr("What");
    case TimeColumn:
        return tr("When");
    }
    return {};
}

} // namespace gh
