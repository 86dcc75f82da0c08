#pragma once

// The workspace's pending changes for review, as a tree: each step (one user action, undone and
// redone as one) with the changes it made under it, oldest first, the order they are pushed in.
// Reloads whenever the workspace's state changes (apply, undo, redo, discard), off the GUI
// thread. Change rows read from the stored forms only (ChangeDiff), so nothing secret shows.

#include "app/client/local/TenantStore.h"
#include "app/workspace/ChangeDiff.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <functional>

namespace gh {

class Workspace;

class PendingChangesModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { ChangeColumn, KindColumn, TimeColumn, ColumnCount };

    explicit PendingChangesModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // Names assignment users (by id) in change summaries; without it they show by id.
    void setUserNames(std::function<QString(const QString& userId)> userName);

    qsizetype stepCount() const { return m_steps.size(); }
    qsizetype changeCount() const;
    bool isLoading() const { return m_loading; }

    // The journal entry of a change row; null for a step row or an invalid index.
    const JournalEntry* entry(const QModelIndex& index) const;
    bool isStep(const QModelIndex& index) const;
    // The changes under `indexes` (a step row stands for all of its changes), newest first: the
    // order in which they can be discarded one by one.
    QList<qint64> changesToDiscard(const QModelIndexList& indexes) const;
    // The property diff of a change row (empty for a step row).
    QList<changes::PropertyDiff> diff(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString& message);

private:
    struct Step
    {
        qint64 group = 0;
        QString description;
        QDateTime createdAt;
        QList<JournalEntry> changes;
    };
    // Internal ids: 0 for a step row, step number + 1 for its change rows.
    QString changeSummary(const JournalEntry& entry) const;

    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_stateConnection;
    std::function<QString(const QString&)> m_userName;
    QList<Step> m_steps;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace gh
