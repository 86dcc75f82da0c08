#include "app/client/remote/ScimGroup.h"

#include "app/domain/Json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::ScimGroup)
};
} // namespace

Result<ScimGroup> decodeScimGroup(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    ScimGroup g;
    g.id = in.string(QLatin1String("id"), true);
    g.displayName = in.string(QLatin1String("displayName"), true);
    g.description = in.string(QLatin1String("description"));
    const QJsonObject meta = in.object(QLatin1String("meta"));
    const QJsonArray members = in.array(QLatin1String("members"));
    if (!in.ok())
        return *in.error();
    JsonReader metaIn(meta, in.pathOf(QLatin1String("meta")));
    g.version = metaIn.integer(QLatin1String("version"), 0);
    if (!metaIn.ok())
        return *metaIn.error();
    if (g.version < 0)
        return Error::make(Error::Kind::MalformedResponse, Tr::tr("a version is never negative"),
                           metaIn.pathOf(QLatin1String("version")));
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString at = in.pathOf(QLatin1String("members"), i);
        if (!members.at(i).isObject())
            return Error::make(Error::Kind::MalformedResponse, Tr::tr("an object is expected"), at);
        JsonReader m(members.at(i).toObject(), at);
        UserReference ref;
        ref.id = m.string(QLatin1String("value"), true);
        ref.origin = m.string(QLatin1String("origin"));
        const QString type = m.string(QLatin1String("type"));
        if (!m.ok())
            return *m.error();
        if (type.isEmpty() || type == QLatin1String("USER"))
            g.members.append(ref);
    }
    return g;
}

Result<QList<ScimGroup>> decodeScimGroupPage(const QJsonObject& json, bool& last)
{
    JsonReader in(json, QStringLiteral("$"));
    // UAA writes "resources"; SCIM 2.0 servers "Resources" (SAP_APIS.md 3.4).
    const QLatin1String key = json.contains(QLatin1String("resources")) || !json.contains(QLatin1String("Resources"))
        ? QLatin1String("resources")
        : QLatin1String("Resources");
    const QJsonArray resources = in.array(key);
    const qint64 startIndex = in.integer(QLatin1String("startIndex"), 1);
    const qint64 total = in.integer(QLatin1String("totalResults"), 0);
    if (!in.ok())
        return *in.error();
    QList<ScimGroup> out;
    out.reserve(resources.size());
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString at = in.pathOf(key, i);
        if (!resources.at(i).isObject())
            return Error::make(Error::Kind::MalformedResponse, Tr::tr("an object is expected"), at);
        auto group = decodeScimGroup(resources.at(i).toObject(), at);
        if (!group)
            return group.error();
        out.append(std::move(*group));
    }
    // An empty page ends the list too, so that a server miscounting cannot loop us forever.
    last = resources.isEmpty() || startIndex - 1 + resources.size() >= total;
    return out;
}

QJsonObject scimMembersPatch(const QStringList& userIds, bool remove)
{
    QJsonArray members;
    for (const QString& id : userIds) {
        QJsonObject m{{QStringLiteral("value"), id}, {QStringLiteral("type"), QStringLiteral("USER")}};
        if (remove)
            m.insert(QStringLiteral("operation"), QStringLiteral("delete"));
        members.append(m);
    }
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:scim:schemas:core:1.0")}},
                       {QStringLiteral("members"), members}};
}

} // namespace gh::remote
