// CSV: RFC 4180 reading with line numbers in every error, ';' detection, BOM, formula guard,
// and writing that reads back to the same values.
#include "app/domain/Csv.h"

#include <QTest>

using namespace gh;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQuotedFieldsAndLineNumbers()
    {
        const QByteArray data = "\xEF\xBB\xBFUserName,Origin,RoleCollection\r\n"
                                "alice,sap.default,\"PI_Administrator\"\r\n"
                                "\r\n"
                                "\"bob, the \"\"builder\"\"\",contoso-aad,\"two\nlines\"\n"
                                "carol,,x";
        auto records = csv::read(data, QStringLiteral("users.csv"));
        QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().toString()));
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(0).fields, (QStringList{QStringLiteral("UserName"), QStringLiteral("Origin"), QStringLiteral("RoleCollection")}));
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(2).line, 4);
        QCOMPARE(records->at(2).fields.at(0), QStringLiteral("bob, the \"builder\""));
        QCOMPARE(records->at(2).fields.at(2), QStringLiteral("two\nlines"));
        QCOMPARE(records->at(3).line, 6);
        QCOMPARE(records->at(3).fields, (QStringList{QStringLiteral("carol"), QString(), QStringLiteral("x")}));
    }

    void detectsSemicolons()
    {
        auto records = csv::read("a;b;\"c,d\"\n1;2;3\n", QStringLiteral("excel.csv"));
        QVERIFY(records.ok());
        QCOMPARE(records->first().fields, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c,d")}));
        csv::ReadOptions comma;
        comma.delimiter = u',';
        QCOMPARE(csv::read("a;b\n", QStringLiteral("x"), comma)->first().fields.size(), 1);
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated") << QByteArray("a,b\nc,\"open\nmore\n") << "f.csv:2" << "never closed";
        QTest::newRow("quote in unquoted") << QByteArray("a,b\nc,d\"e\n") << "f.csv:2" << "quote inside an unquoted";
        QTest::newRow("after closing quote") << QByteArray("a\n\"x\"y,z\n") << "f.csv:2" << "follows a closing quote";
        QTest::newRow("binary") << QByteArray("a,b\nc\0d\n", 8) << "f.csv:2" << "binary";
        QTest::newRow("not utf-8") << QByteArray("a,b\nok\n\xff\xfe,x\n") << "f.csv:3" << "not UTF-8";
    }

    void errorsNameFileAndLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        QFETCH(QString, message);
        auto records = csv::read(data, QStringLiteral("f.csv"));
        QVERIFY(!records.ok());
        QCOMPARE(records.error().kind, Error::Kind::Validation);
        QCOMPARE(records.error().where, where);
        QVERIFY2(records.error().message.contains(message), qPrintable(records.error().message));
    }

    void boundsSizeAndFields()
    {
        csv::ReadOptions small;
        small.maxSize = 10;
        QVERIFY(csv::read(QByteArray(11, 'a'), QStringLiteral("big.csv"), small).error().message.contains(QLatin1String("larger")));
        small.maxSize = 1000;
        small.maxFields = 3;
        QCOMPARE(csv::read("a,b,c,d\n", QStringLiteral("wide.csv"), small).error().where, QStringLiteral("wide.csv:1"));
    }

    void writesWhatReadsBack()
    {
        const QList<QStringList> rows{
            {QStringLiteral("plain"), QStringLiteral("with,comma"), QStringLiteral("with \"quote\"")},
            {QStringLiteral("line\nbreak"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral(" padded ")},
            {QStringLiteral("Ünïcode"), QString(), QStringLiteral("-1")},
        };
        const QByteArray written = csv::write(rows);
        QVERIFY(written.endsWith("\r\n"));
        QVERIFY(written.contains("\"'=HYPERLINK(\"\"x\"\")\""));
        QVERIFY(written.contains(",'-1\r\n"));
        auto back = csv::read(written, QStringLiteral("round-trip"));
        QVERIFY(back.ok());
        QCOMPARE(back->size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(back->at(i).fields, rows.at(i));
        QCOMPARE(csv::field(QStringLiteral("a;b"), u';'), QStringLiteral("\"a;b\""));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
