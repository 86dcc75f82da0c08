// WhereUsedGraph offscreen: what it draws (nodes per side, "…and N more" past the limit), that a
// missing node is drawn in the palette's "expired" colour and dashed (pixels of that colour appear
// only then), that the accessible description says it all in words, on a light and a dark palette.
#include "models/StateColors.h"
#include "ui/details/WhereUsedGraph.h"

#include <QImage>
#include <QTest>

using namespace gh;

namespace {

QList<GraphNode> nodes(int count, const QString& prefix)
{
    QList<GraphNode> out;
    for (int i = 0; i < count; ++i)
        out.append({prefix + QString::number(i), QStringLiteral("KeyStoreLocation"), true});
    return out;
}

int pixelsOf(const QImage& image, const QColor& color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += QColor(image.pixel(x, y)) == color ? 1 : 0;
    return n;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

} // namespace

class TestWhereUsedGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsEachSide()
    {
        WhereUsedGraph graph;
        graph.setGraph(QStringLiteral("cert.pem"), QStringLiteral("destination certificate"),
                       nodes(WhereUsedGraph::MaxNodesPerSide + 3, QStringLiteral("D")), nodes(2, QStringLiteral("R")));
        QCOMPARE(graph.usersShown().size(), WhereUsedGraph::MaxNodesPerSide);
        QCOMPARE(graph.usersShown().last().text, QStringLiteral("…and 4 more"));
        QCOMPARE(graph.referentsShown().size(), 2);
        // The description names every node, also those folded into "…and N more".
        const QString description = graph.accessibleDescription();
        QVERIFY2(description.contains(QStringLiteral("D8 (KeyStoreLocation)")), qPrintable(description));
        QVERIFY(description.startsWith(QStringLiteral("cert.pem: Used by: ")));
        QVERIFY(description.contains(QStringLiteral("Refers to: R0 (KeyStoreLocation); R1 (KeyStoreLocation).")));
        QVERIFY(!graph.accessibleName().isEmpty());
        QVERIFY(graph.sizeHint().height() > graph.minimumSizeHint().height());
    }

    void missingIsDrawnAndSaid_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void missingIsDrawnAndSaid()
    {
        QFETCH(bool, dark);
        WhereUsedGraph graph;
        if (dark)
            graph.setPalette(darkPalette());
        graph.resize(600, 200);
        const QColor expired = StateColors::forStatus(ExpiryStatus::Expired, graph.palette());

        graph.setGraph(QStringLiteral("Dest"), QStringLiteral("destination"), {}, nodes(2, QStringLiteral("ok")));
        QImage fine(graph.size(), QImage::Format_RGB32);
        graph.render(&fine);
        QCOMPARE(pixelsOf(fine, expired), 0);
        QVERIFY(pixelsOf(fine, graph.palette().color(QPalette::Text)) > 0); // labels are drawn

        QList<GraphNode> withMissing = nodes(1, QStringLiteral("ok"));
        withMissing.append({QStringLiteral("gone.pem"), QStringLiteral("TrustStoreLocation"), false});
        graph.setGraph(QStringLiteral("Dest"), QStringLiteral("destination"), {}, withMissing);
        QImage broken(graph.size(), QImage::Format_RGB32);
        graph.render(&broken);
        QVERIFY(pixelsOf(broken, expired) > 20);
        QVERIFY(graph.accessibleDescription().contains(QStringLiteral("gone.pem (TrustStoreLocation), missing")));
    }

    void emptyGraphDrawsNothingAndSaysSo()
    {
        WhereUsedGraph graph;
        graph.resize(300, 100);
        graph.setGraph(QStringLiteral("alone"), QString(), {}, {});
        QVERIFY(graph.accessibleDescription().contains(QStringLiteral("Nothing uses alone")));
        graph.clear();
        QVERIFY(graph.centre().isEmpty());
        QVERIFY(graph.accessibleDescription().isEmpty());
        QImage image(graph.size(), QImage::Format_RGB32);
        image.fill(Qt::magenta);
        graph.render(&image); // paints the background only
        QCOMPARE(pixelsOf(image, graph.palette().color(QPalette::Text)), 0);
    }
};

QTEST_MAIN(TestWhereUsedGraph)
#include "tst_whereusedgraph.moc"
