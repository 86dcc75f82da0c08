// AccessActions: users, role collections, roles and assignments as changes, applied to a real
// demo tenant through the Workspace (the journal's rules agree) and undone.
#include "DemoTenant.h"
#include "app/workspace/AccessActions.h"
#include "app/workspace/Workspace.h"
#include "app/domain/CoreTranslations.h"

#include <QTest>
#include <QTranslator>

using namespace gh;
using namespace gh::access;

class TestAccessActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_ws;

    QList<User> users() { return m_ws->client().users().list().result().value(); }
    QList<RoleCollection> collections() { return m_ws->client().roleCollections().list().result().value(); }
    QList<IdentityProvider> idps() { return m_ws->client().identityProviders().list().result().value(); }
    User user(const QString& name)
    {
        const QList<User> all = users();
        for (const User& u : all) {
            if (u.userName == name)
                return u;
        }
        return {};
    }
    RoleCollection collection(const QString& name)
    {
        const QList<RoleCollection> all = collections();
        for (const RoleCollection& c : all) {
            if (c.name == name)
                return c;
        }
        return {};
    }
    Status apply(const QList<Change>& changes) { return m_ws->apply(changes, QStringLiteral("step")).result(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.ghtenant"));
        m_ws.reset();
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_ws = std::make_unique<Workspace>(*tenant, m_clock);
    }

    void cleanup() { m_ws.reset(); }

    void createUserValidatesAndApplies()
    {
        NewUser request;
        request.userName = QStringLiteral("new.person@contoso.com");
        request.origin = QStringLiteral("contoso-aad");
        auto created = createUser(request, users(), idps(), test::fixedNow());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        QCOMPARE(created->primaryEmail(), request.userName); // the user name is an e-mail
        QCOMPARE(created->id.size(), 36);
        QCOMPARE(created->created, test::fixedNow());
        QVERIFY(apply({Change::created(*created)}).ok());
        QCOMPARE(user(request.userName).origin, QStringLiteral("contoso-aad"));

        // The same name, in another case, at the same IdP: a conflict; at another IdP: fine.
        request.userName = QStringLiteral("NEW.PERSON@contoso.com");
        QCOMPARE(createUser(request, users(), idps(), test::fixedNow()).error().kind, Error::Kind::Conflict);
        request.origin = QStringLiteral("sap.default");
        QVERIFY(createUser(request, users(), idps(), test::fixedNow()).ok());
        request.origin = QStringLiteral("no-such-idp");
        QCOMPARE(createUser(request, users(), idps(), test::fixedNow()).error().field, QStringLiteral("origin"));
        request.origin = QStringLiteral("sap.default");
        request.userName = QStringLiteral("  ");
        QCOMPARE(createUser(request, users(), idps(), test::fixedNow()).error().field, QStringLiteral("userName"));
        request.userName = QStringLiteral("x");
        request.email = QStringLiteral("not-an-address");
        QCOMPARE(createUser(request, users(), idps(), test::fixedNow()).error().field, QStringLiteral("emails"));
    }

    void deleteUsersTakesAssignmentsAndUndoes()
    {
        const User anna = user(QStringLiteral("anna.becker@contoso.example"));
        QCOMPARE(anna.roleCollections.size(), 2);
        const QList<Change> changes = deleteUsers({anna});
        QCOMPARE(changes.size(), 3);
        QVERIFY(apply(changes).ok());
        QVERIFY(user(QStringLiteral("anna.becker@contoso.example")).id.isEmpty());
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(user(QStringLiteral("anna.becker@contoso.example")).roleCollections, anna.roleCollections);
    }

    void roleCollectionsAndRoles()
    {
        auto created = createRoleCollection(QStringLiteral("Contoso Auditors"), QStringLiteral("Read only"), collections());
        QVERIFY(created.ok());
        QVERIFY(apply({Change::created(*created)}).ok());
        QCOMPARE(createRoleCollection(QStringLiteral("contoso auditors"), {}, collections()).error().kind, Error::Kind::Conflict);
        QCOMPARE(createRoleCollection(QStringLiteral("a/b"), {}, collections()).error().field, QStringLiteral("name"));

        RoleCollection auditors = collection(QStringLiteral("Contoso Auditors"));
        const RoleReference readOnly = collection(QStringLiteral("PI_Read_Only")).roleReferences.first();
        auto added = addRoles(auditors, {readOnly});
        QVERIFY(added.ok());
        QVERIFY(apply({*added}).ok());
        auditors = collection(QStringLiteral("Contoso Auditors"));
        QCOMPARE(auditors.roleReferences.size(), 1);
        QCOMPARE(addRoles(auditors, {readOnly}).error().field, QStringLiteral("roles"));
        auto described = setDescription(auditors, QStringLiteral("Auditors of the integration tenant"));
        QVERIFY(described.ok());
        QVERIFY(apply({*described}).ok());
        auditors = collection(QStringLiteral("Contoso Auditors"));
        QCOMPARE(auditors.description, QStringLiteral("Auditors of the integration tenant"));
        auto removed = removeRoles(auditors, {readOnly});
        QVERIFY(removed.ok());
        QVERIFY(apply({*removed}).ok());
        QVERIFY(collection(QStringLiteral("Contoso Auditors")).roleReferences.isEmpty());
        QCOMPARE(removeRoles(collection(QStringLiteral("Contoso Auditors")), {readOnly}).error().field, QStringLiteral("roles"));

        // Predefined collections: read-only, named in the error.
        const RoleCollection admin = collection(QStringLiteral("PI_Administrator"));
        QVERIFY(admin.isReadOnly);
        QCOMPARE(setDescription(admin, QStringLiteral("x")).error().kind, Error::Kind::ReadOnly);
        QCOMPARE(addRoles(admin, {readOnly}).error().kind, Error::Kind::ReadOnly);
        auto refused = deleteRoleCollections({collection(QStringLiteral("Contoso Auditors")), admin});
        QCOMPARE(refused.error().kind, Error::Kind::ReadOnly);
        QVERIFY(refused.error().message.contains(QLatin1String("PI_Administrator")));

        // A custom collection with users goes with its assignments.
        const RoleCollection admins = collection(QStringLiteral("Contoso_Integration_Admins"));
        auto deleted = deleteRoleCollections({admins});
        QVERIFY(deleted.ok());
        QCOMPARE(deleted->size(), admins.userReferences.size() + 1);
        QVERIFY(apply(*deleted).ok());
        QVERIFY(collection(QStringLiteral("Contoso_Integration_Admins")).name.isEmpty());
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(collection(QStringLiteral("Contoso_Integration_Admins")).userReferences.size(), admins.userReferences.size());
    }

    void bulkAssignAndUnassign()
    {
        const QList<User> people{user(QStringLiteral("anna.becker@contoso.example")), user(QStringLiteral("carl.walter@contoso.com"))};
        const QStringList wanted{QStringLiteral("PI_Administrator"), QStringLiteral("PI_Read_Only")};
        auto assigned = assign(people, wanted);
        QVERIFY(assigned.ok());
        QCOMPARE(assigned->size(), 3); // anna holds PI_Administrator already
        QCOMPARE(assignDescription(people, wanted, true), QStringLiteral("Assign 2 role collections to 2 users"));
        QVERIFY(m_ws->apply(*assigned, assignDescription(people, wanted, true)).result().ok());
        QCOMPARE(user(QStringLiteral("carl.walter@contoso.com")).roleCollections.size(), 2);
        QCOMPARE(assign({user(QStringLiteral("carl.walter@contoso.com"))}, {QStringLiteral("PI_Read_Only")}).error().message,
                 QStringLiteral("'carl.walter@contoso.com' already holds 'PI_Read_Only' directly"));

        auto unassigned = unassign({user(QStringLiteral("carl.walter@contoso.com"))}, wanted);
        QVERIFY(unassigned.ok());
        QCOMPARE(unassigned->size(), 2);
        QCOMPARE(assignDescription({people.last()}, {QStringLiteral("PI_Read_Only")}, false),
                 QStringLiteral("Unassign PI_Read_Only from carl.walter@contoso.com"));
        QVERIFY(apply(*unassigned).ok());
        QVERIFY(user(QStringLiteral("carl.walter@contoso.com")).roleCollections.isEmpty());
        QCOMPARE(unassign({user(QStringLiteral("carl.walter@contoso.com"))}, wanted).error().field, QStringLiteral("assignments"));
    }

    // A step's description in German, its counts written the locale's way (1.000).
    void descriptionInGermanWithTheLocalesNumbers()
    {
        QList<User> many(1000);
        for (qsizetype i = 0; i < many.size(); ++i)
            many[i].userName = QStringLiteral("user%1@example.com").arg(i);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(assignDescription(many, {QStringLiteral("A"), QStringLiteral("B")}, true),
                 QStringLiteral("Assign 2 role collections to 1000 users"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(assignDescription(many, {QStringLiteral("A"), QStringLiteral("B")}, true),
                 QStringLiteral("Assign 2 role collections to 1,000 users"));

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installCoreTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        const QString german = assignDescription(many, {QStringLiteral("A"), QStringLiteral("B")}, true);
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
        QCOMPARE(german, QStringLiteral("2 Rollensammlungen an 1.000 Benutzer zuordnen"));
    }
};

QTEST_GUILESS_MAIN(TestAccessActions)
#include "tst_accessactions.moc"
