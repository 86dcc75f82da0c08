#include "app/client/remote/RemoteTenantClient.h"

#include "app/client/remote/RemoteResources.h"
#include "app/client/remote/RemoteSecurityContent.h"
#include "app/client/remote/RemoteIdentityProviders.h"
#include "app/client/remote/RemoteUsers.h"
#include "app/client/remote/TenantProfiles.h"
#include "app/crypto/Certificate.h"
#include "app/crypto/DestinationCertificateNodes.h"
#include "app/domain/StoredUser.h"
#include "app/secrets/Cleanse.h"

#include <QCoreApplication>
#include <QPromise>

#include <map>
#include <vector>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::RemoteTenantClient)
};
} // namespace

Error notSupportedYet(const QString& what)
{
    return Error::make(Error::Kind::ReadOnly, Tr::tr("%1: not supported by the remote backend yet").arg(what));
}

Error notAvailable(const QString& what, const QString& why)
{
    return Error::make(Error::Kind::NotFound, Tr::tr("%1: not available yet from the remote backend (%2)").arg(what, why));
}

Error malformed(const Error& decodeError, const QString& where)
{
    // The decoders put the JSON path in `where`; here it becomes the field, the request the place.
    Error e = Error::make(Error::Kind::MalformedResponse, decodeError.message, where);
    e.field = decodeError.field.isEmpty() ? decodeError.where : decodeError.field;
    return e;
}

Result<QJsonArray> arrayOf(const HttpResponse& response)
{
    auto json = response.json();
    if (!json)
        return json.error();
    if (!json->isArray())
        return Error{Error::Kind::MalformedResponse, Tr::tr("a JSON array is expected"), QStringLiteral("$"),
                     response.where};
    return json->array();
}

Result<QJsonObject> objectOf(const HttpResponse& response)
{
    auto json = response.json();
    if (!json)
        return json.error();
    if (!json->isObject())
        return Error{Error::Kind::MalformedResponse, Tr::tr("a JSON object is expected"), QStringLiteral("$"),
                     response.where};
    return json->object();
}

namespace {

constexpr QLatin1String kAuthorization{"/sap/rest/authorization/v2"};

// A SCIM user. XSUAA names a user's role collections as its groups; tenantd also writes
// "roleCollections", which wins when present.
void collectionsFromGroups(User& user)
{
    if (!user.roleCollections.isEmpty())
        return;
    const QJsonArray groups = user.extra.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue& g : groups) {
        const QString value = g.toObject().value(QStringLiteral("value")).toString();
        if (!value.isEmpty())
            user.roleCollections.append(value);
    }
}

Result<User> decodeUser(const QJsonObject& json, const QString& path)
{
    auto user = User::fromJson(json, path);
    if (user)
        collectionsFromGroups(*user);
    return user;
}

// The Destination service's certificate object {"Name", "Type", "Content": base64 of the file}.
// A CERTIFICATE's content is read into nodes (public certificates only); a KEYSTORE's content is
// a file with a private key: it is neither parsed (it needs its password) nor kept.
Result<DestinationCertificate> decodeCertificate(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    DestinationCertificate c;
    c.name = in.string(QLatin1String("Name"), true);
    c.type = in.string(QLatin1String("Type"));
    if (c.type.isEmpty())
        c.type = DestinationCertificate::typeForName(c.name);
    const QString content = in.string(QLatin1String("Content"));
    if (!in.ok())
        return *in.error();
    if (!content.isEmpty() && !c.isKeystore()) {
        const auto decoded = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error::make(Error::Kind::MalformedResponse, Tr::tr("Content is not base64"),
                               in.pathOf(QLatin1String("Content")));
        auto certificates = crypto::Certificate::listFromPem(*decoded);
        if (!certificates) {
            // DER is the other form the service accepts for a CERTIFICATE.
            auto one = crypto::Certificate::fromDer(*decoded);
            if (!one)
                return Error::make(Error::Kind::MalformedResponse,
                                   Tr::tr("Content holds no certificate: %1").arg(certificates.error().message),
                                   in.pathOf(QLatin1String("Content")));
            certificates = QList<crypto::Certificate>{std::move(*one)};
        }
        for (const crypto::Certificate& certificate : *certificates)
            c.nodes.append(crypto::destinationCertificateNode(certificate));
    }
    c.extra = in.rest();
    return c;
}

template<class T>
typename RemoteResource<T>::Decode decoder()
{
    return [](const QJsonObject& json, const QString& path) { return T::fromJson(json, path); };
}

template<class T>
std::unique_ptr<RemoteResource<T>> unavailable(const QString& label, const QString& why)
{
    typename RemoteResource<T>::Spec spec;
    spec.label = label;
    spec.unavailable = why;
    return std::make_unique<RemoteResource<T>>(nullptr, std::move(spec));
}

// SCIM users, paged with startIndex (1-based) and count; the server's skip/top are the caller's.
RemoteResource<User>::Spec userSpec(int pageSize)
{
    RemoteResource<User>::Spec spec;
    spec.label = Tr::tr("users");
    spec.service = serviceTitle(Service::Xsuaa);
    spec.listPath = QStringLiteral("/Users");
    spec.itemPath = [](const QString& id) -> QString { return QStringLiteral("/Users/") + HttpRequest::segment(id); };
    spec.decode = decodeUser;
    spec.serverSlices = true;
    pageSize = std::max(pageSize, 1);
    spec.pageRequest = [pageSize](PageRequest page, qsizetype collected, int) -> std::optional<HttpRequest> {
        qint64 count = pageSize;
        if (page.top >= 0) {
            if (collected >= page.top)
                return std::nullopt;
            count = std::min<qint64>(count, page.top - collected);
        }
        HttpRequest r;
        r.path = QStringLiteral("/Users");
        r.query.addQueryItem(QStringLiteral("startIndex"), QString::number(std::max<qint64>(page.skip, 0) + collected + 1));
        r.query.addQueryItem(QStringLiteral("count"), QString::number(count));
        return r;
    };
    spec.splitPage = [](const HttpResponse& response, PageRequest, int, bool& last) -> Result<SplitPage<User>> {
        // A page as tenantd and XSUAA write it for most users, read straight from its bytes.
        if (std::optional<ScimUserPage> fast = readScimUserPage(response.body)) {
            for (User& u : fast->users)
                collectionsFromGroups(u);
            const qint64 through = fast->startIndex - 1 + fast->users.size();
            last = fast->users.isEmpty() || through >= fast->totalResults;
            auto split = decodedPage<User>(std::move(fast->users));
            split->remaining = fast->totalResults - through;
            return split;
        }
        auto object = objectOf(response);
        if (!object)
            return object.error();
        JsonReader in(*object, QStringLiteral("$"));
        const QJsonArray resources = in.array(QLatin1String("resources"));
        const qint64 startIndex = in.integer(QLatin1String("startIndex"), 1);
        const qint64 total = in.integer(QLatin1String("totalResults"), 0);
        if (!in.ok())
            return malformed(*in.error(), response.where);
        // An empty page ends it too, so that a server miscounting cannot loop us forever.
        last = resources.isEmpty() || startIndex - 1 + resources.size() >= total;
        SplitPage<User> split = arrayPage<User>(resources, QStringLiteral("$.resources"), response.where, decodeUser);
        split.remaining = total - (startIndex - 1 + resources.size());
        return split;
    };
    return spec;
}

// Destinations, paged with $page (1-based) and $pageSize; the end is the Page-Count header when
// the server sends it, else a page shorter than asked for.
RemoteResource<Destination>::Spec destinationSpec(int pageSize)
{
    RemoteResource<Destination>::Spec spec;
    spec.label = Tr::tr("destinations");
    spec.service = serviceTitle(Service::Destination);
    spec.listPath = QStringLiteral("/subaccountDestinations");
    spec.itemPath = [](const QString& name) -> QString {
        return QStringLiteral("/subaccountDestinations/") + HttpRequest::segment(name);
    };
    spec.decode = decoder<Destination>();
    pageSize = std::max(pageSize, 1);
    spec.pageRequest = [pageSize](PageRequest, qsizetype, int number) -> std::optional<HttpRequest> {
        HttpRequest r;
        r.path = QStringLiteral("/subaccountDestinations");
        r.query.addQueryItem(QStringLiteral("$page"), QString::number(number));
        r.query.addQueryItem(QStringLiteral("$pageSize"), QString::number(pageSize));
        r.query.addQueryItem(QStringLiteral("$pageCount"), QStringLiteral("true"));
        return r;
    };
    spec.splitPage = [pageSize, decode = spec.decode](const HttpResponse& response, PageRequest, int number,
                                                      bool& last) -> Result<SplitPage<Destination>> {
        auto items = arrayOf(response);
        if (!items)
            return items.error();
        bool counted = false;
        const qint64 pages = response.header("Page-Count").toLongLong(&counted);
        // A page larger than asked for means the server did not page at all: it was everything.
        last = items->size() != pageSize || (counted && number >= pages);
        SplitPage<Destination> split = arrayPage<Destination>(std::move(*items), QStringLiteral("$"), response.where, decode);
        if (counted)
            split.remaining = std::max<qint64>(pages - number, 0) * pageSize;
        return split;
    };
    return spec;
}

template<class T>
typename RemoteResource<T>::Spec simpleSpec(QString label, Service service, QString listPath, bool singleRead)
{
    typename RemoteResource<T>::Spec spec;
    spec.label = std::move(label);
    spec.service = serviceTitle(service);
    spec.listPath = listPath;
    if (singleRead)
        spec.itemPath = [listPath](const QString& key) -> QString { return listPath + QLatin1Char('/') + HttpRequest::segment(key); };
    spec.decode = decoder<T>();
    return spec;
}

} // namespace

RemoteTenantClient::RemoteTenantClient(QString displayName, std::unique_ptr<HttpTransport> xsuaa,
                                       std::unique_ptr<HttpTransport> destination,
                                       std::unique_ptr<HttpTransport> integration, RemoteOptions options)
    : m_displayName(std::move(displayName))
    , m_xsuaa(std::move(xsuaa))
    , m_destination(std::move(destination))
    , m_integration(std::move(integration))
{
    HttpTransport* x = m_xsuaa.get();
    m_roleCollections = std::make_unique<RemoteRoleCollections>(
        x, simpleSpec<RoleCollection>(Tr::tr("role collections"), Service::Xsuaa,
                                      QString(kAuthorization + QLatin1String("/rolecollections")), true));
    // Roles and role templates are keyed by app id, template and name; the Authorization API's
    // single reads of them take those apart in the path, so get() looks in the list instead.
    m_roles = std::make_unique<RemoteResource<Role>>(
        x, simpleSpec<Role>(Tr::tr("roles"), Service::Xsuaa, QString(kAuthorization + QLatin1String("/roles")), false));
    m_roleTemplates = std::make_unique<RemoteResource<RoleTemplate>>(
        x, simpleSpec<RoleTemplate>(Tr::tr("role templates"), Service::Xsuaa,
                                    QString(kAuthorization + QLatin1String("/apps/roletemplates")), false));
    m_users = std::make_unique<RemoteUsers>(x, userSpec(options.userPageSize)); // written through SCIM
    // Trust configurations: on the same API host, outside the Authorization API's root.
    m_identityProviders = std::make_unique<RemoteIdentityProviders>(
        x, simpleSpec<IdentityProvider>(Tr::tr("identity providers"), Service::Xsuaa,
                                        QStringLiteral("/sap/rest/identity-providers"), true));

    HttpTransport* d = m_destination.get();
    m_destinations = std::make_unique<RemoteDestinations>(d, destinationSpec(options.destinationPageSize));
    auto certificates = simpleSpec<DestinationCertificate>(Tr::tr("destination certificates"),
                                                           Service::Destination,
                                                           QStringLiteral("/subaccountCertificates"), true);
    certificates.decode = decodeCertificate;
    m_destinationCertificates = std::make_unique<RemoteResource<DestinationCertificate>>(d, std::move(certificates));

    // Cloud Integration's Security Content API (/api/v1), writes through one CSRF session.
    HttpTransport* i = m_integration.get();
    if (i)
        m_csrf = std::make_unique<CsrfSession>(*i);
    const QString it = serviceTitle(Service::Integration);
    m_keystore = std::make_unique<RemoteKeystore>(i, m_csrf.get(), it);
    m_userCredentials = std::make_unique<RemoteCredentials<UserCredential>>(
        i, m_csrf.get(), QStringLiteral("UserCredentials"), Tr::tr("user credentials"), it, options.credentialSecrets);
    m_oauth2ClientCredentials = std::make_unique<RemoteCredentials<OAuth2ClientCredential>>(
        i, m_csrf.get(), QStringLiteral("OAuth2ClientCredentials"), Tr::tr("OAuth2 client credentials"), it,
        options.credentialSecrets);
    m_secureParameters = std::make_unique<RemoteCredentials<SecureParameter>>(
        i, m_csrf.get(), QStringLiteral("SecureParameters"), Tr::tr("secure parameters"), it, options.credentialSecrets);
    // Deployed as security material with no API (SAP_APIS.md §1): kept in the local tenant only.
    const QString noApi = Tr::tr("not available over the remote API; Cloud Integration deploys them as security material, kept in the local tenant");
    m_knownHosts = unavailable<KnownHost>(Tr::tr("known hosts"), noApi);
    m_pgpKeys = unavailable<PgpKey>(Tr::tr("PGP keys"), noApi);
}

RemoteTenantClient::~RemoteTenantClient() = default;

ResourceClient<IdentityProvider>& RemoteTenantClient::identityProviders() { return *m_identityProviders; }
ResourceClient<User>& RemoteTenantClient::users() { return *m_users; }
ResourceClient<RoleTemplate>& RemoteTenantClient::roleTemplates() { return *m_roleTemplates; }
ResourceClient<Role>& RemoteTenantClient::roles() { return *m_roles; }
RoleCollectionsClient& RemoteTenantClient::roleCollections() { return *m_roleCollections; }
ResourceClient<Destination>& RemoteTenantClient::destinations() { return *m_destinations; }
ResourceClient<DestinationCertificate>& RemoteTenantClient::destinationCertificates()
{
    return *m_destinationCertificates;
}
ResourceClient<KeystoreEntry>& RemoteTenantClient::keystore() { return *m_keystore; }
ResourceClient<UserCredential>& RemoteTenantClient::userCredentials() { return *m_userCredentials; }
ResourceClient<OAuth2ClientCredential>& RemoteTenantClient::oauth2ClientCredentials()
{
    return *m_oauth2ClientCredentials;
}
ResourceClient<SecureParameter>& RemoteTenantClient::secureParameters() { return *m_secureParameters; }
ResourceClient<KnownHost>& RemoteTenantClient::knownHosts() { return *m_knownHosts; }
ResourceClient<PgpKey>& RemoteTenantClient::pgpKeys() { return *m_pgpKeys; }

// ---- from a profile -----------------------------------------------------------------------------

namespace {

using OpenResult = Result<std::shared_ptr<RemoteTenantClient>>;

struct OpenJob
{
    ProfileStore* profiles = nullptr;
    const Clock* clock = nullptr;
    RemoteOptions options;
    TenantProfile profile;
    std::vector<Service> services;
    std::map<Service, crypto::SecretBuffer> secrets;
    QPromise<OpenResult> promise;
    // The continuations run in the calling thread through this object, so that the transports
    // (QObjects) are made there whatever thread the secret store answers in.
    std::shared_ptr<QObject> context{new QObject, [](QObject* o) { o->deleteLater(); }};

    void finish(OpenResult result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

void build(const std::shared_ptr<OpenJob>& job)
{
    std::map<Service, std::unique_ptr<HttpTransport>> transports;
    for (Service service : job->services) {
        auto config = TransportConfig::fromProfile(job->profile, service, std::move(job->secrets[service]));
        if (!config)
            return job->finish(config.error());
        config->retry = job->options.retry;
        config->timeoutMs = job->options.timeoutMs;
        transports[service] = std::make_unique<HttpTransport>(std::move(*config), *job->clock);
    }
    job->finish(std::make_shared<RemoteTenantClient>(job->profile.name, std::move(transports[Service::Xsuaa]),
                                                     std::move(transports[Service::Destination]),
                                                     std::move(transports[Service::Integration]), job->options));
}

// Reads the secrets one service after the other (a keychain may prompt; one at a time).
void readSecret(const std::shared_ptr<OpenJob>& job, std::size_t index)
{
    if (index == job->services.size())
        return build(job);
    const Service service = job->services[index];
    job->profiles->clientSecret(job->profile.name, service)
        .then(job->context.get(), [job, index, service](Result<QByteArray> secret) {
            if (!secret) {
                // The store's error names the key, never the value.
                return job->finish(secret.error());
            }
            job->secrets[service] = crypto::SecretBuffer(QByteArrayView(*secret));
            cleanse(*secret);
            readSecret(job, index + 1);
        });
}

} // namespace

QFuture<OpenResult> RemoteTenantClient::fromProfile(ProfileStore& profiles, const QString& name, const Clock& clock,
                                                    RemoteOptions options)
{
    auto profile = profiles.get(name);
    if (!profile)
        return readyFuture(OpenResult(profile.error()));
    auto job = std::make_shared<OpenJob>();
    job->profiles = &profiles;
    job->clock = &clock;
    job->options = options;
    job->profile = std::move(*profile);
    for (const auto& [service, endpoint] : job->profile.services)
        job->services.push_back(service);
    job->promise.start();
    QFuture<OpenResult> future = job->promise.future();
    readSecret(job, 0);
    return future;
}

} // namespace gh::remote
