// TenantDiffDialog copying a credential, offscreen: two generated demo tenants (each its own file
// and id). A gets a new user credential whose password is set but not held by this machine's
// keychain for A; the diff view shows credentials as copyable; checked and copied, the password is
// asked for by name, kept under B's keychain key (never in B's file or journal), and the
// credential lands as one pending, undoable step in B's journal. Cancelling the prompt copies
// nothing.
#include "DemoTenant.h"
#include "ScriptedPrompter.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Workspace.h"
#include "models/TenantDiffModel.h"
#include "models/Translations.h"
#include "ui/diff/TenantDiffDialog.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gh;

namespace {

const QString kName = QStringLiteral("SFTP_New_Partner");
const QByteArray kTyped = "typed-in-the-prompt-4d2e";

QString credentialKey()
{
    return TenantDiffModel::itemKey(EntityKind::UserCredential, kName);
}

} // namespace

class TestTenantDiffCredentialCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pathB;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_a;
    MemorySecretStore m_store;
    std::unique_ptr<KeyVault> m_vault;
    test::ScriptedPrompter m_prompter;

    TenantDiffDialog* compare(std::unique_ptr<TenantDiffDialog>& dialog)
    {
        dialog = std::make_unique<TenantDiffDialog>(m_a.get(), m_vault.get(), &m_prompter, m_clock);
        dialog->compareWith(m_pathB);
        if (!QTest::qWaitFor([&] { return dialog->hasComparison() && !dialog->isBusy(); }, 20000))
            return nullptr;
        return dialog.get();
    }

    // Checks the credential and clicks Copy, answering the confirmation and the prompt.
    QVariantList copy(TenantDiffDialog* dialog, std::optional<QByteArray> typed)
    {
        if (!dialog->model()->setChecked(credentialKey(), true))
            return {};
        m_prompter = test::ScriptedPrompter();
        m_prompter.answers = {true};
        m_prompter.passwordAnswers = {typed};
        QSignalSpy copied(dialog, &TenantDiffDialog::copyFinished);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        if (!copied.wait(20000))
            return {};
        return copied.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        const QString pathA = test::createDemoTenant(m_dir, test::fixedNow(), QStringLiteral("a.ghtenant"));
        m_pathB = test::createDemoTenant(m_dir, test::fixedNow(), QStringLiteral("b.ghtenant"));
        QVERIFY(!pathA.isEmpty() && !m_pathB.isEmpty());
        auto a = LocalTenant::open(pathA, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(a.ok());
        m_a = std::make_unique<Workspace>(*a, m_clock);
        m_vault = std::make_unique<KeyVault>(m_store, (*a)->id());
        UserCredential ftp;
        ftp.name = kName;
        ftp.description = QStringLiteral("SFTP login at the new partner");
        ftp.user = QStringLiteral("contoso_new");
        credentials::Existing existing{m_a->client().userCredentials().list().result().value(),
                                       m_a->client().oauth2ClientCredentials().list().result().value(),
                                       m_a->client().secureParameters().list().result().value()};
        // Set in A (as a pulled tenant says), its value not on this machine: it must be asked for.
        const auto created = credentials::create(ftp, true, existing);
        QVERIFY(created.ok());
        QVERIFY(m_a->apply({*created}, credentials::stepDescription(*created)).result().ok());
    }

    void cleanupTestCase() { m_a.reset(); }

    void credentialsCanBeCheckedAndCancellingThePromptCopiesNothing()
    {
        std::unique_ptr<TenantDiffDialog> owner;
        TenantDiffDialog* dialog = compare(owner);
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        const QModelIndex row = model->indexOf(credentialKey());
        QVERIFY(row.isValid());
        QCOMPARE(row.parent().data().toString(), QStringLiteral("User credentials"));
        QCOMPARE(row.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(), QStringLiteral("Only in A"));
        QVERIFY(model->flags(row) & Qt::ItemIsUserCheckable);
        QCOMPARE(row.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(), QStringLiteral("Can be copied"));

        const QVariantList cancelled = copy(dialog, std::nullopt);
        QVERIFY(!cancelled.isEmpty());
        QVERIFY(!cancelled.first().toBool());
        QCOMPARE(m_prompter.passwordQuestions.size(), 1);
        Workspace* b = dialog->otherWorkspace();
        QVERIFY(b);
        QVERIFY(b->pendingChanges().result()->isEmpty());
        QCOMPARE(m_store.read(credentials::secretKey(b->tenant()->id(), EntityKind::UserCredential, kName))
                     .result()
                     .error()
                     .kind,
                 Error::Kind::NotFound);
    }

    void copiesOneCredentialWithItsPasswordAskedFor()
    {
        std::unique_ptr<TenantDiffDialog> owner;
        TenantDiffDialog* dialog = compare(owner);
        QVERIFY(dialog);
        const QVariantList copied = copy(dialog, kTyped);
        QVERIFY(!copied.isEmpty());
        QVERIFY2(copied.first().toBool(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        const QString question = m_prompter.questions.value(0);
        QVERIFY2(question.contains(QLatin1String("User credential")) && question.contains(kName), qPrintable(question));
        QCOMPARE(m_prompter.passwordQuestions.size(), 1);
        QVERIFY2(m_prompter.passwordQuestions.first().contains(kName) &&
                     m_prompter.passwordQuestions.first().contains(QLatin1String("password")),
                 qPrintable(m_prompter.passwordQuestions.first()));
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("1 change waits in the journal")) ||
                     dialog->summaryLabel()->text().contains(QLatin1String("1 change wait")),
                 qPrintable(dialog->summaryLabel()->text()));
        // Compared again: the copied credential is the same now.
        TenantDiffModel* model = dialog->model();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasComparison() && !dialog->isBusy() &&
                                     !model->indexOf(credentialKey()).isValid(),
                                 20000);

        Workspace* b = dialog->otherWorkspace();
        QVERIFY(b);
        const auto pending = b->pendingChanges().result();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().kind, EntityKind::UserCredential);
        QCOMPARE(pending->first().key, kName);
        QVERIFY(!QJsonDocument(*pending->first().after).toJson().contains(kTyped));
        const auto secret =
            m_store.read(credentials::secretKey(b->tenant()->id(), EntityKind::UserCredential, kName)).result();
        QVERIFY(secret.ok());
        QCOMPARE(*secret, kTyped);
        QFile file(m_pathB);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kTyped));
        const auto inB = b->client().userCredentials().get(kName).result();
        QVERIFY(inB.ok());
        QVERIFY(inB->passwordSet);
        QCOMPARE(inB->user, QStringLiteral("contoso_new"));
        // One undo in B takes the step back.
        QVERIFY(b->undo().result().ok());
        QVERIFY(!b->client().userCredentials().get(kName).result().ok());
    }
};

QTEST_MAIN(TestTenantDiffCredentialCopy)
#include "tst_tenantdiffcredentialcopy.moc"
