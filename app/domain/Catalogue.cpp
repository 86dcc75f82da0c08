#include "app/domain/Catalogue.h"

#include "app/domain/Json.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QtGlobal>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Catalogue)
};
} // namespace

namespace {

QLatin1String key(const char* name)
{
    return QLatin1String(name);
}

QString childPath(const QString& path, const QString& name)
{
    return path + QLatin1Char('.') + name;
}

// Every key of a catalogue object is known; a typo must not pass unnoticed.
void rejectUnknownKeys(JsonReader& in, const QString& path)
{
    const QJsonObject rest = in.rest();
    if (!rest.isEmpty())
        in.fail(childPath(path, rest.begin().key()), Tr::tr("unknown key"));
}

// A string that must be present and not blank.
QString requiredText(JsonReader& in, const char* name)
{
    const QString value = in.string(key(name), true);
    if (in.ok() && value.trimmed().isEmpty())
        in.fail(in.pathOf(key(name)), Tr::tr("must not be empty"));
    return value;
}

// JsonReader::boolean also takes "true"/"false" strings (destinations need that); not here.
bool strictBoolean(JsonReader& in, const char* name, bool fallback)
{
    const QJsonValue value = in.raw(key(name));
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        in.fail(in.pathOf(key(name)), Tr::tr("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

QStringList requiredStringList(JsonReader& in, const char* name)
{
    if (!in.has(key(name))) {
        in.fail(in.pathOf(key(name)), Tr::tr("required array is missing"));
        return {};
    }
    return in.stringList(key(name)); // names the offending item's path
}

// Calls decode(reader) for each object of the array at `name`, stopping at the first error.
template <class Decode>
void forEachObject(JsonReader& in, const char* name, bool required, Decode decode)
{
    if (!in.has(key(name))) {
        if (required)
            in.fail(in.pathOf(key(name)), Tr::tr("required array is missing"));
        return;
    }
    const QJsonValue value = in.raw(key(name));
    if (!value.isArray()) {
        in.fail(in.pathOf(key(name)), Tr::tr("expected an array"));
        return;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size() && in.ok(); ++i) {
        const QString path = in.pathOf(key(name), i);
        if (!items.at(i).isObject()) {
            in.fail(path, Tr::tr("expected an object"));
            return;
        }
        JsonReader child(items.at(i).toObject(), path);
        decode(child);
        rejectUnknownKeys(child, path);
        in.adopt(child.error());
    }
}

Error located(Error error, const QString& source)
{
    error.kind = Error::Kind::Validation;
    error.where = error.where.isEmpty() ? source : Tr::tr("%1 at %2").arg(source, error.where);
    return error;
}

} // namespace

QString Catalogue::xsappnameOf(const QString& appId)
{
    const qsizetype bang = appId.indexOf(QLatin1Char('!'));
    return bang < 0 ? appId : appId.left(bang);
}

QString Catalogue::builtInPath()
{
    return QStringLiteral(":/gatehouse/catalogue/roles.json");
}

Result<Catalogue> Catalogue::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return located(Error::make(Error::Kind::Validation,
                                   Tr::tr("not valid JSON: %1 (at byte %2)")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset),
                                   QStringLiteral("$")),
                       source);
    }
    if (!document.isObject()) {
        return located(Error::make(Error::Kind::Validation,
                                   Tr::tr("expected a JSON object"), QStringLiteral("$")),
                       source);
    }

    Catalogue c;
    const QString rootPath = QStringLiteral("$");
    JsonReader root(document.object(), rootPath);

    if (!root.has(key("version"))) {
        root.fail(root.pathOf(key("version")),
                  Tr::tr("required format version is missing"));
    } else {
        const qint64 version = root.integer(key("version"));
        if (root.ok() && version != 1)
            root.fail(root.pathOf(key("version")),
                      Tr::tr("unsupported format version %1 (this Gatehouse reads 1)")
                          .arg(version));
    }
    c.m_sources = root.stringList(key("sources"));

    static const QRegularExpression taskIdPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    forEachObject(root, "tasks", true, [&](JsonReader& in) {
        CatalogueTask task;
        task.id = requiredText(in, "id");
        task.label = requiredText(in, "label");
        task.description = in.string(key("description"));
        if (!in.ok())
            return;
        if (!taskIdPattern.match(task.id).hasMatch()) {
            in.fail(in.pathOf(key("id")),
                    Tr::tr("task id \"%1\" is not lower-case words joined by '-'")
                        .arg(task.id));
        } else if (c.m_taskIndex.contains(task.id)) {
            in.fail(in.pathOf(key("id")), Tr::tr("duplicate task id \"%1\"").arg(task.id));
        } else {
            c.m_taskIndex.insert(task.id, c.m_tasks.size());
            c.m_tasks.append(task);
        }
    });

    forEachObject(root, "applications", true, [&](JsonReader& in) {
        CatalogueApplication app;
        app.appId = requiredText(in, "appId");
        app.appName = requiredText(in, "appName");
        app.description = in.string(key("description"));
        app.appNameIsPrefix = strictBoolean(in, "appNameIsPrefix", false);
        if (!in.ok())
            return;
        if (xsappnameOf(app.appId) != app.appName) {
            in.fail(
                in.pathOf(key("appId")),
                Tr::tr("app id \"%1\" does not start with appName \"%2\" followed by '!'")
                    .arg(app.appId, app.appName));
        } else if (c.m_applicationIndex.contains(app.appId)) {
            in.fail(in.pathOf(key("appId")),
                    Tr::tr("duplicate app id \"%1\"").arg(app.appId));
        } else if (c.m_appNameIndex.contains(app.appName)) {
            in.fail(in.pathOf(key("appName")),
                    Tr::tr("duplicate appName \"%1\"").arg(app.appName));
        } else {
            c.m_applicationIndex.insert(app.appId, c.m_applications.size());
            c.m_appNameIndex.insert(app.appName, c.m_applications.size());
            c.m_applications.append(app);
        }
    });

    forEachObject(root, "roleTemplates", true, [&](JsonReader& in) {
        CatalogueRoleTemplate tmpl;
        tmpl.appId = requiredText(in, "appId");
        tmpl.name = requiredText(in, "name");
        tmpl.description = in.string(key("description"));
        tmpl.tasks = requiredStringList(in, "tasks");
        if (!in.ok())
            return;
        if (!c.m_applicationIndex.contains(tmpl.appId)) {
            in.fail(in.pathOf(key("appId")),
                    Tr::tr("unknown application \"%1\" (not in $.applications)")
                        .arg(tmpl.appId));
            return;
        }
        if (c.m_templateIndex.contains(tmpl.key())) {
            in.fail(in.pathOf(key("name")),
                    Tr::tr("duplicate role template \"%1\"").arg(tmpl.key()));
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < tmpl.tasks.size(); ++i) {
            const QString& id = tmpl.tasks.at(i);
            if (!c.m_taskIndex.contains(id)) {
                in.fail(in.pathOf(key("tasks"), i),
                        Tr::tr("unknown task id \"%1\" (not in $.tasks)").arg(id));
                return;
            }
            if (seen.contains(id)) {
                in.fail(in.pathOf(key("tasks"), i),
                        Tr::tr("task id \"%1\" listed twice").arg(id));
                return;
            }
            seen.insert(id);
        }
        c.m_templateIndex.insert(tmpl.key(), c.m_roleTemplates.size());
        c.m_roleTemplates.append(tmpl);
    });

    forEachObject(root, "roleCollections", true, [&](JsonReader& in) {
        CatalogueRoleCollection collection;
        collection.name = requiredText(in, "name");
        collection.description = in.string(key("description"));
        collection.readOnly = strictBoolean(in, "readOnly", true);
        if (!in.ok())
            return;
        if (c.m_collectionIndex.contains(collection.name)) {
            in.fail(in.pathOf(key("name")),
                    Tr::tr("duplicate role collection \"%1\"").arg(collection.name));
            return;
        }
        QSet<QString> seen;
        forEachObject(in, "roles", true, [&](JsonReader& role) {
            RoleReference ref;
            ref.roleTemplateAppId = requiredText(role, "roleTemplateAppId");
            ref.roleTemplateName = requiredText(role, "roleTemplateName");
            ref.name = requiredText(role, "name");
            ref.description = role.string(key("description"));
            if (!role.ok())
                return;
            const QString templateKey =
                ref.roleTemplateAppId + QLatin1Char('/') + ref.roleTemplateName;
            if (!c.m_templateIndex.contains(templateKey)) {
                role.fail(role.pathOf(key("roleTemplateName")),
                          Tr::tr("unknown role template \"%1\" (not in $.roleTemplates)")
                              .arg(templateKey));
            } else if (seen.contains(ref.roleKey())) {
                role.fail(role.pathOf(key("name")),
                          Tr::tr("role \"%1\" listed twice").arg(ref.roleKey()));
            } else {
                seen.insert(ref.roleKey());
                collection.roles.append(ref);
            }
        });
        if (!in.ok())
            return;
        c.m_collectionIndex.insert(collection.name, c.m_roleCollections.size());
        c.m_roleCollections.append(collection);
    });

    forEachObject(root, "warnings", false, [&](JsonReader& in) {
        CatalogueWarning warning;
        warning.roleCollection = requiredText(in, "roleCollection");
        warning.text = requiredText(in, "text");
        if (!in.ok())
            return;
        if (!c.m_collectionIndex.contains(warning.roleCollection)) {
            in.fail(in.pathOf(key("roleCollection")),
                    Tr::tr("unknown role collection \"%1\" (not in $.roleCollections)")
                        .arg(warning.roleCollection));
            return;
        }
        c.m_warnings.append(warning);
    });

    if (root.ok())
        rejectUnknownKeys(root, rootPath);
    if (root.error())
        return located(*root.error(), source);
    return c;
}

const Catalogue& Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        QFile file(builtInPath());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Gatehouse: cannot open the bundled catalogue %s: %s",
                   qUtf8Printable(builtInPath()), qUtf8Printable(file.errorString()));
        Result<Catalogue> loaded = fromJson(file.readAll(), builtInPath());
        if (!loaded)
            qFatal("Gatehouse: the bundled catalogue is broken: %s",
                   qUtf8Printable(loaded.error().toString()));
        return std::move(loaded).value();
    }();
    return catalogue;
}

std::optional<CatalogueTask> Catalogue::task(const QString& id) const
{
    const auto it = m_taskIndex.constFind(id);
    if (it == m_taskIndex.cend())
        return std::nullopt;
    return m_tasks.at(*it);
}

const CatalogueApplication* Catalogue::application(const QString& appId) const
{
    if (const auto it = m_applicationIndex.constFind(appId); it != m_applicationIndex.cend())
        return &m_applications.at(*it);
    const QString xsappname = xsappnameOf(appId);
    if (const auto it = m_appNameIndex.constFind(xsappname); it != m_appNameIndex.cend())
        return &m_applications.at(*it);
    const CatalogueApplication* best = nullptr;
    for (const CatalogueApplication& app : m_applications) {
        if (app.appNameIsPrefix && xsappname.startsWith(app.appName + QLatin1Char('-')) &&
            (!best || app.appName.size() > best->appName.size()))
            best = &app;
    }
    return best;
}

const CatalogueRoleTemplate* Catalogue::roleTemplate(const QString& appId,
                                                     const QString& name) const
{
    if (const auto it = m_templateIndex.constFind(appId + QLatin1Char('/') + name);
        it != m_templateIndex.cend())
        return &m_roleTemplates.at(*it);
    const CatalogueApplication* app = application(appId);
    if (!app || app->appId == appId)
        return nullptr;
    const auto it = m_templateIndex.constFind(app->appId + QLatin1Char('/') + name);
    return it == m_templateIndex.cend() ? nullptr : &m_roleTemplates.at(*it);
}

const CatalogueRoleCollection* Catalogue::roleCollection(const QString& name) const
{
    const auto it = m_collectionIndex.constFind(name);
    return it == m_collectionIndex.cend() ? nullptr : &m_roleCollections.at(*it);
}

QStringList Catalogue::tasksOf(const QString& appId, const QString& templateName) const
{
    const CatalogueRoleTemplate* tmpl = roleTemplate(appId, templateName);
    return tmpl ? tmpl->tasks : QStringList{};
}

QList<const CatalogueRoleTemplate*> Catalogue::templatesGranting(const QString& taskId) const
{
    QList<const CatalogueRoleTemplate*> out;
    for (const CatalogueRoleTemplate& tmpl : m_roleTemplates) {
        if (tmpl.tasks.contains(taskId))
            out.append(&tmpl);
    }
    return out;
}

QStringList Catalogue::warningsFor(const QString& roleCollection) const
{
    QStringList out;
    for (const CatalogueWarning& warning : m_warnings) {
        if (warning.roleCollection == roleCollection)
            out.append(warning.text);
    }
    return out;
}

} // namespace gh
