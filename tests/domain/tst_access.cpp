// AccessIndex: collections held directly, through IdP groups and through attributes; the tree
// user → collections → roles → tasks; the reverse "who can" query; warnings.
#include "app/domain/Access.h"

#include <QTest>

using namespace gh;

namespace {

RoleReference role(const QString& app, const QString& tmpl)
{
    return {app, tmpl, tmpl, QString()};
}

User user(const QString& id, const QString& origin, QStringList direct, QStringList groups = {})
{
    User u;
    u.id = id;
    u.userName = id;
    u.origin = origin;
    u.roleCollections = std::move(direct);
    u.idpGroups = std::move(groups);
    return u;
}

AttributeMapping mapping(const QString& attribute, const QString& value, const QString& idp,
                         const QString& op = QStringLiteral("equals"))
{
    AttributeMapping m;
    m.attributeName = attribute;
    m.attributeValue = value;
    m.comparisonOperator = op;
    m.idpId = idp;
    return m;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

    QList<RoleCollection> collections() const
    {
        RoleCollection admin;
        admin.name = QStringLiteral("PI_Administrator");
        admin.roleReferences = {role(QStringLiteral("it!b18631"), QStringLiteral("AuthGroup_Administrator"))};
        admin.attributeMappings = {mapping(QStringLiteral("Groups"), QStringLiteral("CPI-Admins"), QStringLiteral("contoso-aad"))};
        RoleCollection readOnly;
        readOnly.name = QStringLiteral("PI_Read_Only");
        readOnly.roleReferences = {role(QStringLiteral("it!b18631"), QStringLiteral("AuthGroup_ReadOnly"))};
        readOnly.attributeMappings = {mapping(QStringLiteral("department"), QStringLiteral("IT"), QStringLiteral("contoso-aad"))};
        RoleCollection keys;
        keys.name = QStringLiteral("Contoso Key Deployers");
        // A landscape with another app id suffix still finds the catalogue's template.
        keys.roleReferences = {role(QStringLiteral("it!b2455"), QStringLiteral("SecurityMaterialEdit")),
                               role(QStringLiteral("unknown!b1"), QStringLiteral("Mystery"))};
        keys.attributeMappings = {mapping(QStringLiteral("Groups"), QStringLiteral("keys-"), QStringLiteral("contoso-aad"),
                                          QStringLiteral("startsWith"))};
        return {admin, readOnly, keys};
    }

    QList<User> users() const
    {
        return {user(QStringLiteral("alice"), QStringLiteral("sap.default"), {QStringLiteral("PI_Administrator")}),
                user(QStringLiteral("bob"), QStringLiteral("contoso-aad"), {}, {QStringLiteral("cpi-admins")}),
                user(QStringLiteral("carol"), QStringLiteral("contoso-aad"), {}, {QStringLiteral("Keys-Team")}),
                // Same group name, other IdP: the mapping does not apply.
                user(QStringLiteral("dave"), QStringLiteral("sap.default"), {}, {QStringLiteral("CPI-Admins")})};
    }

private Q_SLOTS:
    void groupGrantsByUserAgreeWithGrantsOf()
    {
        const AccessIndex index(users(), collections(), Catalogue::builtIn());
        const QHash<QString, QList<CollectionGrant>> byUser = index.groupGrantsByUser();
        for (const User& u : users()) {
            QList<CollectionGrant> expected;
            for (const CollectionGrant& g : index.grantsOf(u))
                if (g.how == CollectionGrant::How::Group)
                    expected.append(g);
            QCOMPARE(byUser.value(u.id), expected);
        }
        // bob through CPI-Admins (equals, any case), carol through keys- (startsWith); alice
        // (direct only) and dave (other IdP) are left out.
        QCOMPARE(byUser.size(), 2);
        QCOMPARE(byUser.value(QStringLiteral("bob")).first().detail, QStringLiteral("cpi-admins"));
        QCOMPARE(byUser.value(QStringLiteral("carol")).first().roleCollection, QStringLiteral("Contoso Key Deployers"));
    }

    void usageByIdentityProvider()
    {
        QList<User> all = users();
        all[1].active = false; // bob
        const AccessIndex index(all, collections(), Catalogue::builtIn());
        const QHash<QString, IdentityProviderUsage> usage = index.usageByIdentityProvider();
        QCOMPARE(usage.value(QStringLiteral("sap.default")).users, 2);
        QCOMPARE(usage.value(QStringLiteral("sap.default")).mappings.size(), 0);
        const IdentityProviderUsage aad = usage.value(QStringLiteral("contoso-aad"));
        QCOMPARE(aad.users, 2);
        QCOMPARE(aad.inactiveUsers, 1);
        // Every collection maps something of contoso-aad: groups and an attribute.
        QCOMPARE(aad.mappings.size(), 3);
        QCOMPARE(aad.mappings.at(1).first, QStringLiteral("PI_Read_Only"));
        QCOMPARE(aad.mappings.at(1).second.attributeName, QStringLiteral("department"));
        QVERIFY(!usage.contains(QStringLiteral("other-idp")));
    }

    void operators_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("matches");
        QTest::newRow("equals, case-insensitive") << "equals" << "cpi-ADMINS" << true;
        QTest::newRow("equals other") << "equals" << "CPI-Admins-2" << false;
        QTest::newRow("empty operator is equals") << "" << "CPI-Admins" << true;
        QTest::newRow("contains") << "contains" << "x-cpi-admins-y" << true;
        QTest::newRow("startsWith") << "startsWith" << "CPI-Admins-EU" << true;
        QTest::newRow("endsWith") << "endsWith" << "EU-CPI-Admins" << true;
        QTest::newRow("notEquals") << "notEquals" << "Other" << true;
        QTest::newRow("unknown operator grants nothing") << "regex" << "CPI-Admins" << false;
    }

    void operators()
    {
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(bool, matches);
        QCOMPARE(AccessIndex::matches(mapping(QStringLiteral("Groups"), QStringLiteral("CPI-Admins"), {}, op), value), matches);
    }

    void grantsDirectGroupAndAttribute()
    {
        const AccessIndex index(users(), collections(), Catalogue::builtIn());
        const QList<CollectionGrant> alice = index.grantsOf(*index.user(QStringLiteral("alice")));
        QCOMPARE(alice.size(), 1);
        QCOMPARE(alice.first().how, CollectionGrant::How::Direct);
        QCOMPARE(alice.first().describe(), QStringLiteral("directly"));

        const QList<CollectionGrant> bob = index.grantsOf(*index.user(QStringLiteral("bob")));
        QCOMPARE(bob.size(), 2);
        QCOMPARE(bob.at(0).roleCollection, QStringLiteral("PI_Administrator"));
        QCOMPARE(bob.at(0).how, CollectionGrant::How::Group);
        QCOMPARE(bob.at(0).detail, QStringLiteral("cpi-admins"));
        QCOMPARE(bob.at(1).roleCollection, QStringLiteral("PI_Read_Only"));
        QCOMPARE(bob.at(1).how, CollectionGrant::How::Attribute);
        QVERIFY(!bob.at(1).certain);
        QCOMPARE(bob.at(1).detail, QStringLiteral("department equals 'IT'"));

        QVERIFY(index.grantsOf(*index.user(QStringLiteral("dave"))).isEmpty());
    }

    void treeAndTasks()
    {
        const AccessIndex index(users(), collections(), Catalogue::builtIn());
        const User& carol = *index.user(QStringLiteral("carol"));
        const QList<CollectionAccess> tree = index.accessOf(carol);
        QCOMPARE(tree.size(), 2); // Key Deployers by group, PI_Read_Only by attribute
        QCOMPARE(tree.first().grant.roleCollection, QStringLiteral("Contoso Key Deployers"));
        QCOMPARE(tree.first().roles.size(), 2);
        QVERIFY(tree.first().roles.at(0).roleTemplate);
        QCOMPARE(tree.first().roles.at(0).tasks, QStringList{QStringLiteral("deploy-security-material")});
        QVERIFY(!tree.first().roles.at(1).roleTemplate); // unknown to the catalogue
        QVERIFY(tree.first().roles.at(1).tasks.isEmpty());

        QCOMPARE(index.tasksOf(carol, true), QStringList{QStringLiteral("deploy-security-material")});
        QVERIFY(index.tasksOf(carol).contains(QStringLiteral("view-security-material"))); // via the attribute

        const QStringList alice = index.tasksOf(*index.user(QStringLiteral("alice")));
        QVERIFY(alice.contains(QStringLiteral("deploy-security-material")));
        QVERIFY(alice.contains(QStringLiteral("manage-tenant-settings")));
        QVERIFY(!alice.contains(QStringLiteral("manage-subaccount")));
        QVERIFY(std::is_sorted(alice.cbegin(), alice.cend()));
    }

    void whoCanAndWarnings()
    {
        const AccessIndex index(users(), collections(), Catalogue::builtIn());
        const QList<AccessPath> deployers = index.whoCan(QStringLiteral("deploy-security-material"));
        QStringList who;
        for (const AccessPath& p : deployers)
            who.append(QStringLiteral("%1 %2 %3").arg(p.userId, p.grant.roleCollection, p.role.roleTemplateName));
        QCOMPARE(who, (QStringList{QStringLiteral("alice PI_Administrator AuthGroup_Administrator"),
                                   QStringLiteral("bob PI_Administrator AuthGroup_Administrator"),
                                   QStringLiteral("carol Contoso Key Deployers SecurityMaterialEdit")}));
        QVERIFY(index.whoCan(QStringLiteral("manage-subaccount")).isEmpty());
        QVERIFY(index.whoCan(QStringLiteral("no-such-task")).isEmpty());

        const QStringList warnings = index.warningsFor(*index.user(QStringLiteral("bob")));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QLatin1String("PI_Administrator: ")));
        QVERIFY(index.warningsFor(*index.user(QStringLiteral("dave"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
