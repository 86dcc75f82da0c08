#pragma once

// The progress of one pull or push: a row per resource (pull: rows read; push: changes sent,
// conflicts, refused), a busy bar, Cancel while it runs (the workspace functions stop between
// resources or entries) and Close once done, with the outcome in words and an icon.

#include "app/domain/Types.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Push.h"

#include <QDialog>

#include <map>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gh {

class SyncSession;

class SyncProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Pull, Push };
    // Follows `session`'s next pull or push (started by the caller).
    SyncProgressDialog(SyncSession& session, Mode mode, QWidget* parent = nullptr);

    bool isFinished() const { return m_finished; }
    QString outcomeText() const;
    // Each row as "resource: count …" (for tests and screen readers alike).
    QStringList rowTexts() const;
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QTreeWidgetItem* row(EntityKind kind);
    void onPullProgress(EntityKind kind, qint64 count);
    void onPushProgress(const PushItem& item);
    void onPullFinished(const Result<PullSummary>& result);
    void onPushFinished(const Result<PushSummary>& result);
    void finish(bool ok, const QString& text);

    SyncSession& m_session;
    Mode m_mode;
    QTreeWidget* m_rows = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_outcome = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    std::map<EntityKind, QTreeWidgetItem*> m_items;
    std::map<EntityKind, std::map<PushItem::Outcome, int>> m_pushCounts;
    bool m_finished = false;
};

} // namespace gh
