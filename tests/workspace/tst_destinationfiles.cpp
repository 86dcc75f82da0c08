// DestinationFiles: SAP's cockpit exports (read from ../shared) import and export back to the same
// properties and values; bad files are refused with file and line; secrets a file carries leave
// the destination and its exports.
#include "TestSupport.h"
#include "app/domain/JavaProperties.h"
#include "app/workspace/DestinationFiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gh;
using namespace gh::destinations;

namespace {

SourceFile sample(const QString& name)
{
    const QString path = test::sharedPath(QStringLiteral("reference/samples/destination-export/") + name);
    return {path, test::readFile(path)};
}

SourceFile file(const QString& name, const QByteArray& bytes)
{
    return {name, bytes};
}

// The non-commented entries of a properties text as a map, and the commented-out secret keys.
QMap<QString, QString> valuesOf(const QByteArray& text, QStringList* stripped = nullptr)
{
    QMap<QString, QString> out;
    const Result<QList<properties::Entry>> entries = properties::parse(text, QStringLiteral("t"));
    if (!entries)
        return {{QStringLiteral("<error>"), entries.error().toString()}};
    for (const properties::Entry& e : entries.value()) {
        if (e.commented) {
            if (stripped)
                stripped->append(e.key);
        } else {
            out.insert(e.key, e.value);
        }
    }
    return out;
}

QByteArray problemsText(const ImportPlan& plan)
{
    QStringList lines;
    for (const Error& e : plan.allProblems())
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestDestinationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCockpitSampleImports()
    {
        const QDir dir(test::sharedPath(QStringLiteral("reference/samples/destination-export")));
        const QStringList names = dir.entryList(QDir::Files);
        QVERIFY(names.size() >= 4);
        for (const QString& name : names) {
            const ImportPlan plan = planImport({sample(name)}, {});
            QVERIFY2(plan.allProblems().isEmpty(), problemsText(plan).constData());
            QCOMPARE(plan.items.size(), 1);
            QCOMPARE(plan.items.first().action, ImportAction::Add);
            QVERIFY(!plan.items.first().destination.name().isEmpty());
        }
        // The stripped secret is "missing", to be asked for; in both forms.
        for (const QString& name : {QStringLiteral("s4hana-cloud_saml"), QStringLiteral("s4hana-cloud_saml.json")}) {
            const ImportPlan plan = planImport({sample(name)}, {});
            const ImportItem& item = plan.items.first();
            QCOMPARE(item.missingSecrets, QStringList{QStringLiteral("clientKey")});
            QCOMPARE(item.destination.secretState(QStringLiteral("clientKey")), Destination::SecretState::Missing);
            QVERIFY(item.secrets.isEmpty());
            QCOMPARE(item.destination.name(), QStringLiteral("mys4hc-destination"));
        }
        const ImportPlan northwind = planImport({sample(QStringLiteral("northwind"))}, {});
        QCOMPARE(northwind.items.first().destination.url(), QStringLiteral("https://services.odata.org"));
        QCOMPARE(northwind.changes().size(), 1);
        QCOMPARE(northwind.description(), QStringLiteral("Import destination 'northwind'"));
    }

    void propertiesExportBackToTheSameValues()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 30, 5), Qt::UTC);
        for (const QString& name : {QStringLiteral("northwind"), QStringLiteral("cloudconnector"),
                                    QStringLiteral("s4hana-cloud_saml")}) {
            const SourceFile original = sample(name);
            const ImportPlan plan = planImport({original}, {});
            QVERIFY(plan.allProblems().isEmpty());
            const QByteArray exported = toProperties(plan.items.first().destination, now);
            QStringList strippedBefore, strippedAfter;
            QCOMPARE(valuesOf(exported, &strippedAfter), valuesOf(original.bytes, &strippedBefore));
            QCOMPARE(strippedAfter, strippedBefore);
            // The cockpit's header: "#" and Java's date.
            QVERIFY2(exported.contains("#\n#Thu Nov 26 09:30:05 UTC 2026\n"), exported.constData());
            QCOMPARE(fileName(plan.items.first().destination, FileFormat::Properties), plan.items.first().destination.name());
        }
        // JSON: the cockpit's {"destination":{…}}, secrets as "<removed>".
        const ImportPlan json = planImport({sample(QStringLiteral("s4hana-cloud_saml.json"))}, {});
        const QJsonObject written =
            QJsonDocument::fromJson(toJson(json.items.first().destination)).object().value(QStringLiteral("destination")).toObject();
        QCOMPARE(written,
                 QJsonDocument::fromJson(sample(QStringLiteral("s4hana-cloud_saml.json")).bytes)
                     .object()
                     .value(QStringLiteral("destination"))
                     .toObject());
        QCOMPARE(fileName(json.items.first().destination, FileFormat::Json), QStringLiteral("mys4hc-destination.json"));
    }

    void againstWhatTheTenantHas()
    {
        const ImportPlan first = planImport({sample(QStringLiteral("s4hana-cloud_saml"))}, {});
        Destination existing = first.items.first().destination;
        existing.setSecretState(QStringLiteral("clientKey"), Destination::SecretState::Set);
        // Same properties; the tenant knows the secret the export stripped: unchanged, nothing asked.
        ImportPlan again = planImport({sample(QStringLiteral("s4hana-cloud_saml"))}, {existing});
        QCOMPARE(again.items.first().action, ImportAction::Unchanged);
        QVERIFY(again.items.first().missingSecrets.isEmpty());
        QVERIFY(!again.hasChanges());
        // Another URL: replaced, the known secret still set.
        existing.set(QStringLiteral("URL"), QStringLiteral("https://old.example"));
        again = planImport({sample(QStringLiteral("s4hana-cloud_saml"))}, {existing});
        QCOMPARE(again.items.first().action, ImportAction::Replace);
        QCOMPARE(again.items.first().destination.secretState(QStringLiteral("clientKey")),
                 Destination::SecretState::Set);
        QCOMPARE(again.changes().size(), 1);
        QVERIFY(again.changes().first().before.has_value());
        QCOMPARE(again.summary(), QStringLiteral("1 to replace"));
    }

    void badFilesAreRefusedWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad escape") << QByteArray("Name=a\nType=HTTP\nURL=https\\://x\\u00\n") << "bad:3" << "malformed \\uXXXX";
        QTest::newRow("no name") << QByteArray("Type=HTTP\nURL=https\\://x\n") << "bad" << "Name";
        QTest::newRow("unknown type") << QByteArray("Name=a\nType=FTP\nURL=https\\://x\n") << "bad:2" << "FTP";
        QTest::newRow("line break in a value") << QByteArray("Name=a\nType=HTTP\nURL=https\\://x\nDescription=one\\ntwo\n") << "bad:4" << "line break";
        QTest::newRow("bad URL") << QByteArray("Name=a\nType=HTTP\nURL=not a url\n") << "bad:3" << "not an absolute";
        QTest::newRow("binary garbage") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << "bad:1" << "control character";
        QTest::newRow("broken JSON") << QByteArray("{\"destination\":\n{\"Name\": \"a\",\n}") << "bad:3" << "not valid JSON";
        QTest::newRow("JSON number") << QByteArray("{\"destination\":{\"Name\":\"a\",\"Type\":\"HTTP\",\"HTML5.Timeout\":60000}}")
                                     << "bad: $.destination.HTML5.Timeout" << "must be strings";
        QTest::newRow("empty") << QByteArray("#\n# nothing\n") << "bad" << "holds no properties";
    }

    void badFilesAreRefusedWithFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        // A good file beside the bad one is still planned.
        const ImportPlan plan = planImport({file(QStringLiteral("bad"), text), sample(QStringLiteral("northwind"))}, {});
        const QList<Error> problems = plan.allProblems();
        QVERIFY2(!problems.isEmpty(), "no problem reported");
        QCOMPARE(problems.first().where, where);
        QVERIFY2(problems.first().toString().contains(message), qPrintable(problems.first().toString()));
        QCOMPARE(plan.count(ImportAction::Add), 1);
        QCOMPARE(plan.changes().size(), 1); // only the good one
    }

    void secretsAFileCarriesLeaveTheDestination()
    {
        const QByteArray text("Name=partner\nType=HTTP\nURL=https\\://api.partner.example\n"
                              "Authentication=BasicAuthentication\nUser=svc\nPassword=s3cr\\u00e9t\n");
        const ImportPlan plan = planImport({file(QStringLiteral("partner"), text)}, {});
        QVERIFY2(plan.allProblems().isEmpty(), problemsText(plan).constData());
        const ImportItem& item = plan.items.first();
        QCOMPARE(item.destination.secretState(QStringLiteral("Password")), Destination::SecretState::Set);
        QVERIFY(item.missingSecrets.isEmpty());
        QCOMPARE(item.secrets.size(), 1);
        QCOMPARE(item.secrets.first().key, QStringLiteral("Password"));
        QCOMPARE(item.secrets.first().value->view().toByteArray(), QStringLiteral("s3cr\u00e9t").toUtf8());
        // Neither the stored form nor an export holds it.
        const QByteArray stored = QJsonDocument(item.destination.toJson()).toJson();
        QVERIFY(!stored.contains("s3cr"));
        const QByteArray exported = toProperties(item.destination, QDateTime::currentDateTimeUtc());
        QVERIFY(!exported.contains("s3cr"));
        QVERIFY(exported.contains("#Password=<< Existing password/certificate removed on export >>"));
        QVERIFY(!toJson(item.destination).contains("s3cr"));
    }

    void oneImportNeverGivesANameTwice()
    {
        const ImportPlan plan = planImport({sample(QStringLiteral("northwind")), file(QStringLiteral("copy"), sample(QStringLiteral("northwind")).bytes)}, {});
        QCOMPARE(plan.count(ImportAction::Add), 1);
        QCOMPARE(plan.count(ImportAction::Refused), 1);
        QVERIFY(plan.items.last().problems.first().message.contains(QStringLiteral("is also in")));
        QVERIFY(plan.items.last().problems.first().where.startsWith(QStringLiteral("copy:")));
    }

    void jsonArrays()
    {
        const QByteArray text("[{\"destination\":{\"Name\":\"a\",\"Type\":\"HTTP\",\"URL\":\"https://a.example\"}},"
                              " {\"Name\":\"b\",\"Type\":\"HTTP\",\"URL\":\"https://b.example\",\"clientSecret\":\"<removed>\"}]");
        const ImportPlan plan = planImport({file(QStringLiteral("many.json"), text)}, {});
        QVERIFY2(plan.allProblems().isEmpty(), problemsText(plan).constData());
        QCOMPARE(plan.items.size(), 2);
        QCOMPARE(plan.items.at(0).source, QStringLiteral("many.json[0]"));
        QCOMPARE(plan.items.at(1).source, QStringLiteral("many.json[1]"));
        QCOMPARE(plan.items.at(1).missingSecrets, QStringList{QStringLiteral("clientSecret")});
        QCOMPARE(plan.description(), QStringLiteral("Import 2 destinations"));
        QCOMPARE(detectFormat("  \n[1]"), FileFormat::Json);
        QCOMPARE(detectFormat("#\nName=a"), FileFormat::Properties);
    }
};

QTEST_GUILESS_MAIN(TestDestinationFiles)
#include "tst_destinationfiles.moc"
