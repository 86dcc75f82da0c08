#include "app/workspace/AccessCsv.h"

#include "app/domain/Csv.h"

#include <QCoreApplication>
#include <QLocale>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace gh::access {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::AccessCsv)
};
} // namespace

namespace {

const QStringList ExportHeader{QStringLiteral("UserName"),       QStringLiteral("Origin"),
                               QStringLiteral("Email"),          QStringLiteral("RoleCollection"),
                               QStringLiteral("Obtained"),       QStringLiteral("Detail"),
                               QStringLiteral("LastLogon")};

Error lineError(const QString& source, qsizetype line, const QString& message)
{
    return Error::make(Error::Kind::Validation, message, QStringLiteral("%1:%2").arg(source).arg(line));
}

} // namespace

QString rowOutcomeName(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Assign: return QStringLiteral("assign");
    case RowOutcome::Unassign: return QStringLiteral("unassign");
    case RowOutcome::AlreadyAssigned: return QStringLiteral("already assigned");
    case RowOutcome::NotAssigned: return QStringLiteral("not assigned");
    case RowOutcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

int AssignmentPlan::count(RowOutcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [outcome](const AssignmentPlanItem& i) { return i.outcome == outcome; }));
}

QList<Change> AssignmentPlan::changes() const
{
    QList<Change> out;
    for (const AssignmentPlanItem& item : items) {
        const Assignment a{item.roleCollection, item.userId};
        if (item.outcome == RowOutcome::Assign)
            out.append(Change::created(a));
        else if (item.outcome == RowOutcome::Unassign)
            out.append(Change::removed(a));
    }
    return out;
}

QString AssignmentPlan::summary() const
{
    QStringList parts;
    if (const int n = count(RowOutcome::Assign))
        parts.append(Tr::tr("%1 to assign").arg(QLocale().toString(n)));
    if (const int n = count(RowOutcome::Unassign))
        parts.append(Tr::tr("%1 to unassign").arg(QLocale().toString(n)));
    if (const int n = count(RowOutcome::AlreadyAssigned) + count(RowOutcome::NotAssigned))
        parts.append(Tr::tr("%1 unchanged").arg(QLocale().toString(n)));
    if (const int n = count(RowOutcome::Skipped))
        parts.append(Tr::tr("%1 skipped").arg(QLocale().toString(n)));
    QString out = parts.isEmpty() ? Tr::tr("nothing to change") : parts.join(QStringLiteral(", "));
    if (!problems.isEmpty())
        out += problems.size() == 1 ? Tr::tr("; 1 line with a problem")
                                    : Tr::tr("; %1 lines with problems").arg(problems.size());
    return out;
}

QString AssignmentPlan::description() const
{
    return Tr::tr("Import role collection assignments (%1)").arg(summary().section(QLatin1Char(';'), 0, 0));
}

AssignmentPlan planAssignmentImport(QByteArrayView data, const QString& source, const QList<User>& users,
                                    const QList<RoleCollection>& collections)
{
    AssignmentPlan plan;
    auto records = csv::read(data, source);
    if (!records) {
        plan.problems.append(records.error());
        return plan;
    }
    if (records->isEmpty()) {
        plan.problems.append(lineError(source, 1, Tr::tr("is empty: expected a header line with UserName and RoleCollection")));
        return plan;
    }
    // Columns by header name.
    const csv::Record& header = records->first();
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields.at(i).trimmed().toLower(), i);
    const qsizetype userCol = column.value(QStringLiteral("username"), column.value(QStringLiteral("email"), -1));
    const qsizetype originCol = column.value(QStringLiteral("origin"), -1);
    const qsizetype collectionCol = column.value(QStringLiteral("rolecollection"), -1);
    const qsizetype actionCol = column.value(QStringLiteral("action"), -1);
    const qsizetype obtainedCol = column.value(QStringLiteral("obtained"), -1);
    const bool byEmail = !column.contains(QStringLiteral("username")) && column.contains(QStringLiteral("email"));
    if (userCol < 0 || collectionCol < 0) {
        plan.problems.append(lineError(source, header.line,
                                       Tr::tr("the header must name the columns UserName (or Email) and RoleCollection; it has: %1")
                                           .arg(header.fields.join(QStringLiteral(", ")))));
        return plan;
    }

    QSet<QString> collectionNames;
    for (const RoleCollection& c : collections)
        collectionNames.insert(c.name);
    QHash<QString, QList<const User*>> byName; // lower-case user name or e-mail → users
    for (const User& u : users)
        byName[(byEmail ? u.primaryEmail() : u.userName).toLower()].append(&u);

    QHash<QString, qsizetype> seen; // user id + '\n' + collection → line
    QSet<QString> assignedNow;      // the plan's view of the direct assignments
    for (const User& u : users) {
        for (const QString& c : u.roleCollections)
            assignedNow.insert(u.id + QLatin1Char('\n') + c);
    }

    for (qsizetype r = 1; r < records->size(); ++r) {
        const csv::Record& rec = records->at(r);
        auto cell = [&](qsizetype col) { return col >= 0 && col < rec.fields.size() ? rec.fields.at(col).trimmed() : QString(); };
        const QString name = cell(userCol);
        const QString origin = cell(originCol);
        const QString collection = cell(collectionCol);
        const QString action = cell(actionCol).toLower();
        if (name.isEmpty() && collection.isEmpty())
            continue;
        if (name.isEmpty()) {
            plan.problems.append(lineError(source, rec.line, Tr::tr("no user name")));
            continue;
        }
        AssignmentPlanItem item;
        item.line = rec.line;
        item.userName = name;
        item.origin = origin;
        item.roleCollection = collection;
        if (collection.isEmpty()) {
            // An export row of a user without collections: nothing to do.
            item.outcome = RowOutcome::Skipped;
            item.note = Tr::tr("no role collection on this line");
            plan.items.append(item);
            continue;
        }
        const QString obtained = cell(obtainedCol).toLower();
        if (!obtained.isEmpty() && obtained != QLatin1String("direct")) {
            item.outcome = RowOutcome::Skipped;
            item.note = Tr::tr("obtained through a %1, not assigned directly").arg(obtained);
            plan.items.append(item);
            continue;
        }
        bool assign = true;
        if (action.isEmpty() || action == QLatin1String("assign")) {
            assign = true;
        } else if (action == QLatin1String("unassign")) {
            assign = false;
        } else {
            plan.problems.append(lineError(source, rec.line,
                                           Tr::tr("Action '%1' is neither assign nor unassign").arg(cell(actionCol))));
            continue;
        }
        QList<const User*> candidates = byName.value(name.toLower());
        if (!origin.isEmpty()) {
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](const User* u) { return u->origin != origin; }),
                             candidates.end());
        }
        if (candidates.isEmpty()) {
            plan.problems.append(lineError(source, rec.line,
                                           origin.isEmpty() ? Tr::tr("no user '%1'").arg(name)
                                                            : Tr::tr("no user '%1' from identity provider '%2'").arg(name, origin)));
            continue;
        }
        if (candidates.size() > 1) {
            plan.problems.append(lineError(source, rec.line,
                                           Tr::tr("'%1' exists in several identity providers: add an Origin column").arg(name)));
            continue;
        }
        if (!collectionNames.contains(collection)) {
            plan.problems.append(lineError(source, rec.line, Tr::tr("no role collection '%1'").arg(collection)));
            continue;
        }
        const User& user = *candidates.first();
        item.userId = user.id;
        item.origin = user.origin;
        const QString key = user.id + QLatin1Char('\n') + collection;
        if (seen.contains(key)) {
            item.outcome = RowOutcome::Skipped;
            item.note = Tr::tr("the same user and role collection as line %1").arg(seen.value(key));
            plan.items.append(item);
            continue;
        }
        seen.insert(key, rec.line);
        const bool assigned = assignedNow.contains(key);
        if (assign)
            item.outcome = assigned ? RowOutcome::AlreadyAssigned : RowOutcome::Assign;
        else
            item.outcome = assigned ? RowOutcome::Unassign : RowOutcome::NotAssigned;
        plan.items.append(item);
    }
    return plan;
}

QByteArray exportAssignments(const AccessIndex& index)
{
    QList<QStringList> rows{ExportHeader};
    for (const User& user : index.users()) {
        const QString lastLogon =
            user.lastLogonTime.isValid() ? user.lastLogonTime.toUTC().toString(Qt::ISODate) : QString();
        const QList<CollectionGrant> grants = index.grantsOf(user);
        if (grants.isEmpty()) {
            rows.append({user.userName, user.origin, user.primaryEmail(), QString(), QString(), QString(), lastLogon});
            continue;
        }
        for (const CollectionGrant& g : grants)
            rows.append({user.userName, user.origin, user.primaryEmail(), g.roleCollection, grantHowName(g.how), g.detail,
                         lastLogon});
    }
    return csv::write(rows);
}

} // namespace gh::access
