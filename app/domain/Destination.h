#pragma once

#include "app/domain/Json.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QList>
#include <QString>

namespace gh {

// A destination: SAP's flat map of string properties, in the order they were given, with typed
// accessors for the well-known keys. Secret properties (Password, clientSecret, …) never carry
// their value here: only whether the secret is set or missing (stripped by a cockpit export).
class Destination
{
public:
    enum class SecretState { Set, Missing };

    struct Property
    {
        QString key;
        QString value; // always empty for a secret
        bool secret = false;
        SecretState secretState = SecretState::Set;
        bool operator==(const Property&) const = default;
    };

    static constexpr EntityKind entityKind = EntityKind::Destination;

    static bool isSecretKey(const QString& key);
    static QStringList secretKeys();
    // The placeholder the BTP cockpit writes for a stripped secret.
    static QString cockpitRemovedPlaceholder();

    QString key() const { return name(); }

    QString value(const QString& key) const;
    bool contains(const QString& key) const;
    void set(const QString& key, const QString& value); // for a secret key: marks it set
    void setSecretState(const QString& key, SecretState state);
    std::optional<SecretState> secretState(const QString& key) const;
    void remove(const QString& key);
    const QList<Property>& properties() const { return m_properties; }

    QString name() const { return value(QStringLiteral("Name")); }
    QString type() const { return value(QStringLiteral("Type")); }
    QString url() const { return value(QStringLiteral("URL")); }
    QString proxyType() const;      // "Internet" when absent (RFC: or jco.destination.proxy_type)
    QString authentication() const; // "NoAuthentication" when absent on HTTP; empty for RFC, MAIL …
    QString description() const { return value(QStringLiteral("Description")); }
    QString cloudConnectorLocationId() const { return value(QStringLiteral("CloudConnectorLocationId")); }
    bool hasMissingSecret() const;
    QStringList secretsSet() const;
    QStringList secretsMissing() const;
    // Names of destination certificates or keystore entries this destination refers to.
    QStringList referencedCertificates() const;

    // The flat JSON object; secrets written as "<redacted>" when set and "<removed>" when missing.
    QJsonObject toJson() const;
    // Reads a flat object of strings. A secret key's value only marks the secret set (or missing
    // for "<removed>" and the cockpit's placeholder): callers that import real secret values take
    // them out before calling this.
    static Result<Destination> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));

    bool operator==(const Destination&) const = default;

private:
    qsizetype indexOf(const QString& key) const;
    QList<Property> m_properties;
};

} // namespace gh
