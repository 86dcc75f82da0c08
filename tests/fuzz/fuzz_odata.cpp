// Fuzz target: Cloud Integration's OData V2 payloads as the remote backend reads them
// (remote::odataResults / odataEntity and the decoders of RemoteSecurityContent), which come from
// the network. A failure is MalformedResponse naming the request and a JSON path under "$"; a
// keystore entry read has an upper-case Hexalias and the keystore it was asked for. The bytes
// are also read as a keystore entry's chain file (remote::splitChainPem).

#include "tests/fuzz/FuzzSupport.h"

#include "app/client/remote/RemoteSecurityContent.h"

#include <cstddef>
#include <cstdint>

namespace {

const QString kWhere = QStringLiteral("GET /x");

void checkFailure(const gh::Error& e, const char* what)
{
    gh::fuzz::check(e.kind == gh::Error::Kind::MalformedResponse, what, e.toString());
    gh::fuzz::check(e.where == kWhere, "the request is not in where", e.toString());
    gh::fuzz::check(e.field.startsWith(QLatin1Char('$')), "no JSON path in field", e.toString());
}

template<class T, class F>
void decodeEach(const QJsonArray& items, F decode)
{
    auto decoded = gh::remote::decodeArray<T>(items, QStringLiteral("$.d.results"), kWhere, decode);
    if (!decoded)
        checkFailure(decoded.error(), "decodeArray: not MalformedResponse");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    gh::remote::HttpResponse response;
    response.status = 200;
    response.body = gh::fuzz::bytes(data, size).toByteArray();
    response.where = kWhere;

    const auto results = gh::remote::odataResults(response);
    if (!results) {
        // An unreadable body is reported by HttpResponse::json with the request only.
        if (results.error().kind != gh::Error::Kind::MalformedResponse || results.error().where != kWhere)
            gh::fuzz::fail("odataResults: an untyped failure", results.error().toString());
    } else {
        decodeEach<gh::UserCredential>(*results, gh::remote::decodeUserCredential);
        decodeEach<gh::OAuth2ClientCredential>(*results, gh::remote::decodeOAuth2ClientCredential);
        decodeEach<gh::SecureParameter>(*results, gh::remote::decodeSecureParameter);
        auto entries = gh::remote::decodeArray<gh::KeystoreEntry>(
            *results, QStringLiteral("$.d.results"), kWhere,
            [](const QJsonObject& o, const QString& p) { return gh::remote::decodeKeystoreEntry(o, p, QStringLiteral("KeyRenewal")); });
        if (!entries) {
            checkFailure(entries.error(), "keystore: not MalformedResponse");
        } else {
            for (const gh::KeystoreEntry& e : *entries) {
                gh::fuzz::check(e.hexalias == e.hexalias.toUpper(), "keystore: Hexalias not upper case", e.hexalias);
                gh::fuzz::check(e.keystore == QLatin1String("KeyRenewal"), "keystore: not the keystore asked for", e.keystore);
            }
        }
    }
    // The same bytes as a chain file (ChainResource/$value, Certificate/$value): PEM blocks each
    // parsing as a certificate, or MalformedResponse naming the request.
    const auto chain = gh::remote::splitChainPem(response.body, kWhere);
    if (!chain) {
        gh::fuzz::check(chain.error().kind == gh::Error::Kind::MalformedResponse && chain.error().where == kWhere,
                        "chain: not MalformedResponse naming the request", chain.error().toString());
    } else {
        for (const QByteArray& pem : *chain)
            gh::fuzz::check(pem.startsWith("-----BEGIN CERTIFICATE-----") && pem.endsWith("-----END CERTIFICATE-----\n"),
                            "chain: a block that is not one PEM certificate", QString::fromLatin1(pem.left(80)));
    }
    const auto entity = gh::remote::odataEntity(response);
    if (entity) {
        auto credential = gh::remote::decodeOAuth2ClientCredential(*entity, QStringLiteral("$.d"));
        if (!credential)
            gh::fuzz::check(credential.error().where.startsWith(QStringLiteral("$.d")) || credential.error().field.startsWith(QStringLiteral("$.d")),
                            "oauth2: no JSON path", credential.error().toString());
    }
    return 0;
}
