// Domain types decode SAP's real recorded payloads and keep unknown fields on a round trip.
#include "TestSupport.h"
#include "app/domain/Types.h"

using namespace gh;

class TestTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesRecordedRoleCollections()
    {
        const QJsonArray body = test::recordedBody(QStringLiteral("datasource_subaccount_role_collections.json")).toArray();
        QVERIFY(body.size() >= 5);
        for (qsizetype i = 0; i < body.size(); ++i) {
            auto rc = RoleCollection::fromJson(body.at(i).toObject(), QStringLiteral("$[%1]").arg(i));
            QVERIFY2(rc.ok(), qPrintable(rc.ok() ? QString() : rc.error().toString()));
            QVERIFY(!rc->name.isEmpty());
            QVERIFY(!rc->roleReferences.isEmpty());
        }
    }

    void decodesAttributeMappings()
    {
        const QJsonObject body = test::recordedBody(QStringLiteral("datasource_subaccount_role_collection_with_attribute_mappings.json")).toObject();
        auto rc = RoleCollection::fromJson(body);
        QVERIFY(rc.ok());
        QCOMPARE(rc->name, QStringLiteral("Subaccount Viewer"));
        QCOMPARE(rc->attributeMappings.size(), 2);
        QCOMPARE(rc->groupReferences().size(), 1);
        QCOMPARE(rc->groupReferences().first().attributeValue, QStringLiteral("CI/CD"));
        QCOMPARE(rc->groupReferences().first().idpDisplayName, QStringLiteral("terraformint-platform"));
        QVERIFY(rc->isReadOnly);
        // Written back, SAP's two lists come out as they came in.
        const QJsonObject back = rc->toJson();
        QCOMPARE(back.value(QStringLiteral("groupReferences")).toArray().size(), 1);
        QCOMPARE(back.value(QStringLiteral("samlAttributeAssignment")).toArray().size(), 2);
    }

    void decodesRecordedUserAndRoles()
    {
        auto u = User::fromJson(test::recordedBody(QStringLiteral("datasource_subaccount_user.json")).toObject());
        QVERIFY2(u.ok(), qPrintable(u.ok() ? QString() : u.error().toString()));
        QCOMPARE(u->origin, QStringLiteral("sap.default"));
        QCOMPARE(u->primaryEmail(), QStringLiteral("jenny.doe@test.com"));
        QCOMPARE(u->roleCollections, QStringList{QStringLiteral("Subaccount Viewer")});
        QCOMPARE(u->version, 80);
        QCOMPARE(u->created, QDateTime(QDate(2024, 3, 5), QTime(9, 44, 38, 949), Qt::UTC));
        // Fields we do not model are kept.
        QVERIFY(u->toJson().contains(QStringLiteral("passwordChangeRequired")));

        const QJsonArray roles = test::recordedBody(QStringLiteral("datasource_subaccount_roles.json")).toArray();
        QVERIFY(!roles.isEmpty());
        for (qsizetype i = 0; i < roles.size(); ++i) {
            auto r = Role::fromJson(roles.at(i).toObject(), QStringLiteral("$[%1]").arg(i));
            QVERIFY(r.ok());
            QVERIFY(r->toJson().contains(QStringLiteral("scopes")));
        }
    }

    void malformedFieldsNameTheirPath()
    {
        QJsonObject user{{QStringLiteral("id"), QStringLiteral("1")},
                         {QStringLiteral("userName"), QStringLiteral("a")},
                         {QStringLiteral("origin"), QStringLiteral("sap.default")},
                         {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), 42}}}}};
        auto u = User::fromJson(user, QStringLiteral("$.resources[3]"));
        QVERIFY(!u.ok());
        QCOMPARE(u.error().kind, Error::Kind::MalformedResponse);
        QCOMPARE(u.error().where, QStringLiteral("$.resources[3].emails[0].value"));

        auto rc = RoleCollection::fromJson(QJsonObject{{QStringLiteral("description"), QStringLiteral("no name")}});
        QCOMPARE(rc.error().where, QStringLiteral("$.name"));
    }

    void keystoreEntryDatesInBothForms()
    {
        KeystoreEntry e;
        e.alias = QStringLiteral("a");
        e.hexalias = KeystoreEntry::hexaliasOf(e.alias);
        e.validNotAfter = QDateTime(QDate(2027, 6, 5), QTime(6, 28, 44), Qt::UTC);
        const QJsonObject wire = e.toJson(JsonStyle::Wire);
        QCOMPARE(wire.value(QStringLiteral("ValidNotAfter")).toString(),
                 QStringLiteral("/Date(%1)/").arg(e.validNotAfter.toMSecsSinceEpoch()));
        QCOMPARE(e.toJson(JsonStyle::Iso).value(QStringLiteral("ValidNotAfter")).toString(), QStringLiteral("2027-06-05T06:28:44Z"));
        auto back = KeystoreEntry::fromJson(wire);
        QVERIFY(back.ok());
        QCOMPARE(back->validNotAfter, e.validNotAfter);
        QCOMPARE(back->hexalias, QStringLiteral("61"));
    }

    void credentialsNeverCarrySecrets()
    {
        UserCredential c;
        c.name = QStringLiteral("c");
        c.passwordSet = true;
        QCOMPARE(c.toJson().value(QStringLiteral("Password")).toString(), QStringLiteral("<redacted>"));
        c.passwordSet = false;
        QVERIFY(c.toJson().value(QStringLiteral("Password")).isNull());
        // SAP returns null for secrets: read as "not known to be set".
        auto fromSap = SecureParameter::fromJson(QJsonObject{{QStringLiteral("Name"), QStringLiteral("p")},
                                                             {QStringLiteral("SecureParam"), QJsonValue::Null},
                                                             {QStringLiteral("DeployedOn"), QStringLiteral("/Date(1516201800879)/")}});
        QVERIFY(fromSap.ok());
        QVERIFY(!fromSap->secureParamSet);
        QCOMPARE(fromSap->deployedOn.toMSecsSinceEpoch(), 1516201800879);
    }

    void entityKindNames()
    {
        for (EntityKind k : {EntityKind::User, EntityKind::Destination, EntityKind::KeystoreEntry, EntityKind::Assignment})
            QCOMPARE(entityKindFromName(entityKindName(k)), std::optional(k));
        QVERIFY(!entityKindFromName(QStringLiteral("planets")));
    }
};

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"
