#include "app/secrets/KeychainError.h"
#include "app/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using gh::Error;
using gh::KeychainSecretStore;

namespace {

// Set in the environment of a copy of this binary started by noBus*() / silentBus*(): it then
// runs childMain() instead of the tests. Values: "no-bus", "silent-bus".
constexpr char childModeVariable[] = "GATEHOUSE_TST_KEYCHAIN_CHILD";

// Generous: a healthy keyring answers in milliseconds; this only bounds a failing run.
constexpr int waitMs = 20000;

QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

// For QVERIFY2, which builds its message even when the check passes.
template <class R> QByteArray why(const R& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

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

// Only ever talk to the throwaway keyring of tests/with-keyring.sh, never to a developer's own.
bool insidePrivateKeyring(QString* why)
{
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QString data = qEnvironmentVariable("XDG_DATA_HOME");
    if (bus.isEmpty() || bus.startsWith(QStringLiteral("disabled:"))) {
        *why = QStringLiteral("no session bus; run through tests/with-keyring.sh (ctest does)");
        return false;
    }
    const QString temp = QDir(QDir::tempPath()).canonicalPath();
    const QString dataDir = QDir(data).canonicalPath();
    if (data.isEmpty() || dataDir.isEmpty() || !dataDir.startsWith(temp + QLatin1Char('/'))) {
        *why = QStringLiteral("XDG_DATA_HOME is not a throwaway folder; refusing to touch the real "
                              "keychain. Run through tests/with-keyring.sh (ctest does)");
        return false;
    }
    return true;
}

// The child: every keychain call must fail with an Io error instead of hanging. "no-bus": there is
// no usable bus and the store has no timeout of its own, so the failure must come from the
// keychain itself. "silent-bus": the bus accepts the connection but never answers, which only the
// store's timeout can end. Prints one line per call; exit code 0 when all failed with an Io error
// (for "silent-bus": the timeout's), 1 when something else came back, 2 when the calls did not
// finish within 30 s (the parent gives up earlier anyway).
int childMain(const QByteArray& mode)
{
    const bool silent = mode == "silent-bus";
    const std::chrono::milliseconds timeout(silent ? 300 : 0);
    const QString service = QStringLiteral("gatehouse-test-child");
    KeychainSecretStore store(service);
    store.setTimeout(timeout);
    auto read = store.read(QStringLiteral("tenant/t/destination/d/clientSecret"));
    auto write =
        store.write(QStringLiteral("tenant/t/destination/d/clientSecret"), QByteArrayLiteral("s"));
    auto probe = KeychainSecretStore::probe(service, timeout);
    auto ping = KeychainSecretStore::ping(service, timeout);

    QTextStream out(stdout);
    QElapsedTimer clock;
    clock.start();
    while (!(read.isFinished() && write.isFinished() && probe.isFinished() && ping.isFinished())) {
        if (clock.elapsed() > 30000) {
            out << "hang\n";
            return 2;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const auto report = [&out, silent](const char* what, const auto& result) {
        if (result.ok()) {
            out << what << ": ok\n";
            return false;
        }
        const Error& error = result.error();
        out << what << ": " << Error::kindName(error.kind) << ": " << error.toString() << '\n';
        return error.kind == Error::Kind::Io &&
               (!silent || error.message.contains(QStringLiteral("did not answer")));
    };
    bool expected = report("read", read.result());
    expected &= report("write", write.result());
    expected &= report("probe", probe.result());
    expected &= report("ping", ping.result());
    out << "elapsed-ms: " << clock.elapsed() << '\n';
    out.flush();
    return expected ? 0 : 1;
}

// A Unix socket that accepts connections (through the listen backlog) and never says a word: a
// D-Bus "bus" on which the client waits forever for the authentication reply.
class SilentSocket
{
public:
    explicit SilentSocket(const QString& path)
    {
        const QByteArray native = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (size_t(native.size()) >= sizeof(address.sun_path))
            return;
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return;
        if (::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0 ||
            ::listen(m_fd, 16) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~SilentSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentSocket(const SilentSocket&) = delete;
    SilentSocket& operator=(const SilentSocket&) = delete;

    bool isListening() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace

// Wait for a future by spinning the event loop (QtKeychain and libsecret answer through it).
#define GH_AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), waitMs)

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void mapsKeychainErrors_data();
    void mapsKeychainErrors();
    void describesItselfAsPersistent();
    void roundTripsBinaryBytes();
    void roundTripsUtf8();
    void roundTripsEmptySecret();
    void overwriteReplacesValue();
    void readingMissingKeyIsNotFound();
    void removeForgetsValue();
    void removingMissingKeyIsOk();
    void servicesAreSeparate();
    void emptyKeyIsRejected();
    void futureFinishesAfterStoreIsGone();
    void futureWatcherSignalsFinished();
    void probeSucceeds();
    void pingAnswersWithoutWriting();
    void failsFastWithoutKeychain_data();
    void failsFastWithoutKeychain();

private:
    QString m_service;
    QStringList m_written;
    KeychainSecretStore* m_store = nullptr;

    QString key(const QString& name)
    {
        const QString k =
            QStringLiteral("tenant/test/destination/") + name + QStringLiteral("/clientSecret");
        m_written.append(k);
        return k;
    }
};

void TestKeychainSecretStore::initTestCase()
{
    QString why;
    if (!insidePrivateKeyring(&why)) {
        if (qEnvironmentVariableIsSet("GATEHOUSE_EXPECT_KEYRING"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    // A service of its own per run: nothing here can collide with other data in the keyring.
    m_service =
        QStringLiteral("gatehouse-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = new KeychainSecretStore(m_service, this);
    m_store->setTimeout(std::chrono::milliseconds(waitMs));
}

void TestKeychainSecretStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString& k : std::as_const(m_written)) {
        auto removed = m_store->remove(k);
        GH_AWAIT(removed);
        QVERIFY2(removed.result().ok(), why(removed.result()).constData());
    }
}

void TestKeychainSecretStore::mapsKeychainErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("EntryNotFound") << int(QKeychain::EntryNotFound) << Error::Kind::NotFound;
    QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied) << Error::Kind::Forbidden;
    QTest::newRow("AccessDeniedByUser")
        << int(QKeychain::AccessDeniedByUser) << Error::Kind::Forbidden;
    QTest::newRow("NoBackendAvailable") << int(QKeychain::NoBackendAvailable) << Error::Kind::Io;
    QTest::newRow("OtherError") << int(QKeychain::OtherError) << Error::Kind::Io;
    QTest::newRow("CouldNotDeleteEntry") << int(QKeychain::CouldNotDeleteEntry) << Error::Kind::Io;
    QTest::newRow("NotImplemented") << int(QKeychain::NotImplemented) << Error::Kind::Io;
}

void TestKeychainSecretStore::mapsKeychainErrors()
{
    QFETCH(int, code);
    QFETCH(Error::Kind, kind);
    const Error error =
        gh::detail::keychainError(QKeychain::Error(code), QStringLiteral("backend says no"),
                                  QStringLiteral("gatehouse"), QStringLiteral("a/b"));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.where, QStringLiteral("keychain:gatehouse/a/b"));
    if (kind != Error::Kind::NotFound)
        QVERIFY(error.message.contains(QStringLiteral("backend says no")));
}

void TestKeychainSecretStore::describesItselfAsPersistent()
{
    QVERIFY(m_store->isPersistent());
    QCOMPARE(m_store->description(), QStringLiteral("system keychain (Secret Service)"));
    QCOMPARE(m_store->service(), m_service);
    const KeychainSecretStore defaults;
    QCOMPARE(defaults.service(), QStringLiteral("gatehouse"));
    QVERIFY(defaults.timeout() == std::chrono::minutes(2));
}

void TestKeychainSecretStore::roundTripsBinaryBytes()
{
    const QString k = key(QStringLiteral("binary"));
    const QByteArray secret = allBytes() + allBytes();
    auto written = m_store->write(k, secret);
    GH_AWAIT(written);
    QVERIFY2(written.result().ok(), why(written.result()).constData());

    auto read = m_store->read(k);
    GH_AWAIT(read);
    const auto result = read.result();
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(valueOrError(result), secret);
}

void TestKeychainSecretStore::roundTripsUtf8()
{
    const QString k = key(QStringLiteral(u"zürich-€-\U0001F511"));
    const QByteArray secret = QStringLiteral(u"pässwörd €\U0001F511 \"quoted\" \\n").toUtf8();
    auto written = m_store->write(k, secret);
    GH_AWAIT(written);
    QVERIFY(written.result().ok());

    auto read = m_store->read(k);
    GH_AWAIT(read);
    QCOMPARE(valueOrError(read.result()), secret);
}

void TestKeychainSecretStore::roundTripsEmptySecret()
{
    const QString k = key(QStringLiteral("empty"));
    auto written = m_store->write(k, QByteArray());
    GH_AWAIT(written);
    QVERIFY2(written.result().ok(), why(written.result()).constData());

    auto read = m_store->read(k);
    GH_AWAIT(read);
    const auto result = read.result();
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(valueOrError(result), QByteArray());
}

void TestKeychainSecretStore::overwriteReplacesValue()
{
    const QString k = key(QStringLiteral("overwrite"));
    auto first = m_store->write(k, QByteArrayLiteral("first-and-longer"));
    auto second = m_store->write(k, QByteArrayLiteral("second"));
    auto read = m_store->read(k); // QtKeychain runs jobs in order
    GH_AWAIT(read);
    QVERIFY(first.isFinished() && first.result().ok());
    QVERIFY(second.isFinished() && second.result().ok());
    QCOMPARE(valueOrError(read.result()), QByteArrayLiteral("second"));
}

void TestKeychainSecretStore::readingMissingKeyIsNotFound()
{
    auto read = m_store->read(QStringLiteral("tenant/test/destination/never-written/clientSecret"));
    GH_AWAIT(read);
    const auto result = read.result();
    QVERIFY(!result.ok());
    QCOMPARE(kindOf(result), Error::Kind::NotFound);
    QVERIFY(result.error().where.contains(QStringLiteral("never-written")));
}

void TestKeychainSecretStore::removeForgetsValue()
{
    const QString k = key(QStringLiteral("remove"));
    auto written = m_store->write(k, QByteArrayLiteral("v"));
    GH_AWAIT(written);
    QVERIFY(written.result().ok());

    auto removed = m_store->remove(k);
    GH_AWAIT(removed);
    QVERIFY2(removed.result().ok(), why(removed.result()).constData());

    auto read = m_store->read(k);
    GH_AWAIT(read);
    QVERIFY(!read.result().ok());
    QCOMPARE(kindOf(read.result()), Error::Kind::NotFound);
}

void TestKeychainSecretStore::removingMissingKeyIsOk()
{
    auto removed = m_store->remove(QStringLiteral("tenant/test/destination/absent/clientSecret"));
    GH_AWAIT(removed);
    QVERIFY2(removed.result().ok(), why(removed.result()).constData());
}

void TestKeychainSecretStore::servicesAreSeparate()
{
    const QString k = key(QStringLiteral("separate"));
    KeychainSecretStore other(m_service + QStringLiteral("-other"));
    auto mine = m_store->write(k, QByteArrayLiteral("mine"));
    auto theirs = other.write(k, QByteArrayLiteral("theirs"));
    auto readMine = m_store->read(k);
    auto readTheirs = other.read(k);
    GH_AWAIT(readTheirs);
    QVERIFY(mine.result().ok() && theirs.result().ok());
    QCOMPARE(valueOrError(readMine.result()), QByteArrayLiteral("mine"));
    QCOMPARE(valueOrError(readTheirs.result()), QByteArrayLiteral("theirs"));

    auto removed = other.remove(k);
    GH_AWAIT(removed);
    QVERIFY(removed.result().ok());
    auto stillMine = m_store->read(k);
    GH_AWAIT(stillMine);
    QCOMPARE(valueOrError(stillMine.result()), QByteArrayLiteral("mine"));
}

void TestKeychainSecretStore::emptyKeyIsRejected()
{
    auto read = m_store->read(QString());
    auto written = m_store->write(QString(), QByteArrayLiteral("v"));
    auto removed = m_store->remove(QString());
    QVERIFY(read.isFinished() && written.isFinished() && removed.isFinished());
    QCOMPARE(kindOf(read.result()), Error::Kind::Validation);
    QCOMPARE(kindOf(written.result()), Error::Kind::Validation);
    QCOMPARE(kindOf(removed.result()), Error::Kind::Validation);
}

void TestKeychainSecretStore::futureFinishesAfterStoreIsGone()
{
    const QString k = key(QStringLiteral("orphan"));
    QFuture<gh::Status> written;
    QFuture<gh::Result<QByteArray>> read;
    {
        KeychainSecretStore shortLived(m_service);
        written = shortLived.write(k, QByteArrayLiteral("outlives"));
        read = shortLived.read(k);
    }
    GH_AWAIT(read);
    QVERIFY(written.result().ok());
    QCOMPARE(valueOrError(read.result()), QByteArrayLiteral("outlives"));
}

void TestKeychainSecretStore::futureWatcherSignalsFinished()
{
    const QString k = key(QStringLiteral("watched"));
    auto written = m_store->write(k, QByteArrayLiteral("w"));
    QFutureWatcher<gh::Status> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<gh::Status>::finished);
    watcher.setFuture(written);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, waitMs);
    QVERIFY(watcher.result().ok());
}

void TestKeychainSecretStore::probeSucceeds()
{
    auto probe = KeychainSecretStore::probe(m_service);
    GH_AWAIT(probe);
    QVERIFY2(probe.result().ok(), why(probe.result()).constData());
}

void TestKeychainSecretStore::pingAnswersWithoutWriting()
{
    // A service nothing was ever written under: the keychain answers "not found", which is an
    // answer, and ping leaves nothing behind (a read of its kind still finds nothing).
    const QString service = m_service + QStringLiteral("-ping");
    auto ping = KeychainSecretStore::ping(service);
    GH_AWAIT(ping);
    QVERIFY2(ping.result().ok(), why(ping.result()).constData());
    KeychainSecretStore store(service);
    auto read = store.read(QStringLiteral("ping/anything"));
    GH_AWAIT(read);
    QVERIFY(!read.result().ok());
    QCOMPARE(read.result().error().kind, Error::Kind::NotFound);
}

void TestKeychainSecretStore::failsFastWithoutKeychain_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("busAddress"); // "-" leaves DBUS_SESSION_BUS_ADDRESS unset
    QTest::newRow("DBUS_SESSION_BUS_ADDRESS=disabled:")
        << QStringLiteral("no-bus") << QStringLiteral("disabled:");
    QTest::newRow("no bus address, no DISPLAY") << QStringLiteral("no-bus") << QStringLiteral("-");
    QTest::newRow("bus that never answers, store timeout")
        << QStringLiteral("silent-bus") << QStringLiteral("unix:path=%1");
}

void TestKeychainSecretStore::failsFastWithoutKeychain()
{
    QFETCH(QString, mode);
    QFETCH(QString, busAddress);
    QTemporaryDir runtimeDir; // empty: no "bus" socket for GDBus to find there
    QVERIFY(runtimeDir.isValid());
    std::unique_ptr<SilentSocket> silentBus;
    if (busAddress.contains(QStringLiteral("%1"))) {
        const QString path = runtimeDir.filePath(QStringLiteral("silent-bus"));
        silentBus = std::make_unique<SilentSocket>(path);
        QVERIFY(silentBus->isListening());
        busAddress = busAddress.arg(path);
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childModeVariable), mode);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path());
    if (busAddress == QStringLiteral("-"))
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    else
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&child, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const qint64 elapsed = clock.elapsed();
    const QString output = QString::fromUtf8(child.readAll());
    qInfo().noquote() << "child finished in" << elapsed << "ms:\n" << output.trimmed();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childModeVariable))
        return childMain(qgetenv(childModeVariable));
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
