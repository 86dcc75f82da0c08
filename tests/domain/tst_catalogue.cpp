#include "app/domain/Catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace gh;

namespace {

// The Cloud Integration app id in the bundled catalogue; real tenants use other suffixes.
const QString kIt = QStringLiteral("it!b18631");

QString recordedRoleCollectionsPath()
{
    return QStringLiteral(GATEHOUSE_SHARED_DIR) +
           QStringLiteral(
               "/reference/samples/btp-recorded/datasource_subaccount_role_collections.json");
}

QStringList templateNames(const QList<const CatalogueRoleTemplate*>& templates)
{
    QStringList names;
    for (const CatalogueRoleTemplate* t : templates)
        names.append(t->name);
    return names;
}

// The tasks a role collection of the catalogue grants, through the templates of its roles.
QSet<QString> tasksOfCollection(const Catalogue& catalogue, const QString& name)
{
    QSet<QString> tasks;
    const CatalogueRoleCollection* collection = catalogue.roleCollection(name);
    if (!collection)
        return tasks;
    for (const RoleReference& role : collection->roles) {
        for (const QString& task : catalogue.tasksOf(role.roleTemplateAppId, role.roleTemplateName))
            tasks.insert(task);
    }
    return tasks;
}

QSet<QString> roleTriples(const QList<RoleReference>& roles)
{
    QSet<QString> out;
    for (const RoleReference& role : roles)
        out.insert(role.roleKey());
    return out;
}

// The smallest valid catalogue; each malformed case below changes one thing in it.
const char* const kMinimal = R"({
  "version": 1,
  "tasks": [
    {"id": "deploy-security-material", "label": "Deploy security material", "description": "d"},
    {"id": "edit-credentials", "label": "Edit credentials"}
  ],
  "applications": [{"appId": "it!b1", "appName": "it", "description": "Cloud Integration"}],
  "roleTemplates": [
    {"appId": "it!b1", "name": "SecurityMaterialEdit", "tasks": ["deploy-security-material"]},
    {"appId": "it!b1", "name": "CredentialsEdit", "tasks": ["edit-credentials"]}
  ],
  "roleCollections": [
    {"name": "Admins", "readOnly": false, "roles": [
      {"roleTemplateAppId": "it!b1", "roleTemplateName": "SecurityMaterialEdit", "name": "SecurityMaterialEdit"}
    ]}
  ],
  "warnings": [{"roleCollection": "Admins", "text": "few people"}]
})";

QByteArray minimalWith(const char* from, const char* to)
{
    QByteArray json(kMinimal);
    const qsizetype at = json.indexOf(from);
    Q_ASSERT_X(at >= 0, "minimalWith", from);
    return json.replace(at, qsizetype(qstrlen(from)), to);
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void builtInHasEveryDocumentedTemplate_data();
    void builtInHasEveryDocumentedTemplate();
    void personaTemplatesGrantTasks();
    void piAdministratorGrantsDeploySecurityMaterial();
    void piIntegrationDeveloperDoesNotDeploySecurityMaterial();
    void templatesGrantingDeploySecurityMaterial();
    void everyCollectionRoleRefersToACatalogueTemplate();
    void subaccountAdministratorMatchesRecordedSample();
    void collectionsMatchRecordedSample_data();
    void collectionsMatchRecordedSample();
    void warnings();
    void lookupIgnoresLandscapeSuffix();
    void minimalCatalogueLoads();
    void malformed_data();
    void malformed();
};

void TestCatalogue::builtInLoads()
{
    const Catalogue& catalogue = Catalogue::builtIn();
    QVERIFY2(catalogue.tasks().size() >= 25 && catalogue.tasks().size() <= 40,
             qPrintable(QString::number(catalogue.tasks().size())));
    QVERIFY(catalogue.roleTemplates().size() >= 60);
    QVERIFY(catalogue.roleCollections().size() >= 12);
    QCOMPARE(&Catalogue::builtIn(), &catalogue); // loaded once

    const std::optional<CatalogueTask> deploy =
        catalogue.task(QStringLiteral("deploy-security-material"));
    QVERIFY(deploy.has_value());
    QCOMPARE(deploy->label, QStringLiteral("Deploy security material"));
    QVERIFY(!deploy->description.isEmpty());
    QVERIFY(!catalogue.task(QStringLiteral("no-such-task")).has_value());

    // Every task is granted by at least one template, or it could never be answered.
    for (const CatalogueTask& task : catalogue.tasks())
        QVERIFY2(!catalogue.templatesGranting(task.id).isEmpty(), qPrintable(task.id));
}

void TestCatalogue::builtInHasEveryDocumentedTemplate_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("name");
    // SAP_APIS.md §3.6: persona templates, the fine-grained table, MessagingSend.
    const char* const cloudIntegration[] = {"AuthGroup_ReadOnly",
                                            "AuthGroup_BusinessExpert",
                                            "AuthGroup_IntegrationDeveloper",
                                            "AuthGroup_Administrator",
                                            "AuthGroup_TenantPartnerDirectoryConfigurator",
                                            "AuthGroup_ContentPublisher",
                                            "MonitoringDataRead",
                                            "CredentialsEdit",
                                            "CredentialsRead",
                                            "SecurityMaterialEdit",
                                            "SecurityMaterialDownload",
                                            "AccessPoliciesRead",
                                            "AccessPoliciesEdit",
                                            "AccessAllAccessPoliciesArtifacts",
                                            "UserRolesEdit",
                                            "WorkspacePackagesRead",
                                            "WorkspacePackagesEdit",
                                            "WorkspacePackagesConfigure",
                                            "WorkspacePackagesTransport",
                                            "WorkspaceArtifactsDeploy",
                                            "CatalogPackagesRead",
                                            "CatalogPackageArtifactsRead",
                                            "CatalogPackagesCopy",
                                            "WorkspaceArtifactLocksRead",
                                            "WorkspaceArtifactLocksDelete",
                                            "DataStoresAndQueuesRead",
                                            "DataStoresAndQueuesDelete",
                                            "DataStoresAndQueuesConfig",
                                            "DataStorePayloadsRead",
                                            "MessagePayloadsRead",
                                            "QueuesActivate",
                                            "QueuesRetry",
                                            "TraceConfigurationRead",
                                            "TraceConfigurationEdit",
                                            "MessageProcessingLocksRead",
                                            "MessageProcessingLocksDelete",
                                            "MonitoringArtifactsDeploy",
                                            "ExternalLoggingActivate",
                                            "ExternalLoggingActivationRead",
                                            "HealthCheckMonitoringDataRead",
                                            "DataArchivingActivate",
                                            "DataArchivingRead",
                                            "WorkspaceDesignGuidelinesConfigure",
                                            "IntegrationCellOperationCockpitRead",
                                            "IntegrationCellOperationCockpitWrite"};
    for (const char* name : cloudIntegration)
        QTest::newRow(name) << kIt << QString::fromLatin1(name);
    QTest::newRow("MessagingSend")
        << QStringLiteral("it-rt!b18631") << QStringLiteral("MessagingSend");
    const struct
    {
        const char* appId;
        const char* name;
    } btp[] = {
        {"cis-local!b2", "Subaccount_Admin"},
        {"cis-local!b2", "Subaccount_Viewer"},
        {"xsuaa!t1", "xsuaa_admin"},
        {"xsuaa!t1", "xsuaa_auditor"},
        {"destination-xsappname!b9", "Destination_Administrator"},
        {"destination-xsappname!b9", "Destination_Viewer"},
        {"destination-xsappname!b9", "Destination_Fragment_Administrator"},
        {"destination-xsappname!b9", "Destination_Fragment_Viewer"},
        {"connectivity!b10", "Cloud_Connector_Administrator"},
        {"connectivity!b10", "Cloud_Connector_Auditor"},
        {"service-manager!b3", "Subaccount_Service_Administrator"},
        {"service-manager!b3", "Subaccount_Service_Auditor"},
        {"auditlog-management!b49", "Auditlog_Auditor"},
    };
    for (const auto& row : btp)
        QTest::newRow(row.name) << QString::fromLatin1(row.appId) << QString::fromLatin1(row.name);
}

void TestCatalogue::builtInHasEveryDocumentedTemplate()
{
    QFETCH(QString, appId);
    QFETCH(QString, name);
    const CatalogueRoleTemplate* tmpl = Catalogue::builtIn().roleTemplate(appId, name);
    QVERIFY(tmpl);
    QCOMPARE(tmpl->appId, appId); // found by exact key, not by the suffix fallback
    QCOMPARE(tmpl->name, name);
    QVERIFY(!tmpl->description.isEmpty());
}

void TestCatalogue::personaTemplatesGrantTasks()
{
    const Catalogue& catalogue = Catalogue::builtIn();
    const QStringList readOnly = catalogue.tasksOf(kIt, QStringLiteral("AuthGroup_ReadOnly"));
    QVERIFY(readOnly.contains(QStringLiteral("monitor-integration-flows")));
    QVERIFY(readOnly.contains(QStringLiteral("view-security-material")));
    QVERIFY(!readOnly.contains(QStringLiteral("read-message-payloads")));
    QVERIFY(!readOnly.contains(QStringLiteral("edit-credentials")));

    const QStringList expert = catalogue.tasksOf(kIt, QStringLiteral("AuthGroup_BusinessExpert"));
    QVERIFY(expert.contains(QStringLiteral("read-message-payloads")));
    QVERIFY(expert.contains(QStringLiteral("manage-trace-configuration")));
    QVERIFY(!expert.contains(QStringLiteral("deploy-integration-content")));

    const QStringList developer =
        catalogue.tasksOf(kIt, QStringLiteral("AuthGroup_IntegrationDeveloper"));
    QVERIFY(developer.contains(QStringLiteral("deploy-integration-content")));
    QVERIFY(developer.contains(QStringLiteral("edit-integration-packages")));
    QVERIFY(developer.contains(
        QStringLiteral("edit-credentials"))); // SAP's table: add/edit credentials
    QVERIFY(!developer.contains(QStringLiteral("download-security-material")));
    QVERIFY(!developer.contains(QStringLiteral("edit-access-policies")));
    QVERIFY(!developer.contains(QStringLiteral("read-message-payloads")));

    const QStringList admin = catalogue.tasksOf(kIt, QStringLiteral("AuthGroup_Administrator"));
    for (const char* task :
         {"deploy-security-material", "edit-credentials", "download-security-material",
          "edit-access-policies", "deploy-integration-content", "manage-tenant-settings"})
        QVERIFY2(admin.contains(QLatin1String(task)), task);
    // The administrator persona neither designs content nor reads payloads.
    QVERIFY(!admin.contains(QStringLiteral("edit-integration-packages")));
    QVERIFY(!admin.contains(QStringLiteral("read-message-payloads")));

    QVERIFY(catalogue.tasksOf(kIt, QStringLiteral("NoSuchTemplate")).isEmpty());
}

void TestCatalogue::piAdministratorGrantsDeploySecurityMaterial()
{
    const Catalogue& catalogue = Catalogue::builtIn();
    const CatalogueRoleCollection* admin =
        catalogue.roleCollection(QStringLiteral("PI_Administrator"));
    QVERIFY(admin);
    QVERIFY(admin->readOnly);
    QStringList granting;
    for (const RoleReference& role : admin->roles) {
        if (catalogue.tasksOf(role.roleTemplateAppId, role.roleTemplateName)
                .contains(QStringLiteral("deploy-security-material")))
            granting.append(role.roleTemplateName);
    }
    QCOMPARE(granting, QStringList{QStringLiteral("AuthGroup_Administrator")});
}

void TestCatalogue::piIntegrationDeveloperDoesNotDeploySecurityMaterial()
{
    const Catalogue& catalogue = Catalogue::builtIn();
    QVERIFY(catalogue.roleCollection(QStringLiteral("PI_Integration_Developer")));
    const QSet<QString> tasks =
        tasksOfCollection(catalogue, QStringLiteral("PI_Integration_Developer"));
    QVERIFY(
        tasks.contains(QStringLiteral("deploy-integration-content"))); // the lookup works at all
    QVERIFY(!tasks.contains(QStringLiteral("deploy-security-material")));
    QVERIFY(!tasks.contains(QStringLiteral("download-security-material")));
}

void TestCatalogue::templatesGrantingDeploySecurityMaterial()
{
    const QStringList names = templateNames(
        Catalogue::builtIn().templatesGranting(QStringLiteral("deploy-security-material")));
    QVERIFY2(names.contains(QStringLiteral("SecurityMaterialEdit")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("AuthGroup_Administrator")),
             qPrintable(names.join(u',')));
    QVERIFY(!names.contains(QStringLiteral("AuthGroup_IntegrationDeveloper")));
    QVERIFY(!names.contains(QStringLiteral("MonitoringDataRead")));
    QVERIFY(Catalogue::builtIn().templatesGranting(QStringLiteral("no-such-task")).isEmpty());
}

void TestCatalogue::everyCollectionRoleRefersToACatalogueTemplate()
{
    const Catalogue& catalogue = Catalogue::builtIn();
    int roles = 0;
    for (const CatalogueRoleCollection& collection : catalogue.roleCollections()) {
        QVERIFY2(!collection.roles.isEmpty(), qPrintable(collection.name));
        for (const RoleReference& role : collection.roles) {
            const CatalogueRoleTemplate* tmpl =
                catalogue.roleTemplate(role.roleTemplateAppId, role.roleTemplateName);
            QVERIFY2(tmpl, qPrintable(collection.name + QLatin1Char(' ') + role.roleKey()));
            QCOMPARE(tmpl->appId, role.roleTemplateAppId);
            QVERIFY2(catalogue.application(role.roleTemplateAppId),
                     qPrintable(role.roleTemplateAppId));
            ++roles;
        }
    }
    QVERIFY(roles >= 25);
}

void TestCatalogue::subaccountAdministratorMatchesRecordedSample()
{
    QFile file(recordedRoleCollectionsPath());
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(file.fileName() + QLatin1String(": ") + file.errorString()));
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!records.isEmpty());
    QJsonObject recorded;
    for (const QJsonValue& rc : records.at(0).toObject().value(QLatin1String("body")).toArray()) {
        if (rc.toObject().value(QLatin1String("name")).toString() ==
            QLatin1String("Subaccount Administrator"))
            recorded = rc.toObject();
    }
    QVERIFY(!recorded.isEmpty());
    Result<RoleCollection> parsed = RoleCollection::fromJson(recorded);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));

    const CatalogueRoleCollection* ours =
        Catalogue::builtIn().roleCollection(QStringLiteral("Subaccount Administrator"));
    QVERIFY(ours);
    QCOMPARE(ours->readOnly, parsed->isReadOnly);
    QCOMPARE(ours->roles.size(), parsed->roleReferences.size());
    QCOMPARE(roleTriples(ours->roles), roleTriples(parsed->roleReferences));
    // The role names are SAP's display names, not the template names.
    QVERIFY(roleTriples(ours->roles)
                .contains(QStringLiteral("xsuaa!t1/xsuaa_admin/User and Role Administrator")));
}

void TestCatalogue::collectionsMatchRecordedSample_data()
{
    QTest::addColumn<QJsonObject>("recorded");
    QFile file(recordedRoleCollectionsPath());
    if (!file.open(QIODevice::ReadOnly))
        QFAIL(qPrintable(file.fileName() + QLatin1String(": ") + file.errorString()));
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& rc : records.at(0).toObject().value(QLatin1String("body")).toArray()) {
        const QString name = rc.toObject().value(QLatin1String("name")).toString();
        QTest::newRow(qPrintable(name)) << rc.toObject();
    }
}

void TestCatalogue::collectionsMatchRecordedSample()
{
    QFETCH(QJsonObject, recorded);
    Result<RoleCollection> parsed = RoleCollection::fromJson(recorded);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    // Every collection recorded in that subaccount is one SAP predefines, so the catalogue has it.
    const CatalogueRoleCollection* ours = Catalogue::builtIn().roleCollection(parsed->name);
    QVERIFY2(ours, qPrintable(parsed->name));
    QCOMPARE(ours->readOnly, parsed->isReadOnly);
    QCOMPARE(roleTriples(ours->roles), roleTriples(parsed->roleReferences));
}

void TestCatalogue::warnings()
{
    const Catalogue& catalogue = Catalogue::builtIn();
    QVERIFY(!catalogue.warningsFor(QStringLiteral("PI_Administrator")).isEmpty());
    QVERIFY(!catalogue.warningsFor(QStringLiteral("PI_Integration_Developer")).isEmpty());
    QVERIFY(catalogue.warningsFor(QStringLiteral("PI_Read_Only")).isEmpty());
    QVERIFY(catalogue.warningsFor(QStringLiteral("No such collection")).isEmpty());
    for (const CatalogueWarning& warning : catalogue.warnings()) {
        QVERIFY(catalogue.roleCollection(warning.roleCollection));
        QVERIFY(warning.text.size() > 40);
    }
}

void TestCatalogue::lookupIgnoresLandscapeSuffix()
{
    const Catalogue& catalogue = Catalogue::builtIn();
    QCOMPARE(Catalogue::xsappnameOf(QStringLiteral("it!b2455")), QStringLiteral("it"));
    QCOMPARE(Catalogue::xsappnameOf(QStringLiteral("plain")), QStringLiteral("plain"));

    // Another landscape's suffix still finds the template.
    QVERIFY(catalogue.tasksOf(QStringLiteral("it!b2455"), QStringLiteral("AuthGroup_Administrator"))
                .contains(QStringLiteral("deploy-security-material")));
    const CatalogueRoleTemplate* dest = catalogue.roleTemplate(
        QStringLiteral("destination-xsappname!b2"), QStringLiteral("Destination_Administrator"));
    QVERIFY(dest);
    QCOMPARE(dest->appId, QStringLiteral("destination-xsappname!b9"));

    // The runtime app carries the subaccount subdomain in its xsappname.
    const CatalogueRoleTemplate* send = catalogue.roleTemplate(
        QStringLiteral("it-rt-prd-abc123!b2455"), QStringLiteral("MessagingSend"));
    QVERIFY(send);
    QCOMPARE(send->appId, QStringLiteral("it-rt!b18631"));
    const CatalogueApplication* runtime =
        catalogue.application(QStringLiteral("it-rt-prd-abc123!b2455"));
    QVERIFY(runtime);
    QCOMPARE(runtime->appName, QStringLiteral("it-rt"));

    // Only the runtime's name is a prefix: "it-prov" is its own app, and "it-other" is nobody's.
    const CatalogueApplication* provisioning = catalogue.application(QStringLiteral("it-prov!t9"));
    QVERIFY(provisioning);
    QCOMPARE(provisioning->appName, QStringLiteral("it-prov"));
    QVERIFY(!catalogue.application(QStringLiteral("it-other!b1")));
    QVERIFY(!catalogue.roleTemplate(QStringLiteral("it-prov!t9"),
                                    QStringLiteral("AuthGroup_Administrator")));
    QVERIFY(!catalogue.roleTemplate(QStringLiteral("unknown!b1"),
                                    QStringLiteral("AuthGroup_Administrator")));
    QVERIFY(!catalogue.roleTemplate(kIt, QStringLiteral("MessagingSend")));
}

void TestCatalogue::minimalCatalogueLoads()
{
    const Result<Catalogue> loaded =
        Catalogue::fromJson(QByteArray(kMinimal), QStringLiteral("test.json"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
    QCOMPARE(loaded->tasks().size(), 2);
    QCOMPARE(loaded->roleTemplates().size(), 2);
    QCOMPARE(loaded->roleTemplates().at(0).key(), QStringLiteral("it!b1/SecurityMaterialEdit"));
    const CatalogueRoleCollection* admins = loaded->roleCollection(QStringLiteral("Admins"));
    QVERIFY(admins);
    QVERIFY(!admins->readOnly);
    QCOMPARE(admins->roles.size(), 1);
    QCOMPARE(loaded->warningsFor(QStringLiteral("Admins")),
             QStringList{QStringLiteral("few people")});
    QCOMPARE(templateNames(loaded->templatesGranting(QStringLiteral("edit-credentials"))),
             QStringList{QStringLiteral("CredentialsEdit")});
}

void TestCatalogue::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");    // must appear in Error::where
    QTest::addColumn<QString>("message"); // must appear in Error::message

    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << QStringLiteral("$")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("not an object")
        << QByteArray("[]") << QStringLiteral("$") << QStringLiteral("expected a JSON object");
    QTest::newRow("template with unknown task")
        << minimalWith("\"tasks\": [\"edit-credentials\"]",
                       "\"tasks\": [\"edit-credentials\", \"fly\"]")
        << QStringLiteral("$.roleTemplates[1].tasks[1]")
        << QStringLiteral("unknown task id \"fly\"");
    QTest::newRow("duplicate task id")
        << minimalWith("{\"id\": \"edit-credentials\"", "{\"id\": \"deploy-security-material\"")
        << QStringLiteral("$.tasks[1].id") << QStringLiteral("duplicate task id");
    QTest::newRow("duplicate template")
        << minimalWith("\"name\": \"CredentialsEdit\"", "\"name\": \"SecurityMaterialEdit\"")
        << QStringLiteral("$.roleTemplates[1].name") << QStringLiteral("duplicate role template");
    QJsonObject tasksAsObject = QJsonDocument::fromJson(QByteArray(kMinimal)).object();
    tasksAsObject.insert(QStringLiteral("tasks"),
                         QJsonObject{{QStringLiteral("results"), QJsonArray{}}});
    QTest::newRow("tasks is an object")
        << QJsonDocument(tasksAsObject).toJson() << QStringLiteral("$.tasks")
        << QStringLiteral("expected an array");
    QTest::newRow("label is a number")
        << minimalWith("\"label\": \"Edit credentials\"", "\"label\": 7")
        << QStringLiteral("$.tasks[1].label") << QStringLiteral("expected a string");
    QTest::newRow("label missing")
        << minimalWith(", \"label\": \"Edit credentials\"", "")
        << QStringLiteral("$.tasks[1].label") << QStringLiteral("missing");
    QTest::newRow("task list item is a number")
        << minimalWith("[\"deploy-security-material\"]", "[3]")
        << QStringLiteral("$.roleTemplates[0].tasks[0]") << QStringLiteral("expected a string");
    QTest::newRow("readOnly is a string")
        << minimalWith("\"readOnly\": false", "\"readOnly\": \"false\"")
        << QStringLiteral("$.roleCollections[0].readOnly")
        << QStringLiteral("expected true or false");
    QTest::newRow("unknown key") << minimalWith("\"label\": \"Edit credentials\"",
                                                "\"lable\": \"Edit credentials\", \"label\": \"x\"")
                                 << QStringLiteral("$.tasks[1].lable")
                                 << QStringLiteral("unknown key");
    QTest::newRow("template of unknown app")
        << minimalWith("{\"appId\": \"it!b1\", \"name\": \"CredentialsEdit\"",
                       "{\"appId\": \"it!b2\", \"name\": \"CredentialsEdit\"")
        << QStringLiteral("$.roleTemplates[1].appId") << QStringLiteral("unknown application");
    QTest::newRow("app id of another app")
        << minimalWith("\"appId\": \"it!b1\", \"appName\": \"it\"",
                       "\"appId\": \"it!b1\", \"appName\": \"xsuaa\"")
        << QStringLiteral("$.applications[0].appId")
        << QStringLiteral("does not start with appName");
    QTest::newRow("role of unknown template")
        << minimalWith("\"roleTemplateName\": \"SecurityMaterialEdit\"",
                       "\"roleTemplateName\": \"Nope\"")
        << QStringLiteral("$.roleCollections[0].roles[0].roleTemplateName")
        << QStringLiteral("unknown role template");
    QTest::newRow("warning on unknown collection")
        << minimalWith("{\"roleCollection\": \"Admins\"", "{\"roleCollection\": \"Others\"")
        << QStringLiteral("$.warnings[0].roleCollection")
        << QStringLiteral("unknown role collection");
    QTest::newRow("wrong version")
        << minimalWith("\"version\": 1", "\"version\": 2") << QStringLiteral("$.version")
        << QStringLiteral("unsupported format version 2");
    QTest::newRow("empty id") << minimalWith("{\"id\": \"edit-credentials\"", "{\"id\": \" \"")
                              << QStringLiteral("$.tasks[1].id")
                              << QStringLiteral("must not be empty");
}

void TestCatalogue::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Result<Catalogue> loaded = Catalogue::fromJson(json, QStringLiteral("test.json"));
    QVERIFY(!loaded.ok());
    const Error& error = loaded.error();
    QCOMPARE(error.kind, Error::Kind::Validation);
    QVERIFY2(error.where.startsWith(QStringLiteral("test.json")), qPrintable(error.toString()));
    QVERIFY2(error.where.endsWith(QLatin1Char(' ') + path), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
