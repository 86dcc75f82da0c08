// dnCommonName: the CN of RFC 2253 text wherever it stands, escapes undone, the DN without one.
#include "app/domain/DnText.h"

#include <QTest>

using namespace gh;

class TestDnText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commonNames_data()
    {
        QTest::addColumn<QString>("dn");
        QTest::addColumn<QString>("cn");
        QTest::newRow("first") << "CN=a.example,O=Contoso,C=DE" << "a.example";
        QTest::newRow("last, as openssl -subj /CN=x/O=y gives it") << "O=Test,CN=Hand Partner" << "Hand Partner";
        QTest::newRow("escaped comma") << "CN=Doe\\, Jane,O=x" << "Doe, Jane";
        QTest::newRow("multi-valued RDN") << "OU=a+CN=b,O=c" << "b";
        QTest::newRow("lower case type") << "cn=lower,O=x" << "lower";
        QTest::newRow("no CN: the whole DN") << "O=Only,C=DE" << "O=Only,C=DE";
        QTest::newRow("CN-like value is not a CN") << "O=CN=fake" << "O=CN=fake";
        QTest::newRow("empty") << "" << "";
    }

    void commonNames()
    {
        QFETCH(QString, dn);
        QFETCH(QString, cn);
        QCOMPARE(dnCommonName(dn), cn);
    }
};

QTEST_GUILESS_MAIN(TestDnText)
#include "tst_dntext.moc"
