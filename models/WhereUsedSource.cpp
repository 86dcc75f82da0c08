#include "models/WhereUsedSource.h"

#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"

namespace gh {

namespace {
const char* const kObjectName = "whereUsedSource";
}

WhereUsedSource* WhereUsedSource::of(Workspace* workspace)
{
    if (!workspace)
        return nullptr;
    if (auto* existing = workspace->findChild<WhereUsedSource*>(QLatin1String(kObjectName), Qt::FindDirectChildrenOnly))
        return existing;
    return new WhereUsedSource(workspace);
}

WhereUsedSource::WhereUsedSource(Workspace* workspace) : QObject(workspace), m_workspace(workspace)
{
    setObjectName(QLatin1String(kObjectName));
    connect(workspace, &Workspace::entitiesChanged, this, &WhereUsedSource::entitiesChanged);
}

void WhereUsedSource::entitiesChanged(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Destination:
    case EntityKind::DestinationCertificate:
    case EntityKind::KeystoreEntry:
    case EntityKind::RoleCollection:
    case EntityKind::Role:
        m_stale = true;
        if (m_requested)
            request();
        break;
    default:
        break;
    }
}

void WhereUsedSource::request()
{
    m_requested = true;
    if (!m_stale || m_building || !m_workspace)
        return;
    m_stale = false;
    m_building = true;
    whenFinished(whereused::buildWhereUsed(m_workspace->client()), this,
                 [this](const Result<whereused::WhereUsedIndex>& built) {
                     m_building = false;
                     if (built) {
                         m_index = *built;
                         m_problem.clear();
                     } else {
                         m_problem = built.error().toString();
                     }
                     // A change while building: build again with it.
                     if (m_stale)
                         request();
                     Q_EMIT updated();
                 });
}

} // namespace gh
