// TenantDiff and TenantCopy of the Destination service's certificates between two generated demo
// tenants (each its own file and id, real SQLite): A imports a PEM certificate and a PKCS#12
// keystore made here with OpenSSL (the keystore's file in the real Secret Service under A's id,
// tests/with-keyring.sh). The known differences are exactly reported (the demo's own certificates
// are generated per tenant, so they differ in fingerprints); the demo's keystore whose file no
// machine holds is refused before anything is planned; the copy lands as one pending, undoable
// step in B with the keystore's file carried keychain to keychain, after which the copied items
// do not differ; a keystore whose file this machine does not hold for A copies nothing.
#include "DemoTenant.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/CopyMaterial.h"
#include "app/workspace/DestinationCertificateActions.h"
#include "app/workspace/TenantCopy.h"
#include "app/workspace/Workspace.h"
#include "workspace/CopyTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace gh;
using namespace gh::copying;
using namespace gh::copytest;

namespace {

struct Material
{
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

Material makeCertificate(const QString& cn, bool ca)
{
    Material m;
    auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
    if (!key)
        qFatal("%s", key.error().toString().toUtf8().constData());
    m.key = std::move(*key);
    crypto::CertificateSpec spec;
    spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Test").arg(cn));
    spec.notBefore = test::fixedNow().addDays(-1);
    spec.notAfter = test::fixedNow().addDays(400);
    spec.isCa = ca;
    auto cert = crypto::CertificateBuilder::selfSigned(spec, m.key);
    if (!cert)
        qFatal("%s", cert.error().toString().toUtf8().constData());
    m.certificate = *cert;
    return m;
}

QStringList lines(const QList<TenantDifference>& differences)
{
    QStringList out;
    for (const TenantDifference& d : differences) {
        QString line = d.key + QLatin1Char(' ') + differenceStatusName(d.status);
        QStringList fields; // a list's items are rows of their own: each field once
        for (const changes::PropertyDiff& f : d.fields)
            if (!fields.contains(f.property))
                fields.append(f.property);
        if (!fields.isEmpty())
            line += QLatin1Char(' ') + fields.join(QLatin1Char(' '));
        out.append(line);
    }
    return out;
}

const QList<EntityKind> kCertificates{EntityKind::DestinationCertificate};

} // namespace

class TestTenantCopyDestinationCertificates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    std::shared_ptr<LocalTenant> m_a;
    std::shared_ptr<LocalTenant> m_b;
    std::unique_ptr<Workspace> m_wsA;
    std::unique_ptr<Workspace> m_wsB;

    TenantListing list(Workspace& ws)
    {
        return listed(ws, kCertificates);
    }

    // Imports `bytes` as `name` into A; a keystore's file goes to `store` under A's id when given.
    void importIntoA(const QString& name, const QByteArray& bytes, SecretStore* store)
    {
        destinationcerts::ImportOptions options;
        options.name = name;
        options.password = [](const QString&, int attempt) -> std::optional<crypto::SecretBuffer> {
            if (attempt > 0)
                return std::nullopt;
            return crypto::SecretBuffer(QByteArrayView("changeit"));
        };
        const destinationcerts::ImportPlan plan =
            destinationcerts::planImport({{name, bytes}}, list(*m_wsA).destinationCertificates, options);
        if (!plan.problems.isEmpty() || plan.items.size() != 1)
            qFatal("import of %s refused", qPrintable(name));
        const destinationcerts::ImportItem& imported = plan.items.first();
        if (store && !imported.keystoreContent.isEmpty()) {
            const Status kept = await(store->write(
                SecretStore::destinationCertificateContentKey(m_a->id(), name), imported.keystoreContent));
            if (!kept)
                qFatal("%s", kept.error().toString().toUtf8().constData());
        }
        const Status applied = await(m_wsA->apply(plan.changes(), plan.description()));
        if (!applied)
            qFatal("%s", applied.error().toString().toUtf8().constData());
    }

    QByteArray pkcs12(const QString& cn)
    {
        const Material leaf = makeCertificate(cn, false);
        return crypto::Exporter::pkcs12(leaf.key, {leaf.certificate},
                                        crypto::SecretBuffer(QByteArrayView("changeit")))
            .value();
    }

private Q_SLOTS:
    void init()
    {
        m_wsA.reset();
        m_wsB.reset();
        m_a = openDemoTenant(m_dir, QStringLiteral("a.ghtenant"));
        m_b = openDemoTenant(m_dir, QStringLiteral("b.ghtenant"));
        QVERIFY(m_a && m_b);
        QVERIFY(m_a->id() != m_b->id());
        m_wsA = std::make_unique<Workspace>(m_a, m_clock);
        m_wsB = std::make_unique<Workspace>(m_b, m_clock);
    }

    void cleanup()
    {
        m_wsA.reset();
        m_wsB.reset();
        m_a.reset();
        m_b.reset();
    }

    void parsesDestinationCertificateItems()
    {
        QCOMPARE(item(QStringLiteral("destination-certificate:partner.pem")),
                 (CopyItem{EntityKind::DestinationCertificate, QStringLiteral("partner.pem")}));
        QCOMPARE(item(QStringLiteral("destination_certificates:client.p12")).kind, EntityKind::DestinationCertificate);
        QCOMPARE(copyItemText(item(QStringLiteral("destination-certificates:x.pem"))),
                 QStringLiteral("destination-certificate:x.pem"));
        QVERIFY(!parseCopyItem(QStringLiteral("destination-certificate:")).ok());
    }

    void knownDifferencesAndRefusals()
    {
        importIntoA(QStringLiteral("partner-new.pem"), makeCertificate(QStringLiteral("Partner CA"), true).certificate.toPem(),
                    nullptr);
        const TenantListing a = list(*m_wsA);
        const TenantListing b = list(*m_wsB);
        // The demo's own three are generated per tenant: only their fingerprints differ.
        QCOMPARE(lines(diffListings(a, b, kCertificates)),
                 (QStringList{QStringLiteral("contoso-client.p12 differs fingerprintsSha256"),
                              QStringLiteral("erp-gateway.crt differs fingerprintsSha256"),
                              QStringLiteral("northwind-trust.pem differs fingerprintsSha256"),
                              QStringLiteral("partner-new.pem onlyInA")}));
        // B's certificate of that name with another subject and end of validity: both fields named.
        TenantListing changed = b;
        changed.destinationCertificates.append(a.destinationCertificates.last());
        changed.destinationCertificates.last().nodes.first().notAfter = test::fixedNow().addDays(9);
        changed.destinationCertificates.last().nodes.first().subject = QStringLiteral("CN=Other");
        QCOMPARE(lines(diffListings(a, changed, kCertificates)).last(),
                 QStringLiteral("partner-new.pem differs notAfter subject"));

        // The demo's keystore has no file on any machine: refused before anything is planned.
        const QList<RefusedItem> refused =
            refusals({item(QStringLiteral("destination-certificate:contoso-client.p12")),
                      item(QStringLiteral("destination-certificate:partner-new.pem")),
                      item(QStringLiteral("destination-certificate:nope.pem"))},
                     a, b);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).item.name, QStringLiteral("contoso-client.p12"));
        QCOMPARE(refused.at(0).reason, Refusal::NoContent);
        QCOMPARE(refused.at(1).reason, Refusal::NotFound);
        // Copy refuses it all the same, naming it.
        const CopyPlan plan =
            planCopy({item(QStringLiteral("destination-certificate:contoso-client.p12"))}, a, b, QStringLiteral("A"));
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().toString().contains(QLatin1String("contoso-client.p12")));
        QVERIFY(plan.changes.isEmpty());
    }

    void copiesCertificatesAndKeystoreFilesIntoB()
    {
        if (!insideThrowawayKeyring()) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        KeychainSecretStore store(QStringLiteral("gatehouse-test-copy-destcerts"));
        importIntoA(QStringLiteral("partner-new.pem"), makeCertificate(QStringLiteral("Partner CA"), true).certificate.toPem(),
                    &store);
        const QByteArray p12 = pkcs12(QStringLiteral("client.partner.example"));
        importIntoA(QStringLiteral("client-new.p12"), p12, &store);
        const QString keyA = SecretStore::destinationCertificateContentKey(m_a->id(), QStringLiteral("client-new.p12"));
        const QString keyB = SecretStore::destinationCertificateContentKey(m_b->id(), QStringLiteral("client-new.p12"));
        const auto fileInA = await(store.read(keyA));
        QVERIFY2(fileInA.ok(), why(fileInA).constData());
        QCOMPARE(await(store.read(keyB)).error().kind, Error::Kind::NotFound);

        const QList<CopyItem> items{item(QStringLiteral("destination-certificate:partner-new.pem")),
                                    item(QStringLiteral("destination-certificate:client-new.p12")),
                                    item(QStringLiteral("destination-certificate:northwind-trust.pem")),
                                    item(QStringLiteral("destination-certificate:partner-new.pem"))}; // once
        const CopyPlan plan = planCopy(items, list(*m_wsA), list(*m_wsB), QStringLiteral("A"));
        QVERIFY2(plan.problems.isEmpty(),
                 plan.problems.isEmpty() ? "" : plan.problems.first().toString().toUtf8().constData());
        QCOMPARE(plan.items.size(), 3);
        QCOMPARE(plan.items.at(0).action, CopyAction::Add);
        QCOMPARE(plan.items.at(1).action, CopyAction::Add);
        QCOMPARE(plan.items.at(2).action, CopyAction::Replace);
        QCOMPARE(plan.changes.size(), 3);
        QCOMPARE(plan.destinationKeystores, QStringList{QStringLiteral("client-new.p12")});
        QVERIFY(plan.hasMaterial());
        for (const Change& c : plan.changes) // the keystore's file never enters the journal
            QVERIFY(!QJsonDocument(*c.after).toJson().contains(p12.toBase64().left(40)));

        const Status carried = await(carryMaterial(store, m_a->id(), m_b->id(), plan));
        QVERIFY2(carried.ok(), why(carried).constData());
        QVERIFY(await(m_wsB->apply(plan.changes, plan.description)).ok());
        const auto fileInB = await(store.read(keyB));
        QVERIFY2(fileInB.ok(), why(fileInB).constData());
        QCOMPARE(*fileInB, *fileInA);

        // Copied, they do not differ; the step is pending in B and one undo takes it back.
        const auto differing = [&] {
            QStringList out;
            for (const TenantDifference& d : diffListings(list(*m_wsA), list(*m_wsB), kCertificates))
                out.append(d.key);
            return out;
        };
        QCOMPARE(differing(), (QStringList{QStringLiteral("contoso-client.p12"), QStringLiteral("erp-gateway.crt")}));
        const auto pending = await(m_wsB->pendingChanges());
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        QVERIFY(await(m_wsB->undo()).ok());
        QCOMPARE(differing().size(), 5);

        QVERIFY(await(store.remove(keyA)).ok());
        QVERIFY(await(store.remove(keyB)).ok());
    }

    void aKeystoreWhoseFileIsNotHeldCopiesNothing()
    {
        if (!insideThrowawayKeyring()) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        KeychainSecretStore store(QStringLiteral("gatehouse-test-copy-destcerts"));
        importIntoA(QStringLiteral("elsewhere.p12"), pkcs12(QStringLiteral("elsewhere.example")), nullptr);
        const CopyPlan plan = planCopy({item(QStringLiteral("destination-certificate:elsewhere.p12"))}, list(*m_wsA),
                                       list(*m_wsB), QStringLiteral("A"));
        QVERIFY(plan.problems.isEmpty());
        const Status carried = await(carryMaterial(store, m_a->id(), m_b->id(), plan));
        QVERIFY(!carried.ok());
        QCOMPARE(carried.error().kind, Error::Kind::NotFound);
        QVERIFY2(carried.error().toString().contains(QLatin1String("'elsewhere.p12'")), why(carried).constData());
        QVERIFY(await(m_wsB->pendingChanges())->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantCopyDestinationCertificates)
#include "tst_tenantcopydestinationcertificates.moc"
