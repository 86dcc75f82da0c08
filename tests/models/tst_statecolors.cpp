// StateColors: a distinct, readable colour per status on light and dark palettes, and the text
// colour where none of the map would be readable.
#include "models/StateColors.h"

#include <QPalette>
#include <QTest>

using namespace gh;

namespace {
QPalette palette(const QColor& base, const QColor& text)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    return p;
}
} // namespace

class TestStateColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readableOnLightAndDark_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("white") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("fusion light") << QColor(0xff, 0xff, 0xff) << QColor(0x25, 0x25, 0x25);
        QTest::newRow("fusion dark") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xf0, 0xf0, 0xf0);
        QTest::newRow("breeze dark") << QColor(0x23, 0x26, 0x29) << QColor(0xfc, 0xfc, 0xfc);
    }

    void readableOnLightAndDark()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        const QPalette p = palette(base, text);
        QList<QRgb> seen;
        for (ExpiryStatus s : {ExpiryStatus::Valid, ExpiryStatus::Expiring, ExpiryStatus::Expired,
                               ExpiryStatus::NotYetValid}) {
            const QColor c = StateColors::forStatus(s, p);
            QVERIFY2(StateColors::contrastRatio(c, base) >= 4.5, qPrintable(c.name()));
            QVERIFY2(c != text, "a status has a colour of its own");
            QVERIFY(!seen.contains(c.rgb()));
            seen.append(c.rgb());
        }
        QCOMPARE(StateColors::forStatus(ExpiryStatus::Unknown, p), text);
    }

    void darkAndLightDiffer()
    {
        const QPalette light = palette(Qt::white, Qt::black);
        const QPalette dark = palette(QColor(0x1e, 0x1e, 0x1e), Qt::white);
        QVERIFY(!StateColors::isDark(light));
        QVERIFY(StateColors::isDark(dark));
        QVERIFY(StateColors::forStatus(ExpiryStatus::Expired, light) !=
                StateColors::forStatus(ExpiryStatus::Expired, dark));
    }

    void fallsBackToTextWhereNothingIsReadable()
    {
        // A mid-grey base: neither tone of the map reaches 4.5:1 there.
        const QPalette grey = palette(QColor(0x80, 0x80, 0x80), Qt::black);
        QCOMPARE(StateColors::forStatus(ExpiryStatus::Expiring, grey), QColor(Qt::black));
    }

    void contrastRatio()
    {
        QCOMPARE(qRound(StateColors::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(StateColors::contrastRatio(Qt::red, Qt::red), 1.0);
    }
};

QTEST_MAIN(TestStateColors)
#include "tst_statecolors.moc"
