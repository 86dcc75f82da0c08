// DestinationDetails offscreen in the destinations pane of a demo workspace: the "Refers to" panel
// names the keystore entry or destination certificate each certificate property names, marks a
// name that is in neither as missing, follows an edit made through the workspace, and a link asks
// for the item in its own pane.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/workspace/Workspace.h"
#include "models/DestinationsModel.h"
#include "models/SearchFilterProxy.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/CommandController.h"
#include "ui/details/DestinationDetails.h"
#include "ui/details/WhereUsedGraph.h"
#include "ui/details/WhereUsedPanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gh;

class TestDestinationDetails : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<EntityPane> m_pane;

    DestinationsModel* model() const { return static_cast<DestinationsModel*>(m_pane->model()); }
    DestinationDetails* details() const { return qobject_cast<DestinationDetails*>(m_pane->details()); }
    bool select(const QString& key)
    {
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        if (!index.isValid())
            return false;
        m_pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_pane.reset(createPane(PaneId::Destinations, m_demo.clock(), &m_prompter));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        QVERIFY(QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); }, 15000));
        QVERIFY(details());
    }

    void refersToKeystoreEntriesAndCertificates()
    {
        // Partner_AS2_Gateway: KeyStoreLocation contoso_signing, TrustStoreLocation partner_root_ca
        // (keystore aliases of the demo).
        QVERIFY(select(QStringLiteral("Partner_AS2_Gateway")));
        WhereUsedPanel* panel = details()->whereUsed();
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryLabel()->text(), QStringLiteral("Refers to: 2."), 10000);
        const QList<GraphNode> shown = panel->graph()->referentsShown();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).text, QStringLiteral("contoso_signing"));
        QCOMPARE(shown.at(0).detail, QStringLiteral("KeyStoreLocation, keystore entry"));
        QCOMPARE(shown.at(1).text, QStringLiteral("partner_root_ca"));
        QVERIFY(shown.at(0).exists && shown.at(1).exists);

        // Northwind_Portal_mTLS names destination certificates.
        QVERIFY(select(QStringLiteral("Northwind_Portal_mTLS")));
        QTRY_COMPARE(details()->currentKey(), QStringLiteral("Northwind_Portal_mTLS"));
        QTRY_COMPARE(panel->graph()->centre(), QStringLiteral("Northwind_Portal_mTLS"));
        QCOMPARE(panel->graph()->referentsShown().first().detail, QStringLiteral("KeyStoreLocation, destination certificate"));

        // A link asks for the item in its pane (MainWindow shows it there).
        QSignalSpy asked(details(), &DetailsView::showEntityRequested);
        const QString html = panel->refersToLabel()->text();
        const QString href = WhereUsedPanel::hrefOf({EntityKind::DestinationCertificate, QStringLiteral("contoso-client.p12"),
                                                     QStringLiteral("contoso-client.p12"), QString(), true});
        QVERIFY2(html.contains(href), qPrintable(html));
        Q_EMIT panel->refersToLabel()->linkActivated(href);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).value<EntityKind>(), EntityKind::DestinationCertificate);
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("contoso-client.p12"));
    }

    void aDanglingNameIsMissingAndEditsAreFollowed()
    {
        const Destination* erp = model()->entry(QStringLiteral("Northwind_ERP_Gateway"));
        QVERIFY(erp);
        Destination changed = *erp;
        changed.set(QStringLiteral("TrustStoreLocation"), QStringLiteral("retired-gateway.crt"));
        QVERIFY(m_demo.workspace().apply({Change::updated(*erp, changed)}, QStringLiteral("dangle")).result().ok());
        QTRY_VERIFY(model()->entry(QStringLiteral("Northwind_ERP_Gateway"))
                    && model()->entry(QStringLiteral("Northwind_ERP_Gateway"))->value(QStringLiteral("TrustStoreLocation"))
                           == QLatin1String("retired-gateway.crt"));
        QVERIFY(select(QStringLiteral("Northwind_ERP_Gateway")));
        WhereUsedPanel* panel = details()->whereUsed();
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryLabel()->text(), QStringLiteral("Refers to: 1. Not there: 1."), 10000);
        QCOMPARE(panel->graph()->referentsShown().size(), 1);
        QVERIFY(!panel->graph()->referentsShown().first().exists);
        QVERIFY(panel->refersToLabel()->text().contains(QStringLiteral("retired-gateway.crt (TrustStoreLocation) — <b>missing</b>")));

        // Undone: the certificate is there again.
        QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryLabel()->text(), QStringLiteral("Refers to: 1."), 10000);
        QVERIFY(panel->graph()->referentsShown().first().exists);
    }

    void aDestinationWithoutCertificatesSaysSo()
    {
        QVERIFY(select(QStringLiteral("Salesforce_API")));
        QTRY_COMPARE_WITH_TIMEOUT(details()->whereUsed()->summaryLabel()->text(),
                                  QStringLiteral("Names no certificate or keystore entry."), 10000);
        QVERIFY(!details()->whereUsed()->graph()->isVisible());
    }
};

QTEST_MAIN(TestDestinationDetails)
#include "tst_destinationdetails.moc"
