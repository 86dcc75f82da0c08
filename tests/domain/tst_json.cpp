// JsonReader: strict reads with JSON paths, SAP's date forms, unknown keys kept.
#include "app/domain/Json.h"

#include <QTest>

using namespace gh;

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesInEveryForm_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("odata") << QJsonValue(QStringLiteral("/Date(1496732924000)/")) << qint64(1496732924000);
        QTest::newRow("odata with offset") << QJsonValue(QStringLiteral("/Date(1496732924000+0000)/")) << qint64(1496732924000);
        QTest::newRow("epoch number") << QJsonValue(1496732924000.0) << qint64(1496732924000);
        QTest::newRow("epoch string") << QJsonValue(QStringLiteral("1616343770463")) << qint64(1616343770463);
        QTest::newRow("iso") << QJsonValue(QStringLiteral("2017-06-06T07:08:44Z")) << qint64(1496732924000);
        QTest::newRow("iso with ms") << QJsonValue(QStringLiteral("2017-06-06T07:08:44.250Z")) << qint64(1496732924250);
        QTest::newRow("iso with ms and offset")
            << QJsonValue(QStringLiteral("2017-06-06T09:08:44.250+02:00")) << qint64(1496732924250);
        QTest::newRow("iso without offset is UTC") << QJsonValue(QStringLiteral("2017-06-06T07:08:44")) << qint64(1496732924000);
        QTest::newRow("iso with offset") << QJsonValue(QStringLiteral("2017-06-06T09:08:44+02:00")) << qint64(1496732924000);
    }

    void datesInEveryForm()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, ms);
        JsonReader in(QJsonObject{{QStringLiteral("d"), value}}, QStringLiteral("$"));
        const QDateTime d = in.date(QLatin1String("d"));
        QVERIFY(in.ok());
        QCOMPARE(d.toMSecsSinceEpoch(), ms);
        QCOMPARE(d.timeSpec(), Qt::UTC);
    }

    // The fixed form the store writes, read by arithmetic from text or bytes: the same instant
    // and time spec as QDate, QTime and QDateTime make, across leap days, eras of the Gregorian
    // calendar and the ends of the range; anything else (an impossible day, an hour 24, a
    // second 60, a year 0, another shape) is left to the general parser.
    void isoUtcReadsTheStoredForm()
    {
        const QDateTime expected[] = {
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(12, 0), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(0, 0, 1), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2026, 11, 27), QTime(7, 8, 9, 10), Qt::UTC),
        };
        for (const QDateTime& when : expected) {
            for (const QString& text : {when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")),
                                        when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))}) {
                const QDateTime wanted = text.size() == 24 ? when : when.addMSecs(-when.time().msec());
                QCOMPARE(isoUtc(QStringView(text)), wanted);
                QCOMPARE(isoUtc(QByteArrayView(text.toLatin1())), wanted);
                QCOMPARE(isoUtc(QStringView(text)).timeSpec(), Qt::UTC);
                QCOMPARE(isoUtc(QStringView(text)).toMSecsSinceEpoch(), wanted.toMSecsSinceEpoch());
            }
        }
        for (const char* bad : {"2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
                                "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z",
                                "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z", "0000-01-01T00:00:00Z",
                                "2026-01-01T00:00:00", "2026-01-01 00:00:00Z", "2026-01-01T00:00:00.5Z",
                                "2026-0a-01T00:00:00Z", "2026-01-01T00:00:00+01:00", "", "2026-01-01T00:00:00.12aZ"}) {
            QVERIFY2(!isoUtc(QByteArrayView(bad)).isValid(), bad);
            QVERIFY2(!isoUtc(QStringView(QString::fromLatin1(bad))).isValid(), bad);
        }
        // A byte beyond ASCII where a digit belongs is not a digit.
        QVERIFY(!isoUtc(QByteArrayView("2026-01-0\xb1T00:00:00Z")).isValid());
    }

    void badValuesNameThePath()
    {
        JsonReader in(QJsonObject{{QStringLiteral("d"), QStringLiteral("yesterday")}, {QStringLiteral("n"), QStringLiteral("12x")}},
                      QStringLiteral("$.d.results[2]"));
        in.date(QLatin1String("d"));
        in.integer(QLatin1String("n"));
        QVERIFY(!in.ok());
        QCOMPARE(in.error()->where, QStringLiteral("$.d.results[2].d")); // the first problem wins
        QCOMPARE(in.error()->kind, Error::Kind::MalformedResponse);
    }

    void requiredAndTypes()
    {
        JsonReader in(QJsonObject{{QStringLiteral("s"), 5}, {QStringLiteral("list"), QJsonArray{QStringLiteral("a"), 3}}}, QStringLiteral("$"));
        QCOMPARE(in.string(QLatin1String("missing")), QString());
        QVERIFY(in.ok());
        in.string(QLatin1String("s"));
        QCOMPARE(in.error()->where, QStringLiteral("$.s"));
        JsonReader list(QJsonObject{{QStringLiteral("list"), QJsonArray{QStringLiteral("a"), 3}}}, QStringLiteral("$"));
        list.stringList(QLatin1String("list"));
        QCOMPARE(list.error()->where, QStringLiteral("$.list[1]"));
        JsonReader required(QJsonObject{}, QStringLiteral("$"));
        required.string(QLatin1String("Name"), true);
        QCOMPARE(required.error()->message, QStringLiteral("required string is missing"));
    }

    void integersAndBooleans()
    {
        JsonReader in(QJsonObject{{QStringLiteral("a"), 42}, {QStringLiteral("b"), QStringLiteral("17")}, {QStringLiteral("c"), 1.5},
                                  {QStringLiteral("t"), QStringLiteral("true")}, {QStringLiteral("f"), false}},
                      QStringLiteral("$"));
        QCOMPARE(in.integer(QLatin1String("a")), 42);
        QCOMPARE(in.integer(QLatin1String("b")), 17);
        QVERIFY(in.boolean(QLatin1String("t")));
        QVERIFY(!in.boolean(QLatin1String("f"), true));
        QVERIFY(in.ok());
        in.integer(QLatin1String("c"));
        QCOMPARE(in.error()->where, QStringLiteral("$.c"));
    }

    void unknownKeysAreKeptAndMetadataDropped()
    {
        JsonReader in(QJsonObject{{QStringLiteral("Name"), QStringLiteral("n")},
                                  {QStringLiteral("NewField"), QStringLiteral("v")},
                                  {QStringLiteral("__metadata"), QJsonObject{{QStringLiteral("uri"), QStringLiteral("u")}}}},
                      QStringLiteral("$"));
        in.string(QLatin1String("Name"));
        QCOMPARE(in.rest(), (QJsonObject{{QStringLiteral("NewField"), QStringLiteral("v")}}));
        QJsonObject target{{QStringLiteral("Name"), QStringLiteral("mine")}};
        mergeExtra(target, QJsonObject{{QStringLiteral("Name"), QStringLiteral("theirs")}, {QStringLiteral("X"), 1}});
        QCOMPARE(target.value(QStringLiteral("Name")).toString(), QStringLiteral("mine"));
        QCOMPARE(target.value(QStringLiteral("X")).toInt(), 1);
    }

    void numbersAndDatesThatCannotRoundTripAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("digits beyond 9e15") << QJsonValue(QStringLiteral("9000000000000001")) << false;
        QTest::newRow("number beyond 9e15") << QJsonValue(1.0e16) << false;
        QTest::newRow("odata year 318857") << QJsonValue(QStringLiteral("/Date(9999999999999999)/")) << true;
        QTest::newRow("epoch before year 1") << QJsonValue(-70000000000000.0) << true;
    }

    void numbersAndDatesThatCannotRoundTripAreRefused()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, isDate);
        JsonReader in(QJsonObject{{QStringLiteral("v"), value}}, QStringLiteral("$"));
        if (isDate)
            QVERIFY(!in.date(QLatin1String("v")).isValid());
        else
            in.integer(QLatin1String("v"));
        QVERIFY(!in.ok());
        QCOMPARE(in.error()->where, QStringLiteral("$.v"));
    }

    void int32FieldsAreBounded()
    {
        JsonReader in(QJsonObject{{QStringLiteral("KeySize"), 4294967296.0}}, QStringLiteral("$"));
        QCOMPARE(in.integer32(QLatin1String("KeySize"), 7), 7);
        QCOMPARE(in.error()->where, QStringLiteral("$.KeySize"));
    }

    void odataNavigationArrays()
    {
        JsonReader in(QJsonObject{{QStringLiteral("Entries"), QJsonObject{{QStringLiteral("results"), QJsonArray{1, 2}}}}}, QStringLiteral("$"));
        QCOMPARE(in.array(QLatin1String("Entries")).size(), 2);
    }

    void writingDates()
    {
        const QDateTime d = QDateTime::fromMSecsSinceEpoch(1496732924000, Qt::UTC);
        QCOMPARE(writeDate(d, JsonStyle::Wire, true).toString(), QStringLiteral("/Date(1496732924000)/"));
        QCOMPARE(writeDate(d, JsonStyle::Wire, false).toDouble(), 1496732924000.0);
        QCOMPARE(writeDate(d, JsonStyle::Iso, true).toString(), QStringLiteral("2017-06-06T07:08:44Z"));
        QVERIFY(writeDate(QDateTime(), JsonStyle::Iso, true).isNull());
    }
};

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
