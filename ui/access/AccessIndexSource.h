#pragma once

// One AccessIndex per pane, built off the GUI thread from the workspace's users and role
// collections and rebuilt when Workspace::entitiesChanged says users, role collections or
// assignments changed (coalesced: one rebuild per step). Views (the user details' access tree,
// the "Who can…" dialog) share it and follow indexChanged().

#include "app/domain/Access.h"
#include "app/workspace/Workspace.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace gh {



class AccessIndexSource final : public QObject
{
    Q_OBJECT

public:
    explicit AccessIndexSource(QObject* parent = nullptr);
    ~AccessIndexSource() override;

    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }

    // The latest index (null until the first build finished, and without a workspace).
    std::shared_ptr<const AccessIndex> index() const { return m_index; }
    bool isBuilding() const { return m_building; }

public Q_SLOTS:
    void rebuild();

Q_SIGNALS:
    void indexChanged();
    void buildFailed(const QString& message);

private:
    void scheduleRebuild();

    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_changed;
    std::shared_ptr<const AccessIndex> m_index;
    quint64 m_generation = 0;
    bool m_building = false;
    bool m_queued = false;
};

} // namespace gh
