#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace gh {

// One statement run through SQLite's C API on a connection QtSql opened, for the reads of
// 100,000 rows where QSqlQuery's QVariant per value (and its copy of every blob) costs more than
// SQLite itself. Finalized by the destructor: QtSql's close() fails while a statement of ours is
// still prepared on its connection, so none outlives the call that made it.
class SqliteStatement
{
public:
    enum class Step { Row, Done, Failed };

    // The connection's sqlite3 handle; null when `db` is not open on QtSql's QSQLITE driver.
    static sqlite3* handleOf(const QSqlDatabase& db);

    // Prepares `sql` (UTF-8) on `db`; ok() says whether it worked, errorMessage() why not.
    SqliteStatement(sqlite3* db, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_statement != nullptr; }
    bool bind(int index, qint64 value); // index from 1, as in SQLite
    bool bind(int index, const QString& value);
    // UTF-8 text that stays unchanged until the next step() (SQLite does not copy it).
    bool bindText(int index, QByteArrayView utf8);
    bool bindNull(int index);
    // Ready to run again with new values (after a step() that was Done).
    bool reset();
    Step step();

    // The current row's values; valid until the next step().
    QString text(int column) const;
    QByteArray bytes(int column) const; // the stored bytes of a TEXT or BLOB, unconverted
    QByteArrayView view(int column) const;
    bool isNull(int column) const;

    // SQLite's primary result code of the last failure (SQLITE_CORRUPT = 11, SQLITE_NOTADB = 26)
    // and its message; 0 and empty when nothing failed.
    int errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    // Whether the failure says the file is damaged rather than unreadable for the moment.
    bool isCorrupt() const { return m_errorCode == 11 || m_errorCode == 26; }

private:
    void fail(int code);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_errorCode = 0;
    QString m_errorMessage;
};

} // namespace gh
