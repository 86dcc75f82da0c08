// The PGP Keys pane on a fresh demo tenant, offscreen, through its real actions: Import… of an
// armored public keyring made here by gpg (status Valid / Critical with text and icon against
// gpg's own dates), a secret keyring chosen as public refused naming the file, a secret keyring
// kept in a MemorySecretStore (never in the tenant file), Remove with undo, Export… read by gpg,
// and the details panel.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/PgpActions.h"
#include "crypto/PgpTestSupport.h"
#include "models/PgpKeysModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/CommandController.h"
#include "ui/details/MaterialDetails.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTableView>

using namespace gh;

class TestPgpKeysPane : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_tmp;
    test::GpgHome m_gpg;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<EntityPane> m_pane;
    QList<test::ColonKey> m_expected;
    QString m_armored, m_secret;
    QByteArray m_secretBytes;

    PgpKeysModel* model() const { return static_cast<PgpKeysModel*>(m_pane->model()); }
    QAction* action(const char* name) const { return m_pane->findChild<QAction*>(QString::fromLatin1(name)); }
    bool select(const QString& key)
    {
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        if (!index.isValid())
            return false;
        m_pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_pane->commands()->updateActions();
        return true;
    }
    int rowOf(const QString& key) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, 0).data(EntryKeyRole).toString() == key)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", m_tmp.path().toUtf8());
        qputenv("GNUPGHOME", m_tmp.filePath(QStringLiteral("never")).toUtf8());
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        {
            // The demo's own public keys go: the test counts what it imports.
            const QList<PgpKey> seeded = m_demo.workspace().client().pgpKeys().list().result().value();
            QVERIFY(!seeded.isEmpty());
            QList<Change> removals;
            for (const PgpKey& k : seeded)
                removals.append(Change::removed(k));
            QVERIFY(m_demo.workspace().apply(removals, QStringLiteral("clear")).result().ok());
        }
        // The keys are made now: the pane's clock is now too.
        m_demo.clock().set(QDateTime::currentDateTimeUtc());
        m_gpg.generate(QStringLiteral("Alice <alice@example.com>"), QStringLiteral("ed25519"), QStringLiteral("1y"));
        m_gpg.generate(QStringLiteral("Bob <bob@example.com>"), QStringLiteral("ed25519"), QStringLiteral("7d"));
        m_expected = m_gpg.listKeys();
        m_armored = m_gpg.write(QStringLiteral("pub.asc"), m_gpg.gpg({QStringLiteral("--export"), QStringLiteral("--armor")}));
        m_secretBytes = m_gpg.gpg({QStringLiteral("--export-secret-keys")});
        m_secret = m_gpg.write(QStringLiteral("sec.gpg"), m_secretBytes);

        m_store = std::make_unique<MemorySecretStore>();
        m_vault = std::make_unique<KeyVault>(*m_store, m_demo.workspace().tenant()->id());
        m_pane.reset(createPane(PaneId::PgpKeys, m_demo.clock(), &m_prompter));
        QVERIFY(m_pane);
        QCOMPARE(paneName(PaneId::PgpKeys), QStringLiteral("pgp-keys"));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        m_pane->setKeyVault(m_vault.get());
        QVERIFY(QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); }, 15000));
        QCOMPARE(model()->rowCount(), 0);
    }

    void init() { m_prompter = test::ScriptedPrompter(); }

    void importPublicShowsStatus()
    {
        m_prompter.fileAnswers = {{m_armored}};
        m_prompter.choiceAnswers = {0}; // public keyring
        QAction* import = action("importPgpKeyringAction");
        QVERIFY(import && import->isEnabled());
        import->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, 20000);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_prompter.choiceItems.size(), 1);
        for (const test::ColonKey& k : std::as_const(m_expected)) {
            const int row = rowOf(QStringLiteral("public/") + k.primary.fingerprint);
            QVERIFY(row >= 0);
            QCOMPARE(model()->index(row, PgpKeysModel::KeyIdColumn).data().toString(), k.primary.keyId);
            QCOMPARE(model()->index(row, PgpKeysModel::UserIdColumn).data().toString(), k.userIds.first());
            QCOMPARE(model()->index(row, PgpKeysModel::AlgorithmColumn).data().toString(), k.primary.algorithm);
            QCOMPARE(model()->index(row, PgpKeysModel::KeyringColumn).data().toString(), QStringLiteral("Public"));
            const QModelIndex status = model()->index(row, PgpKeysModel::StatusColumn);
            const bool bob = k.userIds.first().startsWith(QStringLiteral("Bob"));
            QCOMPARE(status.data().toString(), bob ? QStringLiteral("Critical") : QStringLiteral("Valid"));
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }

    void secretAsPublicIsRefusedNamingTheFile()
    {
        m_prompter.fileAnswers = {{m_secret}};
        m_prompter.choiceAnswers = {0};
        action("importPgpKeyringAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.errors.size(), 1, 20000);
        QVERIFY2(m_prompter.errors.first().contains(m_secret), qPrintable(m_prompter.errors.first()));
        QCOMPARE(model()->rowCount(), 2);
    }

    void secretKeyringGoesToTheKeychain()
    {
        m_prompter.fileAnswers = {{m_secret}};
        m_prompter.choiceAnswers = {1}; // secret keyring
        action("importPgpKeyringAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 20000);
        QCOMPARE(m_store->size(), 1);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(m_secretBytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(m_store->contains(pgpactions::secretKeyringKey(m_demo.workspace().tenant()->id(), sha)));
        QVERIFY(!test::readFile(m_demo.workspace().tenant()->path()).contains(m_secretBytes.toBase64().left(48)));
    }

    void detailsAndRemoveWithUndo()
    {
        const QString key = QStringLiteral("public/") + m_expected.first().primary.fingerprint;
        QVERIFY(select(key));
        auto* details = qobject_cast<PgpKeyDetails*>(m_pane->details());
        QVERIFY(details);
        QTRY_COMPARE(details->currentKey(), key);
        QStringList texts;
        for (const QLabel* label : details->findChildren<QLabel*>())
            texts.append(label->text());
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(m_expected.first().primary.fingerprint), qPrintable(texts.join(QLatin1Char('\n'))));

        m_prompter.answers = {true};
        action("deleteAction")->trigger();
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(m_prompter.questions.first().startsWith(QStringLiteral("Remove 1 PGP key\n")));
        QFuture<Status> undone = m_demo.workspace().undo();
        QVERIFY(QTest::qWaitFor([&] { return undone.isFinished(); }, 10000) && undone.result().ok());
        QTRY_COMPARE(model()->rowCount(), 4);
    }

    void exportIsReadByGpg()
    {
        const QString out = m_tmp.filePath(QStringLiteral("export.asc"));
        m_prompter.saveAnswers = {out};
        action("exportPgpKeyringAction")->trigger();
        QTRY_VERIFY(QFile::exists(out));
        test::GpgHome other;
        other.gpg({QStringLiteral("--import"), out});
        QCOMPARE(other.listKeys().size(), 2);
    }

    // Export Secret Keyring…: a warning first (declined: no file), then the file exactly as it was
    // imported, read from the keychain, readable by its owner only.
    void exportSecretKeyringFromTheKeychain()
    {
        QAction* exportSecret = action("exportPgpSecretKeyringAction");
        QVERIFY(exportSecret && exportSecret->isEnabled());
        const QString out = m_tmp.filePath(QStringLiteral("secring.gpg"));
        m_prompter.answers = {false};
        m_prompter.saveAnswers = {out};
        exportSecret->trigger();
        QTRY_COMPARE(m_prompter.questions.size(), 1);
        QVERIFY2(m_prompter.questions.first().contains(QLatin1String("secret PGP keys")), qPrintable(m_prompter.questions.first()));
        QVERIFY(!QFile::exists(out));

        m_prompter = test::ScriptedPrompter();
        m_prompter.answers = {true};
        m_prompter.saveAnswers = {out};
        exportSecret->trigger();
        QTRY_VERIFY(QFile::exists(out));
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QCOMPARE(test::readFile(out), m_secretBytes);
        QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                            QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestPgpKeysPane)
#include "tst_pgpkeyspane.moc"
