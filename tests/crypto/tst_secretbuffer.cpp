#include "app/crypto/OpenSsl.h"
#include "app/crypto/SecretBuffer.h"

#include <QTest>

#include <type_traits>

using gh::crypto::SecretBuffer;

class TestSecretBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isMoveOnly()
    {
        QVERIFY(!std::is_copy_constructible_v<SecretBuffer>);
        QVERIFY(!std::is_copy_assignable_v<SecretBuffer>);
        QVERIFY(std::is_nothrow_move_constructible_v<SecretBuffer>);
        QVERIFY(std::is_nothrow_move_assignable_v<SecretBuffer>);
    }

    void defaultIsEmpty()
    {
        const SecretBuffer buffer;
        QVERIFY(buffer.isEmpty());
        QCOMPARE(buffer.size(), 0);
        QVERIFY(buffer.view().isEmpty());
    }

    void fromCString()
    {
        const SecretBuffer buffer("s3cret");
        QCOMPARE(buffer.size(), 6);
        QVERIFY(!buffer.isEmpty());
        QCOMPARE(buffer.view(), QByteArrayView("s3cret"));
        QCOMPARE(QByteArrayView(buffer.data(), buffer.size()), QByteArrayView("s3cret"));

        const SecretBuffer fromNull(static_cast<const char*>(nullptr));
        QVERIFY(fromNull.isEmpty());
    }

    void fromViewKeepsEmbeddedNul()
    {
        const char bytes[] = {'a', '\0', 'b'};
        const SecretBuffer buffer{QByteArrayView(bytes, 3)};
        QCOMPARE(buffer.size(), 3);
        QCOMPARE(buffer.data()[1], '\0');
        QCOMPARE(buffer.data()[2], 'b');
    }

    void doesNotAliasItsSource()
    {
        char source[] = "password";
        const SecretBuffer buffer{QByteArrayView(source, 8)};
        QVERIFY(buffer.data() != source);
        source[0] = 'X';
        QCOMPARE(buffer.view(), QByteArrayView("password"));
    }

    void moveConstructEmptiesSource()
    {
        SecretBuffer source("key material");
        const char* storage = source.data();
        SecretBuffer target(std::move(source));
        QCOMPARE(target.view(), QByteArrayView("key material"));
        QVERIFY(target.data() == storage); // moved, not copied
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QVERIFY(source.data() == nullptr); // NOLINT(bugprone-use-after-move)
    }

    void moveAssignReplacesAndEmptiesSource()
    {
        SecretBuffer source("new");
        SecretBuffer target("old contents");
        target = std::move(source);
        QCOMPARE(target.view(), QByteArrayView("new"));
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    }

    void clearEmpties()
    {
        SecretBuffer buffer("to be wiped");
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        QCOMPARE(buffer.size(), 0);
        QVERIFY(buffer.data() == nullptr);
        buffer.clear(); // clearing twice is harmless
        QVERIFY(buffer.isEmpty());
    }

    void zeroedIsWritable()
    {
        SecretBuffer buffer = SecretBuffer::zeroed(4);
        QCOMPARE(buffer.size(), 4);
        QCOMPARE(buffer.view(), QByteArrayView("\0\0\0\0", 4));
        buffer.data()[0] = 'x';
        QCOMPARE(buffer.data()[0], 'x');
        QVERIFY(SecretBuffer::zeroed(0).isEmpty());
    }

    void cloneIsIndependent()
    {
        SecretBuffer original("abc");
        SecretBuffer copy = original.clone();
        QVERIFY(copy == original);
        QVERIFY(copy.data() != original.data());
        copy.data()[0] = 'X';
        QCOMPARE(original.view(), QByteArrayView("abc"));
        QVERIFY(!(copy == original));
    }

    void equality()
    {
        QVERIFY(SecretBuffer("abc") == SecretBuffer("abc"));
        QVERIFY(!(SecretBuffer("abc") == SecretBuffer("abd")));
        QVERIFY(!(SecretBuffer("abc") == SecretBuffer("abcd")));
        QVERIFY(SecretBuffer() == SecretBuffer(""));
    }

    void fromBio()
    {
        gh::crypto::BioPtr bio = gh::crypto::writableBio();
        QVERIFY(bio);
        QCOMPARE(BIO_write(bio.get(), "pem bytes", 9), 9);
        const SecretBuffer buffer = SecretBuffer::fromBio(bio.get());
        QCOMPARE(buffer.view(), QByteArrayView("pem bytes"));
        QVERIFY(SecretBuffer::fromBio(nullptr).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSecretBuffer)
#include "tst_secretbuffer.moc"
