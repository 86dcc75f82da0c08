// `diff A B [--kind K]...`: what differs between two tenants (files or profiles' replicas), kind
// by kind, through TenantDiff. Exit code 0 when they are equal, 1 when they differ, 2 when a
// tenant cannot be used.
#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/workspace/Pull.h"
#include "app/workspace/TenantDiff.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace gh::cli {

namespace {

// --kind accepts the JSON's kind names, with '-' for '_' and "keystore" for keystore_entries.
std::optional<EntityKind> kindFromOption(QString name)
{
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name == QLatin1String("keystore"))
        return EntityKind::KeystoreEntry;
    const std::optional<EntityKind> kind = entityKindFromName(name);
    if (kind && diffedKinds().contains(*kind))
        return kind;
    return std::nullopt;
}

// The spelling --help shows: "role-collections", "keystore".
QString optionName(EntityKind kind)
{
    if (kind == EntityKind::KeystoreEntry)
        return QStringLiteral("keystore");
    return entityKindName(kind).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString kindNames(const QList<EntityKind>& kinds)
{
    QStringList names;
    for (EntityKind k : kinds)
        names.append(entityKindName(k));
    return names.join(QStringLiteral(", "));
}

struct Side
{
    QString name; // as given
    QString path;
    std::shared_ptr<LocalTenant> tenant;
    QString replicaOf; // the profile when the file is a pulled replica
};

// Opens one side like --tenant: an existing file, else a profile's replica. Reports and returns
// false when it cannot be used.
bool openSide(const Context& context, const QString& name, Side& side)
{
    Context named = context;
    named.tenantPath = name;
    const Result<QString> path = named.resolvedTenantPath();
    if (!path) {
        context.error(path.error().toString());
        return false;
    }
    auto tenant = LocalTenant::open(*path, LocalTenant::OpenMode::OpenExisting);
    if (!tenant) {
        context.error(tenant.error().toString());
        return false;
    }
    side.name = name;
    side.path = *path;
    side.tenant = *tenant;
    side.replicaOf = side.tenant->run([](TenantStore& store) { return store.meta(QStringLiteral("replicaOf")); }).result();
    return true;
}

QString orNone(const QString& text)
{
    return text.isEmpty() ? Text::tr("(none)") : text;
}

void writeText(const Context& context, const Side& a, const Side& b, const QList<TenantDifference>& differences)
{
    QTextStream& out = context.out;
    out << Text::tr("A: %1").arg(QDir::toNativeSeparators(a.path)) << "\n";
    out << Text::tr("B: %1").arg(QDir::toNativeSeparators(b.path)) << "\n";
    if (differences.isEmpty()) {
        out << Text::tr("The tenants do not differ.") << "\n";
        return;
    }
    std::optional<EntityKind> section;
    for (const TenantDifference& d : differences) {
        if (section != d.kind) {
            section = d.kind;
            out << "\n" << entityKindName(d.kind) << "\n";
        }
        switch (d.status) {
        case TenantDifference::Status::OnlyInA:
            out << "  - " << d.key << "  " << Text::tr("(only in A)") << "\n";
            break;
        case TenantDifference::Status::OnlyInB:
            out << "  + " << d.key << "  " << Text::tr("(only in B)") << "\n";
            break;
        case TenantDifference::Status::Differs:
            out << "  ~ " << d.key << "\n";
            for (const changes::PropertyDiff& f : d.fields)
                out << "      " << f.property << ": " << orNone(f.before) << " -> " << orNone(f.after) << "\n";
            break;
        }
    }
    out << "\n"
        << (differences.size() == 1 ? Text::tr("1 difference (- only in A, + only in B, ~ differs).")
                                    : Text::tr("%1 differences (- only in A, + only in B, ~ differs).")
                                          .arg(numberText(differences.size())))
        << "\n";
}

} // namespace

int diffCommand(const Context& context, const QStringList& rawArgs)
{
    Args args;
    if (auto code = parseArgs(context, QStringLiteral("diff"), rawArgs, {QStringLiteral("--kind")}, {}, args,
                              {QStringLiteral("--kind")}))
        return *code;
    if (auto code = expectOperands(context, QStringLiteral("diff"), args, 2, Text::tr("two tenants, A and B")))
        return *code;
    if (!context.tenantPath.isEmpty())
        return context.usage(Text::tr("diff compares the tenants it is given as A and B; --tenant does not apply"));
    for (const QString& operand : std::as_const(args.operands)) {
        if (operand.isEmpty())
            return context.usage(Text::tr("diff needs two tenants, A and B (a file or a profile name)"));
    }

    QList<EntityKind> kinds;
    for (const QString& value : args.values.value(QStringLiteral("--kind"))) {
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<EntityKind> kind = kindFromOption(name.trimmed());
            if (!kind)
            {
                QStringList names;
                for (EntityKind k : diffedKinds())
                    names.append(optionName(k));
                return context.usage(Text::tr("unknown kind '%1' for diff (expected: %2)")
                                         .arg(name, names.join(QStringLiteral(", "))));
            }
            if (!kinds.contains(*kind))
                kinds.append(*kind);
        }
    }
    if (kinds.isEmpty())
        kinds = diffedKinds();

    Side a;
    Side b;
    if (!openSide(context, args.operands.at(0), a) || !openSide(context, args.operands.at(1), b))
        return Usage;

    // A replica holds only what a pull reads: comparing the rest would show all of it as missing.
    if (!a.replicaOf.isEmpty() || !b.replicaOf.isEmpty()) {
        const QList<EntityKind> pulled = pulledKinds();
        QList<EntityKind> skipped;
        for (EntityKind k : std::as_const(kinds)) {
            if (!pulled.contains(k))
                skipped.append(k);
        }
        for (EntityKind k : std::as_const(skipped))
            kinds.removeAll(k);
        if (!skipped.isEmpty())
            context.err << "gatehouse-cli: "
                        << Text::tr("note: not compared, as a profile's replica does not hold them yet: %1")
                               .arg(kindNames(skipped))
                        << "\n";
        if (kinds.isEmpty())
            return context.usage(Text::tr("nothing left to compare"));
    }

    LocalTenantClient clientA(a.tenant);
    LocalTenantClient clientB(b.tenant);
    const Result<QList<TenantDifference>> differences = waitFor(diffTenants(clientA, clientB, kinds));
    if (!differences) {
        context.error(differences.error().toString());
        return Usage;
    }
    if (context.json) {
        QJsonArray array;
        for (const TenantDifference& d : *differences)
            array.append(differenceJson(d));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        writeText(context, a, b, *differences);
    }
    return differences->isEmpty() ? Success : Finding;
}

} // namespace gh::cli
