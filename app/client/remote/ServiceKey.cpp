#include "app/client/remote/ServiceKey.h"

#include "app/domain/FileRead.h"
#include "app/domain/Json.h"
#include "app/secrets/Cleanse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/crypto.h>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::ServiceKey)
};
} // namespace

QString serviceName(Service service)
{
    switch (service) {
    case Service::Integration: return QStringLiteral("integration");
    case Service::Destination: return QStringLiteral("destination");
    case Service::Xsuaa: return QStringLiteral("xsuaa");
    }
    return {};
}

std::optional<Service> serviceFromName(QStringView name)
{
    for (Service s : kServices)
        if (name == serviceName(s))
            return s;
    return std::nullopt;
}

QString serviceTitle(Service service)
{
    switch (service) {
    case Service::Integration: return Tr::tr("Cloud Integration API");
    case Service::Destination: return Tr::tr("Destination service");
    case Service::Xsuaa: return Tr::tr("XSUAA API access");
    }
    return {};
}

namespace {

Error invalid(const QString& source, const QString& path, const QString& message)
{
    Error e = Error::validation(path, message);
    e.where = source;
    return e;
}

// A QString that held a secret: its own buffer is wiped before it is released. (The parsed
// QJsonDocument keeps a copy we cannot reach; it lives only as long as parse() runs.)
void wipe(QString& text)
{
    if (!text.isEmpty()) {
        text.detach();
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    }
    text = QString();
}

// The reader that parses one level of the key, turning JsonReader's errors (path in `where`)
// into ours (path in `field`, the file in `where`).
class Fields
{
public:
    Fields(const QJsonObject& object, QString path, QString source)
        : m_reader(object, path), m_path(std::move(path)), m_source(std::move(source))
    {
    }

    QString pathOf(QLatin1String key) const { return m_reader.pathOf(key); }
    bool has(QLatin1String key) const { return m_reader.has(key); }
    JsonReader& reader() { return m_reader; }

    void fail(const QString& path, const QString& message)
    {
        if (!m_error)
            m_error = invalid(m_source, path, message);
    }
    std::optional<Error> error() const
    {
        if (m_error)
            return m_error;
        if (const auto& e = m_reader.error())
            return invalid(m_source, e->where, e->message);
        return std::nullopt;
    }

    QString required(QLatin1String key)
    {
        const QString value = m_reader.string(key, true);
        if (m_reader.ok() && value.trimmed().isEmpty())
            fail(pathOf(key), Tr::tr("must not be empty"));
        return value;
    }
    QString optional(QLatin1String key) { return m_reader.optionalString(key).value_or(QString()); }

    // An https URL with a host and nothing after its path. http is refused by name: the client
    // secret and the tokens would travel in clear.
    QUrl httpsUrl(QLatin1String key)
    {
        const QString text = required(key);
        if (!ok())
            return {};
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        const QString path = pathOf(key);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
            fail(path, Tr::tr("is not a URL"));
        } else if (url.scheme() == QLatin1String("http")) {
            fail(path, Tr::tr("is an http URL: only https is accepted (the client secret and its tokens must not travel unencrypted)"));
        } else if (url.scheme() != QLatin1String("https")) {
            fail(path, Tr::tr("must be an https URL, not %1:").arg(url.scheme()));
        } else if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
            fail(path, Tr::tr("must be a plain https URL (no user, query or fragment)"));
        } else {
            return url;
        }
        return {};
    }

    // Read last, into a SecretBuffer, so that no QString or QByteArray copy outlives this call.
    // (translate, not Tr::tr: lupdate loses the scope at the qualified return type.)
    crypto::SecretBuffer secret(QLatin1String key)
    {
        const QJsonValue value = m_reader.raw(key);
        if (value.isUndefined() || value.isNull()) {
            fail(pathOf(key), QCoreApplication::translate("gh::remote::ServiceKey", "required string is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(pathOf(key), QCoreApplication::translate("gh::remote::ServiceKey", "expected a string"));
            return {};
        }
        QString text = value.toString();
        QByteArray utf8 = text.toUtf8();
        crypto::SecretBuffer buffer{QByteArrayView(utf8)};
        wipe(text);
        cleanse(utf8);
        if (buffer.isEmpty())
            fail(pathOf(key), QCoreApplication::translate("gh::remote::ServiceKey", "must not be empty"));
        return buffer;
    }

    // Keys that authenticate with an X.509 client certificate carry "certificate" and a private
    // "key"; neither may be kept (not even in `extra`), and we cannot use them yet.
    void refuseCertificateKey()
    {
        for (const char* key : {"certificate", "key"}) {
            if (has(QLatin1String(key))) {
                fail(pathOf(QLatin1String(key)),
                     Tr::tr("service keys with an X.509 client certificate are not supported yet: create a service key with a client secret"));
                return;
            }
        }
        const QJsonValue type = m_reader.raw(QLatin1String("credential-type"));
        if (type.toString() == QLatin1String("x509"))
            fail(pathOf(QLatin1String("credential-type")),
                 Tr::tr("x509 service keys are not supported yet: create a service key with a client secret"));
        if (!type.isUndefined())
            m_credentialType = type;
    }

    bool ok() const { return !m_error && m_reader.ok(); }
    QJsonObject rest() const
    {
        QJsonObject rest = m_reader.rest();
        // Unknown fields are kept, but not ones that by their name hold a secret (a stray
        // "clientsecret" beside "oauth", a "password"): `extra` must be safe to show and store.
        for (const char* key : {"clientsecret", "password", "key", "certificate"})
            rest.remove(QLatin1String(key));
        if (!m_credentialType.isUndefined()) // read only to look at it: kept
            rest.insert(QStringLiteral("credential-type"), m_credentialType);
        return rest;
    }

private:
    JsonReader m_reader;
    QString m_path;
    QString m_source;
    std::optional<Error> m_error;
    QJsonValue m_credentialType;
};

// `base` with `suffix` appended to its path (no doubled slash).
QUrl withPath(QUrl base, QStringView suffix)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + suffix);
    return base;
}

void readCommon(Fields& f, ServiceKey& key)
{
    key.identityZone = f.optional(QLatin1String("identityzone"));
    key.tenantId = f.optional(QLatin1String("tenantid"));
    key.subaccountId = f.optional(QLatin1String("subaccountid"));
    key.xsappname = f.optional(QLatin1String("xsappname"));
}

} // namespace

Result<ServiceKey> ServiceKey::parse(QByteArrayView bytes, const QString& source)
{
    if (bytes.size() > MaxSize)
        return invalid(source, QStringLiteral("$"),
                       Tr::tr("is larger than %1 KiB: not a service key").arg(MaxSize / 1024));
    QJsonParseError parseError;
    // fromRawData: no copy of the bytes (they hold the secret) is made here.
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(source, QStringLiteral("$"),
                       Tr::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(source, QStringLiteral("$"), Tr::tr("a service key is a JSON object"));

    ServiceKey key;
    Fields top(document.object(), QStringLiteral("$"), source);
    if (top.has(QLatin1String("oauth"))) {
        // Cloud Integration, plan api: everything that matters is inside "oauth".
        key.service = Service::Integration;
        top.refuseCertificateKey();
        const QJsonObject oauthObject = top.reader().object(QLatin1String("oauth"));
        if (!top.ok())
            return *top.error();
        Fields oauth(oauthObject, top.pathOf(QLatin1String("oauth")), source);
        oauth.refuseCertificateKey();
        key.clientId = oauth.required(QLatin1String("clientid"));
        const QUrl host = oauth.httpsUrl(QLatin1String("url"));
        key.tokenUrl = oauth.httpsUrl(QLatin1String("tokenurl"));
        key.createDate = oauth.optional(QLatin1String("createdate"));
        key.clientSecret = oauth.secret(QLatin1String("clientsecret"));
        if (!oauth.ok())
            return *oauth.error();
        key.apiRoot = withPath(host, u"/api/v1");
        key.extra = top.rest();
        key.extra.insert(QStringLiteral("oauth"), oauth.rest());
        return key;
    }

    top.refuseCertificateKey();
    if (!top.ok())
        return *top.error();
    // "uri" first: it is the Destination service's own field, while newer XSUAA-bound keys of any
    // service may also carry "apiurl".
    if (top.has(QLatin1String("uri"))) {
        key.service = Service::Destination;
        key.clientId = top.required(QLatin1String("clientid"));
        key.tokenUrl = withPath(top.httpsUrl(QLatin1String("url")), u"/oauth/token");
        key.apiRoot = withPath(top.httpsUrl(QLatin1String("uri")), u"/destination-configuration/v1");
    } else if (top.has(QLatin1String("apiurl"))) {
        key.service = Service::Xsuaa;
        key.clientId = top.required(QLatin1String("clientid"));
        key.tokenUrl = withPath(top.httpsUrl(QLatin1String("url")), u"/oauth/token");
        key.apiRoot = top.httpsUrl(QLatin1String("apiurl"));
    } else {
        return invalid(source, QStringLiteral("$"),
                       Tr::tr("not a service key of Cloud Integration (plan api: $.oauth), the Destination service ($.uri) or XSUAA (plan apiaccess: $.apiurl)"));
    }
    readCommon(top, key);
    key.clientSecret = top.secret(QLatin1String("clientsecret"));
    if (!top.ok())
        return *top.error();
    key.extra = top.rest();
    return key;
}

Result<ServiceKey> ServiceKey::readFile(const QString& path)
{
    Result<QByteArray> bytes = readFileBounded(path, MaxSize, Tr::tr("a service key"));
    if (!bytes)
        return bytes.error();
    Result<ServiceKey> key = parse(*bytes, path);
    cleanse(*bytes);
    return key;
}

} // namespace gh::remote
