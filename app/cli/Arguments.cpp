#include "app/cli/Arguments.h"

#include <QSaveFile>

namespace gh::cli {

std::optional<int> parseArgs(const Context& context, const QString& command, const QStringList& args,
                             const QStringList& valueOptions, const QStringList& flagOptions, Args& out,
                             const QStringList& repeatable)
{
    bool operandsOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (operandsOnly || a == QLatin1String("-") || !a.startsWith(QLatin1Char('-'))) {
            out.operands.append(a);
            continue;
        }
        if (a == QLatin1String("--")) {
            operandsOnly = true;
            continue;
        }
        if (a == QLatin1String("-o"))
            a = QStringLiteral("--output");
        QString value;
        bool inlineValue = false;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (a.startsWith(QLatin1String("--")) && eq > 2) {
            value = a.mid(eq + 1);
            a.truncate(eq);
            inlineValue = true;
        }
        if (valueOptions.contains(a)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    return context.usage(Text::tr("%1 needs a value").arg(a));
                value = args.at(++i);
            }
            out.values[a].append(value);
        } else if (flagOptions.contains(a) && !inlineValue) {
            out.flags.insert(a);
        } else {
            return context.usage(Text::tr("unknown option '%1' for %2").arg(args.at(i), command));
        }
    }
    for (auto it = out.values.cbegin(); it != out.values.cend(); ++it) {
        if (it.value().size() > 1 && !repeatable.contains(it.key()))
            return context.usage(Text::tr("%1 given more than once").arg(it.key()));
    }
    return std::nullopt;
}

std::optional<int> expectOperands(const Context& context, const QString& command, const Args& args,
                                  qsizetype count, const QString& names)
{
    if (args.operands.size() < count)
        return context.usage(Text::tr("%1 needs %2").arg(command, names));
    if (args.operands.size() > count)
        return context.usage(Text::tr("unexpected argument '%1'").arg(args.operands.at(count)));
    return std::nullopt;
}

Status writeOutput(const QString& output, const QByteArray& bytes)
{
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, Text::tr("cannot write the file: %1").arg(file.errorString()),
                           output);
    return {};
}

int emitOutput(const Context& context, const QString& output, const QByteArray& bytes)
{
    if (output.isEmpty()) {
        context.writeBinary(bytes);
        return Success;
    }
    if (const Status written = writeOutput(output, bytes); !written)
        return context.fail(written.error());
    return Success;
}

} // namespace gh::cli
