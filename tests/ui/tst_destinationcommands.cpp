// The destination pane's New…, Edit…, Duplicate… on a fresh demo tenant, through the real pane,
// its actions and the real (unshown) editor filled by scripts: each save is one undoable step,
// typed secrets land in the secret store and never in the tenant, a duplicate copies the secrets
// this machine holds and marks the others missing, a double click opens the editor, and a
// cancelled editor changes nothing.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "app/client/local/Seeder.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "models/DestinationsModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/CommandController.h"
#include "ui/commands/DestinationCommands.h"
#include "ui/commands/DestinationFileCommands.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace gh;

namespace {

void typeInto(DestinationEditor& editor, const QString& key, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(editor.field(key));
    QVERIFY2(edit, qPrintable(key));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseIn(DestinationEditor& editor, const QString& key, const QString& value)
{
    auto* box = qobject_cast<QComboBox*>(editor.field(key));
    QVERIFY2(box, qPrintable(key));
    box->setCurrentIndex(box->findText(value));
    QCoreApplication::processEvents();
}

} // namespace

class TestDestinationCommands : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<EntityPane> m_pane;

    DestinationsModel* model() const { return static_cast<DestinationsModel*>(m_pane->model()); }
    QAction* action(const char* name) const { return m_pane->findChild<QAction*>(QString::fromLatin1(name)); }
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
    QByteArray secret(const QString& destination, const QString& field)
    {
        auto read = m_store->read(SecretStore::destinationKey(m_vault->tenantId(), destination, field));
        if (!QTest::qWaitFor([&] { return read.isFinished(); }, 5000))
            return "<timeout>";
        const Result<QByteArray> value = read.result();
        return value ? *value : QByteArray("<none>");
    }
    qint64 pending() { return m_demo.workspace().state().pendingCount; }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_store = std::make_unique<MemorySecretStore>();
        m_vault = std::make_unique<KeyVault>(*m_store, m_demo.workspace().tenant()->id());
        m_pane.reset(createPane(PaneId::Destinations, m_demo.clock(), &m_prompter));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        m_pane->setKeyVault(m_vault.get());
        QVERIFY(test::loadInto(*m_pane->model(), m_demo.workspace()));
    }

    void init() { m_prompter = test::ScriptedPrompter(); }

    void newDestinationIsOneStepWithItsSecretInTheStore()
    {
        QAction* create = action("newDestinationAction");
        QVERIFY(create && create->isEnabled());
        const qint64 before = pending();
        m_prompter.destinationEdits.append([](DestinationEditor& editor) {
            typeInto(editor, QStringLiteral("Name"), QStringLiteral("HR_API"));
            typeInto(editor, QStringLiteral("URL"), QStringLiteral("https://hr.example.com/api"));
            chooseIn(editor, QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
            typeInto(editor, QStringLiteral("User"), QStringLiteral("svc_hr"));
            typeInto(editor, QStringLiteral("Password"), QStringLiteral("hr-pa55"));
        });
        create->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(QStringLiteral("HR_API")), 10000);
        QCOMPARE(m_prompter.destinationEditorTitles, QStringList{QStringLiteral("New Destination")});
        const Destination* d = model()->entry(QStringLiteral("HR_API"));
        QCOMPARE(d->value(QStringLiteral("User")), QStringLiteral("svc_hr"));
        QCOMPARE(d->secretState(QStringLiteral("Password")), Destination::SecretState::Set);
        QCOMPARE(d->value(QStringLiteral("Password")), QString());
        QCOMPARE(secret(QStringLiteral("HR_API"), QStringLiteral("Password")), QByteArray("hr-pa55"));
        QCOMPARE(pending(), before + 1);
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Create destination HR_API"));
        // The tenant file never saw the password.
        QFile file(m_demo.workspace().tenant()->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hr-pa55"));

        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->entry(QStringLiteral("HR_API")), 10000);
        QCOMPARE(pending(), before);
    }

    void editingChangesOnlyWhatWasTyped()
    {
        const QString name = QStringLiteral("Salesforce_API");
        QVERIFY(select(name));
        const Destination original = *model()->entry(name);
        QAction* edit = action("editDestinationAction");
        QVERIFY(edit && edit->isEnabled());
        m_prompter.destinationEdits.append([](DestinationEditor& editor) {
            typeInto(editor, QStringLiteral("Description"), QStringLiteral("Salesforce REST, new org"));
        });
        edit->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->entry(name)->description(), QStringLiteral("Salesforce REST, new org"), 10000);
        QCOMPARE(m_prompter.destinationEditorTitles, QStringList{QStringLiteral("Edit Destination “Salesforce_API”")});
        Destination expected = original;
        expected.set(QStringLiteral("Description"), QStringLiteral("Salesforce REST, new org"));
        QCOMPARE(*model()->entry(name), expected);
        QVERIFY(undo());
        QTRY_COMPARE_WITH_TIMEOUT(*model()->entry(name), original, 10000);
    }

    void aDoubleClickOpensTheEditorAndCancelChangesNothing()
    {
        const QString name = QStringLiteral("northwind");
        QVERIFY(select(name));
        const qint64 before = pending();
        const QModelIndex index = m_pane->proxy()->indexOf(name);
        const QRect rect = m_pane->view()->visualRect(index);
        // As a mouse does it: a click, then the double click.
        QTest::mouseClick(m_pane->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(m_pane->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.destinationEditorTitles,
                                  QStringList{QStringLiteral("Edit Destination “northwind”")}, 5000);
        QCOMPARE(pending(), before); // no script: the editor was cancelled
    }

    void aDuplicateCopiesTheSecretsThisMachineHolds()
    {
        // Salesforce_API's clientSecret came with the demo tenant: this machine does not hold it.
        const QString name = QStringLiteral("Salesforce_API");
        QVERIFY(select(name));
        QCOMPARE(model()->entry(name)->secretState(QStringLiteral("clientSecret")), Destination::SecretState::Set);
        QAction* duplicate = action("duplicateDestinationAction");
        QVERIFY(duplicate && duplicate->isEnabled());
        m_prompter.destinationEdits.append([](DestinationEditor&) {}); // save as offered
        duplicate->trigger();
        const QString copy = QStringLiteral("Salesforce_API_copy");
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(copy), 10000);
        QCOMPARE(model()->entry(copy)->secretState(QStringLiteral("clientSecret")), Destination::SecretState::Missing);
        QCOMPARE(model()->entry(copy)->value(QStringLiteral("clientId")), model()->entry(name)->value(QStringLiteral("clientId")));

        // Once this machine holds it (typed in an edit), a duplicate carries it.
        QVERIFY(select(copy));
        m_prompter.destinationEdits.append([](DestinationEditor& editor) {
            typeInto(editor, QStringLiteral("clientSecret"), QStringLiteral("sf-secret"));
        });
        action("editDestinationAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->entry(copy)->secretState(QStringLiteral("clientSecret")),
                                  Destination::SecretState::Set, 10000);
        QVERIFY(select(copy));
        m_prompter.destinationEdits.append([](DestinationEditor&) {});
        duplicate->trigger();
        const QString second = QStringLiteral("Salesforce_API_copy_copy");
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(second), 10000);
        QCOMPARE(model()->entry(second)->secretState(QStringLiteral("clientSecret")), Destination::SecretState::Set);
        QCOMPARE(secret(second, QStringLiteral("clientSecret")), QByteArray("sf-secret"));
        QCOMPARE(DuplicateDestinationCommand::copyName(name, model()->entries()), QStringLiteral("Salesforce_API_copy_2"));
    }

    // A cockpit export (its clientKey stripped) and a broken file dropped together: the review
    // lists both, the valid one is imported as one step, the stripped secret is asked for and
    // kept in the store; undo takes it all back.
    void importReviewsAndAsksForStrippedSecrets()
    {
        QTemporaryDir dir;
        const QString sample = test::sharedPath(QStringLiteral("reference/samples/destination-export/s4hana-cloud_saml"));
        const QString broken = dir.filePath(QStringLiteral("broken"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Type=HTTP\nURL=https\\://x.example.com\nDescription=bad escape \\u12\n");
        }
        const qint64 before = pending();
        m_prompter.importAnswers = {true};
        m_prompter.passwordAnswers = {QByteArray("typed-client-key")};
        m_pane->commands()->startCommand(
            new ImportDestinationsCommand(m_pane->commands()->context(), {}, model(), {sample, broken}));
        const QString name = QStringLiteral("mys4hc-destination");
        QTRY_VERIFY_WITH_TIMEOUT(model()->entry(name), 10000);
        QCOMPARE(m_prompter.reviewedImports.size(), 1);
        const auto& reviewed = m_prompter.reviewedImports.first();
        QVERIFY2(reviewed.rows.first().startsWith(QStringLiteral("Add | mys4hc-destination | HTTP | SAMLAssertion")),
                 qPrintable(reviewed.rows.join(QLatin1Char('\n'))));
        QVERIFY(reviewed.rows.first().contains(QStringLiteral("secret missing: clientKey")));
        QVERIFY(reviewed.importEnabled);
        QVERIFY2(!reviewed.problems.isEmpty() && reviewed.problems.join(QLatin1Char('\n')).contains(QStringLiteral("broken")),
                 qPrintable(reviewed.problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_prompter.passwordQuestions.size(), 1);
        QVERIFY(m_prompter.passwordQuestions.first().contains(QStringLiteral("clientKey")));
        QCOMPARE(model()->entry(name)->secretState(QStringLiteral("clientKey")), Destination::SecretState::Set);
        QCOMPARE(secret(name, QStringLiteral("clientKey")), QByteArray("typed-client-key"));
        QCOMPARE(pending(), before + 1);
        QVERIFY(undo());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->entry(name), 10000);

        // Declining the review imports nothing.
        m_prompter = test::ScriptedPrompter();
        m_prompter.importAnswers = {false};
        m_pane->commands()->startCommand(
            new ImportDestinationsCommand(m_pane->commands()->context(), {}, model(), {sample}));
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedImports.size(), 1, 10000);
        QTest::qWait(100);
        QVERIFY(!model()->entry(name));
        QCOMPARE(pending(), before);
    }

    void exportWritesCockpitFilesWithoutSecrets()
    {
        QTemporaryDir dir;
        QItemSelection selection;
        for (const QString& key : {QStringLiteral("northwind"), QStringLiteral("Salesforce_API")}) {
            const QModelIndex index = m_pane->proxy()->indexOf(key);
            selection.select(index, index);
        }
        m_pane->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_pane->commands()->updateActions();
        QAction* exportAction = action("exportDestinationsAction");
        QVERIFY(exportAction && exportAction->isEnabled());
        m_prompter.choiceAnswers = {0};
        m_prompter.directoryAnswers = {dir.path()};
        exportAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("Salesforce_API"))), 5000);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("northwind"))));
        QFile f(dir.filePath(QStringLiteral("Salesforce_API")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("#clientSecret=<< Existing password/certificate removed on export >>"));
        QVERIFY(text.contains("Name=Salesforce_API"));

        // Again: the files exist, and replacing them is asked first (declined: untouched).
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("edited by hand\n");
        f.close();
        m_prompter = test::ScriptedPrompter();
        m_prompter.choiceAnswers = {0};
        m_prompter.directoryAnswers = {dir.path()};
        m_prompter.answers = {false};
        exportAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions.size(), 1, 5000);
        QVERIFY(m_prompter.questions.first().contains(QStringLiteral("Salesforce_API")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("edited by hand\n"));
    }

    // Copied into another tenant file: pending there (not here), its secret asked for again and
    // kept under the other tenant; a second copy of the same destination changes nothing.
    void copyToAnotherTenantLandsInItsJournal()
    {
        QTemporaryDir dir;
        const QString targetPath = dir.filePath(QStringLiteral("sandbox.ghtenant"));
        QVERIFY(Seeder::createTenantFile(targetPath, [](TenantStore&) { return Status(); }).ok());
        const QString name = QStringLiteral("Salesforce_API");
        QVERIFY(select(name));
        QAction* copy = action("copyDestinationsAction");
        QVERIFY(copy && copy->isEnabled());
        const qint64 before = pending();
        m_prompter.fileAnswers = {QStringList{targetPath}};
        m_prompter.importAnswers = {true};
        m_prompter.passwordAnswers = {QByteArray("sf-in-sandbox")};
        copy->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.passwordQuestions.size(), 1, 10000);
        QVERIFY(m_prompter.passwordQuestions.first().contains(QStringLiteral("clientSecret")));
        QVERIFY(m_prompter.reviewedImports.first().rows.first().startsWith(QStringLiteral("Add | Salesforce_API")));
        QVERIFY(m_prompter.reviewTitles.first().startsWith(QStringLiteral("Copy Destinations to ")));

        auto target = LocalTenant::open(targetPath, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(target.ok());
        Workspace sandbox(*target, m_demo.clock());
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.state().pendingCount, qint64(1), 10000);
        auto listed = sandbox.client().destinations().get(name);
        QTRY_VERIFY(listed.isFinished());
        QVERIFY(listed.result().ok());
        Destination expected = *model()->entry(name);
        QCOMPARE(listed.result()->value(QStringLiteral("clientId")), expected.value(QStringLiteral("clientId")));
        QCOMPARE(listed.result()->secretState(QStringLiteral("clientSecret")), Destination::SecretState::Set);
        auto read = m_store->read(SecretStore::destinationKey((*target)->id(), name, QStringLiteral("clientSecret")));
        QTRY_VERIFY(read.isFinished());
        QCOMPARE(read.result().value(), QByteArray("sf-in-sandbox"));
        QCOMPARE(pending(), before); // nothing changed here

        // Again: unchanged there, so nothing to import.
        m_prompter = test::ScriptedPrompter();
        m_prompter.fileAnswers = {QStringList{targetPath}};
        m_prompter.importAnswers = {true};
        copy->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.reviewedImports.size(), 1, 10000);
        QVERIFY(m_prompter.reviewedImports.first().rows.first().startsWith(QStringLiteral("Unchanged | Salesforce_API")));
        QVERIFY(!m_prompter.reviewedImports.first().importEnabled);

        // The tenant open here is not a target.
        m_prompter = test::ScriptedPrompter();
        m_prompter.fileAnswers = {QStringList{m_demo.workspace().tenant()->path()}};
        copy->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.errors.size(), 1, 10000);
        QVERIFY(m_prompter.errors.first().contains(QStringLiteral("is the tenant open here")));
    }

    void anInvalidEditIsNotSaved()
    {
        QVERIFY(select(QStringLiteral("northwind")));
        const qint64 before = pending();
        m_prompter.destinationEdits.append([](DestinationEditor& editor) {
            typeInto(editor, QStringLiteral("URL"), QStringLiteral("ftp://nope"));
        });
        action("editDestinationAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_prompter.destinationProblems.size(), 1, 5000);
        QCOMPARE(m_prompter.destinationProblems.first(),
                 QStringList{QStringLiteral("URL: is not an absolute http or https URL")});
        QCOMPARE(pending(), before);
    }
};

QTEST_MAIN(TestDestinationCommands)
#include "tst_destinationcommands.moc"
