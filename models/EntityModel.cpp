#include "models/EntityModel.h"

#include "app/workspace/Workspace.h"

#include <QGuiApplication>

namespace gh {

namespace {
// The application's palette; a plain one in a program without QtGui's application object.
QPalette applicationPalette()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QGuiApplication::palette()
                                                                        : QPalette();
}
} // namespace

EntityModel::EntityModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock), m_palette(applicationPalette())
{
}

EntityModel::~EntityModel() = default;

void EntityModel::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    disconnect(m_changedConnection);
    ++m_generation; // whatever the previous workspace still delivers is dropped
    m_workspace = workspace;
    m_loaded = false;
    m_error.clear();
    clearEntries();
    if (!m_workspace) {
        setLoading(false);
        return;
    }
    m_changedConnection =
        connect(m_workspace, &Workspace::entitiesChanged, this, [this](EntityKind kind) {
            if (dependsOn(kind))
                scheduleReload();
        });
    reload();
}

void EntityModel::setPalette(const QPalette& palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole});
}

void EntityModel::reload()
{
    if (!m_workspace)
        return;
    ++m_generation;
    setLoading(true);
    fetch(*m_workspace, m_generation);
}

void EntityModel::scheduleReload()
{
    // One apply() may announce several kinds (a collection and its assignments): reload once.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadQueued = false;
            reload();
        },
        Qt::QueuedConnection);
}

void EntityModel::finishLoad(quint64 generation, const QString& error)
{
    if (!isCurrentLoad(generation))
        return;
    m_error = error;
    setLoading(false);
    if (error.isEmpty()) {
        m_loaded = true;
        Q_EMIT loaded();
    } else {
        Q_EMIT loadFailed(error);
    }
}

void EntityModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace gh
