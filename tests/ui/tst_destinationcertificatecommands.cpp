// The destination certificates pane on a fresh demo tenant, through its real actions and
// CommandController: import of a PEM and a PKCS#12 (scripted password, a wrong one first; the
// keystore's file in a MemorySecretStore, never in the tenant), a JKS refused with how to convert
// it, delete naming the destinations that use the certificate, undo; the details' "Used by"
// list and the certificate viewer opened on a chain. Material is generated in the test.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "models/DestinationCertificatesModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/certificate/CertificateViewer.h"
#include "ui/commands/CommandController.h"
#include "ui/details/DestinationCertificateDetails.h"
#include "ui/details/WhereUsedGraph.h"
#include "ui/details/WhereUsedPanel.h"
#include "ui/details/DetailsView.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace gh;

namespace {

struct Material
{
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

Material makeCertificate(const QString& dn)
{
    Material m;
    m.key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256"))).value();
    crypto::CertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(dn).value();
    spec.notBefore = test::fixedNow().addDays(-1);
    spec.notAfter = test::fixedNow().addDays(400);
    m.certificate = crypto::CertificateBuilder::selfSigned(spec, m.key).value();
    return m;
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestDestinationCertificateCommands : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<EntityPane> m_pane;
    QByteArray m_p12Bytes;
    QString m_pem, m_p12, m_jks;

    DestinationCertificatesModel* model() const { return static_cast<DestinationCertificatesModel*>(m_pane->model()); }
    QAction* action(const char* name) const { return m_pane->findChild<QAction*>(QString::fromLatin1(name)); }
    bool select(const QString& key)
    {
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        if (!index.isValid())
            return false;
        m_pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_pane->commands()->updateActions();
        return m_pane->commands()->selectedKeys() == QStringList{key};
    }
    bool undo()
    {
        QFuture<Status> undone = m_demo.workspace().undo();
        return QTest::qWaitFor([&] { return undone.isFinished(); }, 10000) && undone.result().ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_store = std::make_unique<MemorySecretStore>();
        m_vault = std::make_unique<KeyVault>(*m_store, m_demo.workspace().tenant()->id());
        m_pane.reset(createPane(PaneId::DestinationCertificates, m_demo.clock(), &m_prompter));
        QVERIFY(m_pane);
        QCOMPARE(paneName(PaneId::DestinationCertificates), QStringLiteral("destination-certificates"));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        m_pane->setKeyVault(m_vault.get());
        QVERIFY(QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); }, 15000));

        const Material partner = makeCertificate(QStringLiteral("CN=api.partner.example,O=Partner"));
        const Material client = makeCertificate(QStringLiteral("CN=mtls-client,O=Contoso"));
        m_pem = write(m_dir, QStringLiteral("partner-api.pem"), crypto::Exporter::certificatePem(partner.certificate));
        m_p12Bytes = crypto::Exporter::pkcs12(client.key, {client.certificate}, crypto::SecretBuffer("s3cret")).value();
        m_p12 = write(m_dir, QStringLiteral("mtls-client.p12"), m_p12Bytes);
        m_jks = write(m_dir, QStringLiteral("legacy.jks"), QByteArray("\xFE\xED\xFE\xED\x00\x00\x00\x02", 8));
    }

    void init() { m_prompter = test::ScriptedPrompter(); }

    void importAPemAndAKeystore()
    {
        const int before = model()->rowCount();
        m_prompter.fileAnswers = {{m_pem, m_p12}};
        m_prompter.passwordAnswers = {QByteArray("wrong"), QByteArray("s3cret")};
        m_prompter.answers = {true};
        QAction* import = action("importDestinationCertificatesAction");
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        import->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), before + 2, 10000);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_prompter.passwordQuestions.size(), 2);
        QVERIFY(m_prompter.passwordQuestions.at(1).contains(QStringLiteral("wrong")));
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY(m_prompter.questions.first().contains(QStringLiteral("“mtls-client.p12” (KEYSTORE)")));

        const DestinationCertificateRow* keystore = model()->entry(QStringLiteral("mtls-client.p12"));
        QVERIFY(keystore);
        QVERIFY(keystore->certificate.hasPrivateKey());
        QCOMPARE(m_store->size(), 1);
        QVERIFY(m_store->contains(SecretStore::destinationCertificateContentKey(m_demo.workspace().tenant()->id(),
                                                                               QStringLiteral("mtls-client.p12"))));
        QVERIFY(!test::readFile(m_demo.workspace().tenant()->path()).contains(m_p12Bytes.toBase64().left(48)));
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Import 2 destination certificates"));

        QVERIFY(undo());
        QTRY_COMPARE(model()->rowCount(), before);
    }

    void aJavaKeystoreIsRefusedWithHowToConvertIt()
    {
        const int before = model()->rowCount();
        m_prompter.fileAnswers = {{m_jks}};
        action("importDestinationCertificatesAction")->trigger();
        QTRY_COMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(QStringLiteral("-deststoretype PKCS12")), qPrintable(m_prompter.errors.first()));
        QVERIFY(m_prompter.questions.isEmpty());
        QCOMPARE(model()->rowCount(), before);
    }

    void deleteNamesTheDestinationsAndUndoes()
    {
        QVERIFY(select(QStringLiteral("northwind-trust.pem")));
        QAction* remove = action("deleteAction");
        QVERIFY(remove->isEnabled());
        m_prompter.answers = {false};
        remove->trigger();
        QTRY_COMPARE(m_prompter.questions.size(), 1);
        // Titled in English plural forms, not "certificate(s)".
        QVERIFY2(m_prompter.questions.first().startsWith(QStringLiteral("Delete 1 destination certificate\n")),
                 qPrintable(m_prompter.questions.first()));
        QVERIFY2(m_prompter.questions.first().contains(
                     QStringLiteral("1 destination uses this certificate: Northwind_Portal_mTLS\n")),
                 qPrintable(m_prompter.questions.first()));
        QVERIFY2(m_prompter.questions.first().contains(QStringLiteral("Northwind_Portal_mTLS"))
                     && m_prompter.questions.first().contains(QStringLiteral("TrustStoreLocation")),
                 qPrintable(m_prompter.questions.first()));
        QVERIFY(model()->entry(QStringLiteral("northwind-trust.pem"))); // declined: still there

        m_prompter.answers = {true};
        remove->trigger();
        QTRY_VERIFY(!model()->entry(QStringLiteral("northwind-trust.pem")));
        QVERIFY(undo());
        QTRY_VERIFY(model()->entry(QStringLiteral("northwind-trust.pem")));
    }

    void detailsShowUsersAndOpenTheViewer()
    {
        QVERIFY(select(QStringLiteral("contoso-client.p12")));
        auto* details = qobject_cast<DestinationCertificateDetails*>(m_pane->details());
        QVERIFY(details);
        QTRY_COMPARE(details->currentKey(), QStringLiteral("contoso-client.p12"));
        QStringList texts;
        for (const QLabel* label : details->findChildren<QLabel*>())
            texts.append(label->text());
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Northwind_Portal_mTLS (KeyStoreLocation)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("content not on this machine")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("EC (PKCS#8)")));
        // The where-used panel: the summary and the graph with the destination on the left.
        QCOMPARE(details->whereUsed()->summaryLabel()->text(),
                 QStringLiteral("1 destination uses this certificate: Northwind_Portal_mTLS"));
        QCOMPARE(details->whereUsed()->graph()->usersShown().size(), 1);
        QCOMPARE(details->whereUsed()->graph()->usersShown().first().detail, QStringLiteral("KeyStoreLocation"));

        auto* view = details->findChild<QPushButton*>(QStringLiteral("viewCertificatesButton"));
        QVERIFY(view);
        QVERIFY(view->isEnabled());
        view->click();
        const auto viewerDialog = [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("destinationCertificateViewer") && w->isVisible())
                    return qobject_cast<QDialog*>(w);
            }
            return static_cast<QDialog*>(nullptr);
        };
        QTRY_VERIFY(viewerDialog());
        QDialog* dialog = viewerDialog();
        auto* viewer = dialog->findChild<CertificateViewer*>();
        QVERIFY(viewer);
        // The chain: the client certificate and the partner CA that issued it.
        QCOMPARE(viewer->chainReport().chain.size(), 2);
        QCOMPARE(viewer->chainReport().chain.first().subjectCN, QStringLiteral("cpi-client.contoso.com"));
        QVERIFY(viewer->chainReport().chain.first().problems.isEmpty());
        dialog->close();
    }
};

QTEST_MAIN(TestDestinationCertificateCommands)
#include "tst_destinationcertificatecommands.moc"
