// JavaProperties: the BTP cockpit's destination files (read from ../shared, never copied), the
// Java rules the cockpit's own reader applies, and the errors bad files give, each with its line.
#include "TestSupport.h"
#include "app/domain/JavaProperties.h"

#include <QTest>

using namespace gh;
using namespace gh::properties;

namespace {

QString valueOf(const QList<Entry>& entries, const QString& key)
{
    for (const Entry& e : entries)
        if (e.key == key)
            return e.value;
    return QStringLiteral("<absent>");
}

} // namespace

class TestJavaProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cockpitSamples()
    {
        const QString path =
            test::sharedPath(QStringLiteral("reference/samples/destination-export/s4hana-cloud_saml"));
        const QByteArray bytes = test::readFile(path);
        QVERIFY(!bytes.isEmpty());
        const Result<QList<Entry>> parsed = parse(bytes, path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        // The stripped secret comes first, commented out; the date header is not an entry.
        const Entry& secret = parsed.value().first();
        QCOMPARE(secret.key, QStringLiteral("clientKey"));
        QVERIFY(secret.commented);
        QCOMPARE(secret.value, QStringLiteral("<< Existing password/certificate removed on export >>"));
        QCOMPARE(secret.line, 1);
        // Escaped colons read back.
        QCOMPARE(valueOf(parsed.value(), QStringLiteral("URL")),
                 QStringLiteral("https://my1111111-api.s4hana.ondemand.com"));
        QCOMPARE(valueOf(parsed.value(), QStringLiteral("authnContextClassRef")),
                 QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:PreviousSession"));
        QCOMPARE(valueOf(parsed.value(), QStringLiteral("WebIDEUsage")), QStringLiteral("odata_abap,dev_abap"));
        QCOMPARE(parsed.value().size(), 15);

        const QByteArray northwind = test::readFile(
            test::sharedPath(QStringLiteral("reference/samples/destination-export/northwind")));
        const Result<QList<Entry>> nw = parse(northwind, QStringLiteral("northwind"));
        QVERIFY(nw.ok());
        QCOMPARE(nw.value().size(), 9); // "#" and "#Mon May 19 15:34:09 UTC 2025" are comments
        QCOMPARE(valueOf(nw.value(), QStringLiteral("URL")), QStringLiteral("https://services.odata.org"));
        for (const Entry& e : nw.value())
            QVERIFY(!e.commented);
    }

    void javaRules_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("equals") << QByteArray("a=b") << "a" << "b";
        QTest::newRow("colon") << QByteArray("a:b") << "a" << "b";
        QTest::newRow("space") << QByteArray("a b") << "a" << "b";
        QTest::newRow("spaces around") << QByteArray("  a  =  b c ") << "a" << "b c ";
        QTest::newRow("escaped separators in key") << QByteArray("a\\=b\\:c=d") << "a=b:c" << "d";
        QTest::newRow("escaped bang") << QByteArray("clientId=sb-bank\\!t13613") << "clientId" << "sb-bank!t13613";
        QTest::newRow("unicode") << QByteArray("a=M\\u00fcller") << "a" << QStringLiteral("Müller");
        QTest::newRow("utf-8") << QByteArray("a=Müller") << "a" << QStringLiteral("Müller");
        QTest::newRow("latin-1") << QByteArray("a=M\xfcller") << "a" << QStringLiteral("Müller");
        QTest::newRow("continuation") << QByteArray("a=one \\\n    two") << "a" << "one two";
        QTest::newRow("crlf continuation") << QByteArray("a=one\\\r\n two\r\n") << "a" << "onetwo";
        QTest::newRow("even backslashes end the line") << QByteArray("a=x\\\\\nb=y") << "a" << "x\\";
        QTest::newRow("empty value") << QByteArray("a=") << "a" << "";
        QTest::newRow("key only") << QByteArray("a") << "a" << "";
        QTest::newRow("bang comment") << QByteArray("! comment\na=b") << "a" << "b";
        QTest::newRow("line break escape") << QByteArray("a=x\\ny") << "a" << "x\ny";
    }

    void javaRules()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Result<QList<Entry>> parsed = parse(text, QStringLiteral("f"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QVERIFY(!parsed.value().isEmpty());
        QCOMPARE(parsed.value().first().key, key);
        QCOMPARE(parsed.value().first().value, value);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("short unicode escape") << QByteArray("a=b\nc=\\u12") << "f:2" << "malformed \\uXXXX";
        QTest::newRow("bad hex") << QByteArray("c=\\uzzzz") << "f:1" << "malformed \\uXXXX";
        QTest::newRow("no name") << QByteArray("#\n=value") << "f:2" << "a property without a name";
        QTest::newRow("twice") << QByteArray("Name=a\nType=HTTP\nName=b") << "f:3" << "'Name' is given twice (first on line 1)";
        QTest::newRow("binary") << QByteArray("Name=a\n\x01\x02\x03garbage", 15) << "f:2" << "control character";
        QTest::newRow("nul") << QByteArray("Name=a\0b", 8) << "f:1" << "control character";
    }

    void badFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const Result<QList<Entry>> parsed = parse(text, QStringLiteral("f"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().where, where);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void tooLarge()
    {
        const QByteArray big(MaxInputSize + 1, 'a');
        const Result<QList<Entry>> parsed = parse(big, QStringLiteral("big"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QStringLiteral("larger than")));
    }

    void escapingRoundTrips_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("url") << "URL" << "https://h:443/p?a=b" << "URL=https\\://h\\:443/p?a\\=b";
        QTest::newRow("bang") << "clientId" << "sb-x!t1" << "clientId=sb-x\\!t1";
        QTest::newRow("leading space") << "a" << " x y" << "a=\\ x y";
        QTest::newRow("key with space") << "a b" << "v" << "a\\ b=v";
        QTest::newRow("hash and backslash") << "k" << "#1\\2" << "k=\\#1\\\\2";
        QTest::newRow("control") << "k" << QStringLiteral("a\tb\nc") + QChar(0x01) << "k=a\\tb\\nc\\u0001";
        QTest::newRow("umlaut kept") << "k" << QStringLiteral("Müller") << QStringLiteral("k=Müller");
    }

    void escapingRoundTrips()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, written);
        const QString line = escapeKey(key) + QLatin1Char('=') + escapeValue(value);
        QCOMPARE(line, written);
        const Result<QList<Entry>> back = parse(line.toUtf8(), QStringLiteral("w"));
        QVERIFY(back.ok());
        QCOMPARE(back.value().first().key, key);
        QCOMPARE(back.value().first().value, value);
    }
};

QTEST_GUILESS_MAIN(TestJavaProperties)
#include "tst_javaproperties.moc"
