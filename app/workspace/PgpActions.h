#pragma once

// What an administrator does to the tenant's PGP keyrings (issue 7), as workspace changes:
// import an armored or binary keyring as the public or the secret one (the wrong kind, a corrupt
// or truncated file refused naming the file), remove keys, export the public keyring.
//
// Library gh_workspace_pgp: GnuPG reads the bytes (PgpKeyring, GPGME), so only what imports
// keyrings links it. A secret keyring's file never enters a Change: the plan hands its bytes to
// the caller, who keeps them in the SecretStore under secretKeyringKey(tenant id, SHA-256)
// before applying; the tenant file holds each secret key's metadata and that hash only.

#include "app/crypto/PgpKeyring.h"
#include "app/domain/Result.h"
#include "app/domain/TenantMaterial.h"
#include "app/workspace/Change.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::pgpactions {

enum class Keyring { Public, Secret };
QString keyringName(Keyring keyring); // "public", "secret"

// "tenant/<tenantId>/pgp/secret-keyring/<sha256>": where a secret keyring file is kept.
QString secretKeyringKey(const QString& tenantId, const QString& sha256);

struct ImportPlan
{
    QString source;
    Keyring keyring = Keyring::Public;
    QList<PgpKey> added;
    QList<PgpKey> updated; // the same fingerprint in that keyring, other content
    QList<PgpKey> unchanged;
    // Secret only: the file as read, for the keychain, and its SHA-256 (hex).
    QByteArray secretKeyring;
    QString secretSha256;

    bool hasChanges() const { return !added.isEmpty() || !updated.isEmpty(); }
    QList<Change> changes(const QList<PgpKey>& existing) const;
    QString summary() const;     // "1 to add, 0 updated, 2 unchanged"
    QString description() const; // "Import public PGP keyring FILE"
};

// The tenant's form of a key read by GnuPG.
PgpKey fromKey(const pgp::Key& key, Keyring keyring, const QString& secretSha256 = {});

// Reads a keyring (armored or binary) of the given kind and merges its keys into `existing`.
// A secret keyring given as public (or the reverse), an empty, corrupt or truncated one are
// Validation errors naming the file.
Result<ImportPlan> planImport(QByteArrayView bytes, const QString& source, Keyring keyring,
                              const QList<PgpKey>& existing);
Result<ImportPlan> planImportFile(const QString& path, Keyring keyring, const QList<PgpKey>& existing);

// The keys named by key ("public/FPR"), fingerprint or key id (16 hex digits; any case), in
// either keyring, as one step. A secret key goes with every key imported from the same secret
// keyring file (that file is exported whole), listed in `alsoRemoved`. NotFound naming what
// matched nothing.
Result<QList<Change>> removal(const QList<PgpKey>& existing, const QStringList& names,
                              QStringList* alsoRemoved = nullptr);

// The public keyring: every public key's packets, binary or armored.
QByteArray exportPublic(const QList<PgpKey>& existing, bool armored);
// The secret keyring files the secret keys came from (SHA-256 hex, each once, in key order).
QStringList secretKeyringHashes(const QList<PgpKey>& existing);

} // namespace gh::pgpactions
