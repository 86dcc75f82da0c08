// TenantDiffDialog, offscreen, from the main window's "Compare with Tenant…": a demo tenant (A)
// and a copy of it (B) that lost a destination and changed another through its client; the
// dialog lists and compares them off the GUI thread and shows exactly those differences, with
// the filters; a checked destination is copied into B's pending changes, its secret (not in this
// machine's keychain) asked for and kept under B; B opened afresh holds the copy in its journal.
// Bad files, the tenant itself and cancelling change nothing.
#include "DemoTenant.h"
#include "ScriptedPrompter.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Pull.h"
#include "models/TenantDiffModel.h"
#include "models/Translations.h"
#include "ui/MainWindow.h"
#include "ui/diff/TenantDiffDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace gh;

namespace {

const QString kRemoved = QStringLiteral("SuccessFactors_OData"); // its Password is set in A
const QString kChanged = QStringLiteral("northwind");
const QString kKept = QStringLiteral("S4HC_Sales_API"); // its secrets are in A's keychain here
const QString kCollection = QStringLiteral("Contoso_Support_Monitoring");

QString destinationKey(const QString& name)
{
    return TenantDiffModel::itemKey(EntityKind::Destination, name);
}

QStringList topRows(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}

} // namespace

class TestTenantDiffDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pathA;
    QString m_pathB;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_a;
    MemorySecretStore m_store;
    std::unique_ptr<KeyVault> m_vault;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;

    TenantDiffDialog* openDialog()
    {
        m_prompter.fileAnswers = {QStringList{m_pathB}};
        m_window->compareAction()->trigger();
        TenantDiffDialog* dialog = m_window->compareDialog();
        if (!dialog ||
            !QTest::qWaitFor([&] { return dialog->hasComparison() && !dialog->isBusy(); }, 20000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Where replicaPath() puts a profile's replica: in this test's folder.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        installTranslations(*qApp, QLocale(QLocale::English));
        m_pathA = test::createDemoTenant(m_dir);
        QVERIFY(!m_pathA.isEmpty());
        m_pathB = m_dir.filePath(QStringLiteral("b.ghtenant"));
        QVERIFY(QFile::copy(m_pathA, m_pathB));
        {
            // B drifts through its own client (not journaled): two destinations and a role
            // collection gone, one destination changed.
            auto b = LocalTenant::open(m_pathB, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(b.ok());
            LocalTenantClient client(*b);
            QVERIFY(client.destinations().remove(kRemoved).result().ok());
            QVERIFY(client.destinations().remove(kKept).result().ok());
            QVERIFY(client.roleCollections().remove(kCollection).result().ok());
            Result<Destination> northwind = client.destinations().get(kChanged).result();
            QVERIFY(northwind.ok());
            northwind->set(QStringLiteral("Description"), QStringLiteral("changed in B"));
            QVERIFY(client.destinations().update(*northwind).result().ok());
        }
        auto a = LocalTenant::open(m_pathA, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(a.ok());
        m_a = std::make_unique<Workspace>(*a, m_clock);
        m_vault = std::make_unique<KeyVault>(m_store, (*a)->id());
        for (const char* key : {"KeyStorePassword", "clientKey"})
            QVERIFY(m_store
                        .write(SecretStore::destinationKey((*a)->id(), kKept, QLatin1String(key)),
                               "kept-in-a")
                        .result()
                        .ok());
        m_window = std::make_unique<MainWindow>(m_clock, &m_prompter);
        m_window->setWorkspace(m_a.get());
        m_window->setKeyVault(m_vault.get());
    }

    // With remote profiles, Compare with Tenant offers a file or a profile's replica.
    void comparesWithARemoteProfilesReplica()
    {
        const QString replica = replicaPath(QStringLiteral("prod"));
        QVERIFY(QDir().mkpath(QFileInfo(replica).absolutePath()));
        QVERIFY(QFile::copy(m_pathB, replica));
        m_window->setTenantProfiles([] { return QStringList{QStringLiteral("prod"), QStringLiteral("never-pulled")}; });

        m_prompter.choiceItems.clear();
        m_prompter.choiceAnswers = {1};
        m_window->compareAction()->trigger();
        TenantDiffDialog* dialog = m_window->compareDialog();
        QVERIFY(dialog);
        QCOMPARE(m_prompter.choiceItems.value(0),
                 (QStringList{QStringLiteral("A tenant file…"),
                              QStringLiteral("Remote profile prod (its replica, as last pulled)"),
                              QStringLiteral("Remote profile never-pulled (its replica, as last pulled)")}));
        QVERIFY(QTest::qWaitFor([&] { return dialog->hasComparison() && !dialog->isBusy(); }, 20000));
        const QLabel* sides = dialog->findChild<QLabel*>(QStringLiteral("diffSidesLabel"));
        QVERIFY(sides);
        QVERIFY2(sides->text().contains(QDir::toNativeSeparators(replica)), qPrintable(sides->text()));
        QVERIFY(dialog->model()->indexOf(destinationKey(kChanged)).isValid()); // B's drift, through the replica

        // A profile never pulled: said, nothing compared.
        m_prompter.choiceAnswers = {2};
        QVERIFY(!dialog->chooseOtherTenant());
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("never-pulled has no replica yet")));

        // A file still: the first choice, then the file dialog.
        m_prompter.choiceAnswers = {0};
        m_prompter.fileAnswers = {QStringList{m_pathB}};
        QVERIFY(dialog->chooseOtherTenant());
        QVERIFY(QTest::qWaitFor([&] { return dialog->hasComparison() && !dialog->isBusy(); }, 20000));
        // Cancelled: nothing chosen.
        m_prompter.choiceAnswers = {};
        QVERIFY(!dialog->chooseOtherTenant());
        dialog->close();
        m_window->setTenantProfiles({});
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_a.reset();
    }

    void showsTheDifferencesWithFilters()
    {
        QVERIFY(m_window->compareAction()->isEnabled());
        TenantDiffDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(m_prompter.fileTitles.value(0), QStringLiteral("Compare with Tenant"));
        QVERIFY(!dialog->busyBar()->isVisibleTo(dialog));
        TenantDiffModel* model = dialog->model();
        // Exactly B's drift: the copies are alike otherwise.
        QCOMPARE(topRows(*model),
                 (QStringList{QStringLiteral("Role collections"), QStringLiteral("Destinations")}));
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        QCOMPARE(model->rowCount(model->index(1, 0)), 3);
        QVERIFY(model->indexOf(TenantDiffModel::itemKey(EntityKind::RoleCollection, kCollection))
                    .isValid());
        const QModelIndex removed = model->indexOf(destinationKey(kRemoved));
        QCOMPARE(removed.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("Only in A"));
        QCOMPARE(removed.siblingAtColumn(TenantDiffModel::BColumn).data().toString(),
                 QStringLiteral("missing"));
        const QModelIndex changed = model->indexOf(destinationKey(kChanged));
        QCOMPARE(changed.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("Differs"));
        QCOMPARE(model->rowCount(changed), 1);
        QVERIFY(
            model->index(0, 0, changed).data().toString().contains(QLatin1String("Description")));
        QCOMPARE(model->index(0, TenantDiffModel::BColumn, changed).data().toString(),
                 QStringLiteral("changed in B"));
        QVERIFY(dialog->view()->isExpanded(model->index(0, 0))); // the kinds open
        QVERIFY(dialog->statusLabel()->text().startsWith(QLatin1String("4 differences")));

        // Every item, then one kind.
        dialog->onlyDifferencesBox()->setChecked(false);
        QVERIFY(topRows(*model).contains(QStringLiteral("Users")));
        QVERIFY(model->rowCount(model->index(
                    topRows(*model).indexOf(QStringLiteral("Destinations")), 0)) >= 12);
        // The filter names the kinds as the tree does, translated (not the JSON's "users").
        QCOMPARE(dialog->kindFilter()->itemText(dialog->kindFilter()->findData(int(EntityKind::User))),
                 QStringLiteral("Users"));
        QVERIFY(dialog->kindFilter()->findText(QStringLiteral("Destination certificates")) > 0);
        dialog->kindFilter()->setCurrentIndex(
            dialog->kindFilter()->findData(int(EntityKind::User)));
        QCOMPARE(topRows(*model), QStringList{QStringLiteral("Users")});
        dialog->kindFilter()->setCurrentIndex(0);
        dialog->onlyDifferencesBox()->setChecked(true);
        QCOMPARE(topRows(*model).size(), 2);
        QVERIFY(!dialog->copyButton()->isEnabled()); // nothing checked
    }

    void copiesACheckedDestinationIntoBsJournal()
    {
        TenantDiffDialog* dialog = openDialog();
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        QVERIFY(model->setData(model->indexOf(destinationKey(kRemoved)), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(dialog->copyButton()->isEnabled());
        m_prompter.answers = {true};
        m_prompter.passwordAnswers = {QByteArray("sf-in-b")};
        QSignalSpy copied(dialog, &TenantDiffDialog::copyFinished);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QVERIFY(copied.wait(20000));
        QCOMPARE(copied.first().first().toBool(), true);
        QVERIFY(m_prompter.errors.isEmpty());
        QVERIFY(m_prompter.questions.last().contains(kRemoved));
        // A's keychain has no value for its Password: asked for, not invented.
        QCOMPARE(m_prompter.passwordQuestions.size(), 1);
        QVERIFY(m_prompter.passwordQuestions.first().contains(QStringLiteral("Password")));
        QVERIFY2(
            dialog->summaryLabel()->text().contains(QLatin1String("1 change waits in the journal")),
            qPrintable(dialog->summaryLabel()->text()));
        // Compared again: the copied destination is no longer a difference.
        QVERIFY(
            QTest::qWaitFor([&] { return dialog->hasComparison() && !dialog->isBusy(); }, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexOf(destinationKey(kRemoved)).isValid(), 20000);
        QVERIFY(model->indexOf(destinationKey(kChanged)).isValid());

        // B opened afresh: the copy waits in its journal, the destination is there, its secret
        // is in the keychain under B; A is unchanged.
        auto b = LocalTenant::open(m_pathB, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(b.ok());
        Workspace inB(*b, m_clock);
        const Result<QList<JournalEntry>> pending = inB.pendingChanges().result();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().kind, EntityKind::Destination);
        QCOMPARE(pending->first().key, kRemoved);
        QVERIFY(pending->first().description.contains(kRemoved));
        const Result<Destination> there = inB.client().destinations().get(kRemoved).result();
        QVERIFY(there.ok());
        QCOMPARE(there->secretState(QStringLiteral("Password")), Destination::SecretState::Set);
        const Result<QByteArray> secret =
            m_store
                .read(SecretStore::destinationKey((*b)->id(), kRemoved, QStringLiteral("Password")))
                .result();
        QCOMPARE(secret.value(), QByteArray("sf-in-b"));
        QCOMPARE(m_a->pendingChanges().result()->size(), 0);
        dialog->close();
    }

    // A role collection and a destination whose secrets A's keychain holds: nothing is asked, both
    // land in B's journal as one more step.
    void copiesSecretsFromTheKeychainWithoutAsking()
    {
        TenantDiffDialog* dialog = openDialog();
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        QVERIFY(model->setChecked(TenantDiffModel::itemKey(EntityKind::RoleCollection, kCollection),
                                  true));
        QVERIFY(model->setChecked(destinationKey(kKept), true));
        m_prompter = test::ScriptedPrompter();
        m_prompter.answers = {true};
        QSignalSpy copied(dialog, &TenantDiffDialog::copyFinished);
        dialog->copySelected();
        // Reading the keychain: closing waits until the copy is done.
        QVERIFY(dialog->isCopying());
        QVERIFY(!dialog->close());
        QVERIFY(dialog->isVisible());
        QVERIFY(copied.wait(20000));
        QVERIFY2(copied.first().first().toBool(),
                 qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QVERIFY(m_prompter.passwordQuestions.isEmpty());
        QVERIFY(m_prompter.questions.first().contains(kCollection));
        QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("Copy 2 items from")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasComparison() && !dialog->isBusy() &&
                                     !model->indexOf(destinationKey(kKept)).isValid(),
                                 20000);
        QCOMPARE(topRows(*model),
                 QStringList{QStringLiteral("Destinations")}); // only northwind is left

        auto b = LocalTenant::open(m_pathB, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(b.ok());
        Workspace inB(*b, m_clock);
        const Result<QList<JournalEntry>> pending = inB.pendingChanges().result();
        QVERIFY(pending.ok());
        QVERIFY(pending->size() >= 3); // the first copy, then the collection and the destination
        QStringList keys;
        for (const JournalEntry& e : *pending)
            keys.append(e.key);
        QVERIFY(keys.contains(kCollection) && keys.contains(kKept));
        QVERIFY(inB.client().roleCollections().get(kCollection).result().ok());
        QCOMPARE(inB.client().destinations().get(kKept).result()->secretState(
                     QStringLiteral("clientKey")),
                 Destination::SecretState::Set);
        dialog->close();
    }

    void declinedCopyChangesNothing()
    {
        TenantDiffDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto b = LocalTenant::open(m_pathB, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(b.ok());
        Workspace inB(*b, m_clock);
        const qsizetype before = inB.pendingChanges().result()->size();
        // The destination copied above goes again, with B's secret kept: nothing to ask; but
        // declining the confirmation copies nothing.
        QVERIFY(dialog->model()->setChecked(destinationKey(kChanged), true));
        m_prompter.answers = {false};
        QSignalSpy copied(dialog, &TenantDiffDialog::copyFinished);
        dialog->copySelected();
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 20000);
        QCOMPARE(copied.first().first().toBool(), false);
        QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("Nothing was copied."));
        QCOMPARE(inB.pendingChanges().result()->size(), before);
        dialog->close();
    }

    void refusesTheTenantItselfAndBadFiles()
    {
        m_prompter.fileAnswers = {QStringList{m_pathA}};
        m_window->compareAction()->trigger();
        TenantDiffDialog* dialog = m_window->compareDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->hasComparison());
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("is the tenant open here")));

        QSignalSpy finished(dialog, &TenantDiffDialog::comparisonFinished);
        const QString missing = m_dir.filePath(QStringLiteral("missing.ghtenant"));
        dialog->compareWith(missing);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog->statusLabel()->text().startsWith(QLatin1String("Cannot open")));
        QVERIFY(!QFile::exists(missing)); // not created
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(!dialog->copyButton()->isEnabled());

        // Cancelled while comparing: the result is dropped, the dialog is usable again.
        finished.clear();
        dialog->compareWith(m_pathB);
        QVERIFY(dialog->isBusy());
        QVERIFY(dialog->cancelButton()->isVisibleTo(dialog));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog->isBusy());
        QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("Comparison cancelled."));
        QTest::qWait(300);
        QVERIFY(!dialog->hasComparison());
        QCOMPARE(dialog->model()->rowCount(), 0);
        dialog->compareWith(m_pathB);
        QVERIFY(
            QTest::qWaitFor([&] { return dialog->hasComparison() && !dialog->isBusy(); }, 20000));
        QVERIFY(dialog->model()->indexOf(destinationKey(kChanged)).isValid());

        // For a look under a real display (GATEHOUSE_DIFF_HOLD_MS): the dialog with a field open.
        if (const int hold = qEnvironmentVariableIntValue("GATEHOUSE_DIFF_HOLD_MS"); hold > 0) {
            dialog->view()->expand(dialog->model()->indexOf(destinationKey(kChanged)));
            dialog->model()->setChecked(destinationKey(kChanged), true);
            dialog->show();
            dialog->raise();
            QTest::qWait(hold);
        }
        dialog->close();
    }
};

QTEST_MAIN(TestTenantDiffDialog)
#include "tst_tenantdiffdialog.moc"
