#pragma once

#include "app/client/remote/ServiceKey.h"
#include "app/domain/Result.h"

#include <QFuture>
#include <QList>
#include <QPointer>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <map>
#include <vector>

namespace gh {
class SecretStore;
}

namespace gh::remote {

// What a profile keeps of one service key: everything but the secret.
struct ServiceEndpoint
{
    QUrl tokenUrl;
    QUrl apiRoot;
    QString clientId;
    // Informational, from the key when it had them (shown, never needed to connect).
    QString identityZone;
    QString tenantId;
    QString subaccountId;
    QString xsappname;
    QString createDate;

    bool operator==(const ServiceEndpoint&) const = default;
};

// A remote tenant: the services it was given keys for, and how its servers are trusted: the
// system's CAs, or only the profile's CA bundle (a sandbox tenantd's, a TLS-inspecting proxy's),
// and a pinned certificate on top of either. Plain data; the client secrets are in the SecretStore (secretKey()).
struct TenantProfile
{
    QString name;
    std::map<Service, ServiceEndpoint> services;
    QString caFile;     // absolute path of a PEM CA bundle, then the only CAs trusted; empty: the system CAs
    QString pinSha256;  // SHA-256 of the server certificate (64 lowercase hex); empty: no pin

    const ServiceEndpoint* service(Service s) const
    {
        const auto it = services.find(s);
        return it == services.end() ? nullptr : &it->second;
    }
    bool operator==(const TenantProfile&) const = default;
};

// The non-secret half of the profiles: reading and writing them in a QSettings that the caller
// owns and injects (so tests, the CLI and the cockpit each choose their file). Everything lives
// under the group "profiles/<name>". No SecretStore needed: this is what TenantLocation can ask
// "is --tenant X a profile?" without touching the keychain.
class ProfileSettings
{
public:
    explicit ProfileSettings(QSettings& settings) : m_settings(settings) {}

    // Profile names: ASCII letters, digits, '-', '_' and '.', at most 64, starting with a letter
    // or digit (so that a name never reads as a command-line option or a relative path, and is
    // safe inside settings and secret keys). Validation error naming `name` otherwise.
    static Status validateName(const QString& name);
    // "64 hex digits", with or without ':' between pairs, any case -> lowercase without ':';
    // Validation error otherwise.
    static Result<QString> normalisePin(const QString& text);

    bool contains(const QString& name) const;
    QStringList names() const; // sorted
    // NotFound when there is no such profile; Validation (naming the settings key) when a stored
    // value is damaged (hand-edited settings).
    Result<TenantProfile> get(const QString& name) const;
    // Writes the profile, replacing whatever was stored under its name, and syncs; Io error
    // naming the settings file when it cannot be written.
    Status put(const TenantProfile& profile);
    Status erase(const QString& name);

private:
    Status sync();

    QSettings& m_settings;
};

// What `profile add` is given: a name, one key per service (a later key of a service replaces
// an earlier one), and the trust options.
struct ProfileDraft
{
    QString name;
    std::vector<ServiceKey> keys;
    QString caFile;
    QString pinSha256;
    bool replace = false; // an existing profile of this name is replaced instead of refused
};

// Profiles with their client secrets: the settings half through ProfileSettings, the secrets in
// a SecretStore under secretKey(). Calls finish through the store's thread event loop, like the
// store's own (wait with cli::waitFor or a QFutureWatcher). Neither the settings nor the store
// are owned.
class ProfileStore
{
public:
    ProfileStore(QSettings& settings, SecretStore& secrets);

    // "profile/<name>/<service>/clientSecret"
    static QString secretKey(const QString& name, Service service);

    ProfileSettings& settings() { return m_profiles; }
    QStringList names() const { return m_profiles.names(); }
    Result<TenantProfile> get(const QString& name) const { return m_profiles.get(name); }

    // Validates the draft (name, at least one key, CA file readable and holding certificates,
    // pin), refuses an existing name unless draft.replace, writes the secrets, then the settings,
    // then forgets the secrets of services a replaced profile had and the new one has not. The
    // profile, or the first error (nothing in the settings changes then).
    QFuture<Result<TenantProfile>> add(ProfileDraft draft);
    // Forgets the profile's secrets, then its settings. NotFound when there is no such profile.
    QFuture<Status> remove(const QString& name);
    // The client secret of one service of a profile (for the remote backend); wipe it after use.
    QFuture<Result<QByteArray>> clientSecret(const QString& name, Service service);

private:
    ProfileSettings m_profiles;
    QPointer<QSettings> m_settings; // for the steps that outlive this call
    QPointer<SecretStore> m_secrets;
};

} // namespace gh::remote
