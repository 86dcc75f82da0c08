// The keystore pane's certificate viewer on a fresh demo tenant (fixed clock), offscreen:
// ariba_client shows "Expiring" with 9–10 days left, its chain of three with the root trusted
// through the tenant keystore; partner_as2_2024 shows Expired; copying SHA-256 puts the entry's
// fingerprint on the clipboard; the details tree holds the SAN with the DNS name and copies a
// value with Ctrl+C; the quick filter "Expired" leaves exactly the expired entry.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/CertificateTreeModel.h"
#include "models/KeystoreModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/certificate/CertificateTreeView.h"
#include "ui/certificate/CertificateViewer.h"
#include "ui/certificate/ChainView.h"
#include "ui/certificate/FingerprintPanel.h"
#include "ui/certificate/KeystoreQuickFilterBar.h"
#include "ui/certificate/ValidityBar.h"
#include "ui/details/KeystoreDetails.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace gh;

class TestCertificateViewer : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    EntityPane* pane() const { return m_window->pane(PaneId::Keystore); }
    CertificateViewer* viewer() const
    {
        return static_cast<KeystoreDetails*>(pane()->details())->viewer();
    }
    static QString keyOf(const QString& alias)
    {
        return QStringLiteral("system/") + KeystoreEntry::hexaliasOf(alias);
    }
    bool select(const QString& alias)
    {
        const QModelIndex index = pane()->proxy()->indexOf(keyOf(alias));
        if (!index.isValid())
            return false;
        pane()->view()->scrollTo(index);
        QTest::mouseClick(pane()->view()->viewport(), Qt::LeftButton, {},
                          pane()->view()->visualRect(index).center());
        return QTest::qWaitFor([&] { return pane()->details()->currentKey() == keyOf(alias); });
    }
    const KeystoreEntry* entry(const QString& alias) const
    {
        return static_cast<const KeystoreModel*>(pane()->model())->entry(keyOf(alias));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp);
        QVERIFY(m_demo.open());
        m_window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setWorkspace(&m_demo.workspace());
        m_window->showPane(PaneId::Keystore);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->proxy()->rowCount() >= 10, 15000);
    }
    void cleanupTestCase() { m_window.reset(); }

    void aribaIsExpiringWithItsTrustedChain()
    {
        QVERIFY(select(QStringLiteral("ariba_client")));
        CertificateViewer* v = viewer();
        QVERIFY(v->isVisible());
        const QString status = v->statusLabel()->text();
        QVERIFY2(status.startsWith(QStringLiteral("Expiring")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("9 days")) ||
                     status.contains(QStringLiteral("10 days")),
                 qPrintable(status));
        QVERIFY(v->statusLabel()->palette().color(QPalette::WindowText).isValid());
        const qint64 left = v->validityBar()->remainingDays();
        QVERIFY2(left == 9 || left == 10, qPrintable(QString::number(left)));
        QVERIFY(v->validityBar()->description().contains(QStringLiteral("left")));
        QVERIFY(!v->validityBar()->accessibleDescription().isEmpty());

        const ChainReport& r = v->chainReport();
        QCOMPARE(r.chain.size(), 3);
        QVERIFY2(r.valid, qPrintable(r.summary));
        v->tabs()->setCurrentWidget(v->chainView());
        QTreeWidget* tree = v->chainView()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* root = tree->topLevelItem(0);
        QVERIFY(root->text(0).startsWith(QStringLiteral("contoso_root_ca_g2")));
        QTreeWidgetItem* leaf = root->child(0)->child(0);
        QVERIFY(leaf);
        QVERIFY(leaf->text(0).startsWith(QStringLiteral("ariba_client")));
        QVERIFY(!leaf->icon(0).isNull());
        QCOMPARE(v->chainView()->trustText(),
                 QStringLiteral("trusted: contoso_root_ca_g2 in the tenant keystore"));
        QCOMPARE(v->chainView()->resultText(), QStringLiteral("Chain valid"));
        v->tabs()->setCurrentIndex(0);
    }

    void expiredPartnerCertificate()
    {
        QVERIFY(select(QStringLiteral("partner_as2_2024")));
        CertificateViewer* v = viewer();
        QVERIFY2(v->statusLabel()->text().startsWith(QStringLiteral("Expired")),
                 qPrintable(v->statusLabel()->text()));
        QVERIFY(v->validityBar()->remainingDays() < 0);
        QCOMPARE(v->validityBar()->todayFraction(), 1.0);
        QVERIFY(!v->chainReport().valid);
        QVERIFY(v->chainView()->resultText().startsWith(QStringLiteral("Chain not valid")));
    }

    void copySha256()
    {
        QVERIFY(select(QStringLiteral("ariba_client")));
        QApplication::clipboard()->clear();
        QToolButton* copy = viewer()->fingerprints()->copyButton(QStringLiteral("SHA-256"));
        QVERIFY(copy);
        QVERIFY(!copy->accessibleName().isEmpty());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), entry(QStringLiteral("ariba_client"))->fingerprintSha256);
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
    }

    void detailsTreeHasTheSan()
    {
        QVERIFY(select(QStringLiteral("ariba_client")));
        CertificateTreeView* tree = viewer()->detailsTree();
        viewer()->tabs()->setCurrentWidget(tree);
        const QModelIndex san =
            tree->certificateModel()->find(QStringLiteral("Subject Alternative Name"));
        QVERIFY(san.isValid());
        const QString value = san.siblingAtColumn(CertificateTreeModel::ValueColumn).data().toString();
        QVERIFY2(value.contains(QStringLiteral("DNS:ariba-client.contoso.com")), qPrintable(value));
        tree->setFocus();
        tree->setCurrentIndex(san.siblingAtColumn(CertificateTreeModel::ValueColumn));
        QApplication::clipboard()->clear();
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), value);
        viewer()->tabs()->setCurrentIndex(0);
    }

    void quickFilterExpired()
    {
        auto* bar = pane()->findChild<KeystoreQuickFilterBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->daysSpinBox()->value(), 30);
        QTest::mouseClick(bar->expiredButton(), Qt::LeftButton);
        QVERIFY(bar->expiredButton()->isChecked());
        QCOMPARE(pane()->proxy()->rowCount(), 1);
        QCOMPARE(pane()->proxy()->index(0, 0).data().toString(), QStringLiteral("partner_as2_2024"));
        // Combined with the search text: nothing expired matches "ariba".
        pane()->setSearchText(QStringLiteral("ariba"));
        QCOMPARE(pane()->proxy()->rowCount(), 0);
        pane()->setSearchText({});
        QTest::mouseClick(bar->expiredButton(), Qt::LeftButton);
        QVERIFY(pane()->proxy()->rowCount() >= 10);
        QTest::mouseClick(bar->expiringButton(), Qt::LeftButton);
        QCOMPARE(pane()->proxy()->rowCount(), 2); // ariba (10 days), the SFTP host (25 days)
        bar->daysSpinBox()->setValue(15);
        QCOMPARE(pane()->proxy()->rowCount(), 1);
        QTest::mouseClick(bar->expiringButton(), Qt::LeftButton);
    }
};

QTEST_MAIN(TestCertificateViewer)
#include "tst_certificateviewer.moc"
