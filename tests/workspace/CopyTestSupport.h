// What the tenant copy tests share: waiting for a future, an error as text for QVERIFY2, whether
// the test runs inside the throwaway keyring of tests/with-keyring.sh, and a copy item by name.
#pragma once

#include "app/workspace/TenantCopy.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
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

} // namespace gh::copytest
