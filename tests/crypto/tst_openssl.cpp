// The OpenSSL glue: sha256() gives the digest FIPS 180-4 gives, the same as Qt's own code.
#include "app/crypto/OpenSsl.h"

#include <QCryptographicHash>
#include <QTest>

using namespace gh::crypto;

class TestOpenSsl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256KnownAnswers()
    {
        // FIPS 180-4 examples ("abc", the empty message).
        QCOMPARE(sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256({}).toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void sha256SameAsQt()
    {
        QByteArray data;
        for (int size : {1, 55, 56, 63, 64, 65, 1000, 100000}) {
            data.resize(size);
            for (int i = 0; i < size; ++i)
                data[i] = char((i * 131 + size) & 0xff);
            QCOMPARE(sha256(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenSsl)
#include "tst_openssl.moc"
