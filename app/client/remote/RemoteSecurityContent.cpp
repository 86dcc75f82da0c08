#include "app/client/remote/RemoteSecurityContent.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::RemoteSecurityContent)
};
} // namespace

namespace {

template<class T>
struct Wire;

template<>
struct Wire<UserCredential>
{
    static constexpr QLatin1String secret{"Password"};
    static Result<UserCredential> decode(const QJsonObject& o, const QString& p) { return decodeUserCredential(o, p); }
};

template<>
struct Wire<OAuth2ClientCredential>
{
    static constexpr QLatin1String secret{"ClientSecret"};
    static Result<OAuth2ClientCredential> decode(const QJsonObject& o, const QString& p)
    {
        return decodeOAuth2ClientCredential(o, p);
    }
};

template<>
struct Wire<SecureParameter>
{
    static constexpr QLatin1String secret{"SecureParam"};
    static Result<SecureParameter> decode(const QJsonObject& o, const QString& p) { return decodeSecureParameter(o, p); }
};

Error malformedAt(const QString& message, const QString& path, const QString& where)
{
    return malformed(Error::make(Error::Kind::MalformedResponse, message, path), where);
}

Error transportGone()
{
    return Error::make(Error::Kind::Cancelled, Tr::tr("the remote tenant was closed"));
}

// The OAuth2 credentials' custom parameters are a navigation: asked for inline.
template<class T>
void expand(HttpRequest& r)
{
    if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
        r.query.addQueryItem(QStringLiteral("$expand"), QStringLiteral("CustomParameters"));
}

QJsonObject withoutMetadata(QJsonObject json)
{
    json.remove(QStringLiteral("__metadata"));
    return json;
}

template<class T>
QFuture<Result<T>> readOne(QPointer<HttpTransport> transport, HttpRequest request,
                           std::function<Result<T>(const QJsonObject&, const QString&)> decode)
{
    using R = Result<T>;
    if (!transport)
        return readyFuture(R(transportGone()));
    return transport->send(std::move(request)).then(QtFuture::Launch::Sync, [decode](Result<HttpResponse> r) -> R {
        if (!r)
            return r.error();
        auto entity = odataEntity(*r);
        if (!entity)
            return entity.error();
        auto value = decode(*entity, QStringLiteral("$.d"));
        if (!value)
            return malformed(value.error(), r->where);
        return value;
    });
}

} // namespace

Result<QJsonObject> odataEntity(const HttpResponse& response)
{
    auto object = objectOf(response);
    if (!object)
        return object.error();
    const QJsonValue d = object->value(QStringLiteral("d"));
    if (!d.isObject())
        return malformedAt(d.isUndefined() ? Tr::tr("the OData envelope \"d\" is missing")
                                           : Tr::tr("an object is expected"),
                           QStringLiteral("$.d"), response.where);
    return d.toObject();
}

Result<QJsonArray> odataResults(const HttpResponse& response)
{
    auto d = odataEntity(response);
    if (!d)
        return d.error();
    const QJsonValue results = d->value(QStringLiteral("results"));
    if (!results.isArray())
        return malformedAt(results.isUndefined() ? Tr::tr("the collection's \"results\" is missing")
                                                 : Tr::tr("an array is expected"),
                           QStringLiteral("$.d.results"), response.where);
    return results.toArray();
}

Result<UserCredential> decodeUserCredential(const QJsonObject& json, const QString& path)
{
    return UserCredential::fromJson(withoutMetadata(json), path);
}

Result<OAuth2ClientCredential> decodeOAuth2ClientCredential(const QJsonObject& json, const QString& path)
{
    QJsonObject o = withoutMetadata(json);
    const QJsonValue params = o.value(QStringLiteral("CustomParameters"));
    if (params.isObject()) {
        const QJsonObject nav = params.toObject();
        if (nav.contains(QStringLiteral("__deferred"))) {
            o.remove(QStringLiteral("CustomParameters")); // not expanded: nothing known
        } else {
            const QJsonValue results = nav.value(QStringLiteral("results"));
            if (!results.isArray())
                return Error::make(Error::Kind::MalformedResponse, Tr::tr("an array is expected"),
                                   path + QStringLiteral(".CustomParameters.results"));
            QJsonArray items;
            for (const QJsonValue& item : results.toArray())
                items.append(item.isObject() ? QJsonValue(withoutMetadata(item.toObject())) : item);
            o.insert(QStringLiteral("CustomParameters"), items);
        }
    }
    return OAuth2ClientCredential::fromJson(o, path);
}

Result<SecureParameter> decodeSecureParameter(const QJsonObject& json, const QString& path)
{
    return SecureParameter::fromJson(withoutMetadata(json), path);
}

Result<KeystoreEntry> decodeKeystoreEntry(const QJsonObject& json, const QString& path, const QString& keystore)
{
    QJsonObject o = withoutMetadata(json);
    if (o.contains(QStringLiteral("Keystore")) || o.contains(QStringLiteral("Chain")))
        return Error::make(Error::Kind::MalformedResponse, Tr::tr("not a field of Cloud Integration's KeystoreEntry"),
                           path + (o.contains(QStringLiteral("Keystore")) ? QStringLiteral(".Keystore") : QStringLiteral(".Chain")));
    auto entry = KeystoreEntry::fromJson(o, path);
    if (entry)
        entry->keystore = keystore;
    return entry;
}

QString odataItemPath(const QString& entitySet, const QString& key)
{
    return QLatin1Char('/') + HttpRequest::segment(entitySet + QStringLiteral("('") + QString(key).replace(QLatin1Char('\''), QStringLiteral("''"))
                                                   + QStringLiteral("')"));
}

// ---- credentials ---------------------------------------------------------------------------------

template<class T>
RemoteCredentials<T>::RemoteCredentials(HttpTransport* transport, CsrfSession* csrf, QString entitySet, QString label,
                                        QString service, SecretSource secrets)
    : RemoteResource<T>(transport, typename RemoteResource<T>::Spec{})
    , m_csrf(csrf)
    , m_entitySet(std::move(entitySet))
    , m_secrets(std::move(secrets))
{
    auto& spec = this->m_spec;
    spec.label = std::move(label);
    spec.service = std::move(service);
    spec.listPath = QLatin1Char('/') + m_entitySet;
    spec.decode = &Wire<T>::decode;
    spec.pageRequest = [path = spec.listPath](PageRequest, qsizetype, int number) -> std::optional<HttpRequest> {
        if (number > 1)
            return std::nullopt;
        HttpRequest r;
        r.path = path;
        expand<T>(r);
        return r;
    };
    spec.decodePage = [](const HttpResponse& response, PageRequest, int, bool& last) -> Result<QList<T>> {
        last = true;
        auto items = odataResults(response);
        if (!items)
            return items.error();
        return decodeArray<T>(*items, QStringLiteral("$.d.results"), response.where, &Wire<T>::decode);
    };
}

template<class T>
QFuture<Result<T>> RemoteCredentials<T>::get(const QString& key)
{
    if (const auto e = this->unavailable())
        return readyFuture(Result<T>(*e));
    HttpRequest r;
    r.path = odataItemPath(m_entitySet, key);
    expand<T>(r);
    return readOne<T>(this->m_transport, std::move(r), &Wire<T>::decode);
}

template<class T>
QFuture<Result<T>> RemoteCredentials<T>::write(QByteArray method, QString path, const T& value)
{
    using R = Result<T>;
    if (const auto e = this->unavailable())
        return readyFuture(R(*e));
    if (!m_csrf)
        return readyFuture(R(transportGone()));
    QJsonObject body = value.toJson(JsonStyle::Wire);
    // The stored form says only whether the secret is set ("<redacted>"): never sent as a value.
    body.remove(QString(Wire<T>::secret));
    if (m_secrets) {
        if (const auto secret = m_secrets(T::entityKind, value.name); secret && !secret->isEmpty())
            body.insert(QString(Wire<T>::secret), QString::fromUtf8(secret->view()));
    }
    HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = QJsonDocument(body);
    QPointer<HttpTransport> transport = this->m_transport;
    HttpRequest readBack;
    readBack.path = odataItemPath(m_entitySet, value.name);
    expand<T>(readBack);
    // 202 Accepted without a body: the entity is read back.
    return m_csrf->send(std::move(r))
        .then(transport.data(), [transport, readBack](Result<HttpResponse> sent) -> QFuture<R> {
            if (!sent)
                return readyFuture(R(sent.error()));
            return readOne<T>(transport, readBack, &Wire<T>::decode);
        })
        .unwrap();
}

template<class T>
QFuture<Result<T>> RemoteCredentials<T>::create(const T& value)
{
    return write("POST", this->m_spec.listPath, value);
}

template<class T>
QFuture<Result<T>> RemoteCredentials<T>::update(const T& value)
{
    return write("PUT", odataItemPath(m_entitySet, value.name), value);
}

template<class T>
QFuture<Status> RemoteCredentials<T>::remove(const QString& key)
{
    if (const auto e = this->unavailable())
        return readyFuture(Status(*e));
    if (!m_csrf)
        return readyFuture(Status(transportGone()));
    HttpRequest r;
    r.method = "DELETE";
    r.path = odataItemPath(m_entitySet, key);
    return m_csrf->send(std::move(r)).then(QtFuture::Launch::Sync, [](Result<HttpResponse> sent) -> Status {
        if (!sent)
            return sent.error();
        return {};
    });
}

template class RemoteCredentials<UserCredential>;
template class RemoteCredentials<OAuth2ClientCredential>;
template class RemoteCredentials<SecureParameter>;

// ---- keystore ------------------------------------------------------------------------------------

namespace {

// The keystores list() reads, one request each.
const QStringList kKeystores{QStringLiteral("system"), QStringLiteral("KeyRenewal"), QStringLiteral("KeyHistory")};

HttpRequest keystoreRequest(const QString& keystore, const std::optional<QString>& hexalias)
{
    HttpRequest r;
    // KeyHistory has an entity set of its own (SAP_APIS.md 1.6).
    const QString set = keystore == QLatin1String("KeyHistory") ? QStringLiteral("HistoryKeystoreEntries")
                                                                 : QStringLiteral("KeystoreEntries");
    r.path = hexalias ? odataItemPath(set, *hexalias) : QLatin1Char('/') + set;
    if (keystore != QLatin1String("KeyHistory"))
        r.query.addQueryItem(QStringLiteral("keystoreName"), keystore);
    return r;
}

} // namespace

RemoteKeystore::RemoteKeystore(HttpTransport* transport, CsrfSession* csrf, QString service)
    : RemoteResource<KeystoreEntry>(transport, Spec{}), m_csrf(csrf)
{
    m_spec.label = Tr::tr("keystore entries");
    m_spec.service = std::move(service);
    m_spec.listPath = QStringLiteral("/KeystoreEntries");
    m_spec.decode = [](const QJsonObject& o, const QString& p) { return decodeKeystoreEntry(o, p, QStringLiteral("system")); };
    m_spec.pageRequest = [](PageRequest, qsizetype, int number) -> std::optional<HttpRequest> {
        if (number > kKeystores.size())
            return std::nullopt;
        HttpRequest r = keystoreRequest(kKeystores.at(number - 1), std::nullopt);
        // A tenant without renewal or history keystore may answer 404 for it [I]: nothing there.
        if (number > 1)
            r.passStatuses.append(404);
        return r;
    };
    m_spec.decodePage = [](const HttpResponse& response, PageRequest, int number, bool& last) -> Result<QList<KeystoreEntry>> {
        last = number >= kKeystores.size();
        if (response.status == 404)
            return QList<KeystoreEntry>{};
        auto items = odataResults(response);
        if (!items)
            return items.error();
        const QString keystore = kKeystores.at(number - 1);
        return decodeArray<KeystoreEntry>(*items, QStringLiteral("$.d.results"), response.where,
                                          [keystore](const QJsonObject& o, const QString& p) {
                                              return decodeKeystoreEntry(o, p, keystore);
                                          });
    };
}

namespace {

// "<keystore>/<HEXALIAS>", as KeystoreEntry::key() makes it.
std::pair<QString, QString> keystoreKey(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return {slash > 0 ? key.left(slash) : QStringLiteral("system"), key.mid(slash + 1)};
}

} // namespace

QFuture<Status> RemoteKeystore::remove(const QString& key)
{
    if (const auto e = unavailable())
        return readyFuture(Status(*e));
    if (!m_csrf)
        return readyFuture(Status(transportGone()));
    const auto [keystore, hexalias] = keystoreKey(key);
    if (keystore != QLatin1String("system") && keystore != QLatin1String("KeyRenewal"))
        return readyFuture(Status(notSupportedYet(Tr::tr("deleting entries of the %1 keystore").arg(keystore))));
    HttpRequest r = keystoreRequest(keystore, hexalias);
    r.method = "DELETE";
    return m_csrf->send(std::move(r)).then(QtFuture::Launch::Sync, [](Result<HttpResponse> sent) -> Status {
        if (!sent)
            return sent.error();
        return {};
    });
}

// RemoteKeystore::get, list and the writes: RemoteKeystoreWrites.cpp.

} // namespace gh::remote
