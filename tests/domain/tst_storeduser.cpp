// readStoredUser: the fast reader of a user's stored JSON answers exactly as User::fromJson, and
// hands everything it does not expect over to it (nullopt).
#include "app/domain/StoredUser.h"

#include <QJsonDocument>
#include <QTest>

using namespace gh;

namespace {

User sample()
{
    User u;
    u.id = QStringLiteral("0000013e-94aa-5c9e-86c2-67626ef15d09");
    u.userName = QStringLiteral("anna.becker@contoso.example");
    u.origin = QStringLiteral("contoso-aad");
    u.givenName = QStringLiteral("Anna");
    u.familyName = QStringLiteral("Becker");
    u.emails = {{QStringLiteral("anna.becker@contoso.example"), true}, {QStringLiteral("ab@contoso.example"), false}};
    u.lastLogonTime = QDateTime(QDate(2026, 9, 5), QTime(20, 32, 43, 542), Qt::UTC);
    u.created = QDateTime(QDate(2025, 8, 1), QTime(21, 32, 43), Qt::UTC);
    u.lastModified = QDateTime(QDate(2026, 9, 5), QTime(21, 32, 43, 1), Qt::UTC);
    u.active = false;
    u.verified = true;
    u.zoneId = QStringLiteral("zone-1");
    u.version = 7;
    u.idpGroups = {QStringLiteral("CPI-Admins"), QStringLiteral("All")};
    return u;
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
};

QTEST_GUILESS_MAIN(TestStoredUser)
#include "tst_storeduser.moc"
