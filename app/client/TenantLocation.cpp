#include "app/client/TenantLocation.h"

#include "app/client/local/Seeder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantLocation)
};
} // namespace

QString defaultDemoTenantPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/gatehouse/demo.ghtenant");
}

Result<std::shared_ptr<LocalTenant>> openOrCreateDemoTenant(const QString& path, const QDateTime& now)
{
    if (!QFileInfo::exists(path)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return Error::make(Error::Kind::Io, Tr::tr("cannot create the data folder"), folder);
        Status created = Seeder::createTenantFile(path, [&](TenantStore& store) { return Seeder::populateDemo(store, now); });
        // Another process may have created it at the same moment: then open theirs.
        if (!created && !(created.error().kind == Error::Kind::Conflict && QFileInfo::exists(path)))
            return created.error();
    }
    return LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
}

} // namespace gh
