// The pull's bulk write (TenantStore.h): a kind's rows through one statement of SQLite's C API,
// and the WAL checkpoint held back for it.
#include "app/client/local/TenantStore.h"

#include "app/client/local/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace gh {

namespace { struct Tr { Q_DECLARE_TR_FUNCTIONS(gh::TenantStore) }; } // namespace

Status TenantStore::putPulled(EntityKind kind, const std::vector<const PulledRow*>& rows)
{
    if (rows.empty())
        return {};
    // The statement put() prepares with a base version.
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (key, data, version, base_version) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET data = excluded.data, "
                                          "version = excluded.version, base_version = excluded.base_version")
                               .arg(entityKindName(kind))
                               .toUtf8();
    SqliteStatement q(SqliteStatement::handleOf(QSqlDatabase::database(m_connection, false)), sql);
    const auto failed = [&](const QString& what) {
        return Error::make(q.isCorrupt() ? Error::Kind::CorruptStore : Error::Kind::Io,
                           QStringLiteral("%1: %2").arg(what, q.errorMessage()), m_path);
    };
    if (!q.ok())
        return failed(Tr::tr("preparing the writing of %1").arg(entityKindName(kind)));
    for (const PulledRow* row : rows) {
        const QByteArray key = row->key.toUtf8();
        const QByteArray version = row->version.toLatin1(); // hex digits or an ETag
        const bool bound = q.reset() && q.bindText(1, key) && q.bindText(2, row->json) && q.bindText(3, version) &&
                           (version.isEmpty() ? q.bindNull(4) : q.bindText(4, version));
        if (!bound || q.step() != SqliteStatement::Step::Done)
            return failed(Tr::tr("writing %1 '%2'").arg(entityKindName(kind), row->key));
    }
    return {};
}

Status TenantStore::setAutoCheckpoint(bool on)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString pragma = on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000") : QStringLiteral("PRAGMA wal_autocheckpoint=0");
    if (!q.exec(pragma))
        return sqlError(q, pragma);
    return {};
}

Status TenantStore::checkpoint()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return sqlError(q, Tr::tr("copying the write-ahead log into the file"));
    return {};
}

} // namespace gh
