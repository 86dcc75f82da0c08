#pragma once

// Security material the Cloud Integration tenant holds beside its keystore (SAP_APIS.md §1:
// "add/undeploy known hosts, keystore, PGP keyrings"): the entries of its one known_hosts file
// and the keys of its public and secret PGP keyrings. Neither has an API; the local tenant keeps
// them as entity kinds like the others, so every change is a journaled, undoable step.
// No secret lives here: a secret key records only the SHA-256 of the secret keyring file that
// holds it, which is kept in the keychain.

#include "app/domain/Json.h"
#include "app/domain/KnownHosts.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh {

// One line of the tenant's known_hosts.
struct KnownHost
{
    knownhosts::Marker marker = knownhosts::Marker::None;
    QStringList hosts;
    QString keyType;
    QByteArray blob; // SSH wire format
    QString comment;
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::KnownHost;
    // "[@marker ]hosts keytype SHA256:…": one line per key and host list.
    QString key() const;
    QString fingerprintSha256() const; // as `ssh-keygen -l` prints it
    int bits() const;
    bool hashed() const; // any host pattern is hashed

    static KnownHost fromEntry(const knownhosts::Entry& entry);
    knownhosts::Entry toEntry() const;

    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    // The stored line is parsed again: a blob that does not match its type is refused.
    static Result<KnownHost> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
    bool operator==(const KnownHost&) const = default;
};

// A subkey as far as listing and expiry go.
struct PgpSubkey
{
    QString keyId;
    QString fingerprint;
    QString algorithm;
    QDateTime created;
    QDateTime expires; // invalid: never
    bool revoked = false;
    bool operator==(const PgpSubkey&) const = default;
};

enum class PgpStatus { Valid, Critical, Expired };
inline constexpr int kPgpCriticalDays = 14;

// One key of the tenant's public or secret PGP keyring.
struct PgpKey
{
    static inline const QString PublicKeyring = QStringLiteral("public");
    static inline const QString SecretKeyring = QStringLiteral("secret");

    QString keyring = PublicKeyring;
    QString keyId;
    QString fingerprint;
    QStringList userIds;
    QString algorithm; // "RSA 3072", "EdDSA ed25519"
    QDateTime created;
    QDateTime expires; // the primary key's; invalid: never
    QList<PgpSubkey> subkeys;
    bool revoked = false;
    // Public keyring: the key's public packets (binary OpenPGP), as GnuPG exported them.
    QByteArray publicKey;
    // Secret keyring: SHA-256 (hex) of the secret keyring file, kept in the keychain, that holds
    // this key. The key's secret material never enters the tenant file.
    QString secretSha256;
    QJsonObject extra;

    static constexpr EntityKind entityKind = EntityKind::PgpKey;
    QString key() const { return keyring + QLatin1Char('/') + fingerprint; }
    bool isSecret() const { return keyring == SecretKeyring; }
    // The earliest expiry of the primary key and its unrevoked subkeys; invalid when never.
    QDateTime effectiveExpiry() const;
    // Valid / Critical (effective expiry within 14 days of now) / Expired, as the tenant's
    // PGP monitor shows it.
    PgpStatus status(const QDateTime& now) const;

    QJsonObject toJson(JsonStyle style = JsonStyle::Iso) const;
    // Refuses a keyring other than public/secret, a missing fingerprint, a secret key carrying
    // key bytes and a public key without them.
    static Result<PgpKey> fromJson(const QJsonObject& json, const QString& path = QStringLiteral("$"));
    bool operator==(const PgpKey&) const = default;
};

QString pgpStatusText(PgpStatus status); // "Valid" / "Critical" / "Expired"

} // namespace gh
