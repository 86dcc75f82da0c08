// What the tenant copy tests share: waiting for a future, an error as text for QVERIFY2, whether
// the test runs inside the throwaway keyring of tests/with-keyring.sh, a copy item by name, a
// fresh demo tenant opened, and a workspace's listing.
#pragma once

#include "DemoTenant.h"
#include "app/workspace/TenantCopy.h"
#include "app/workspace/TenantDiff.h"
#include "app/workspace/Workspace.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QTest>

namespace gh::copytest {

template<class T>
T await(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 120000)
        QTest::qWait(5);
    return future.result();
}

template<class R>
QByteArray why(const R& r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

inline bool insideThrowawayKeyring()
{
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QString data = QDir(qEnvironmentVariable("XDG_DATA_HOME")).canonicalPath();
    const QString temp = QDir(QDir::tempPath()).canonicalPath();
    return !bus.isEmpty() && !bus.startsWith(QLatin1String("disabled:")) && !data.isEmpty() &&
           data.startsWith(temp + QLatin1Char('/'));
}

inline copying::CopyItem item(const QString& text)
{
    const Result<copying::CopyItem> r = copying::parseCopyItem(text);
    if (!r)
        qFatal("%s", r.error().toString().toUtf8().constData());
    return *r;
}

// A fresh demo tenant file `name` in `dir` (one of that name is replaced), opened.
inline std::shared_ptr<LocalTenant> openDemoTenant(const QTemporaryDir& dir, const QString& name)
{
    QFile::remove(dir.filePath(name));
    const QString path = test::createDemoTenant(dir, test::fixedNow(), name);
    if (path.isEmpty())
        qFatal("the demo tenant %s could not be made", qPrintable(name));
    auto t = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
    return t ? *t : nullptr;
}

// The listing of `kinds` of a workspace's tenant (fatal when it cannot be read).
inline TenantListing listed(Workspace& ws, const QList<EntityKind>& kinds)
{
    Result<TenantListing> r = await(listTenant(ws.client(), kinds));
    if (!r)
        qFatal("%s", r.error().toString().toUtf8().constData());
    return *r;
}

} // namespace gh::copytest
