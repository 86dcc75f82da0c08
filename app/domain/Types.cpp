#include "app/domain/Types.h"

#include <QCoreApplication>

namespace gh {

namespace { struct Tr { Q_DECLARE_TR_FUNCTIONS(gh::Types) }; } // namespace

namespace {

struct KindName
{
    EntityKind kind;
    const char* table;
    const char* label;
};

constexpr KindName kKindNames[] = {
    {EntityKind::IdentityProvider, "identity_providers", QT_TRANSLATE_NOOP("gh::EntityKind", "identity provider")},
    {EntityKind::User, "users", QT_TRANSLATE_NOOP("gh::EntityKind", "user")},
    {EntityKind::RoleTemplate, "role_templates", QT_TRANSLATE_NOOP("gh::EntityKind", "role template")},
    {EntityKind::Role, "roles", QT_TRANSLATE_NOOP("gh::EntityKind", "role")},
    {EntityKind::RoleCollection, "role_collections", QT_TRANSLATE_NOOP("gh::EntityKind", "role collection")},
    {EntityKind::Assignment, "assignments", QT_TRANSLATE_NOOP("gh::EntityKind", "role collection assignment")},
    {EntityKind::Destination, "destinations", QT_TRANSLATE_NOOP("gh::EntityKind", "destination")},
    {EntityKind::KeystoreEntry, "keystore_entries", QT_TRANSLATE_NOOP("gh::EntityKind", "keystore entry")},
    {EntityKind::UserCredential, "user_credentials", QT_TRANSLATE_NOOP("gh::EntityKind", "user credential")},
    {EntityKind::OAuth2ClientCredential, "oauth2_client_credentials", QT_TRANSLATE_NOOP("gh::EntityKind", "OAuth2 client credential")},
    {EntityKind::SecureParameter, "secure_parameters", QT_TRANSLATE_NOOP("gh::EntityKind", "secure parameter")},
    {EntityKind::DestinationCertificate, "destination_certificates", QT_TRANSLATE_NOOP("gh::EntityKind", "destination certificate")},
    {EntityKind::KnownHost, "known_hosts", QT_TRANSLATE_NOOP("gh::EntityKind", "known host")},
    {EntityKind::PgpKey, "pgp_keys", QT_TRANSLATE_NOOP("gh::EntityKind", "PGP key")},
};

// Reads an array of objects at `key`, decoding each with `decode(reader)`.
template<class T, class Decode>
QList<T> readObjects(JsonReader& in, QLatin1String key, Decode decode)
{
    QList<T> out;
    const QJsonArray items = in.array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            in.fail(in.pathOf(key, i), Tr::tr("expected an object"));
            return {};
        }
        JsonReader child(items.at(i).toObject(), in.pathOf(key, i));
        out.append(decode(child));
        in.adopt(child.error());
    }
    return out;
}

template<class T>
Result<T> finish(T value, const JsonReader& in)
{
    if (in.error())
        return *in.error();
    return value;
}

QJsonValue nullable(const QString& s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue secretMarker(bool set)
{
    return set ? QJsonValue(QString(kSecretSetMarker)) : QJsonValue(QJsonValue::Null);
}

bool readSecretMarker(JsonReader& in, QLatin1String key)
{
    const auto value = in.optionalString(key);
    return value.has_value() && !value->isEmpty();
}

SecurityArtifactDescriptor readDescriptor(JsonReader& in)
{
    SecurityArtifactDescriptor d;
    JsonReader child(in.object(QLatin1String("SecurityArtifactDescriptor")),
                     in.pathOf(QLatin1String("SecurityArtifactDescriptor")));
    d.type = child.string(QLatin1String("Type"));
    d.deployedBy = child.string(QLatin1String("DeployedBy"));
    d.deployedOn = child.date(QLatin1String("DeployedOn"));
    d.status = child.string(QLatin1String("Status"));
    in.adopt(child.error());
    return d;
}

QJsonObject writeDescriptor(const SecurityArtifactDescriptor& d, JsonStyle style)
{
    return QJsonObject{{QStringLiteral("Type"), d.type},
                       {QStringLiteral("DeployedBy"), d.deployedBy},
                       {QStringLiteral("DeployedOn"), writeDate(d.deployedOn, style, true)},
                       {QStringLiteral("Status"), d.status}};
}

} // namespace

QString entityKindName(EntityKind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.table);
    }
    return {};
}

std::optional<EntityKind> entityKindFromName(const QString& name)
{
    for (const KindName& k : kKindNames) {
        if (name == QLatin1String(k.table))
            return k.kind;
    }
    return std::nullopt;
}

QString entityKindLabel(EntityKind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.label);
    }
    return {};
}

QString entityKindText(EntityKind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QCoreApplication::translate("gh::EntityKind", k.label);
    }
    return {};
}

// ---- IdentityProvider -------------------------------------------------------------------------

QJsonObject IdentityProvider::toJson(JsonStyle) const
{
    QJsonObject out{{QStringLiteral("originKey"), originKey},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("status"), status}};
    mergeExtra(out, extra);
    return out;
}

Result<IdentityProvider> IdentityProvider::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    IdentityProvider idp;
    idp.originKey = in.string(QLatin1String("originKey"), true);
    idp.name = in.string(QLatin1String("name"));
    idp.type = in.string(QLatin1String("type"));
    idp.description = in.string(QLatin1String("description"));
    // A trust configuration that does not say is in use: BTP lists only active ones by default.
    if (const QString status = in.string(QLatin1String("status")); !status.isEmpty())
        idp.status = status;
    idp.extra = in.rest();
    return finish(std::move(idp), in);
}

// ---- User -------------------------------------------------------------------------------------

QString User::primaryEmail() const
{
    for (const Email& e : emails) {
        if (e.primary)
            return e.value;
    }
    return emails.isEmpty() ? QString() : emails.first().value;
}

QString User::displayName() const
{
    const QString full = QString(givenName + QLatin1Char(' ') + familyName).trimmed();
    return full.isEmpty() ? userName : full;
}

QJsonObject User::toJson(JsonStyle style) const
{
    QJsonArray mails;
    for (const Email& e : emails)
        mails.append(QJsonObject{{QStringLiteral("value"), e.value}, {QStringLiteral("primary"), e.primary}});
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), givenName},
                                             {QStringLiteral("familyName"), familyName}}},
        {QStringLiteral("emails"), mails},
        {QStringLiteral("active"), active},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("zoneId"), zoneId},
        {QStringLiteral("lastLogonTime"), writeDate(lastLogonTime, style, false)},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("version"), static_cast<double>(version)},
                                             {QStringLiteral("created"), toIsoUtc(created)},
                                             {QStringLiteral("lastModified"), toIsoUtc(lastModified)}}},
        {QStringLiteral("idpGroups"), QJsonArray::fromStringList(idpGroups)},
        {QStringLiteral("roleCollections"), QJsonArray::fromStringList(roleCollections)},
    };
    mergeExtra(out, extra);
    return out;
}

Result<User> User::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    User u;
    u.id = in.string(QLatin1String("id"), true);
    u.userName = in.string(QLatin1String("userName"));
    if (u.userName.isEmpty())
        u.userName = in.string(QLatin1String("username")); // XSUAA UserReference spelling
    if (u.userName.isEmpty())
        in.fail(in.pathOf(QLatin1String("userName")), Tr::tr("required string is missing"));
    u.origin = in.string(QLatin1String("origin"), true);
    {
        JsonReader name(in.object(QLatin1String("name")), in.pathOf(QLatin1String("name")));
        u.givenName = name.string(QLatin1String("givenName"));
        u.familyName = name.string(QLatin1String("familyName"));
        in.adopt(name.error());
    }
    if (u.givenName.isEmpty())
        u.givenName = in.string(QLatin1String("givenName"));
    if (u.familyName.isEmpty())
        u.familyName = in.string(QLatin1String("familyName"));
    u.emails = readObjects<Email>(in, QLatin1String("emails"), [](JsonReader& e) {
        return Email{e.string(QLatin1String("value"), true), e.boolean(QLatin1String("primary"))};
    });
    if (const QString single = in.string(QLatin1String("email")); !single.isEmpty() && u.emails.isEmpty())
        u.emails.append({single, true});
    u.active = in.boolean(QLatin1String("active"), true);
    u.verified = in.boolean(QLatin1String("verified"));
    u.zoneId = in.string(QLatin1String("zoneId"));
    u.lastLogonTime = in.date(QLatin1String("lastLogonTime"));
    {
        JsonReader meta(in.object(QLatin1String("meta")), in.pathOf(QLatin1String("meta")));
        u.version = meta.integer(QLatin1String("version"));
        u.created = meta.date(QLatin1String("created"));
        u.lastModified = meta.date(QLatin1String("lastModified"));
        in.adopt(meta.error());
    }
    if (!u.created.isValid())
        u.created = in.date(QLatin1String("created"));
    if (!u.lastModified.isValid())
        u.lastModified = in.date(QLatin1String("modified"));
    if (in.has(QLatin1String("version")))
        u.version = in.integer(QLatin1String("version"));
    u.idpGroups = in.stringList(QLatin1String("idpGroups"));
    u.roleCollections = in.stringList(QLatin1String("roleCollections"));
    u.extra = in.rest();
    return finish(std::move(u), in);
}

// ---- RoleTemplate, Role -----------------------------------------------------------------------

QJsonObject RoleTemplate::toJson(JsonStyle) const
{
    QJsonObject out{{QStringLiteral("appId"), appId},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("appName"), appName},
                    {QStringLiteral("scope-references"), QJsonArray::fromStringList(scopeReferences)}};
    mergeExtra(out, extra);
    return out;
}

Result<RoleTemplate> RoleTemplate::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    RoleTemplate t;
    t.appId = in.string(QLatin1String("appId"), true);
    t.name = in.string(QLatin1String("name"), true);
    t.description = in.string(QLatin1String("description"));
    t.appName = in.string(QLatin1String("appName"));
    t.scopeReferences = in.stringList(QLatin1String("scope-references"));
    t.extra = in.rest();
    return finish(std::move(t), in);
}

QJsonObject Role::toJson(JsonStyle) const
{
    QJsonObject out{{QStringLiteral("roleTemplateAppId"), roleTemplateAppId},
                    {QStringLiteral("roleTemplateName"), roleTemplateName},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("appName"), appName},
                    {QStringLiteral("isReadOnly"), isReadOnly}};
    mergeExtra(out, extra);
    return out;
}

Result<Role> Role::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    Role r;
    r.roleTemplateAppId = in.string(QLatin1String("roleTemplateAppId"), true);
    r.roleTemplateName = in.string(QLatin1String("roleTemplateName"), true);
    r.name = in.string(QLatin1String("name"), true);
    r.description = in.string(QLatin1String("description"));
    r.appName = in.string(QLatin1String("appName"));
    r.isReadOnly = in.boolean(QLatin1String("isReadOnly"));
    r.extra = in.rest();
    return finish(std::move(r), in);
}

// ---- RoleCollection ---------------------------------------------------------------------------

QList<AttributeMapping> RoleCollection::groupReferences() const
{
    QList<AttributeMapping> out;
    for (const AttributeMapping& m : attributeMappings) {
        if (m.isGroupMapping())
            out.append(m);
    }
    return out;
}

namespace {
QJsonObject writeMapping(const AttributeMapping& m, const QString& collection)
{
    return QJsonObject{{QStringLiteral("roleCollectionName"), collection},
                       {QStringLiteral("attributeName"), m.attributeName},
                       {QStringLiteral("samlAttrName"), m.attributeName},
                       {QStringLiteral("attributeValue"), m.attributeValue},
                       {QStringLiteral("samlAttributeValue"), m.attributeValue},
                       {QStringLiteral("comparisonOperator"), m.comparisonOperator},
                       {QStringLiteral("idpId"), m.idpId},
                       {QStringLiteral("idpDisplayName"), m.idpDisplayName}};
}
AttributeMapping readMapping(JsonReader& m)
{
    AttributeMapping a;
    a.attributeName = m.string(QLatin1String("attributeName"));
    if (a.attributeName.isEmpty())
        a.attributeName = m.string(QLatin1String("samlAttrName"), true);
    a.attributeValue = m.string(QLatin1String("attributeValue"));
    if (a.attributeValue.isEmpty())
        a.attributeValue = m.string(QLatin1String("samlAttributeValue"), true);
    a.comparisonOperator = m.string(QLatin1String("comparisonOperator"));
    if (a.comparisonOperator.isEmpty())
        a.comparisonOperator = QStringLiteral("equals");
    a.idpId = m.string(QLatin1String("idpId"));
    a.idpDisplayName = m.string(QLatin1String("idpDisplayName"));
    return a;
}
} // namespace

QJsonObject RoleCollection::toJson(JsonStyle) const
{
    QJsonArray roles;
    for (const RoleReference& r : roleReferences) {
        roles.append(QJsonObject{{QStringLiteral("roleTemplateAppId"), r.roleTemplateAppId},
                                 {QStringLiteral("roleTemplateName"), r.roleTemplateName},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("description"), r.description}});
    }
    QJsonArray groups;
    QJsonArray attributes;
    for (const AttributeMapping& m : attributeMappings) {
        const QJsonObject o = writeMapping(m, name);
        attributes.append(o);
        if (m.isGroupMapping())
            groups.append(o);
    }
    QJsonArray users;
    for (const UserReference& u : userReferences) {
        users.append(QJsonObject{{QStringLiteral("id"), u.id},
                                 {QStringLiteral("username"), u.username},
                                 {QStringLiteral("origin"), u.origin}});
    }
    QJsonObject out{{QStringLiteral("name"), name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("roleReferences"), roles},
                    {QStringLiteral("groupReferences"), groups},
                    {QStringLiteral("samlAttributeAssignment"), attributes},
                    {QStringLiteral("userReferences"), users},
                    {QStringLiteral("isReadOnly"), isReadOnly}};
    mergeExtra(out, extra);
    return out;
}

Result<RoleCollection> RoleCollection::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    RoleCollection rc;
    rc.name = in.string(QLatin1String("name"), true);
    rc.description = in.string(QLatin1String("description"));
    rc.roleReferences = readObjects<RoleReference>(in, QLatin1String("roleReferences"), [](JsonReader& r) {
        return RoleReference{r.string(QLatin1String("roleTemplateAppId"), true),
                             r.string(QLatin1String("roleTemplateName"), true),
                             r.string(QLatin1String("name"), true),
                             r.string(QLatin1String("description"))};
    });
    // samlAttributeAssignment holds every mapping; groupReferences repeats the Groups ones.
    const QList<AttributeMapping> groups =
        readObjects<AttributeMapping>(in, QLatin1String("groupReferences"), readMapping);
    rc.attributeMappings =
        readObjects<AttributeMapping>(in, QLatin1String("samlAttributeAssignment"), readMapping);
    for (const AttributeMapping& g : groups) {
        if (!rc.attributeMappings.contains(g))
            rc.attributeMappings.append(g);
    }
    rc.userReferences = readObjects<UserReference>(in, QLatin1String("userReferences"), [](JsonReader& u) {
        UserReference ref{u.string(QLatin1String("id"), true), u.string(QLatin1String("username")),
                          u.string(QLatin1String("origin"))};
        if (ref.username.isEmpty())
            ref.username = u.string(QLatin1String("userName"));
        return ref;
    });
    rc.isReadOnly = in.boolean(QLatin1String("isReadOnly"));
    rc.extra = in.rest();
    return finish(std::move(rc), in);
}

// ---- Assignment -------------------------------------------------------------------------------

QJsonObject Assignment::toJson(JsonStyle) const
{
    return QJsonObject{{QStringLiteral("roleCollectionName"), roleCollection},
                       {QStringLiteral("userId"), userId}};
}

Result<Assignment> Assignment::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    Assignment a{in.string(QLatin1String("roleCollectionName"), true),
                 in.string(QLatin1String("userId"), true)};
    return finish(std::move(a), in);
}

// ---- KeystoreEntry ----------------------------------------------------------------------------

QString KeystoreEntry::hexaliasOf(const QString& alias)
{
    return QString::fromLatin1(alias.toUtf8().toHex().toUpper());
}

QJsonObject KeystoreEntry::toJson(JsonStyle style) const
{
    QJsonArray pems;
    for (const QByteArray& pem : chain)
        pems.append(QString::fromLatin1(pem));
    QJsonObject out{
        {QStringLiteral("Keystore"), keystore},
        {QStringLiteral("Hexalias"), hexalias},
        {QStringLiteral("Alias"), alias},
        {QStringLiteral("Type"), type},
        {QStringLiteral("Owner"), owner},
        {QStringLiteral("KeyType"), keyType},
        {QStringLiteral("KeySize"), keySize},
        {QStringLiteral("EllipticCurve"), nullable(ellipticCurve.isEmpty() ? QString() : ellipticCurve)},
        {QStringLiteral("SubjectDN"), subjectDN},
        {QStringLiteral("IssuerDN"), issuerDN},
        {QStringLiteral("SerialNumber"), serialNumber},
        {QStringLiteral("SignatureAlgorithm"), signatureAlgorithm},
        {QStringLiteral("Version"), version},
        {QStringLiteral("ValidNotBefore"), writeDate(validNotBefore, style, true)},
        {QStringLiteral("ValidNotAfter"), writeDate(validNotAfter, style, true)},
        {QStringLiteral("FingerprintSha1"), fingerprintSha1},
        {QStringLiteral("FingerprintSha256"), fingerprintSha256},
        {QStringLiteral("FingerprintSha512"), fingerprintSha512},
        {QStringLiteral("Status"), nullable(status.isEmpty() ? QString() : status)},
        {QStringLiteral("LastModifiedBy"), lastModifiedBy},
        {QStringLiteral("LastModifiedTime"), writeDate(lastModifiedTime, style, true)},
        {QStringLiteral("CreatedBy"), createdBy},
        {QStringLiteral("CreatedTime"), writeDate(createdTime, style, true)},
        {QStringLiteral("Chain"), pems},
    };
    mergeExtra(out, extra);
    return out;
}

Result<KeystoreEntry> KeystoreEntry::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    KeystoreEntry e;
    e.keystore = in.string(QLatin1String("Keystore"));
    if (e.keystore.isEmpty())
        e.keystore = QStringLiteral("system");
    e.alias = in.string(QLatin1String("Alias"), true);
    e.hexalias = in.string(QLatin1String("Hexalias")).toUpper();
    if (e.hexalias.isEmpty())
        e.hexalias = hexaliasOf(e.alias);
    e.type = in.string(QLatin1String("Type"));
    e.owner = in.string(QLatin1String("Owner"));
    e.keyType = in.string(QLatin1String("KeyType"));
    e.keySize = in.integer32(QLatin1String("KeySize"));
    e.ellipticCurve = in.string(QLatin1String("EllipticCurve"));
    e.subjectDN = in.string(QLatin1String("SubjectDN"));
    e.issuerDN = in.string(QLatin1String("IssuerDN"));
    e.serialNumber = in.string(QLatin1String("SerialNumber"));
    e.signatureAlgorithm = in.string(QLatin1String("SignatureAlgorithm"));
    e.version = in.integer32(QLatin1String("Version"), 3);
    e.validNotBefore = in.date(QLatin1String("ValidNotBefore"));
    e.validNotAfter = in.date(QLatin1String("ValidNotAfter"));
    e.fingerprintSha1 = in.string(QLatin1String("FingerprintSha1"));
    e.fingerprintSha256 = in.string(QLatin1String("FingerprintSha256"));
    e.fingerprintSha512 = in.string(QLatin1String("FingerprintSha512"));
    e.status = in.string(QLatin1String("Status"));
    e.lastModifiedBy = in.string(QLatin1String("LastModifiedBy"));
    e.lastModifiedTime = in.date(QLatin1String("LastModifiedTime"));
    e.createdBy = in.string(QLatin1String("CreatedBy"));
    e.createdTime = in.date(QLatin1String("CreatedTime"));
    for (const QString& pem : in.stringList(QLatin1String("Chain")))
        e.chain.append(pem.toLatin1());
    e.extra = in.rest();
    return finish(std::move(e), in);
}

// ---- Credentials and parameters ---------------------------------------------------------------

QJsonObject UserCredential::toJson(JsonStyle style) const
{
    QJsonObject out{{QStringLiteral("Name"), name},
                    {QStringLiteral("Kind"), kind},
                    {QStringLiteral("Description"), description},
                    {QStringLiteral("User"), user},
                    {QStringLiteral("Password"), secretMarker(passwordSet)},
                    {QStringLiteral("CompanyId"), nullable(companyId.isEmpty() ? QString() : companyId)},
                    {QStringLiteral("SecurityArtifactDescriptor"), writeDescriptor(descriptor, style)}};
    mergeExtra(out, extra);
    return out;
}

Result<UserCredential> UserCredential::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    UserCredential c;
    c.name = in.string(QLatin1String("Name"), true);
    c.kind = in.string(QLatin1String("Kind"), true);
    c.description = in.string(QLatin1String("Description"));
    c.user = in.string(QLatin1String("User"));
    c.passwordSet = readSecretMarker(in, QLatin1String("Password"));
    c.companyId = in.string(QLatin1String("CompanyId"));
    c.descriptor = readDescriptor(in);
    c.extra = in.rest();
    return finish(std::move(c), in);
}

QJsonObject OAuth2ClientCredential::toJson(JsonStyle style) const
{
    QJsonArray params;
    for (const CustomParameter& p : customParameters) {
        params.append(QJsonObject{{QStringLiteral("Key"), p.key},
                                  {QStringLiteral("Value"), p.value},
                                  {QStringLiteral("SendAsPartOf"), p.sendAsPartOf}});
    }
    QJsonObject out{{QStringLiteral("Name"), name},
                    {QStringLiteral("Description"), description},
                    {QStringLiteral("TokenServiceUrl"), tokenServiceUrl},
                    {QStringLiteral("ClientId"), clientId},
                    {QStringLiteral("ClientSecret"), secretMarker(clientSecretSet)},
                    {QStringLiteral("ClientAuthentication"), clientAuthentication},
                    {QStringLiteral("Scope"), scope},
                    {QStringLiteral("ScopeContentType"), scopeContentType},
                    {QStringLiteral("Resource"), resource},
                    {QStringLiteral("Audience"), audience},
                    {QStringLiteral("CustomParameters"), params},
                    {QStringLiteral("SecurityArtifactDescriptor"), writeDescriptor(descriptor, style)}};
    mergeExtra(out, extra);
    return out;
}

Result<OAuth2ClientCredential> OAuth2ClientCredential::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    OAuth2ClientCredential c;
    c.name = in.string(QLatin1String("Name"), true);
    c.description = in.string(QLatin1String("Description"));
    c.tokenServiceUrl = in.string(QLatin1String("TokenServiceUrl"));
    c.clientId = in.string(QLatin1String("ClientId"));
    c.clientSecretSet = readSecretMarker(in, QLatin1String("ClientSecret"));
    c.clientAuthentication = in.string(QLatin1String("ClientAuthentication"));
    if (c.clientAuthentication.isEmpty())
        c.clientAuthentication = QStringLiteral("body");
    c.scope = in.string(QLatin1String("Scope"));
    c.scopeContentType = in.string(QLatin1String("ScopeContentType"));
    if (c.scopeContentType.isEmpty())
        c.scopeContentType = QStringLiteral("urlencoded");
    c.resource = in.string(QLatin1String("Resource"));
    c.audience = in.string(QLatin1String("Audience"));
    c.customParameters = readObjects<CustomParameter>(in, QLatin1String("CustomParameters"), [](JsonReader& p) {
        CustomParameter cp{p.string(QLatin1String("Key"), true), p.string(QLatin1String("Value")),
                           p.string(QLatin1String("SendAsPartOf"))};
        if (cp.sendAsPartOf.isEmpty())
            cp.sendAsPartOf = QStringLiteral("body");
        return cp;
    });
    c.descriptor = readDescriptor(in);
    c.extra = in.rest();
    return finish(std::move(c), in);
}

QJsonObject SecureParameter::toJson(JsonStyle style) const
{
    QJsonObject out{{QStringLiteral("Name"), name},
                    {QStringLiteral("Description"), description},
                    {QStringLiteral("SecureParam"), secretMarker(secureParamSet)},
                    {QStringLiteral("DeployedBy"), deployedBy},
                    {QStringLiteral("DeployedOn"), writeDate(deployedOn, style, true)},
                    {QStringLiteral("Status"), status}};
    mergeExtra(out, extra);
    return out;
}

Result<SecureParameter> SecureParameter::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    SecureParameter p;
    p.name = in.string(QLatin1String("Name"), true);
    p.description = in.string(QLatin1String("Description"));
    p.secureParamSet = readSecretMarker(in, QLatin1String("SecureParam"));
    p.deployedBy = in.string(QLatin1String("DeployedBy"));
    p.deployedOn = in.date(QLatin1String("DeployedOn"));
    p.status = in.string(QLatin1String("Status"));
    p.extra = in.rest();
    return finish(std::move(p), in);
}

} // namespace gh
