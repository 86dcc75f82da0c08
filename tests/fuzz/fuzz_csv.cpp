// Fuzz target: csv::read, which reads the users and role collections CSV files administrators
// import. A failure must name the file and line; a success must write back to text that reads
// to the same records (the writer quotes whatever the reader can return).

#include "tests/fuzz/FuzzSupport.h"

#include "app/domain/Csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto records = gh::csv::read(gh::fuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    if (!records) {
        gh::fuzz::requireNamedError(records.error(), "csv::read");
        gh::fuzz::check(records.error().where.startsWith(QLatin1String("fuzz.csv:")), "csv::read: error without a line",
                        records.error().where);
        return 0;
    }
    QList<QStringList> rows;
    for (const gh::csv::Record& r : *records) {
        gh::fuzz::check(r.line >= 1, "csv::read: record without a line");
        rows.append(r.fields);
    }
    gh::csv::ReadOptions comma;
    comma.delimiter = u',';
    const auto back = gh::csv::read(gh::csv::write(rows), QStringLiteral("again.csv"), comma);
    gh::fuzz::check(back.ok(), "csv::write: output does not read back", back.ok() ? QString() : back.error().toString());
    // Blank records are skipped on reading: compare the non-blank ones.
    QList<QStringList> expected;
    for (const QStringList& row : rows) {
        if (!(row.size() == 1 && row.first().isEmpty()))
            expected.append(row);
    }
    QList<QStringList> got;
    for (const gh::csv::Record& r : *back)
        got.append(r.fields);
    gh::fuzz::check(got == expected, "csv: write then read changes the records");
    return 0;
}
