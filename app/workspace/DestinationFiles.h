#pragma once

// Destinations in the BTP cockpit's files: Java .properties (its escaping, its comment header,
// stripped secrets as "#key=<< Existing password/certificate removed on export >>") and JSON
// ({"destination":{…}}, or an array of them). planImport reads files and says what importing
// them would do; toProperties and toJson write what the cockpit reads. Secrets never leave in
// a file: an export writes every secret as the cockpit's "removed" placeholder.

#include "app/crypto/SecretBuffer.h"
#include "app/domain/Destination.h"
#include "app/domain/Error.h"
#include "app/workspace/Change.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace gh::destinations {

enum class FileFormat { Properties, Json };

struct SourceFile
{
    QString path;     // names the file in problems ("file:line")
    QByteArray bytes; // wiped by planImport's caller when it may hold secrets
};

// A secret value a file carried (a hand-written file may hold Password=…; the cockpit's exports
// never do). To be kept in the keychain before the step is applied.
struct CarriedSecret
{
    QString key;
    std::shared_ptr<const crypto::SecretBuffer> value;
};

enum class ImportAction { Add, Replace, Unchanged, Refused };

struct ImportItem
{
    ImportAction action = ImportAction::Refused;
    QString source;          // the file ("file[2]" for the third of a JSON array)
    Destination destination; // as it would be stored: secrets only set or missing
    std::optional<Destination> existing;
    QStringList missingSecrets;    // stripped from the file and not known here: to be asked for
    QList<CarriedSecret> secrets;  // values the file carried
    QList<Error> problems;         // why it is refused, each naming file:line or the JSON path
};

struct ImportPlan
{
    QList<ImportItem> items;
    QList<Error> problems; // files that could not be read at all (not text, not JSON …)

    int count(ImportAction action) const;
    bool hasChanges() const { return count(ImportAction::Add) + count(ImportAction::Replace) > 0; }
    // Every problem: the unreadable files', then each refused item's.
    QList<Error> allProblems() const;
    // The Add and Replace items as one step's changes.
    QList<Change> changes() const;
    // "2 to add, 1 to replace, 1 unchanged, 1 refused".
    QString summary() const;
    // "Import destination 'northwind'" / "Import 3 destinations": the step's description.
    QString description() const;
};

FileFormat detectFormat(const QByteArray& bytes);

// Reads every file and plans it against `existing`: a destination not there is added, one
// there with other properties replaced (a secret the file lacks but the tenant has stays set),
// one with the same properties unchanged. A destination that fails validation, or whose Name
// an earlier file of this import already gave, is refused with its problems (file:line for
// properties, the JSON path for JSON). A file that is not a destination file at all is a
// problem of the plan; the others are still planned.
ImportPlan planImport(const QList<SourceFile>& files, const QList<Destination>& existing);

// The cockpit's properties form: the stripped secrets as "#key=<< … >>" lines, "#" and the
// date as Java writes it ("#Mon May 19 15:34:09 UTC 2025"), then every other property escaped.
QByteArray toProperties(const Destination& destination, const QDateTime& now);
// {"destination":{…}} with every value a string and secrets as "<removed>".
QByteArray toJson(const Destination& destination);
// The file name the cockpit gives an export: the destination's name (properties) or name.json.
QString fileName(const Destination& destination, FileFormat format);

} // namespace gh::destinations
