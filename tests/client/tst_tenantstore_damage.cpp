// TenantStore on files that are not healthy Gatehouse tenants: foreign, truncated, newer,
// without a schema version, corrupt, with a WAL beside them, a table missing, a damaged journal
// entry. Each is refused with a clear error, and the file is left untouched.
#include "DemoTenant.h"
#include "TenantStoreTestSupport.h"
#include "app/client/local/Codec.h"
#include "app/client/local/TenantStore.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

using namespace gh;
using gh::test::store::create;
using gh::test::store::writeFile;

namespace {

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestTenantStoreDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesFilesThatAreNotTenants_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QByteArray() << int(Error::Kind::ForeignFile);
        QTest::newRow("text") << QByteArrayLiteral("Name=northwind\nType=HTTP\n") << int(Error::Kind::ForeignFile);
        QTest::newRow("binary") << QByteArray(4096, '\xA5') << int(Error::Kind::ForeignFile);
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\x00", 18) << int(Error::Kind::CorruptStore);
    }

    void refusesFilesThatAreNotTenants()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.ghtenant"));
        writeFile(path, content);
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(!store.ok());
        QCOMPARE(int(store.error().kind), kind);
        QCOMPARE(store.error().where, path);
        QVERIFY(!store.error().message.isEmpty());
        QCOMPARE(test::readFile(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('hello')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileHash(path);
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::ForeignFile);
        QVERIFY(store.error().message.contains(QStringLiteral("not a Gatehouse tenant")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        QVERIFY(create(path));
        QByteArray bytes = test::readFile(path);
        qToBigEndian<quint32>(99, bytes.data() + 60);
        writeFile(path, bytes);
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::NewerVersion);
        QVERIFY(store.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(test::readFile(path), bytes);
    }

    // Found by tests/fuzz/fuzz_tenantfile: our application id without a schema version, in
    // rollback-journal mode, used to fail in the migration only after the switch to WAL had
    // rewritten the file's header.
    void refusesATenantWithoutSchemaVersionUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        QVERIFY(create(path));
        QByteArray bytes = test::readFile(path);
        qToBigEndian<quint32>(0, bytes.data() + 60); // user_version
        bytes[18] = 1;                                // rollback journal, not WAL
        bytes[19] = 1;
        writeFile(path, bytes);
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::CorruptStore);
        QCOMPARE(store.error().where, path);
        QCOMPARE(test::readFile(path), bytes);
    }

    void refusesACorruptTenantUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        {
            auto store = create(path);
            QVERIFY(store);
            QVERIFY(store->transaction([&]() -> Status {
                for (int i = 0; i < 2000; ++i) {
                    const Assignment a{QStringLiteral("collection-%1").arg(i), QStringLiteral("user-%1").arg(i)};
                    if (Status s = store->put(EntityKind::Assignment, a.key(), storedForm(a)); !s)
                        return s;
                }
                return {};
            }).ok());
        }
        QByteArray bytes = test::readFile(path);
        const quint32 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        const qsizetype pages = bytes.size() / pageSize;
        QVERIFY(pages > 8);
        // Scribble over the b-tree headers of pages in the middle of the file.
        for (qsizetype page = pages / 2; page < pages / 2 + 3; ++page)
            std::fill_n(bytes.data() + page * pageSize, 64, '\x7f');
        writeFile(path, bytes);
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::CorruptStore);
        QVERIFY2(store.error().message.contains(QStringLiteral("damaged")), qPrintable(store.error().message));
        QCOMPARE(test::readFile(path), bytes);
    }

    // A WAL beside the file can carry what the header check never saw (a newer schema here):
    // the file must be refused from what SQLite sees, and neither it nor its WAL touched.
    void refusesWhatAWalBesideTheFileHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        QVERIFY(create(path));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path});
        QVERIFY2(sqlite.waitForStarted(), "the sqlite3 shell is needed (packaging/install-deps.sh installs it)");
        sqlite.write(".dbconfig no_ckpt_on_close on\nPRAGMA user_version=99;\n");
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        const QByteArray file = test::readFile(path);
        const QByteArray wal = test::readFile(path + QStringLiteral("-wal"));
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::NewerVersion);
        QCOMPARE(test::readFile(path), file);
        QCOMPARE(test::readFile(path + QStringLiteral("-wal")), wal);
    }

    void aMissingTableIsReportedWithSqlitesReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        QVERIFY(create(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE users")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop"));
        auto store = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        auto rows = (*store)->rows(EntityKind::User);
        QVERIFY(!rows.ok());
        QVERIFY2(rows.error().message.contains(QStringLiteral("no such table")), qPrintable(rows.error().message));
    }

    void aDamagedJournalEntryIsReportedNotReplayed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ghtenant"));
        auto store = create(path);
        QVERIFY(store);
        JournalEntry e;
        e.group = 1;
        e.kind = EntityKind::Destination;
        e.key = QStringLiteral("d");
        e.after = QJsonObject{{QStringLiteral("Name"), QStringLiteral("d")}};
        e.description = QStringLiteral("x");
        e.createdAt = test::fixedNow();
        QVERIFY(store->appendJournal(e).ok());
        store.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("garble"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE journal SET after = '{garbled'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("garble"));
        auto reopened = TenantStore::open(path, TenantStore::OpenMode::OpenExisting);
        QVERIFY(reopened.ok());
        auto group = (*reopened)->journalGroup(1);
        QVERIFY(!group.ok());
        QCOMPARE(group.error().kind, Error::Kind::CorruptStore);
        QVERIFY(group.error().message.contains(QStringLiteral("journal entry")));
    }
};

QTEST_GUILESS_MAIN(TestTenantStoreDamage)
#include "tst_tenantstore_damage.moc"
