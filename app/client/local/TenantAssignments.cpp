// TenantStore's reads of assignments by user (schema 5's index) and with their users joined:
// what a page of SCIM users and the role collections' user references are made of.
#include "app/client/local/TenantStore.h"

#include "app/client/local/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantAssignments)
};
} // namespace

namespace {

// Runs `sql` with `bind` applied, calling `row` per result row; errors name `what`.
template<class Bind, class Row>
Status run(const QString& connection, const QString& path, const QString& sql, const QString& what, const Bind& bind,
           const Row& row)
{
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement q(SqliteStatement::handleOf(QSqlDatabase::database(connection, false)), utf8);
    const auto failed = [&](const QString& doing) {
        return Error::make(q.isCorrupt() ? Error::Kind::CorruptStore : Error::Kind::Io,
                           QStringLiteral("%1: %2").arg(doing, q.errorMessage()), path);
    };
    if (!q.ok())
        return failed(Tr::tr("preparing \"%1\"").arg(sql.left(60)));
    if (!bind(q))
        return failed(what);
    for (;;) {
        const SqliteStatement::Step step = q.step();
        if (step == SqliteStatement::Step::Done)
            return {};
        if (step == SqliteStatement::Step::Failed)
            return failed(what);
        row(q);
    }
}

} // namespace

Status TenantStore::forEachAssignmentOfUsers(const std::optional<std::pair<QString, QString>>& users,
                                             const std::function<void(QByteArrayView key)>& f) const
{
    // Prepared per call, not cached (see scanRows): QtSql cannot close a connection with a
    // statement of ours. The ORDER BY is the index's order: no sorting.
    const QString sql = QStringLiteral("SELECT key FROM %1 %3 ORDER BY %2, key")
                            .arg(entityKindName(EntityKind::Assignment), kAssignmentUser,
                                 users ? QStringLiteral("WHERE %1 BETWEEN ?1 AND ?2").arg(kAssignmentUser) : QString());
    return run(
        m_connection, m_path, sql, Tr::tr("reading the assignments of users"),
        [&](SqliteStatement& q) { return !users || (q.bind(1, users->first) && q.bind(2, users->second)); },
        [&](SqliteStatement& q) { f(q.view(0)); });
}

Status TenantStore::forEachAssignmentWithUser(const std::optional<std::pair<QString, QString>>& collections,
                                              const std::function<void(QByteArrayView key, QByteArrayView userJson)>& f) const
{
    // Each assignment's user found by its primary key, the assignments in user order (schema 5's
    // index): the users are looked up in the order they are stored, each page of them read once
    // (in key order, a page was read from the file for nearly every assignment). Only the users
    // assigned are read. For one collection its few keys are found by the primary key instead
    // ('+' keeps SQLite from using it for a wide range, which it would then sort).
    QString sql = QStringLiteral("SELECT a.key, u.data FROM %1 AS a LEFT JOIN %2 AS u ON u.key = substr(a.key, "
                                 "instr(a.key, char(10)) + 1)")
                      .arg(entityKindName(EntityKind::Assignment), entityKindName(EntityKind::User));
    if (collections && collections->first == collections->second)
        sql += QStringLiteral(" WHERE a.key >= ?1 AND a.key < ?2");
    else if (collections)
        sql += QStringLiteral(" WHERE +a.key >= ?1 AND +a.key < ?2");
    sql += QStringLiteral(" ORDER BY substr(a.key, instr(a.key, char(10)) + 1), a.key");
    return run(
        m_connection, m_path, sql, Tr::tr("reading the assignments with their users"),
        [&](SqliteStatement& q) {
            // Every key of a collection "name" lies in ["name\n", "name\v"): '\v' follows '\n'.
            return !collections
                || (q.bind(1, collections->first + QLatin1Char('\n')) && q.bind(2, collections->second + QLatin1Char('\v')));
        },
        [&](SqliteStatement& q) { f(q.view(0), q.view(1)); });
}

} // namespace gh
