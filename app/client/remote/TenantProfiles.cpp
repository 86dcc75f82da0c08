#include "app/client/remote/TenantProfiles.h"

#include "app/crypto/Certificate.h"
#include "app/domain/FileRead.h"
#include "app/secrets/Cleanse.h"
#include "app/secrets/FutureUtil.h"
#include "app/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPromise>
#include <QSettings>

#include <functional>
#include <memory>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::TenantProfiles)
};
} // namespace

namespace {

const QString kGroup = QStringLiteral("profiles");
constexpr qsizetype kMaxNameLength = 64;
// A CA bundle is a few certificates, or at most a system bundle (~200 KiB); this bounds the read.
constexpr qint64 kMaxCaFileSize = 4 * 1024 * 1024;

QString keyOf(const QString& name, const QString& key)
{
    return kGroup + QLatin1Char('/') + name + QLatin1Char('/') + key;
}

QString keyOf(const QString& name, Service service, const QString& key)
{
    return keyOf(name, serviceName(service) + QLatin1Char('/') + key);
}

// The informational fields, in settings key order; the three that connect are handled apart.
struct InfoField
{
    const char* key;
    QString ServiceEndpoint::*member;
};
constexpr InfoField kInfoFields[] = {
    {"identityZone", &ServiceEndpoint::identityZone}, {"tenantId", &ServiceEndpoint::tenantId},
    {"subaccountId", &ServiceEndpoint::subaccountId}, {"xsappname", &ServiceEndpoint::xsappname},
    {"createDate", &ServiceEndpoint::createDate},
};

} // namespace

// ---- ProfileSettings ----------------------------------------------------------------------------

Status ProfileSettings::validateName(const QString& name)
{
    const auto bad = [&](const QString& why) {
        return Error::validation(QStringLiteral("name"), Tr::tr("profile name '%1' %2").arg(name, why));
    };
    if (name.isEmpty())
        return Error::validation(QStringLiteral("name"), Tr::tr("a profile needs a name"));
    if (name.size() > kMaxNameLength)
        return bad(Tr::tr("is longer than %1 characters").arg(kMaxNameLength));
    const auto alnum = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    if (!alnum(name.front()))
        return bad(Tr::tr("must start with a letter or a digit"));
    for (QChar c : name)
        if (!alnum(c) && c != u'-' && c != u'_' && c != u'.')
            return bad(Tr::tr("may contain only letters, digits, '-', '_' and '.'"));
    return {};
}

Result<QString> ProfileSettings::normalisePin(const QString& text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    bool allHex = hex.size() == 64;
    for (QChar c : hex)
        allHex = allHex && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
    if (!allHex)
        return Error::validation(QStringLiteral("pin-sha256"),
                                 Tr::tr("expected the SHA-256 of the server certificate: 64 hex digits (pairs may be separated by ':')"));
    return hex;
}

bool ProfileSettings::contains(const QString& name) const
{
    return validateName(name).ok() && m_settings.contains(keyOf(name, QStringLiteral("services")));
}

QStringList ProfileSettings::names() const
{
    m_settings.beginGroup(kGroup);
    QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    QStringList names;
    for (const QString& g : std::as_const(groups))
        if (contains(g))
            names.append(g);
    names.sort();
    return names;
}

Result<TenantProfile> ProfileSettings::get(const QString& name) const
{
    if (Status valid = validateName(name); !valid)
        return valid.error();
    if (!contains(name))
        return Error::notFound(Tr::tr("no profile named '%1'").arg(name));
    const auto damaged = [&](const QString& key, const QString& why) {
        Error e = Error::validation(key, why);
        e.where = m_settings.fileName();
        return e;
    };
    TenantProfile profile;
    profile.name = name;
    const QStringList services = m_settings.value(keyOf(name, QStringLiteral("services"))).toStringList();
    for (const QString& serviceText : services) {
        const std::optional<Service> service = serviceFromName(serviceText);
        if (!service)
            return damaged(keyOf(name, QStringLiteral("services")),
                           Tr::tr("unknown service '%1'").arg(serviceText));
        ServiceEndpoint endpoint;
        // Settings can be edited by hand: the URLs must still be https, as when they were added.
        for (auto [field, member] : {std::pair{"tokenUrl", &ServiceEndpoint::tokenUrl},
                                     std::pair{"apiRoot", &ServiceEndpoint::apiRoot}}) {
            const QString key = keyOf(name, *service, QLatin1String(field));
            const QUrl url(m_settings.value(key).toString(), QUrl::StrictMode);
            if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
                return damaged(key, Tr::tr("expected an https URL"));
            endpoint.*member = url;
        }
        endpoint.clientId = m_settings.value(keyOf(name, *service, QStringLiteral("clientId"))).toString();
        if (endpoint.clientId.isEmpty())
            return damaged(keyOf(name, *service, QStringLiteral("clientId")), Tr::tr("missing"));
        for (const InfoField& f : kInfoFields)
            endpoint.*f.member = m_settings.value(keyOf(name, *service, QLatin1String(f.key))).toString();
        profile.services[*service] = endpoint;
    }
    profile.caFile = m_settings.value(keyOf(name, QStringLiteral("caFile"))).toString();
    const QString pin = m_settings.value(keyOf(name, QStringLiteral("pinSha256"))).toString();
    if (!pin.isEmpty()) {
        Result<QString> normal = normalisePin(pin);
        if (!normal)
            return damaged(keyOf(name, QStringLiteral("pinSha256")), normal.error().message);
        profile.pinSha256 = *normal;
    }
    return profile;
}

Status ProfileSettings::put(const TenantProfile& profile)
{
    if (Status valid = validateName(profile.name); !valid)
        return valid;
    m_settings.remove(kGroup + QLatin1Char('/') + profile.name);
    QStringList services;
    for (const auto& [service, endpoint] : profile.services) {
        services.append(serviceName(service));
        m_settings.setValue(keyOf(profile.name, service, QStringLiteral("tokenUrl")), endpoint.tokenUrl.toString());
        m_settings.setValue(keyOf(profile.name, service, QStringLiteral("apiRoot")), endpoint.apiRoot.toString());
        m_settings.setValue(keyOf(profile.name, service, QStringLiteral("clientId")), endpoint.clientId);
        for (const InfoField& f : kInfoFields)
            if (!(endpoint.*f.member).isEmpty())
                m_settings.setValue(keyOf(profile.name, service, QLatin1String(f.key)), endpoint.*f.member);
    }
    m_settings.setValue(keyOf(profile.name, QStringLiteral("services")), services);
    if (!profile.caFile.isEmpty())
        m_settings.setValue(keyOf(profile.name, QStringLiteral("caFile")), profile.caFile);
    if (!profile.pinSha256.isEmpty())
        m_settings.setValue(keyOf(profile.name, QStringLiteral("pinSha256")), profile.pinSha256);
    return sync();
}

Status ProfileSettings::erase(const QString& name)
{
    if (Status valid = validateName(name); !valid)
        return valid;
    m_settings.remove(kGroup + QLatin1Char('/') + name);
    return sync();
}

Status ProfileSettings::sync()
{
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return Error::make(Error::Kind::Io, Tr::tr("cannot write the settings"), m_settings.fileName());
    return {};
}

// ---- ProfileStore -------------------------------------------------------------------------------

namespace {

// One sequence of secret-store calls and settings changes, run one after another through the
// store's event loop, stopping at the first failure (the DestinationSecrets pattern).
struct Step
{
    enum Kind { Write, Remove, Run } kind = Run;
    QString key;
    QByteArray value;             // Write: a buffer of its own, wiped once written
    std::function<Status()> run;  // Run: a synchronous step (the settings)
};

struct Job
{
    QPointer<SecretStore> store;
    QList<Step> steps;
    qsizetype next = 0;
    QPromise<Status> promise;

    ~Job()
    {
        for (Step& s : steps)
            cleanse(s.value);
    }
    void finish(Status status)
    {
        promise.addResult(std::move(status));
        promise.finish();
    }
};

void runNext(const std::shared_ptr<Job>& job);

void stepDone(const std::shared_ptr<Job>& job, Step& step, Status status)
{
    cleanse(step.value);
    if (!status) {
        Error e = status.error();
        if (e.where.isEmpty())
            e.where = step.key; // a secret's key is not secret, and says which one failed
        job->finish(e);
        return;
    }
    runNext(job);
}

void runNext(const std::shared_ptr<Job>& job)
{
    while (job->next < job->steps.size() && job->steps[job->next].kind == Step::Run) {
        const Status status = job->steps[job->next++].run();
        if (!status) {
            job->finish(status);
            return;
        }
    }
    if (job->next == job->steps.size()) {
        job->finish({});
        return;
    }
    SecretStore* store = job->store;
    if (!store) {
        job->finish(Error::make(Error::Kind::Internal, Tr::tr("the secret store has gone away")));
        return;
    }
    Step& step = job->steps[job->next++];
    QFuture<Status> call = step.kind == Step::Write ? store->write(step.key, step.value) : store->remove(step.key);
    // Sync, not with the store as context: a store destroyed mid-call would drop a context
    // continuation, and the job's future would never get a result. The stores finish their
    // futures on their own thread, so this still runs there; runNext checks the store is alive.
    call.then(QtFuture::Launch::Sync, [job, &step](Status status) { stepDone(job, step, std::move(status)); });
}

QFuture<Status> run(const std::shared_ptr<Job>& job)
{
    QFuture<Status> future = job->promise.future();
    job->promise.start();
    runNext(job);
    return future;
}

// The settings step runs after the secrets, through the event loop: by then the QSettings the
// caller injected may be gone, and the step must not touch it.
Status settingsGone()
{
    return Error::make(Error::Kind::Internal, Tr::tr("the settings have gone away"));
}

template <class T> QFuture<T> failed(Error error)
{
    return detail::readyFuture<T>(T(std::move(error)));
}

} // namespace

ProfileStore::ProfileStore(QSettings& settings, SecretStore& secrets)
    : m_profiles(settings), m_settings(&settings), m_secrets(&secrets)
{
}

QString ProfileStore::secretKey(const QString& name, Service service)
{
    return QStringLiteral("profile/") + name + QLatin1Char('/') + serviceName(service) +
           QStringLiteral("/clientSecret");
}

QFuture<Result<TenantProfile>> ProfileStore::add(ProfileDraft draft)
{
    using R = Result<TenantProfile>;
    if (Status valid = ProfileSettings::validateName(draft.name); !valid)
        return failed<R>(valid.error());
    if (draft.keys.empty())
        return failed<R>(Error::validation(QStringLiteral("service-key"),
                                           Tr::tr("a profile needs at least one service key")));
    TenantProfile profile;
    profile.name = draft.name;
    if (!draft.caFile.isEmpty()) {
        // Checked now rather than at the first connection: a wrong file should fail here.
        profile.caFile = QFileInfo(draft.caFile).absoluteFilePath();
        Result<QByteArray> bytes = readFileBounded(profile.caFile, kMaxCaFileSize, Tr::tr("a CA bundle"));
        if (!bytes)
            return failed<R>(bytes.error());
        const auto certificates = crypto::Certificate::listFromPem(*bytes);
        if (!certificates)
            return failed<R>(Error::make(Error::Kind::Validation,
                                         Tr::tr("not a PEM CA bundle: %1").arg(certificates.error().message),
                                         profile.caFile));
    }
    if (!draft.pinSha256.isEmpty()) {
        Result<QString> pin = ProfileSettings::normalisePin(draft.pinSha256);
        if (!pin)
            return failed<R>(pin.error());
        profile.pinSha256 = *pin;
    }
    if (!draft.replace && m_profiles.contains(draft.name))
        return failed<R>(Error::conflict(Tr::tr("a profile named '%1' exists already").arg(draft.name)));
    if (!m_secrets)
        return failed<R>(Error::make(Error::Kind::Internal, Tr::tr("no secret store")));

    // A later key of a service replaces an earlier one: only the last secret of each is written.
    std::map<Service, const ServiceKey*> last;
    for (const ServiceKey& key : draft.keys)
        last[key.service] = &key;
    auto job = std::make_shared<Job>();
    job->store = m_secrets;
    for (const auto& [service, key] : last) {
        profile.services[service] = ServiceEndpoint{key->tokenUrl,     key->apiRoot,  key->clientId,
                                                    key->identityZone, key->tenantId, key->subaccountId,
                                                    key->xsappname,    key->createDate};
        job->steps.append({Step::Write, secretKey(draft.name, service),
                           QByteArray(key->clientSecret.data(), key->clientSecret.size()), {}});
    }
    // The settings only after every secret is in the store: a profile that is listed can connect.
    job->steps.append({Step::Run, {}, {}, [settings = m_settings, profile] {
                           return settings ? ProfileSettings(*settings).put(profile) : settingsGone();
                       }});
    // A replaced profile may have had services the new one has not: their secrets go. Removing a
    // key that holds nothing succeeds, so this needs no knowledge of the old profile.
    for (Service service : kServices)
        if (!profile.services.count(service))
            job->steps.append({Step::Remove, secretKey(draft.name, service), {}, {}});
    return run(job).then([profile](Status status) -> R {
        if (!status)
            return status.error();
        return profile;
    });
}

QFuture<Status> ProfileStore::remove(const QString& name)
{
    if (Status valid = ProfileSettings::validateName(name); !valid)
        return detail::readyFuture<Status>(valid);
    if (!m_profiles.contains(name))
        return detail::readyFuture<Status>(Error::notFound(Tr::tr("no profile named '%1'").arg(name)));
    if (!m_secrets)
        return detail::readyFuture<Status>(Error::make(Error::Kind::Internal, Tr::tr("no secret store")));
    // Secrets first: if the keychain fails, the profile is still listed and the removal can be
    // retried, instead of leaving secrets behind that nothing names any more.
    auto job = std::make_shared<Job>();
    job->store = m_secrets;
    for (Service service : kServices)
        job->steps.append({Step::Remove, secretKey(name, service), {}, {}});
    job->steps.append({Step::Run, {}, {}, [settings = m_settings, name] {
                           return settings ? ProfileSettings(*settings).erase(name) : settingsGone();
                       }});
    return run(job);
}

QFuture<Result<QByteArray>> ProfileStore::clientSecret(const QString& name, Service service)
{
    if (Status valid = ProfileSettings::validateName(name); !valid)
        return failed<Result<QByteArray>>(valid.error());
    if (!m_secrets)
        return failed<Result<QByteArray>>(Error::make(Error::Kind::Internal, Tr::tr("no secret store")));
    return m_secrets->read(secretKey(name, service));
}

} // namespace gh::remote
