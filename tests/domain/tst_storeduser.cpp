// readStoredUser: the fast reader of a user's stored JSON answers exactly as User::fromJson, and
// hands everything it does not expect over to it (nullopt).
#include "app/domain/StoredUser.h"
#include "domain/UserSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gh;

namespace {

User sample()
{
    return test::sampleUser();
}

QByteArray stored(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestStoredUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheGeneralReader_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("full") << stored(sample().toJson(JsonStyle::Iso));
        User never = sample();
        never.lastLogonTime = {};
        never.idpGroups.clear();
        never.zoneId.clear();
        never.version = 0;
        never.active = true;
        QTest::newRow("never logged on") << stored(never.toJson(JsonStyle::Iso));
        User assigned = sample();
        assigned.roleCollections = {QStringLiteral("Subaccount Viewer")};
        QTest::newRow("with role collections") << stored(assigned.toJson(JsonStyle::Iso));
        QTest::newRow("spaces and null groups")
            << QByteArray(R"( { "id" : "u1", "userName":"a@b.example", "origin":"sap.default", "idpGroups": null,
                 "name": {"givenName":"A","familyName":"B"}, "emails":[{"value":"a@b.example"}],
                 "lastLogonTime": "", "meta": {"created":"2025-01-01T00:00:00Z","lastModified":"2025-01-02T00:00:00Z"} } )");
    }

    void sameAsTheGeneralReader()
    {
        QFETCH(QByteArray, json);
        const std::optional<User> fast = readStoredUser(json);
        QVERIFY(fast);
        const auto general = User::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(general);
        QCOMPARE(fast->toJson(JsonStyle::Iso), general->toJson(JsonStyle::Iso));
        QCOMPARE(fast->toJson(JsonStyle::Wire), general->toJson(JsonStyle::Wire));
        QCOMPARE(fast->lastLogonTime, general->lastLogonTime);
        QCOMPARE(fast->lastLogonTime.timeSpec(), general->lastLogonTime.timeSpec());
        QCOMPARE(fast->created, general->created);
        QCOMPARE(fast->roleCollections, general->roleCollections);
        QCOMPARE(fast->extra, general->extra);
    }

    void handsOverWhatItDoesNotExpect_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = stored(sample().toJson(JsonStyle::Iso));
        QVERIFY(readStoredUser(good));
        const auto with = [&](const char* from, const char* to) {
            QByteArray b = good;
            b.replace(from, to);
            return b;
        };
        QTest::newRow("escape") << with("Anna", "An\\u006ea");
        QTest::newRow("non-ASCII") << with("Becker", "B\xc3\xa4""cker");
        QTest::newRow("unknown key") << with("\"active\"", "\"x-newer-api\":1,\"active\"");
        QTest::newRow("epoch date") << with("\"2026-09-05T20:32:43.542Z\"", "1757104363542");
        QTest::newRow("offset date") << with("2026-09-05T20:32:43.542Z", "2026-09-05T22:32:43.542+02:00");
        QTest::newRow("repeated key") << with("\"active\":false", "\"active\":false,\"active\":true");
        QTest::newRow("version as text") << with("\"version\":7", "\"version\":\"7\"");
        QTest::newRow("fraction") << with("\"version\":7", "\"version\":7.5");
        QTest::newRow("leading zero (not JSON)") << with("\"version\":7", "\"version\":007");
        QTest::newRow("trailing garbage") << good + "x";
        QTest::newRow("truncated") << good.left(good.size() - 3);
        QTest::newRow("no user name") << with("\"userName\":\"anna.becker@contoso.example\",", "");
        QTest::newRow("empty given name") << with("\"givenName\":\"Anna\"", "\"givenName\":\"\"");
        QTest::newRow("group not text") << with("\"CPI-Admins\"", "3");
        QTest::newRow("not an object") << QByteArray("[1]");
    }

    void handsOverWhatItDoesNotExpect()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!readStoredUser(json));
    }

    // A SCIM page as tenantd writes it (and XSUAA for users without further attributes).
    void scimPageSameAsTheGeneralReader()
    {
        User never = sample();
        never.lastLogonTime = {};
        never.roleCollections = {QStringLiteral("A"), QStringLiteral("B")};
        QJsonArray resources;
        for (const User& u : {sample(), never}) {
            QJsonObject o = u.toJson(JsonStyle::Wire);
            o.insert(QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:scim:schemas:core:1.0")});
            QJsonArray groups;
            for (const QString& rc : u.roleCollections)
                groups.append(QJsonObject{{QStringLiteral("value"), rc}, {QStringLiteral("display"), rc},
                                          {QStringLiteral("type"), QStringLiteral("DIRECT")}});
            o.insert(QStringLiteral("groups"), groups);
            resources.append(o);
        }
        const QJsonObject page{{QStringLiteral("resources"), resources}, {QStringLiteral("startIndex"), 501},
                               {QStringLiteral("itemsPerPage"), 2}, {QStringLiteral("totalResults"), 100000},
                               {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:scim:schemas:core:1.0")}}};
        const std::optional<ScimUserPage> fast = readScimUserPage(stored(page));
        QVERIFY(fast);
        QCOMPARE(fast->startIndex, 501);
        QCOMPARE(fast->totalResults, 100000);
        QCOMPARE(fast->users.size(), 2);
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const auto general = User::fromJson(resources.at(i).toObject());
            QVERIFY(general);
            const User& f = fast->users.at(i);
            QCOMPARE(f.toJson(JsonStyle::Iso), general->toJson(JsonStyle::Iso));
            QCOMPARE(f.toJson(JsonStyle::Wire), general->toJson(JsonStyle::Wire));
            QCOMPARE(f.extra, general->extra);
            QVERIFY(f.extra.contains(QStringLiteral("groups")));
            QCOMPARE(f.lastLogonTime, general->lastLogonTime);
            QCOMPARE(f.lastLogonTime.timeSpec(), general->lastLogonTime.timeSpec());
            QCOMPARE(f.roleCollections, general->roleCollections);
        }
        QCOMPARE(readScimUserPage(stored(QJsonObject{{QStringLiteral("resources"), QJsonArray()}}))->users.size(), 0);
    }

    void scimPageHandsOverWhatItDoesNotExpect_data()
    {
        QTest::addColumn<QByteArray>("json");
        QJsonObject user = sample().toJson(JsonStyle::Wire);
        const auto page = [](const QJsonObject& u, const char* extraKey = nullptr) {
            QJsonObject p{{QStringLiteral("resources"), QJsonArray{u}}, {QStringLiteral("totalResults"), 1}};
            if (extraKey)
                p.insert(QLatin1String(extraKey), 1);
            return stored(p);
        };
        QVERIFY(readScimUserPage(page(user)));
        QJsonObject external = user;
        external.insert(QStringLiteral("externalId"), QStringLiteral("x"));
        QTest::newRow("another attribute") << page(external);
        QJsonObject nested = user;
        nested.insert(QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("value"), QJsonArray{}}}});
        QTest::newRow("group value not text") << page(nested);
        QJsonObject noId = user;
        noId.insert(QStringLiteral("id"), QString());
        QTest::newRow("empty id") << page(noId);
        QJsonObject fraction = user;
        fraction.insert(QStringLiteral("lastLogonTime"), 1.5);
        QTest::newRow("fractional date") << page(fraction);
        QTest::newRow("page attribute") << page(user, "x-more");
        QTest::newRow("truncated") << page(user).chopped(2);
        QTest::newRow("no resources") << QByteArray(R"({"totalResults":0})");
    }

    void scimPageHandsOverWhatItDoesNotExpect()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!readScimUserPage(json));
    }
};

QTEST_GUILESS_MAIN(TestStoredUser)
#include "tst_storeduser.moc"
