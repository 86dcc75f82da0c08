// DestinationApi's pieces that need no daemon: the $filter parser (the daemon's test covers
// the endpoints over the wire).
#include "app/tenantd/DestinationApi.h"

#include <QTest>

using namespace gh::tenantd;

class TestTenantdDestinationApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("two") << QStringLiteral("Name in ('a','b')") << true << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("spaces") << QStringLiteral("  Name in ( 'a' , 'b c' ) ") << true
                                << QStringList{QStringLiteral("a"), QStringLiteral("b c")};
        QTest::newRow("quote") << QStringLiteral("Name in ('it''s')") << true << QStringList{QStringLiteral("it's")};
        QTest::newRow("comma inside") << QStringLiteral("Name in ('a,b')") << true << QStringList{QStringLiteral("a,b")};
        QTest::newRow("paren inside") << QStringLiteral("Name in ('a)')") << true << QStringList{QStringLiteral("a)")};
        QTest::newRow("empty list") << QStringLiteral("Name in ()") << true << QStringList{};
        QTest::newRow("eq") << QStringLiteral("Name eq 'a'") << false << QStringList{};
        QTest::newRow("other field") << QStringLiteral("Type in ('HTTP')") << false << QStringList{};
        QTest::newRow("unquoted") << QStringLiteral("Name in (a)") << false << QStringList{};
        QTest::newRow("unterminated") << QStringLiteral("Name in ('a)") << false << QStringList{};
        QTest::newRow("trailing comma") << QStringLiteral("Name in ('a',)") << false << QStringList{};
        QTest::newRow("missing comma") << QStringLiteral("Name in ('a' 'b')") << false << QStringList{};
    }
    void nameFilters()
    {
        QFETCH(QString, filter);
        QFETCH(bool, ok);
        QFETCH(QStringList, names);
        const auto parsed = parseNameFilter(filter);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, names);
    }
};

QTEST_GUILESS_MAIN(TestTenantdDestinationApi)
#include "tst_tenantd_destinationapi.moc"
