#include "app/workspace/TenantDiff.h"

#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Json.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <QMutex>

#include <algorithm>
#include <memory>
#include <type_traits>
#include <optional>
#include <utility>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantDiff)
};
} // namespace

namespace {

using Form = std::optional<std::pair<QString, QJsonObject>>;

QJsonValue setOrNot(bool set)
{
    return set ? QStringLiteral("set") : QStringLiteral("not set");
}

// A date as ISO 8601 UTC; empty (and so left out by the diff) when there is none.
QString date(const QDateTime& value)
{
    return toIsoUtc(value);
}

// ---- Comparable forms ---------------------------------------------------------------------------

Form comparable(const IdentityProvider& idp)
{
    return std::pair{idp.originKey, QJsonObject{{QStringLiteral("name"), idp.name},
                                                {QStringLiteral("type"), idp.type},
                                                {QStringLiteral("description"), idp.description},
                                                {QStringLiteral("status"), idp.status}}};
}

Form comparable(const User& user)
{
    QJsonArray emails;
    for (const Email& e : user.emails)
        emails.append(e.value);
    return std::pair{user.origin + QLatin1Char('/') + user.userName,
                     QJsonObject{{QStringLiteral("givenName"), user.givenName},
                                 {QStringLiteral("familyName"), user.familyName},
                                 {QStringLiteral("emails"), emails},
                                 {QStringLiteral("active"), user.active},
                                 {QStringLiteral("roleCollections"), QJsonArray::fromStringList(user.roleCollections)}}};
}

Form comparable(const Role& role)
{
    if (role.isReadOnly)
        return std::nullopt; // an app's default role: the same wherever the app is subscribed
    QJsonObject form{{QStringLiteral("description"), role.description}};
    // What makes a custom role: the attribute values it restricts to, as SAP sends them.
    for (const char* key : {"attributeList", "scopes"}) {
        const QJsonValue value = role.extra.value(QLatin1String(key));
        if (!value.isUndefined())
            form.insert(QLatin1String(key), value);
    }
    return std::pair{role.key(), form};
}

Form comparable(const RoleCollection& collection)
{
    QStringList roles;
    for (const RoleReference& r : collection.roleReferences)
        roles.append(r.roleKey());
    QStringList mappings;
    for (const AttributeMapping& m : collection.attributeMappings)
        mappings.append(QStringLiteral("%1 %2 %3 (%4)").arg(m.attributeName, m.comparisonOperator, m.attributeValue, m.idpId));
    return std::pair{collection.name, QJsonObject{{QStringLiteral("description"), collection.description},
                                                  {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                                                  {QStringLiteral("mappings"), QJsonArray::fromStringList(mappings)},
                                                  {QStringLiteral("isReadOnly"), collection.isReadOnly}}};
}

Form comparable(const Destination& destination)
{
    QJsonObject form;
    for (const Destination::Property& p : destination.properties()) {
        if (p.secret)
            form.insert(p.key, p.secretState == Destination::SecretState::Set ? QStringLiteral("(set)")
                                                                              : QStringLiteral("(missing)"));
        else
            form.insert(p.key, p.value);
    }
    return std::pair{destination.name(), form};
}

Form comparable(const DestinationCertificate& certificate)
{
    QJsonArray fingerprints;
    QString privateKey;
    for (const DestinationCertificateNode& node : certificate.nodes) {
        if (node.isCertificate() && !node.der.isEmpty())
            fingerprints.append(QString::fromLatin1(
                QCryptographicHash::hash(node.der, QCryptographicHash::Sha256).toHex(':').toUpper()));
        if (node.isPrivateKey())
            privateKey = QStringLiteral("%1 (%2)").arg(node.algorithm, node.format);
    }
    return std::pair{certificate.name, QJsonObject{{QStringLiteral("type"), certificate.type},
                                                   {QStringLiteral("subject"), certificate.subject()},
                                                   {QStringLiteral("fingerprintsSha256"), fingerprints},
                                                   {QStringLiteral("notBefore"), date(certificate.notBefore())},
                                                   {QStringLiteral("notAfter"), date(certificate.notAfter())},
                                                   {QStringLiteral("privateKey"), privateKey}}};
}

Form comparable(const KeystoreEntry& entry)
{
    const QString key = entry.keystore + QLatin1Char('/') + entry.alias;
    QJsonObject form{{QStringLiteral("Type"), entry.type}, {QStringLiteral("Owner"), entry.owner}};
    if (entry.isSapOwned() && entry.isKeyPair())
        return std::pair{key, form}; // the tenant's own SAP key pair: per tenant by design
    form.insert(QStringLiteral("SubjectDN"), entry.subjectDN);
    form.insert(QStringLiteral("IssuerDN"), entry.issuerDN);
    form.insert(QStringLiteral("KeyType"), entry.keyType);
    form.insert(QStringLiteral("KeySize"), entry.keySize);
    form.insert(QStringLiteral("EllipticCurve"), entry.ellipticCurve);
    form.insert(QStringLiteral("FingerprintSha256"), entry.fingerprintSha256);
    form.insert(QStringLiteral("ValidNotBefore"), date(entry.validNotBefore));
    form.insert(QStringLiteral("ValidNotAfter"), date(entry.validNotAfter));
    return std::pair{key, form};
}

Form comparable(const UserCredential& credential)
{
    return std::pair{credential.name, QJsonObject{{QStringLiteral("Kind"), credential.kind},
                                                  {QStringLiteral("Description"), credential.description},
                                                  {QStringLiteral("User"), credential.user},
                                                  {QStringLiteral("CompanyId"), credential.companyId},
                                                  {QStringLiteral("Password"), setOrNot(credential.passwordSet)}}};
}

Form comparable(const OAuth2ClientCredential& credential)
{
    QStringList custom;
    for (const CustomParameter& p : credential.customParameters)
        custom.append(QStringLiteral("%1=%2 (%3)").arg(p.key, p.value, p.sendAsPartOf));
    return std::pair{credential.name,
                     QJsonObject{{QStringLiteral("Description"), credential.description},
                                 {QStringLiteral("TokenServiceUrl"), credential.tokenServiceUrl},
                                 {QStringLiteral("ClientId"), credential.clientId},
                                 {QStringLiteral("ClientSecret"), setOrNot(credential.clientSecretSet)},
                                 {QStringLiteral("ClientAuthentication"), credential.clientAuthentication},
                                 {QStringLiteral("Scope"), credential.scope},
                                 {QStringLiteral("ScopeContentType"), credential.scopeContentType},
                                 {QStringLiteral("Resource"), credential.resource},
                                 {QStringLiteral("Audience"), credential.audience},
                                 {QStringLiteral("CustomParameters"), QJsonArray::fromStringList(custom)}}};
}

Form comparable(const SecureParameter& parameter)
{
    return std::pair{parameter.name, QJsonObject{{QStringLiteral("Description"), parameter.description},
                                                 {QStringLiteral("Value"), setOrNot(parameter.secureParamSet)}}};
}

Form comparable(const KnownHost& host)
{
    return std::pair{host.key(), QJsonObject{{QStringLiteral("Comment"), host.comment}}};
}

Form comparable(const PgpKey& key)
{
    QJsonArray subkeys;
    for (const PgpSubkey& s : key.subkeys)
        subkeys.append(QStringLiteral("%1 %2 expires %3%4")
                           .arg(s.keyId, s.algorithm, s.expires.isValid() ? date(s.expires) : QStringLiteral("never"),
                                s.revoked ? QStringLiteral(" (revoked)") : QString()));
    QJsonObject form{{QStringLiteral("UserIds"), QJsonArray::fromStringList(key.userIds)},
                     {QStringLiteral("Algorithm"), key.algorithm},
                     {QStringLiteral("Created"), date(key.created)},
                     {QStringLiteral("Expires"), date(key.expires)},
                     {QStringLiteral("Subkeys"), subkeys},
                     {QStringLiteral("Revoked"), key.revoked}};
    if (!key.publicKey.isEmpty())
        form.insert(QStringLiteral("PublicKeySha256"),
                    QString::fromLatin1(QCryptographicHash::hash(key.publicKey, QCryptographicHash::Sha256).toHex()));
    return std::pair{key.key(), form};
}

// ---- Comparing one kind -------------------------------------------------------------------------

template<class T>
QMap<QString, QJsonObject> formsOf(const QList<T>& values)
{
    QMap<QString, QJsonObject> forms; // sorted by key: the report's order
    for (const T& value : values) {
        if (Form form = comparable(value))
            forms.insert(form->first, form->second);
    }
    return forms;
}

template<class T>
void diffKind(const QList<T>& a, const QList<T>& b, QList<TenantDifference>& out)
{
    const QMap<QString, QJsonObject> inA = formsOf(a);
    const QMap<QString, QJsonObject> inB = formsOf(b);
    auto ia = inA.cbegin();
    auto ib = inB.cbegin();
    // A merge of the two sorted key lists, so the differences come out in key order.
    while (ia != inA.cend() || ib != inB.cend()) {
        if (ib == inB.cend() || (ia != inA.cend() && ia.key() < ib.key())) {
            out.append({T::entityKind, ia.key(), TenantDifference::Status::OnlyInA, {}});
            ++ia;
        } else if (ia == inA.cend() || ib.key() < ia.key()) {
            out.append({T::entityKind, ib.key(), TenantDifference::Status::OnlyInB, {}});
            ++ib;
        } else if (ia.value() == ib.value()) { // the common case, without flattening
            ++ia;
            ++ib;
        } else {
            QList<changes::PropertyDiff> fields = changes::propertyDiff(ia.value(), ib.value());
            if (!fields.isEmpty())
                out.append({T::entityKind, ia.key(), TenantDifference::Status::Differs, std::move(fields)});
            ++ia;
            ++ib;
        }
    }
}

QList<EntityKind> kindsOrAll(const QList<EntityKind>& kinds)
{
    return kinds.isEmpty() ? diffedKinds() : kinds;
}

// ---- Listing one tenant -------------------------------------------------------------------------

struct ListState
{
    TenantListing listing;
    ListProgress progress;
    QMutex mutex; // the first error; the lists finish on whichever threads their backend uses
    std::optional<Error> error;

    void fail(Error e)
    {
        const QMutexLocker lock(&mutex);
        if (!error)
            error = std::move(e);
    }
};

template<class T>
QFuture<void> listInto(ResourceClient<T>& client, QList<T>& target, const std::shared_ptr<ListState>& state,
                       const QString& tenant)
{
    return client.list().then([state, &target, tenant](Result<QList<T>> listed) {
        if (!listed) {
            Error e = listed.error();
            const QString what = tenant + QStringLiteral(", ") + entityKindName(T::entityKind);
            e.where = e.where.isEmpty() ? what : QString(what + QStringLiteral(": ") + e.where);
            state->fail(std::move(e));
            return;
        }
        target = std::move(listed).value(); // each kind its own member: no two writers
        if (state->progress)
            state->progress(T::entityKind, target.size());
    });
}

} // namespace

QList<EntityKind> diffedKinds()
{
    return {EntityKind::IdentityProvider,     EntityKind::User,
            EntityKind::RoleCollection,       EntityKind::Role,
            EntityKind::Destination,          EntityKind::DestinationCertificate,
            EntityKind::KeystoreEntry,        EntityKind::UserCredential,
            EntityKind::OAuth2ClientCredential, EntityKind::SecureParameter,
            EntityKind::KnownHost,            EntityKind::PgpKey};
}

QString differenceStatusName(TenantDifference::Status status)
{
    switch (status) {
    case TenantDifference::Status::OnlyInA:
        return QStringLiteral("onlyInA");
    case TenantDifference::Status::OnlyInB:
        return QStringLiteral("onlyInB");
    case TenantDifference::Status::Differs:
        break;
    }
    return QStringLiteral("differs");
}

QJsonObject differenceJson(const TenantDifference& difference)
{
    QJsonObject out{{QStringLiteral("kind"), entityKindName(difference.kind)},
                    {QStringLiteral("key"), difference.key},
                    {QStringLiteral("status"), differenceStatusName(difference.status)}};
    if (difference.status == TenantDifference::Status::Differs) {
        QJsonArray fields;
        for (const changes::PropertyDiff& f : difference.fields) {
            fields.append(QJsonObject{{QStringLiteral("field"), f.property},
                                      {QStringLiteral("a"), f.before.isEmpty() ? QJsonValue() : QJsonValue(f.before)},
                                      {QStringLiteral("b"), f.after.isEmpty() ? QJsonValue() : QJsonValue(f.after)}});
        }
        out.insert(QStringLiteral("fields"), fields);
    }
    return out;
}

namespace {

// Calls `fn(listOfA, listOfB)` for each kind of `kinds` (empty: all), in diffedKinds() order.
template<class F>
void forEachKind(const TenantListing& a, const TenantListing& b, const QList<EntityKind>& kinds, F&& fn)
{
    const QList<EntityKind> wanted = kindsOrAll(kinds);
    for (EntityKind kind : diffedKinds()) { // the report's order, whatever order was asked
        if (!wanted.contains(kind))
            continue;
        switch (kind) {
        case EntityKind::IdentityProvider:
            fn(a.identityProviders, b.identityProviders);
            break;
        case EntityKind::User:
            fn(a.users, b.users);
            break;
        case EntityKind::Role:
            fn(a.roles, b.roles);
            break;
        case EntityKind::RoleCollection:
            fn(a.roleCollections, b.roleCollections);
            break;
        case EntityKind::Destination:
            fn(a.destinations, b.destinations);
            break;
        case EntityKind::DestinationCertificate:
            fn(a.destinationCertificates, b.destinationCertificates);
            break;
        case EntityKind::KeystoreEntry:
            fn(a.keystore, b.keystore);
            break;
        case EntityKind::UserCredential:
            fn(a.userCredentials, b.userCredentials);
            break;
        case EntityKind::OAuth2ClientCredential:
            fn(a.oauth2ClientCredentials, b.oauth2ClientCredentials);
            break;
        case EntityKind::SecureParameter:
            fn(a.secureParameters, b.secureParameters);
            break;
        case EntityKind::KnownHost:
            fn(a.knownHosts, b.knownHosts);
            break;
        case EntityKind::PgpKey:
            fn(a.pgpKeys, b.pgpKeys);
            break;
        case EntityKind::RoleTemplate:
        case EntityKind::Assignment:
            break; // not compared: templates come with the apps, assignments are the users'
        }
    }
}

} // namespace

QList<TenantDifference> diffListings(const TenantListing& a, const TenantListing& b, const QList<EntityKind>& kinds)
{
    QList<TenantDifference> out;
    forEachKind(a, b, kinds, [&out](const auto& inA, const auto& inB) { diffKind(inA, inB, out); });
    return out;
}

QList<SameItem> sameInListings(const TenantListing& a, const TenantListing& b, const QList<EntityKind>& kinds)
{
    QList<SameItem> out;
    forEachKind(a, b, kinds, [&out](const auto& inA, const auto& inB) {
        using T = typename std::decay_t<decltype(inA)>::value_type;
        const QMap<QString, QJsonObject> formsA = formsOf(inA);
        const QMap<QString, QJsonObject> formsB = formsOf(inB);
        for (auto it = formsA.cbegin(); it != formsA.cend(); ++it) {
            const auto other = formsB.constFind(it.key());
            // Equal forms, or forms whose flattened fields do not differ (as diffKind decides).
            if (other != formsB.cend()
                && (other.value() == it.value() || changes::propertyDiff(it.value(), other.value()).isEmpty()))
                out.append({T::entityKind, it.key()});
        }
    });
    return out;
}

QFuture<Result<TenantListing>> listTenant(TenantClient& client, const QList<EntityKind>& kinds,
                                          ListProgress progress)
{
    auto state = std::make_shared<ListState>();
    state->progress = std::move(progress);
    TenantListing& l = state->listing;
    const QString tenant = client.displayName();
    QList<QFuture<void>> lists;
    for (EntityKind kind : kindsOrAll(kinds)) {
        switch (kind) {
        case EntityKind::IdentityProvider:
            lists.append(listInto(client.identityProviders(), l.identityProviders, state, tenant));
            break;
        case EntityKind::User:
            lists.append(listInto(client.users(), l.users, state, tenant));
            break;
        case EntityKind::Role:
            lists.append(listInto(client.roles(), l.roles, state, tenant));
            break;
        case EntityKind::RoleCollection:
            lists.append(listInto<RoleCollection>(client.roleCollections(), l.roleCollections, state, tenant));
            break;
        case EntityKind::Destination:
            lists.append(listInto(client.destinations(), l.destinations, state, tenant));
            break;
        case EntityKind::DestinationCertificate:
            lists.append(listInto(client.destinationCertificates(), l.destinationCertificates, state, tenant));
            break;
        case EntityKind::KeystoreEntry:
            lists.append(listInto(client.keystore(), l.keystore, state, tenant));
            break;
        case EntityKind::UserCredential:
            lists.append(listInto(client.userCredentials(), l.userCredentials, state, tenant));
            break;
        case EntityKind::OAuth2ClientCredential:
            lists.append(listInto(client.oauth2ClientCredentials(), l.oauth2ClientCredentials, state, tenant));
            break;
        case EntityKind::SecureParameter:
            lists.append(listInto(client.secureParameters(), l.secureParameters, state, tenant));
            break;
        case EntityKind::KnownHost:
            lists.append(listInto(client.knownHosts(), l.knownHosts, state, tenant));
            break;
        case EntityKind::PgpKey:
            lists.append(listInto(client.pgpKeys(), l.pgpKeys, state, tenant));
            break;
        case EntityKind::RoleTemplate:
        case EntityKind::Assignment:
            break;
        }
    }
    return QtFuture::whenAll(lists.begin(), lists.end())
        .then([state, tenant](const QList<QFuture<void>>& done) -> Result<TenantListing> {
            if (state->error)
                return *state->error;
            for (const QFuture<void>& f : done) {
                if (f.isCanceled())
                    return Error::make(Error::Kind::Cancelled, Tr::tr("the tenant was closed while it was read"),
                                       tenant);
            }
            return std::move(state->listing);
        });
}

QFuture<Result<QList<TenantDifference>>> diffTenants(TenantClient& a, TenantClient& b, const QList<EntityKind>& kinds)
{
    QList<QFuture<Result<TenantListing>>> both{listTenant(a, kinds), listTenant(b, kinds)};
    return QtFuture::whenAll(both.begin(), both.end())
        .then(QtFuture::Launch::Async,
              [kinds](const QList<QFuture<Result<TenantListing>>>& listed) -> Result<QList<TenantDifference>> {
                  for (const auto& f : listed) {
                      if (f.isCanceled() || f.resultCount() == 0)
                          return Error::make(Error::Kind::Cancelled, Tr::tr("a tenant was closed while it was read"));
                  }
                  const Result<TenantListing> inA = listed.at(0).result();
                  if (!inA)
                      return inA.error();
                  const Result<TenantListing> inB = listed.at(1).result();
                  if (!inB)
                      return inB.error();
                  return diffListings(*inA, *inB, kinds);
              });
}

} // namespace gh
