#include "app/client/local/TenantStore.h"

#include "app/client/local/SqliteStatement.h"
#include "app/crypto/OpenSsl.h"

#include "app/domain/Parallel.h"

#include <QCoreApplication>
#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

namespace gh {

namespace { struct Tr { Q_DECLARE_TR_FUNCTIONS(gh::TenantStore) }; } // namespace

namespace {

// Schema migrations, in order: step i brings a file from version i to version i + 1.
// Every entity table has the same shape, so that one generic path serves them all.
QStringList entityTable(const QString& name)
{
    return {QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL, "
                           "version TEXT NOT NULL, base_version TEXT) WITHOUT ROWID")
                .arg(name)};
}

QList<QStringList> migrations()
{
    QStringList v1{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "group_id INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, "
                       "before TEXT, after TEXT, base_version TEXT, description TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, "
                       "state TEXT NOT NULL CHECK (state IN ('pending', 'undone', 'pushed')))"),
        QStringLiteral("CREATE INDEX journal_group ON journal (group_id, state)"),
        // A stable identity for the tenant: names its secrets in the keychain.
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('id', lower(hex(randomblob(16))))"),
    };
    for (EntityKind kind : {EntityKind::IdentityProvider, EntityKind::User, EntityKind::RoleTemplate,
                            EntityKind::Role, EntityKind::RoleCollection, EntityKind::Assignment,
                            EntityKind::Destination, EntityKind::KeystoreEntry, EntityKind::UserCredential,
                            EntityKind::OAuth2ClientCredential, EntityKind::SecureParameter})
        v1 += entityTable(entityKindName(kind));
    // v2: the Destination service's certificates and keystores (their public nodes).
    const QStringList v2 = entityTable(entityKindName(EntityKind::DestinationCertificate));
    // v3: a replica's push conflicts, one per entity: the remote changed it since it was pulled
    // (base), so the pending changes (mine) were not sent over theirs (TenantConflicts.cpp).
    const QStringList v3{QStringLiteral(
        "CREATE TABLE conflicts (kind TEXT NOT NULL, key TEXT NOT NULL, base_version TEXT, base TEXT, "
        "mine TEXT, theirs TEXT, theirs_version TEXT, detected_at TEXT NOT NULL, PRIMARY KEY (kind, key)) "
        "WITHOUT ROWID")};
    // v4: the Cloud Integration tenant's known_hosts lines and PGP keys (public parts only).
    QStringList v4 = entityTable(entityKindName(EntityKind::KnownHost));
    v4 += entityTable(entityKindName(EntityKind::PgpKey));
    // v5: the assignments by user id too (their key is "collection\nuser id"), so that a page of
    // users finds its own assignments without reading all of them (TenantAssignments.cpp).
    const QStringList v5{QStringLiteral("CREATE INDEX IF NOT EXISTS assignments_by_user ON %1 (%2)")
                             .arg(entityKindName(EntityKind::Assignment), TenantStore::kAssignmentUser)};
    return {v1, v2, v3, v4, v5};
}

QString table(EntityKind kind)
{
    return entityKindName(kind);
}

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int TenantStore::currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

TenantStore::TenantStore(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

TenantStore::~TenantStore()
{
    m_queries.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status TenantStore::checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, Tr::tr("cannot read the file: %1").arg(file.errorString()), path);
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return Error::make(Error::Kind::ForeignFile, Tr::tr("is empty, not a Gatehouse tenant"), path);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Error::make(Error::Kind::ForeignFile,
                           Tr::tr("is not a Gatehouse tenant (not an SQLite database)"), path);
    if (header.size() < 100)
        return Error::make(Error::Kind::CorruptStore,
                           Tr::tr("is damaged: its database header is truncated"), path);
    const quint32 userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId != kApplicationId)
        return Error::make(Error::Kind::ForeignFile,
                           Tr::tr("is an SQLite database but not a Gatehouse tenant"), path);
    // The first migration stamps the application id and the schema version in one transaction,
    // so a tenant with our id and no version is damaged (and migrating it would write to it).
    if (userVersion == 0)
        return Error::make(Error::Kind::CorruptStore, Tr::tr("is damaged: it has no schema version"), path);
    if (userVersion > static_cast<quint32>(currentSchemaVersion()))
        return Error::make(Error::Kind::NewerVersion,
                           Tr::tr("was written by a newer Gatehouse (schema %1; this version reads up to %2)")
                               .arg(userVersion)
                               .arg(currentSchemaVersion()),
                           path);
    return {};
}

namespace {
QAtomicInteger<quint64> connectionCounter;

QString nextConnectionName(const char* purpose)
{
    return QStringLiteral("gatehouse-%1-%2").arg(QLatin1String(purpose)).arg(connectionCounter.fetchAndAddRelaxed(1));
}

Status verifyOn(QSqlDatabase& db, const QString& path)
{
    QSqlQuery q(db);
    const auto unreadable = [&] {
        return Error::make(Error::Kind::CorruptStore, Tr::tr("is damaged or unreadable: %1").arg(q.lastError().text()), path);
    };
    // The header as SQLite sees it, including what a WAL beside the file holds.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return unreadable();
    if (static_cast<quint32>(q.value(0).toLongLong()) != TenantStore::kApplicationId)
        return Error::make(Error::Kind::ForeignFile, Tr::tr("is an SQLite database but not a Gatehouse tenant"), path);
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unreadable();
    const int version = q.value(0).toInt();
    q.finish();
    if (version > TenantStore::currentSchemaVersion())
        return Error::make(Error::Kind::NewerVersion,
                           Tr::tr("was written by a newer Gatehouse (schema %1; this version reads up to %2)")
                               .arg(version)
                               .arg(TenantStore::currentSchemaVersion()),
                           path);
    if (version < 1)
        return Error::make(Error::Kind::CorruptStore, Tr::tr("is damaged: it has no schema version"), path);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return Error::make(Error::Kind::CorruptStore, Tr::tr("is damaged: %1").arg(q.lastError().databaseText()), path);
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    q.finish();
    if (!problems.isEmpty())
        return Error::make(Error::Kind::CorruptStore,
                           Tr::tr("is damaged: %1").arg(problems.mid(0, 3).join(QStringLiteral("; "))), path);
    return {};
}

// Checks `path` on a read-only connection, which SQLite never lets write the file: a WAL or a
// hot journal beside a file we then refuse is neither checkpointed into it nor replayed.
Status verifyReadOnly(const QString& path)
{
    const QString name = nextConnectionName("verify");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = Error::make(Error::Kind::Io, Tr::tr("cannot open: %1").arg(db.lastError().text()), path);
        else
            result = verifyOn(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

Result<std::unique_ptr<TenantStore>> TenantStore::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return Error::make(Error::Kind::Io, Tr::tr("is not a regular file"), path);
    if (!exists && mode == OpenMode::OpenExisting)
        return Error::make(Error::Kind::NotFound, Tr::tr("no such tenant file"), path);
    const bool creating = !exists || (mode == OpenMode::CreateIfMissing && info.size() == 0);
    if (!creating) {
        // Foreign files are refused from their bytes before SQLite sees them; everything else is
        // checked on a connection that cannot write.
        if (Status s = checkHeader(path); !s)
            return s.error();
        if (Status s = verifyReadOnly(path); !s)
            return s.error();
    }

    const QString connection = nextConnectionName("store");
    std::unique_ptr<TenantStore> store(new TenantStore(path, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    if (creating) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        // Without the right to create: if the file vanished since the checks, SQLite fails rather
        // than making an empty one in its place.
        db.setDatabaseName(QStringLiteral("file:%1?mode=rw")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        return Error::make(Error::Kind::Io, Tr::tr("cannot open: %1").arg(db.lastError().text()), path);
    if (Status s = store->configure(); !s)
        return s.error();
    if (Status s = store->migrate(); !s)
        return s.error();
    return store;
}

Status TenantStore::configure()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // 16 KiB pages, set before the first table makes a new file (an existing file keeps its
    // size: SQLite ignores this then). Rows are keyed by their key (WITHOUT ROWID), and such a
    // table stays one page per row lookup only while a row is under about a twentieth of a page:
    // a user is about 550 bytes, over that in 4 KiB pages. With 16 KiB, a 100,000-user tenant
    // is a fifth smaller, and its check and its scans take a fifth less time.
    // WAL with synchronous=FULL: a committed edit survives a crash or a power loss.
    // Reads through a memory map of the file (up to 1 GiB of it): a scan of 100,000 users (a
    // count, an OFFSET, a join) otherwise copies every 16 KiB page it passes from the OS's cache
    // into SQLite's, which was most of the time of a SCIM page in tenantd.
    // A page cache of up to 64 MiB (SQLite's default is 2 MiB): a pull writes 200,000 rows in
    // one transaction, and a small cache spilled and re-read pages all along it.
    for (const QString& pragma : {QStringLiteral("PRAGMA page_size=16384"), QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                                  QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA mmap_size=1073741824"),
                                  QStringLiteral("PRAGMA cache_size=-65536")}) {
        if (!q.exec(pragma))
            return sqlError(q, pragma);
    }
    return {};
}

Status TenantStore::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q, Tr::tr("reading the schema version"));
    int version = q.value(0).toInt();
    q.finish();
    const QList<QStringList> steps = migrations();
    if (version > steps.size())
        return Error::make(Error::Kind::NewerVersion, Tr::tr("was written by a newer Gatehouse"), m_path);
    while (version < steps.size()) {
        const QStringList& statements = steps.at(version);
        const int target = version + 1;
        Status s = transaction([&]() -> Status {
            for (const QString& sql : statements) {
                if (!q.exec(sql))
                    return sqlError(q, Tr::tr("migrating to schema %1").arg(target));
            }
            const QString stamp = QStringLiteral("PRAGMA user_version=%1").arg(target);
            if (!q.exec(stamp))
                return sqlError(q, stamp);
            const QString appId = QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId);
            if (!q.exec(appId))
                return sqlError(q, appId);
            return {};
        });
        if (!s)
            return s;
        version = target;
    }
    m_schemaVersion = version;
    return {};
}

Status TenantStore::begin()
{
    // IMMEDIATE: take the write lock up front, so a step that reads before it writes never fails
    // half-way because another process wrote in between.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q, Tr::tr("starting a transaction"));
    return {};
}

Status TenantStore::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = sqlError(q, Tr::tr("committing"));
        rollback();
        return e;
    }
    return {};
}

void TenantStore::rollback()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("ROLLBACK"));
}

Error TenantStore::sqlError(const QSqlQuery& query, const QString& what) const
{
    const QSqlError e = query.lastError();
    const bool corrupt = e.nativeErrorCode() == QLatin1String("11") || e.nativeErrorCode() == QLatin1String("26");
    return Error::make(corrupt ? Error::Kind::CorruptStore : Error::Kind::Io,
                       QStringLiteral("%1: %2").arg(what, e.text()), m_path);
}

Result<QSqlQuery*> TenantStore::prepared(const QString& sql) const
{
    // A statement that fails to prepare (a missing table in a damaged file) is reported with
    // SQLite's reason and never cached.
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection));
        // Every statement is read once, front to back: without this QtSql keeps a copy of every
        // row read (100,000 users' JSON as QVariants) until the next exec.
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return sqlError(*query, Tr::tr("preparing \"%1\"").arg(sql.left(60)));
        it = m_queries.insert(sql, query);
    }
    return it->get();
}

QString TenantStore::meta(const QString& key) const
{
    auto statement = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!statement)
        return {};
    QSqlQuery& q = **statement;
    q.bindValue(0, key);
    QString value;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

Status TenantStore::setMeta(const QString& key, const QString& value)
{
    auto statement = prepared(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec())
        return sqlError(q, Tr::tr("writing meta %1").arg(key));
    return {};
}

QString TenantStore::versionOf(const QJsonObject& data)
{
    // QJsonObject keeps its keys sorted, so its compact form is canonical.
    return versionOfJson(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

QString TenantStore::versionOfJson(QByteArrayView compactJson)
{
    return QString::fromLatin1(crypto::sha256(compactJson).toHex());
}

Status TenantStore::scanRows(EntityKind kind, qint64 skip, qint64 top,
                             const std::function<void(QByteArrayView key, QByteArrayView json)>& f) const
{
    // Through SQLite's C API on the connection QtSql opened: for 100,000 users QSqlQuery's
    // QVariant per value, and its copy of each blob before ours, were most of the read.
    // Prepared per call, not cached: QtSql cannot close a connection with a statement of ours.
    const QByteArray sql = QStringLiteral("SELECT key, data FROM %1 ORDER BY key LIMIT ? OFFSET ?")
                               .arg(table(kind))
                               .toUtf8();
    SqliteStatement q(SqliteStatement::handleOf(QSqlDatabase::database(m_connection, false)), sql);
    const auto failed = [&](const QString& what) {
        return Error::make(q.isCorrupt() ? Error::Kind::CorruptStore : Error::Kind::Io,
                           QStringLiteral("%1: %2").arg(what, q.errorMessage()), m_path);
    };
    if (!q.ok())
        return failed(Tr::tr("preparing \"%1\"").arg(QString::fromUtf8(sql.left(60))));
    if (!q.bind(1, top < 0 ? -1 : top) || !q.bind(2, skip))
        return failed(Tr::tr("reading %1").arg(table(kind)));
    for (;;) {
        const SqliteStatement::Step step = q.step();
        if (step == SqliteStatement::Step::Done)
            return {};
        if (step == SqliteStatement::Step::Failed)
            return failed(Tr::tr("reading %1").arg(table(kind)));
        // data is read as the stored bytes (a TEXT column's UTF-8), never converted.
        f(q.view(0), q.view(1));
    }
}

Status TenantStore::forEachKey(EntityKind kind, const std::function<void(QByteArrayView)>& f) const
{
    const QByteArray sql = QStringLiteral("SELECT key FROM %1 ORDER BY key").arg(table(kind)).toUtf8();
    SqliteStatement q(SqliteStatement::handleOf(QSqlDatabase::database(m_connection, false)), sql);
    const auto failed = [&] {
        return Error::make(q.isCorrupt() ? Error::Kind::CorruptStore : Error::Kind::Io,
                           Tr::tr("reading the keys of %1: %2").arg(table(kind), q.errorMessage()), m_path);
    };
    if (!q.ok())
        return failed();
    for (;;) {
        const SqliteStatement::Step step = q.step();
        if (step == SqliteStatement::Step::Done)
            return {};
        if (step == SqliteStatement::Step::Failed)
            return failed();
        f(q.view(0));
    }
}

Result<QList<TenantStore::Row>> TenantStore::rows(EntityKind kind, qint64 skip, qint64 top) const
{
    // The JSON as its UTF-8 bytes (a BLOB), not as a QString to be encoded back again.
    auto statement = prepared(QStringLiteral("SELECT key, CAST(data AS BLOB), version, base_version FROM %1 ORDER BY key "
                                             "LIMIT ? OFFSET ?")
                                  .arg(table(kind)));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, top < 0 ? -1 : top);
    q.bindValue(1, skip);
    if (!q.exec())
        return sqlError(q, Tr::tr("reading %1").arg(table(kind)));
    // Read every row first, then parse the JSON on every core: for thousands of keystore
    // entries (their chains as PEM) the parsing is most of the time.
    QList<Row> out;
    QList<QByteArray> texts;
    while (q.next()) {
        texts.append(q.value(1).toByteArray());
        out.append({q.value(0).toString(), {}, q.value(2).toString(), q.value(3).toString()});
    }
    q.finish();
    std::vector<char> bad(std::size_t(out.size()), 0);
    Row* const parsed = out.data(); // detached once, here: the threads only write their own rows
    parallelChunks(out.size(), 64, [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(texts.at(i));
            if (doc.isObject())
                parsed[i].data = doc.object();
            else
                bad[std::size_t(i)] = 1;
        }
    });
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (bad[std::size_t(i)])
            return Error::make(Error::Kind::CorruptStore, Tr::tr("stored data is not a JSON object"),
                               QStringLiteral("%1: %2 '%3'").arg(m_path, table(kind), out.at(i).key));
    }
    return out;
}

Result<std::optional<TenantStore::Row>> TenantStore::row(EntityKind kind, const QString& key) const
{
    auto statement = prepared(QStringLiteral("SELECT data, version, base_version FROM %1 WHERE key = ?").arg(table(kind)));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, key);
    if (!q.exec())
        return sqlError(q, Tr::tr("reading %1").arg(table(kind)));
    std::optional<Row> out;
    if (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
        if (!doc.isObject()) {
            q.finish();
            return Error::make(Error::Kind::CorruptStore, Tr::tr("stored data is not a JSON object"),
                               QStringLiteral("%1: %2 '%3'").arg(m_path, table(kind), key));
        }
        out = Row{key, doc.object(), q.value(1).toString(), q.value(2).toString()};
    }
    q.finish();
    return out;
}

Result<qint64> TenantStore::count(EntityKind kind) const
{
    auto statement = prepared(QStringLiteral("SELECT count(*) FROM %1").arg(table(kind)));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec() || !q.next())
        return sqlError(q, Tr::tr("counting %1").arg(table(kind)));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Status TenantStore::put(EntityKind kind, const QString& key, const QJsonObject& data,
                        const std::optional<QString>& baseVersion)
{
    const QString version = versionOf(data);
    auto statement = prepared(baseVersion
                              ? QStringLiteral("INSERT INTO %1 (key, data, version, base_version) VALUES (?, ?, ?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET data = excluded.data, "
                                               "version = excluded.version, base_version = excluded.base_version")
                                    .arg(table(kind))
                              : QStringLiteral("INSERT INTO %1 (key, data, version) VALUES (?, ?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET data = excluded.data, version = excluded.version")
                                    .arg(table(kind)));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, key);
    q.bindValue(1, toText(data));
    q.bindValue(2, version);
    if (baseVersion)
        q.bindValue(3, baseVersion->isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(*baseVersion));
    if (!q.exec())
        return sqlError(q, Tr::tr("writing %1 '%2'").arg(table(kind), key));
    return {};
}

Status TenantStore::putJson(EntityKind kind, const QString& key, const QByteArray& compactJson)
{
    // The statement put() prepares without a base version; the bytes versionOf() hashes.
    auto statement = prepared(QStringLiteral("INSERT INTO %1 (key, data, version) VALUES (?, ?, ?) "
                                             "ON CONFLICT (key) DO UPDATE SET data = excluded.data, version = excluded.version")
                                  .arg(table(kind)));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, key);
    q.bindValue(1, QString::fromUtf8(compactJson));
    q.bindValue(2, versionOfJson(compactJson));
    if (!q.exec())
        return sqlError(q, Tr::tr("writing %1 '%2'").arg(table(kind), key));
    return {};
}

Status TenantStore::remove(EntityKind kind, const QString& key)
{
    auto statement = prepared(QStringLiteral("DELETE FROM %1 WHERE key = ?").arg(table(kind)));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, key);
    if (!q.exec())
        return sqlError(q, Tr::tr("deleting %1 '%2'").arg(table(kind), key));
    if (q.numRowsAffected() == 0)
        return Error::notFound(Tr::tr("no %1 '%2'").arg(entityKindText(kind), key));
    return {};
}

} // namespace gh
