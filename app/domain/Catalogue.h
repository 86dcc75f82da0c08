#pragma once

// The catalogue of what SAP's role templates and predefined role collections allow: the tasks an
// administrator asks "who can do this?" about, the role templates of Cloud Integration and of the
// BTP subaccount services with the tasks each grants, SAP's predefined role collections, and
// warnings about collections that should be held by few people. The data lives in
// resources/catalogue/roles.json (see SAP_APIS.md §3.5–3.6 and the "sources" in that file).
//
// App ids carry a landscape-specific suffix ("it!b18631" in one region, "it!b2455" in another), so
// role templates are looked up by exact app id first and then by the application's xsappname, the
// part before '!'.

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gh {

struct CatalogueTask
{
    QString id;    // "deploy-security-material"
    QString label; // "Deploy security material"
    QString description;
};

struct CatalogueApplication
{
    QString appId;   // "it!b18631", as one landscape names it
    QString appName; // the xsappname, "it"
    QString description;
    // The real xsappname is appName followed by '-' and more ("it-rt-<subdomain>").
    bool appNameIsPrefix = false;
};

struct CatalogueRoleTemplate
{
    QString appId;
    QString name;
    QString description;
    QStringList tasks; // task ids

    QString key() const { return appId + QLatin1Char('/') + name; }
};

struct CatalogueRoleCollection
{
    QString name;
    QString description;
    bool readOnly = true; // predefined by SAP
    QList<RoleReference> roles;
};

struct CatalogueWarning
{
    QString roleCollection;
    QString text;
};

class Catalogue
{
public:
    // Strict: unknown keys, wrong types, duplicate ids and references to unknown tasks, apps,
    // templates or collections are errors; the error's `where` names `source` and the JSON path.
    static Result<Catalogue> fromJson(const QByteArray& json, const QString& source);
    // The bundled catalogue (":/gatehouse/catalogue/roles.json"), loaded once.
    static const Catalogue& builtIn();
    static QString builtInPath();

    const QStringList& sources() const { return m_sources; }

    const QList<CatalogueTask>& tasks() const { return m_tasks; }
    std::optional<CatalogueTask> task(const QString& id) const;

    const QList<CatalogueApplication>& applications() const { return m_applications; }
    // The application an app id belongs to: exact app id, else same xsappname (suffix ignored).
    const CatalogueApplication* application(const QString& appId) const;

    const QList<CatalogueRoleTemplate>& roleTemplates() const { return m_roleTemplates; }
    // Exact app id first, then the template of that name in the same application.
    const CatalogueRoleTemplate* roleTemplate(const QString& appId, const QString& name) const;

    const QList<CatalogueRoleCollection>& roleCollections() const { return m_roleCollections; }
    const CatalogueRoleCollection* roleCollection(const QString& name) const;

    // The task ids a role template grants; empty for a template the catalogue does not know.
    QStringList tasksOf(const QString& appId, const QString& templateName) const;
    // Every template that grants the task, in catalogue order.
    QList<const CatalogueRoleTemplate*> templatesGranting(const QString& taskId) const;

    const QList<CatalogueWarning>& warnings() const { return m_warnings; }
    QStringList warningsFor(const QString& roleCollection) const;

    // "it!b18631" → "it"; an app id without '!' is returned whole.
    static QString xsappnameOf(const QString& appId);

private:
    QStringList m_sources;
    QList<CatalogueTask> m_tasks;
    QList<CatalogueApplication> m_applications;
    QList<CatalogueRoleTemplate> m_roleTemplates;
    QList<CatalogueRoleCollection> m_roleCollections;
    QList<CatalogueWarning> m_warnings;

    QHash<QString, qsizetype> m_taskIndex;        // id → index
    QHash<QString, qsizetype> m_applicationIndex; // appId → index
    QHash<QString, qsizetype> m_appNameIndex;     // appName → index
    QHash<QString, qsizetype> m_templateIndex;    // key() → index
    QHash<QString, qsizetype> m_collectionIndex;  // name → index
};

} // namespace gh
