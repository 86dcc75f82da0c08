// Fuzz target: knownhosts::parse, which reads OpenSSH known_hosts files given by the user (and,
// later, from the tenant). Every bad line must be reported with the source and its line, the
// good entries must be whole keys, and the writer's output must read back to the same entries
// without a problem.

#include "tests/fuzz/FuzzSupport.h"

#include "app/domain/KnownHosts.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace gh;
    const auto parsed = knownhosts::parse(fuzz::bytes(data, size), QStringLiteral("fuzz"));
    if (!parsed) {
        fuzz::requireNamedError(parsed.error(), "knownhosts::parse");
        fuzz::check(size > size_t(knownhosts::MaxInputSize), "knownhosts::parse failed on input within the size limit",
                    parsed.error().toString());
        return 0;
    }
    fuzz::check(parsed->problems.size() <= knownhosts::MaxProblems + 1, "knownhosts::parse: unbounded problems");
    int lastLine = 0;
    for (const Error& problem : parsed->problems) {
        fuzz::requireNamedError(problem, "knownhosts::parse");
        fuzz::check(problem.where.startsWith(QLatin1String("fuzz:")), "knownhosts::parse: problem without a line", problem.where);
        for (const QChar c : problem.message)
            fuzz::check(c.isPrint(), "knownhosts::parse: a control character in a message", problem.message);
    }
    for (const knownhosts::Entry& entry : parsed->entries) {
        fuzz::check(entry.line > lastLine, "knownhosts::parse: entries out of line order");
        lastLine = entry.line;
        fuzz::check(!entry.hosts.isEmpty() && !entry.keyType.isEmpty() && !entry.blob.isEmpty(),
                    "knownhosts::parse: an entry without hosts, type or key", knownhosts::toLine(entry));
        const QString fingerprint = entry.fingerprintSha256();
        fuzz::check(fingerprint.startsWith(QLatin1String("SHA256:")) && fingerprint.size() == 7 + 43,
                    "knownhosts: fingerprint not SHA256:<43 base64>", fingerprint);
        fuzz::check(entry.bits() >= 0, "knownhosts: negative bits");
    }

    const QByteArray written = knownhosts::serialize(parsed->entries);
    const auto again = knownhosts::parse(written, QStringLiteral("again"));
    fuzz::check(again.ok(), "knownhosts: written entries exceed the size limit");
    fuzz::check(again->problems.isEmpty(), "knownhosts: written entries do not read back",
                again->problems.isEmpty() ? QString() : again->problems.first().toString());
    fuzz::check(again->entries.size() == parsed->entries.size(), "knownhosts: written entries read back to another count");
    for (qsizetype i = 0; i < again->entries.size(); ++i)
        fuzz::check(again->entries.at(i).sameAs(parsed->entries.at(i)), "knownhosts: an entry changes when written and read",
                    knownhosts::toLine(parsed->entries.at(i)));
    return 0;
}
