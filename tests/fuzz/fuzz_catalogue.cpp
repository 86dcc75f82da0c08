// Fuzz target: Catalogue::fromJson, the role catalogue (resources/catalogue/roles.json, or a
// catalogue file a user points Gatehouse at).
//
// A failure must name what and where: the error's `where` starts with the source name. A success
// is queried through every lookup, so that the indexes built while parsing are exercised too.

#include "tests/fuzz/FuzzSupport.h"

#include "app/domain/Catalogue.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString source = QStringLiteral("fuzz");
    const auto catalogue = gh::Catalogue::fromJson(gh::fuzz::bytes(data, size).toByteArray(), source);
    if (!catalogue) {
        gh::fuzz::requireNamedError(catalogue.error(), "Catalogue::fromJson");
        gh::fuzz::check(catalogue.error().where.startsWith(source),
                        "Catalogue::fromJson: the error does not name the source", catalogue.error().toString());
        return 0;
    }
    const gh::Catalogue& c = catalogue.value();
    qsizetype sink = c.sources().size();
    for (const gh::CatalogueTask& task : c.tasks()) {
        gh::fuzz::check(c.task(task.id).has_value(), "Catalogue: a task is not found by its id", task.id);
        sink += c.templatesGranting(task.id).size();
    }
    for (const gh::CatalogueApplication& app : c.applications())
        gh::fuzz::check(c.application(app.appId) == &app, "Catalogue: an application is not found by its id",
                        app.appId);
    for (const gh::CatalogueRoleTemplate& tmpl : c.roleTemplates()) {
        gh::fuzz::check(c.roleTemplate(tmpl.appId, tmpl.name) == &tmpl,
                        "Catalogue: a role template is not found by its key", tmpl.key());
        sink += c.tasksOf(tmpl.appId, tmpl.name).size();
        // A landscape with another suffix finds the same template through the xsappname.
        sink += c.tasksOf(gh::Catalogue::xsappnameOf(tmpl.appId) + QStringLiteral("!b1"), tmpl.name).size();
    }
    for (const gh::CatalogueRoleCollection& collection : c.roleCollections()) {
        gh::fuzz::check(c.roleCollection(collection.name) == &collection,
                        "Catalogue: a role collection is not found by its name", collection.name);
        for (const gh::RoleReference& role : collection.roles)
            gh::fuzz::check(c.roleTemplate(role.roleTemplateAppId, role.roleTemplateName) != nullptr,
                            "Catalogue: a collection refers to a template it does not know", role.roleKey());
        sink += c.warningsFor(collection.name).size();
    }
    volatile qsizetype keep = sink;
    (void)keep;
    return 0;
}
