// format::: the text helpers models show in cells. commonName() and date() are checked against
// the plain definitions they must keep answering like (a split into attributes; QDateTime's
// own "yyyy-MM-dd").
#include "models/Format.h"

#include <QStringList>
#include <QTest>
#include <QTimeZone>

using namespace gh;

namespace {

// The definition: split at unescaped ',' and '+', unescape, trim; the first "CN=" wins.
QString referenceCommonName(const QString& dn)
{
    QString current;
    QStringList parts;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            current += dn.at(++i);
        } else if (c == QLatin1Char(',') || c == QLatin1Char('+')) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current.trimmed());
    for (const QString& part : std::as_const(parts)) {
        if (part.startsWith(QLatin1String("CN="), Qt::CaseInsensitive))
            return part.mid(3).trimmed();
    }
    return dn;
}

} // namespace

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commonName_data()
    {
        QTest::addColumn<QString>("dn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first") << QStringLiteral("CN=host.example.com,O=Acme,C=DE") << QStringLiteral("host.example.com");
        QTest::newRow("last") << QStringLiteral("C=DE,O=Acme,CN=Last") << QStringLiteral("Last");
        QTest::newRow("spaces") << QStringLiteral("O=Acme,  CN =x, CN=  spaced  ,C=DE") << QStringLiteral("spaced");
        QTest::newRow("lower case") << QStringLiteral("cn=lower,o=x") << QStringLiteral("lower");
        QTest::newRow("escaped comma") << QStringLiteral("CN=Doe\\, John,O=Acme") << QStringLiteral("Doe, John");
        QTest::newRow("escaped plus") << QStringLiteral("CN=a\\+b+UID=1") << QStringLiteral("a+b");
        QTest::newRow("multi-valued") << QStringLiteral("UID=1+CN=multi,O=x") << QStringLiteral("multi");
        QTest::newRow("escaped CN") << QStringLiteral("O=x,\\CN=escaped") << QStringLiteral("escaped");
        QTest::newRow("trailing backslash") << QStringLiteral("CN=back\\") << QStringLiteral("back\\");
        QTest::newRow("no CN") << QStringLiteral("O=Acme,C=DE") << QStringLiteral("O=Acme,C=DE");
        QTest::newRow("empty CN") << QStringLiteral("CN=,O=x") << QString();
        QTest::newRow("CN= then more") << QStringLiteral("CN=  ,CN=second") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unicode") << QStringLiteral("CN=Zoë 証明書,O=x") << QStringLiteral("Zoë 証明書");
        QTest::newRow("CNAME is not CN") << QStringLiteral("CNAME=x,CN=y") << QStringLiteral("y");
    }

    void commonName()
    {
        QFETCH(QString, dn);
        QFETCH(QString, expected);
        QCOMPARE(format::commonName(dn), expected);
        QCOMPARE(format::commonName(dn), referenceCommonName(dn));
    }

    void date_data()
    {
        QTest::addColumn<QDateTime>("when");
        const QTimeZone berlin("Europe/Berlin");
        QTest::newRow("utc") << QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
        QTest::newRow("local to utc, day before")
            << QDateTime(QDate(2026, 1, 1), QTime(0, 30), berlin.isValid() ? berlin : QTimeZone::utc());
        QTest::newRow("offset") << QDateTime(QDate(2030, 12, 31), QTime(23, 59), QTimeZone(-5 * 3600));
        QTest::newRow("year 1000") << QDateTime(QDate(1000, 1, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(12, 0), Qt::UTC);
        QTest::newRow("year 999") << QDateTime(QDate(999, 5, 6), QTime(12, 0), Qt::UTC);
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 5, 6), QTime(12, 0), Qt::UTC);
        QTest::newRow("invalid") << QDateTime();
    }

    void date()
    {
        QFETCH(QDateTime, when);
        const QString expected =
            when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
        QCOMPARE(format::date(when), expected);
    }
};

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"
