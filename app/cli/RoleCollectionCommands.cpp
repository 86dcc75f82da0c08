// `role-collections list|show|create|delete|assign|unassign|add-role|remove-role|export`: every
// write one workspace step (AccessActions.h), journaled like the cockpit's.
#include "app/cli/AccessSession.h"
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/workspace/AccessActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::cli {

namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// ---- show -------------------------------------------------------------------------------------

struct Holder
{
    const User* user = nullptr;
    CollectionGrant grant;
};

int show(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("role-collections show");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const RoleCollection* collection = findCollection(context, session.collections, args.operands.first());
    if (!collection)
        return Finding;
    const Catalogue& catalogue = Catalogue::builtIn();
    const AccessIndex index = session.index();
    QList<Holder> holders; // direct first, then groups, then attributes; by user within each
    for (const User& u : session.users) {
        for (const CollectionGrant& g : index.grantsOf(u)) {
            if (g.roleCollection == collection->name)
                holders.append({&u, g});
        }
    }
    std::stable_sort(holders.begin(), holders.end(),
                     [](const Holder& a, const Holder& b) { return int(a.grant.how) < int(b.grant.how); });
    const QStringList warnings = catalogue.warningsFor(collection->name);

    if (context.json) {
        QJsonObject o = collection->toJson(JsonStyle::Iso);
        QJsonArray roles;
        for (const RoleReference& r : collection->roleReferences) {
            roles.append(QJsonObject{{QStringLiteral("roleTemplateAppId"), r.roleTemplateAppId},
                                     {QStringLiteral("roleTemplateName"), r.roleTemplateName},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("description"), r.description},
                                     {QStringLiteral("Tasks"), QJsonArray::fromStringList(
                                                                   catalogue.tasksOf(r.roleTemplateAppId, r.roleTemplateName))}});
        }
        o.insert(QStringLiteral("roleReferences"), roles);
        QJsonArray users;
        for (const Holder& h : std::as_const(holders)) {
            users.append(QJsonObject{{QStringLiteral("id"), h.user->id},
                                     {QStringLiteral("username"), h.user->userName},
                                     {QStringLiteral("origin"), h.user->origin},
                                     {QStringLiteral("Obtained"), grantHowName(h.grant.how)},
                                     {QStringLiteral("Detail"), h.grant.detail}});
        }
        o.insert(QStringLiteral("Holders"), users);
        o.insert(QStringLiteral("Warnings"), QJsonArray::fromStringList(warnings));
        context.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }

    QTextStream& out = context.out;
    writeFields(out,
                {{Text::tr("Name"), collection->name},
                 {Text::tr("Description"), orDash(collection->description)},
                 {Text::tr("Read-only"), collection->isReadOnly ? Text::tr("yes (predefined by SAP)") : Text::tr("no")}},
                14);
    out << "\n" << Text::tr("Roles:");
    if (collection->roleReferences.isEmpty()) {
        out << " " << Text::tr("none") << "\n";
    } else {
        out << "\n";
        QList<QStringList> rows;
        for (const RoleReference& r : collection->roleReferences) {
            const QStringList tasks = catalogue.tasksOf(r.roleTemplateAppId, r.roleTemplateName);
            rows.append({r.name, r.roleTemplateName, r.roleTemplateAppId,
                         catalogue.roleTemplate(r.roleTemplateAppId, r.roleTemplateName)
                             ? orDash(tasks.join(QStringLiteral(", ")))
                             : Text::tr("(template not in the catalogue)")});
        }
        writeTable(out, {Text::tr("ROLE"), Text::tr("TEMPLATE"), Text::tr("APP ID"), Text::tr("TASKS")},
                   rows);
    }
    out << "\n" << Text::tr("Users:");
    if (holders.isEmpty()) {
        out << " " << Text::tr("none") << "\n";
    } else {
        out << "\n";
        QList<QStringList> rows;
        for (const Holder& h : std::as_const(holders))
            rows.append({h.user->userName, h.user->origin, grantHowName(h.grant.how), orDash(h.grant.detail)});
        writeTable(out, {Text::tr("USER NAME"), Text::tr("ORIGIN"), Text::tr("OBTAINED"), Text::tr("DETAIL")},
                   rows);
    }
    out << "\n" << Text::tr("Mappings:");
    if (collection->attributeMappings.isEmpty()) {
        out << " " << Text::tr("none") << "\n";
    } else {
        out << "\n";
        QList<QStringList> rows;
        for (const AttributeMapping& m : collection->attributeMappings)
            rows.append({m.idpId, m.attributeName, m.comparisonOperator, m.attributeValue});
        writeTable(out, {Text::tr("IDP"), Text::tr("ATTRIBUTE"), Text::tr("OPERATOR"), Text::tr("VALUE")},
                   rows);
    }
    if (!warnings.isEmpty()) {
        out << "\n" << Text::tr("Warnings:") << "\n";
        for (const QString& w : warnings)
            out << "  - " << w << "\n";
    }
    return Success;
}

// ---- create, delete ---------------------------------------------------------------------------

int create(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("role-collections create");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--description")}, {}, args))
        return *code;
    if (auto code = expectOperands(context, command, args, 1, Text::tr("a NAME")))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    auto collection =
        access::createRoleCollection(args.operands.first(), args.value(QStringLiteral("--description")), session.collections);
    if (!collection)
        return context.fail(collection.error());
    return applyAccessChanges(context, session, {Change::created(*collection)},
                              context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Create role collection '%1'")).arg(collection->name));
}

// The collections named in `names`, once each; false after reporting the unknown ones.
bool collectionsOf(const Context& context, const AccessSession& session, const QStringList& names,
                   QList<RoleCollection>& out)
{
    bool missing = false;
    for (const QString& name : names) {
        const RoleCollection* c = findCollection(context, session.collections, name);
        if (!c)
            missing = true;
        else if (std::none_of(out.cbegin(), out.cend(), [&](const RoleCollection& have) { return have.name == c->name; }))
            out.append(*c);
    }
    return !missing;
}

int remove(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("role-collections delete");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {}, args))
        return *code;
    if (args.operands.isEmpty())
        return context.usage(Text::tr("role-collections delete needs at least one NAME"));
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    QList<RoleCollection> doomed;
    if (!collectionsOf(context, session, args.operands, doomed)) {
        context.error(Text::tr("nothing was deleted"));
        return Finding;
    }
    auto changes = access::deleteRoleCollections(doomed);
    if (!changes) {
        const int code = context.fail(changes.error());
        context.error(Text::tr("nothing was deleted"));
        return code;
    }
    const QString description = doomed.size() == 1
                                    ? context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete role collection '%1'")).arg(doomed.first().name)
                                    : context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Delete %1 role collections")).arg(doomed.size());
    return applyAccessChanges(context, session, *changes, description);
}

// ---- assign, unassign -------------------------------------------------------------------------

int assignment(const Context& context, const QStringList& rawArgs, bool assign)
{
    const QString command = assign ? QStringLiteral("role-collections assign") : QStringLiteral("role-collections unassign");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--origin")}, {}, args))
        return *code;
    if (args.operands.size() < 2)
        return context.usage(Text::tr("%1 needs a NAME and at least one USER").arg(command));
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const RoleCollection* collection = findCollection(context, session.collections, args.operands.first());
    QList<User> users;
    bool missing = !collection;
    for (const QString& name : args.operands.mid(1)) {
        const User* user = findUser(context, session.users, name, args.value(QStringLiteral("--origin")));
        if (!user)
            missing = true;
        else if (std::none_of(users.cbegin(), users.cend(), [&](const User& u) { return u.id == user->id; }))
            users.append(*user);
    }
    if (missing) {
        context.error(Text::tr("nothing was changed"));
        return Finding;
    }
    const QStringList names{collection->name};
    auto changes = assign ? access::assign(users, names) : access::unassign(users, names);
    if (!changes)
        return context.fail(changes.error());
    return applyAccessChanges(context, session, *changes, access::assignDescription(users, names, assign));
}

// ---- add-role, remove-role --------------------------------------------------------------------

int roles(const Context& context, const QStringList& rawArgs, bool add)
{
    const QString command = add ? QStringLiteral("role-collections add-role") : QStringLiteral("role-collections remove-role");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {}, {}, args))
        return *code;
    if (args.operands.size() < 2)
        return context.usage(Text::tr("%1 needs a NAME and at least one APPID/TEMPLATE/ROLE").arg(command));
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    const RoleCollection* collection = findCollection(context, session.collections, args.operands.first());
    if (!collection)
        return Finding;

    QList<Role> known;
    if (add) {
        auto listed = session.workspace->client().roles().list().result();
        if (!listed)
            return context.fail(listed.error());
        known = std::move(*listed);
    }
    QList<RoleReference> references;
    bool bad = false;
    for (const QString& key : args.operands.mid(1)) {
        const QStringList parts = key.split(QLatin1Char('/'));
        if (parts.size() < 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || parts.mid(2).join(QLatin1Char('/')).isEmpty())
            return context.usage(Text::tr("'%1' is not a role: expected APPID/TEMPLATE/ROLE (such as "
                                                "it!b18631/AuthGroup_Administrator/AuthGroup_Administrator)")
                                     .arg(key));
        RoleReference reference{parts.at(0), parts.at(1), parts.mid(2).join(QLatin1Char('/')), QString()};
        if (add) {
            const auto role = std::find_if(known.cbegin(), known.cend(), [&](const Role& r) { return r.key() == key; });
            if (role == known.cend()) {
                QStringList sameTemplate;
                for (const Role& r : std::as_const(known)) {
                    if (r.roleTemplateName.compare(reference.roleTemplateName, Qt::CaseInsensitive) == 0 ||
                        r.name.compare(reference.name, Qt::CaseInsensitive) == 0)
                        sameTemplate.append(r.key());
                }
                context.error(sameTemplate.isEmpty()
                                  ? QStringLiteral("no role '%1' in this subaccount").arg(key)
                                  : QStringLiteral("no role '%1' in this subaccount (did you mean %2?)")
                                        .arg(key, sameTemplate.mid(0, 3).join(QStringLiteral(", "))));
                bad = true;
                continue;
            }
            reference.description = role->description;
        } else {
            const auto have = std::find_if(collection->roleReferences.cbegin(), collection->roleReferences.cend(),
                                           [&](const RoleReference& r) { return r.roleKey() == key; });
            if (have == collection->roleReferences.cend()) {
                context.error(Text::tr("role collection '%1' has no role '%2'").arg(collection->name, key));
                bad = true;
                continue;
            }
            reference = *have;
        }
        references.append(reference);
    }
    if (bad) {
        context.error(Text::tr("nothing was changed"));
        return Finding;
    }
    auto change = add ? access::addRoles(*collection, references) : access::removeRoles(*collection, references);
    if (!change)
        return context.fail(change.error());
    const QString what = references.size() == 1 ? references.first().name
                                                : QStringLiteral("%1 roles").arg(references.size());
    const QString description = add ? context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Add %1 to %2")).arg(what, collection->name)
                                    : context.step(QT_TRANSLATE_NOOP("gh::cli::Text", "Remove %1 from %2")).arg(what, collection->name);
    return applyAccessChanges(context, session, {*change}, description);
}

// ---- export -----------------------------------------------------------------------------------

int exportJson(const Context& context, const QStringList& rawArgs)
{
    const QString command = QStringLiteral("role-collections export");
    Args args;
    if (auto code = parseArgs(context, command, rawArgs, {QStringLiteral("--output")}, {}, args))
        return *code;
    AccessSession session;
    if (const int code = openAccessSession(context, session); code != Success)
        return code;
    QList<RoleCollection> chosen;
    if (args.operands.isEmpty())
        chosen = session.collections;
    else if (!collectionsOf(context, session, args.operands, chosen))
        return Finding;
    const QByteArray bytes = access::roleCollectionsJson(chosen);
    const QString output = args.value(QStringLiteral("--output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        context.out << QString::fromUtf8(bytes);
        return Success;
    }
    if (const Status written = writeOutput(output, bytes); !written) {
        context.error(written.error().toString());
        return Finding;
    }
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("File"), output},
                                                 {QStringLiteral("RoleCollections"), double(chosen.size())}})
                           .toJson();
    else
        context.out << (chosen.size() == 1 ? Text::tr("Wrote 1 role collection to %1.").arg(output)
                                           : Text::tr("Wrote %1 role collections to %2.")
                                                 .arg(numberText(chosen.size()), output))
                    << "\n";
    return Success;
}

} // namespace

int roleCollectionsCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("list")) {
        if (!rest.isEmpty())
            return context.usage(Text::tr("unexpected argument '%1'").arg(rest.first()));
        return listResource(context, QStringLiteral("role-collections"));
    }
    if (verb == QLatin1String("show"))
        return show(context, rest);
    if (verb == QLatin1String("create"))
        return create(context, rest);
    if (verb == QLatin1String("delete"))
        return remove(context, rest);
    if (verb == QLatin1String("assign"))
        return assignment(context, rest, true);
    if (verb == QLatin1String("unassign"))
        return assignment(context, rest, false);
    if (verb == QLatin1String("add-role"))
        return roles(context, rest, true);
    if (verb == QLatin1String("remove-role"))
        return roles(context, rest, false);
    if (verb == QLatin1String("export"))
        return exportJson(context, rest);
    return context.usage(Text::tr("unknown command 'role-collections %1' (expected: list, show, create, delete, "
                                        "assign, unassign, add-role, remove-role, export)")
                             .arg(verb));
}

} // namespace gh::cli
