#pragma once

// What an administrator does to the tenant's known_hosts (issue 7), as workspace changes: import
// a file (merged into what the tenant holds), add one line, remove entries, export the file.
// Pure functions like KeystoreActions: they read what is listed and return gh::Change lists for
// Workspace::apply, so each is one undoable, journaled step.

#include "app/domain/Result.h"
#include "app/domain/TenantMaterial.h"
#include "app/workspace/Change.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::knownhostactions {

struct ImportPlan
{
    QList<KnownHost> added;
    QList<KnownHost> updated;   // the same key (hosts, type, key) with another comment
    QList<KnownHost> unchanged;

    bool hasChanges() const { return !added.isEmpty() || !updated.isEmpty(); }
    QList<Change> changes(const QList<KnownHost>& existing) const;
    QString summary() const;     // "2 to add, 1 updated, 3 unchanged"
    QString description() const; // "Import known hosts from FILE"
    QString source;
};

// Reads a known_hosts file's bytes and merges them into `existing`. Any bad line refuses the
// whole file: the error names the first one as "source:line" (and how many more there are), so
// nothing is changed by half a file.
Result<ImportPlan> planImport(QByteArrayView bytes, const QString& source, const QList<KnownHost>& existing);
// The same for a file on disk (bounded by knownhosts::MaxInputSize).
Result<ImportPlan> planImportFile(const QString& path, const QList<KnownHost>& existing);

// One line, as typed: refused naming what is wrong; Conflict when the tenant holds it already.
Result<Change> addLine(const QString& line, const QList<KnownHost>& existing);

// Every entry whose key is in `keys`, or that names `host` among its patterns (as written; a
// hashed pattern matches the host it hashes), as one step. NotFound naming what matched nothing.
Result<QList<Change>> removal(const QList<KnownHost>& existing, const QStringList& keys);
// The entries whose patterns include `host` literally, or hash to it ("|1|salt|hash").
QList<KnownHost> matchingHost(const QList<KnownHost>& existing, const QString& host);

// The known_hosts file of `entries`, one line each, "\n" ended.
QByteArray exportFile(const QList<KnownHost>& entries);

} // namespace gh::knownhostactions
