// SqliteStatement: statements through SQLite's C API on a connection QtSql opened — the handle
// found, values read unconverted, failures reported with SQLite's code, and the connection
// still closable afterwards.
#include "app/client/local/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace gh;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

private Q_SLOTS:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (key TEXT PRIMARY KEY, data TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('b', '{\"x\":\"é\"}'), ('a', ''), ('c', NULL)")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst"));
    }

    void handleOfAnOpenConnection()
    {
        QVERIFY(SqliteStatement::handleOf(m_db) != nullptr);
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
        QVERIFY(SqliteStatement::handleOf(closed) == nullptr);
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("closed"));
    }

    void readsRowsUnconverted()
    {
        SqliteStatement q(SqliteStatement::handleOf(m_db), "SELECT key, data FROM t ORDER BY key LIMIT ? OFFSET ?");
        QVERIFY(q.ok());
        QVERIFY(q.bind(1, qint64(-1)));
        QVERIFY(q.bind(2, qint64(0)));
        QCOMPARE(q.step(), SqliteStatement::Step::Row);
        QCOMPARE(q.text(0), QStringLiteral("a"));
        QVERIFY(!q.isNull(1));
        QVERIFY(q.bytes(1).isEmpty());
        QCOMPARE(q.step(), SqliteStatement::Step::Row);
        QCOMPARE(q.text(0), QStringLiteral("b"));
        QCOMPARE(q.bytes(1), QByteArray("{\"x\":\"\xc3\xa9\"}"));
        QCOMPARE(q.step(), SqliteStatement::Step::Row);
        QVERIFY(q.isNull(1));
        QVERIFY(q.bytes(1).isNull());
        QCOMPARE(q.step(), SqliteStatement::Step::Done);
        QCOMPARE(q.errorCode(), 0);
    }

    void bindsTextAndPages()
    {
        SqliteStatement q(SqliteStatement::handleOf(m_db), "SELECT key FROM t WHERE key > ? ORDER BY key LIMIT ?");
        QVERIFY(q.bind(1, QStringLiteral("a")));
        QVERIFY(q.bind(2, qint64(1)));
        QCOMPARE(q.step(), SqliteStatement::Step::Row);
        QCOMPARE(q.text(0), QStringLiteral("b"));
        QCOMPARE(q.step(), SqliteStatement::Step::Done);
    }

    void failuresCarrySqlitesReason()
    {
        SqliteStatement missing(SqliteStatement::handleOf(m_db), "SELECT * FROM nowhere");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errorCode(), 1); // SQLITE_ERROR
        QVERIFY(missing.errorMessage().contains(QStringLiteral("nowhere")));
        QVERIFY(!missing.isCorrupt());
        QCOMPARE(missing.step(), SqliteStatement::Step::Failed);
        QVERIFY(!missing.bind(1, qint64(1)));

        SqliteStatement noConnection(nullptr, "SELECT 1");
        QVERIFY(!noConnection.ok());
        QVERIFY(!noConnection.errorMessage().isEmpty());
    }

    void connectionClosesAfterwards()
    {
        {
            SqliteStatement q(SqliteStatement::handleOf(m_db), "SELECT key FROM t");
            QCOMPARE(q.step(), SqliteStatement::Step::Row); // left mid-way: finalized all the same
        }
        m_db.close();
        QVERIFY(!m_db.isOpen());
        QVERIFY(!m_db.lastError().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
