// CertificateTreeModel over a demo certificate (every field and extension, critical flag,
// ClipboardRole), checked by QAbstractItemModelTester; the keystore quick filters through
// SearchFilterProxy on the demo tenant, combined with the search text.
#include "ModelTestSupport.h"
#include "app/crypto/CertificateDetails.h"
#include "models/CertificateTreeModel.h"
#include "models/KeystoreModel.h"
#include "models/KeystoreQuickFilter.h"
#include "models/KeystoreTrust.h"
#include "models/SearchFilterProxy.h"

using namespace gh;

class TestCertificateTreeModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<KeystoreModel> m_keystore;

    const KeystoreEntry& entry(const QString& alias)
    {
        for (const KeystoreEntry& e : m_keystore->entries()) {
            if (e.alias == alias)
                return e;
        }
        qFatal("no entry %s", qPrintable(alias));
    }
    static QStringList aliases(const QAbstractItemModel& model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, KeystoreModel::AliasColumn).data().toString());
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_keystore = std::make_unique<KeystoreModel>(m_demo.clock());
        QVERIFY(test::loadInto(*m_keystore, m_demo.workspace()));
    }
    void cleanupTestCase() { m_keystore.reset(); }

    void treeHasEveryFieldAndExtension()
    {
        const KeystoreEntry& e = entry(QStringLiteral("ariba_client"));
        auto cert = crypto::Certificate::fromPem(e.chain.first());
        QVERIFY(cert);
        const crypto::CertificateDetails details = crypto::CertificateDetails::of(*cert);
        CertificateTreeModel model;
        test::attachTester(&model);
        model.setDetails(details);
        for (const QString& field : {QStringLiteral("Version"), QStringLiteral("Serial number"),
                                     QStringLiteral("Subject"), QStringLiteral("Issuer"),
                                     QStringLiteral("Validity"), QStringLiteral("Public key"),
                                     QStringLiteral("Signature algorithm"),
                                     QStringLiteral("Extensions"), QStringLiteral("Fingerprints")})
            QVERIFY2(model.find(field).isValid(), qPrintable(field));
        const QModelIndex extensions = model.find(QStringLiteral("Extensions"));
        QCOMPARE(model.rowCount(extensions), int(details.extensions.size()));
        QVERIFY(!details.extensions.isEmpty());
        const QModelIndex san = model.find(QStringLiteral("Subject Alternative Name"));
        QVERIFY(san.isValid());
        QVERIFY(san.siblingAtColumn(CertificateTreeModel::ValueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("ariba-client.contoso.com")));
        // The critical flag: exactly the extensions that are critical say so.
        for (int r = 0; r < model.rowCount(extensions); ++r) {
            const QModelIndex ext = model.index(r, 0, extensions);
            const bool critical = details.extensions.at(r).critical;
            QCOMPARE(ext.data(CertificateTreeModel::CriticalRole).toBool(), critical);
            QCOMPARE(ext.siblingAtColumn(CertificateTreeModel::CriticalColumn).data().toString(),
                     critical ? QStringLiteral("critical") : QString());
        }
        const QModelIndex sha256 = model.find(QStringLiteral("SHA-256"));
        QCOMPARE(sha256.data(ClipboardRole).toString(), details.fingerprintSha256);
        QCOMPARE(model.find(QStringLiteral("MD5")).data(ClipboardRole).toString(),
                 details.fingerprintMd5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void chainOfAribaIsTrustedByTheTenantRoot()
    {
        KeystoreTrust trust;
        const ChainReport r = trust.verify(entry(QStringLiteral("ariba_client")),
                                           m_keystore->entries(), m_demo.clock().now());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.chain.size(), 3);
        QVERIFY2(r.valid, qPrintable(r.summary));
        QCOMPARE(r.anchorAlias, QStringLiteral("contoso_root_ca_g2"));
        QCOMPARE(r.trustReason, QStringLiteral("trusted: contoso_root_ca_g2 in the tenant keystore"));
        QCOMPARE(r.chain.first().expiry.status, ExpiryStatus::Expiring);
        qInfo("chain verification took %lld µs", r.elapsedMicroseconds);
        // Measured 1.8–2.8 ms on a loaded 2-core machine: printed, not asserted (timing is flaky).

        const ChainReport expired = trust.verify(entry(QStringLiteral("partner_as2_2024")),
                                                 m_keystore->entries(), m_demo.clock().now());
        QVERIFY(!expired.valid);
        QVERIFY(!expired.chain.isEmpty());
        QVERIFY(!expired.chain.first().problems.isEmpty());
        QVERIFY(expired.chain.first().problems.join(QLatin1Char(' ')).contains(
            QStringLiteral("expired")));
    }

    void quickFilterGroups()
    {
        KeystoreQuickFilter f;
        QVERIFY(!f.isActive());
        QVERIFY(f.predicateGroups().isEmpty());
        f.expiring = true;
        f.expiringWithinDays = 12;
        f.expired = true;
        f.keyPairs = true;
        QCOMPARE(f.predicateGroups(),
                 (QList<QStringList>{{QStringLiteral("expiring-12"), QStringLiteral("expired")},
                                     {QStringLiteral("key-pair")}}));
    }

    void quickFiltersThroughTheProxy()
    {
        SearchFilterProxy proxy;
        proxy.setSourceModel(m_keystore.get());
        test::attachTester(&proxy);
        const int all = proxy.rowCount();
        QVERIFY(all >= 10);

        KeystoreQuickFilter f;
        f.expired = true;
        proxy.setRequiredPredicates(f.predicateGroups());
        QCOMPARE(aliases(proxy), QStringList{QStringLiteral("partner_as2_2024")});

        f = {};
        f.expiring = true; // ≤ 30 days: ariba (10) and the SFTP host (25)
        proxy.setRequiredPredicates(f.predicateGroups());
        QCOMPARE(aliases(proxy), (QStringList{QStringLiteral("ariba_client"),
                                              QStringLiteral("partner_sftp_host")}));
        f.expiringWithinDays = 15;
        proxy.setRequiredPredicates(f.predicateGroups());
        QCOMPARE(aliases(proxy), QStringList{QStringLiteral("ariba_client")});
        f.expired = true; // alternatives within the status group
        proxy.setRequiredPredicates(f.predicateGroups());
        QCOMPARE(aliases(proxy), (QStringList{QStringLiteral("ariba_client"),
                                              QStringLiteral("partner_as2_2024")}));
        f.keyPairs = true; // narrows
        proxy.setRequiredPredicates(f.predicateGroups());
        QCOMPARE(aliases(proxy), QStringList{QStringLiteral("ariba_client")});

        f = {};
        f.sapOwned = true;
        proxy.setRequiredPredicates(f.predicateGroups());
        QCOMPARE(aliases(proxy), (QStringList{QStringLiteral("sap_cloudintegrationcertificate"),
                                              QStringLiteral("sap_global_root_ca")}));
        f.keyPairs = true;
        proxy.setRequiredPredicates(f.predicateGroups());
        QCOMPARE(aliases(proxy), QStringList{QStringLiteral("sap_cloudintegrationcertificate")});

        // Combined with the search text
        f = {};
        f.keyPairs = true;
        proxy.setRequiredPredicates(f.predicateGroups());
        proxy.setQuery(QStringLiteral("contoso"));
        const QStringList found = aliases(proxy);
        QVERIFY(found.contains(QStringLiteral("ariba_client")));
        QVERIFY(found.contains(QStringLiteral("contoso_signing")));
        QVERIFY(!found.contains(QStringLiteral("contoso_root_ca_g2"))); // a certificate
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, KeystoreModel::TypeColumn).data().toString(),
                     QStringLiteral("Key Pair"));
        proxy.setQuery(QStringLiteral("ariba"));
        QCOMPARE(aliases(proxy), QStringList{QStringLiteral("ariba_client")});

        proxy.setRequiredPredicates({});
        proxy.setQuery({});
        QCOMPARE(proxy.rowCount(), all);
    }
};

QTEST_MAIN(TestCertificateTreeModel)
#include "tst_certificatetreemodel.moc"
