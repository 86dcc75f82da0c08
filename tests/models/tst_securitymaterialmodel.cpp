// SecurityMaterialModel: user credentials, OAuth2 client credentials and secure parameters in
// one list, their secrets only as "set" or "missing".
#include "ModelTestSupport.h"
#include "models/SecurityMaterialModel.h"

using namespace gh;

class TestSecurityMaterialModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<SecurityMaterialModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_model = std::make_unique<SecurityMaterialModel>(m_demo.clock());
        test::attachTester(m_model.get());
        QVERIFY(test::loadInto(*m_model, m_demo.workspace()));
    }

    void listsTheThreeKinds()
    {
        TenantClient& client = m_demo.workspace().client();
        const auto credentials = client.userCredentials().list().result();
        const auto oauth = client.oauth2ClientCredentials().list().result();
        const auto parameters = client.secureParameters().list().result();
        QVERIFY(credentials.ok() && oauth.ok() && parameters.ok());
        QVERIFY(!credentials->isEmpty() && !oauth->isEmpty() && !parameters->isEmpty());
        QCOMPARE(m_model->rowCount(), credentials->size() + oauth->size() + parameters->size());

        const QString sftp = QStringLiteral("user_credentials/SFTP_Partner_Logistics");
        QCOMPARE(test::cell(*m_model, sftp, SecurityMaterialModel::KindColumn).toString(),
                 QStringLiteral("User credentials"));
        QCOMPARE(test::cell(*m_model, sftp, SecurityMaterialModel::DetailsColumn).toString(),
                 QStringLiteral("User contoso_in"));
        QCOMPARE(test::cell(*m_model, sftp, SecurityMaterialModel::SecretColumn).toString(),
                 QStringLiteral("set"));

        const QString salesforce = QStringLiteral("oauth2_client_credentials/Salesforce_CC");
        QCOMPARE(test::cell(*m_model, salesforce, SecurityMaterialModel::KindColumn).toString(),
                 QStringLiteral("OAuth2 client credentials"));
        QCOMPARE(test::cell(*m_model, salesforce, SecurityMaterialModel::DetailsColumn).toString(),
                 QStringLiteral("Client ID 3MVG9contoso.integration"));
        QVERIFY(test::cell(*m_model, QStringLiteral("secure_parameters/Ariba_SharedSecret"), 0)
                    .isValid());
    }

    void deployedOnSortsAsADate()
    {
        const QVariant on =
            test::cell(*m_model, QStringLiteral("secure_parameters/Ariba_SharedSecret"),
                       SecurityMaterialModel::DeployedOnColumn, SortRole);
        QCOMPARE(on.typeId(), QMetaType::QDateTime);
        QVERIFY(on.toDateTime() < test::fixedNow());
    }
};

QTEST_GUILESS_MAIN(TestSecurityMaterialModel)
#include "tst_securitymaterialmodel.moc"
