#pragma once

// Helpers for the fuzz targets: a failed check prints what broke and aborts (libFuzzer and the
// standalone driver both treat that as a crash and keep the input).

#include "app/domain/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace gh::fuzz {

[[noreturn]] inline void fail(const char* check, const QString& detail = {})
{
    std::fprintf(stderr, "==== fuzz check failed: %s\n", check);
    if (!detail.isEmpty())
        std::fprintf(stderr, "==== %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool condition, const char* what, const QString& detail = {})
{
    if (!condition)
        fail(what, detail);
}

// House rule: bad input gives a clear error that names what (message) and where.
inline void requireNamedError(const Error& error, const char* parser)
{
    if (error.message.trimmed().isEmpty())
        fail(parser, QStringLiteral("an error without a message: ") + error.toString());
    if (error.where.isEmpty() && error.field.isEmpty())
        fail(parser, QStringLiteral("an error that names no place (neither where nor field): ") + error.toString());
}

inline QByteArrayView bytes(const uint8_t* data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// QSqlDatabase needs a QCoreApplication to load its driver plugin. Created once and never
// destroyed (it lives until the process exits, as the fuzzer does).
inline void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "gatehouse-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace gh::fuzz
