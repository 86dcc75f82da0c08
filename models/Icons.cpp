#include "models/Icons.h"

#include <QFile>
#include <QGuiApplication>

// The resources of a static library need an explicit initialisation, outside any namespace.
static void initGatehouseIcons()
{
    Q_INIT_RESOURCE(gatehouse_icons);
}

namespace gh::Icons {

namespace {

QString resourcePath(const QString& name)
{
    static const bool initialised = [] {
        initGatehouseIcons();
        return true;
    }();
    Q_UNUSED(initialised);
    return QStringLiteral(":/gatehouse/icons/") + name + QStringLiteral(".svg");
}

} // namespace

QIcon shipped(const QString& resourceName)
{
    const QString path = resourcePath(resourceName);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QIcon themed(const QString& themeName, const QString& resourceName)
{
    // Icon themes come from the platform, which only a GUI application has.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return shipped(resourceName);
    return QIcon::fromTheme(themeName, shipped(resourceName));
}

QIcon forStatus(ExpiryStatus status)
{
    // Gatehouse's own names: a theme may override them, but generic theme icons (often
    // monochrome symbolic ones) would not match the state colours.
    switch (status) {
    case ExpiryStatus::Valid:
        return themed(QStringLiteral("gatehouse-status-valid"), QStringLiteral("status-valid"));
    case ExpiryStatus::Expiring:
        return themed(QStringLiteral("gatehouse-status-expiring"),
                      QStringLiteral("status-expiring"));
    case ExpiryStatus::Expired:
        return themed(QStringLiteral("gatehouse-status-expired"), QStringLiteral("status-expired"));
    case ExpiryStatus::NotYetValid:
        return themed(QStringLiteral("gatehouse-status-not-yet-valid"),
                      QStringLiteral("status-not-yet-valid"));
    case ExpiryStatus::Unknown:
        break;
    }
    return themed(QStringLiteral("gatehouse-status-unknown"), QStringLiteral("status-unknown"));
}

QIcon readOnly()
{
    return themed(QStringLiteral("gatehouse-read-only"), QStringLiteral("lock"));
}

QIcon secretSet()
{
    return themed(QStringLiteral("gatehouse-secret-set"), QStringLiteral("secret-set"));
}

QIcon secretMissing()
{
    return themed(QStringLiteral("gatehouse-secret-missing"), QStringLiteral("secret-missing"));
}

QIcon application()
{
    return themed(QStringLiteral("gatehouse"), QStringLiteral("gatehouse"));
}

} // namespace gh::Icons
