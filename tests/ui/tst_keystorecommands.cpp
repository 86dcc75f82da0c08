// The keystore pane's commands on a fresh demo tenant, through the real pane, its actions and its
// CommandController: import (PEM files and a PKCS#12 with a scripted password, as the summary
// dialog shows it; undo), a wrong password then the right one, unreadable files listed as
// problems, SAP-owned entries that cannot be deleted, generate → CSR → update with a chain signed
// by a CA made here, rename and undo, paste and drop. Keys go to a MemorySecretStore; all
// material is generated with OpenSSL in the test.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/CertificateReader.h"
#include "app/crypto/CertificateRequest.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/PrivateKey.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "models/KeystoreModel.h"
#include "models/Translations.h"
#include "models/SearchFilterProxy.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/CommandController.h"
#include "ui/details/KeystoreDetails.h"
#include "ui/details/WhereUsedGraph.h"
#include "ui/details/WhereUsedPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTableView>
#include <QUrl>

using namespace gh;

namespace {

struct Material
{
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

crypto::CertificateSpec specFor(const QString& dn, bool ca = false)
{
    crypto::CertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(dn).value();
    spec.notBefore = test::fixedNow().addDays(-1);
    spec.notAfter = test::fixedNow().addDays(730);
    spec.isCa = ca;
    return spec;
}

Material makeCa()
{
    Material m;
    m.key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256"))).value();
    m.certificate = crypto::CertificateBuilder::selfSigned(
                        specFor(QStringLiteral("CN=Gatehouse Test CA,O=Test"), true), m.key)
                        .value();
    return m;
}

Material issue(const QString& dn, const Material& ca)
{
    Material m;
    m.key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256"))).value();
    m.certificate =
        crypto::CertificateBuilder::issue(specFor(dn), m.key, ca.certificate, ca.key).value();
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

QString keyOf(const QString& alias, const QString& keystore = QStringLiteral("system"))
{
    return keystore + QLatin1Char('/') + KeystoreEntry::hexaliasOf(alias);
}

} // namespace

class TestKeystoreCommands : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<EntityPane> m_pane;
    Material m_ca;
    QString m_pemA, m_pemB, m_p12;

    KeystoreModel* model() const { return static_cast<KeystoreModel*>(m_pane->model()); }
    QAction* action(const char* name) const
    {
        return m_pane->findChild<QAction*>(QString::fromLatin1(name));
    }
    bool select(const QString& key)
    {
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        if (!index.isValid())
            return false;
        m_pane->view()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_pane->commands()->updateActions();
        return m_pane->commands()->selectedKeys() == QStringList{key};
    }
    bool undo()
    {
        QFuture<Status> undone = m_demo.workspace().undo();
        if (!QTest::qWaitFor([&] { return undone.isFinished(); }, 10000))
            return false;
        return undone.result().ok();
    }
    void clearScript() { m_prompter = test::ScriptedPrompter(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installTranslations(*qApp, QLocale(QLocale::English)); // English plural forms
        QVERIFY(m_demo.open());
        m_store = std::make_unique<MemorySecretStore>();
        m_vault = std::make_unique<KeyVault>(*m_store, m_demo.workspace().tenant()->id());
        m_pane.reset(createPane(PaneId::Keystore, m_demo.clock(), &m_prompter));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        m_pane->setKeyVault(m_vault.get());
        QVERIFY(
            QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); }, 15000));

        m_ca = makeCa();
        const Material a = issue(QStringLiteral("CN=Test Partner A,O=Partner"), m_ca);
        const Material b = issue(QStringLiteral("CN=Test Partner B,O=Partner"), m_ca);
        const Material client = issue(QStringLiteral("CN=Test Client,O=Contoso"), m_ca);
        m_pemA =
            write(m_dir, QStringLiteral("a.pem"), crypto::Exporter::certificatePem(a.certificate));
        m_pemB =
            write(m_dir, QStringLiteral("b.pem"), crypto::Exporter::certificatePem(b.certificate));
        crypto::Pkcs12Options options;
        options.friendlyName = QStringLiteral("test_client");
        const Result<QByteArray> p12 =
            crypto::Exporter::pkcs12(client.key, {client.certificate, m_ca.certificate},
                                     crypto::SecretBuffer("s3cret"), options);
        QVERIFY(p12);
        m_p12 = write(m_dir, QStringLiteral("client.p12"), p12.value());
    }

    void init() { clearScript(); }

    void importTwoPemFilesAndAPkcs12()
    {
        const int rowsBefore = model()->rowCount();
        m_prompter.fileAnswers = {{m_pemA, m_pemB, m_p12}};
        m_prompter.passwordAnswers = {QByteArray("s3cret")};
        m_prompter.importAnswers = {true};
        QAction* import = action("importAction");
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        import->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(keyOf(QStringLiteral("test_client"))), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), rowsBefore + 3, 10000);
        QVERIFY(m_prompter.errors.isEmpty());
        QCOMPARE(m_prompter.passwordQuestions.size(), 1);
        QVERIFY(m_prompter.passwordQuestions.first().contains(QStringLiteral("client.p12")));
        QVERIFY(!m_prompter.passwordQuestions.first().contains(QStringLiteral("wrong")));

        QCOMPARE(m_prompter.reviewedImports.size(), 1);
        const test::ScriptedPrompter::ReviewedImport& shown = m_prompter.reviewedImports.first();
        QCOMPARE(shown.summary, QStringLiteral("3 to add"));
        QVERIFY(shown.importEnabled);
        QVERIFY(shown.problems.isEmpty());
        QCOMPARE(shown.rows.size(), 3);
        const QString until = test::fixedNow().addDays(730).date().toString(Qt::ISODate);
        const QStringList expected{
            QStringLiteral("Add | test_partner_a | Certificate | Test Partner A | %1 | a.pem | ")
                .arg(until),
            QStringLiteral("Add | test_partner_b | Certificate | Test Partner B | %1 | b.pem | ")
                .arg(until),
            QStringLiteral("Add | test_client | Key Pair | Test Client | %1 | client.p12 | ")
                .arg(until),
        };
        for (const QString& row : expected)
            QVERIFY2(shown.rows.contains(row), qPrintable(shown.rows.join(QLatin1Char('\n'))));

        // The key pair's private key is in the vault, found through its certificate.
        const KeystoreEntry client = *model()->entry(keyOf(QStringLiteral("test_client")));
        QVERIFY(client.isKeyPair());
        QCOMPARE(client.chain.size(), 2);
        QCOMPARE(m_store->size(), 1);
        QFuture<Result<KeyVault::Key>> key = m_vault->keyOf(client);
        QTRY_VERIFY(key.isFinished());
        QVERIFY(key.result().ok());

        // One step: Ctrl+Z takes the three away together.
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Import 3 keystore entries"));
        QVERIFY(undo());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), rowsBefore, 10000);
        QVERIFY(!model()->entry(keyOf(QStringLiteral("test_partner_a"))));
        QVERIFY(!model()->entry(keyOf(QStringLiteral("test_client"))));
    }

    void wrongPasswordThenTheRightOne()
    {
        const int rowsBefore = model()->rowCount();
        m_prompter.fileAnswers = {{m_p12}};
        m_prompter.passwordAnswers = {QByteArray("wrong"), QByteArray("s3cret")};
        m_prompter.importAnswers = {false}; // declined: nothing changes
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedImports.size(), 1, 10000);
        QCOMPARE(m_prompter.passwordQuestions.size(), 2);
        QVERIFY(!m_prompter.passwordQuestions.at(0).contains(QStringLiteral("wrong")));
        QVERIFY2(m_prompter.passwordQuestions.at(1).contains(QStringLiteral("wrong")),
                 qPrintable(m_prompter.passwordQuestions.at(1)));
        const test::ScriptedPrompter::ReviewedImport& shown = m_prompter.reviewedImports.first();
        QCOMPARE(shown.rows.size(), 1);
        QVERIFY(shown.rows.first().startsWith(QStringLiteral("Add | test_client | Key Pair | ")));
        QVERIFY(shown.problems.isEmpty());
        QTest::qWait(200);
        QCOMPARE(model()->rowCount(), rowsBefore);
        QVERIFY(m_demo.workspace().state().undoText.isEmpty());
    }

    void cancellingThePasswordIsAProblem()
    {
        m_prompter.fileAnswers = {{m_p12}};
        m_prompter.passwordAnswers = {std::nullopt};
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedImports.size(), 1, 10000);
        const test::ScriptedPrompter::ReviewedImport& shown = m_prompter.reviewedImports.first();
        QVERIFY(shown.rows.isEmpty());
        QCOMPARE(shown.problems.size(), 1);
        QVERIFY(shown.problems.first().startsWith(QStringLiteral("client.p12: ")));
        QVERIFY(!shown.importEnabled);
    }

    void unreadableFilesAreListedAsProblems()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        const QString garbage = write(m_dir, QStringLiteral("garbage.pem"), "not a certificate\n");
        m_prompter.fileAnswers = {{missing, garbage, m_pemA}};
        m_prompter.importAnswers = {false};
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedImports.size(), 1, 10000);
        const test::ScriptedPrompter::ReviewedImport& shown = m_prompter.reviewedImports.first();
        QCOMPARE(shown.rows.size(), 1); // a.pem is still planned
        QCOMPARE(shown.problems.size(), 2);
        QVERIFY2(shown.problems.at(0).startsWith(QStringLiteral("missing.pem: ")),
                 qPrintable(shown.problems.join(QLatin1Char('\n'))));
        QVERIFY2(shown.problems.at(1).startsWith(QStringLiteral("garbage.pem: ")),
                 qPrintable(shown.problems.join(QLatin1Char('\n'))));
        QCOMPARE(shown.summary, QStringLiteral("1 to add; 2 sources could not be read"));
        QVERIFY(shown.importEnabled);
    }

    void nothingToImportDisablesImport()
    {
        const QString garbage = write(m_dir, QStringLiteral("garbage2.pem"), "nothing here\n");
        m_prompter.fileAnswers = {{garbage}};
        action("importAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedImports.size(), 1, 10000);
        QVERIFY(!m_prompter.reviewedImports.first().importEnabled);
    }

    void sapOwnedEntriesCannotBeDeleted()
    {
        QAction* remove = action("deleteAction");
        QAction* rename = action("renameAction");
        QVERIFY(remove && rename);
        QVERIFY(select(keyOf(QStringLiteral("sap_cloudintegrationcertificate"))));
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("owned by SAP")),
                 qPrintable(remove->toolTip()));
        QVERIFY(remove->toolTip().contains(QStringLiteral("sap_cloudintegrationcertificate")));
        QVERIFY(!rename->isEnabled());

        QVERIFY(select(keyOf(QStringLiteral("partner_root_ca"))));
        QVERIFY(remove->isEnabled());
        QVERIFY(!remove->toolTip().contains(QStringLiteral("owned by SAP")));
        // Key-pair-only commands say why a certificate does not qualify.
        QAction* csr = action("createCsrAction");
        QVERIFY(!csr->isEnabled());
        QVERIFY2(csr->toolTip().contains(QStringLiteral("not a key pair")),
                 qPrintable(csr->toolTip()));
        QVERIFY(!action("updateChainAction")->isEnabled());
        QVERIFY(action("exportAction")->isEnabled());
    }

    void deleteAndUndo()
    {
        const QString key = keyOf(QStringLiteral("partner_as2_2024"));
        QVERIFY(select(key));
        m_prompter.answers = {true};
        action("deleteAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!model()->entry(key), 10000);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY(m_prompter.questions.first().contains(QStringLiteral("partner_as2_2024")));
        QVERIFY(!m_prompter.questions.first().contains(QStringLiteral("refer to")));
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(key), 10000);
    }

    void deleteNamesTheDestinationsThatReferToTheEntry()
    {
        const QString key = keyOf(QStringLiteral("ariba_client"));
        QVERIFY(select(key));
        m_prompter.questions.clear();
        m_prompter.answers = {false}; // declined: nothing changes
        action("deleteAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions.size(), 1, 10000);
        const QString question = m_prompter.questions.first();
        QVERIFY2(question.contains(QStringLiteral("1 destination refers to what you delete:")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("(KeyStoreLocation) uses")), qPrintable(question));
        QVERIFY(model()->entry(key));
    }

    void generateThenCsrThenSignedChain()
    {
        const QString alias = QStringLiteral("gh_test_signing");
        const QString key = keyOf(alias);
        keystore::GenerateRequest request;
        request.alias = alias;
        request.key = crypto::KeySpec::ec(QStringLiteral("P-256"));
        request.certificate.subject =
            crypto::DistinguishedName::parse(QStringLiteral("CN=signing.test.example,O=Contoso"))
                .value();
        request.certificate.dnsNames = {QStringLiteral("signing.test.example")};
        m_prompter.generateAnswers = {request};
        const qsizetype keysBefore = m_store->size();
        action("generateKeyPairAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(key), 15000);
        QVERIFY2(m_prompter.errors.isEmpty(),
                 qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        const KeystoreEntry generated = *model()->entry(key);
        QVERIFY(generated.isKeyPair());
        QCOMPARE(generated.subjectDN, generated.issuerDN); // self-signed
        QCOMPARE(m_store->size(), keysBefore + 1);

        // CSR, saved where the user says.
        QVERIFY(select(key));
        QVERIFY(action("createCsrAction")->isEnabled());
        const QString csrPath = m_dir.filePath(QStringLiteral("signing.csr"));
        m_prompter.saveAnswers = {csrPath};
        action("createCsrAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csrPath), 10000);
        QCOMPARE(m_prompter.saveSuggestions, QStringList{QStringLiteral("gh_test_signing.csr")});
        const Result<crypto::CertificateRequest> csr =
            crypto::CertificateRequest::fromPem(test::readFile(csrPath));
        QVERIFY(csr);
        QVERIFY(csr->verifySignature());
        QCOMPARE(csr->subject().commonName(), QStringLiteral("signing.test.example"));
        QCOMPARE(csr->dnsNames(), QStringList{QStringLiteral("signing.test.example")});

        // The CA signs it (the test plays the CA: it issues for the key the vault holds).
        QFuture<Result<KeyVault::Key>> held = m_vault->keyOf(generated);
        QTRY_VERIFY(held.isFinished());
        QVERIFY(held.result().ok());
        crypto::CertificateSpec spec = specFor(csr->subjectDN());
        spec.dnsNames = csr->dnsNames();
        const Result<crypto::Certificate> signedCert = crypto::CertificateBuilder::issue(
            spec, *held.result().value(), m_ca.certificate, m_ca.key);
        QVERIFY(signedCert);
        const QString chainPath =
            write(m_dir, QStringLiteral("signed-chain.pem"),
                  crypto::Exporter::chainPem({signedCert.value(), m_ca.certificate}).value());

        clearScript();
        m_prompter.fileAnswers = {{chainPath}};
        QVERIFY(select(key));
        action("updateChainAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(key) && model()->entry(key)->issuerDN.contains(
                                                            QStringLiteral("Gatehouse Test CA")),
                                 10000);
        QVERIFY2(m_prompter.errors.isEmpty(),
                 qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(model()->entry(key)->chain.size(), 2);

        // A chain for another key is refused with the reason.
        const Material other = issue(QStringLiteral("CN=someone else"), m_ca);
        const QString otherPath = write(m_dir, QStringLiteral("other.pem"),
                                        crypto::Exporter::certificatePem(other.certificate));
        clearScript();
        m_prompter.fileAnswers = {{otherPath}};
        action("updateChainAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.errors.size(), 1, 10000);
    }

    void csrWithoutTheKeyNamesTheReason()
    {
        // The demo's key pairs keep their keys in the tenant: Gatehouse does not hold them.
        QVERIFY(select(keyOf(QStringLiteral("contoso_signing"))));
        m_prompter.saveAnswers = {m_dir.filePath(QStringLiteral("never.csr"))};
        action("createCsrAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.errors.size(), 1, 10000);
        QVERIFY2(m_prompter.errors.first().contains(QStringLiteral("contoso_signing")),
                 qPrintable(m_prompter.errors.first()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csr"))));
    }

    void exportPkcs12WithAPasswordAskedTwice()
    {
        const QString key = keyOf(QStringLiteral("gh_test_signing"));
        QVERIFY(model()->entry(key));
        QVERIFY(select(key));
        const QString path = m_dir.filePath(QStringLiteral("export.p12"));
        m_prompter.choiceAnswers = {4}; // PKCS#12
        m_prompter.saveAnswers = {path};
        m_prompter.passwordAnswers = {QByteArray("export-pw")};
        action("exportAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QCOMPARE(m_prompter.choiceItems.first().size(), 5);
        QCOMPARE(m_prompter.passwordConfirms, QList<bool>{true});
        const Result<crypto::CertificateFileContents> read =
            crypto::CertificateReader::readFile(path, crypto::SecretBuffer("export-pw"));
        QVERIFY(read);
        QVERIFY(read->hasPrivateKey());
        QCOMPARE(read->certificates.size(), 2);
    }

    void renameAndUndo()
    {
        const QString before = keyOf(QStringLiteral("partner_sftp_host"));
        const QString after = keyOf(QStringLiteral("partner_sftp_host_old"));
        QVERIFY(select(before));
        QVERIFY(action("renameAction")->isEnabled());
        QCOMPARE(action("renameAction")->shortcut(), QKeySequence(Qt::Key_F2));
        m_prompter.textAnswers = {QStringLiteral("partner_sftp_host_old")};
        action("renameAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(after) && !model()->entry(before), 10000);
        QCOMPARE(m_prompter.textInitials, QStringList{QStringLiteral("partner_sftp_host")});
        QVERIFY(m_prompter.questions.isEmpty()); // no destination names it: nothing to confirm
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(before) && !model()->entry(after), 10000);

        // A taken alias is refused with the reason, and nothing changes.
        clearScript();
        QVERIFY(select(before));
        m_prompter.textAnswers = {QStringLiteral("partner_root_ca")};
        const QString undoText = m_demo.workspace().state().undoText;
        action("renameAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.errors.size(), 1, 10000);
        QCOMPARE(m_demo.workspace().state().undoText, undoText);
    }

    void usedEntryShowsItsDestinationsAndRenameAsksFirst()
    {
        // The demo's Ariba_Network names ariba_client in KeyStoreLocation.
        const QString before = keyOf(QStringLiteral("ariba_client"));
        const QString after = keyOf(QStringLiteral("ariba_client_2026"));
        QVERIFY(select(before));
        auto* details = qobject_cast<KeystoreDetails*>(m_pane->details());
        QVERIFY(details);
        QTRY_COMPARE(details->currentKey(), before);
        WhereUsedPanel* panel = details->whereUsed();
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryLabel()->text(),
                                  QStringLiteral("1 destination uses this keystore entry: Ariba_Network"), 10000);
        QVERIFY(panel->usedByLabel()->text().contains(QStringLiteral("Ariba_Network")));
        QCOMPARE(panel->graph()->centre(), QStringLiteral("ariba_client"));
        QCOMPARE(panel->graph()->usersShown().size(), 1);
        QCOMPARE(panel->graph()->usersShown().first().detail, QStringLiteral("KeyStoreLocation"));

        // Declined: asked naming the destination, nothing changes.
        const QString undoText = m_demo.workspace().state().undoText;
        m_prompter.textAnswers = {QStringLiteral("ariba_client_2026")};
        m_prompter.answers = {false};
        action("renameAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions.size(), 1, 10000);
        QVERIFY2(m_prompter.questions.first().contains(
                     QStringLiteral("1 destination uses this keystore entry: Ariba_Network")),
                 qPrintable(m_prompter.questions.first()));
        QVERIFY(m_prompter.questions.first().contains(QStringLiteral("ariba_client_2026")));
        QTest::qWait(100);
        QCOMPARE(m_demo.workspace().state().undoText, undoText);
        QVERIFY(model()->entry(before));

        // Confirmed: renamed, and the panel of the new entry says nobody names it.
        clearScript();
        QVERIFY(select(before));
        m_prompter.textAnswers = {QStringLiteral("ariba_client_2026")};
        m_prompter.answers = {true};
        action("renameAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(after) && !model()->entry(before), 10000);
        QCOMPARE(m_prompter.questions.size(), 1);
        QVERIFY(select(after));
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryLabel()->text(),
                                  QStringLiteral("No destination uses this keystore entry."), 10000);
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(before) && !model()->entry(after), 10000);

        QVERIFY(m_prompter.errors.isEmpty());
    }

    void renewActivateAndRollBack()
    {
        const QString system = keyOf(QStringLiteral("contoso_signing"));
        const QString renewal =
            keyOf(QStringLiteral("contoso_signing"), QStringLiteral("KeyRenewal"));
        const QString history =
            keyOf(QStringLiteral("1_contoso_signing"), QStringLiteral("KeyHistory"));
        QVERIFY(model()->entry(system));
        const QString original = model()->entry(system)->fingerprintSha256;

        // Only renewal entries are activated, only history entries rolled back to.
        QVERIFY(select(system));
        QVERIFY(!action("activateRenewalAction")->isEnabled());
        QVERIFY(action("activateRenewalAction")->toolTip().contains(QStringLiteral("KeyRenewal")));
        QVERIFY(!action("rollBackAction")->isEnabled());
        QVERIFY(action("renewKeyAction")->isEnabled());

        const qsizetype keysBefore = m_store->size();
        action("renewKeyAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(renewal), 15000);
        QVERIFY2(m_prompter.errors.isEmpty(),
                 qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_store->size(), keysBefore + 1);
        const QString renewed = model()->entry(renewal)->fingerprintSha256;
        QVERIFY(renewed != original);

        QVERIFY(select(renewal));
        QVERIFY(action("activateRenewalAction")->isEnabled());
        m_prompter.answers = {true};
        action("activateRenewalAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!model()->entry(renewal) && model()->entry(history), 10000);
        QVERIFY2(m_prompter.errors.isEmpty(),
                 qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(model()->entry(system)->fingerprintSha256, renewed);
        QCOMPARE(model()->entry(history)->fingerprintSha256, original);

        QVERIFY(select(history));
        QVERIFY(action("rollBackAction")->isEnabled());
        m_prompter.answers = {true};
        action("rollBackAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->entry(system)->fingerprintSha256, original, 10000);
        QVERIFY2(m_prompter.errors.isEmpty(),
                 qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_prompter.questions.size(), 2); // activate and roll back both asked first

        // Undo takes the roll-back back as one step.
        QVERIFY(undo());
        QTRY_COMPARE_WITH_TIMEOUT(model()->entry(system)->fingerprintSha256, renewed, 10000);
    }

    void pasteFromTheClipboard()
    {
        const Material pasted = issue(QStringLiteral("CN=Pasted Partner"), m_ca);
        QApplication::clipboard()->setText(
            QString::fromLatin1(crypto::Exporter::certificatePem(pasted.certificate)));
        m_prompter.importAnswers = {true};
        action("pasteAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(keyOf(QStringLiteral("pasted_partner"))), 10000);
        QVERIFY(
            m_prompter.reviewedImports.first().rows.first().contains(QStringLiteral("clipboard")));
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->entry(keyOf(QStringLiteral("pasted_partner"))), 10000);
    }

    void dropFilesOnTheTable()
    {
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(m_pemB)});
        QWidget* viewport = m_pane->view()->viewport();
        const QPoint pos = viewport->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        m_prompter.importAnswers = {true};
        QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(keyOf(QStringLiteral("test_partner_b"))), 10000);
        delete data;
    }

    void cleanupTestCase() { m_pane.reset(); }
};

QTEST_MAIN(TestKeystoreCommands)
#include "tst_keystorecommands.moc"
