// DestinationsModel: the columns of each destination, secrets only as "set"/"missing"/"none",
// and updates that follow the workspace.
#include "ModelTestSupport.h"
#include "models/DestinationsModel.h"

#include <QIcon>
#include <QSignalSpy>

using namespace gh;

class TestDestinationsModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<DestinationsModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_model = std::make_unique<DestinationsModel>(m_demo.clock());
        test::attachTester(m_model.get());
        QVERIFY(test::loadInto(*m_model, m_demo.workspace()));
    }

    void listsEveryDestination()
    {
        auto all = m_demo.workspace().client().destinations().list().result();
        QVERIFY(all.ok());
        QCOMPARE(m_model->rowCount(), all->size());
        QVERIFY(m_model->rowCount() >= 10);
    }

    void columns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        using M = DestinationsModel;
        QTest::newRow("type") << "ERP_OnPrem_RFC" << int(M::TypeColumn) << "RFC";
        QTest::newRow("proxy") << "ERP_OnPrem_RFC" << int(M::ProxyTypeColumn) << "OnPremise";
        QTest::newRow("proxy default") << "northwind" << int(M::ProxyTypeColumn) << "Internet";
        QTest::newRow("url") << "northwind" << int(M::UrlColumn) << "https://services.odata.org";
        QTest::newRow("auth") << "CPI_Runtime_API" << int(M::AuthenticationColumn)
                              << "OAuth2ClientCredentials";
        QTest::newRow("no authentication on RFC")
            << "ERP_OnPrem_RFC" << int(M::AuthenticationColumn) << "";
        QTest::newRow("description") << "Ariba_Network" << int(M::DescriptionColumn)
                                     << "Ariba Network cXML with client certificate";
        QTest::newRow("secret missing") << "Legacy_PO_SOAP" << int(M::SecretsColumn) << "missing";
        QTest::newRow("secret set") << "Ariba_Network" << int(M::SecretsColumn) << "set";
        QTest::newRow("no secret") << "northwind" << int(M::SecretsColumn) << "none";
        QTest::newRow("certificates") << "Partner_AS2_Gateway" << int(M::CertificatesColumn)
                                      << "contoso_signing, partner_root_ca";
        QTest::newRow("no certificates") << "northwind" << int(M::CertificatesColumn) << "";
    }

    void columns()
    {
        QFETCH(QString, name);
        QFETCH(int, column);
        QFETCH(QString, text);
        QCOMPARE(test::cell(*m_model, name, column).toString(), text);
    }

    void missingSecretIsExplained()
    {
        const QVariant icon = test::cell(*m_model, QStringLiteral("Legacy_PO_SOAP"),
                                         DestinationsModel::SecretsColumn, Qt::DecorationRole);
        QVERIFY(!icon.value<QIcon>().isNull());
        const QString tip = test::cell(*m_model, QStringLiteral("Legacy_PO_SOAP"),
                                       DestinationsModel::SecretsColumn, Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("Password")), qPrintable(tip));
        const int row = m_model->indexOf(QStringLiteral("Legacy_PO_SOAP")).row();
        QCOMPARE(m_model->matchesPredicate(row, QStringLiteral("missing-secret")),
                 std::optional<bool>(true));
    }

    void noSecretMarkerInAnyCell()
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = 0; column < m_model->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ClipboardRole),
                                 int(SortRole)}) {
                    const QString text = m_model->index(row, column).data(role).toString();
                    QVERIFY2(!text.contains(kSecretSetMarker), qPrintable(text));
                    QVERIFY2(!text.contains(QStringLiteral("<removed>")), qPrintable(text));
                }
            }
        }
    }

    void followsAnUpdate()
    {
        const Destination* before = m_model->entry(QStringLiteral("northwind"));
        QVERIFY(before);
        Destination after = *before;
        after.set(QStringLiteral("URL"), QStringLiteral("https://services.odata.org/V4"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_demo.workspace()
                    .apply({Change::updated(*before, after)}, QStringLiteral("Edit"))
                    .result()
                    .ok());
        QTRY_COMPARE(test::cell(*m_model, QStringLiteral("northwind"), DestinationsModel::UrlColumn)
                         .toString(),
                     QStringLiteral("https://services.odata.org/V4"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_demo.workspace().undo().result().ok());
        QTRY_COMPARE(test::cell(*m_model, QStringLiteral("northwind"), DestinationsModel::UrlColumn)
                         .toString(),
                     QStringLiteral("https://services.odata.org"));
    }
};

QTEST_GUILESS_MAIN(TestDestinationsModel)
#include "tst_destinationsmodel.moc"
