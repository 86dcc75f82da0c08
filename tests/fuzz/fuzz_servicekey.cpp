// Fuzz target: ServiceKey::parse, which reads BTP service key files given on the command line
// (`profile add --service-key`). A failure must name the source and a JSON path; a success must
// hold only https URLs, a client id and a non-empty secret, and keep no secret or private key
// among the unknown fields it carries along.

#include "tests/fuzz/FuzzSupport.h"

#include "app/client/remote/ServiceKey.h"

#include <cstddef>
#include <cstdint>

namespace {

void checkUrl(const QUrl& url, const char* what)
{
    gh::fuzz::check(url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty(), what,
                    url.toString());
}

void checkExtra(const QJsonObject& extra, const char* where)
{
    for (const char* key : {"clientsecret", "key", "certificate"})
        gh::fuzz::check(!extra.contains(QLatin1String(key)), where, QString::fromLatin1(key));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString source = QStringLiteral("fuzz.json");
    const auto key = gh::remote::ServiceKey::parse(gh::fuzz::bytes(data, size), source);
    if (!key) {
        gh::fuzz::requireNamedError(key.error(), "ServiceKey::parse");
        gh::fuzz::check(key.error().where == source, "ServiceKey::parse: error does not name the file",
                        key.error().toString());
        gh::fuzz::check(key.error().field.startsWith(QLatin1Char('$')),
                        "ServiceKey::parse: error without a JSON path", key.error().toString());
        return 0;
    }
    checkUrl(key->tokenUrl, "ServiceKey: token URL not https");
    checkUrl(key->apiRoot, "ServiceKey: API root not https");
    gh::fuzz::check(!key->clientId.trimmed().isEmpty(), "ServiceKey: empty client id");
    gh::fuzz::check(!key->clientSecret.isEmpty(), "ServiceKey: empty client secret");
    checkExtra(key->extra, "ServiceKey: a secret among the unknown fields");
    checkExtra(key->extra.value(QStringLiteral("oauth")).toObject(), "ServiceKey: a secret among oauth's unknown fields");
    return 0;
}
