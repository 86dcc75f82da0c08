#pragma once

// OpenPGP keyrings (armored or binary, public or secret) as Cloud Integration's PGP keyring
// monitor shows them. The bytes are never parsed here: GnuPG reads them, through GPGME, after an
// import into a fresh temporary GnuPG home that is deleted again (its gpg-agent is shut down
// first), so the user's ~/.gnupg is never read or written. Untrusted input: the size is bounded
// and every problem is an Error naming the file (and the key where there is one).

#include "app/domain/Clock.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::pgp {

// Which kind of keyring the caller wants: a secret keyring where a public one is expected would
// put private keys where they do not belong, so it is refused, and vice versa.
enum class Expect { Any, Public, Secret };

// As the tenant's monitor shows it: Critical when the key (or a subkey still in use) expires
// within CriticalDays, Expired when it has.
enum class Status { Valid, Critical, Expired };
constexpr int CriticalDays = 14;

struct Subkey
{
    QString keyId;       // 16 hex digits
    QString fingerprint; // 40 (v4) hex digits
    QString algorithm;   // "RSA 3072", "EdDSA ed25519", "ECDH cv25519" …
    QDateTime created;   // UTC; invalid when unknown
    QDateTime expires;   // UTC; invalid when never
    bool revoked = false;
    bool expired = false;
};

struct Key
{
    QString keyId;       // the primary key's
    QString fingerprint; // the primary key's
    QStringList userIds; // as GnuPG shows them ("Alice <alice@example.com>")
    QString algorithm;   // the primary key's
    QDateTime created;
    QDateTime expires;   // invalid when never
    QList<Subkey> subkeys; // without the primary key
    bool secret = false; // the keyring holds its secret part
    bool revoked = false;
    bool expired = false; // as GnuPG judges it now (the status uses the injected clock)
    bool disabled = false;
    // The key's public packets (binary OpenPGP) as GnuPG exports them; only filled when asked
    // for (ReadOptions::exportPublic).
    QByteArray publicPackets;

    // The earliest expiry of the primary key and its subkeys that are not revoked (a signing key
    // whose encryption subkey has expired can no longer receive messages); invalid when never.
    QDateTime effectiveExpiry() const;
    Status status(const QDateTime& now) const;
};

// Far above any real keyring (a public RSA 4096 key with signatures is a few KB); GnuPG's own
// limits are not the ones we want to rely on for a file a user picked.
constexpr qsizetype MaxInputSize = 4 * 1024 * 1024;

QString statusText(Status status); // "Valid" / "Critical" / "Expired"

// The keys of a keyring's bytes, in the order GnuPG lists them. `source` names the input in
// errors. Validation errors for input that is not a keyring, is damaged or empty, or is of the
// wrong kind; Crypto errors when GnuPG itself cannot be run; Io when no temporary home could be
// made.
Result<QList<Key>> readKeyring(QByteArrayView bytes, const QString& source, Expect expect = Expect::Any);
// The same, also exporting each key's public packets into Key::publicPackets (no passphrase is
// needed for that, so a protected secret keyring gives its public parts too).
Result<QList<Key>> readKeyringWithPublicParts(QByteArrayView bytes, const QString& source, Expect expect);

// ASCII armor (RFC 4880 section 6.2) around binary OpenPGP packets: "PGP PUBLIC KEY BLOCK" or
// "PGP PRIVATE KEY BLOCK", base64 in lines of 64 and the CRC-24 checksum.
QByteArray armor(QByteArrayView packets, bool secret);
// The same for a file (bounded by MaxInputSize; an unreadable file is an Io error).
Result<QList<Key>> readKeyringFile(const QString& path, Expect expect = Expect::Any);

} // namespace gh::pgp
