#pragma once

// What an administrator does to the Destination service's certificates and keystores, as
// workspace changes: import files (PEM, DER, PKCS#12; JKS refused with the way to convert it),
// export the public certificates, delete (refused while destinations use them), and which
// destinations use each (KeyStoreLocation, TrustStoreLocation, tokenService.KeyStoreLocation).
//
// Pure functions like KeystoreActions: they read what is listed and return entities and
// gh::Change lists for Workspace::apply. A keystore's file holds a private key, so it never
// enters a Change: the plan hands it to the caller, who keeps it in the SecretStore under
// SecretStore::destinationCertificateContentKey before applying.

#include "app/crypto/Certificate.h"
#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Result.h"
#include "app/workspace/Change.h"
#include "app/workspace/KeystoreActions.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace gh::destinationcerts {

using keystore::ImportSource;
using keystore::PasswordProvider;

// The public certificates as consecutive PEM blocks (never a key).
Result<QByteArray> exportPem(const DestinationCertificate& certificate);

// True when the bytes are a Java keystore (JKS or JCEKS magic), which OpenSSL cannot read.
bool isJavaKeystore(QByteArrayView bytes);

enum class ImportAction {
    Add,       // a new name
    Replace,   // the name exists with other content: replaced (undo brings it back)
    Unchanged, // the name exists with the same nodes
};
QString importActionName(ImportAction action); // "add", "replace", "unchanged"

struct ImportItem
{
    QString source;
    ImportAction action = ImportAction::Add;
    DestinationCertificate certificate;             // as it will be stored
    std::optional<DestinationCertificate> replaced; // Replace/Unchanged: what is there now
    // KEYSTORE only: the file as read (an encrypted PKCS#12), for the keychain.
    QByteArray keystoreContent;
};

struct ImportPlan
{
    QList<ImportItem> items;
    QList<Error> problems; // sources refused: Error::where names the source

    int count(ImportAction action) const;
    bool hasChanges() const { return count(ImportAction::Add) + count(ImportAction::Replace) > 0; }
    QList<Change> changes() const;
    QString summary() const;     // "1 to add, 1 unchanged; 1 file could not be imported"
    QString description() const; // "Import destination certificate 'x.pem'" / "Import 3 destination certificates"
};

struct ImportOptions
{
    QString name;              // only for a single source; else each file's name
    PasswordProvider password; // asked for PKCS#12 files (none: they fail)
    int passwordAttempts = 3;
};

// Reads every source and says what importing it would do against `existing`. A source is
// refused (a problem naming it) when it cannot be read, is a JKS, holds a private key outside
// PKCS#12, holds no certificate, when its name is not one BTP allows or does not fit the content
// (a PKCS#12 named .pem, certificates named .p12), or when an earlier source of this import took
// the name.
ImportPlan planImport(const QList<ImportSource>& sources, const QList<DestinationCertificate>& existing,
                      const ImportOptions& options = {});

// ---- Usage ---------------------------------------------------------------------------------

// A destination property naming a destination certificate.
struct Usage
{
    QString destination;
    QString property; // KeyStoreLocation, TrustStoreLocation, tokenService.KeyStoreLocation
    bool operator==(const Usage&) const = default;
};
// The destinations using `name` (Destination::referencedCertificates' properties, exact name).
QList<Usage> usagesOf(const QString& name, const QList<Destination>& destinations);
// Every certificate name to the destinations (names, sorted, once each) that use it.
QHash<QString, QStringList> usersByCertificate(const QList<Destination>& destinations);
// Names referenced by destinations that no listed certificate has.
QStringList missingCertificates(const QList<DestinationCertificate>& certificates,
                                const QList<Destination>& destinations);

// Deleting certificates: Conflict naming the destinations (and properties) that use them, unless
// `force`.
Result<QList<Change>> removal(const QList<DestinationCertificate>& certificates,
                              const QList<Destination>& destinations, bool force = false);

} // namespace gh::destinationcerts
