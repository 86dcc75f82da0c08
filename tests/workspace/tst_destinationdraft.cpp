// DestinationDraft: what the destination editor holds between opening and saving. Values of
// another authentication survive switching back and forth until the draft is built; secrets
// stay out of the Destination; an edit that changes nothing builds the original again.
#include "TestSupport.h"
#include "app/workspace/DestinationDraft.h"
#include "app/workspace/DestinationFiles.h"

#include <QDir>
#include <QTest>

using namespace gh;
using namespace gh::destinations;

namespace {

crypto::SecretBuffer secret(const char* text)
{
    return crypto::SecretBuffer(text);
}

QStringList fieldsOf(const Problems& problems)
{
    QStringList out;
    for (const Error& e : problems)
        out.append(e.field);
    return out;
}

Destination basic()
{
    Destination d;
    d.set(QStringLiteral("Name"), QStringLiteral("erp"));
    d.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
    d.set(QStringLiteral("URL"), QStringLiteral("https://erp.example.com"));
    d.set(QStringLiteral("HTML5.Timeout"), QStringLiteral("60000"));
    d.set(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
    d.set(QStringLiteral("User"), QStringLiteral("CPI_USER"));
    d.set(QStringLiteral("Password"), QString());
    return d;
}

} // namespace

class TestDestinationDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewDraftSaysWhatIsMissing()
    {
        DestinationDraft draft = DestinationDraft::create();
        QCOMPARE(draft.type(), QStringLiteral("HTTP"));
        QCOMPARE(draft.authentication(), QStringLiteral("NoAuthentication"));
        QCOMPARE(fieldsOf(draft.problems({}, std::nullopt)),
                 (QStringList{QStringLiteral("Name"), QStringLiteral("URL")}));
        draft.setValue(QStringLiteral("Name"), QStringLiteral("northwind"));
        draft.setValue(QStringLiteral("URL"), QStringLiteral("services.odata.org"));
        QCOMPARE(fieldsOf(draft.problems({}, std::nullopt)), QStringList{QStringLiteral("URL")});
        draft.setValue(QStringLiteral("URL"), QStringLiteral("https://services.odata.org"));
        QVERIFY(draft.problems({}, std::nullopt).isEmpty());
        // A name taken by another destination.
        QCOMPARE(fieldsOf(draft.problems({QStringLiteral("northwind")}, std::nullopt)),
                 QStringList{QStringLiteral("Name")});
        const Destination built = draft.build();
        QCOMPARE(built.name(), QStringLiteral("northwind"));
        QCOMPARE(built.value(QStringLiteral("ProxyType")), QStringLiteral("Internet"));
        QVERIFY(draft.isModified());
    }

    void switchingAuthenticationKeepsTheOtherValuesUntilBuilt()
    {
        DestinationDraft draft = DestinationDraft::create();
        draft.setValue(QStringLiteral("Name"), QStringLiteral("erp"));
        draft.setValue(QStringLiteral("URL"), QStringLiteral("https://erp.example.com"));
        draft.setValue(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        QCOMPARE(fieldsOf(draft.problems({}, std::nullopt)),
                 (QStringList{QStringLiteral("User"), QStringLiteral("Password")}));
        draft.setValue(QStringLiteral("User"), QStringLiteral("CPI_USER"));
        draft.enterSecret(QStringLiteral("Password"), secret("s3cret"));
        QVERIFY(draft.problems({}, std::nullopt).isEmpty());

        draft.setValue(QStringLiteral("Authentication"), QStringLiteral("OAuth2ClientCredentials"));
        Destination built = draft.build();
        QVERIFY(!built.contains(QStringLiteral("User")));
        QVERIFY(!built.contains(QStringLiteral("Password")));
        QVERIFY(draft.enteredSecretKeys().isEmpty()); // not saved with this authentication
        QCOMPARE(fieldsOf(draft.problems({}, std::nullopt)),
                 (QStringList{QStringLiteral("clientId"), QStringLiteral("clientSecret"),
                              QStringLiteral("tokenServiceURL")}));

        draft.setValue(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        built = draft.build();
        QCOMPARE(built.value(QStringLiteral("User")), QStringLiteral("CPI_USER"));
        QCOMPARE(built.secretState(QStringLiteral("Password")), Destination::SecretState::Set);
        QCOMPARE(built.value(QStringLiteral("Password")), QString()); // never the value
        QCOMPARE(draft.enteredSecretKeys(), QStringList{QStringLiteral("Password")});
        QCOMPARE(draft.enteredSecret(QStringLiteral("Password"))->view(), QByteArrayView("s3cret"));
        // Taking back what was typed.
        draft.enterSecret(QStringLiteral("Password"), {});
        QCOMPARE(draft.secretStatus(QStringLiteral("Password")), DestinationDraft::SecretStatus::Absent);
    }

    void anUntouchedEditBuildsTheOriginal()
    {
        const Destination original = basic();
        DestinationDraft draft = DestinationDraft::edit(original);
        QCOMPARE(draft.build(), original); // same properties, same order
        QVERIFY(!draft.isModified());
        QCOMPARE(draft.secretStatus(QStringLiteral("Password")), DestinationDraft::SecretStatus::Set);
        QCOMPARE(draft.additional().size(), 1);
        QCOMPARE(draft.additional().first().key, QStringLiteral("HTML5.Timeout"));

        draft.setValue(QStringLiteral("Name"), QStringLiteral("renamed")); // not in an edit
        QCOMPARE(draft.build().name(), QStringLiteral("erp"));
        draft.setValue(QStringLiteral("Description"), QStringLiteral("ERP"));
        QVERIFY(draft.isModified());
        QCOMPARE(draft.build().properties().last().key, QStringLiteral("Description"));
        draft.setValue(QStringLiteral("Description"), QString());
        QVERIFY(!draft.isModified());
        draft.enterSecret(QStringLiteral("Password"), secret("new"));
        QVERIFY(draft.isModified());
    }

    void additionalPropertiesAreChecked()
    {
        DestinationDraft draft = DestinationDraft::edit(basic());
        QList<DestinationDraft::Additional> extra = draft.additional();
        extra.append({QStringLiteral("User"), QStringLiteral("x")});           // a form field
        extra.append({QStringLiteral("HTML5.Timeout"), QStringLiteral("1")}); // twice
        extra.append({QString(), QStringLiteral("v")});                       // no name
        extra.append({QStringLiteral("URL.headers.x-api-key"), QString()});   // a secret, not typed
        draft.setAdditional(extra);
        QCOMPARE(fieldsOf(draft.problems({}, std::nullopt)),
                 (QStringList{QStringLiteral("User"), QStringLiteral("HTML5.Timeout"),
                              QStringLiteral("(property name)"), QStringLiteral("URL.headers.x-api-key")}));
        draft.setAdditional({{QStringLiteral("URL.headers.x-api-key"), QString()}});
        draft.enterSecret(QStringLiteral("URL.headers.x-api-key"), secret("k"));
        QVERIFY(draft.problems({}, std::nullopt).isEmpty());
        QCOMPARE(draft.build().secretState(QStringLiteral("URL.headers.x-api-key")), Destination::SecretState::Set);
        QCOMPARE(draft.enteredSecretKeys(), QStringList{QStringLiteral("URL.headers.x-api-key")});
    }

    void aDuplicateCopiesSetSecretsUnlessRetyped()
    {
        Destination original = basic();
        original.remove(QStringLiteral("User"));
        original.remove(QStringLiteral("Password"));
        original.set(QStringLiteral("Authentication"), QStringLiteral("OAuth2SAMLBearerAssertion"));
        original.set(QStringLiteral("audience"), QStringLiteral("https://erp.example.com"));
        original.set(QStringLiteral("tokenServiceURL"), QStringLiteral("https://erp.example.com/token"));
        original.set(QStringLiteral("clientKey"), QString());
        original.set(QStringLiteral("KeyStorePassword"), QString());
        original.setSecretState(QStringLiteral("KeyStorePassword"), Destination::SecretState::Missing);
        DestinationDraft draft = DestinationDraft::duplicate(original, QStringLiteral("erp_copy"));
        QCOMPARE(draft.mode(), DestinationDraft::Mode::Duplicate);
        QCOMPARE(draft.build().name(), QStringLiteral("erp_copy"));
        QCOMPARE(draft.secretsToCopy(), QStringList{QStringLiteral("clientKey")});
        draft.enterSecret(QStringLiteral("clientKey"), secret("typed"));
        QVERIFY(draft.secretsToCopy().isEmpty());
        QCOMPARE(draft.build().secretState(QStringLiteral("KeyStorePassword")), Destination::SecretState::Missing);
        QCOMPARE(fieldsOf(draft.problems({QStringLiteral("erp")}, std::nullopt)), QStringList{});
        QCOMPARE(fieldsOf(draft.problems({QStringLiteral("erp_copy")}, std::nullopt)), QStringList{QStringLiteral("Name")});
    }

    void certificatesMustExistWhenKnown()
    {
        DestinationDraft draft = DestinationDraft::create();
        draft.setValue(QStringLiteral("Name"), QStringLiteral("mtls"));
        draft.setValue(QStringLiteral("URL"), QStringLiteral("https://mtls.example.com"));
        draft.setValue(QStringLiteral("Authentication"), QStringLiteral("ClientCertificateAuthentication"));
        draft.setValue(QStringLiteral("KeyStoreLocation"), QStringLiteral("client.p12"));
        draft.enterSecret(QStringLiteral("KeyStorePassword"), secret("pw"));
        QVERIFY(draft.problems({}, std::nullopt).isEmpty());
        QCOMPARE(fieldsOf(draft.problems({}, QStringList{QStringLiteral("other.pem")})),
                 QStringList{QStringLiteral("KeyStoreLocation")});
        QVERIFY(draft.problems({}, QStringList{QStringLiteral("client.p12")}).isEmpty());
    }

    void warningsDoNotBlock()
    {
        DestinationDraft draft = DestinationDraft::edit(basic());
        draft.setAdditional({{QStringLiteral("TrustAll"), QStringLiteral("true")}});
        QVERIFY(draft.problems({}, std::nullopt).isEmpty());
        QCOMPARE(fieldsOf(draft.warnings()), QStringList{QStringLiteral("TrustAll")});
    }

    // Every cockpit export opens in the editor as it is, and is not modified by opening it.
    void everyCockpitSampleOpensUnchanged()
    {
        const QDir dir(test::sharedPath(QStringLiteral("reference/samples/destination-export")));
        QList<SourceFile> files;
        for (const QString& name : dir.entryList(QDir::Files))
            files.append({dir.filePath(name), test::readFile(dir.filePath(name))});
        QVERIFY(files.size() >= 4);
        const ImportPlan plan = planImport(files, {});
        QVERIFY(plan.problems.isEmpty());
        int checked = 0;
        for (const ImportItem& item : plan.items) {
            DestinationDraft draft = DestinationDraft::edit(item.destination);
            QCOMPARE(draft.build(), item.destination);
            QVERIFY2(!draft.isModified(), qPrintable(item.source));
            ++checked;
        }
        QCOMPARE(checked, files.size());
    }
};

QTEST_GUILESS_MAIN(TestDestinationDraft)
#include "tst_destinationdraft.moc"
