// Destination certificate actions: import of PEM, DER and PKCS#12 made here with OpenSSL (the
// keystore's file handed back for the keychain, never in a Change), the refusals (JKS, names,
// passwords, keys outside a keystore), export, usage by destinations, and delete, each applied
// to a real demo tenant through the Workspace and undone again.
#include "DemoTenant.h"
#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/Exporter.h"
#include "app/workspace/DestinationCertificateActions.h"
#include "app/workspace/Workspace.h"

#include <QJsonDocument>
#include <QTest>

using namespace gh;
using namespace gh::destinationcerts;

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

PasswordProvider passwords(const QList<QByteArray>& answers, int* asked = nullptr)
{
    return [answers, asked](const QString&, int attempt) -> std::optional<crypto::SecretBuffer> {
        if (asked)
            ++*asked;
        if (attempt >= answers.size())
            return std::nullopt;
        return crypto::SecretBuffer(QByteArrayView(answers.at(attempt)));
    };
}

} // namespace

class TestDestinationCertificateActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_ws;
    Material m_ca;
    Material m_leaf;

    QList<DestinationCertificate> certificates()
    {
        return m_ws->client().destinationCertificates().list().result().value();
    }
    QList<Destination> destinations() { return m_ws->client().destinations().list().result().value(); }
    std::optional<DestinationCertificate> find(const QString& name)
    {
        auto c = m_ws->client().destinationCertificates().get(name).result();
        return c ? std::optional<DestinationCertificate>(*c) : std::nullopt;
    }
    QByteArray pkcs12(const QByteArray& password)
    {
        return crypto::Exporter::pkcs12(m_leaf.key, {m_leaf.certificate, m_ca.certificate},
                                        crypto::SecretBuffer(QByteArrayView(password)))
            .value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
        m_ca = makeCertificate(QStringLiteral("Test Root CA"), 3650, nullptr, true);
        m_leaf = makeCertificate(QStringLiteral("client.partner.example"), 400, &m_ca);
        QVERIFY(!m_leaf.certificate.isNull());
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

    void importsPemAndDerAndUndoes()
    {
        const QList<DestinationCertificate> before = certificates();
        const QByteArray pem = crypto::Exporter::chainPem({m_leaf.certificate, m_ca.certificate}).value();
        const ImportPlan plan = planImport({{QStringLiteral("/tmp/in/partner-chain.pem"), pem},
                                            {QStringLiteral("root.der"), crypto::Exporter::certificateDer(m_ca.certificate)}},
                                           before);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).toString()));
        QCOMPARE(plan.count(ImportAction::Add), 2);
        const DestinationCertificate& chain = plan.items.first().certificate;
        QCOMPARE(chain.name, QStringLiteral("partner-chain.pem"));
        QCOMPARE(chain.type, DestinationCertificate::CertificateType);
        QCOMPARE(chain.generationMethod, QStringLiteral("import"));
        QCOMPARE(chain.nodes.size(), 2);
        QCOMPARE(chain.subject(), m_leaf.certificate.subjectDN());
        QCOMPARE(chain.nodes.first().commonName, QStringLiteral("client.partner.example"));
        QCOMPARE(chain.nodes.at(1).der, m_ca.certificate.toDer());
        QVERIFY(plan.items.first().keystoreContent.isEmpty());
        QCOMPARE(plan.description(), QStringLiteral("Import 2 destination certificates"));

        QVERIFY(m_ws->apply(plan.changes(), plan.description()).result().ok());
        QCOMPARE(certificates().size(), before.size() + 2);
        QCOMPARE(*find(QStringLiteral("root.der")), plan.items.at(1).certificate);
        QTRY_COMPARE(m_ws->state().undoText, plan.description());
        // Exported again as the PEM it came from.
        QCOMPARE(exportPem(*find(QStringLiteral("partner-chain.pem"))).value(), pem);

        // The same file again changes nothing.
        const ImportPlan again = planImport({{QStringLiteral("partner-chain.pem"), pem}}, certificates());
        QCOMPARE(again.count(ImportAction::Unchanged), 1);
        QVERIFY(!again.hasChanges());

        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(certificates(), before);
        QVERIFY(m_ws->redo().result().ok());
        QCOMPARE(certificates().size(), before.size() + 2);
    }

    void importsAPkcs12KeepingItsFileOutOfTheChange()
    {
        const QByteArray p12 = pkcs12("s3cret");
        int asked = 0;
        ImportOptions options;
        options.password = passwords({"wrong", "s3cret"}, &asked);
        options.name = QStringLiteral("partner-client.p12");
        const ImportPlan plan = planImport({{QStringLiteral("download.pfx"), p12}}, certificates(), options);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).toString()));
        QCOMPARE(asked, 2);
        const ImportItem& item = plan.items.first();
        QCOMPARE(item.certificate.name, QStringLiteral("partner-client.p12"));
        QCOMPARE(item.certificate.type, DestinationCertificate::KeystoreType);
        QCOMPARE(item.keystoreContent, p12);
        QCOMPARE(item.certificate.contentSha256,
                 QString::fromLatin1(QCryptographicHash::hash(p12, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(item.certificate.nodes.size(), 3);
        QCOMPARE(item.certificate.nodes.first().type, DestinationCertificateNode::PrivateKeyType);
        QCOMPARE(item.certificate.nodes.first().algorithm, QStringLiteral("EC"));
        QCOMPARE(item.certificate.nodes.at(1).der, m_leaf.certificate.toDer());

        // Neither the file nor the key is in what is journaled and stored.
        const QList<Change> changes = plan.changes();
        QCOMPARE(changes.size(), 1);
        const QByteArray stored = QJsonDocument(*changes.first().after).toJson();
        QVERIFY(!stored.contains(p12.toBase64()));
        QVERIFY(!stored.contains("PRIVATE KEY"));
        QVERIFY(m_ws->apply(changes, plan.description()).result().ok());
        QCOMPARE(find(QStringLiteral("partner-client.p12"))->nodes, item.certificate.nodes);
        const QByteArray file = test::readFile(m_ws->tenant()->path());
        QVERIFY(!file.contains(p12.toBase64().left(64)));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("jks") << "legacy.jks" << QByteArray("\xFE\xED\xFE\xED\x00\x00\x00\x02", 8) << QString()
                             << int(Error::Kind::Validation) << "keytool -importkeystore";
        QTest::newRow("jceks") << "legacy.jks" << QByteArray("\xCE\xCE\xCE\xCE\x00\x00\x00\x02", 8) << QString()
                               << int(Error::Kind::Validation) << "-deststoretype PKCS12";
        QTest::newRow("bad name") << "my cert.pem" << QByteArray() << QString() << int(Error::Kind::Validation)
                                  << "letters, digits";
        QTest::newRow("no extension") << "cert" << QByteArray() << QString() << int(Error::Kind::Validation) << ".pem";
        QTest::newRow("garbage") << "x.pem" << QByteArray("not a certificate") << QString() << int(Error::Kind::Crypto)
                                 << "";
        QTest::newRow("empty") << "x.pem" << QByteArray() << QString() << int(Error::Kind::Validation) << "";
        QTest::newRow("certificates named p12") << "x.pem" << QByteArray("PEM") << QStringLiteral("x.p12")
                                                << int(Error::Kind::Validation) << "certificates only";
        QTest::newRow("p12 named pem") << "x.p12" << QByteArray("P12") << QStringLiteral("x.pem")
                                       << int(Error::Kind::Validation) << ".p12 or .pfx";
        QTest::newRow("key in a pem") << "x.pem" << QByteArray("KEY") << QString() << int(Error::Kind::Validation)
                                      << "private key outside a keystore";
        QTest::newRow("wrong passwords") << "x.p12" << QByteArray("P12") << QString()
                                         << int(Error::Kind::WrongPassword) << "";
    }

    void refusals()
    {
        QFETCH(QString, source);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, says);
        if (bytes == "PEM")
            bytes = crypto::Exporter::certificatePem(m_leaf.certificate);
        else if (bytes == "P12")
            bytes = pkcs12("right");
        else if (bytes == "KEY")
            bytes = crypto::Exporter::certificatePem(m_leaf.certificate) + m_leaf.key.toPkcs8Pem().value().view().toByteArray();
        ImportOptions options;
        options.name = name;
        options.password = passwords({"wrong", "also wrong", "still wrong", "right"});
        const QList<DestinationCertificate> before = certificates();
        const ImportPlan plan = planImport({{source, bytes}}, before, options);
        QCOMPARE(plan.items.size(), 0);
        QCOMPARE(plan.problems.size(), 1);
        const Error& e = plan.problems.first();
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY2(e.where.contains(source), qPrintable(e.where));
        QVERIFY(!e.message.contains(QStringLiteral("BEGIN"))); // no content echoed
        QVERIFY(!plan.hasChanges());
        QCOMPARE(certificates(), before);
    }

    void oneImportCannotTakeANameTwice()
    {
        const QByteArray pem = crypto::Exporter::certificatePem(m_leaf.certificate);
        const ImportPlan plan = planImport({{QStringLiteral("a/x.pem"), pem}, {QStringLiteral("b/x.pem"), pem}}, certificates());
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().message.contains(QStringLiteral("a/x.pem")));
    }

    void replacingKeepsWhatTheServiceAddedAndUndoes()
    {
        const DestinationCertificate current = *find(QStringLiteral("erp-gateway.crt"));
        const ImportPlan plan = planImport({{QStringLiteral("erp-gateway.crt"), crypto::Exporter::certificateDer(m_leaf.certificate)}},
                                           certificates());
        QCOMPARE(plan.count(ImportAction::Replace), 1);
        QCOMPARE(*plan.items.first().replaced, current);
        QVERIFY(m_ws->apply(plan.changes(), plan.description()).result().ok());
        QCOMPARE(find(QStringLiteral("erp-gateway.crt"))->subject(), m_leaf.certificate.subjectDN());
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(*find(QStringLiteral("erp-gateway.crt")), current);
    }

    void usageByDestinations()
    {
        const QList<Destination> all = destinations();
        const QList<Usage> usages = usagesOf(QStringLiteral("northwind-trust.pem"), all);
        QCOMPARE(usages.size(), 1);
        QCOMPARE(usages.first(), (Usage{QStringLiteral("Northwind_Portal_mTLS"), QStringLiteral("TrustStoreLocation")}));
        const QHash<QString, QStringList> users = usersByCertificate(all);
        QCOMPARE(users.value(QStringLiteral("contoso-client.p12")), QStringList{QStringLiteral("Northwind_Portal_mTLS")});
        QCOMPARE(users.value(QStringLiteral("erp-gateway.crt")), QStringList{QStringLiteral("Northwind_ERP_Gateway")});
        // Keystore aliases that destinations name are not destination certificates.
        QVERIFY(missingCertificates(certificates(), all).contains(QStringLiteral("ariba_client")));
        QVERIFY(!missingCertificates(certificates(), all).contains(QStringLiteral("erp-gateway.crt")));
    }

    void deleteIsRefusedWhileInUseUnlessForced()
    {
        const DestinationCertificate used = *find(QStringLiteral("contoso-client.p12"));
        auto refused = removal({used}, destinations());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("Northwind_Portal_mTLS")));
        QVERIFY(refused.error().message.contains(QStringLiteral("KeyStoreLocation")));
        auto forced = removal({used}, destinations(), true);
        QVERIFY(forced.ok());
        QVERIFY(m_ws->apply(*forced, QStringLiteral("Delete destination certificate")).result().ok());
        QVERIFY(!find(QStringLiteral("contoso-client.p12")));
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(*find(QStringLiteral("contoso-client.p12")), used);
    }

    void exportNeedsTheCertificates()
    {
        DestinationCertificate listed = *find(QStringLiteral("northwind-trust.pem"));
        QVERIFY(exportPem(listed).value().startsWith("-----BEGIN CERTIFICATE-----"));
        listed.nodes.first().der.clear();
        listed.nodes.first().redacted = true;
        auto e = exportPem(listed);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().field, QStringLiteral("nodes"));
    }
};

QTEST_GUILESS_MAIN(TestDestinationCertificateActions)
#include "tst_destinationcertificateactions.moc"
