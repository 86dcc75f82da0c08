// format::: the text helpers models show in cells. commonName() and date() are checked against
// the plain definitions they must keep answering like (a split into attributes; QDateTime's
// own "yyyy-MM-dd" in the C locale, QLocale's short date with a four-digit year in others).
#include "models/Format.h"

#include <QLocale>
#include <QRegularExpression>
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

    // Under a locale, the short date of that locale with a four-digit year: the fast path
    // answers like QLocale's own formatter of that pattern.
    void localeDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("expected");
        const QDateTime nov(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
        const QDateTime jan(QDate(2027, 1, 5), QTime(23, 5), Qt::UTC);
        QTest::newRow("German") << QStringLiteral("de_DE") << nov << QStringLiteral("26.11.2026");
        QTest::newRow("German, one digit") << QStringLiteral("de_DE") << jan << QStringLiteral("05.01.2027");
        QTest::newRow("American") << QStringLiteral("en_US") << jan << QStringLiteral("1/5/2027");
        QTest::newRow("British") << QStringLiteral("en_GB") << jan << QStringLiteral("05/01/2027");
        QTest::newRow("French") << QStringLiteral("fr_FR") << nov << QString();
        QTest::newRow("Japanese") << QStringLiteral("ja_JP") << nov << QString();
        QTest::newRow("Arabic digits") << QStringLiteral("ar_EG") << nov << QString();
        QTest::newRow("German, year 999") << QStringLiteral("de_DE") << QDateTime(QDate(999, 5, 6), QTime(12, 0), Qt::UTC)
                                          << QString();
        QTest::newRow("German, invalid") << QStringLiteral("de_DE") << QDateTime() << QString();
    }

    void localeDate()
    {
        QFETCH(QString, locale);
        QFETCH(QDateTime, when);
        QFETCH(QString, expected);
        const QLocale chosen(locale);
        QString pattern = chosen.dateFormat(QLocale::ShortFormat);
        if (!pattern.contains(QLatin1String("yyyy")))
            pattern.replace(QRegularExpression(QStringLiteral("(?<!y)yy(?!y)")), QStringLiteral("yyyy"));
        const QString reference = when.isValid() ? chosen.toString(when.toUTC().date(), pattern) : QString();
        QLocale::setDefault(chosen);
        const QString text = format::date(when);
        const QString withTime = format::dateTime(when);
        QLocale::setDefault(QLocale::c());
        if (!expected.isEmpty())
            QCOMPARE(text, expected);
        QCOMPARE(text, reference);
        QVERIFY(pattern.contains(QLatin1String("yyyy")));
        if (when.isValid())
            QCOMPARE(withTime, reference + QLatin1Char(' ') +
                                   chosen.toString(when.toUTC().time(), QLocale::ShortFormat) +
                                   QStringLiteral(" UTC"));
        else
            QVERIFY(withTime.isEmpty());
        // Back in the C locale, ISO again (the cache follows the default locale).
        if (when.isValid() && when.date().year() >= 1000)
            QCOMPARE(format::date(when), when.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    }

    void number()
    {
        QCOMPARE(format::number(12345), QStringLiteral("12345"));
        QLocale::setDefault(QLocale::system()); // the C locale as the system gives it (C.UTF-8)
        const QString system = format::number(1825);
        QLocale::setDefault(QLocale::c());
        if (QLocale::system().language() == QLocale::C)
            QCOMPARE(system, QStringLiteral("1825"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = format::number(12345);
        const QString negative = format::number(-7);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(german, QStringLiteral("12.345"));
        QCOMPARE(negative, QStringLiteral("-7"));
    }
};

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"
