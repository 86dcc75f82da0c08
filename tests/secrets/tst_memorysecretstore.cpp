#include "app/secrets/Cleanse.h"
#include "app/secrets/MemorySecretStore.h"

#include <QTest>

using gh::Error;
using gh::MemorySecretStore;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItselfAsNotPersistent();
    void writeThenRead();
    void readsBinaryBytesExactly();
    void overwriteReplacesValue();
    void removeForgetsValue();
    void removingMissingKeyIsOk();
    void readingMissingKeyIsNotFound();
    void emptyKeyIsRejected();
    void storedValueIsIndependentOfCallersBuffers();
    void clearForgetsEverything();
    void secureZeroOverwritesBytes();
    void cleanseEmptiesAndSparesSharedCopies();
};

namespace {

// The error's kind, or Internal (which no test expects) when the call succeeded.
template <class R> Error::Kind kindOf(const R& result)
{
    return result.ok() ? Error::Kind::Internal : result.error().kind;
}

// The secret, or a description of the error that cannot equal any expected secret, so that a
// QCOMPARE fails readably instead of throwing std::bad_variant_access.
QByteArray valueOrError(const gh::Result<QByteArray>& result)
{
    return result.ok() ? result.value()
                       : QByteArrayLiteral("<error: ") + result.error().toString().toUtf8() + '>';
}

QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

} // namespace

void TestMemorySecretStore::describesItselfAsNotPersistent()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.description(), QStringLiteral("memory only (not remembered)"));
}

void TestMemorySecretStore::writeThenRead()
{
    MemorySecretStore store;
    const QString key = gh::SecretStore::destinationKey(QStringLiteral("t1"), QStringLiteral("S4"),
                                                        QStringLiteral("clientSecret"));
    QCOMPARE(key, QStringLiteral("tenant/t1/destination/S4/clientSecret"));

    auto written = store.write(key, QByteArrayLiteral("s3cr3t"));
    QVERIFY(written.isFinished());
    QVERIFY(written.result().ok());

    auto read = store.read(key);
    QVERIFY(read.isFinished());
    const auto result = read.result();
    QVERIFY(result.ok());
    QCOMPARE(valueOrError(result), QByteArrayLiteral("s3cr3t"));
    QCOMPARE(store.size(), 1);
}

void TestMemorySecretStore::readsBinaryBytesExactly()
{
    MemorySecretStore store;
    const QByteArray utf8 = QStringLiteral(u"pässwörd €\U0001F511").toUtf8();
    QVERIFY(store.write(QStringLiteral("bin"), allBytes()).result().ok());
    QVERIFY(store.write(QStringLiteral("utf8"), utf8).result().ok());
    QCOMPARE(valueOrError(store.read(QStringLiteral("bin")).result()), allBytes());
    QCOMPARE(valueOrError(store.read(QStringLiteral("utf8")).result()), utf8);
}

void TestMemorySecretStore::overwriteReplacesValue()
{
    MemorySecretStore store;
    QVERIFY(store.write(QStringLiteral("k"), QByteArrayLiteral("first-and-longer")).result().ok());
    QVERIFY(store.write(QStringLiteral("k"), QByteArrayLiteral("second")).result().ok());
    QCOMPARE(valueOrError(store.read(QStringLiteral("k")).result()), QByteArrayLiteral("second"));
    QCOMPARE(store.size(), 1);
}

void TestMemorySecretStore::removeForgetsValue()
{
    MemorySecretStore store;
    QVERIFY(store.write(QStringLiteral("k"), QByteArrayLiteral("v")).result().ok());
    QVERIFY(store.write(QStringLiteral("other"), QByteArrayLiteral("w")).result().ok());
    auto removed = store.remove(QStringLiteral("k"));
    QVERIFY(removed.isFinished());
    QVERIFY(removed.result().ok());
    QVERIFY(!store.contains(QStringLiteral("k")));
    const auto read = store.read(QStringLiteral("k")).result();
    QVERIFY(!read.ok());
    QCOMPARE(kindOf(read), Error::Kind::NotFound);
    QCOMPARE(valueOrError(store.read(QStringLiteral("other")).result()), QByteArrayLiteral("w"));
}

void TestMemorySecretStore::removingMissingKeyIsOk()
{
    MemorySecretStore store;
    QVERIFY(store.remove(QStringLiteral("never-written")).result().ok());
}

void TestMemorySecretStore::readingMissingKeyIsNotFound()
{
    MemorySecretStore store;
    auto future = store.read(QStringLiteral("tenant/x/destination/y/clientSecret"));
    QVERIFY(future.isFinished());
    const auto result = future.result();
    QVERIFY(!result.ok());
    QCOMPARE(kindOf(result), Error::Kind::NotFound);
    QVERIFY(result.error().toString().contains(QStringLiteral("tenant/x/destination/y")));
}

void TestMemorySecretStore::emptyKeyIsRejected()
{
    MemorySecretStore store;
    QCOMPARE(kindOf(store.write(QString(), QByteArrayLiteral("v")).result()),
             Error::Kind::Validation);
    QCOMPARE(kindOf(store.read(QString()).result()), Error::Kind::Validation);
    QCOMPARE(kindOf(store.remove(QString()).result()), Error::Kind::Validation);
    QCOMPARE(store.size(), 0);
}

void TestMemorySecretStore::storedValueIsIndependentOfCallersBuffers()
{
    // The store wipes its buffers; that must never reach into the caller's copies.
    MemorySecretStore store;
    QByteArray secret = QByteArrayLiteral("caller-owned");
    secret.detach();
    QVERIFY(store.write(QStringLiteral("k"), secret).result().ok());
    QByteArray readBack = valueOrError(store.read(QStringLiteral("k")).result());

    QVERIFY(store.write(QStringLiteral("k"), QByteArrayLiteral("replacement")).result().ok());
    QVERIFY(store.remove(QStringLiteral("k")).result().ok());
    QCOMPARE(secret, QByteArrayLiteral("caller-owned"));
    QCOMPARE(readBack, QByteArrayLiteral("caller-owned"));

    // And changing the caller's buffer does not change what is stored.
    QVERIFY(store.write(QStringLiteral("k2"), secret).result().ok());
    secret[0] = 'X';
    QCOMPARE(valueOrError(store.read(QStringLiteral("k2")).result()),
             QByteArrayLiteral("caller-owned"));
}

void TestMemorySecretStore::clearForgetsEverything()
{
    auto* store = new MemorySecretStore;
    QVERIFY(store->write(QStringLiteral("a"), QByteArrayLiteral("1")).result().ok());
    QVERIFY(store->write(QStringLiteral("b"), QByteArrayLiteral("2")).result().ok());
    store->clear();
    QCOMPARE(store->size(), 0);
    QCOMPARE(kindOf(store->read(QStringLiteral("a")).result()), Error::Kind::NotFound);
    QVERIFY(store->write(QStringLiteral("c"), QByteArrayLiteral("3")).result().ok());
    delete store; // wipes "c"; under ASan this also checks the wipe stays in bounds
}

void TestMemorySecretStore::secureZeroOverwritesBytes()
{
    QByteArray data = gh::deepCopy(QByteArrayLiteral("wipe-me"));
    QByteArray other = data; // shared: keeps its bytes
    gh::secureZero(data);
    QCOMPARE(data, QByteArray(7, '\0'));
    QCOMPARE(other, QByteArrayLiteral("wipe-me"));

    QByteArray empty;
    gh::secureZero(empty);
    QVERIFY(empty.isEmpty());
}

void TestMemorySecretStore::cleanseEmptiesAndSparesSharedCopies()
{
    QByteArray owned = gh::deepCopy(QByteArrayLiteral("wipe-me"));
    QVERIFY(owned.isDetached());
    gh::cleanse(owned);
    QVERIFY(owned.isEmpty());

    QByteArray first = gh::deepCopy(QByteArrayLiteral("shared"));
    QByteArray second = first;
    gh::cleanse(first);
    QVERIFY(first.isEmpty());
    QCOMPARE(second, QByteArrayLiteral("shared"));

    QByteArray deep = gh::deepCopy(second);
    QVERIFY(deep.isDetached());
    QVERIFY(deep.constData() != second.constData());
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
