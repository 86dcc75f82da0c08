// The keystore import of many files (issue 8, "long work shows progress with counts and can be
// cancelled"), through the real keystore pane on a fresh demo tenant: 240 PEM files and a
// PKCS#12 made here are read off the GUI thread with a progress dialog that counts them; Cancel
// there changes nothing (no review, no step, no rows); a completed import reviews and applies the
// same plan as keystore::planImport on the same files, as one undoable step.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/crypto/PrivateKey.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "models/KeystoreModel.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/CommandController.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace gh;

namespace {

constexpr int PemFiles = 240;

crypto::CertificateSpec specFor(const QString& dn, bool ca = false)
{
    crypto::CertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(dn).value();
    spec.notBefore = test::fixedNow().addDays(-1);
    spec.notAfter = test::fixedNow().addDays(365);
    spec.isCa = ca;
    return spec;
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Each row of a plan as "action alias type source", sorted: what the review shows, comparable.
QStringList planRows(const keystore::ImportPlan& plan)
{
    QStringList rows;
    for (const keystore::ImportItem& item : plan.items)
        rows.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(keystore::importActionName(item.action), item.entry.alias,
                             item.entry.type, QFileInfo(item.source).fileName()));
    rows.sort();
    return rows;
}

} // namespace

class TestKeystoreImportProgress : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<EntityPane> m_pane;
    QStringList m_files; // the PEM files, then the PKCS#12, then one that does not exist

    KeystoreModel* model() const { return static_cast<KeystoreModel*>(m_pane->model()); }
    QAction* importAction() const
    {
        return m_pane->findChild<QAction*>(QStringLiteral("importAction"));
    }
    QProgressDialog* progressDialog() const
    {
        return m_pane->findChild<QProgressDialog*>(QStringLiteral("importProgressDialog"));
    }
    void scriptImport(bool importIt)
    {
        m_prompter = test::ScriptedPrompter();
        m_prompter.fileAnswers = {m_files};
        m_prompter.passwordAnswers = {QByteArray("wrong"), QByteArray("s3cret")};
        m_prompter.importAnswers = {importIt};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installTranslations(*qApp, QLocale(QLocale::English));
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

        const crypto::PrivateKey caKey =
            crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256"))).value();
        const crypto::Certificate ca =
            crypto::CertificateBuilder::selfSigned(
                specFor(QStringLiteral("CN=Progress Test CA,O=Test"), true), caKey)
                .value();
        for (int i = 0; i < PemFiles; ++i) {
            const crypto::PrivateKey key =
                crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256"))).value();
            const crypto::Certificate certificate =
                crypto::CertificateBuilder::issue(
                    specFor(QStringLiteral("CN=Partner %1,O=Partners").arg(i, 3, 10, QLatin1Char('0'))),
                    key, ca, caKey)
                    .value();
            m_files.append(write(m_dir, QStringLiteral("partner%1.pem").arg(i),
                                 crypto::Exporter::certificatePem(certificate)));
        }
        const crypto::PrivateKey clientKey =
            crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256"))).value();
        const crypto::Certificate client =
            crypto::CertificateBuilder::issue(specFor(QStringLiteral("CN=Progress Client,O=Test")),
                                              clientKey, ca, caKey)
                .value();
        crypto::Pkcs12Options options;
        options.friendlyName = QStringLiteral("progress_client");
        const Result<QByteArray> p12 = crypto::Exporter::pkcs12(
            clientKey, {client, ca}, crypto::SecretBuffer("s3cret"), options);
        QVERIFY(p12);
        m_files.append(write(m_dir, QStringLiteral("client.p12"), p12.value()));
        m_files.append(m_dir.filePath(QStringLiteral("missing.pem")));
    }

    void cancelWhileReadingChangesNothing()
    {
        const int rowsBefore = model()->rowCount();
        const WorkspaceState before = m_demo.workspace().state();
        scriptImport(true);
        importAction()->trigger();

        // The trigger returned before anything was read: reading runs on a pool thread, and
        // the progress dialog counts the files.
        QProgressDialog* dialog = progressDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->maximum(), int(m_files.size()));
        QVERIFY(dialog->labelText().startsWith(QStringLiteral("Read 0 of %1 files").arg(m_files.size())));
        QVERIFY(m_prompter.reviewedImports.isEmpty());
        QVERIFY(m_prompter.passwordQuestions.isEmpty());
        auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelImportButton"));
        QVERIFY(cancel);
        QVERIFY(!cancel->accessibleDescription().isEmpty());
        cancel->click();

        QTRY_VERIFY_WITH_TIMEOUT(!progressDialog(), 5000);
        QTest::qWait(1500); // whatever the pool thread still read is dropped
        QVERIFY(m_prompter.reviewedImports.isEmpty());
        QVERIFY(m_prompter.passwordQuestions.isEmpty());
        QVERIFY(m_prompter.errors.isEmpty());
        QCOMPARE(model()->rowCount(), rowsBefore);
        QCOMPARE(m_demo.workspace().state().undoText, before.undoText);
        QCOMPARE(m_demo.workspace().state().pendingCount, before.pendingCount);
        QCOMPARE(m_store->size(), 0);
        // The action is free again: the command ended.
        QVERIFY(importAction()->isEnabled());
    }

    // A file that does not answer (a FIFO nobody writes yet, as a stalled network share would):
    // the dialog shows how far reading got, and Cancel ends the import at once while the pool
    // thread still waits; when the file finally answers, what it read is dropped.
    void cancelWhileAFileStallsChangesNothing()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("stalled.pem"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Whatever happens here, the pool thread is let go in the end (the test could not exit).
        const auto release = qScopeGuard([&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            QTest::qWait(200);
            QFile::remove(fifo);
        });
        QStringList files = m_files.mid(0, 150);
        files.append(fifo);
        files.append(m_files.mid(150));
        const int rowsBefore = model()->rowCount();
        const WorkspaceState before = m_demo.workspace().state();
        scriptImport(true);
        m_prompter.fileAnswers = {files};
        importAction()->trigger();
        QProgressDialog* dialog = progressDialog();
        QVERIFY(dialog);
        const QString stuck = QStringLiteral("Read 150 of %1 files").arg(files.size());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->labelText(), stuck, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000); // shown once reading takes a while
        QCOMPARE(dialog->value(), 150);
        // For a look under a real display (GATEHOUSE_IMPORT_HOLD_MS).
        if (const int hold = qEnvironmentVariableIntValue("GATEHOUSE_IMPORT_HOLD_MS"); hold > 0) {
            dialog->raise();
            QTest::qWait(hold);
        }
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelImportButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!progressDialog(), 2000);
        QVERIFY(importAction()->isEnabled());

        // The file answers at last (empty): the pool thread finishes, its reading is dropped.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        QVERIFY(fd >= 0); // the pool thread was still waiting on it
        ::close(fd);
        QTest::qWait(1000);
        QVERIFY(m_prompter.reviewedImports.isEmpty());
        QVERIFY(m_prompter.passwordQuestions.isEmpty());
        QVERIFY(m_prompter.errors.isEmpty());
        QCOMPARE(model()->rowCount(), rowsBefore);
        QCOMPARE(m_demo.workspace().state().undoText, before.undoText);
        QCOMPARE(m_demo.workspace().state().pendingCount, before.pendingCount);
    }

    void completedImportCountsAndAppliesThePlan()
    {
        const int rowsBefore = model()->rowCount();
        // The keystore before the import, for the plan compared below: the scripted review
        // imports at once, and the import may land before the comparison is made.
        QFuture<Result<QList<KeystoreEntry>>> listed = m_demo.workspace().client().keystore().list();
        QVERIFY(QTest::qWaitFor([&] { return listed.isFinished(); }, 10000));
        QVERIFY(listed.result().ok());
        scriptImport(true);
        importAction()->trigger();
        QProgressDialog* dialog = progressDialog();
        QVERIFY(dialog);
        QList<int> values;
        QStringList labels;
        auto* bar = dialog->findChild<QProgressBar*>(QStringLiteral("importProgressBar"));
        QVERIFY(bar);
        QVERIFY(!bar->accessibleName().isEmpty());
        connect(bar, &QProgressBar::valueChanged, this, [&](int v) {
            values.append(v);
            labels.append(dialog->labelText());
        });

        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedImports.size(), 1, 30000);
        // Counted up to every file, in order; the dialog is gone before the review.
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last(), int(m_files.size()));
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QVERIFY2(labels.contains(QStringLiteral("Read %1 of %1 files").arg(m_files.size())),
                 qPrintable(labels.join(QLatin1Char('\n'))));
        QVERIFY(!progressDialog() || !progressDialog()->isVisible());

        // The PKCS#12's password was asked for twice (a wrong one, then the right one).
        QCOMPARE(m_prompter.passwordQuestions.size(), 2);
        QVERIFY(m_prompter.passwordQuestions.at(1).contains(QStringLiteral("wrong")));

        // The same plan the synchronous keystore::planImport makes of the same files.
        QList<keystore::ImportSource> sources;
        for (const QString& path : std::as_const(m_files)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                sources.append({path, file.readAll()});
        }
        keystore::ImportOptions options;
        options.password = [](const QString&, int) { return crypto::SecretBuffer("s3cret"); };
        const keystore::ImportPlan direct = keystore::planImport(
            sources, listed.result().value(), {QStringLiteral("tester"), test::fixedNow()}, options);
        QCOMPARE(direct.summary(), QStringLiteral("%1 to add").arg(PemFiles + 1));
        const test::ScriptedPrompter::ReviewedImport& shown = m_prompter.reviewedImports.first();
        QCOMPARE(shown.summary,
                 QStringLiteral("%1 to add; 1 source could not be read").arg(PemFiles + 1));
        QVERIFY(shown.importEnabled);
        QCOMPARE(shown.rows.size(), direct.items.size());
        for (const keystore::ImportItem& item : direct.items) {
            const QString start = QStringLiteral("Add | %1 | %2 | ").arg(item.entry.alias, item.entry.type);
            QVERIFY2(std::any_of(shown.rows.cbegin(), shown.rows.cend(),
                                 [&](const QString& row) {
                                     return row.startsWith(start) &&
                                            row.contains(QFileInfo(item.source).fileName());
                                 }),
                     qPrintable(start));
        }
        QCOMPARE(shown.problems.size(), 1);
        QVERIFY(shown.problems.first().contains(QStringLiteral("missing.pem")));
        const QStringList directRows = planRows(direct);
        QVERIFY(directRows.contains(QStringLiteral("add progress_client Key Pair client.p12")));
        QVERIFY(directRows.contains(QStringLiteral("add partner_000 Certificate partner0.pem")));

        // Applied as one step, the key in the vault; undo takes it all back.
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), rowsBefore + PemFiles + 1, 15000);
        for (const keystore::ImportItem& item : direct.items)
            QVERIFY2(model()->entry(QStringLiteral("system/") +
                                    KeystoreEntry::hexaliasOf(item.entry.alias)),
                     qPrintable(item.entry.alias));
        QCOMPARE(m_store->size(), 1);
        QCOMPARE(m_demo.workspace().state().undoText,
                 QStringLiteral("Import %1 keystore entries").arg(PemFiles + 1));
        QFuture<Status> undone = m_demo.workspace().undo();
        QVERIFY(QTest::qWaitFor([&] { return undone.isFinished(); }, 10000));
        QVERIFY(undone.result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), rowsBefore, 10000);
    }
};

QTEST_MAIN(TestKeystoreImportProgress)
#include "tst_keystoreimportprogress.moc"
