#pragma once

// The workspace's "where used" index (app/workspace/WhereUsed) for the details views: built off
// the GUI thread on first request, rebuilt when destinations, destination certificates, keystore
// entries, role collections or roles change. One per workspace (a child of it), shared by every
// pane's details view.

#include "app/workspace/WhereUsed.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace gh {

class Workspace;

class WhereUsedSource final : public QObject
{
    Q_OBJECT

public:
    // The source of `workspace`, made on first use as its child; null for a null workspace.
    static WhereUsedSource* of(Workspace* workspace);

    // The last index built; null until the first build finished (or when it failed).
    const whereused::WhereUsedIndex* index() const { return m_index ? &*m_index : nullptr; }
    // Why the last build failed; empty when it did not.
    QString problem() const { return m_problem; }
    bool isBuilding() const { return m_building; }
    // Builds the index when it is out of date and no build is running; `updated` follows.
    void request();

Q_SIGNALS:
    void updated();

private:
    explicit WhereUsedSource(Workspace* workspace);
    void entitiesChanged(EntityKind kind);

    QPointer<Workspace> m_workspace;
    std::optional<whereused::WhereUsedIndex> m_index;
    QString m_problem;
    bool m_stale = true;
    bool m_building = false;
    bool m_requested = false; // someone asked: rebuild on changes
};

} // namespace gh
