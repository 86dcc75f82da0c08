// CredentialActions and CredentialSecrets on a real tenant file and the throwaway gnome-keyring of
// tests/with-keyring.sh: each kind created, edited and deleted as one undoable step, bad input
// refused naming the field and changing nothing, the secret typed only in the keychain (never in
// the tenant file or the journal), loaded for a push and forgotten once the remote took it.
#include "DemoTenant.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/CredentialSecrets.h"
#include "app/workspace/Workspace.h"

#include <QDir>
#include <QTest>
#include <QUuid>

using namespace gh;
using namespace gh::credentials;
namespace {

template<class T>
Result<T> await(const QFuture<Result<T>>& future)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000); }();
    if (!future.isFinished())
        return Error::make(Error::Kind::Internal, QStringLiteral("the test timed out"));
    return future.result();
}

template<class T>
QString why(const Result<T>& r)
{
    return r ? QString() : r.error().toString();
}

Status awaitStatus(const QFuture<Status>& future)
{
    return await(future);
}

} // namespace

class TestCredentialActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Workspace> m_ws;

    Existing existing()
    {
        Existing e;
        e.userCredentials = await(m_ws->client().userCredentials().list()).value();
        e.oauth2ClientCredentials = await(m_ws->client().oauth2ClientCredentials().list()).value();
        e.secureParameters = await(m_ws->client().secureParameters().list()).value();
        return e;
    }

    CredentialSecrets secrets() { return CredentialSecrets(*m_keychain, m_ws->tenant()->id()); }

    // Keeps the secret (if any), then applies the change, as the cockpit and the CLI do.
    Status save(const Change& change, const char* secret)
    {
        if (secret) {
            if (Status s = awaitStatus(secrets().write(change.kind, change.key, crypto::SecretBuffer(secret))); !s)
                return s;
        }
        return awaitStatus(m_ws->apply({change}, stepDescription(change)));
    }

    QByteArray keychainValue(EntityKind kind, const QString& name)
    {
        const auto read = await(secrets().read(kind, name));
        if (!read)
            return read.error().kind == Error::Kind::NotFound ? QByteArray("<none>") : QByteArray("<error>");
        return QByteArray((*read)->data(), (*read)->size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        if (bus.isEmpty() || bus.startsWith(QLatin1String("disabled:"))) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        QVERIFY(m_dir.isValid());
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("gatehouse-test-")
                                                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_keychain->setTimeout(std::chrono::seconds(20));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("work.ghtenant"));
        m_ws.reset();
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_template, m_path));
        auto tenant = LocalTenant::open(m_path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_ws = std::make_unique<Workspace>(*tenant, m_clock);
    }

    void cleanup() { m_ws.reset(); }

    void userCredentialCreatedEditedDeletedAndUndone()
    {
        UserCredential c;
        c.name = QStringLiteral("SF_Partner");
        c.kind = QStringLiteral("successfactors");
        c.user = QStringLiteral("sfapi");
        // SuccessFactors needs a company id: refused naming the field, nothing changes.
        auto refused = create(c, true, existing());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("CompanyId"));
        QVERIFY2(refused.error().toString().contains(QStringLiteral("user credential 'SF_Partner'")),
                 qPrintable(refused.error().toString()));
        c.kind = QStringLiteral("sftp"); // not a kind
        QCOMPARE(create(c, true, existing()).error().field, QStringLiteral("Kind"));
        c.kind = QStringLiteral("successfactors");
        c.companyId = QStringLiteral("ACME01");

        const auto created = create(c, true, existing());
        QVERIFY2(created, qPrintable(why(created)));
        QVERIFY2(save(*created, "sf-pa55-4711"), "saved");
        const auto stored = await(m_ws->client().userCredentials().get(c.name));
        QVERIFY2(stored, qPrintable(why(stored)));
        QVERIFY(stored->passwordSet);
        QCOMPARE(stored->companyId, QStringLiteral("ACME01"));
        QCOMPARE(keychainValue(EntityKind::UserCredential, c.name), QByteArray("sf-pa55-4711"));
        QTRY_COMPARE(m_ws->state().undoText, QStringLiteral("Create user credential 'SF_Partner'"));

        // The same name again, of any kind: a conflict.
        SecureParameter clash;
        clash.name = c.name;
        QCOMPARE(create(clash, true, existing()).error().kind, Error::Kind::Conflict);

        // Edit: a property, the secret kept.
        UserCredential edited = *stored;
        edited.description = QStringLiteral("SuccessFactors API user");
        const auto change = edit(edited, false, existing());
        QVERIFY2(change, qPrintable(why(change)));
        QVERIFY(save(*change, nullptr));
        QCOMPARE(await(m_ws->client().userCredentials().get(c.name))->description, edited.description);
        QVERIFY(await(m_ws->client().userCredentials().get(c.name))->passwordSet);
        // Nothing changed and no secret: refused; a new secret alone is a step of its own.
        QCOMPARE(edit(edited, false, existing()).error().kind, Error::Kind::Validation);
        const auto secretOnly = edit(edited, true, existing());
        QVERIFY2(secretOnly, qPrintable(why(secretOnly)));
        QCOMPARE(stepDescription(*secretOnly), QStringLiteral("Set the password of user credential 'SF_Partner'"));
        QVERIFY(save(*secretOnly, "sf-pa55-4712"));
        QCOMPARE(keychainValue(EntityKind::UserCredential, c.name), QByteArray("sf-pa55-4712"));
        // Not there: NotFound naming it.
        UserCredential ghost = edited;
        ghost.name = QStringLiteral("Ghost");
        QCOMPARE(edit(ghost, true, existing()).error().kind, Error::Kind::NotFound);

        // Delete, undo, redo.
        const auto removed = removal(EntityKind::UserCredential, c.name, existing());
        QVERIFY2(removed, qPrintable(why(removed)));
        QVERIFY(save(*removed, nullptr));
        QCOMPARE(await(m_ws->client().userCredentials().get(c.name)).error().kind, Error::Kind::NotFound);
        QVERIFY(awaitStatus(m_ws->undo()));
        QCOMPARE(await(m_ws->client().userCredentials().get(c.name))->description, edited.description);
        // The secret stayed for the undo.
        QCOMPARE(keychainValue(EntityKind::UserCredential, c.name), QByteArray("sf-pa55-4712"));
        QVERIFY(awaitStatus(m_ws->redo()));
        QCOMPARE(await(m_ws->client().userCredentials().get(c.name)).error().kind, Error::Kind::NotFound);
        QCOMPARE(removal(EntityKind::UserCredential, c.name, existing()).error().kind, Error::Kind::NotFound);

        // The secret never reached the tenant file (nor its journal).
        m_ws.reset();
        for (const QFileInfo& f : QDir(m_dir.path()).entryInfoList(QDir::Files)) {
            const QByteArray bytes = test::readFile(f.filePath());
            QVERIFY2(!bytes.contains("sf-pa55-471"), qPrintable(f.fileName()));
        }
    }

    void oauth2AndSecureParameters()
    {
        OAuth2ClientCredential o;
        o.name = QStringLiteral("Partner_OAuth");
        o.clientId = QStringLiteral("client-1");
        o.tokenServiceUrl = QStringLiteral("not a url");
        QCOMPARE(create(o, true, existing()).error().field, QStringLiteral("TokenServiceUrl"));
        o.tokenServiceUrl = QStringLiteral("https://login.partner.example/oauth/token");
        o.customParameters = {CustomParameter{QString(), QStringLiteral("x"), QStringLiteral("body")}};
        QCOMPARE(create(o, true, existing()).error().field, QStringLiteral("CustomParameters"));
        o.customParameters = {CustomParameter{QStringLiteral("resource"), QStringLiteral("urn:x"), QStringLiteral("url")}};
        o.clientId.clear();
        QCOMPARE(create(o, true, existing()).error().field, QStringLiteral("ClientId"));
        o.clientId = QStringLiteral("client-1");
        const auto created = create(o, true, existing());
        QVERIFY2(created, qPrintable(why(created)));
        QVERIFY(save(*created, "oauth-s3cr3t"));
        const auto stored = await(m_ws->client().oauth2ClientCredentials().get(o.name));
        QVERIFY2(stored, qPrintable(why(stored)));
        QVERIFY(stored->clientSecretSet);
        QCOMPARE(stored->customParameters, o.customParameters);

        SecureParameter p;
        p.name = QString();
        QCOMPARE(create(p, true, existing()).error().field, QStringLiteral("Name"));
        p.name = QStringLiteral("API_Key");
        // Without a value typed, it is created "not set" (a push refuses it, see below).
        const auto unset = create(p, false, existing());
        QVERIFY2(unset, qPrintable(why(unset)));
        QVERIFY(save(*unset, nullptr));
        QVERIFY(!await(m_ws->client().secureParameters().get(p.name))->secureParamSet);
        QVERIFY(awaitStatus(m_ws->undo()));
        QCOMPARE(await(m_ws->client().secureParameters().get(p.name)).error().kind, Error::Kind::NotFound);
        // A kind cannot change through an edit.
        SecureParameter asParam;
        asParam.name = o.name;
        QCOMPARE(edit(asParam, true, existing()).error().field, QStringLiteral("Kind"));
    }

    void pendingSecretsAreLoadedAndForgottenAfterThePush()
    {
        SecureParameter p;
        p.name = QStringLiteral("Token_A");
        QVERIFY(save(create(p, true, existing()).value(), "value-a"));
        p.name = QStringLiteral("Token_B"); // created without a value
        QVERIFY(save(create(p, false, existing()).value(), nullptr));

        auto pending = std::make_shared<PendingCredentialSecrets>();
        QVERIFY2(awaitStatus(secrets().loadPending(m_ws->tenant(), pending)), "loaded");
        QCOMPARE(pending->names().size(), 1);
        const auto a = pending->get(EntityKind::SecureParameter, QStringLiteral("Token_A"));
        QVERIFY(a);
        QCOMPARE(QByteArray(a->data(), a->size()), QByteArray("value-a"));
        QCOMPARE(PendingCredentialSecrets::source(pending)(EntityKind::SecureParameter, QStringLiteral("Token_A")), a);

        // The push refuses a create whose secret this machine does not hold, naming it.
        const auto refuse = PendingCredentialSecrets::refuseMissing(pending);
        JournalEntry entryB;
        entryB.kind = EntityKind::SecureParameter;
        entryB.key = QStringLiteral("Token_B");
        entryB.after = QJsonObject{};
        const QString why = refuse(entryB);
        QVERIFY2(why.contains(QStringLiteral("secure parameter 'Token_B'")) && why.contains(QStringLiteral("credentials edit")),
                 qPrintable(why));
        JournalEntry entryA = entryB;
        entryA.key = QStringLiteral("Token_A");
        QVERIFY(refuse(entryA).isEmpty());

        // Sent: forgotten; refused: kept.
        PushSummary summary;
        summary.items = {PushItem{1, 1, EntityKind::SecureParameter, QStringLiteral("Token_A"), PushItem::Action::Create,
                                  PushItem::Outcome::Sent, {}}};
        QVERIFY2(awaitStatus(secrets().forgetPushed(summary, *pending)), "forgotten");
        QCOMPARE(keychainValue(EntityKind::SecureParameter, QStringLiteral("Token_A")), QByteArray("<none>"));
        summary.items.first().outcome = PushItem::Outcome::Refused;
        QVERIFY(awaitStatus(secrets().write(EntityKind::SecureParameter, QStringLiteral("Token_A"), crypto::SecretBuffer("again"))));
        QVERIFY(awaitStatus(secrets().forgetPushed(summary, *pending)));
        QCOMPARE(keychainValue(EntityKind::SecureParameter, QStringLiteral("Token_A")), QByteArray("again"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialActions)
#include "tst_credentialactions.moc"
