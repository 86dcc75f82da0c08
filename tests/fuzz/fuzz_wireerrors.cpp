// Fuzz target: the error bodies and Retry-After headers of SAP's APIs (remote::serverMessage,
// httpError, parseRetryAfter), which come from the network. A message is bounded and free of
// control characters; every status gets a typed error naming the request; a Retry-After is
// never negative.

#include "tests/fuzz/FuzzSupport.h"

#include "app/client/remote/WireErrors.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView body = gh::fuzz::bytes(data, size);
    if (const auto message = gh::remote::serverMessage(body)) {
        gh::fuzz::check(message->size() <= 501, "serverMessage: longer than the bound", message->left(80));
        gh::fuzz::check(!message->trimmed().isEmpty(), "serverMessage: empty message");
        for (QChar c : *message)
            gh::fuzz::check(c.category() != QChar::Other_Control, "serverMessage: a control character", *message);
    }
    // The first byte picks a status, so that every kind is reached.
    const int status = size > 0 ? 400 + int(data[0]) % 200 : 500;
    const gh::Error error = gh::remote::httpError(status, body, QStringLiteral("GET /x"));
    gh::fuzz::check(error.where == QStringLiteral("GET /x"), "httpError: the request is not in where", error.toString());
    gh::fuzz::check(error.message.contains(QStringLiteral("HTTP %1").arg(status)), "httpError: no status in the message",
                    error.toString());
    const QDateTime now(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC);
    if (const auto seconds = gh::remote::parseRetryAfter(body, now))
        gh::fuzz::check(*seconds >= 0, "parseRetryAfter: negative", QString::number(*seconds));
    return 0;
}
