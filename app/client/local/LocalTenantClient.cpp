#include "app/client/local/LocalTenantClient.h"

#include "app/client/local/Codec.h"
#include "app/domain/Parallel.h"
#include "app/domain/StoredUser.h"
#include "app/domain/Validation.h"

#include <QHash>
#include <QJsonDocument>

#include <numeric>
#include <string_view>

namespace gh {

namespace local {

namespace {

Status firstProblem(const Problems& problems)
{
    if (problems.isEmpty())
        return {};
    Error e = problems.first();
    if (problems.size() > 1)
        e.message += QStringLiteral(" (and %1 more problems)").arg(problems.size() - 1);
    return e;
}

// How SQLite orders TEXT keys (memcmp of their UTF-8) between a user id and a key's bytes:
// code unit by code unit while both are ASCII, which ids are; through UTF-8 otherwise.
int compareUtf8(QStringView id, std::string_view bytes)
{
    const std::size_t common = std::min(std::size_t(id.size()), bytes.size());
    for (std::size_t i = 0; i < common; ++i) {
        const char16_t c = id[qsizetype(i)].unicode();
        const uchar b = uchar(bytes[i]);
        if (c >= 0x80 || b >= 0x80) {
            const QByteArray utf8 = id.toUtf8();
            const int order = std::string_view(utf8.constData(), std::size_t(utf8.size())).compare(bytes);
            return order < 0 ? -1 : order > 0 ? 1 : 0;
        }
        if (c != b)
            return c < b ? -1 : 1;
    }
    // One is a prefix of the other (whatever follows in the id, its UTF-8 is longer too).
    return std::size_t(id.size()) == bytes.size() ? 0 : std::size_t(id.size()) < bytes.size() ? -1 : 1;
}

// Derived fields, filled from the assignments table: from its keys alone (an assignment's key is
// its collection's name and its user's id, Assignment::key()), read as bytes into one buffer.
// Users and assignments are then joined by a merge in id order, with no hash of 100,000 ids to
// build and probe: the users come in key order (their id) as the store lists them, and the
// assignments are sorted by user id. Each collection name is made once and shared by every user
// who holds it, and a user's collections stay in key order (by name).
Status enrich(TenantStore& store, QList<User>& users)
{
    struct Key
    {
        qsizetype userStart; // in `ids`
        qsizetype userLength;
        qsizetype collection; // in `names`
    };
    QByteArray ids;
    std::vector<Key> keys;
    QStringList names;
    QByteArray previousCollection;
    std::optional<Error> damaged;
    Status read = store.forEachKey(EntityKind::Assignment, [&](QByteArrayView key) {
        const qsizetype cut = key.indexOf('\n');
        if (cut <= 0 || cut == key.size() - 1) {
            if (!damaged)
                damaged = Error::make(Error::Kind::CorruptStore,
                                      QStringLiteral("an assignment's key is not \"collection\\nuser id\""),
                                      QStringLiteral("%1: %2 '%3'")
                                          .arg(store.path(), entityKindName(EntityKind::Assignment),
                                               QString::fromUtf8(key)));
            return;
        }
        const QByteArrayView collection = key.first(cut);
        if (names.isEmpty() || collection != previousCollection) { // keys come in order: once each
            previousCollection = collection.toByteArray();
            names.append(QString::fromUtf8(collection));
        }
        const QByteArrayView user = key.sliced(cut + 1);
        keys.push_back({ids.size(), user.size(), names.size() - 1});
        ids.append(user);
    });
    if (!read)
        return read;
    if (damaged)
        return *damaged;
    const auto idOf = [&](const Key& k) {
        return std::string_view(ids.constData() + k.userStart, std::size_t(k.userLength));
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) { return idOf(a) < idOf(b); });

    // The users in id order: as listed, unless someone hands over another order.
    const QList<User>& constUsers = users; // no detach while their ids are read
    std::vector<qsizetype> order(std::size_t(constUsers.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto idLess = [&](qsizetype a, qsizetype b) {
        const QByteArray other = constUsers.at(b).id.toUtf8();
        return compareUtf8(constUsers.at(a).id, std::string_view(other.constData(), std::size_t(other.size()))) < 0;
    };
    bool sorted = true;
    for (std::size_t i = 1; sorted && i < order.size(); ++i) {
        const QStringView a = constUsers.at(qsizetype(i - 1)).id, b = constUsers.at(qsizetype(i)).id;
        const bool ascii = std::all_of(a.begin(), a.end(), [](QChar c) { return c.unicode() < 0x80; }) &&
                           std::all_of(b.begin(), b.end(), [](QChar c) { return c.unicode() < 0x80; });
        sorted = ascii ? a.compare(b) < 0 : idLess(qsizetype(i - 1), qsizetype(i));
    }
    if (!sorted)
        std::sort(order.begin(), order.end(), idLess);

    std::vector<QStringList> collections(std::size_t(constUsers.size()));
    std::size_t k = 0;
    for (const qsizetype u : order) {
        const QStringView id = constUsers.at(u).id;
        while (k < keys.size() && compareUtf8(id, idOf(keys[k])) > 0)
            ++k; // an assignment of a user not listed (another page, or gone)
        for (; k < keys.size() && compareUtf8(id, idOf(keys[k])) == 0; ++k)
            collections[std::size_t(u)].append(names.at(keys[k].collection));
    }
    for (qsizetype i = 0; i < users.size(); ++i)
        users[i].roleCollections = std::move(collections[std::size_t(i)]);
    return {};
}

Status enrich(TenantStore& store, QList<RoleCollection>& collections)
{
    auto assignments = list<Assignment>(store);
    if (!assignments)
        return assignments.error();
    QHash<QString, QStringList> byCollection;
    for (const Assignment& a : *assignments)
        byCollection[a.roleCollection].append(a.userId);
    QHash<QString, UserReference> users;
    for (RoleCollection& rc : collections) {
        rc.userReferences.clear();
        for (const QString& id : byCollection.value(rc.name)) {
            if (!users.contains(id)) {
                auto row = store.row(EntityKind::User, id);
                if (!row)
                    return row.error();
                UserReference ref{id, {}, {}};
                if (*row) {
                    auto user = decodeStored<User>(**row, store.path());
                    if (!user)
                        return user.error();
                    ref = {id, user->userName, user->origin};
                }
                users.insert(id, ref);
            }
            rc.userReferences.append(users.value(id));
        }
    }
    return {};
}

template<class T>
Status enrich(TenantStore&, QList<T>&)
{
    return {};
}

} // namespace

// Users as the store wrote them are read straight from their bytes (readStoredUser); any other
// row the general way, with the same errors as rows() and decodeStored().
Result<QList<User>> listUsers(TenantStore& store, PageRequest page)
{
    QList<QByteArray> json;
    auto rows = store.rawRows(EntityKind::User, json, page.skip, page.top);
    if (!rows)
        return rows.error();
    std::vector<std::optional<Result<User>>> decoded(std::size_t(rows->size()));
    std::vector<char> notAnObject(std::size_t(rows->size()), 0);
    const QString path = store.path();
    parallelChunks(rows->size(), 256, [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i) {
            if (std::optional<User> fast = readStoredUser(json.at(i))) {
                decoded[std::size_t(i)].emplace(std::move(*fast));
                continue;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(json.at(i));
            if (!doc.isObject()) {
                notAnObject[std::size_t(i)] = 1;
                continue;
            }
            TenantStore::Row row = rows->at(i);
            row.data = doc.object();
            decoded[std::size_t(i)].emplace(decodeStored<User>(row, path));
        }
    });
    for (qsizetype i = 0; i < rows->size(); ++i) {
        if (notAnObject[std::size_t(i)])
            return Error::make(Error::Kind::CorruptStore, QStringLiteral("stored data is not a JSON object"),
                               QStringLiteral("%1: %2 '%3'").arg(path, entityKindName(EntityKind::User), rows->at(i).key));
    }
    QList<User> out;
    out.reserve(rows->size());
    for (std::optional<Result<User>>& value : decoded) {
        if (!*value)
            return value->error();
        out.append(std::move(*value).value());
    }
    if (Status s = enrich(store, out); !s)
        return s.error();
    return out;
}

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
        return Error::notFound(QStringLiteral("no %1 '%2'").arg(entityKindLabel(T::entityKind), key));
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
                                   QStringLiteral("role collection '%1' is predefined and read-only").arg(key));
        } else if constexpr (std::is_same_v<T, KeystoreEntry>) {
            if (value->isSapOwned())
                return Error::make(Error::Kind::ReadOnly,
                                   QStringLiteral("keystore entry '%1' is owned by SAP and read-only").arg(value->alias));
        } else {
            if (value->isReadOnly)
                return Error::make(Error::Kind::ReadOnly, QStringLiteral("role '%1' is read-only").arg(value->name));
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
        return Error::validation(QStringLiteral("key"), QStringLiteral("is required"));
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
                    return Error::conflict(QStringLiteral("%1 '%2' already exists")
                                               .arg(entityKindLabel(T::entityKind), value.key()));
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
                    return Error::notFound(QStringLiteral("no %1 '%2'").arg(entityKindLabel(T::entityKind), value.key()));
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
                    return Error::notFound(QStringLiteral("no role collection '%1'").arg(roleCollection));
                for (const QString& id : userIds) {
                    auto user = store.row(EntityKind::User, id);
                    if (!user)
                        return user.error();
                    if (!*user)
                        return Error::notFound(QStringLiteral("no user '%1'").arg(id));
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
      m_secureParameters(std::make_unique<LocalResource<SecureParameter>>(m_tenant))
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

} // namespace gh
