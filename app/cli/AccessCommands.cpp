// `access who-can TASK`, `access of USER`, `access tasks`: effective access from the catalogue
// (app/domain/Access.h), read-only.
#include "app/cli/AccessSession.h"
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace gh::cli {

namespace {

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// TASK is a catalogue task id, its label, or an unambiguous prefix of either (case-insensitive).
// Null after reporting an unknown task (with a few close ids) or an ambiguous one.
std::optional<CatalogueTask> resolveTask(const Context& context, const QString& wanted)
{
    const QList<CatalogueTask>& tasks = Catalogue::builtIn().tasks();
    const QString w = wanted.trimmed();
    for (const CatalogueTask& t : tasks) {
        if (t.id == w)
            return t;
    }
    for (const CatalogueTask& t : tasks) {
        if (t.id.compare(w, Qt::CaseInsensitive) == 0 || t.label.compare(w, Qt::CaseInsensitive) == 0)
            return t;
    }
    QList<const CatalogueTask*> prefixed;
    if (!w.isEmpty()) {
        for (const CatalogueTask& t : tasks) {
            if (t.id.startsWith(w, Qt::CaseInsensitive) || t.label.startsWith(w, Qt::CaseInsensitive))
                prefixed.append(&t);
        }
    }
    if (prefixed.size() == 1)
        return *prefixed.first();
    if (prefixed.size() > 1) {
        QStringList ids;
        for (const CatalogueTask* t : std::as_const(prefixed))
            ids.append(t->id);
        context.error(Text::tr("task '%1' is ambiguous: it could be %2").arg(wanted, ids.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    // Closest ids first: by edit distance to the id, and words of the id the text contains.
    QList<std::pair<int, QString>> ranked;
    const QString lower = w.toLower();
    for (const CatalogueTask& t : tasks) {
        int score = editDistance(lower, t.id);
        for (const QString& word : t.id.split(QLatin1Char('-'))) {
            if (word.size() > 3 && lower.contains(word))
                score -= 4;
        }
        ranked.append({score, t.id});
    }
    std::sort(ranked.begin(), ranked.end());
    QStringList close;
    for (qsizetype i = 0; i < ranked.size() && i < 4; ++i)
        close.append(ranked.at(i).second);
    context.error(Text::tr("no task '%1' in the catalogue; close task ids: %2 ('gatehouse-cli access tasks' "
                                 "lists them all)")
                      .arg(wanted, close.join(QStringLiteral(", "))));
    return std::nullopt;
}

QString obtainedText(const CollectionGrant& grant)
{
    switch (grant.how) {
    case CollectionGrant::How::Direct: return QStringLiteral("direct");
    case CollectionGrant::How::Group: return QStringLiteral("group '%1'").arg(grant.detail);
    case CollectionGrant::How::Attribute: return QStringLiteral("attribute %1 (if asserted)").arg(grant.detail);
    }
    return {};
}

// ---- who-can ----------------------------------------------------------------------------------

int whoCan(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("access who-can");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("access who-can needs a TASK (see 'gatehouse-cli access tasks')"));
    // A label may be given unquoted: the operands are one text.
    const auto task = resolveTask(context, args.operands.join(QLatin1Char(' ')));
    if (!task)
        return Finding;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const AccessIndex index = session.index();
    struct Row
    {
        const User* user;
        AccessPath path;
    };
    QList<Row> rows;
    for (const AccessPath& p : index.whoCan(task->id)) {
        if (const User* u = index.user(p.userId))
            rows.append({u, p});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.user->userName, a.user->origin, a.path.grant.roleCollection) <
               std::tie(b.user->userName, b.user->origin, b.path.grant.roleCollection);
    });
    if (context.json) {
        QJsonArray array;
        for (const Row& r : std::as_const(rows)) {
            array.append(QJsonObject{{QStringLiteral("User"), r.user->userName},
                                     {QStringLiteral("Origin"), r.user->origin},
                                     {QStringLiteral("RoleCollection"), r.path.grant.roleCollection},
                                     {QStringLiteral("Obtained"), grantHowName(r.path.grant.how)},
                                     {QStringLiteral("Detail"), r.path.grant.detail},
                                     {QStringLiteral("Role"), r.path.role.name},
                                     {QStringLiteral("RoleTemplate"), r.path.role.roleTemplateName}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (rows.isEmpty()) {
        context.out << Text::tr("Nobody can %1 (%2).").arg(task->label.toLower(), task->id) << "\n";
        return Success;
    }
    QList<QStringList> table;
    QStringList people;
    for (const Row& r : std::as_const(rows)) {
        table.append({r.user->userName, r.user->origin, r.path.grant.roleCollection, obtainedText(r.path.grant),
                      r.path.role.name});
        if (!people.contains(r.user->id))
            people.append(r.user->id);
    }
    context.out << task->label << " (" << task->id << "): " << people.size()
                << (people.size() == 1 ? " user" : " users") << "\n";
    writeTable(context.out,
               {Text::tr("USER"), Text::tr("IDP"), Text::tr("ROLE COLLECTION"), Text::tr("OBTAINED"),
                Text::tr("ROLE")},
               table);
    return Success;
}

// ---- of ---------------------------------------------------------------------------------------

int accessOf(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("access of");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--origin")}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a USER (id or user name)")))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const User* user = findUser(context, session.users, args.operands.first(), args.value(QStringLiteral("--origin")));
    if (!user)
        return Finding;
    const AccessIndex index = session.index();
    const Catalogue& catalogue = index.catalogue();
    const QList<CollectionAccess> tree = index.accessOf(*user);
    const QStringList warnings = index.warningsFor(*user);
    const auto labelOf = [&](const QString& id) {
        const auto t = catalogue.task(id);
        return t ? t->label : id;
    };

    if (context.json) {
        QJsonArray collections;
        for (const CollectionAccess& c : tree) {
            QJsonArray roles;
            for (const RoleGrant& r : c.roles) {
                QJsonArray tasks;
                for (const QString& id : r.tasks)
                    tasks.append(QJsonObject{{QStringLiteral("Id"), id}, {QStringLiteral("Label"), labelOf(id)}});
                roles.append(QJsonObject{{QStringLiteral("Name"), r.role.name},
                                         {QStringLiteral("RoleTemplate"), r.role.roleTemplateName},
                                         {QStringLiteral("RoleTemplateAppId"), r.role.roleTemplateAppId},
                                         {QStringLiteral("InCatalogue"), r.roleTemplate != nullptr},
                                         {QStringLiteral("Tasks"), tasks}});
            }
            collections.append(QJsonObject{{QStringLiteral("Name"), c.grant.roleCollection},
                                           {QStringLiteral("Obtained"), grantHowName(c.grant.how)},
                                           {QStringLiteral("Detail"), c.grant.detail},
                                           {QStringLiteral("Certain"), c.grant.certain},
                                           {QStringLiteral("Roles"), roles},
                                           {QStringLiteral("Warnings"), QJsonArray::fromStringList(c.warnings)}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("User"), user->userName},
                                                 {QStringLiteral("Origin"), user->origin},
                                                 {QStringLiteral("Id"), user->id},
                                                 {QStringLiteral("RoleCollections"), collections},
                                                 {QStringLiteral("Tasks"), QJsonArray::fromStringList(index.tasksOf(*user))},
                                                 {QStringLiteral("Warnings"), QJsonArray::fromStringList(warnings)}})
                           .toJson(QJsonDocument::Indented);
        return Success;
    }
    QTextStream& out = context.out;
    out << userLabel(*user) << "\n";
    if (tree.isEmpty())
        out << "  " << Text::tr("no role collections: no access") << "\n";
    for (const CollectionAccess& c : tree) {
        out << "  " << c.grant.roleCollection << " (" << c.grant.describe() << ")\n";
        if (c.roles.isEmpty())
            out << "    " << Text::tr("no roles") << "\n";
        for (const RoleGrant& r : c.roles) {
            out << "    " << r.role.name;
            if (r.role.roleTemplateName != r.role.name)
                out << " " << Text::tr("(template %1)").arg(r.role.roleTemplateName);
            out << " [" << r.role.roleTemplateAppId << "]\n";
            if (!r.roleTemplate)
                out << "      " << Text::tr("(template not in the catalogue: tasks unknown)") << "\n";
            for (const QString& id : r.tasks)
                out << "      " << id << ": " << labelOf(id) << "\n";
        }
    }
    if (!warnings.isEmpty()) {
        out << Text::tr("Warnings:") << "\n";
        for (const QString& w : warnings)
            out << "  - " << w << "\n";
    }
    return Success;
}

// ---- tasks ------------------------------------------------------------------------------------

int tasks(const Context& context, const QStringList& rawArgs)
{
    if (!rawArgs.isEmpty())
        return context.usage(Text::tr("unexpected argument '%1'").arg(rawArgs.first()));
    const QList<CatalogueTask>& all = Catalogue::builtIn().tasks();
    if (context.json) {
        QJsonArray array;
        for (const CatalogueTask& t : all) {
            array.append(QJsonObject{{QStringLiteral("Id"), t.id},
                                     {QStringLiteral("Label"), t.label},
                                     {QStringLiteral("Description"), t.description}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    QList<QStringList> rows;
    for (const CatalogueTask& t : all)
        rows.append({t.id, t.label});
    writeTable(context.out, {Text::tr("TASK"), Text::tr("LABEL")}, rows);
    return Success;
}

} // namespace

int accessCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("who-can"))
        return whoCan(context, rest);
    if (verb == QLatin1String("of"))
        return accessOf(context, rest);
    if (verb == QLatin1String("tasks"))
        return tasks(context, rest);
    return context.usage(Text::tr("unknown command 'access %1' (expected: who-can, of, tasks)").arg(verb));
}

} // namespace gh::cli
