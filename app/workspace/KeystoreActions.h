#pragma once

// What an administrator does to the tenant keystore, as workspace changes: import, generate a
// key pair, update a key pair with its CA-signed chain, rename, delete, and key renewal as Cloud
// Integration does it (SAP_APIS.md §1.6: a new key in the KeyRenewal keystore, activated into
// `system`, the previous one kept in KeyHistory, rolled back from there).
//
// Everything here is pure: it reads the entries as they are (`existing`: every keystore's
// entries, as the client lists them) and returns the entries and gh::Change lists to apply with
// Workspace::apply, which journals them as one undoable step. Private keys never enter a Change:
// callers keep them with KeyVault::keep before applying.

#include "app/crypto/Certificate.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/CertificateRequest.h"
#include "app/crypto/PrivateKey.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Destination.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/workspace/Change.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gh::keystore {

inline const QString SystemKeystore = QStringLiteral("system");
inline const QString RenewalKeystore = QStringLiteral("KeyRenewal");
inline const QString HistoryKeystore = QStringLiteral("KeyHistory");
inline const QString TenantOwner = QStringLiteral("Tenant Administrator");

// Who acts and when: the entries' LastModifiedBy/LastModifiedTime (and CreatedBy/CreatedTime of
// new ones).
struct Actor
{
    QString user;
    QDateTime now;
};

// An alias made from a CN, a friendlyName or a file name: lower case, letters, digits, '.', '-'
// and '_' only, other characters replaced by '_', no separator at either end ("Contoso Issuing
// CA 2026" → "contoso_issuing_ca_2026", "*.api.example.com" → "api.example.com"). Empty in,
// "certificate" out.
QString aliasFrom(const QString& text);
// `wanted`, or wanted_2, wanted_3 … the first one not taken in `keystore` (nor in `alsoTaken`).
QString freeAlias(const QString& wanted, const QString& keystore,
                  const QList<KeystoreEntry>& existing, const QStringList& alsoTaken = {});
// The entry of `keystore` with `alias`, if any.
const KeystoreEntry* findEntry(const QList<KeystoreEntry>& existing, const QString& keystore,
                               const QString& alias);
// The certificates of an entry's chain, leaf first (Crypto error naming the alias if one does
// not parse).
Result<QList<crypto::Certificate>> chainOf(const KeystoreEntry& entry);

// ---- Import ------------------------------------------------------------------------------

struct ImportSource
{
    QString name;     // a file path, "clipboard", or a dropped file's path: names it in messages
    QByteArray bytes; // its content (bounded by crypto::CertificateReader::MaxInputSize)
};

enum class ImportAction {
    Add,       // a new alias
    Replace,   // the alias exists with another certificate: replaced (undo brings it back)
    Unchanged, // the alias exists with the same certificate (SHA-256): nothing to do
    Refused,   // the alias is an SAP-owned entry: left alone
};
QString importActionName(ImportAction action); // "add", "replace", "unchanged", "refused"

struct ImportItem
{
    QString source; // ImportSource::name
    ImportAction action = ImportAction::Add;
    KeystoreEntry entry;                   // as it will be stored
    std::optional<KeystoreEntry> replaced; // Replace/Unchanged/Refused: the entry there now
    // For people: why refused, what a replace changes ("valid until 2026-12-06 → 2028-01-01"),
    // or "also stored as 'x'" when the same certificate is in the keystore under another alias.
    QString note;
    // PKCS#12 with a key: the key pair's private key (keep it in the KeyVault before applying).
    std::shared_ptr<const crypto::PrivateKey> privateKey;
};

struct ImportPlan
{
    QList<ImportItem> items;
    QList<Error> problems; // sources that could not be read: Error::where names the source

    int count(ImportAction action) const;
    bool hasChanges() const { return count(ImportAction::Add) + count(ImportAction::Replace) > 0; }
    // The Add and Replace items as one step's changes (Replace: updated, keeping CreatedBy/Time).
    QList<Change> changes() const;
    // "2 to add, 1 to replace, 1 unchanged, 1 refused; 1 file could not be read".
    QString summary() const;
    // "Import 3 certificates" / "Import 'ariba_client'": the step's description in the journal.
    QString description() const;
};

// Asked for the password of a PKCS#12 source (attempt 0 first, then 1, 2 … after a wrong one).
// Returning nullopt skips the source (reported as a WrongPassword problem, "no password given").
using PasswordProvider =
    std::function<std::optional<crypto::SecretBuffer>(const QString& source, int attempt)>;

struct ImportOptions
{
    QString keystore = SystemKeystore; // or RenewalKeystore: the first step of a key renewal
    QString alias;                     // only for a single entry; else from the content
    PasswordProvider password;         // none: PKCS#12 sources without a password fail
    int passwordAttempts = 3;
};

// Reads every source (PEM bundles, DER, PKCS#7, PKCS#12; see crypto::CertificateReader) and
// says what importing it would do, against `existing`. A PKCS#12 with a key becomes one "Key Pair"
// entry with its chain (alias: its friendlyName, else the CN); other certificates become one
// "Certificate" entry each (alias from the CN). Key pairs are planned first, so a certificate that
// comes with its key is the key pair's. A certificate already in the keystore (under any alias,
// unless options.alias names one) or already in this import is Unchanged. Aliases never collide
// within one import. A source that cannot be read is a problem of the plan; the others are still
// planned.
ImportPlan planImport(const QList<ImportSource>& sources, const QList<KeystoreEntry>& existing,
                      const Actor& actor, const ImportOptions& options = {});

// The two stages of planImport, for callers that read many sources off their GUI thread (with
// progress and cancel) and ask for PKCS#12 passwords themselves.
//
// One source read: its certificates, a PKCS#12's key and friendlyName, or why it cannot be read.
struct ReadSource
{
    QString name; // ImportSource::name
    std::optional<Error> problem;
    QList<crypto::Certificate> certificates;
    std::shared_ptr<const crypto::PrivateKey> privateKey;
    QString friendlyName;
};
// Whether `source` is a PKCS#12 (asks for a password before it can be read).
bool needsPassword(const ImportSource& source);
// Reads `source` once, with `password` for a PKCS#12 (null: none given, a WrongPassword problem).
ReadSource readSource(const ImportSource& source, const crypto::SecretBuffer* password = nullptr);
// planImport over sources already read, in the order given.
ImportPlan planRead(const QList<ReadSource>& read, const QList<KeystoreEntry>& existing,
                    const Actor& actor, const ImportOptions& options = {});

// ---- Generate, CSR, signed chain -----------------------------------------------------------

struct GenerateRequest
{
    QString keystore = SystemKeystore;
    QString alias;
    crypto::KeySpec key;
    // Subject, validity, SAN, key usage, digest of the self-signed certificate. A null
    // notBefore means actor.now, a null notAfter one year (365 days) after it.
    crypto::CertificateSpec certificate;
};

struct GeneratedKeyPair
{
    KeystoreEntry entry; // "Key Pair", owner "Tenant Administrator", the self-signed certificate
    std::shared_ptr<const crypto::PrivateKey> privateKey;
    Change change() const { return Change::created(entry); }
};

// Validation errors name the field ("Alias": empty, invalid or taken in that keystore;
// "Subject"; "KeySize"; "EllipticCurve"; "ValidNotAfter" …).
Result<GeneratedKeyPair> generateKeyPair(const GenerateRequest& request,
                                         const QList<KeystoreEntry>& existing, const Actor& actor);

// A PKCS#10 request for a key pair: the subject and subjectAltNames of its certificate, signed
// with its private key (which must match the certificate: Validation on "Key" otherwise).
Result<crypto::CertificateRequest> signingRequest(const KeystoreEntry& entry,
                                                  const crypto::PrivateKey& key,
                                                  const QString& digest = QStringLiteral("SHA256"));

// The key pair `entry` updated with the chain a CA sent back for its CSR: one of the
// certificates must be for the entry's public key (crypto::acceptSignedChain's errors, field
// "Chain"); the entry's fields are recomputed from the new leaf. Validation on "Type" for an
// entry that is not a key pair, Forbidden for an SAP-owned one.
Result<Change> updateWithSignedChain(const KeystoreEntry& entry,
                                     const QList<crypto::Certificate>& chain, const Actor& actor);

// ---- Rename, delete ------------------------------------------------------------------------

// A delete and a create in one step (the key of an entry is its hex alias). Validation on
// "Alias" when the new alias is invalid, the same, or taken in the entry's keystore; Forbidden
// for an SAP-owned entry.
Result<QList<Change>> rename(const KeystoreEntry& entry, const QString& newAlias,
                             const QList<KeystoreEntry>& existing, const Actor& actor);

// Deleting entries: Forbidden (naming the first) when one is SAP-owned.
Result<QList<Change>> removal(const QList<KeystoreEntry>& entries);

// ---- References --------------------------------------------------------------------------

// A destination property that names a keystore alias (KeyStoreLocation, TrustStoreLocation,
// tokenService.KeyStoreLocation …, by value: "ariba_client" or "ariba_client.p12").
struct Reference
{
    QString destination;
    QString property;
};
// What refers to `alias` (the system keystore's aliases are the ones destinations name).
QList<Reference> referencesTo(const QString& alias, const QList<Destination>& destinations);
// "destination 'Ariba_Buyer' (KeyStoreLocation)" lines, and "…and 3 more" past `max`.
QStringList describeReferences(const QList<Reference>& references, int max = 8);

// ---- Key renewal ---------------------------------------------------------------------------

// The first step of a renewal without a file: a new key pair for `current` (a system key pair)
// in the KeyRenewal keystore under the same alias, with the same subject, key type and size,
// and the same validity length starting now.
Result<GeneratedKeyPair> renewalKeyPair(const KeystoreEntry& current,
                                        const QList<KeystoreEntry>& existing, const Actor& actor);

// Activates `renewal` (a KeyRenewal entry): it replaces the system entry of the same alias,
// which moves to KeyHistory as "<n>_<alias>" (n: 1 + the highest ActivationSequenceNumber of that
// alias there) with OriginalAlias, ActivationSequenceNumber, ActivatedBy, ActiveFrom,
// DeactivatedBy, ActiveUntil in its extra fields; the KeyRenewal entry goes away. Without a
// system entry of that alias, the renewal entry simply becomes one.
Result<QList<Change>> activateRenewal(const KeystoreEntry& renewal,
                                      const QList<KeystoreEntry>& existing, const Actor& actor);

// Rolls back to `history` (a KeyHistory entry): its key becomes the system entry of its
// OriginalAlias again, the current one moving to KeyHistory as activateRenewal does. The history
// entry stays (Cloud Integration copies it). Validation on "Keystore" for a non-history entry.
Result<QList<Change>> rollBack(const KeystoreEntry& history, const QList<KeystoreEntry>& existing,
                               const Actor& actor);

} // namespace gh::keystore
