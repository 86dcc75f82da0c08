// TenantStore's push conflicts (schema 3, TenantStore.cpp) and the base version of a row after
// a push: what Push (app/workspace) records in a replica.
#include "app/client/local/TenantStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantConflicts)
};
} // namespace

namespace {

QVariant optionalJson(const std::optional<QJsonObject>& object)
{
    return object ? QVariant(QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact)))
                  : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalString(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

bool readJson(const QVariant& value, std::optional<QJsonObject>& out)
{
    out.reset();
    if (value.isNull())
        return true;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    if (!doc.isObject())
        return false;
    out = doc.object();
    return true;
}

} // namespace

Status TenantStore::setBaseVersion(EntityKind kind, const QString& key, const QString& baseVersion)
{
    auto statement = prepared(QStringLiteral("UPDATE %1 SET base_version = ? WHERE key = ?").arg(entityKindName(kind)));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, optionalString(baseVersion));
    q.bindValue(1, key);
    if (!q.exec())
        return sqlError(q, Tr::tr("writing %1 '%2'").arg(entityKindName(kind), key));
    return {};
}

Status TenantStore::putConflict(const Conflict& c)
{
    auto statement = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO conflicts (kind, key, base_version, base, mine, theirs, theirs_version, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, entityKindName(c.kind));
    q.bindValue(1, c.key);
    q.bindValue(2, optionalString(c.baseVersion));
    q.bindValue(3, optionalJson(c.base));
    q.bindValue(4, optionalJson(c.mine));
    q.bindValue(5, optionalJson(c.theirs));
    q.bindValue(6, optionalString(c.theirsVersion));
    q.bindValue(7, toIsoUtc(c.detectedAt));
    if (!q.exec())
        return sqlError(q, Tr::tr("recording a conflict"));
    return {};
}

Status TenantStore::removeConflict(EntityKind kind, const QString& key)
{
    auto statement = prepared(QStringLiteral("DELETE FROM conflicts WHERE kind = ? AND key = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, entityKindName(kind));
    q.bindValue(1, key);
    if (!q.exec())
        return sqlError(q, Tr::tr("removing a conflict"));
    return {};
}

Result<QList<Conflict>> TenantStore::conflicts() const
{
    auto statement = prepared(QStringLiteral(
        "SELECT kind, key, base_version, base, mine, theirs, theirs_version, detected_at FROM conflicts ORDER BY kind, key"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return sqlError(q, Tr::tr("reading the conflicts"));
    QList<Conflict> out;
    while (q.next()) {
        Conflict c;
        const QString kindName = q.value(0).toString();
        const auto kind = entityKindFromName(kindName);
        c.key = q.value(1).toString();
        if (!kind || !readJson(q.value(3), c.base) || !readJson(q.value(4), c.mine) || !readJson(q.value(5), c.theirs)) {
            q.finish();
            return Error::make(Error::Kind::CorruptStore,
                               Tr::tr("the conflict of %1 '%2' is damaged").arg(kindName, c.key), m_path);
        }
        c.kind = *kind;
        c.baseVersion = q.value(2).toString();
        c.theirsVersion = q.value(6).toString();
        c.detectedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        out.append(std::move(c));
    }
    q.finish();
    return out;
}

} // namespace gh
