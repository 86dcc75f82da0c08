// Fuzz target: properties::parse, which reads destination files exported from the BTP cockpit
// (or written by hand). A failure must name the file and line; a success must write back, with
// escapeKey/escapeValue, to text that reads to the same keys and values.

#include "tests/fuzz/FuzzSupport.h"

#include "app/domain/JavaProperties.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto entries = gh::properties::parse(gh::fuzz::bytes(data, size), QStringLiteral("fuzz"));
    if (!entries) {
        gh::fuzz::requireNamedError(entries.error(), "properties::parse");
        gh::fuzz::check(entries.error().where.startsWith(QLatin1String("fuzz:")),
                        "properties::parse: error without a line", entries.error().where);
        return 0;
    }
    QString text;
    QList<QPair<QString, QString>> written;
    for (const gh::properties::Entry& e : *entries) {
        gh::fuzz::check(e.line >= 1, "properties::parse: entry without a line");
        gh::fuzz::check(!e.key.isEmpty(), "properties::parse: entry without a key");
        if (e.commented)
            continue;
        text += gh::properties::escapeKey(e.key) + QLatin1Char('=') +
                gh::properties::escapeValue(e.value) + QLatin1Char('\n');
        written.append({e.key, e.value});
    }
    const auto back = gh::properties::parse(text.toUtf8(), QStringLiteral("again"));
    gh::fuzz::check(back.ok(), "properties: escaped output does not read back",
                    back.ok() ? QString() : back.error().toString());
    QList<QPair<QString, QString>> read;
    for (const gh::properties::Entry& e : *back)
        read.append({e.key, e.value});
    gh::fuzz::check(read == written, "properties: escape then parse changes the entries");
    return 0;
}
