#pragma once

// Value types of a tenant, with the field names that SAP's APIs use (see SAP_APIS.md).
// Each type reads and writes its SAP JSON form; fields nobody reads are kept in `extra`
// and written back, so that a round trip never drops what a newer API added.
// Secrets never live here: a secret field only says whether it is set.

#include "app/domain/Json.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh {

// Written in place of a secret that is set; SAP's btp CLI writes the same.
inline constexpr QLatin1String kSecretSetMarker{"<redacted>"};

enum class EntityKind {
    IdentityProvider,
    User,
    RoleTemplate,
    Role,
    RoleCollection,
    Assignment, // a user directly assigned to a role collection
    Destination,
    KeystoreEntry,
    UserCredential,
    OAuth2ClientCredential,
    SecureParameter,
    DestinationCertificate, // a certificate or keystore of the Destination service (subaccount level)
    KnownHost,              // a line of the Cloud Integration tenant's known_hosts
    PgpKey,                 // a key of the tenant's public or secret PGP keyring
};
QString entityKindName(EntityKind kind);              // "users", "destinations", … (table names)
std::optional<EntityKind> entityKindFromName(const QString& name);
QString entityKindLabel(EntityKind kind);             // "user", "destination", … (also in --json: English)
QString entityKindText(EntityKind kind);              // the same, translated, for sentences to people

struct IdentityProvider
{
    QString originKey;   // "sap.default", "corporate-aad"
    QString name;        // display name
    QString type;        // "sap" (SAP ID service), "saml", "oidc", "ias"
    QString description;
    QString status = QStringLiteral("active");
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::IdentityProvider;
    QString key() const { return originKey; }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<IdentityProvider> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct Email
{
    QString value;
    bool primary = false;
};

// A shadow user (SCIM), with the role collections assigned to it directly.
struct User
{
    QString id;
    QString userName;
    QString origin; // the identity provider's originKey
    QString givenName;
    QString familyName;
    QList<Email> emails;
    QDateTime lastLogonTime;
    QDateTime created;
    QDateTime lastModified;
    bool active = true;
    bool verified = false;
    QString zoneId;
    qint64 version = 0;     // SCIM meta.version
    QStringList idpGroups;   // the groups the identity provider last asserted for the user
    QStringList roleCollections; // direct assignments (filled from the assignments)
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::User;
    QString key() const { return id; }
    QString primaryEmail() const;
    QString displayName() const;
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<User> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct RoleTemplate
{
    QString appId;  // "it!b1234"
    QString name;   // "AuthGroup_Administrator"
    QString description;
    QString appName;
    QStringList scopeReferences;
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::RoleTemplate;
    QString key() const { return appId + QLatin1Char('/') + name; }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<RoleTemplate> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct Role
{
    QString roleTemplateAppId;
    QString roleTemplateName;
    QString name;
    QString description;
    QString appName;
    bool isReadOnly = false;
    QJsonObject extra; // scopes, attributeList … kept as SAP sends them

    static constexpr EntityKind entityKind = EntityKind::Role;
    QString key() const
    {
        return roleTemplateAppId + QLatin1Char('/') + roleTemplateName + QLatin1Char('/') + name;
    }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<Role> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct RoleReference
{
    QString roleTemplateAppId;
    QString roleTemplateName;
    QString name;
    QString description;

    QString roleKey() const
    {
        return roleTemplateAppId + QLatin1Char('/') + roleTemplateName + QLatin1Char('/') + name;
    }
    bool operator==(const RoleReference&) const = default;
};

// An identity-provider attribute (Groups, or any SAML/OIDC attribute) mapped to a collection.
struct AttributeMapping
{
    QString attributeName;  // "Groups" for a group mapping
    QString attributeValue;
    QString comparisonOperator = QStringLiteral("equals");
    QString idpId;          // the identity provider's originKey
    QString idpDisplayName;

    bool isGroupMapping() const { return attributeName == QLatin1String("Groups"); }
    bool operator==(const AttributeMapping&) const = default;
};

struct UserReference
{
    QString id;
    QString username;
    QString origin;
    bool operator==(const UserReference&) const = default;
};

struct RoleCollection
{
    QString name;
    QString description;
    QList<RoleReference> roleReferences;
    QList<AttributeMapping> attributeMappings; // groupReferences ⊆ samlAttributeAssignment
    QList<UserReference> userReferences;       // filled from the assignments
    bool isReadOnly = false;
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::RoleCollection;
    QString key() const { return name; }
    QList<AttributeMapping> groupReferences() const;
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<RoleCollection> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

// A direct assignment of a user to a role collection (SCIM group membership).
struct Assignment
{
    QString roleCollection;
    QString userId;

    static constexpr EntityKind entityKind = EntityKind::Assignment;
    QString key() const { return roleCollection + QLatin1Char('\n') + userId; }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<Assignment> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct ChainCertificate
{
    QByteArray pem;
};

struct KeystoreEntry
{
    QString keystore = QStringLiteral("system"); // system, KeyRenewal, KeyHistory, backup_admin_system
    QString hexalias;
    QString alias;
    QString type;  // "Key Pair", "Certificate", "SSH Key"
    QString owner; // "SAP" or "Tenant Administrator"
    QString keyType;
    int keySize = 0;
    QString ellipticCurve;
    QString subjectDN;
    QString issuerDN;
    QString serialNumber;
    QString signatureAlgorithm;
    int version = 3;
    QDateTime validNotBefore;
    QDateTime validNotAfter;
    QString fingerprintSha1;
    QString fingerprintSha256;
    QString fingerprintSha512;
    QString status;
    QString lastModifiedBy;
    QDateTime lastModifiedTime;
    QString createdBy;
    QDateTime createdTime;
    QList<QByteArray> chain; // PEM, the entry's own certificate first
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::KeystoreEntry;
    QString key() const { return keystore + QLatin1Char('/') + hexalias; }
    bool isKeyPair() const { return type == QLatin1String("Key Pair"); }
    bool isSapOwned() const { return owner == QLatin1String("SAP"); }
    static QString hexaliasOf(const QString& alias); // upper-case hex of the UTF-8 bytes
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<KeystoreEntry> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct SecurityArtifactDescriptor
{
    QString type;
    QString deployedBy;
    QDateTime deployedOn;
    QString status;
};

struct UserCredential
{
    QString name;
    QString kind = QStringLiteral("default"); // default, successfactors, openconnectors
    QString description;
    QString user;
    QString companyId;
    bool passwordSet = false;
    SecurityArtifactDescriptor descriptor;
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::UserCredential;
    QString key() const { return name; }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<UserCredential> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct CustomParameter
{
    QString key;
    QString value;
    QString sendAsPartOf = QStringLiteral("body"); // body or url
    bool operator==(const CustomParameter&) const = default;
};

struct OAuth2ClientCredential
{
    QString name;
    QString description;
    QString tokenServiceUrl;
    QString clientId;
    bool clientSecretSet = false;
    QString clientAuthentication = QStringLiteral("body"); // body or header
    QString scope;
    QString scopeContentType = QStringLiteral("urlencoded"); // urlencoded or json
    QString resource;
    QString audience;
    QList<CustomParameter> customParameters;
    SecurityArtifactDescriptor descriptor;
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::OAuth2ClientCredential;
    QString key() const { return name; }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<OAuth2ClientCredential> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

struct SecureParameter
{
    QString name;
    QString description;
    bool secureParamSet = false;
    QString deployedBy;
    QDateTime deployedOn;
    QString status;
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::SecureParameter;
    QString key() const { return name; }
    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    static Result<SecureParameter> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
};

} // namespace gh
