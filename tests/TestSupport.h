#pragma once

// Helpers shared by the tests: real files in temporary folders, the recorded SAP samples read
// from ../shared (never copied), and a fixed clock.

#include "app/domain/Result.h"

#include <QDateTime>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace gh::test {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
}

inline QString sharedPath(const QString& relative)
{
    return QStringLiteral(GATEHOUSE_SHARED_DIR) + QLatin1Char('/') + relative;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The response body of the last recorded call in a btp-recorded sample.
inline QJsonValue recordedBody(const QString& name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(sharedPath(QStringLiteral("reference/samples/btp-recorded/") + name)));
    const QJsonArray calls = doc.array();
    return calls.isEmpty() ? QJsonValue() : calls.last().toObject().value(QStringLiteral("body"));
}

} // namespace gh::test
