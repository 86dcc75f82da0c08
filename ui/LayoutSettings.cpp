#include "ui/LayoutSettings.h"

#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/Panes.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace gh {

namespace {

constexpr quint8 kPaneLayoutVersion = 1;

// A splitter's sizes, applied when it first shows: before, it has no real width yet, and
// growing to it would share the difference by stretch factor instead of keeping the user's split.
class SplitWhenShown final : public QObject
{
public:
    SplitWhenShown(QSplitter* splitter, QByteArray state) : QObject(splitter), m_splitter(splitter), m_state(std::move(state))
    {
        splitter->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_splitter && event->type() == QEvent::Show) {
            m_splitter->removeEventFilter(this);
            // Layouts settle after the show event: apply on the next turn of the event loop.
            QMetaObject::invokeMethod(this, [this] {
                m_splitter->restoreState(m_state);
                deleteLater();
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QSplitter* m_splitter;
    QByteArray m_state;
};

QString paneKey(const EntityPane* pane)
{
    return QStringLiteral("layout/panes/") + pane->id();
}

QByteArray paneLayout(const EntityPane* pane)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    const bool userSized = pane->userSizedColumns();
    stream << kPaneLayoutVersion << userSized
           << (userSized ? pane->view()->horizontalHeader()->saveState() : QByteArray())
           << pane->splitter()->saveState();
    return out;
}

// A layout that does not read (another version, a damaged file) is ignored: the pane fits its
// columns as on a first start.
void restorePaneLayout(EntityPane* pane, const QByteArray& layout)
{
    QDataStream stream(layout);
    quint8 version = 0;
    bool userSized = false;
    QByteArray header;
    QByteArray split;
    stream >> version >> userSized >> header >> split;
    if (stream.status() != QDataStream::Ok || version != kPaneLayoutVersion)
        return;
    if (userSized && pane->view()->horizontalHeader()->restoreState(header))
        pane->keepColumnWidths();
    if (pane->splitter()->isVisible())
        pane->splitter()->restoreState(split);
    else
        new SplitWhenShown(pane->splitter(), split);
}

} // namespace

void restoreLayout(MainWindow& window, const QSettings& settings)
{
    window.restoreGeometry(settings.value(QStringLiteral("layout/window")).toByteArray());
    window.restoreState(settings.value(QStringLiteral("layout/state")).toByteArray());
    for (PaneId id : allPanes()) {
        if (EntityPane* pane = window.pane(id)) {
            const QByteArray layout = settings.value(paneKey(pane)).toByteArray();
            if (!layout.isEmpty())
                restorePaneLayout(pane, layout);
        }
    }
}

void saveLayout(const MainWindow& window, QSettings& settings)
{
    settings.setValue(QStringLiteral("layout/window"), window.saveGeometry());
    settings.setValue(QStringLiteral("layout/state"), window.saveState());
    for (PaneId id : allPanes()) {
        if (const EntityPane* pane = window.pane(id))
            settings.setValue(paneKey(pane), paneLayout(pane));
    }
}

} // namespace gh
