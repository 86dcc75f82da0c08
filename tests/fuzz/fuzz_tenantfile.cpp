// Fuzz target: opening a tenant file (TenantStore::open with OpenMode::OpenExisting), the one
// parser that reads a whole file a user may pick from anywhere.
//
// The input is written to a file in a temporary folder (made once), opened, and when it opens
// every entity kind is listed with rows() and counted; then the store is closed. A failure must
// name what and where (the file). The file's bytes must be unchanged afterwards: opening and
// reading a tenant writes nothing, and a file that does not open is never touched.
//
// One exception, by design of TenantStore::open: a file that opens (it passed the header check
// and quick_check, so it is a healthy tenant) but is in SQLite's rollback-journal mode is switched
// to WAL, which rewrites its header. That case is not checked (see isRollbackJournal()).

#include "tests/fuzz/FuzzSupport.h"

#include "app/client/local/TenantStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <QtEndian>

#include <cstddef>
#include <cstdint>

namespace {

using gh::EntityKind;
using gh::TenantStore;

constexpr EntityKind kKinds[] = {
    EntityKind::IdentityProvider, EntityKind::User,          EntityKind::RoleTemplate,
    EntityKind::Role,             EntityKind::RoleCollection, EntityKind::Assignment,
    EntityKind::Destination,      EntityKind::KeystoreEntry,  EntityKind::UserCredential,
    EntityKind::OAuth2ClientCredential, EntityKind::SecureParameter, EntityKind::DestinationCertificate,
    EntityKind::KnownHost,        EntityKind::PgpKey,
};

const QString& tenantPath()
{
    // Removed with its contents when the process exits normally.
    static QTemporaryDir dir;
    static const QString path = [] {
        gh::fuzz::ensureCoreApplication();
        gh::fuzz::check(dir.isValid(), "cannot create a temporary folder", dir.errorString());
        return dir.filePath(QStringLiteral("fuzz.ghtenant"));
    }();
    return path;
}

// The file and SQLite's companions: a stale -wal or -journal from a previous input would be
// replayed into the next one.
void removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    gh::fuzz::check(file.open(QIODevice::ReadOnly), "cannot read back the tenant file", file.errorString());
    return file.readAll();
}

// Header bytes 18 and 19 are SQLite's read and write format versions: 2 for WAL, 1 for a
// rollback journal.
bool isRollbackJournal(const QByteArray& file)
{
    return file.size() >= 20 && (file.at(18) != 2 || file.at(19) != 2);
}

void requireNamesFile(const gh::Error& error, const QString& path, const char* what)
{
    gh::fuzz::requireNamedError(error, what);
    gh::fuzz::check(error.where.contains(path), what, QStringLiteral("the error does not name the file: ") + error.toString());
}

// The schema version in the header (SQLite's user_version, big-endian at byte 60); 0 if short.
quint32 schemaVersionOf(const QByteArray& file)
{
    return file.size() >= 64 ? qFromBigEndian<quint32>(file.constData() + 60) : 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString& path = tenantPath();
    removeFiles(path);
    const QByteArray before = gh::fuzz::bytes(data, size).toByteArray();
    {
        QFile file(path);
        gh::fuzz::check(file.open(QIODevice::WriteOnly) && file.write(before) == before.size(),
                        "cannot write the tenant file", file.errorString());
    }

    bool opened = false;
    {
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        if (!store) {
            requireNamesFile(store.error(), path, "TenantStore::open");
        } else {
            opened = true;
            TenantStore& s = *store.value();
            volatile qsizetype sink = s.meta(QStringLiteral("name")).size() + s.schemaVersion();
            for (EntityKind kind : kKinds) {
                if (const auto rows = s.rows(kind); !rows)
                    requireNamesFile(rows.error(), path, "TenantStore::rows");
                else
                    sink = sink + rows.value().size();
                if (const auto count = s.count(kind); !count)
                    requireNamesFile(count.error(), path, "TenantStore::count");
            }
            if (const auto conflicts = s.conflicts(); !conflicts)
                requireNamesFile(conflicts.error(), path, "TenantStore::conflicts");
            (void)sink;
        }
    } // closed here

    const QByteArray after = readAll(path);
    // A healthy tenant of an older schema is migrated when it is opened: that change is expected.
    const bool migrated = opened && schemaVersionOf(before) < quint32(TenantStore::currentSchemaVersion());
    if (after != before && !(opened && isRollbackJournal(before)) && !migrated) {
        qsizetype at = 0;
        while (at < before.size() && at < after.size() && before.at(at) == after.at(at))
            ++at;
        gh::fuzz::fail("TenantStore: opening and reading changed the file",
                       QStringLiteral("open %1; %2 bytes before, %3 after, first difference at byte %4")
                           .arg(opened ? QStringLiteral("succeeded") : QStringLiteral("failed"))
                           .arg(before.size())
                           .arg(after.size())
                           .arg(at));
    }
    removeFiles(path);
    return 0;
}
