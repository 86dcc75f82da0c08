// DestinationCertificatesModel: the demo tenant's destination certificates with type, subject,
// expiry (text, icon, colour from the fixed clock), the destinations using each, search
// predicates, and reloads when a certificate or a destination changes.
#include "ModelTestSupport.h"
#include "models/DestinationCertificatesModel.h"
#include "models/SearchFilterProxy.h"

#include <QColor>
#include <QIcon>

using namespace gh;

class TestDestinationCertificatesModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<DestinationCertificatesModel> m_model;
    using M = DestinationCertificatesModel;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_model = std::make_unique<DestinationCertificatesModel>(m_demo.clock());
        test::attachTester(m_model.get());
        QVERIFY(test::loadInto(*m_model, m_demo.workspace()));
    }

    void listsEveryCertificate()
    {
        auto all = m_demo.workspace().client().destinationCertificates().list().result();
        QVERIFY(all.ok());
        QCOMPARE(m_model->rowCount(), all->size());
        QVERIFY(m_model->rowCount() >= 3);
    }

    void columns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("type certificate") << "erp-gateway.crt" << int(M::TypeColumn) << "Certificate";
        QTest::newRow("type keystore") << "contoso-client.p12" << int(M::TypeColumn) << "Keystore";
        QTest::newRow("subject CN") << "erp-gateway.crt" << int(M::SubjectColumn) << "erp-gateway.northwind.example";
        QTest::newRow("expires") << "erp-gateway.crt" << int(M::ExpiresColumn)
                                 << test::fixedNow().addDays(12).date().toString(Qt::ISODate);
        QTest::newRow("used by one") << "contoso-client.p12" << int(M::UsedByColumn) << "1";
    }

    void columns()
    {
        QFETCH(QString, name);
        QFETCH(int, column);
        QFETCH(QString, text);
        QCOMPARE(test::cell(*m_model, name, column).toString(), text);
    }

    void validityHasTextIconAndColour()
    {
        const QString expiring = QStringLiteral("erp-gateway.crt");
        const QString valid = QStringLiteral("northwind-trust.pem");
        QCOMPARE(test::cell(*m_model, expiring, 0, StatusRole).toInt(), int(ExpiryStatus::Expiring));
        QCOMPARE(test::cell(*m_model, valid, 0, StatusRole).toInt(), int(ExpiryStatus::Valid));
        QVERIFY(!test::cell(*m_model, expiring, M::ExpiresColumn, Qt::DecorationRole).value<QIcon>().isNull());
        const QColor a = test::cell(*m_model, expiring, M::ExpiresColumn, Qt::ForegroundRole).value<QColor>();
        const QColor b = test::cell(*m_model, valid, M::ExpiresColumn, Qt::ForegroundRole).value<QColor>();
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a != b);
        const QString tip = test::cell(*m_model, expiring, M::ExpiresColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Expiring: Expires in 11 day")), qPrintable(tip)); // 11.98 days
        // Sorted as dates, not as text.
        QCOMPARE(test::cell(*m_model, expiring, M::ExpiresColumn, SortRole).typeId(), QMetaType::QDateTime);
    }

    void usedByNamesTheDestinations()
    {
        const QString tip = test::cell(*m_model, QStringLiteral("northwind-trust.pem"), M::UsedByColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Northwind_Portal_mTLS")), qPrintable(tip));
        const DestinationCertificateRow* row = m_model->entry(QStringLiteral("northwind-trust.pem"));
        QVERIFY(row);
        QCOMPARE(row->usedBy.size(), 1);
        QCOMPARE(row->usedBy.first().property, QStringLiteral("TrustStoreLocation"));
    }

    void searchPredicates_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("expiring") << "is:expiring" << QStringList{QStringLiteral("erp-gateway.crt")};
        QTest::newRow("keystore") << "is:keystore" << QStringList{QStringLiteral("contoso-client.p12")};
        QTest::newRow("field") << "type:keystore" << QStringList{QStringLiteral("contoso-client.p12")};
        QTest::newRow("subject text") << "cpi-client" << QStringList{QStringLiteral("contoso-client.p12")};
        QTest::newRow("unused") << "is:unused" << QStringList{};
    }

    void searchPredicates()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        SearchFilterProxy proxy;
        test::attachTester(&proxy);
        proxy.setSourceModel(m_model.get());
        proxy.setQuery(query);
        QStringList shown = test::keysInOrder(proxy);
        shown.sort();
        QCOMPARE(shown, expected);
    }

    void followsDestinationsAndCertificates()
    {
        // A destination that starts using a certificate raises its count.
        auto erp = m_demo.workspace().client().destinations().get(QStringLiteral("Northwind_ERP_Gateway")).result();
        QVERIFY(erp.ok());
        Destination after = *erp;
        after.set(QStringLiteral("KeyStoreLocation"), QStringLiteral("contoso-client.p12"));
        after.set(QStringLiteral("Authentication"), QStringLiteral("ClientCertificateAuthentication"));
        after.setSecretState(QStringLiteral("KeyStorePassword"), Destination::SecretState::Set);
        QVERIFY(m_demo.workspace().apply({Change::updated(*erp, after)}, QStringLiteral("Use the keystore")).result().ok());
        QTRY_COMPARE(test::cell(*m_model, QStringLiteral("contoso-client.p12"), M::UsedByColumn).toString(), QStringLiteral("2"));
        QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_COMPARE(test::cell(*m_model, QStringLiteral("contoso-client.p12"), M::UsedByColumn).toString(), QStringLiteral("1"));

        // A deleted certificate leaves, and undo brings it back.
        const DestinationCertificate trust = m_model->entry(QStringLiteral("northwind-trust.pem"))->certificate;
        QVERIFY(m_demo.workspace().apply({Change::removed(trust)}, QStringLiteral("Delete")).result().ok());
        QTRY_VERIFY(!m_model->indexOf(QStringLiteral("northwind-trust.pem")).isValid());
        QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_VERIFY(m_model->indexOf(QStringLiteral("northwind-trust.pem")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDestinationCertificatesModel)
#include "tst_destinationcertificatesmodel.moc"
