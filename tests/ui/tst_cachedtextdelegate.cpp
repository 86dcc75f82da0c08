// CachedTextDelegate draws what QStyledItemDelegate draws: two identical tables, one with each
// delegate, rendered offscreen and compared pixel by pixel, in every state a pane shows (plain,
// elided, right-aligned, coloured, selected, with an icon, with a check box, wrapped, empty); and
// a text painted again comes from the cache.
#include "ui/CachedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace gh;

namespace {

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// A model with a row per case the delegate must draw as the style does.
std::unique_ptr<QStandardItemModel> cases()
{
    auto model = std::make_unique<QStandardItemModel>(0, 2);
    const auto add = [&](QStandardItem* first, const QString& second) {
        model->appendRow({first, new QStandardItem(second)});
    };
    add(new QStandardItem(QStringLiteral("anna.schmidt@contoso.example")), QStringLiteral("contoso-aad"));
    add(new QStandardItem(QStringLiteral("A role collection name far too long for its column, elided at the right")),
        QStringLiteral("sap.default"));
    auto* number = new QStandardItem(QStringLiteral("1,234"));
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    add(number, QStringLiteral("right-aligned"));
    auto* coloured = new QStandardItem(QStringLiteral("expires in 3 days"));
    coloured->setForeground(QColor(0xb0, 0x30, 0x20));
    add(coloured, QStringLiteral("foreground"));
    auto* icon = new QStandardItem(swatch(Qt::darkGreen), QStringLiteral("with an icon"));
    add(icon, QStringLiteral("decoration"));
    auto* check = new QStandardItem(QStringLiteral("checkable"));
    check->setCheckable(true);
    check->setCheckState(Qt::Checked);
    add(check, QStringLiteral("check box"));
    add(new QStandardItem(QStringLiteral("two\nlines")), QStringLiteral("line break"));
    add(new QStandardItem(QString()), QStringLiteral("empty"));
    add(new QStandardItem(QStringLiteral("Zoë Ærøskøbing — ünïcödé")), QStringLiteral("non-ASCII"));
    return model;
}

void configure(QTableView& view, QAbstractItemModel* model)
{
    view.setModel(model);
    view.resize(420, 360);
    view.setWordWrap(false);
    view.setTextElideMode(Qt::ElideRight);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.setColumnWidth(0, 220);
    view.setColumnWidth(1, 150);
}

QImage render(QTableView& view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    view.viewport()->render(&image);
    return image;
}

// The first differing pixel, for a failure message.
QString firstDifference(const QImage& a, const QImage& b)
{
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                return QStringLiteral("(%1, %2): %3 vs %4")
                    .arg(x)
                    .arg(y)
                    .arg(a.pixel(x, y), 8, 16, QLatin1Char('0'))
                    .arg(b.pixel(x, y), 8, 16, QLatin1Char('0'));
        }
    }
    return {};
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsWhatTheStyleDraws_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("plain") << false << false;
        QTest::newRow("rows selected") << true << false;
        QTest::newRow("right to left") << false << true;
    }

    void drawsWhatTheStyleDraws()
    {
        QFETCH(bool, selected);
        QFETCH(bool, rightToLeft);
        auto model = cases();
        QTableView stock;
        QTableView cached;
        configure(stock, model.get());
        configure(cached, model.get());
        auto* delegate = new CachedTextDelegate(&cached);
        cached.setItemDelegate(delegate);
        for (QTableView* view : {&stock, &cached}) {
            view->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
            if (selected) {
                view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
                view->selectionModel()->select(model->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            view->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&stock));
        QVERIFY(QTest::qWaitForWindowExposed(&cached));
        const QImage expected = render(stock);
        const QImage actual = render(cached);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY2(actual == expected, qPrintable(firstDifference(actual, expected)));
        // Painted again: the same pixels, now from the cache.
        QVERIFY(delegate->cachedTexts() > 0);
        const qsizetype texts = delegate->cachedTexts();
        QVERIFY2(render(cached) == expected, "a repaint from the cache differs");
        QCOMPARE(delegate->cachedTexts(), texts);
    }

    void elidesAsTheStyleDoes()
    {
        const QFont font = QApplication::font();
        const QString text = QStringLiteral("Synthetic_Collection_0001, Synthetic_Collection_0002");
        const int width = int(std::ceil(QFontMetricsF(font).horizontalAdvance(text))) + 1;
        QCOMPARE(CachedTextDelegate::elided(text, font, width), text);
        const QString shorter = CachedTextDelegate::elided(text, font, width / 2);
        QVERIFY(shorter.endsWith(QChar(0x2026)));
        QVERIFY(text.startsWith(shorter.chopped(1)));
        QVERIFY(QFontMetrics(font).horizontalAdvance(shorter) <= width / 2);
    }

    void aTextPaintedAgainComesFromTheCache()
    {
        QStandardItemModel model(2, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("sap.default")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("sap.default")));
        QTableView view;
        configure(view, &model);
        auto* delegate = new CachedTextDelegate(&view);
        view.setItemDelegate(delegate);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        render(view);
        // Two rows of the same text in the same column: laid out once.
        QCOMPARE(delegate->cachedTexts(), qsizetype(1));
        QVERIFY(delegate->lastPaintWasCached());
        // Another width is another layout (the elision may differ).
        view.setColumnWidth(0, 40);
        render(view);
        QCOMPARE(delegate->cachedTexts(), qsizetype(2));
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
