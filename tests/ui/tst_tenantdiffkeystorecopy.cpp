// TenantDiffDialog copying a key pair and a certificate of the keystore, offscreen: two generated
// demo tenants (each its own file and id); A holds a key pair whose private key is in the key
// vault under A's id, and a certificate. Checked in the diff view and copied, both land as one
// pending step in B's journal, the private key is kept under B's id (read from A's, never a file)
// and the entries no longer differ. A key pair whose key this machine does not hold is refused
// with an error naming it, and nothing reaches B. An SAP-owned entry (the demo's SAP root CA,
// generated per tenant, so it differs) cannot be checked at all: not by its box, not by the
// keyboard, not through its kind row; the Copy column and the tool tip say why in words.
#include "DemoTenant.h"
#include "ScriptedPrompter.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/Workspace.h"
#include "models/TenantDiffModel.h"
#include "models/Translations.h"
#include "ui/diff/TenantDiffDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QSignalSpy>
#include <QTest>

using namespace gh;

namespace {

QString keystoreKey(const QString& alias)
{
    return TenantDiffModel::itemKey(EntityKind::KeystoreEntry, QStringLiteral("system/") + alias);
}

} // namespace

class TestTenantDiffKeystoreCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pathB;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_a;
    MemorySecretStore m_store;
    std::unique_ptr<KeyVault> m_vault;
    test::ScriptedPrompter m_prompter;
    KeystoreEntry m_pair;
    KeystoreEntry m_orphan; // a key pair whose key is not held here

    KeystoreEntry generate(const QString& alias, bool keep)
    {
        keystore::GenerateRequest request;
        request.alias = alias;
        request.key = crypto::KeySpec::ec(QStringLiteral("P-256"));
        request.certificate.subject =
            *crypto::DistinguishedName::parse(QStringLiteral("CN=%1.contoso.com").arg(alias));
        const QList<KeystoreEntry> existing = m_a->client().keystore().list().result().value();
        const auto generated = keystore::generateKeyPair(request, existing,
                                                         {QStringLiteral("admin"), test::fixedNow()});
        if (!generated)
            qFatal("%s", generated.error().toString().toUtf8().constData());
        if (keep && !m_vault->keep(*generated->privateKey).result().ok())
            qFatal("cannot keep the key");
        if (!m_a->apply({generated->change()}, QStringLiteral("generate")).result().ok())
            qFatal("cannot apply");
        return generated->entry;
    }

    TenantDiffDialog* compare(std::unique_ptr<TenantDiffDialog>& dialog)
    {
        dialog = std::make_unique<TenantDiffDialog>(m_a.get(), m_vault.get(), &m_prompter, m_clock);
        dialog->compareWith(m_pathB);
        if (!QTest::qWaitFor([&] { return dialog->hasComparison() && !dialog->isBusy(); }, 20000))
            return nullptr;
        return dialog.get();
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
        m_pair = generate(QStringLiteral("partner_signing"), true);
        m_orphan = generate(QStringLiteral("made_elsewhere"), false);
    }

    void cleanupTestCase() { m_a.reset(); }

    void sapOwnedEntriesCannotBeChecked()
    {
        std::unique_ptr<TenantDiffDialog> owner;
        TenantDiffDialog* dialog = compare(owner);
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        const QModelIndex sap = model->indexOf(keystoreKey(QStringLiteral("sap_global_root_ca")));
        QVERIFY(sap.isValid());
        QCOMPARE(sap.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("Differs"));
        QVERIFY(!(model->flags(sap) & Qt::ItemIsUserCheckable));
        QVERIFY(!sap.data(Qt::CheckStateRole).isValid());
        QCOMPARE(sap.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                 QStringLiteral("Not copyable: SAP-owned"));
        QVERIFY2(sap.data(Qt::ToolTipRole).toString().contains(QLatin1String("owned by SAP")),
                 qPrintable(sap.data(Qt::ToolTipRole).toString()));
        // The column is shown in the view, not only in the model.
        QVERIFY(!dialog->view()->isColumnHidden(TenantDiffModel::CopyColumn));
        QCOMPARE(dialog->view()->model()->headerData(TenantDiffModel::CopyColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Copy"));

        // Space on the row, as a keyboard user would check it: nothing is checked.
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->view()->setFocus();
        dialog->view()->setCurrentIndex(sap);
        QTest::keyClick(dialog->view(), Qt::Key_Space);
        QVERIFY(model->checkedItems().isEmpty());
        QVERIFY(!model->setData(sap, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!dialog->copyButton()->isEnabled());

        // The kind row checks every copyable entry, never the SAP-owned one.
        const QModelIndex keystoreRow = sap.parent();
        QVERIFY(model->setData(keystoreRow, Qt::Checked, Qt::CheckStateRole));
        const QList<copying::CopyItem> checked = model->checkedItems();
        QVERIFY(!checked.isEmpty());
        for (const copying::CopyItem& item : checked)
            QVERIFY2(!item.name.startsWith(QLatin1String("system/sap_")), qPrintable(item.name));
        QCOMPARE(keystoreRow.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(dialog->copyButton()->isEnabled());
        QVERIFY(model->setData(keystoreRow, Qt::Unchecked, Qt::CheckStateRole));
        dialog->hide();
    }

    void refusesAKeyPairWhoseKeyIsNotHeld()
    {
        std::unique_ptr<TenantDiffDialog> owner;
        TenantDiffDialog* dialog = compare(owner);
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        const QModelIndex orphan = model->indexOf(keystoreKey(m_orphan.alias));
        QVERIFY(orphan.isValid());
        QVERIFY(model->flags(orphan) & Qt::ItemIsUserCheckable);
        QVERIFY(model->setData(orphan, Qt::Checked, Qt::CheckStateRole));
        m_prompter = test::ScriptedPrompter();
        m_prompter.answers = {true};
        QSignalSpy copied(dialog, &TenantDiffDialog::copyFinished);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QVERIFY(copied.wait(20000));
        QCOMPARE(copied.first().first().toBool(), false);
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(QLatin1String("'made_elsewhere'")),
                 qPrintable(m_prompter.errors.first()));
        QVERIFY(dialog->summaryLabel()->text().startsWith(QLatin1String("Nothing was copied")));
        QCOMPARE(dialog->otherWorkspace()->pendingChanges().result()->size(), 0);
    }

    void copiesAKeyPairAndItsPrivateKeyIntoB()
    {
        std::unique_ptr<TenantDiffDialog> owner;
        TenantDiffDialog* dialog = compare(owner);
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        const QModelIndex pair = model->indexOf(keystoreKey(m_pair.alias));
        QVERIFY(pair.isValid());
        QCOMPARE(pair.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(),
                 QStringLiteral("Only in A"));
        QVERIFY(model->setData(pair, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(dialog->copyButton()->isEnabled());
        m_prompter = test::ScriptedPrompter();
        m_prompter.answers = {true};
        QSignalSpy copied(dialog, &TenantDiffDialog::copyFinished);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QVERIFY(copied.wait(20000));
        QVERIFY2(copied.first().first().toBool(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QVERIFY(m_prompter.questions.first().contains(QLatin1String("Keystore entry")));
        QVERIFY(m_prompter.passwordQuestions.isEmpty()); // the key comes from the key vault
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("1 change waits in the journal")),
                 qPrintable(dialog->summaryLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasComparison() && !dialog->isBusy() &&
                                     !model->indexOf(keystoreKey(m_pair.alias)).isValid(),
                                 20000);

        Workspace* b = dialog->otherWorkspace();
        QVERIFY(b);
        const auto pending = b->pendingChanges().result();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().kind, EntityKind::KeystoreEntry);
        QVERIFY(b->tenant()->id() != m_a->tenant()->id());
        KeyVault inB(m_store, b->tenant()->id());
        const auto key = inB.keyOf(m_pair).result();
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().toString()));
        QCOMPARE((*key)->publicKeyDer(), m_vault->keyOf(m_pair).result().value()->publicKeyDer());
        // One undo in B takes it back.
        QVERIFY(b->undo().result().ok());
        QVERIFY(!keystore::findEntry(b->client().keystore().list().result().value(),
                                     QStringLiteral("system"), m_pair.alias));
    }
};

QTEST_MAIN(TestTenantDiffKeystoreCopy)
#include "tst_tenantdiffkeystorecopy.moc"
