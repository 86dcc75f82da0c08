// KeystoreActions: import plans, key pair generation, CSR and signed chain, rename, delete and key
// renewal, each applied to a real demo tenant through the Workspace and undone again.
#include "DemoTenant.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/workspace/KeystoreActions.h"
#include "app/workspace/Workspace.h"

#include <QTest>

using namespace gh;
using namespace gh::keystore;

namespace {

struct Material
{
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

Material makeCertificate(const QString& cn, int days, const Material* issuer = nullptr, bool ca = false)
{
    Material m;
    auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
    if (!key)
        return m;
    m.key = std::move(*key);
    crypto::CertificateSpec spec;
    spec.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Test").arg(cn));
    spec.notBefore = test::fixedNow().addDays(-1);
    spec.notAfter = test::fixedNow().addDays(days);
    spec.isCa = ca;
    auto cert = issuer ? crypto::CertificateBuilder::issue(spec, m.key, issuer->certificate, issuer->key)
                       : crypto::CertificateBuilder::selfSigned(spec, m.key);
    if (cert)
        m.certificate = *cert;
    return m;
}

} // namespace

class TestKeystoreActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_ws;
    Actor m_actor{QStringLiteral("admin@contoso.com"), test::fixedNow()};

    QList<KeystoreEntry> entries() { return m_ws->client().keystore().list().result().value(); }
    const KeystoreEntry* entry(const QList<KeystoreEntry>& all, const QString& keystore, const QString& alias)
    {
        return findEntry(all, keystore, alias);
    }
    Status apply(const QList<Change>& changes, const QString& what = QStringLiteral("test step"))
    {
        return m_ws->apply(changes, what).result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.ghtenant"));
        m_ws.reset();
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_ws = std::make_unique<Workspace>(*tenant, m_clock);
    }

    void cleanup() { m_ws.reset(); }

    void aliasesFromNames()
    {
        QCOMPARE(aliasFrom(QStringLiteral("Contoso Issuing CA 2026")), QStringLiteral("contoso_issuing_ca_2026"));
        QCOMPARE(aliasFrom(QStringLiteral("  *.api.example.com ")), QStringLiteral("api.example.com"));
        QCOMPARE(aliasFrom(QStringLiteral("Ünïcode / Name")), QStringLiteral("n_code_name"));
        QCOMPARE(aliasFrom(QString()), QStringLiteral("certificate"));
        const QList<KeystoreEntry> all = entries();
        QCOMPARE(freeAlias(QStringLiteral("ariba_client"), SystemKeystore, all), QStringLiteral("ariba_client_2"));
        QCOMPARE(freeAlias(QStringLiteral("ariba_client"), RenewalKeystore, all), QStringLiteral("ariba_client"));
        QCOMPARE(freeAlias(QStringLiteral("x"), SystemKeystore, all, {QStringLiteral("x"), QStringLiteral("x_2")}),
                 QStringLiteral("x_3"));
    }

    void importPlanSaysWhatHappensAndUndoes()
    {
        const QList<KeystoreEntry> before = entries();
        const Material ca = makeCertificate(QStringLiteral("Test Root CA"), 3650, nullptr, true);
        const Material leaf = makeCertificate(QStringLiteral("api.partner.example"), 400, &ca);
        // A new version of an existing certificate under its alias, and an SAP-owned alias.
        const Material sftp = makeCertificate(QStringLiteral("sftp.partner-logistics.example"), 700);
        const Material sap = makeCertificate(QStringLiteral("SAP Global Root CA (demo)"), 700);
        const QByteArray bundle = crypto::Exporter::chainPem({leaf.certificate, ca.certificate}).value();
        const QByteArray existingSap = entry(before, SystemKeystore, QStringLiteral("sap_global_root_ca"))->chain.first();

        ImportOptions options;
        const QList<ImportSource> sources{
            {QStringLiteral("/tmp/bundle.pem"), bundle},
            {QStringLiteral("/tmp/sftp.der"), crypto::Exporter::certificateDer(sftp.certificate)},
            {QStringLiteral("/tmp/sap.pem"), crypto::Exporter::certificatePem(sap.certificate)},
            {QStringLiteral("/tmp/same.pem"), existingSap},
            {QStringLiteral("/tmp/garbage.crt"), QByteArray("not a certificate at all")},
        };
        const ImportPlan plan = planImport(sources, before, m_actor, options);
        QCOMPARE(plan.items.size(), 5);
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().where, QStringLiteral("/tmp/garbage.crt"));

        QCOMPARE(plan.items.at(0).entry.alias, QStringLiteral("api.partner.example"));
        QCOMPARE(plan.items.at(0).action, ImportAction::Add);
        QCOMPARE(plan.items.at(1).entry.alias, QStringLiteral("test_root_ca"));
        QCOMPARE(plan.items.at(2).entry.alias, QStringLiteral("sftp.partner-logistics.example"));
        QCOMPARE(plan.items.at(2).action, ImportAction::Add);
        QCOMPARE(plan.items.at(3).entry.alias, QStringLiteral("sap_global_root_ca_demo"));
        // The SAP root the keystore already holds: not duplicated under a new alias.
        QCOMPARE(plan.items.at(4).action, ImportAction::Unchanged);
        QVERIFY2(plan.items.at(4).note.contains(QLatin1String("'sap_global_root_ca'")), qPrintable(plan.items.at(4).note));
        QCOMPARE(plan.items.at(0).entry.owner, TenantOwner);
        QCOMPARE(plan.items.at(0).entry.type, QStringLiteral("Certificate"));
        QCOMPARE(plan.items.at(0).entry.lastModifiedBy, m_actor.user);
        QCOMPARE(plan.summary(), QStringLiteral("4 to add, 1 unchanged; 1 source could not be read"));

        QVERIFY(apply(plan.changes(), plan.description()).ok());
        QCOMPARE(entries().size(), before.size() + 4);
        QTRY_COMPARE(m_ws->state().undoText, QStringLiteral("Import 4 keystore entries"));
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(entries().size(), before.size());
    }

    void replaceRefuseAndUnchanged()
    {
        const QList<KeystoreEntry> before = entries();
        const Material renewed = makeCertificate(QStringLiteral("whatever"), 800);
        const QByteArray pem = crypto::Exporter::certificatePem(renewed.certificate);
        ImportOptions options;
        options.alias = QStringLiteral("partner_sftp_host");
        ImportPlan plan = planImport({{QStringLiteral("new.pem"), pem}}, before, m_actor, options);
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items.first().action, ImportAction::Replace);
        QVERIFY(plan.items.first().replaced.has_value());
        QVERIFY2(plan.items.first().note.contains(QLatin1String("2026-12-21")), qPrintable(plan.items.first().note));
        QCOMPARE(plan.description(), QStringLiteral("Import 'partner_sftp_host'"));
        QVERIFY(apply(plan.changes(), plan.description()).ok());
        const QList<KeystoreEntry> after = entries();
        QCOMPARE(after.size(), before.size());
        const KeystoreEntry* replaced = entry(after, SystemKeystore, QStringLiteral("partner_sftp_host"));
        QVERIFY(replaced);
        QCOMPARE(replaced->fingerprintSha256, renewed.certificate.fingerprint(QCryptographicHash::Sha256));
        QCOMPARE(replaced->createdTime, entry(before, SystemKeystore, QStringLiteral("partner_sftp_host"))->createdTime);

        // The same file again: unchanged, nothing to do.
        plan = planImport({{QStringLiteral("new.pem"), pem}}, after, m_actor, options);
        QCOMPARE(plan.items.first().action, ImportAction::Unchanged);
        QVERIFY(!plan.hasChanges());
        QVERIFY(plan.changes().isEmpty());

        // Onto an SAP-owned alias: refused.
        options.alias = QStringLiteral("sap_global_root_ca");
        plan = planImport({{QStringLiteral("new.pem"), pem}}, after, m_actor, options);
        QCOMPARE(plan.items.first().action, ImportAction::Refused);
        QCOMPARE(plan.summary(), QStringLiteral("1 refused"));

        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(entry(entries(), SystemKeystore, QStringLiteral("partner_sftp_host"))->fingerprintSha256,
                 entry(before, SystemKeystore, QStringLiteral("partner_sftp_host"))->fingerprintSha256);
    }

    void keyPairAndItsCertificateInOneImport()
    {
        Material leaf = makeCertificate(QStringLiteral("both.example"), 365);
        const QByteArray p12 = crypto::Exporter::pkcs12(leaf.key, {leaf.certificate}, crypto::SecretBuffer("pw")).value();
        ImportOptions options;
        options.password = [](const QString&, int) -> std::optional<crypto::SecretBuffer> { return crypto::SecretBuffer("pw"); };
        // The certificate comes first on the command line; the key pair still wins.
        const QList<ImportSource> sources{{QStringLiteral("both.crt"), crypto::Exporter::certificatePem(leaf.certificate)},
                                          {QStringLiteral("both.p12"), p12}};
        ImportPlan plan = planImport(sources, entries(), m_actor, options);
        QCOMPARE(plan.items.size(), 2);
        QCOMPARE(plan.items.at(0).source, QStringLiteral("both.p12"));
        QCOMPARE(plan.items.at(0).action, ImportAction::Add);
        QCOMPARE(plan.items.at(0).entry.type, QStringLiteral("Key Pair"));
        QCOMPARE(plan.items.at(1).action, ImportAction::Unchanged);
        QVERIFY(plan.items.at(1).note.contains(QLatin1String("in this import")));
        QVERIFY(apply(plan.changes(), plan.description()).ok());
        // Again, now that the key pair is stored: both unchanged, the note names the keystore.
        plan = planImport(sources, entries(), m_actor, options);
        QCOMPARE(plan.count(ImportAction::Unchanged), 2);
        QVERIFY2(plan.items.at(0).note.contains(QLatin1String("already holds")), qPrintable(plan.items.at(0).note));
        QVERIFY2(plan.items.at(1).note.contains(QLatin1String("already in the keystore as 'both.example'")),
                 qPrintable(plan.items.at(1).note));
    }

    void pkcs12WithPasswordsBecomesAKeyPair()
    {
        const Material ca = makeCertificate(QStringLiteral("P12 CA"), 3650, nullptr, true);
        Material leaf = makeCertificate(QStringLiteral("client.partner.example"), 365, &ca);
        crypto::Pkcs12Options p12options;
        p12options.friendlyName = QStringLiteral("Partner Client 2027");
        const QByteArray p12 =
            crypto::Exporter::pkcs12(leaf.key, {leaf.certificate, ca.certificate}, crypto::SecretBuffer("right"), p12options)
                .value();

        ImportOptions options;
        QStringList asked;
        options.password = [&](const QString& source, int attempt) -> std::optional<crypto::SecretBuffer> {
            asked.append(QStringLiteral("%1#%2").arg(source).arg(attempt));
            return attempt == 0 ? crypto::SecretBuffer("wrong") : crypto::SecretBuffer("right");
        };
        const ImportPlan plan = planImport({{QStringLiteral("client.p12"), p12}}, entries(), m_actor, options);
        QCOMPARE(asked, (QStringList{QStringLiteral("client.p12#0"), QStringLiteral("client.p12#1")}));
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(plan.items.size(), 1);
        const ImportItem& item = plan.items.first();
        QCOMPARE(item.entry.type, QStringLiteral("Key Pair"));
        QCOMPARE(item.entry.alias, QStringLiteral("partner_client_2027"));
        QCOMPARE(item.entry.chain.size(), 2);
        QVERIFY(item.privateKey);
        QVERIFY(leaf.certificate.publicKeyMatches(*item.privateKey));

        // Always wrong: a WrongPassword problem naming the file, after the attempts allowed.
        options.password = [](const QString&, int) -> std::optional<crypto::SecretBuffer> {
            return crypto::SecretBuffer("nope");
        };
        ImportPlan wrong = planImport({{QStringLiteral("client.p12"), p12}}, entries(), m_actor, options);
        QCOMPARE(wrong.problems.size(), 1);
        QCOMPARE(wrong.problems.first().kind, Error::Kind::WrongPassword);
        QCOMPARE(wrong.problems.first().where, QStringLiteral("client.p12"));
        // Declined: "no password given".
        options.password = [](const QString&, int) -> std::optional<crypto::SecretBuffer> { return std::nullopt; };
        wrong = planImport({{QStringLiteral("client.p12"), p12}}, entries(), m_actor, options);
        QCOMPARE(wrong.problems.first().message, QStringLiteral("no password given"));
    }

    void generateCsrAndSignedChain()
    {
        GenerateRequest request;
        request.alias = QStringLiteral("s4_outbound");
        request.key = crypto::KeySpec::rsa(2048);
        request.certificate.subject = *crypto::DistinguishedName::parse(QStringLiteral("CN=s4-outbound.contoso.com,O=Contoso,C=DE"));
        request.certificate.dnsNames = {QStringLiteral("s4-outbound.contoso.com")};
        auto generated = generateKeyPair(request, entries(), m_actor);
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().toString()));
        QCOMPARE(generated->entry.type, QStringLiteral("Key Pair"));
        QCOMPARE(generated->entry.keySize, 2048);
        QCOMPARE(generated->entry.validNotBefore, test::fixedNow());
        QCOMPARE(generated->entry.validNotAfter, test::fixedNow().addDays(365));
        QVERIFY(apply({generated->change()}).ok());

        // Taken now; an invalid alias names the field.
        auto again = generateKeyPair(request, entries(), m_actor);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("Alias"));
        request.alias = QStringLiteral(" spaced ");
        QCOMPARE(generateKeyPair(request, entries(), m_actor).error().field, QStringLiteral("Alias"));

        const KeystoreEntry pending = *entry(entries(), SystemKeystore, QStringLiteral("s4_outbound"));
        auto csr = signingRequest(pending, *generated->privateKey);
        QVERIFY(csr.ok());
        QVERIFY(csr->verifySignature());
        QCOMPARE(csr->subjectDN(), pending.subjectDN);
        QCOMPARE(csr->dnsNames(), QStringList{QStringLiteral("s4-outbound.contoso.com")});
        // Another key is refused.
        const Material other = makeCertificate(QStringLiteral("other"), 10);
        QCOMPARE(signingRequest(pending, other.key).error().field, QStringLiteral("Key"));

        // The CA signs the request; the chain comes back root first.
        const Material ca = makeCertificate(QStringLiteral("Contoso Test CA"), 3650, nullptr, true);
        crypto::CertificateSpec spec;
        spec.subject = csr->subject();
        spec.notBefore = test::fixedNow();
        spec.notAfter = test::fixedNow().addDays(730);
        spec.dnsNames = csr->dnsNames();
        const crypto::Certificate signedLeaf =
            crypto::CertificateBuilder::issue(spec, *generated->privateKey, ca.certificate, ca.key).value();
        auto update = updateWithSignedChain(pending, {ca.certificate, signedLeaf}, m_actor);
        QVERIFY2(update.ok(), qPrintable(update.ok() ? QString() : update.error().toString()));
        QVERIFY(apply({*update}).ok());
        const KeystoreEntry signedEntry = *entry(entries(), SystemKeystore, QStringLiteral("s4_outbound"));
        QCOMPARE(signedEntry.chain.size(), 2);
        QCOMPARE(signedEntry.issuerDN, ca.certificate.subjectDN());
        QCOMPARE(signedEntry.validNotAfter, test::fixedNow().addDays(730));
        // A chain for another key: refused, naming it.
        auto mismatched = updateWithSignedChain(signedEntry, {other.certificate}, m_actor);
        QVERIFY(!mismatched.ok());
        QCOMPARE(mismatched.error().field, QStringLiteral("Chain"));
        QVERIFY(mismatched.error().message.contains(QLatin1String("another key")));
        // Certificates and SAP-owned entries cannot take a chain.
        QCOMPARE(updateWithSignedChain(*entry(entries(), SystemKeystore, QStringLiteral("partner_root_ca")), {signedLeaf}, m_actor)
                     .error()
                     .field,
                 QStringLiteral("Type"));
        QCOMPARE(updateWithSignedChain(*entry(entries(), SystemKeystore, QStringLiteral("sap_cloudintegrationcertificate")),
                                       {signedLeaf}, m_actor)
                     .error()
                     .kind,
                 Error::Kind::Forbidden);

        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(entry(entries(), SystemKeystore, QStringLiteral("s4_outbound"))->chain.size(), 1);
    }

    void renameAndDelete()
    {
        const QList<KeystoreEntry> before = entries();
        const KeystoreEntry ariba = *entry(before, SystemKeystore, QStringLiteral("ariba_client"));
        auto renamed = rename(ariba, QStringLiteral("ariba_client_2026"), before, m_actor);
        QVERIFY(renamed.ok());
        QVERIFY(apply(*renamed, QStringLiteral("Rename")).ok());
        QList<KeystoreEntry> after = entries();
        QVERIFY(!entry(after, SystemKeystore, QStringLiteral("ariba_client")));
        const KeystoreEntry* moved = entry(after, SystemKeystore, QStringLiteral("ariba_client_2026"));
        QVERIFY(moved);
        QCOMPARE(moved->hexalias, KeystoreEntry::hexaliasOf(QStringLiteral("ariba_client_2026")));
        QCOMPARE(moved->fingerprintSha256, ariba.fingerprintSha256);
        QCOMPARE(rename(*moved, QStringLiteral("contoso_signing"), after, m_actor).error().field, QStringLiteral("Alias"));
        QCOMPARE(rename(*entry(after, SystemKeystore, QStringLiteral("sap_global_root_ca")), QStringLiteral("x"), after, m_actor)
                     .error()
                     .kind,
                 Error::Kind::Forbidden);
        QVERIFY(m_ws->undo().result().ok());
        QVERIFY(entry(entries(), SystemKeystore, QStringLiteral("ariba_client")));

        auto removed = removal({*entry(before, SystemKeystore, QStringLiteral("partner_as2_2024")),
                                *entry(before, SystemKeystore, QStringLiteral("partner_root_ca"))});
        QVERIFY(removed.ok());
        QVERIFY(apply(*removed).ok());
        QCOMPARE(entries().size(), before.size() - 2);
        auto sap = removal({*entry(before, SystemKeystore, QStringLiteral("sap_cloudintegrationcertificate"))});
        QCOMPARE(sap.error().kind, Error::Kind::Forbidden);
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(entries().size(), before.size());
    }

    void referencesFromDestinations()
    {
        const QList<Destination> destinations = m_ws->client().destinations().list().result().value();
        const QList<Reference> ariba = referencesTo(QStringLiteral("ariba_client"), destinations);
        QVERIFY(!ariba.isEmpty());
        QCOMPARE(ariba.first().property, QStringLiteral("KeyStoreLocation"));
        const QList<Reference> root = referencesTo(QStringLiteral("partner_root_ca"), destinations);
        QVERIFY(std::any_of(root.cbegin(), root.cend(), [](const Reference& r) { return r.property == QLatin1String("TrustStoreLocation"); }));
        QVERIFY(referencesTo(QStringLiteral("sap_global_root_ca"), destinations).isEmpty());

        // A file name as the value ("x.p12") names the alias too; other properties do not.
        Destination d;
        d.set(QStringLiteral("Name"), QStringLiteral("Files"));
        d.set(QStringLiteral("tokenService.KeyStoreLocation"), QStringLiteral("ariba_client.p12"));
        d.set(QStringLiteral("Description"), QStringLiteral("ariba_client"));
        const QList<Reference> file = referencesTo(QStringLiteral("ariba_client"), {d});
        QCOMPARE(file.size(), 1);
        QCOMPARE(file.first().property, QStringLiteral("tokenService.KeyStoreLocation"));

        QList<Reference> many;
        for (int i = 0; i < 10; ++i)
            many.append({QStringLiteral("D%1").arg(i), QStringLiteral("KeyStoreLocation")});
        const QStringList lines = describeReferences(many, 3);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), QStringLiteral("destination 'D0' (KeyStoreLocation)"));
        QCOMPARE(lines.last(), QStringLiteral("…and 7 more"));
    }

    void renewActivateRollBack()
    {
        const KeystoreEntry original = *entry(entries(), SystemKeystore, QStringLiteral("contoso_signing"));
        auto renewal = renewalKeyPair(original, entries(), m_actor);
        QVERIFY2(renewal.ok(), qPrintable(renewal.ok() ? QString() : renewal.error().toString()));
        QCOMPARE(renewal->entry.keystore, RenewalKeystore);
        QCOMPARE(renewal->entry.alias, original.alias);
        QCOMPARE(renewal->entry.subjectDN, original.subjectDN);
        QCOMPARE(renewal->entry.keyType, original.keyType);
        QCOMPARE(renewal->entry.keySize, original.keySize);
        QCOMPARE(renewal->entry.validNotBefore, test::fixedNow());
        QCOMPARE(renewal->entry.validNotBefore.secsTo(renewal->entry.validNotAfter),
                 original.validNotBefore.secsTo(original.validNotAfter));
        QVERIFY(apply({renewal->change()}, QStringLiteral("Renew")).ok());
        // A second renewal waits for the first.
        QCOMPARE(renewalKeyPair(original, entries(), m_actor).error().field, QStringLiteral("Alias"));
        QCOMPARE(renewalKeyPair(*entry(entries(), SystemKeystore, QStringLiteral("sap_cloudintegrationcertificate")),
                                entries(), m_actor)
                     .error()
                     .kind,
                 Error::Kind::Forbidden);

        const KeystoreEntry waiting = *entry(entries(), RenewalKeystore, QStringLiteral("contoso_signing"));
        QCOMPARE(activateRenewal(original, entries(), m_actor).error().field, QStringLiteral("Keystore"));
        m_actor.now = test::fixedNow().addSecs(3600);
        auto activated = activateRenewal(waiting, entries(), m_actor);
        QVERIFY2(activated.ok(), qPrintable(activated.ok() ? QString() : activated.error().toString()));
        QVERIFY(apply(*activated, QStringLiteral("Activate")).ok());
        QList<KeystoreEntry> all = entries();
        QVERIFY(!entry(all, RenewalKeystore, QStringLiteral("contoso_signing")));
        QCOMPARE(entry(all, SystemKeystore, QStringLiteral("contoso_signing"))->fingerprintSha256, waiting.fingerprintSha256);
        const KeystoreEntry* history = entry(all, HistoryKeystore, QStringLiteral("1_contoso_signing"));
        QVERIFY(history);
        QCOMPARE(history->fingerprintSha256, original.fingerprintSha256);
        QCOMPARE(history->extra.value(QStringLiteral("OriginalAlias")).toString(), QStringLiteral("contoso_signing"));
        QCOMPARE(history->extra.value(QStringLiteral("ActivationSequenceNumber")).toInt(), 1);
        QCOMPARE(history->extra.value(QStringLiteral("DeactivatedBy")).toString(), m_actor.user);
        QCOMPARE(history->extra.value(QStringLiteral("ActiveUntil")).toString(), QStringLiteral("2026-11-26T10:30:00Z"));

        // Roll back: the old key is active again, the renewed one goes to history as number 2.
        auto rolled = rollBack(*history, all, m_actor);
        QVERIFY2(rolled.ok(), qPrintable(rolled.ok() ? QString() : rolled.error().toString()));
        QVERIFY(apply(*rolled, QStringLiteral("Roll back")).ok());
        all = entries();
        QCOMPARE(entry(all, SystemKeystore, QStringLiteral("contoso_signing"))->fingerprintSha256, original.fingerprintSha256);
        QVERIFY(entry(all, HistoryKeystore, QStringLiteral("1_contoso_signing")));
        const KeystoreEntry* second = entry(all, HistoryKeystore, QStringLiteral("2_contoso_signing"));
        QVERIFY(second);
        QCOMPARE(second->fingerprintSha256, waiting.fingerprintSha256);
        QVERIFY(!entry(all, SystemKeystore, QStringLiteral("contoso_signing"))->extra.contains(QStringLiteral("OriginalAlias")));
        // Rolling back to what is active already is refused.
        QCOMPARE(rollBack(*entry(all, HistoryKeystore, QStringLiteral("1_contoso_signing")), all, m_actor).error().field,
                 QStringLiteral("Alias"));

        // Three undos bring back the original state.
        QVERIFY(m_ws->undo().result().ok());
        QVERIFY(m_ws->undo().result().ok());
        QVERIFY(m_ws->undo().result().ok());
        all = entries();
        QCOMPARE(entry(all, SystemKeystore, QStringLiteral("contoso_signing"))->fingerprintSha256, original.fingerprintSha256);
        QVERIFY(!entry(all, HistoryKeystore, QStringLiteral("1_contoso_signing")));
        QVERIFY(!entry(all, RenewalKeystore, QStringLiteral("contoso_signing")));
    }
};

QTEST_GUILESS_MAIN(TestKeystoreActions)
#include "tst_keystoreactions.moc"
