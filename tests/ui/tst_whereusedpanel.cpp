// WhereUsedPanel offscreen: the summary, the graph and the links it shows for items made here
// (a missing one is no link and says "missing"), what a link asks for when activated (keys with
// slashes and spaces survive), and the message that replaces everything.
#include "ui/details/WhereUsedGraph.h"
#include "ui/details/WhereUsedPanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace gh;

class TestWhereUsedPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsUsersAndReferentsAsLinks()
    {
        WhereUsedPanel panel;
        panel.resize(600, 400);
        panel.show();
        const WhereUsedLink alpha{EntityKind::Destination, QStringLiteral("Alpha"), QStringLiteral("Alpha"),
                                  QStringLiteral("KeyStoreLocation"), true};
        const WhereUsedLink entry{EntityKind::KeystoreEntry, QStringLiteral("system/6172 6962 61"), QStringLiteral("ariba & co"),
                                  QStringLiteral("TrustStoreLocation"), true};
        const WhereUsedLink gone{EntityKind::DestinationCertificate, QStringLiteral("gone.pem"), QStringLiteral("gone.pem"),
                                 QStringLiteral("TrustStoreLocation"), false};
        panel.setItem(QStringLiteral("centre"), QStringLiteral("destination"), {alpha}, {entry, gone},
                      QStringLiteral("summary text"));

        QCOMPARE(panel.summaryLabel()->text(), QStringLiteral("summary text"));
        QVERIFY(panel.graph()->isVisible());
        QCOMPARE(panel.graph()->centre(), QStringLiteral("centre"));
        QCOMPARE(panel.graph()->usersShown().size(), 1);
        QCOMPARE(panel.graph()->referentsShown().size(), 2);
        QVERIFY(!panel.graph()->referentsShown().at(1).exists);

        const QString used = panel.usedByLabel()->text();
        QVERIFY2(used.contains(QStringLiteral("<a href=\"%1\">Alpha</a>").arg(WhereUsedPanel::hrefOf(alpha))), qPrintable(used));
        const QString refs = panel.refersToLabel()->text();
        QVERIFY2(refs.contains(QStringLiteral("ariba &amp; co")), qPrintable(refs)); // escaped, not markup
        QVERIFY(refs.contains(QStringLiteral("gone.pem (TrustStoreLocation) — <b>missing</b>")));
        QVERIFY(WhereUsedPanel::hrefOf(gone).isEmpty());
        QVERIFY(!refs.contains(QStringLiteral("gone.pem</a>")));

        QSignalSpy asked(&panel, &WhereUsedPanel::showEntityRequested);
        Q_EMIT panel.refersToLabel()->linkActivated(WhereUsedPanel::hrefOf(entry));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).value<EntityKind>(), EntityKind::KeystoreEntry);
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("system/6172 6962 61"));
        Q_EMIT panel.usedByLabel()->linkActivated(WhereUsedPanel::hrefOf(alpha));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().at(0).value<EntityKind>(), EntityKind::Destination);
        QCOMPARE(asked.last().at(1).toString(), QStringLiteral("Alpha"));
        // Anything else is ignored.
        Q_EMIT panel.usedByLabel()->linkActivated(QStringLiteral("https://example.com"));
        Q_EMIT panel.usedByLabel()->linkActivated(QStringLiteral("gatehouse-item:nokind/x"));
        Q_EMIT panel.usedByLabel()->linkActivated(QStringLiteral("gatehouse-item:"));
        QCOMPARE(asked.size(), 2);
    }

    void nothingOnASideHidesIt()
    {
        WhereUsedPanel panel;
        panel.show();
        panel.setItem(QStringLiteral("lonely.pem"), QStringLiteral("destination certificate"), {}, {},
                      QStringLiteral("No destination uses this certificate."));
        QVERIFY(!panel.graph()->isVisible());
        QVERIFY(!panel.usedByLabel()->isVisible());
        QVERIFY(!panel.refersToLabel()->isVisible());
        QVERIFY(panel.summaryLabel()->isVisible());
    }

    void aMessageReplacesTheItems()
    {
        WhereUsedPanel panel;
        panel.show();
        panel.setItem(QStringLiteral("c"), QString(),
                      {{EntityKind::Destination, QStringLiteral("A"), QStringLiteral("A"), QString(), true}}, {},
                      QStringLiteral("s"));
        panel.setMessage(QStringLiteral("Looking…"));
        QCOMPARE(panel.summaryLabel()->text(), QStringLiteral("Looking…"));
        QVERIFY(!panel.graph()->isVisible());
        QVERIFY(panel.graph()->usersShown().isEmpty());
        QVERIFY(panel.usedByLabel()->text().isEmpty());
        // Without a workspace there is no index, and no problem either.
        QVERIFY(!panel.index());
        QVERIFY(panel.problem().isEmpty());
    }
};

QTEST_MAIN(TestWhereUsedPanel)
#include "tst_whereusedpanel.moc"
