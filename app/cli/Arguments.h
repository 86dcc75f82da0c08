#pragma once

// Internal to gh_cli: the option parsing and file output the write commands share.

#include "app/cli/Commands.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace gh::cli {

struct Args
{
    QStringList operands;
    QHash<QString, QStringList> values; // option -> every value given, in order
    QSet<QString> flags;

    QString value(const QString& option) const { return values.value(option).value(0); }
    bool has(const QString& option) const { return values.contains(option) || flags.contains(option); }
};

// Parses `args` of `command` ("keystore import"): options in `valueOptions` take a value
// ("--opt V" or "--opt=V"; "-o" is "--output"), those in `flagOptions` none; "--" ends the
// options. Options in `repeatable` may be given more than once, the others only once. Returns the
// usage exit code on a mistake, nullopt when the arguments parse.
std::optional<int> parseArgs(const Context& context, const QString& command, const QStringList& args,
                             const QStringList& valueOptions, const QStringList& flagOptions, Args& out,
                             const QStringList& repeatable = {});

// Exactly `count` operands, else the usage exit code ("`command` needs `names`", "unexpected
// argument").
std::optional<int> expectOperands(const Context& context, const QString& command, const Args& args,
                                  qsizetype count, const QString& names);

// Writes `bytes` to `output` atomically (QSaveFile); Io errors name the file.
Status writeOutput(const QString& output, const QByteArray& bytes);

// A command's file result: to standard output when `output` is empty, else to that file
// (writeOutput); the exit code, failing with the error that names the file.
int emitOutput(const Context& context, const QString& output, const QByteArray& bytes);

} // namespace gh::cli
