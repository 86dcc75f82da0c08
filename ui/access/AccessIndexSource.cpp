#include "ui/access/AccessIndexSource.h"

#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"

#include <QtConcurrent>

namespace gh {

namespace {

using IndexResult = Result<std::shared_ptr<const AccessIndex>>;

// Runs on a pool thread: the index hashes every user and collection.
IndexResult build(QList<User> users, QList<RoleCollection> collections)
{
    return std::shared_ptr<const AccessIndex>(std::make_shared<AccessIndex>(
        std::move(users), std::move(collections), Catalogue::builtIn()));
}

} // namespace

AccessIndexSource::AccessIndexSource(QObject* parent) : QObject(parent) {}

AccessIndexSource::~AccessIndexSource() = default;

void AccessIndexSource::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    disconnect(m_changed);
    m_workspace = workspace;
    ++m_generation;
    m_index.reset();
    m_building = false;
    if (m_workspace) {
        m_changed = connect(m_workspace, &Workspace::entitiesChanged, this, [this](EntityKind kind) {
            if (kind == EntityKind::User || kind == EntityKind::RoleCollection ||
                kind == EntityKind::Assignment)
                scheduleRebuild();
        });
        rebuild();
    } else {
        Q_EMIT indexChanged();
    }
}

void AccessIndexSource::scheduleRebuild()
{
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_queued = false;
            rebuild();
        },
        Qt::QueuedConnection);
}

void AccessIndexSource::rebuild()
{
    if (!m_workspace)
        return;
    const quint64 generation = ++m_generation;
    m_building = true;
    whenFinished(m_workspace->client().users().list(), this,
                 [this, generation](const Result<QList<User>>& users) {
                     if (generation != m_generation || !m_workspace)
                         return;
                     if (!users) {
                         m_building = false;
                         Q_EMIT buildFailed(users.error().toString());
                         return;
                     }
                     whenFinished(
                         m_workspace->client().roleCollections().list(), this,
                         [this, generation,
                          users = users.value()](const Result<QList<RoleCollection>>& collections) {
                             if (generation != m_generation)
                                 return;
                             if (!collections) {
                                 m_building = false;
                                 Q_EMIT buildFailed(collections.error().toString());
                                 return;
                             }
                             whenFinished(QtConcurrent::run(build, users, collections.value()),
                                          this, [this, generation](const IndexResult& built) {
                                              if (generation != m_generation)
                                                  return;
                                              m_building = false;
                                              if (!built) {
                                                  Q_EMIT buildFailed(built.error().toString());
                                                  return;
                                              }
                                              m_index = built.value();
                                              Q_EMIT indexChanged();
                                          });
                         });
                 });
}

} // namespace gh
