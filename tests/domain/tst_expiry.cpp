// Expiry: a pure function of validity, now and threshold.
#include "app/domain/Expiry.h"

#include <QTest>

using namespace gh;

class TestExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<int>("startOffsetDays");
        QTest::addColumn<int>("endOffsetSeconds");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("daysLeft");
        QTest::newRow("valid") << -10 << 100 * 86400 << int(ExpiryStatus::Valid) << qint64(100);
        QTest::newRow("expiring at the threshold") << -10 << 29 * 86400 + 3600 << int(ExpiryStatus::Expiring) << qint64(29);
        QTest::newRow("exactly 30 days is not expiring") << -10 << 30 * 86400 << int(ExpiryStatus::Valid) << qint64(30);
        QTest::newRow("23 hours left") << -10 << 23 * 3600 << int(ExpiryStatus::Expiring) << qint64(0);
        QTest::newRow("expired a second ago") << -10 << -1 << int(ExpiryStatus::Expired) << qint64(-1);
        QTest::newRow("expired at this instant") << -10 << 0 << int(ExpiryStatus::Expired) << qint64(0);
        QTest::newRow("not yet valid") << 2 << 400 * 86400 << int(ExpiryStatus::NotYetValid) << qint64(400);
    }

    void statuses()
    {
        QFETCH(int, startOffsetDays);
        QFETCH(int, endOffsetSeconds);
        QFETCH(int, status);
        QFETCH(qint64, daysLeft);
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        const ExpiryInfo info = expiryOf(now.addDays(startOffsetDays), now.addSecs(endOffsetSeconds), now, 30);
        QCOMPARE(int(info.status), status);
        QCOMPARE(info.daysLeft, daysLeft);
    }

    void thresholdIsAParameter()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(expiryOf(now.addDays(-1), now.addDays(20), now, 14).status, ExpiryStatus::Valid);
        QCOMPARE(expiryOf(now.addDays(-1), now.addDays(20), now, 21).status, ExpiryStatus::Expiring);
    }

    void unknownWithoutDates()
    {
        QCOMPARE(expiryOf({}, {}, QDateTime::currentDateTimeUtc()).status, ExpiryStatus::Unknown);
    }

    void namesAndTexts()
    {
        QCOMPARE(expiryStatusName(ExpiryStatus::NotYetValid), QStringLiteral("not-yet-valid"));
        QCOMPARE(expiryStatusText(ExpiryStatus::Expired), QStringLiteral("Expired"));
    }
};

QTEST_APPLESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
