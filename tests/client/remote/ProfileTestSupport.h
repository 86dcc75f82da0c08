#pragma once

// Helpers for the tenant-profile tests (header-only; each test is its own executable): service
// key files as gatehouse-tenantd writes them, a CA bundle, and waiting on SecretStore futures.

#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/PrivateKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>

namespace gh::test {

// Distinct per service, so that a test can tell which one leaked.
inline QString secretOf(const QString& service, const QString& tag = QStringLiteral("one"))
{
    return QStringLiteral("SECRET-%1-%2-7f3a9c").arg(service, tag);
}

inline QJsonObject integrationKeyJson(const QString& tag = QStringLiteral("one"))
{
    return QJsonObject{{QStringLiteral("oauth"),
                        QJsonObject{{QStringLiteral("clientid"), QString(QStringLiteral("sb-it-") + tag)},
                                    {QStringLiteral("clientsecret"), secretOf(QStringLiteral("integration"), tag)},
                                    {QStringLiteral("url"), QStringLiteral("https://acme.it-cpi018.cfapps.eu10.hana.ondemand.com")},
                                    {QStringLiteral("tokenurl"), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com/oauth/token")}}}};
}

inline QJsonObject destinationKeyJson(const QString& tag = QStringLiteral("one"))
{
    return QJsonObject{{QStringLiteral("clientid"), QString(QStringLiteral("sb-dest-") + tag)},
                       {QStringLiteral("clientsecret"), secretOf(QStringLiteral("destination"), tag)},
                       {QStringLiteral("url"), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com")},
                       {QStringLiteral("uri"), QStringLiteral("https://destination-configuration.cfapps.eu10.hana.ondemand.com")},
                       {QStringLiteral("identityzone"), QStringLiteral("acme")}};
}

inline QJsonObject xsuaaKeyJson(const QString& tag = QStringLiteral("one"))
{
    return QJsonObject{{QStringLiteral("clientid"), QString(QStringLiteral("sb-xsuaa-") + tag)},
                       {QStringLiteral("clientsecret"), secretOf(QStringLiteral("xsuaa"), tag)},
                       {QStringLiteral("url"), QStringLiteral("https://acme.authentication.eu10.hana.ondemand.com")},
                       {QStringLiteral("apiurl"), QStringLiteral("https://api.authentication.eu10.hana.ondemand.com")},
                       {QStringLiteral("subaccountid"), QStringLiteral("sub-1")}};
}

inline QString writeJson(const QDir& dir, const QString& name, const QJsonObject& object)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A self-signed CA certificate as PEM, for --ca-file.
inline QByteArray caBundlePem()
{
    auto key = crypto::PrivateKey::generate(crypto::KeySpec::ec(QStringLiteral("P-256")));
    if (!key)
        qFatal("key: %s", qPrintable(key.error().toString()));
    crypto::CertificateSpec spec;
    spec.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=Test CA,O=Gatehouse")).value();
    spec.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    spec.notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
    spec.isCa = true;
    auto certificate = crypto::CertificateBuilder::selfSigned(spec, *key);
    if (!certificate)
        qFatal("certificate: %s", qPrintable(certificate.error().toString()));
    return certificate->toPem();
}

// For QVERIFY2, which builds its message even when the check passes.
template <class R> const char* why(const R& result)
{
    static QByteArray text;
    text = result.ok() ? QByteArray() : result.error().toString().toUtf8();
    return text.constData();
}

// Waits for `future` while running the event loop (the secret stores answer through it).
template <class T> T await(QFuture<T> future, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished()) {
        if (clock.elapsed() > timeoutMs)
            qFatal("a future did not finish within %d ms", timeoutMs);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return future.result();
}

// Every file under `dir` (recursively) as one byte string, to grep for secrets.
inline QByteArray allBytesUnder(const QString& dir)
{
    QByteArray all;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& info : entries) {
        if (info.isDir()) {
            all += allBytesUnder(info.absoluteFilePath());
        } else {
            QFile file(info.absoluteFilePath());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
    }
    return all;
}

} // namespace gh::test
