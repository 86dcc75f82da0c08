// DestinationSecrets: a draft's typed secrets land in the secret store under the destination's
// key; a duplicate copies the original's secrets, and one this machine does not hold comes out
// missing instead of failing the save.
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/DestinationDraft.h"
#include "app/workspace/DestinationSecrets.h"

#include <QTest>

using namespace gh;
using namespace gh::destinations;

namespace {

const QString kTenant = QStringLiteral("tenant-1");

QByteArray stored(SecretStore& store, const QString& destination, const QString& field)
{
    auto read = store.read(SecretStore::destinationKey(kTenant, destination, field));
    [&] { QTRY_VERIFY(read.isFinished()); }();
    const Result<QByteArray> value = read.result();
    return value ? *value : QByteArray("<none>");
}

Result<Destination> waitFor(QFuture<Result<Destination>> future)
{
    [&] { QTRY_VERIFY(future.isFinished()); }();
    return future.result();
}

} // namespace

class TestDestinationSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedSecretsAreWrittenUnderTheDestination()
    {
        MemorySecretStore store;
        DestinationSecrets secrets(store, kTenant);
        DestinationDraft draft = DestinationDraft::create();
        draft.setValue(QStringLiteral("Name"), QStringLiteral("erp"));
        draft.setValue(QStringLiteral("URL"), QStringLiteral("https://erp.example.com"));
        draft.setValue(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        draft.setValue(QStringLiteral("User"), QStringLiteral("u"));
        draft.enterSecret(QStringLiteral("Password"), crypto::SecretBuffer("pa55"));
        // Typed for an authentication no longer chosen: not written.
        draft.enterSecret(QStringLiteral("clientSecret"), crypto::SecretBuffer("unused"));

        const Result<Destination> saved = waitFor(secrets.store(draft));
        QVERIFY(saved.ok());
        QCOMPARE(saved->secretState(QStringLiteral("Password")), Destination::SecretState::Set);
        QCOMPARE(stored(store, QStringLiteral("erp"), QStringLiteral("Password")), QByteArray("pa55"));
        QCOMPARE(stored(store, QStringLiteral("erp"), QStringLiteral("clientSecret")), QByteArray("<none>"));
    }

    void aDuplicateCopiesWhatThisMachineHolds()
    {
        MemorySecretStore store;
        DestinationSecrets secrets(store, kTenant);
        auto write = store.write(SecretStore::destinationKey(kTenant, QStringLiteral("src"), QStringLiteral("clientSecret")),
                                 QByteArray("held"));
        QTRY_VERIFY(write.isFinished());

        Destination original;
        original.set(QStringLiteral("Name"), QStringLiteral("src"));
        original.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        original.set(QStringLiteral("URL"), QStringLiteral("https://api.example.com"));
        original.set(QStringLiteral("Authentication"), QStringLiteral("OAuth2ClientCredentials"));
        original.set(QStringLiteral("clientId"), QStringLiteral("id"));
        original.set(QStringLiteral("clientSecret"), QString());
        original.set(QStringLiteral("tokenServiceURL"), QStringLiteral("https://api.example.com/token"));
        original.set(QStringLiteral("tokenServicePassword"), QString()); // set, held by the tenant only
        DestinationDraft draft = DestinationDraft::duplicate(original, QStringLiteral("copy"));

        const Result<Destination> saved = waitFor(secrets.store(draft));
        QVERIFY(saved.ok());
        QCOMPARE(saved->name(), QStringLiteral("copy"));
        QCOMPARE(saved->secretState(QStringLiteral("clientSecret")), Destination::SecretState::Set);
        QCOMPARE(saved->secretState(QStringLiteral("tokenServicePassword")), Destination::SecretState::Missing);
        QCOMPARE(stored(store, QStringLiteral("copy"), QStringLiteral("clientSecret")), QByteArray("held"));
        QCOMPARE(stored(store, QStringLiteral("src"), QStringLiteral("clientSecret")), QByteArray("held"));
    }

    void writeStoresEachValue()
    {
        MemorySecretStore store;
        DestinationSecrets secrets(store, kTenant);
        auto a = std::make_shared<const crypto::SecretBuffer>("one");
        auto b = std::make_shared<const crypto::SecretBuffer>("two");
        QFuture<Status> written = secrets.write({{QStringLiteral("d1"), QStringLiteral("Password"), a},
                                                 {QStringLiteral("d2"), QStringLiteral("clientSecret"), b}});
        QTRY_VERIFY(written.isFinished());
        QVERIFY(written.result().ok());
        QCOMPARE(stored(store, QStringLiteral("d1"), QStringLiteral("Password")), QByteArray("one"));
        QCOMPARE(stored(store, QStringLiteral("d2"), QStringLiteral("clientSecret")), QByteArray("two"));
        QCOMPARE(a->view(), QByteArrayView("one")); // the caller's buffers are left alone
    }
};

QTEST_GUILESS_MAIN(TestDestinationSecrets)
#include "tst_destinationsecrets.moc"
