#include "app/client/local/LocalTenantClient.h"

#include "app/client/local/Codec.h"
#include "app/client/local/UserListing.h"
#include "app/domain/Parallel.h"
#include "app/domain/StoredUser.h"
#include "app/domain/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace gh {

// Translated with QCoreApplication::translate (context gh::LocalTenantClient): lupdate does not
// see a local Tr class from inside the function templates of this file.

namespace local {

namespace {

Status firstProblem(const Problems& problems)
{
    if (problems.isEmpty())
        return {};
    Error e = problems.first();
    if (problems.size() > 1) {
        const int more = int(problems.size() - 1);
        e.message += QCoreApplication::translate("gh::LocalTenantClient", " (and %n more problem(s))", nullptr, more);
    }
    return e;
}

// A user's role collections, from the assignments' keys.
Status enrich(TenantStore& store, QList<User>& users)
{
    return assignCollections(store, users);
}

// The collections' users: their assignments with each user's stored JSON, joined by SQLite
// (only the users assigned are read), for the collections' range of names.
Status enrich(TenantStore& store, QList<RoleCollection>& collections)
{
    if (collections.isEmpty())
        return {};
    QString first = collections.first().name, last = first;
    for (const RoleCollection& rc : std::as_const(collections)) {
        first = std::min(first, rc.name);
        last = std::max(last, rc.name);
    }
    // In user order: within a collection that is its keys' order.
    QHash<QString, QList<UserReference>> byCollection;
    std::optional<Error> failed;
    Status read = store.forEachAssignmentWithUser(std::pair{first, last}, [&](QByteArrayView key, QByteArrayView json) {
        if (failed)
            return;
        const qsizetype cut = key.indexOf('\n');
        if (cut <= 0 || cut == key.size() - 1) {
            failed = Error::make(Error::Kind::CorruptStore, QCoreApplication::translate("gh::LocalTenantClient", "an assignment's key is not \"collection\\nuser id\""),
                                 QStringLiteral("%1: %2 '%3'").arg(store.path(), entityKindName(EntityKind::Assignment),
                                                                   QString::fromUtf8(key)));
            return;
        }
        QList<UserReference>& held = byCollection[QString::fromUtf8(key.first(cut))];
        UserReference ref{QString::fromUtf8(key.sliced(cut + 1)), {}, {}};
        if (!json.isEmpty()) {
            std::optional<User> user = readStoredUser(json);
            if (!user) { // not as the store writes users: the general reader, with its errors
                const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray());
                if (!doc.isObject()) {
                    failed = Error::make(Error::Kind::CorruptStore, QCoreApplication::translate("gh::LocalTenantClient", "stored data is not a JSON object"),
                                         QStringLiteral("%1: %2 '%3'").arg(store.path(), entityKindName(EntityKind::User), ref.id));
                    return;
                }
                auto decoded = decodeStored<User>(TenantStore::Row{ref.id, doc.object(), {}, {}}, store.path());
                if (!decoded) {
                    failed = decoded.error();
                    return;
                }
                user = std::move(*decoded);
            }
            ref = {ref.id, user->userName, user->origin};
        }
        held.append(std::move(ref));
    });
    if (!read)
        return read;
    if (failed)
        return *failed;
    for (RoleCollection& rc : collections)
        rc.userReferences = byCollection.value(rc.name);
    return {};
}

template<class T>
Status enrich(TenantStore&, QList<T>&)
{
    return {};
}

} // namespace

template<class T>
Result<QList<T>> list(TenantStore& store, PageRequest page)
{
    if constexpr (std::is_same_v<T, User>)
        return listUsers(store, page);
    auto rows = store.rows(T::entityKind, page.skip, page.top);
    if (!rows)
        return rows.error();
    // Decoded on every core (each row on its own); the first error in row order is reported.
    std::vector<std::optional<Result<T>>> decoded(std::size_t(rows->size()));
    const QString path = store.path();
    parallelChunks(rows->size(), 64, [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i)
            decoded[std::size_t(i)].emplace(decodeStored<T>(rows->at(i), path));
    });
    QList<T> out;
    out.reserve(rows->size());
    for (std::optional<Result<T>>& value : decoded) {
        if (!*value)
            return value->error();
        out.append(std::move(*value).value());
    }
    if (Status s = enrich(store, out); !s)
        return s.error();
    return out;
}

template<class T>
Result<T> get(TenantStore& store, const QString& key)
{
    auto row = store.row(T::entityKind, key);
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(QCoreApplication::translate("gh::LocalTenantClient", "no %1 '%2'").arg(entityKindText(T::entityKind), key));
    auto value = decodeStored<T>(**row, store.path());
    if (!value)
        return value.error();
    QList<T> one{std::move(value).value()};
    if (Status s = enrich(store, one); !s)
        return s.error();
    return one.first();
}

template<class T>
Status checkWritable(TenantStore& store, const QString& key)
{
    if constexpr (std::is_same_v<T, RoleCollection> || std::is_same_v<T, KeystoreEntry> || std::is_same_v<T, Role>) {
        // What cannot be read cannot be shown to be writable: only "not there" passes.
        auto value = get<T>(store, key);
        if (!value)
            return value.error().kind == Error::Kind::NotFound ? Status() : Status(value.error());
        if constexpr (std::is_same_v<T, RoleCollection>) {
            if (value->isReadOnly)
                return Error::make(Error::Kind::ReadOnly,
                                   QCoreApplication::translate("gh::LocalTenantClient", "role collection '%1' is predefined and read-only").arg(key));
        } else if constexpr (std::is_same_v<T, KeystoreEntry>) {
            if (value->isSapOwned())
                return Error::make(Error::Kind::ReadOnly,
                                   QCoreApplication::translate("gh::LocalTenantClient", "keystore entry '%1' is owned by SAP and read-only").arg(value->alias));
        } else {
            if (value->isReadOnly)
                return Error::make(Error::Kind::ReadOnly, QCoreApplication::translate("gh::LocalTenantClient", "role '%1' is read-only").arg(value->name));
        }
    }
    return {};
}

template<class T>
Status validate(const T& value)
{
    if constexpr (std::is_same_v<T, Destination>)
        return firstProblem(validateDestination(value));
    else if constexpr (std::is_same_v<T, User>)
        return firstProblem(validateUser(value));
    else if constexpr (std::is_same_v<T, RoleCollection>)
        return firstProblem(validateRoleCollection(value));
    else if constexpr (std::is_same_v<T, KeystoreEntry>)
        return firstProblem(validateKeystoreEntry(value));
    else if constexpr (std::is_same_v<T, UserCredential>)
        return firstProblem(validateUserCredential(value));
    else if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
        return firstProblem(validateOAuth2ClientCredential(value));
    else if constexpr (std::is_same_v<T, SecureParameter>)
        return firstProblem(validateSecureParameter(value));
    else if constexpr (std::is_same_v<T, DestinationCertificate>)
        return firstProblem(validateDestinationCertificate(value));
    else if (value.key().trimmed().isEmpty())
        return Error::validation(QStringLiteral("key"), QCoreApplication::translate("gh::LocalTenantClient", "is required"));
    return {};
}

#define GH_INSTANTIATE(T)                                                                          \
    template Result<QList<T>> list<T>(TenantStore&, PageRequest);                                  \
    template Result<T> get<T>(TenantStore&, const QString&);                                       \
    template Status checkWritable<T>(TenantStore&, const QString&);                                \
    template Status validate<T>(const T&);
GH_INSTANTIATE(IdentityProvider)
GH_INSTANTIATE(User)
GH_INSTANTIATE(RoleTemplate)
GH_INSTANTIATE(Role)
GH_INSTANTIATE(RoleCollection)
GH_INSTANTIATE(Assignment)
GH_INSTANTIATE(Destination)
GH_INSTANTIATE(KeystoreEntry)
GH_INSTANTIATE(UserCredential)
GH_INSTANTIATE(OAuth2ClientCredential)
GH_INSTANTIATE(SecureParameter)
GH_INSTANTIATE(DestinationCertificate)
GH_INSTANTIATE(KnownHost)
GH_INSTANTIATE(PgpKey)
#undef GH_INSTANTIATE

} // namespace local

// ---- The generic resource over one table ------------------------------------------------------

template<class T>
class LocalResource : public virtual ResourceClient<T>
{
public:
    explicit LocalResource(std::shared_ptr<LocalTenant> tenant) : m_tenant(std::move(tenant)) {}

    QFuture<Result<QList<T>>> list(PageRequest page) override
    {
        return m_tenant->run([page](TenantStore& store) { return local::list<T>(store, page); });
    }

    QFuture<Result<qint64>> count() override
    {
        return m_tenant->run([](TenantStore& store) { return store.count(T::entityKind); });
    }

    QFuture<Result<T>> get(const QString& key) override
    {
        return m_tenant->run([key](TenantStore& store) { return local::get<T>(store, key); });
    }

    QFuture<Result<T>> create(const T& value) override
    {
        return m_tenant->run([value](TenantStore& store) -> Result<T> {
            if (Status s = local::validate(value); !s)
                return s.error();
            // One transaction: no other writer can create the same key between check and write.
            Status written = store.transaction([&]() -> Status {
                auto existing = store.row(T::entityKind, value.key());
                if (!existing)
                    return existing.error();
                if (*existing)
                    return Error::conflict(QCoreApplication::translate("gh::LocalTenantClient", "%1 '%2' already exists")
                                               .arg(entityKindText(T::entityKind), value.key()));
                return store.put(T::entityKind, value.key(), storedForm(value));
            });
            if (!written)
                return written.error();
            return local::get<T>(store, value.key());
        });
    }

    QFuture<Result<T>> update(const T& value) override
    {
        return m_tenant->run([value](TenantStore& store) -> Result<T> {
            if (Status s = local::validate(value); !s)
                return s.error();
            Status written = store.transaction([&]() -> Status {
                auto existing = store.row(T::entityKind, value.key());
                if (!existing)
                    return existing.error();
                if (!*existing)
                    return Error::notFound(QCoreApplication::translate("gh::LocalTenantClient", "no %1 '%2'").arg(entityKindText(T::entityKind), value.key()));
                if (Status s = local::checkWritable<T>(store, value.key()); !s)
                    return s;
                return store.put(T::entityKind, value.key(), storedForm(value));
            });
            if (!written)
                return written.error();
            return local::get<T>(store, value.key());
        });
    }

    QFuture<Status> remove(const QString& key) override
    {
        return m_tenant->run([key](TenantStore& store) -> Status {
            if (Status s = local::checkWritable<T>(store, key); !s)
                return s;
            return store.transaction([&]() -> Status {
                if (Status s = store.remove(T::entityKind, key); !s)
                    return s;
                return removeAssignmentsOf(store, key);
            });
        });
    }

protected:
    // Deleting a user or a role collection deletes its assignments with it.
    static Status removeAssignmentsOf(TenantStore& store, const QString& key)
    {
        if constexpr (std::is_same_v<T, User> || std::is_same_v<T, RoleCollection>) {
            auto assignments = local::list<Assignment>(store);
            if (!assignments)
                return assignments.error();
            for (const Assignment& a : *assignments) {
                const bool match = std::is_same_v<T, User> ? a.userId == key : a.roleCollection == key;
                if (match) {
                    if (Status s = store.remove(EntityKind::Assignment, a.key()); !s)
                        return s;
                }
            }
        } else {
            Q_UNUSED(store);
            Q_UNUSED(key);
        }
        return {};
    }

    std::shared_ptr<LocalTenant> m_tenant;
};

class LocalRoleCollections final : public RoleCollectionsClient, public LocalResource<RoleCollection>
{
public:
    using LocalResource<RoleCollection>::LocalResource;

    QFuture<Status> assignUsers(const QString& roleCollection, const QStringList& userIds) override
    {
        return m_tenant->run([roleCollection, userIds](TenantStore& store) -> Status {
            return store.transaction([&]() -> Status {
                auto rc = store.row(EntityKind::RoleCollection, roleCollection);
                if (!rc)
                    return rc.error();
                if (!*rc)
                    return Error::notFound(QCoreApplication::translate("gh::LocalTenantClient", "no role collection '%1'").arg(roleCollection));
                for (const QString& id : userIds) {
                    auto user = store.row(EntityKind::User, id);
                    if (!user)
                        return user.error();
                    if (!*user)
                        return Error::notFound(QCoreApplication::translate("gh::LocalTenantClient", "no user '%1'").arg(id));
                    const Assignment a{roleCollection, id};
                    if (Status s = store.put(EntityKind::Assignment, a.key(), storedForm(a)); !s)
                        return s;
                }
                return {};
            });
        });
    }

    QFuture<Status> unassignUsers(const QString& roleCollection, const QStringList& userIds) override
    {
        return m_tenant->run([roleCollection, userIds](TenantStore& store) -> Status {
            return store.transaction([&]() -> Status {
                for (const QString& id : userIds) {
                    if (Status s = store.remove(EntityKind::Assignment, Assignment{roleCollection, id}.key()); !s)
                        return s;
                }
                return {};
            });
        });
    }
};

// ---- LocalTenantClient ------------------------------------------------------------------------

LocalTenantClient::LocalTenantClient(std::shared_ptr<LocalTenant> tenant)
    : m_tenant(std::move(tenant)),
      m_identityProviders(std::make_unique<LocalResource<IdentityProvider>>(m_tenant)),
      m_users(std::make_unique<LocalResource<User>>(m_tenant)),
      m_roleTemplates(std::make_unique<LocalResource<RoleTemplate>>(m_tenant)),
      m_roles(std::make_unique<LocalResource<Role>>(m_tenant)),
      m_roleCollections(std::make_unique<LocalRoleCollections>(m_tenant)),
      m_destinations(std::make_unique<LocalResource<Destination>>(m_tenant)),
      m_destinationCertificates(std::make_unique<LocalResource<DestinationCertificate>>(m_tenant)),
      m_keystore(std::make_unique<LocalResource<KeystoreEntry>>(m_tenant)),
      m_userCredentials(std::make_unique<LocalResource<UserCredential>>(m_tenant)),
      m_oauth2ClientCredentials(std::make_unique<LocalResource<OAuth2ClientCredential>>(m_tenant)),
      m_secureParameters(std::make_unique<LocalResource<SecureParameter>>(m_tenant)),
      m_knownHosts(std::make_unique<LocalResource<KnownHost>>(m_tenant)),
      m_pgpKeys(std::make_unique<LocalResource<PgpKey>>(m_tenant))
{
}

LocalTenantClient::~LocalTenantClient() = default;

QString LocalTenantClient::displayName() const { return m_tenant->name(); }
ResourceClient<IdentityProvider>& LocalTenantClient::identityProviders() { return *m_identityProviders; }
ResourceClient<User>& LocalTenantClient::users() { return *m_users; }
ResourceClient<RoleTemplate>& LocalTenantClient::roleTemplates() { return *m_roleTemplates; }
ResourceClient<Role>& LocalTenantClient::roles() { return *m_roles; }
RoleCollectionsClient& LocalTenantClient::roleCollections() { return *m_roleCollections; }
ResourceClient<Destination>& LocalTenantClient::destinations() { return *m_destinations; }
ResourceClient<DestinationCertificate>& LocalTenantClient::destinationCertificates()
{
    return *m_destinationCertificates;
}
ResourceClient<KeystoreEntry>& LocalTenantClient::keystore() { return *m_keystore; }
ResourceClient<UserCredential>& LocalTenantClient::userCredentials() { return *m_userCredentials; }
ResourceClient<OAuth2ClientCredential>& LocalTenantClient::oauth2ClientCredentials() { return *m_oauth2ClientCredentials; }
ResourceClient<SecureParameter>& LocalTenantClient::secureParameters() { return *m_secureParameters; }
ResourceClient<KnownHost>& LocalTenantClient::knownHosts() { return *m_knownHosts; }
ResourceClient<PgpKey>& LocalTenantClient::pgpKeys() { return *m_pgpKeys; }

} // namespace gh
