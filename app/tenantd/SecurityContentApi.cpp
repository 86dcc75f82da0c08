#include "app/tenantd/SecurityContentApi.h"

#include "app/client/TenantClient.h"
#include "app/crypto/Certificate.h"
#include "app/tenantd/SecurityContentKeystore.h"
#include "app/tenantd/Tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace gh::tenantd {

namespace {

// The API's own texts for these cases (SAP_APIS.md 1.3).
const QString kExists = QStringLiteral("Entity with specified name already exists.");
const QString kMissing = QStringLiteral("Entity with specified key does not exist.");

QString reason(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 501: return QStringLiteral("Not Implemented");
    default: return QStringLiteral("Internal Server Error");
    }
}

bool isWrite(const QByteArray& method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

HttpResponse odata(int status, const QJsonObject& d)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("d"), d}})
        .withHeader(QByteArrayLiteral("DataServiceVersion"), QByteArrayLiteral("2.0"));
}

HttpResponse collection(const QJsonArray& results)
{
    return odata(200, QJsonObject{{QStringLiteral("results"), results}});
}

HttpResponse accepted()
{
    // "Deployment triggered": 202 without a body (SAP_APIS.md 1.3).
    return HttpResponse::empty(202);
}

HttpResponse clientError(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::NotFound: return SecurityContentApi::odataError(404, kMissing);
    case Error::Kind::Conflict: return SecurityContentApi::odataError(409, error.message);
    case Error::Kind::Validation:
    case Error::Kind::ReadOnly: return SecurityContentApi::odataError(400, error.toString());
    default:
        // The details (file paths, SQL) are for the operator, not for the API client.
        qWarning("tenantd: %s", qPrintable(error.toString()));
        return SecurityContentApi::odataError(500, QStringLiteral("Internal error"));
    }
}

QJsonObject selected(const QJsonObject& o, const HttpRequest& r)
{
    const QString select = r.query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded);
    if (select.trimmed().isEmpty())
        return o;
    QJsonObject out;
    for (const QString& part : select.split(QLatin1Char(','))) {
        const QString key = part.trimmed();
        if (o.contains(key))
            out.insert(key, o.value(key));
    }
    return out;
}

// ---- credentials and secure parameters ----------------------------------------------------------

// What differs between the three credential kinds: the secret's field, and how the wire form
// leaves the stored one.
template<class T>
struct Kind;

template<>
struct Kind<UserCredential>
{
    static constexpr QLatin1String secret{"Password"};
    static bool& secretSet(UserCredential& v) { return v.passwordSet; }
    static ResourceClient<UserCredential>& client(TenantClient& t) { return t.userCredentials(); }
};

template<>
struct Kind<OAuth2ClientCredential>
{
    static constexpr QLatin1String secret{"ClientSecret"};
    static bool& secretSet(OAuth2ClientCredential& v) { return v.clientSecretSet; }
    static ResourceClient<OAuth2ClientCredential>& client(TenantClient& t) { return t.oauth2ClientCredentials(); }
};

template<>
struct Kind<SecureParameter>
{
    static constexpr QLatin1String secret{"SecureParam"};
    static bool& secretSet(SecureParameter& v) { return v.secureParamSet; }
    static ResourceClient<SecureParameter>& client(TenantClient& t) { return t.secureParameters(); }
};

template<class T>
QJsonObject wireOf(const T& value, const HttpRequest& r)
{
    QJsonObject o = value.toJson(JsonStyle::Wire);
    o.insert(QString(Kind<T>::secret), QJsonValue::Null); // never returned (SAP_APIS.md 1.3)
    if constexpr (std::is_same_v<T, OAuth2ClientCredential>) {
        // A navigation property: inline only when expanded.
        const QJsonValue params = o.take(QStringLiteral("CustomParameters"));
        if (r.query.queryItemValue(QStringLiteral("$expand")).split(QLatin1Char(',')).contains(QStringLiteral("CustomParameters")))
            o.insert(QStringLiteral("CustomParameters"), QJsonObject{{QStringLiteral("results"), params}});
    }
    return selected(o, r);
}

// The body of a POST or PUT as T. The secret's value is read only as "set or not": it goes no
// further than this function's JSON, which the caller's request holds anyway.
template<class T>
std::optional<T> bodyOf(const HttpRequest& r, bool* secretSent, HttpResponse& failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        failure = SecurityContentApi::odataError(
            400, error.error != QJsonParseError::NoError
                     ? QStringLiteral("The request body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                     : QStringLiteral("The request body must be a JSON object"));
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    if (o.contains(QStringLiteral("d")) && o.value(QStringLiteral("d")).isObject())
        o = o.value(QStringLiteral("d")).toObject(); // the envelope is accepted too
    const QJsonValue secret = o.value(QString(Kind<T>::secret));
    if (!secret.isUndefined() && !secret.isNull() && !secret.isString()) {
        failure = SecurityContentApi::odataError(400, QStringLiteral("$.%1: expected a string").arg(Kind<T>::secret));
        return std::nullopt;
    }
    *secretSent = secret.isString() && !secret.toString().isEmpty();
    o.remove(QString(Kind<T>::secret)); // the value stops here
    o.remove(QStringLiteral("__metadata"));
    if constexpr (std::is_same_v<T, OAuth2ClientCredential>) {
        const QJsonValue params = o.value(QStringLiteral("CustomParameters"));
        if (params.isObject()) // {"results":[…]} as a read answers it
            o.insert(QStringLiteral("CustomParameters"), params.toObject().value(QStringLiteral("results")));
    }
    auto value = T::fromJson(o);
    if (!value) {
        failure = SecurityContentApi::odataError(400, value.error().toString());
        return std::nullopt;
    }
    if (value->name.trimmed().isEmpty()) {
        failure = SecurityContentApi::odataError(400, QStringLiteral("$.Name: required"));
        return std::nullopt;
    }
    Kind<T>::secretSet(*value) = *secretSent;
    return std::move(value).value();
}

template<class T>
HttpResponse credentials(TenantClient& tenant, const HttpRequest& r, const ODataSegment& s, const QStringList& more)
{
    ResourceClient<T>& client = Kind<T>::client(tenant);
    if (!more.isEmpty())
        return SecurityContentApi::odataError(404, QStringLiteral("No such resource"));
    if constexpr (std::is_same_v<T, SecureParameter>) {
        if (r.query.hasQueryItem(QStringLiteral("$select")))
            return SecurityContentApi::odataError(501, QStringLiteral("$select is not supported."));
    }
    if (!s.key) {
        if (r.method == "GET") {
            auto all = client.list().result();
            if (!all)
                return clientError(all.error());
            QJsonArray out;
            for (const T& v : *all)
                out.append(wireOf(v, r));
            return collection(out);
        }
        if (r.method != "POST")
            return SecurityContentApi::odataError(405, QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)));
        HttpResponse failure;
        bool secretSent = false;
        auto value = bodyOf<T>(r, &secretSent, failure);
        if (!value)
            return failure;
        if constexpr (std::is_same_v<T, SecureParameter>) {
            if (!secretSent)
                return SecurityContentApi::odataError(400, QStringLiteral("$.SecureParam: required"));
        }
        auto current = client.get(value->name).result();
        if (current)
            return SecurityContentApi::odataError(409, kExists);
        if (current.error().kind != Error::Kind::NotFound)
            return clientError(current.error());
        if (auto created = client.create(*value).result(); !created)
            return clientError(created.error());
        return accepted();
    }

    const QString& name = *s.key;
    auto current = client.get(name).result();
    if (!current && current.error().kind != Error::Kind::NotFound)
        return clientError(current.error());
    if (r.method == "GET") {
        if (!current)
            return SecurityContentApi::odataError(404, kMissing);
        return odata(200, wireOf(*current, r));
    }
    if (r.method == "DELETE") {
        if (!current)
            return SecurityContentApi::odataError(404, kMissing);
        if (const Status st = client.remove(name).result(); !st)
            return clientError(st.error());
        return accepted();
    }
    if (r.method != "PUT")
        return SecurityContentApi::odataError(405, QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)));
    HttpResponse failure;
    bool secretSent = false;
    auto value = bodyOf<T>(r, &secretSent, failure);
    if (!value)
        return failure;
    if (value->name != name)
        return SecurityContentApi::odataError(
            400, QStringLiteral("The name in the URI ('%1') differs from the Name in the body ('%2')").arg(name, value->name));
    if (!current)
        return SecurityContentApi::odataError(409, kMissing);
    if (!secretSent)
        Kind<T>::secretSet(*value) = Kind<T>::secretSet(*current);
    if (auto updated = client.update(*value).result(); !updated)
        return clientError(updated.error());
    return accepted();
}

// ---- keystore ------------------------------------------------------------------------------------

QJsonObject entryWire(const KeystoreEntry& e, const HttpRequest& r)
{
    QJsonObject o = e.toJson(JsonStyle::Wire);
    // The store's own fields: the keystore is the request's, the chain its navigation.
    o.remove(QStringLiteral("Keystore"));
    o.remove(QStringLiteral("Chain"));
    return selected(o, r);
}

QJsonObject chainCertificateWire(const KeystoreEntry& e, int index, const crypto::Certificate& c)
{
    return QJsonObject{
        {QStringLiteral("Hexalias"), e.hexalias},
        {QStringLiteral("Alias"), e.alias},
        {QStringLiteral("Index"), index},
        {QStringLiteral("KeyType"), c.keyType()},
        {QStringLiteral("KeySize"), c.keySize()},
        {QStringLiteral("ValidNotBefore"), writeDate(c.notBefore(), JsonStyle::Wire, true)},
        {QStringLiteral("ValidNotAfter"), writeDate(c.notAfter(), JsonStyle::Wire, true)},
        {QStringLiteral("SubjectDN"), c.subjectDN()},
        {QStringLiteral("IssuerDN"), c.issuerDN()},
        {QStringLiteral("SerialNumber"), c.serialHex()},
        {QStringLiteral("SignatureAlgorithm"), c.signatureAlgorithm()},
        {QStringLiteral("Version"), c.version()},
        {QStringLiteral("FingerprintSha1"), c.fingerprint(QCryptographicHash::Sha1)},
        {QStringLiteral("FingerprintSha256"), c.fingerprint(QCryptographicHash::Sha256)},
        {QStringLiteral("FingerprintSha512"), c.fingerprint(QCryptographicHash::Sha512)},
    };
}

// The entries of one keystore, or the failure.
std::optional<QList<KeystoreEntry>> entriesOf(TenantClient& tenant, const QString& keystore, HttpResponse& failure)
{
    auto all = tenant.keystore().list().result();
    if (!all) {
        failure = clientError(all.error());
        return std::nullopt;
    }
    QList<KeystoreEntry> out;
    for (const KeystoreEntry& e : *all)
        if (e.keystore == keystore)
            out.append(e);
    return out;
}

HttpResponse keystoreEntries(TenantClient& tenant, const HttpRequest& r, const ODataSegment& s, const QStringList& more,
                             const QString& keystore)
{
    const bool deleteOne = r.method == "DELETE" && s.key && more.isEmpty() && keystore != QLatin1String("KeyHistory");
    if (r.method != "GET" && !deleteOne)
        return SecurityContentApi::odataError(405, QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)));
    if (deleteOne) {
        // Deleting an entry (activating a renewal entry is SecurityContentKeystore's).
        const QString key = keystore + QLatin1Char('/') + s.key->toUpper();
        auto entry = tenant.keystore().get(key).result();
        if (!entry)
            return entry.error().kind == Error::Kind::NotFound
                ? SecurityContentApi::odataError(404, QStringLiteral("Entry %1 does not exist in keystore %2").arg(*s.key, keystore))
                : clientError(entry.error());
        if (entry->isSapOwned())
            return SecurityContentApi::odataError(400, QStringLiteral("Entry %1 is owned by SAP and cannot be deleted").arg(entry->alias));
        if (const Status st = tenant.keystore().remove(key).result(); !st)
            return clientError(st.error());
        return HttpResponse::empty(204);
    }
    if (!s.key) {
        if (!more.isEmpty())
            return SecurityContentApi::odataError(404, QStringLiteral("No such resource"));
        HttpResponse failure;
        const auto entries = entriesOf(tenant, keystore, failure);
        if (!entries)
            return failure;
        QJsonArray out;
        for (const KeystoreEntry& e : *entries)
            out.append(entryWire(e, r));
        return collection(out);
    }
    // Hexalias keys: either case is accepted, upper case is answered (SAP_APIS.md 1.3).
    auto entry = tenant.keystore().get(keystore + QLatin1Char('/') + s.key->toUpper()).result();
    if (!entry) {
        if (entry.error().kind == Error::Kind::NotFound)
            return SecurityContentApi::odataError(404, QStringLiteral("Entry %1 does not exist in keystore %2").arg(*s.key, keystore));
        return clientError(entry.error());
    }
    if (more.isEmpty())
        return odata(200, entryWire(*entry, r));
    if (more == QStringList{QStringLiteral("Certificate"), QStringLiteral("$value")}) {
        if (entry->chain.isEmpty())
            return SecurityContentApi::odataError(404, QStringLiteral("Entry %1 has no certificate").arg(entry->alias));
        HttpResponse pem = HttpResponse::empty(200);
        pem.body = entry->chain.first();
        return pem.withHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/pkix-cert"));
    }
    if (more == QStringList{QStringLiteral("ChainCertificates")}) {
        QJsonArray out;
        for (qsizetype i = 0; i < entry->chain.size(); ++i) {
            auto c = crypto::Certificate::fromPem(entry->chain.at(i));
            if (!c)
                return clientError(Error::make(Error::Kind::Internal, c.error().message, entry->alias));
            out.append(selected(chainCertificateWire(*entry, int(i), *c), r));
        }
        return collection(out);
    }
    return SecurityContentApi::odataError(404, QStringLiteral("No such resource"));
}

HttpResponse keystores(TenantClient& tenant, const HttpRequest& r, const ODataSegment& s, const QStringList& more)
{
    if (r.method != "GET")
        return SecurityContentApi::odataError(501, QStringLiteral("Changing the keystore is not supported by gatehouse-tenantd yet"));
    if (!s.key || !more.isEmpty())
        return SecurityContentApi::odataError(404, QStringLiteral("No such resource"));
    HttpResponse failure;
    const auto entries = entriesOf(tenant, *s.key, failure);
    if (!entries)
        return failure;
    if (entries->isEmpty() && *s.key != QLatin1String("system"))
        return SecurityContentApi::odataError(404, QStringLiteral("Keystore %1 does not exist").arg(*s.key));
    QDateTime modified;
    QString modifiedBy;
    QJsonArray results;
    for (const KeystoreEntry& e : *entries) {
        if (e.lastModifiedTime.isValid() && (!modified.isValid() || e.lastModifiedTime > modified)) {
            modified = e.lastModifiedTime;
            modifiedBy = e.lastModifiedBy;
        }
        results.append(entryWire(e, r));
    }
    QJsonObject d{{QStringLiteral("Name"), *s.key},
                  {QStringLiteral("LastModifiedBy"), modifiedBy},
                  {QStringLiteral("LastModifiedTime"), writeDate(modified, JsonStyle::Wire, true)},
                  {QStringLiteral("Size"), double(entries->size())}};
    if (r.query.queryItemValue(QStringLiteral("$expand")).split(QLatin1Char(',')).contains(QStringLiteral("Entries")))
        d.insert(QStringLiteral("Entries"), QJsonObject{{QStringLiteral("results"), results}});
    return odata(200, d);
}

QString keystoreParameter(const HttpRequest& r)
{
    return r.query.hasQueryItem(QStringLiteral("keystoreName"))
        ? r.query.queryItemValue(QStringLiteral("keystoreName"), QUrl::FullyDecoded)
        : QStringLiteral("system");
}

} // namespace

SecurityContentApi::SecurityContentApi(TenantClient& tenant, const Clock& clock)
    : m_tenant(tenant), m_keystore(std::make_unique<SecurityContentKeystore>(tenant, clock))
{
}

SecurityContentApi::~SecurityContentApi() = default;

std::optional<ODataSegment> parseODataSegment(const QString& segment)
{
    static const QRegularExpression form(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_]*)(?:\('((?:[^']|'')*)'\))?$)"));
    const QRegularExpressionMatch m = form.match(segment);
    if (!m.hasMatch())
        return std::nullopt;
    ODataSegment out{m.captured(1), std::nullopt};
    if (m.capturedStart(2) >= 0)
        out.key = m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return out;
}

HttpResponse SecurityContentApi::odataError(int status, const QString& message)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{
        {QStringLiteral("code"), reason(status)},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("lang"), QStringLiteral("en")},
                                                {QStringLiteral("value"), message}}}}}});
}

HttpResponse SecurityContentApi::forbidden(const QString& message)
{
    return HttpResponse::json(403, QJsonObject{
        {QStringLiteral("code"), QStringLiteral("Forbidden")},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("lang"), QStringLiteral("en")},
                                                {QStringLiteral("value"), message.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                            : QJsonValue(message)}}}});
}

HttpResponse SecurityContentApi::handle(const HttpRequest& r, const QStringList& rest, const QString& clientId)
{
    // The CSRF handshake: any GET may fetch the client's token (the spec names GET /).
    if (r.method == "GET" && r.header("X-CSRF-Token").compare("Fetch", Qt::CaseInsensitive) == 0) {
        QByteArray& token = m_csrfTokens[clientId];
        if (token.isEmpty())
            token = randomHex(16).view().toByteArray();
        if (rest.isEmpty())
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{{QStringLiteral("EntitySets"), QJsonArray{
                QStringLiteral("KeystoreEntries"), QStringLiteral("Keystores"), QStringLiteral("HistoryKeystoreEntries"),
                QStringLiteral("UserCredentials"), QStringLiteral("OAuth2ClientCredentials"), QStringLiteral("SecureParameters")}}}}})
                .withHeader(QByteArrayLiteral("X-CSRF-Token"), token);
    }
    if (isWrite(r.method)) {
        const QByteArray sent = r.header("X-CSRF-Token");
        const QByteArray expected = m_csrfTokens.value(clientId);
        if (sent.isEmpty() || expected.isEmpty() || sent != expected)
            return forbidden(QStringLiteral("CSRF token validation failed"))
                .withHeader(QByteArrayLiteral("X-CSRF-Token"), QByteArrayLiteral("Required"));
    }
    if (rest.isEmpty()) {
        if (r.method != "GET")
            return odataError(405, QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(r.method)));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("d"), QJsonObject{}}});
    }
    const auto s = parseODataSegment(rest.first());
    if (!s)
        return odataError(400, QStringLiteral("Malformed resource path: %1").arg(rest.first()));
    const QStringList more = rest.mid(1);
    if (s->entitySet == QLatin1String("UserCredentials"))
        return credentials<UserCredential>(m_tenant, r, *s, more);
    if (s->entitySet == QLatin1String("OAuth2ClientCredentials"))
        return credentials<OAuth2ClientCredential>(m_tenant, r, *s, more);
    if (s->entitySet == QLatin1String("SecureParameters"))
        return credentials<SecureParameter>(m_tenant, r, *s, more);
    if (s->entitySet == QLatin1String("KeystoreEntries")) {
        const QString keystore = keystoreParameter(r);
        static const QStringList known{QStringLiteral("system"), QStringLiteral("backup_admin_system"),
                                       QStringLiteral("KeyRenewal"), QStringLiteral("KeyHistory")};
        if (!known.contains(keystore))
            return odataError(400, QStringLiteral("Unknown keystoreName '%1' (system, backup_admin_system, KeyRenewal)").arg(keystore));
        if (auto written = m_keystore->handle(r, *s, more, keystore, clientId))
            return *written;
        return keystoreEntries(m_tenant, r, *s, more, keystore);
    }
    if (auto written = m_keystore->handle(r, *s, more, keystoreParameter(r), clientId))
        return *written;
    if (s->entitySet == QLatin1String("HistoryKeystoreEntries"))
        return keystoreEntries(m_tenant, r, *s, more, QStringLiteral("KeyHistory"));
    if (s->entitySet == QLatin1String("Keystores"))
        return keystores(m_tenant, r, *s, more);
    return odataError(404, QStringLiteral("Resource not found for the segment '%1'").arg(s->entitySet));
}

} // namespace gh::tenantd
