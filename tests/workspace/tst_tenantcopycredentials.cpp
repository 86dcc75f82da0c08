// TenantDiff and TenantCopy of user credentials, OAuth2 client credentials and secure parameters
// between two generated demo tenants (each its own file and id, real SQLite, the real Secret
// Service of tests/with-keyring.sh). A gets a new user credential whose password waits in A's
// keychain, an edited OAuth2 client credential and a secure parameter of a name B uses for a user
// credential; B loses a secure parameter. The known differences are reported; the clash is refused
// before anything is planned; the copy lands as one pending, undoable step in B: the metadata in
// B's journal, each secret under B's keychain key (A's pending one carried, one A's keychain does
// not hold typed), never in B's tenant file or journal; after it the copied items do not differ.
#include "DemoTenant.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/workspace/CopyMaterial.h"
#include "app/workspace/CredentialActions.h"
#include "app/workspace/CredentialSecrets.h"
#include "app/workspace/TenantCopy.h"
#include "app/workspace/Workspace.h"
#include "workspace/CopyTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace gh;
using namespace gh::copying;
using namespace gh::copytest;

namespace {

const QList<EntityKind> kCredentials{EntityKind::UserCredential, EntityKind::OAuth2ClientCredential,
                                     EntityKind::SecureParameter};

const QByteArray kPasswordInA = "pw-pending-in-A-7f3c";
const QByteArray kTypedValue = "typed-param-value-91ab";

QByteArray fileBytes(const QString& path)
{
    QByteArray out;
    for (const QString& p : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

} // namespace

class TestTenantCopyCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    std::shared_ptr<LocalTenant> m_a;
    std::shared_ptr<LocalTenant> m_b;
    std::unique_ptr<Workspace> m_wsA;
    std::unique_ptr<Workspace> m_wsB;

    TenantListing list(Workspace& ws)
    {
        return listed(ws, kCredentials);
    }

    credentials::Existing existing(Workspace& ws)
    {
        const TenantListing l = list(ws);
        return {l.userCredentials, l.oauth2ClientCredentials, l.secureParameters};
    }

    void apply(Workspace& ws, const Result<Change>& change)
    {
        if (!change)
            qFatal("%s", change.error().toString().toUtf8().constData());
        const Status s = await(ws.apply({*change}, credentials::stepDescription(*change)));
        if (!s)
            qFatal("%s", s.error().toString().toUtf8().constData());
    }

    // A: a new user credential (its password kept in `store` when given), Salesforce_CC with
    // another description and scope, a secure parameter "Shared_Name"; B: a user credential
    // "Shared_Name", no PGP_Passphrase_Bank.
    void prepare(SecretStore* store)
    {
        UserCredential ftp;
        ftp.name = QStringLiteral("SFTP_New_Partner");
        ftp.description = QStringLiteral("SFTP login at the new partner");
        ftp.user = QStringLiteral("contoso_new");
        if (store) {
            CredentialSecrets secrets(*store, m_a->id());
            const Status kept =
                await(secrets.write(EntityKind::UserCredential, ftp.name, crypto::SecretBuffer(QByteArrayView(kPasswordInA))));
            if (!kept)
                qFatal("%s", kept.error().toString().toUtf8().constData());
        }
        apply(*m_wsA, credentials::create(ftp, true, existing(*m_wsA)));
        OAuth2ClientCredential sf = std::get<OAuth2ClientCredential>(
            *existing(*m_wsA).find(EntityKind::OAuth2ClientCredential, QStringLiteral("Salesforce_CC")));
        sf.description = QStringLiteral("Salesforce connected app (EU)");
        sf.scope = QStringLiteral("api refresh_token");
        sf.customParameters = {{QStringLiteral("tenant"), QStringLiteral("eu"), QStringLiteral("body")}};
        apply(*m_wsA, credentials::edit(sf, false, existing(*m_wsA)));
        SecureParameter shared;
        shared.name = QStringLiteral("Shared_Name");
        apply(*m_wsA, credentials::create(shared, true, existing(*m_wsA)));
        UserCredential clash;
        clash.name = QStringLiteral("Shared_Name");
        clash.user = QStringLiteral("someone");
        apply(*m_wsB, credentials::create(clash, false, existing(*m_wsB)));
        apply(*m_wsB, credentials::removal(EntityKind::SecureParameter, QStringLiteral("PGP_Passphrase_Bank"),
                                           existing(*m_wsB)));
    }

    QStringList differing()
    {
        QStringList out;
        for (const TenantDifference& d : diffListings(list(*m_wsA), list(*m_wsB), kCredentials))
            out.append(d.key + QLatin1Char(' ') + differenceStatusName(d.status));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_wsA.reset();
        m_wsB.reset();
        m_a = openDemoTenant(m_dir, QStringLiteral("a.ghtenant"));
        m_b = openDemoTenant(m_dir, QStringLiteral("b.ghtenant"));
        QVERIFY(m_a && m_b);
        QVERIFY(m_a->id() != m_b->id());
        m_wsA = std::make_unique<Workspace>(m_a, m_clock);
        m_wsB = std::make_unique<Workspace>(m_b, m_clock);
    }

    void cleanup()
    {
        m_wsA.reset();
        m_wsB.reset();
        m_a.reset();
        m_b.reset();
    }

    void parsesCredentialItems()
    {
        QCOMPARE(item(QStringLiteral("user-credential:X")), (CopyItem{EntityKind::UserCredential, QStringLiteral("X")}));
        QCOMPARE(item(QStringLiteral("oauth2_client_credentials:Y")).kind, EntityKind::OAuth2ClientCredential);
        QCOMPARE(item(QStringLiteral("secure-parameter:Z")).kind, EntityKind::SecureParameter);
        QCOMPARE(copyItemText(item(QStringLiteral("secure_parameters:Z"))), QStringLiteral("secure-parameter:Z"));
        QCOMPARE(copyItemText(item(QStringLiteral("user_credentials:X"))), QStringLiteral("user-credential:X"));
        QCOMPARE(copyItemText(item(QStringLiteral("oauth2-client-credentials:Y"))),
                 QStringLiteral("oauth2-client-credential:Y"));
        QVERIFY(!parseCopyItem(QStringLiteral("user-credential:")).ok());
        // B's listing must hold all three kinds: a name is unique across them.
        QCOMPARE(listedKinds({item(QStringLiteral("secure-parameter:Z"))}, true).size(), 3);
        QCOMPARE(listedKinds({item(QStringLiteral("secure-parameter:Z"))}, false).size(), 1);
    }

    void knownDifferencesAndRefusals()
    {
        prepare(nullptr);
        QCOMPARE(differing(), (QStringList{QStringLiteral("SFTP_New_Partner onlyInA"),
                                           QStringLiteral("Shared_Name onlyInB"),
                                           QStringLiteral("Salesforce_CC differs"),
                                           QStringLiteral("PGP_Passphrase_Bank onlyInA"),
                                           QStringLiteral("Shared_Name onlyInA")}));
        const TenantListing a = list(*m_wsA);
        const TenantListing b = list(*m_wsB);
        const QList<RefusedItem> refused = refusals({item(QStringLiteral("user-credential:SFTP_New_Partner")),
                                                     item(QStringLiteral("secure-parameter:Shared_Name")),
                                                     item(QStringLiteral("user-credential:Nope"))},
                                                    a, b);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).item.name, QStringLiteral("Shared_Name"));
        QCOMPARE(refused.at(0).reason, Refusal::TargetOtherKind);
        QCOMPARE(refused.at(0).detail, QStringLiteral("user_credentials"));
        QCOMPARE(refused.at(1).reason, Refusal::NotFound);
        const CopyPlan clash = planCopy({item(QStringLiteral("secure-parameter:Shared_Name"))}, a, b, QStringLiteral("A"));
        QCOMPARE(clash.problems.size(), 1);
        QVERIFY2(clash.problems.first().toString().contains(QLatin1String("Shared_Name")),
                 qPrintable(clash.problems.first().toString()));
        QVERIFY(clash.changes.isEmpty());
        // Alike in both (the deployment data is each tenant's own): unchanged, no secret asked.
        const CopyPlan alike = planCopy({item(QStringLiteral("secure-parameter:Webhook_HMAC_Key"))}, a, b,
                                        QStringLiteral("A"));
        QVERIFY(alike.problems.isEmpty());
        QCOMPARE(alike.items.size(), 1);
        QCOMPARE(alike.items.first().action, CopyAction::Unchanged);
        QVERIFY(alike.secrets.isEmpty());
        QVERIFY(!alike.hasChanges());
    }

    void copiesMetadataIntoBsJournalAndSecretsIntoBsKeychain()
    {
        if (!insideThrowawayKeyring()) {
            if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
                QFAIL("no private keyring: ctest runs this test through tests/with-keyring.sh");
            QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it there)");
        }
        KeychainSecretStore store(QStringLiteral("gatehouse-test-copy-credentials"));
        prepare(&store);
        const QList<CopyItem> items{item(QStringLiteral("user-credential:SFTP_New_Partner")),
                                    item(QStringLiteral("oauth2-client-credential:Salesforce_CC")),
                                    item(QStringLiteral("secure-parameter:PGP_Passphrase_Bank")),
                                    item(QStringLiteral("user-credential:SFTP_New_Partner"))}; // once
        const CopyPlan plan = planCopy(items, list(*m_wsA), list(*m_wsB), QStringLiteral("A"));
        QVERIFY2(plan.problems.isEmpty(), plan.problems.isEmpty() ? "" : qPrintable(plan.problems.first().toString()));
        QCOMPARE(plan.items.size(), 3);
        QCOMPARE(plan.items.at(0).action, CopyAction::Add);
        QCOMPARE(plan.items.at(1).action, CopyAction::Replace);
        QCOMPARE(plan.items.at(2).action, CopyAction::Add);
        QCOMPARE(plan.changes.size(), 3);
        QCOMPARE(plan.secrets,
                 (QList<SecretToCopy>{
                     {QStringLiteral("SFTP_New_Partner"), QStringLiteral("Password"), false, EntityKind::UserCredential},
                     {QStringLiteral("Salesforce_CC"), QStringLiteral("ClientSecret"), true,
                      EntityKind::OAuth2ClientCredential},
                     {QStringLiteral("PGP_Passphrase_Bank"), QStringLiteral("SecureParam"), false,
                      EntityKind::SecureParameter}}));
        // B's deployment data stays B's; the metadata is A's.
        QCOMPARE(plan.changes.at(1).after->value(QStringLiteral("Description")).toString(),
                 QStringLiteral("Salesforce connected app (EU)"));
        QCOMPARE(plan.changes.at(1).after->value(QStringLiteral("DeployedBy")),
                 plan.changes.at(1).before->value(QStringLiteral("DeployedBy")));

        // What the cockpit and the CLI do: A's pending value carried, the one A's keychain does not
        // hold typed; B keeps its own client secret.
        QList<SecretValue> values;
        for (const SecretToCopy& s : plan.secrets) {
            auto read = await(store.read(secretKeyOf(m_a->id(), s)));
            if (read) {
                values.append({s, std::make_shared<const crypto::SecretBuffer>(QByteArrayView(*read))});
            } else {
                QCOMPARE(read.error().kind, Error::Kind::NotFound);
                if (!s.targetHasIt)
                    values.append({s, std::make_shared<const crypto::SecretBuffer>(QByteArrayView(kTypedValue))});
            }
        }
        QCOMPARE(values.size(), 2);
        const Status kept = await(keepSecrets(store, m_b->id(), values));
        QVERIFY2(kept.ok(), why(kept).constData());
        values.clear();
        QVERIFY(await(m_wsB->apply(plan.changes, plan.description)).ok());

        const QString passwordKey =
            credentials::secretKey(m_b->id(), EntityKind::UserCredential, QStringLiteral("SFTP_New_Partner"));
        QCOMPARE(passwordKey, QStringLiteral("tenant/%1/user-credential/SFTP_New_Partner/Password").arg(m_b->id()));
        const auto password = await(store.read(passwordKey));
        QVERIFY2(password.ok(), why(password).constData());
        QCOMPARE(*password, kPasswordInA);
        const auto typed = await(store.read(
            credentials::secretKey(m_b->id(), EntityKind::SecureParameter, QStringLiteral("PGP_Passphrase_Bank"))));
        QVERIFY2(typed.ok(), why(typed).constData());
        QCOMPARE(*typed, kTypedValue);
        QCOMPARE(await(store.read(credentials::secretKey(m_b->id(), EntityKind::OAuth2ClientCredential,
                                                         QStringLiteral("Salesforce_CC"))))
                     .error()
                     .kind,
                 Error::Kind::NotFound);
        // As the credential pane reads it before a push.
        CredentialSecrets inB(store, m_b->id());
        const auto waiting = await(inB.read(EntityKind::UserCredential, QStringLiteral("SFTP_New_Partner")));
        QVERIFY2(waiting.ok(), why(waiting).constData());

        // Never in B's file or journal: only "set".
        const auto pending = await(m_wsB->pendingChanges());
        QVERIFY(pending.ok());
        QByteArray journal;
        for (const JournalEntry& e : *pending) {
            journal += e.description.toUtf8();
            if (e.after)
                journal += QJsonDocument(*e.after).toJson();
        }
        QVERIFY(journal.contains("SFTP_New_Partner"));
        QVERIFY(!journal.contains(kPasswordInA));
        QVERIFY(!journal.contains(kTypedValue));
        m_wsB.reset();
        const QByteArray file = fileBytes(m_b->path());
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(kPasswordInA));
        QVERIFY(!file.contains(kTypedValue));
        m_wsB = std::make_unique<Workspace>(m_b, m_clock);

        // Copied, they do not differ; the step is pending in B and one undo takes it back.
        QCOMPARE(differing(), (QStringList{QStringLiteral("Shared_Name onlyInB"), QStringLiteral("Shared_Name onlyInA")}));
        QVERIFY(std::any_of(pending->cbegin(), pending->cend(), [](const JournalEntry& e) {
            return e.kind == EntityKind::UserCredential && e.key == QStringLiteral("SFTP_New_Partner");
        }));
        QVERIFY(await(m_wsB->undo()).ok());
        QCOMPARE(differing().size(), 5);

        for (const QString& key :
             QStringList{passwordKey, credentials::secretKey(m_a->id(), EntityKind::UserCredential, QStringLiteral("SFTP_New_Partner")),
              credentials::secretKey(m_b->id(), EntityKind::SecureParameter, QStringLiteral("PGP_Passphrase_Bank"))})
            QVERIFY(await(store.remove(key)).ok());
    }
};

QTEST_GUILESS_MAIN(TestTenantCopyCredentials)
#include "tst_tenantcopycredentials.moc"
