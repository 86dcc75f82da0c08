// gatehouse-cli's users, role-collections and access commands on a demo tenant in a temporary
// folder, run in-process through Cli with a fixed clock: what they print (text and --json), their
// exit codes, what they change, and that each change is one step of the workspace journal that a
// Workspace can undo.
#include "DemoTenant.h"
#include "app/cli/Cli.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/domain/Catalogue.h"
#include "app/domain/Clock.h"
#include "app/workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace gh;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

QByteArray describe(const Run& r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err).toUtf8();
}

const QString Anna = QStringLiteral("anna.becker@contoso.example");
const QString Bianca = QStringLiteral("bianca.koenig@contoso.com");
const QString Carl = QStringLiteral("carl.walter@contoso.com");

} // namespace

class TestAccessCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_tenant;
    FixedClock m_clock{test::fixedNow()};

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run cli(QStringList args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::Cli c(out, err, m_clock);
        args.prepend(m_tenant);
        args.prepend(QStringLiteral("--tenant"));
        r.code = c.run(args);
        out.flush();
        err.flush();
        return r;
    }

    std::shared_ptr<LocalTenant> open() const
    {
        auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
        if (!tenant)
            qFatal("cannot open the tenant: %s", qPrintable(tenant.error().toString()));
        return *tenant;
    }

    QList<User> users() const
    {
        LocalTenantClient client(open());
        auto list = client.users().list().result();
        if (!list)
            qFatal("cannot list users: %s", qPrintable(list.error().toString()));
        return *list;
    }

    QList<RoleCollection> collections() const
    {
        LocalTenantClient client(open());
        auto list = client.roleCollections().list().result();
        if (!list)
            qFatal("cannot list role collections: %s", qPrintable(list.error().toString()));
        return *list;
    }

    std::optional<User> user(const QString& userName, const QString& origin = {}) const
    {
        for (const User& u : users()) {
            if (u.userName == userName && (origin.isEmpty() || u.origin == origin))
                return u;
        }
        return std::nullopt;
    }

    std::optional<RoleCollection> collection(const QString& name) const
    {
        for (const RoleCollection& c : collections()) {
            if (c.name == name)
                return c;
        }
        return std::nullopt;
    }

    QStringList directOf(const QString& userName) const
    {
        const auto u = user(userName);
        return u ? u->roleCollections : QStringList{QStringLiteral("<no such user>")};
    }

    // The undo text a fresh Workspace on the tenant reads from the journal.
    QString undoText() const
    {
        Workspace ws(open(), m_clock);
        QSignalSpy spy(&ws, &Workspace::stateChanged);
        if (ws.state().undoText.isEmpty())
            spy.wait(5000);
        return ws.state().undoText;
    }

    // Undoes the last step through a Workspace, as the cockpit would.
    void undo()
    {
        Workspace ws(open(), m_clock);
        const Status undone = ws.undo().result();
        QVERIFY2(undone.ok(), qPrintable(undone.error().toString()));
    }

    void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QStringList names(const QJsonArray& array, const QString& key)
    {
        QStringList out;
        for (const QJsonValue& v : array)
            out.append(v.toObject().value(key).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pristine = test::createDemoTenant(m_dir);
        QVERIFY(!m_pristine.isEmpty());
    }

    void init()
    {
        m_tenant = path(QStringLiteral("tenant.ghtenant"));
        QFile::remove(m_tenant);
        QVERIFY(QFile::copy(m_pristine, m_tenant));
        QFile(m_tenant).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // ---- users list (unchanged) -----------------------------------------------------------------

    void usersListStillWorks()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), users().size());
        const QJsonObject first = array.first().toObject();
        QVERIFY(first.contains(QStringLiteral("userName")));
        QVERIFY(first.contains(QStringLiteral("roleCollections")));
        QVERIFY(!first.contains(QStringLiteral("RoleCollections"))); // list keeps the plain SAP shape
        const Run extra = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("x")});
        QCOMPARE(extra.code, 2);
        const Run rc = cli({QStringLiteral("role-collections"), QStringLiteral("list")});
        QVERIFY2(rc.code == 0 && rc.out.contains(QLatin1String("Contoso_Integration_Developers")), describe(rc).constData());
    }

    void usersListFilters()
    {
        // The stale-user report: no logon for more than 180 days (or never), as the clock says.
        const QDateTime cutoff = m_clock.now().addDays(-180);
        QStringList stale;
        for (const User& u : users())
            if (!u.lastLogonTime.isValid() || u.lastLogonTime < cutoff)
                stale.append(u.userName);
        stale.sort();
        QVERIFY(stale.contains(QStringLiteral("felix.klein@contoso.example")));
        QVERIFY(stale.size() < users().size());
        Run r = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list"),
                     QStringLiteral("--inactive-days"), QStringLiteral("180")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QStringList listed;
        for (const QJsonValue& v : r.json().array())
            listed.append(v.toObject().value(QStringLiteral("userName")).toString());
        listed.sort();
        QCOMPARE(listed, stale);

        // Filters combine: SAP ID service users holding PI_Read_Only directly.
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--origin"),
                 QStringLiteral("sap.default"), QStringLiteral("--role-collection"), QStringLiteral("pi_read_only")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("clara.wagner@contoso.example")), describe(r).constData());
        QVERIFY2(!r.out.contains(QLatin1String("marie.zimmermann@contoso.com")), describe(r).constData()); // contoso-aad
        QVERIFY2(!r.out.contains(QLatin1String("anna.becker")), describe(r).constData());

        // Bad filters: named, nothing listed.
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--origin"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no identity provider 'nope' (this tenant has: ")), describe(r).constData());
        QVERIFY(r.out.isEmpty());
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--role-collection"), QStringLiteral("Nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no role collection 'Nope'")), describe(r).constData());
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--inactive-days"), QStringLiteral("-3")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--inactive-days needs a number of days")), describe(r).constData());
    }

    void identityProvidersList()
    {
        Run r = cli({QStringLiteral("--json"), QStringLiteral("identity-providers"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), 2);
        qsizetype aadUsers = 0;
        for (const User& u : users())
            aadUsers += u.origin == QLatin1String("contoso-aad") ? 1 : 0;
        bool found = false;
        for (const QJsonValue& v : array) {
            const QJsonObject idp = v.toObject();
            if (idp.value(QStringLiteral("originKey")).toString() != QLatin1String("contoso-aad"))
                continue;
            found = true;
            QCOMPARE(idp.value(QStringLiteral("Users")).toInteger(), qint64(aadUsers));
            const QJsonArray mappings = idp.value(QStringLiteral("Mappings")).toArray();
            QCOMPARE(mappings.size(), 4);
            QCOMPARE(mappings.first().toObject().value(QStringLiteral("Attribute")).toString(), QStringLiteral("Groups"));
        }
        QVERIFY(found);
        r = cli({QStringLiteral("identity-providers"), QStringLiteral("list")});
        QVERIFY2(r.code == 0 && r.out.startsWith(QLatin1String("ORIGIN")) &&
                     r.out.contains(QStringLiteral("CPI-Developers → Contoso_Integration_Developers")),
                 describe(r).constData());
        r = cli({QStringLiteral("identity-providers"), QStringLiteral("remove")});
        QCOMPARE(r.code, 2);
    }

    void unknownVerbsAreUsageErrors()
    {
        for (const QString& resource : {QStringLiteral("users"), QStringLiteral("role-collections"), QStringLiteral("access")}) {
            const Run r = cli({resource, QStringLiteral("frobnicate")});
            QVERIFY2(r.code == 2, describe(r).constData());
            QVERIFY2(r.err.contains(QLatin1String("frobnicate")), describe(r).constData());
        }
        const Run r = cli({QStringLiteral("users"), QStringLiteral("show")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("users show needs a USER")), describe(r).constData());
    }

    // ---- users show ---------------------------------------------------------------------------

    void usersShowText()
    {
        const Run r = cli({QStringLiteral("users"), QStringLiteral("show"), Anna});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("Origin:      sap.default")), describe(r).constData());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("PI_Administrator +direct"))), describe(r).constData());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Subaccount Administrator +direct"))), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("Warnings:")), describe(r).constData());

        const Run b = cli({QStringLiteral("users"), QStringLiteral("show"), Bianca.toUpper()}); // names fold case
        QVERIFY2(b.code == 0, describe(b).constData());
        QVERIFY2(b.out.contains(QRegularExpression(QStringLiteral("Contoso_Integration_Developers +group +CPI-Developers"))),
                 describe(b).constData());

        const Run c = cli({QStringLiteral("users"), QStringLiteral("show"), Carl});
        QVERIFY2(c.code == 0 && c.out.contains(QLatin1String("Role collections: none")), describe(c).constData());

        // By id as well.
        const Run byId = cli({QStringLiteral("users"), QStringLiteral("show"), user(Anna)->id});
        QVERIFY2(byId.code == 0 && byId.out.contains(Anna), describe(byId).constData());
    }

    void usersShowJson()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("show"), Bianca});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("userName")).toString(), Bianca);
        QCOMPARE(o.value(QStringLiteral("origin")).toString(), QStringLiteral("contoso-aad"));
        QVERIFY(o.value(QStringLiteral("emails")).isArray());
        const QJsonArray rcs = o.value(QStringLiteral("RoleCollections")).toArray();
        QCOMPARE(rcs.size(), 1);
        const QJsonObject grant = rcs.first().toObject();
        QCOMPARE(grant.value(QStringLiteral("Name")).toString(), QStringLiteral("Contoso_Integration_Developers"));
        QCOMPARE(grant.value(QStringLiteral("Obtained")).toString(), QStringLiteral("group"));
        QCOMPARE(grant.value(QStringLiteral("Detail")).toString(), QStringLiteral("CPI-Developers"));
        QVERIFY(o.value(QStringLiteral("Warnings")).isArray());

        const Run a = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("show"), Anna});
        const QJsonObject anna = a.json().object();
        QCOMPARE(names(anna.value(QStringLiteral("RoleCollections")).toArray(), QStringLiteral("Name")),
                 (QStringList{QStringLiteral("PI_Administrator"), QStringLiteral("Subaccount Administrator")}));
        QCOMPARE(names(anna.value(QStringLiteral("RoleCollections")).toArray(), QStringLiteral("Obtained")),
                 (QStringList{QStringLiteral("direct"), QStringLiteral("direct")}));
        QVERIFY(!anna.value(QStringLiteral("Warnings")).toArray().isEmpty());
    }

    void usersShowUnknownAndAmbiguous()
    {
        const Run unknown = cli({QStringLiteral("users"), QStringLiteral("show"), QStringLiteral("nobody@contoso.com")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no user 'nobody@contoso.com'")), describe(unknown).constData());

        const Run wrongIdp = cli({QStringLiteral("users"), QStringLiteral("show"), Anna, QStringLiteral("--origin"),
                                  QStringLiteral("contoso-aad")});
        QCOMPARE(wrongIdp.code, 1);
        QVERIFY2(wrongIdp.err.contains(QLatin1String("from identity provider 'contoso-aad'")), describe(wrongIdp).constData());

        // The same name in a second identity provider makes the name ambiguous.
        const Run created = cli({QStringLiteral("users"), QStringLiteral("create"), Anna, QStringLiteral("--origin"),
                                 QStringLiteral("contoso-aad")});
        QVERIFY2(created.code == 0, describe(created).constData());
        const Run ambiguous = cli({QStringLiteral("users"), QStringLiteral("show"), Anna});
        QCOMPARE(ambiguous.code, 1);
        QVERIFY2(ambiguous.err.contains(QLatin1String("several identity providers")), describe(ambiguous).constData());
        QVERIFY2(ambiguous.err.contains(QLatin1String("sap.default")) && ambiguous.err.contains(QLatin1String("contoso-aad")),
                 describe(ambiguous).constData());
        QVERIFY2(ambiguous.err.contains(QLatin1String("--origin")), describe(ambiguous).constData());
        const Run chosen = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("show"), Anna,
                                QStringLiteral("--origin"), QStringLiteral("contoso-aad")});
        QVERIFY2(chosen.code == 0, describe(chosen).constData());
        QCOMPARE(chosen.json().object().value(QStringLiteral("origin")).toString(), QStringLiteral("contoso-aad"));
        QVERIFY(chosen.json().object().value(QStringLiteral("RoleCollections")).toArray().isEmpty());
    }

    // ---- users create, delete -----------------------------------------------------------------

    void usersCreate()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("create"),
                           QStringLiteral("new.person@contoso.example"), QStringLiteral("--given-name"), QStringLiteral("New"),
                           QStringLiteral("--family-name"), QStringLiteral("Person")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("Description")).toString(),
                 QStringLiteral("Create user 'new.person@contoso.example' (sap.default)"));
        const QJsonArray changes = o.value(QStringLiteral("Changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first()[QStringLiteral("Change")].toString(), QStringLiteral("created"));
        QCOMPARE(changes.first()[QStringLiteral("Kind")].toString(), entityKindLabel(EntityKind::User));
        QCOMPARE(changes.first()[QStringLiteral("userName")].toString(), QStringLiteral("new.person@contoso.example"));

        const auto created = user(QStringLiteral("new.person@contoso.example"));
        QVERIFY(created);
        QCOMPARE(created->origin, QStringLiteral("sap.default"));
        QCOMPARE(created->givenName, QStringLiteral("New"));
        QCOMPARE(created->primaryEmail(), QStringLiteral("new.person@contoso.example"));
        QCOMPARE(undoText(), QStringLiteral("Create user 'new.person@contoso.example' (sap.default)"));

        // Text output: the change and the step.
        const Run text = cli({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("other"),
                              QStringLiteral("--email"), QStringLiteral("other@contoso.example")});
        QVERIFY2(text.code == 0, describe(text).constData());
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("created +user +other +sap.default"))), describe(text).constData());
        QVERIFY2(text.out.contains(QLatin1String("Done: Create user 'other' (sap.default).")), describe(text).constData());

        const Run again = cli({QStringLiteral("users"), QStringLiteral("create"), Anna.toUpper()});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("already has a user")), describe(again).constData());

        const Run badIdp = cli({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("x@y.z"),
                                QStringLiteral("--origin"), QStringLiteral("no-such-idp")});
        QCOMPARE(badIdp.code, 1);
        QVERIFY2(badIdp.err.contains(QLatin1String("origin")) && badIdp.err.contains(QLatin1String("no-such-idp")),
                 describe(badIdp).constData());
        QVERIFY(!user(QStringLiteral("x@y.z")));

        undo(); // the second create
        QVERIFY(!user(QStringLiteral("other")));
        QVERIFY(user(QStringLiteral("new.person@contoso.example")));
    }

    void usersDeleteTakesAssignmentsAndUndoRestores()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("delete"), Anna});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonArray changes = r.json().object().value(QStringLiteral("Changes")).toArray();
        QCOMPARE(changes.size(), 3); // two direct assignments and the user
        QCOMPARE(names(changes, QStringLiteral("Change")),
                 (QStringList{QStringLiteral("deleted"), QStringLiteral("deleted"), QStringLiteral("deleted")}));
        QCOMPARE(changes.first()[QStringLiteral("User")].toString(), Anna);
        QVERIFY(!user(Anna));
        QVERIFY(!collection(QStringLiteral("PI_Administrator"))->userReferences.contains(
            UserReference{QString(), Anna, QStringLiteral("sap.default")})); // sanity: the form compared below
        const auto admins = collection(QStringLiteral("PI_Administrator"));
        QVERIFY(admins);
        for (const UserReference& ref : admins->userReferences)
            QVERIFY(ref.username != Anna);
        QCOMPARE(undoText(), QStringLiteral("Delete user '%1'").arg(Anna));

        undo();
        const auto back = user(Anna);
        QVERIFY(back);
        QCOMPARE(back->roleCollections,
                 (QStringList{QStringLiteral("PI_Administrator"), QStringLiteral("Subaccount Administrator")}));
    }

    void usersDeleteIsAllOrNothing()
    {
        const Run r = cli({QStringLiteral("users"), QStringLiteral("delete"), Bianca, QStringLiteral("ghost@nowhere")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no user 'ghost@nowhere'")), describe(r).constData());
        QVERIFY2(r.err.contains(QLatin1String("nothing was deleted")), describe(r).constData());
        QVERIFY(user(Bianca));
        QVERIFY(undoText().isEmpty());

        const Run two = cli({QStringLiteral("users"), QStringLiteral("delete"), Bianca, Carl});
        QVERIFY2(two.code == 0, describe(two).constData());
        QVERIFY2(two.out.contains(QLatin1String("Done: Delete 2 users.")), describe(two).constData());
        QVERIFY(!user(Bianca) && !user(Carl));
    }

    // ---- users export, import-assignments -----------------------------------------------------

    void usersExport()
    {
        const Run r = cli({QStringLiteral("users"), QStringLiteral("export")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first().trimmed(), QStringLiteral("UserName,Origin,Email,RoleCollection,Obtained,Detail,LastLogon"));
        QVERIFY2(r.out.contains(QStringLiteral("%1,contoso-aad,%1,Contoso_Integration_Developers,group,CPI-Developers").arg(Bianca)),
                 describe(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("%1,sap.default,%1,PI_Administrator,direct,").arg(Anna)), describe(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("%1,contoso-aad,%1,,,,").arg(Carl)), describe(r).constData());
        const QString lastLogon = user(Anna)->lastLogonTime.toUTC().toString(Qt::ISODate);
        QVERIFY(lastLogon.endsWith(QLatin1Char('Z')));
        QVERIFY2(r.out.contains(QStringLiteral("%1,sap.default,%1,Subaccount Administrator,direct,,%2\r\n").arg(Anna, lastLogon)),
                 describe(r).constData());

        const QString file = path(QStringLiteral("audit.csv"));
        QFile::remove(file);
        const Run toFile = cli({QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-o"), file});
        QVERIFY2(toFile.code == 0, describe(toFile).constData());
        QCOMPARE(QString::fromUtf8(test::readFile(file)), r.out);

        const Run badDir = cli({QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-o"),
                                path(QStringLiteral("no/such/dir/x.csv"))});
        QCOMPARE(badDir.code, 1);
        QVERIFY2(badDir.err.contains(QLatin1String("no/such/dir/x.csv")), describe(badDir).constData());
    }

    void importDryRunThenApply()
    {
        const QString file = path(QStringLiteral("bulk.csv"));
        writeFile(file, QStringLiteral("UserName,Origin,RoleCollection,Action\n"
                                       "%1,contoso-aad,PI_Read_Only,assign\n"
                                       "%2,sap.default,PI_Administrator,unassign\n"
                                       "%2,,Subaccount Administrator,\n")
                            .arg(Carl, Anna)
                            .toUtf8());
        const Run dry = cli({QStringLiteral("users"), QStringLiteral("import-assignments"), file, QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, describe(dry).constData());
        QVERIFY2(dry.out.contains(QRegularExpression(QStringLiteral("2 +assign +%1 +contoso-aad +PI_Read_Only")
                                                         .arg(QRegularExpression::escape(Carl)))),
                 describe(dry).constData());
        QVERIFY2(dry.out.contains(QRegularExpression(QStringLiteral("3 +unassign +%1").arg(QRegularExpression::escape(Anna)))),
                 describe(dry).constData());
        QVERIFY2(dry.out.contains(QRegularExpression(QStringLiteral("4 +already assigned"))), describe(dry).constData());
        QVERIFY2(dry.out.contains(QLatin1String("1 to assign, 1 to unassign, 1 unchanged")), describe(dry).constData());
        QVERIFY2(dry.out.contains(QLatin1String("Dry run: nothing was changed.")), describe(dry).constData());
        QVERIFY(directOf(Carl).isEmpty());
        QVERIFY(undoText().isEmpty());

        const Run applied = cli({QStringLiteral("users"), QStringLiteral("import-assignments"), file});
        QVERIFY2(applied.code == 0, describe(applied).constData());
        QVERIFY2(applied.out.contains(QLatin1String("Done: Import role collection assignments")), describe(applied).constData());
        QCOMPARE(directOf(Carl), QStringList{QStringLiteral("PI_Read_Only")});
        QCOMPARE(directOf(Anna), QStringList{QStringLiteral("Subaccount Administrator")});
        QCOMPARE(undoText(), QStringLiteral("Import role collection assignments (1 to assign, 1 to unassign, 1 unchanged)"));

        // Applying again changes nothing.
        const Run again = cli({QStringLiteral("users"), QStringLiteral("import-assignments"), file});
        QVERIFY2(again.code == 0 && again.out.contains(QLatin1String("Nothing to change.")), describe(again).constData());

        undo();
        QVERIFY(directOf(Carl).isEmpty());
        QCOMPARE(directOf(Anna).size(), 2);
    }

    void importWithProblemsAppliesNothingUnlessAskedTo()
    {
        const QString file = path(QStringLiteral("problems.csv"));
        writeFile(file, QStringLiteral("UserName,RoleCollection\n"
                                       "%1,PI_Read_Only\n"
                                       "ghost@nowhere,PI_Read_Only\n"
                                       "%2,No_Such_Collection\n")
                            .arg(Carl, Bianca)
                            .toUtf8());
        const Run r = cli({QStringLiteral("users"), QStringLiteral("import-assignments"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("%1:3: no user 'ghost@nowhere'").arg(file)), describe(r).constData());
        QVERIFY2(r.out.contains(QStringLiteral("%1:4: no role collection 'No_Such_Collection'").arg(file)), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("1 to assign; 2 lines with problems")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("--apply-valid")), describe(r).constData());
        QVERIFY2(r.err.contains(file) && r.err.contains(QLatin1String("nothing was changed")), describe(r).constData());
        QVERIFY(directOf(Carl).isEmpty());

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("import-assignments"), file,
                              QStringLiteral("--dry-run")});
        QCOMPARE(json.code, 1);
        const QJsonObject o = json.json().object();
        const QJsonArray items = o.value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()[QStringLiteral("Outcome")].toString(), QStringLiteral("assign"));
        QCOMPARE(items.first()[QStringLiteral("Line")].toInt(), 2);
        QCOMPARE(items.first()[QStringLiteral("User")].toString(), Carl);
        QCOMPARE(items.first()[QStringLiteral("RoleCollection")].toString(), QStringLiteral("PI_Read_Only"));
        const QJsonArray problems = o.value(QStringLiteral("Problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0)[QStringLiteral("Where")].toString(), QStringLiteral("%1:3").arg(file));
        QCOMPARE(problems.at(0)[QStringLiteral("Line")].toInt(), 3);
        QVERIFY(problems.at(0)[QStringLiteral("Message")].toString().contains(QLatin1String("ghost@nowhere")));
        QCOMPARE(o.value(QStringLiteral("Summary")).toString(), QStringLiteral("1 to assign; 2 lines with problems"));
        QCOMPARE(o.value(QStringLiteral("Applied")).toBool(), false);
        QVERIFY2(json.err.contains(QStringLiteral("%1:4").arg(file)), describe(json).constData()); // problems on stderr too

        const Run valid = cli({QStringLiteral("users"), QStringLiteral("import-assignments"), file, QStringLiteral("--apply-valid")});
        QCOMPARE(valid.code, 1); // the problems are still a finding
        QVERIFY2(valid.out.contains(QLatin1String("Done: Import role collection assignments (1 to assign)")), describe(valid).constData());
        QCOMPARE(directOf(Carl), QStringList{QStringLiteral("PI_Read_Only")});
        QCOMPARE(undoText(), QStringLiteral("Import role collection assignments (1 to assign)"));
    }

    void importBadFileAndHeader()
    {
        const Run missing = cli({QStringLiteral("users"), QStringLiteral("import-assignments"), path(QStringLiteral("none.csv"))});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QLatin1String("none.csv")), describe(missing).constData());

        const QString file = path(QStringLiteral("header.csv"));
        writeFile(file, "Who,What\nx,y\n");
        const Run header = cli({QStringLiteral("users"), QStringLiteral("import-assignments"), file});
        QCOMPARE(header.code, 1);
        QVERIFY2(header.out.contains(QStringLiteral("%1:1:").arg(file)) && header.out.contains(QLatin1String("RoleCollection")),
                 describe(header).constData());
    }

    void exportReadsBackAsImport()
    {
        const Run exported = cli({QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-o"),
                                  path(QStringLiteral("roundtrip.csv"))});
        QVERIFY2(exported.code == 0, describe(exported).constData());
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("import-assignments"),
                           path(QStringLiteral("roundtrip.csv")), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject o = r.json().object();
        QVERIFY(o.value(QStringLiteral("Problems")).toArray().isEmpty());
        QVERIFY2(!o.value(QStringLiteral("Summary")).toString().contains(QLatin1String("to assign")), describe(r).constData());
        QVERIFY(o.value(QStringLiteral("Summary")).toString().contains(QLatin1String("unchanged")));
    }

    // ---- role-collections show, create, delete ------------------------------------------------

    void roleCollectionShow()
    {
        const Run r = cli({QStringLiteral("role-collections"), QStringLiteral("show"), QStringLiteral("Contoso_Integration_Developers")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("Read-only:    no")), describe(r).constData());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("AuthGroup_IntegrationDeveloper .*deploy-integration-content"))),
                 describe(r).constData());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("%1 +contoso-aad +group +CPI-Developers")
                                                       .arg(QRegularExpression::escape(Bianca)))),
                 describe(r).constData());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("contoso-aad +Groups +equals +CPI-Developers"))), describe(r).constData());

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("role-collections"), QStringLiteral("show"),
                              QStringLiteral("PI_Administrator")});
        QVERIFY2(json.code == 0, describe(json).constData());
        const QJsonObject o = json.json().object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("PI_Administrator"));
        QCOMPARE(o.value(QStringLiteral("isReadOnly")).toBool(), true);
        const QJsonArray roles = o.value(QStringLiteral("roleReferences")).toArray();
        QVERIFY(!roles.isEmpty());
        bool deploys = false;
        for (const QJsonValue& role : roles)
            deploys |= role[QStringLiteral("Tasks")].toArray().contains(QStringLiteral("deploy-security-material"));
        QVERIFY(deploys);
        const QJsonArray holders = o.value(QStringLiteral("Holders")).toArray();
        QVERIFY(names(holders, QStringLiteral("username")).contains(Anna));
        QCOMPARE(holders.first()[QStringLiteral("Obtained")].toString(), QStringLiteral("direct"));
        QVERIFY(!o.value(QStringLiteral("Warnings")).toArray().isEmpty());

        const Run unknown = cli({QStringLiteral("role-collections"), QStringLiteral("show"), QStringLiteral("Nope")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no role collection 'Nope'")), describe(unknown).constData());
    }

    void roleCollectionCreateAndDelete()
    {
        const Run created = cli({QStringLiteral("role-collections"), QStringLiteral("create"), QStringLiteral("Auditors"),
                                 QStringLiteral("--description"), QStringLiteral("Read the audit log")});
        QVERIFY2(created.code == 0, describe(created).constData());
        QVERIFY2(created.out.contains(QLatin1String("Done: Create role collection 'Auditors'.")), describe(created).constData());
        QCOMPARE(collection(QStringLiteral("Auditors"))->description, QStringLiteral("Read the audit log"));
        QCOMPARE(undoText(), QStringLiteral("Create role collection 'Auditors'"));

        const Run taken = cli({QStringLiteral("role-collections"), QStringLiteral("create"), QStringLiteral("auditors")});
        QCOMPARE(taken.code, 1);
        QVERIFY2(taken.err.contains(QLatin1String("already exists")), describe(taken).constData());

        const Run predefined = cli({QStringLiteral("role-collections"), QStringLiteral("delete"), QStringLiteral("Auditors"),
                                    QStringLiteral("PI_Administrator")});
        QCOMPARE(predefined.code, 1);
        QVERIFY2(predefined.err.contains(QLatin1String("'PI_Administrator' is predefined by SAP and cannot be changed")),
                 describe(predefined).constData());
        QVERIFY(collection(QStringLiteral("Auditors"))); // all or nothing

        // Deleting a collection takes its assignments; undo brings both back.
        QVERIFY(cli({QStringLiteral("role-collections"), QStringLiteral("assign"), QStringLiteral("Auditors"), Carl}).code == 0);
        const Run deleted = cli({QStringLiteral("--json"), QStringLiteral("role-collections"), QStringLiteral("delete"),
                                 QStringLiteral("Auditors")});
        QVERIFY2(deleted.code == 0, describe(deleted).constData());
        QCOMPARE(deleted.json().object().value(QStringLiteral("Changes")).toArray().size(), 2);
        QVERIFY(!collection(QStringLiteral("Auditors")));
        QVERIFY(directOf(Carl).isEmpty());
        undo();
        QVERIFY(collection(QStringLiteral("Auditors")));
        QCOMPARE(directOf(Carl), QStringList{QStringLiteral("Auditors")});
    }

    // ---- assign, unassign ---------------------------------------------------------------------

    void assignAndUnassign()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("role-collections"), QStringLiteral("assign"),
                           QStringLiteral("PI_Read_Only"), Carl, Bianca});
        QVERIFY2(r.code == 0, describe(r).constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("Description")).toString(), QStringLiteral("Assign PI_Read_Only to 2 users"));
        const QJsonArray changes = o.value(QStringLiteral("Changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.first()[QStringLiteral("RoleCollection")].toString(), QStringLiteral("PI_Read_Only"));
        QCOMPARE(changes.first()[QStringLiteral("User")].toString(), Carl);
        QCOMPARE(changes.first()[QStringLiteral("Origin")].toString(), QStringLiteral("contoso-aad"));
        QCOMPARE(directOf(Carl), QStringList{QStringLiteral("PI_Read_Only")});
        QCOMPARE(undoText(), QStringLiteral("Assign PI_Read_Only to 2 users"));

        const Run again = cli({QStringLiteral("role-collections"), QStringLiteral("assign"), QStringLiteral("PI_Read_Only"), Carl});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("'%1' already holds 'PI_Read_Only' directly").arg(Carl)), describe(again).constData());

        const Run un = cli({QStringLiteral("role-collections"), QStringLiteral("unassign"), QStringLiteral("PI_Read_Only"), Carl});
        QVERIFY2(un.code == 0, describe(un).constData());
        QVERIFY2(un.out.contains(QStringLiteral("Done: Unassign PI_Read_Only from %1.").arg(Carl)), describe(un).constData());
        QVERIFY(directOf(Carl).isEmpty());

        const Run notHeld = cli({QStringLiteral("role-collections"), QStringLiteral("unassign"), QStringLiteral("PI_Read_Only"), Carl});
        QCOMPARE(notHeld.code, 1);
        QVERIFY2(notHeld.err.contains(QStringLiteral("'%1' does not hold 'PI_Read_Only' directly").arg(Carl)), describe(notHeld).constData());

        const Run unknown = cli({QStringLiteral("role-collections"), QStringLiteral("assign"), QStringLiteral("PI_Read_Only"),
                                 QStringLiteral("ghost@nowhere"), Carl});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no user 'ghost@nowhere'")), describe(unknown).constData());
        QVERIFY(directOf(Carl).isEmpty());

        const Run usage = cli({QStringLiteral("role-collections"), QStringLiteral("assign"), QStringLiteral("PI_Read_Only")});
        QCOMPARE(usage.code, 2);

        // Undo the unassign: Carl holds it again.
        undo();
        QCOMPARE(directOf(Carl), QStringList{QStringLiteral("PI_Read_Only")});
    }

    // ---- add-role, remove-role ----------------------------------------------------------------

    void addAndRemoveRole()
    {
        const Role role = [&] {
            LocalTenantClient client(open());
            const QList<Role> roles = *client.roles().list().result();
            for (const Role& r : roles) {
                if (r.roleTemplateName == QLatin1String("MonitoringDataRead"))
                    return r;
            }
            return roles.first();
        }();
        QVERIFY(cli({QStringLiteral("role-collections"), QStringLiteral("create"), QStringLiteral("Monitors")}).code == 0);
        const Run added = cli({QStringLiteral("--json"), QStringLiteral("role-collections"), QStringLiteral("add-role"),
                               QStringLiteral("Monitors"), role.key()});
        QVERIFY2(added.code == 0, describe(added).constData());
        QCOMPARE(added.json().object().value(QStringLiteral("Changes")).toArray().first()[QStringLiteral("Change")].toString(),
                 QStringLiteral("updated"));
        const auto monitors = collection(QStringLiteral("Monitors"));
        QCOMPARE(monitors->roleReferences.size(), 1);
        QCOMPARE(monitors->roleReferences.first().roleKey(), role.key());
        QCOMPARE(monitors->roleReferences.first().description, role.description);
        QCOMPARE(undoText(), QStringLiteral("Add %1 to Monitors").arg(role.name));

        const Run twice = cli({QStringLiteral("role-collections"), QStringLiteral("add-role"), QStringLiteral("Monitors"), role.key()});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QLatin1String("already has these roles")), describe(twice).constData());

        const Run unknown = cli({QStringLiteral("role-collections"), QStringLiteral("add-role"), QStringLiteral("Monitors"),
                                 QStringLiteral("it!b1/NoSuchTemplate/NoSuchRole")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no role 'it!b1/NoSuchTemplate/NoSuchRole'")), describe(unknown).constData());

        const Run malformed = cli({QStringLiteral("role-collections"), QStringLiteral("add-role"), QStringLiteral("Monitors"),
                                   QStringLiteral("justaname")});
        QCOMPARE(malformed.code, 2);
        QVERIFY2(malformed.err.contains(QLatin1String("APPID/TEMPLATE/ROLE")), describe(malformed).constData());

        const Run readOnly = cli({QStringLiteral("role-collections"), QStringLiteral("add-role"), QStringLiteral("PI_Read_Only"),
                                  role.key()});
        QCOMPARE(readOnly.code, 1);
        QVERIFY2(readOnly.err.contains(QLatin1String("predefined by SAP")), describe(readOnly).constData());

        const Run removed = cli({QStringLiteral("role-collections"), QStringLiteral("remove-role"), QStringLiteral("Monitors"), role.key()});
        QVERIFY2(removed.code == 0, describe(removed).constData());
        QVERIFY2(removed.out.contains(QLatin1String("roles removed")), describe(removed).constData());
        QVERIFY(collection(QStringLiteral("Monitors"))->roleReferences.isEmpty());

        const Run notThere = cli({QStringLiteral("role-collections"), QStringLiteral("remove-role"), QStringLiteral("Monitors"), role.key()});
        QCOMPARE(notThere.code, 1);
        QVERIFY2(notThere.err.contains(QStringLiteral("role collection 'Monitors' has no role '%1'").arg(role.key())),
                 describe(notThere).constData());
    }

    // ---- export -------------------------------------------------------------------------------

    void roleCollectionExport()
    {
        const Run all = cli({QStringLiteral("role-collections"), QStringLiteral("export")});
        QVERIFY2(all.code == 0, describe(all).constData());
        QCOMPARE(all.json().array().size(), collections().size());

        const QString file = path(QStringLiteral("rc.json"));
        QFile::remove(file);
        const Run some = cli({QStringLiteral("role-collections"), QStringLiteral("export"), QStringLiteral("PI_Administrator"),
                              QStringLiteral("Contoso_Integration_Developers"), QStringLiteral("-o"), file});
        QVERIFY2(some.code == 0, describe(some).constData());
        const QJsonArray array = QJsonDocument::fromJson(test::readFile(file)).array();
        QCOMPARE(names(array, QStringLiteral("name")),
                 (QStringList{QStringLiteral("PI_Administrator"), QStringLiteral("Contoso_Integration_Developers")}));
        const QJsonObject developers = array.at(1).toObject();
        QCOMPARE(developers, collection(QStringLiteral("Contoso_Integration_Developers"))->toJson(JsonStyle::Wire));
        QVERIFY(!developers.value(QStringLiteral("groupReferences")).toArray().isEmpty());
        // The wire form reads back.
        QVERIFY(RoleCollection::fromJson(developers).ok());

        const Run unknown = cli({QStringLiteral("role-collections"), QStringLiteral("export"), QStringLiteral("Nope")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no role collection 'Nope'")), describe(unknown).constData());
        QVERIFY(unknown.out.isEmpty());
    }

    // ---- access -------------------------------------------------------------------------------

    void whoCan()
    {
        const Run r = cli({QStringLiteral("access"), QStringLiteral("who-can"), QStringLiteral("deploy-security-material")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("%1 +sap.default +PI_Administrator +direct +AuthGroup_Administrator")
                                                       .arg(QRegularExpression::escape(Anna)))),
                 describe(r).constData());
        QVERIFY2(!r.out.contains(Carl) && !r.out.contains(Bianca), describe(r).constData());

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("who-can"),
                              QStringLiteral("deploy-integration-content")});
        QVERIFY2(json.code == 0, describe(json).constData());
        const QJsonArray array = json.json().array();
        QJsonObject bianca;
        for (const QJsonValue& v : array) {
            if (v[QStringLiteral("User")].toString() == Bianca)
                bianca = v.toObject();
        }
        QCOMPARE(bianca.keys(), (QStringList{QStringLiteral("Detail"), QStringLiteral("Obtained"), QStringLiteral("Origin"),
                                             QStringLiteral("Role"), QStringLiteral("RoleCollection"), QStringLiteral("RoleTemplate"),
                                             QStringLiteral("User")}));
        QCOMPARE(bianca.value(QStringLiteral("Origin")).toString(), QStringLiteral("contoso-aad"));
        QCOMPARE(bianca.value(QStringLiteral("RoleCollection")).toString(), QStringLiteral("Contoso_Integration_Developers"));
        QCOMPARE(bianca.value(QStringLiteral("Obtained")).toString(), QStringLiteral("group"));
        QCOMPARE(bianca.value(QStringLiteral("Detail")).toString(), QStringLiteral("CPI-Developers"));
        QCOMPARE(bianca.value(QStringLiteral("RoleTemplate")).toString(), QStringLiteral("AuthGroup_IntegrationDeveloper"));

        // A change made from the CLI shows at once.
        QVERIFY(cli({QStringLiteral("role-collections"), QStringLiteral("assign"), QStringLiteral("PI_Administrator"), Carl}).code == 0);
        const Run after = cli({QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("who-can"),
                               QStringLiteral("deploy-security-material")});
        QVERIFY(names(after.json().array(), QStringLiteral("User")).contains(Carl));
    }

    void whoCanResolvesTasks()
    {
        // A label, unquoted, and a prefix resolve to the task; the header names it.
        const Run label = cli({QStringLiteral("access"), QStringLiteral("who-can"), QStringLiteral("Deploy"), QStringLiteral("security"),
                               QStringLiteral("material")});
        QVERIFY2(label.code == 0 && label.out.startsWith(QLatin1String("Deploy security material (deploy-security-material)")),
                 describe(label).constData());
        const Run prefix = cli({QStringLiteral("access"), QStringLiteral("who-can"), QStringLiteral("deploy-sec")});
        QVERIFY2(prefix.code == 0 && prefix.out.contains(QLatin1String("(deploy-security-material)")), describe(prefix).constData());

        const Run ambiguous = cli({QStringLiteral("access"), QStringLiteral("who-can"), QStringLiteral("deploy")});
        QCOMPARE(ambiguous.code, 1);
        QVERIFY2(ambiguous.err.contains(QLatin1String("deploy-integration-content")) &&
                     ambiguous.err.contains(QLatin1String("deploy-security-material")),
                 describe(ambiguous).constData());

        const Run unknown = cli({QStringLiteral("access"), QStringLiteral("who-can"), QStringLiteral("deploy-securty-material")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no task 'deploy-securty-material'")), describe(unknown).constData());
        QVERIFY2(unknown.err.contains(QLatin1String("close task ids: deploy-security-material")), describe(unknown).constData());

        const Run none = cli({QStringLiteral("access"), QStringLiteral("who-can")});
        QCOMPARE(none.code, 2);
    }

    void whoCanNobody()
    {
        const Run r = cli({QStringLiteral("access"), QStringLiteral("who-can"), QStringLiteral("send-messages")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.startsWith(QLatin1String("Nobody can send messages to integration flows (send-messages).")), describe(r).constData());
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("who-can"), QStringLiteral("send-messages")});
        QCOMPARE(json.code, 0);
        QVERIFY(json.json().isArray());
        QVERIFY(json.json().array().isEmpty());
    }

    void accessOf()
    {
        const Run r = cli({QStringLiteral("access"), QStringLiteral("of"), Bianca});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.startsWith(QStringLiteral("%1 (contoso-aad)\n").arg(Bianca)), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("\n  Contoso_Integration_Developers (through group 'CPI-Developers')\n")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("\n    AuthGroup_IntegrationDeveloper [")), describe(r).constData());
        QVERIFY2(r.out.contains(QLatin1String("\n      deploy-integration-content: Deploy integration content\n")), describe(r).constData());

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("of"), Anna});
        QVERIFY2(json.code == 0, describe(json).constData());
        const QJsonObject o = json.json().object();
        QCOMPARE(o.value(QStringLiteral("User")).toString(), Anna);
        const QJsonArray rcs = o.value(QStringLiteral("RoleCollections")).toArray();
        QCOMPARE(names(rcs, QStringLiteral("Name")),
                 (QStringList{QStringLiteral("PI_Administrator"), QStringLiteral("Subaccount Administrator")}));
        const QJsonObject admin = rcs.first().toObject();
        QCOMPARE(admin.value(QStringLiteral("Obtained")).toString(), QStringLiteral("direct"));
        const QJsonArray roles = admin.value(QStringLiteral("Roles")).toArray();
        QVERIFY(!roles.isEmpty());
        QVERIFY(names(roles.first()[QStringLiteral("Tasks")].toArray(), QStringLiteral("Id")).contains(QStringLiteral("deploy-security-material")));
        QVERIFY(o.value(QStringLiteral("Tasks")).toArray().contains(QStringLiteral("deploy-security-material")));
        QVERIFY(!o.value(QStringLiteral("Warnings")).toArray().isEmpty());

        const Run carl = cli({QStringLiteral("access"), QStringLiteral("of"), Carl});
        QVERIFY2(carl.code == 0 && carl.out.contains(QLatin1String("no role collections")), describe(carl).constData());
        const Run unknown = cli({QStringLiteral("access"), QStringLiteral("of"), QStringLiteral("ghost@nowhere")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no user 'ghost@nowhere'")), describe(unknown).constData());
    }

    void accessTasks()
    {
        const Run r = cli({QStringLiteral("access"), QStringLiteral("tasks")});
        QVERIFY2(r.code == 0, describe(r).constData());
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("deploy-security-material +Deploy security material"))), describe(r).constData());
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("tasks")});
        const QJsonArray array = json.json().array();
        QCOMPARE(array.size(), Catalogue::builtIn().tasks().size());
        QCOMPARE(array.first()[QStringLiteral("Id")].toString(), Catalogue::builtIn().tasks().first().id);
        QVERIFY(!array.first()[QStringLiteral("Label")].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessCommands)
#include "tst_accesscommands.moc"
