// writeStoredUser / writeStoredAssignment: the fast writers give, byte for byte, what
// QJsonDocument writes for the stored form, and hand over (nullopt) what they do not handle.
#include "app/domain/StoredUser.h"
#include "domain/UserSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTest>

using namespace gh;

namespace {

User sample()
{
    User u = test::sampleUser();
    u.roleCollections = {QStringLiteral("Subaccount Viewer")};
    return u;
}

// What the store writes for a user, the general way.
QByteArray general(const User& u)
{
    QJsonObject json = u.toJson(JsonStyle::Iso);
    json.remove(QStringLiteral("roleCollections"));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString randomText(QRandomGenerator& random)
{
    // Printable ASCII with quote and backslash, Latin-1, CJK; no control characters.
    static const QString pool = QStringLiteral("abcXYZ019 .@-_\"\\/\x7f\u00e4\u00df\u00e9\u65e5\u672c\u20ac");
    QString out;
    const int n = random.bounded(0, 12);
    for (int i = 0; i < n; ++i)
        out.append(pool.at(random.bounded(pool.size())));
    return out;
}

QDateTime randomDate(QRandomGenerator& random)
{
    if (random.bounded(5) == 0)
        return {};
    const qint64 ms = random.bounded(qint64(4102444800000)) + (random.bounded(3) == 0 ? 0 : 0);
    QDateTime d = QDateTime::fromMSecsSinceEpoch(random.bounded(2) ? ms - ms % 1000 : ms, Qt::UTC);
    if (random.bounded(3) == 0)
        d = d.toOffsetFromUtc(3600 * random.bounded(-11, 12));
    return d;
}

} // namespace

class TestStoredUserWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsQJsonDocument_data()
    {
        QTest::addColumn<User>("user");
        QTest::newRow("full") << sample();
        User never = sample();
        never.lastLogonTime = {};
        never.created = {};
        never.idpGroups.clear();
        never.emails.clear();
        never.zoneId.clear();
        never.version = 0;
        QTest::newRow("never logged on, no dates") << never;
        User pulled = sample();
        pulled.extra.insert(QStringLiteral("groups"),
                            QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("Subaccount Viewer")},
                                                   {QStringLiteral("display"), QStringLiteral("Subaccount Viewer")},
                                                   {QStringLiteral("type"), QStringLiteral("DIRECT")}}});
        pulled.extra.insert(QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:scim:schemas:core:1.0")});
        QTest::newRow("pulled from SCIM") << pulled;
        User extras = sample();
        extras.extra.insert(QStringLiteral("aaFirst"), 1.5);
        extras.extra.insert(QStringLiteral("ids"), QJsonValue::Null);
        extras.extra.insert(QStringLiteral("passwordLastModified"), double(1757104363542));
        extras.extra.insert(QStringLiteral("zzLast"), QJsonObject{{QStringLiteral("n\u00e4me"), QStringLiteral("\u00e9\"\\")}});
        extras.extra.insert(QStringLiteral("active"), QStringLiteral("hidden by the known key"));
        extras.extra.insert(QStringLiteral("numbers"), QJsonArray{0, -0.0, 1e300, -7, 2.5e-8, 9007199254740993.0, true, false,
                                                                  QJsonArray{}, QJsonObject{}});
        QTest::newRow("extras before, between, after") << extras;
        User odd = sample();
        odd.givenName = QStringLiteral("J\u00fcrgen \"Jay\" \\ M\u00fcller");
        odd.familyName = QStringLiteral("\u65e5\u672c\u20ac\x7f");
        odd.version = (qint64(1) << 40) + 3;
        QTest::newRow("escapes, non-ASCII, big version") << odd;
        User local = sample();
        local.created = QDateTime(QDate(2025, 8, 1), QTime(23, 2, 3, 40), QTimeZone(7200));
        QTest::newRow("offset date") << local;
    }

    void sameBytesAsQJsonDocument()
    {
        QFETCH(User, user);
        const std::optional<QByteArray> fast = writeStoredUser(user);
        QVERIFY(fast);
        QCOMPARE(*fast, general(user));
    }

    void randomUsers()
    {
        QRandomGenerator random(20261127);
        for (int i = 0; i < 500; ++i) {
            User u;
            u.id = randomText(random);
            u.userName = randomText(random);
            u.origin = randomText(random);
            u.givenName = randomText(random);
            u.familyName = randomText(random);
            for (int e = random.bounded(3); e > 0; --e)
                u.emails.append({randomText(random), random.bounded(2) == 1});
            u.lastLogonTime = randomDate(random);
            u.created = randomDate(random);
            u.lastModified = randomDate(random);
            u.active = random.bounded(2) == 1;
            u.verified = random.bounded(2) == 1;
            u.zoneId = randomText(random);
            u.version = random.bounded(qint64(1) << 50);
            for (int g = random.bounded(3); g > 0; --g)
                u.idpGroups.append(randomText(random));
            if (random.bounded(2))
                u.extra.insert(QStringLiteral("schemas"), QJsonArray{randomText(random)});
            const std::optional<QByteArray> fast = writeStoredUser(u);
            QVERIFY2(fast, qPrintable(QString::number(i)));
            QCOMPARE(*fast, general(u));
        }
    }

    void handsOverWhatItDoesNotHandle_data()
    {
        QTest::addColumn<User>("user");
        User control = sample();
        control.givenName = QStringLiteral("tab\there");
        QTest::newRow("control character") << control;
        User surrogate = sample();
        surrogate.familyName = QString::fromUtf8("\xf0\x9f\x94\x91");
        QTest::newRow("surrogate pair") << surrogate;
        User far = sample();
        far.created = QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("year 10000") << far;
        User key = sample();
        key.extra.insert(QStringLiteral("cl\u00e9"), 1);
        QTest::newRow("non-ASCII extra key") << key;
    }

    void handsOverWhatItDoesNotHandle()
    {
        QFETCH(User, user);
        QVERIFY(!writeStoredUser(user));
        QVERIFY(!general(user).isEmpty()); // the general way still writes it
    }

    void assignments()
    {
        const Assignment plain{QStringLiteral("Subaccount Viewer"), QStringLiteral("0000013e-94aa")};
        const Assignment odd{QStringLiteral("R\u00f6le \"X\" \\"), QStringLiteral("u\u65e5")};
        for (const Assignment& a : {plain, odd}) {
            const std::optional<QByteArray> fast = writeStoredAssignment(a);
            QVERIFY(fast);
            QCOMPARE(*fast, QJsonDocument(a.toJson(JsonStyle::Iso)).toJson(QJsonDocument::Compact));
        }
        QVERIFY(!writeStoredAssignment({QStringLiteral("a\nb"), QStringLiteral("u")}));
    }
};

QTEST_GUILESS_MAIN(TestStoredUserWriter)
#include "tst_storeduserwriter.moc"
