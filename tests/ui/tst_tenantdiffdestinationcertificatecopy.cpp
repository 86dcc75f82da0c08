// TenantDiffDialog copying destination certificates, offscreen: two generated demo tenants (each
// its own file and id). A imports a PEM certificate and a PKCS#12 keystore made here (the
// keystore's file in the secret store under A's id). The demo's keystore, whose file no machine
// holds, shows as not copyable in words and cannot be checked; the new certificate, the new
// keystore and a certificate both have (it differs) are checked and copied as one pending step in
// B's journal; the keystore's file is kept under B's id (read from A's, never a file) and the
// copied items no longer differ.
#include "DemoTenant.h"
#include "ScriptedPrompter.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/DestinationCertificateActions.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Workspace.h"
#include "models/TenantDiffModel.h"
#include "models/Translations.h"
#include "ui/diff/TenantDiffDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gh;

namespace {

QString certificateKey(const QString& name)
{
    return TenantDiffModel::itemKey(EntityKind::DestinationCertificate, name);
}

crypto::Certificate selfSigned(const QString& cn, crypto::PrivateKey& key, bool ca)
{
    auto generated = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
    if (!generated)
        qFatal("cannot generate a key");
    key = std::move(*generated);
    crypto::CertificateSpec spec;
    spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Test").arg(cn));
    spec.notBefore = test::fixedNow().addDays(-1);
    spec.notAfter = test::fixedNow().addDays(300);
    spec.isCa = ca;
    auto cert = crypto::CertificateBuilder::selfSigned(spec, key);
    if (!cert)
        qFatal("cannot make a certificate");
    return *cert;
}

} // namespace

class TestTenantDiffDestinationCertificateCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pathB;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_a;
    MemorySecretStore m_store;
    std::unique_ptr<KeyVault> m_vault;
    test::ScriptedPrompter m_prompter;
    QByteArray m_p12;

    void importIntoA(const QString& name, const QByteArray& bytes)
    {
        destinationcerts::ImportOptions options;
        options.name = name;
        options.password = [](const QString&, int attempt) -> std::optional<crypto::SecretBuffer> {
            if (attempt > 0)
                return std::nullopt;
            return crypto::SecretBuffer(QByteArrayView("changeit"));
        };
        const auto existing = m_a->client().destinationCertificates().list().result().value();
        const destinationcerts::ImportPlan plan = destinationcerts::planImport({{name, bytes}}, existing, options);
        if (!plan.problems.isEmpty() || plan.items.size() != 1)
            qFatal("import of %s refused", qPrintable(name));
        const QByteArray content = plan.items.first().keystoreContent;
        if (!content.isEmpty() &&
            !m_store.write(SecretStore::destinationCertificateContentKey(m_a->tenant()->id(), name), content)
                 .result()
                 .ok())
            qFatal("cannot keep the keystore's file");
        if (!m_a->apply(plan.changes(), plan.description()).result().ok())
            qFatal("cannot apply");
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
        crypto::PrivateKey caKey;
        importIntoA(QStringLiteral("partner-new.pem"),
                    selfSigned(QStringLiteral("Partner Root CA"), caKey, true).toPem());
        crypto::PrivateKey leafKey;
        const crypto::Certificate leaf = selfSigned(QStringLiteral("client.partner.example"), leafKey, false);
        m_p12 = crypto::Exporter::pkcs12(leafKey, {leaf}, crypto::SecretBuffer(QByteArrayView("changeit"))).value();
        importIntoA(QStringLiteral("client-new.p12"), m_p12);
    }

    void cleanupTestCase() { m_a.reset(); }

    void aKeystoreWithoutItsFileCannotBeChecked()
    {
        std::unique_ptr<TenantDiffDialog> owner;
        TenantDiffDialog* dialog = compare(owner);
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        const QModelIndex demo = model->indexOf(certificateKey(QStringLiteral("contoso-client.p12")));
        QVERIFY(demo.isValid());
        QCOMPARE(demo.parent().data().toString(), QStringLiteral("Destination certificates"));
        QCOMPARE(demo.siblingAtColumn(TenantDiffModel::StatusColumn).data().toString(), QStringLiteral("Differs"));
        QVERIFY(!(model->flags(demo) & Qt::ItemIsUserCheckable));
        QCOMPARE(demo.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                 QStringLiteral("Not copyable: file not here"));
        QVERIFY(demo.data(Qt::ToolTipRole).toString().contains(QLatin1String("Import the file into B")));
        // Its field rows: the fingerprints of its two certificates, A's and B's; one field differs.
        QCOMPARE(model->rowCount(demo), 4);
        QCOMPARE(model->index(0, TenantDiffModel::ItemColumn, demo).data().toString(),
                 QStringLiteral("fingerprintsSha256"));
        QCOMPARE(demo.siblingAtColumn(TenantDiffModel::AColumn).data().toString(), QStringLiteral("1 field differs"));
        for (const char* name : {"partner-new.pem", "client-new.p12", "northwind-trust.pem"}) {
            const QModelIndex copyable = model->indexOf(certificateKey(QLatin1String(name)));
            QVERIFY2(model->flags(copyable) & Qt::ItemIsUserCheckable, name);
            QCOMPARE(copyable.siblingAtColumn(TenantDiffModel::CopyColumn).data().toString(),
                     QStringLiteral("Can be copied"));
        }
    }

    void copiesCertificatesAndAKeystoreFileIntoB()
    {
        std::unique_ptr<TenantDiffDialog> owner;
        TenantDiffDialog* dialog = compare(owner);
        QVERIFY(dialog);
        TenantDiffModel* model = dialog->model();
        for (const char* name : {"partner-new.pem", "client-new.p12", "northwind-trust.pem"})
            QVERIFY2(model->setChecked(certificateKey(QLatin1String(name)), true), name);
        QVERIFY(dialog->copyButton()->isEnabled());
        m_prompter = test::ScriptedPrompter();
        m_prompter.answers = {true};
        QSignalSpy copied(dialog, &TenantDiffDialog::copyFinished);
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QVERIFY(copied.wait(20000));
        QVERIFY2(copied.first().first().toBool(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        const QString question = m_prompter.questions.value(0);
        QVERIFY2(question.contains(QLatin1String("Destination certificate")), qPrintable(question));
        QVERIFY(question.contains(QLatin1String("replace B's"))); // northwind-trust.pem
        QVERIFY(m_prompter.passwordQuestions.isEmpty()); // the file comes from the keychain
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("3 changes wait in the journal")),
                 qPrintable(dialog->summaryLabel()->text()));
        // Compared again: the copied ones are the same now, the demo's keystore still differs.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasComparison() && !dialog->isBusy() &&
                                     !model->indexOf(certificateKey(QStringLiteral("partner-new.pem"))).isValid(),
                                 20000);
        QVERIFY(!model->indexOf(certificateKey(QStringLiteral("client-new.p12"))).isValid());
        QVERIFY(!model->indexOf(certificateKey(QStringLiteral("northwind-trust.pem"))).isValid());
        QVERIFY(model->indexOf(certificateKey(QStringLiteral("contoso-client.p12"))).isValid());

        Workspace* b = dialog->otherWorkspace();
        QVERIFY(b);
        const auto pending = b->pendingChanges().result();
        QCOMPARE(pending->size(), 3);
        for (const JournalEntry& e : *pending)
            QCOMPARE(e.kind, EntityKind::DestinationCertificate);
        const auto file = m_store.read(SecretStore::destinationCertificateContentKey(b->tenant()->id(),
                                                                                     QStringLiteral("client-new.p12")))
                              .result();
        QVERIFY(file.ok());
        QVERIFY(!file->isEmpty());
        const auto fileInA = m_store.read(SecretStore::destinationCertificateContentKey(m_a->tenant()->id(),
                                                                                        QStringLiteral("client-new.p12")))
                                 .result();
        QCOMPARE(*file, *fileInA);
        const auto inB = b->client().destinationCertificates().get(QStringLiteral("client-new.p12")).result();
        QVERIFY(inB.ok());
        QVERIFY(inB->isKeystore());
        // One undo in B takes the step back.
        QVERIFY(b->undo().result().ok());
        QVERIFY(!b->client().destinationCertificates().get(QStringLiteral("partner-new.pem")).result().ok());
    }
};

QTEST_MAIN(TestTenantDiffDestinationCertificateCopy)
#include "tst_tenantdiffdestinationcertificatecopy.moc"
