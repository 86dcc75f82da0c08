#include "app/client/local/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::SqliteStatement)
};
} // namespace

sqlite3* SqliteStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QSQLITE hands out its sqlite3* under this type name; any other driver's handle is not one.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3* db, QByteArrayView sql) : m_db(db)
{
    if (!m_db) {
        m_errorCode = SQLITE_MISUSE;
        m_errorMessage = Tr::tr("no SQLite connection");
        return;
    }
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

void SqliteStatement::fail(int code)
{
    m_errorCode = code & 0xff;
    m_errorMessage = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
}

bool SqliteStatement::bind(int index, qint64 value)
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_bind_int64(m_statement, index, value);
    if (rc != SQLITE_OK)
        fail(rc);
    return rc == SQLITE_OK;
}

bool SqliteStatement::bind(int index, const QString& value)
{
    if (!m_statement)
        return false;
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return rc == SQLITE_OK;
}

bool SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    if (!m_statement)
        return false;
    // A null view binds as an empty text, not as NULL (the columns written are NOT NULL).
    const int rc = sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), static_cast<int>(utf8.size()),
                                     SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail(rc);
    return rc == SQLITE_OK;
}

bool SqliteStatement::bindNull(int index)
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_bind_null(m_statement, index);
    if (rc != SQLITE_OK)
        fail(rc);
    return rc == SQLITE_OK;
}

bool SqliteStatement::reset()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_reset(m_statement);
    if (rc != SQLITE_OK)
        fail(rc);
    return rc == SQLITE_OK;
}

SqliteStatement::Step SqliteStatement::step()
{
    if (!m_statement)
        return Step::Failed;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    fail(rc);
    return Step::Failed;
}

QByteArrayView SqliteStatement::view(int column) const
{
    if (!m_statement)
        return {};
    // blob first, then bytes: the order SQLite documents for a pointer that stays valid.
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArrayView(data, size) : QByteArrayView();
}

QByteArray SqliteStatement::bytes(int column) const
{
    const QByteArrayView v = view(column);
    return QByteArray(v.data(), v.size());
}

QString SqliteStatement::text(int column) const
{
    if (!m_statement)
        return {};
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

bool SqliteStatement::isNull(int column) const
{
    return !m_statement || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace gh
