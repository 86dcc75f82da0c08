#include "app/crypto/CertificateDetails.h"
#include "crypto/CryptoTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <openssl/err.h>

#include <optional>

using gh::crypto::Certificate;
using gh::crypto::CertificateDetails;
using gh::crypto::ExtensionDetails;
using gh::crypto::KeySpec;
using gh::crypto::PrivateKey;
using gh::crypto::test::haveOpenSslCli;
using gh::crypto::test::issueWithConfig;
using gh::crypto::test::runOpenSsl;
using gh::crypto::test::TestChain;
using gh::crypto::test::utc;

namespace {

// Every extension we decode, written in OpenSSL's configuration syntax. issuerAltName holds an
// x400Address and an ediPartyName as raw DER (the syntax has no other way to write them); the
// last two are one extension unknown to everybody and one (nsComment) known only to OpenSSL.
const QByteArray richConfig = "[ext]\n"
                              "basicConstraints = critical, CA:FALSE\n"
                              "keyUsage = critical, digitalSignature, keyEncipherment\n"
                              "extendedKeyUsage = serverAuth, clientAuth, 1.3.6.1.4.1.99999.7\n"
                              "subjectKeyIdentifier = hash\n"
                              "authorityKeyIdentifier = keyid:always, issuer:always\n"
                              "subjectAltName = @alt\n"
                              "issuerAltName = "
                              "DER:30:20:A3:08:30:06:61:04:13:02:44:45:A5:14:A0:06:0C:04:41:63:6D:"
                              "65:A1:0A:0C:08:45:44:49:20:4E:61:6D:65\n"
                              "crlDistributionPoints = URI:http://crl.example.com/root.crl, dp\n"
                              "authorityInfoAccess = OCSP;URI:http://ocsp.example.com, "
                              "caIssuers;URI:http://ca.example.com/root.cer\n"
                              "certificatePolicies = 1.3.6.1.4.1.99999.1.1, @policy\n"
                              "nameConstraints = critical, permitted;DNS:.example.com, "
                              "permitted;IP:10.0.0.0/255.0.0.0, excluded;email:.bad.example\n"
                              "1.3.6.1.4.1.99999.42 = DER:04:03:01:02:03\n"
                              "nsComment = \"made by a test\"\n"
                              "\n"
                              "[alt]\n"
                              "DNS.1 = tenant.example.com\n"
                              "IP.1 = 10.1.2.3\n"
                              "IP.2 = 2001:db8::1\n"
                              "email.1 = ops@example.com\n"
                              "URI.1 = https://tenant.example.com/\n"
                              "RID.1 = 1.2.3.4\n"
                              "dirName.1 = dir\n"
                              "otherName.1 = 1.3.6.1.4.1.311.20.2.3;UTF8:user@example.com\n"
                              "\n"
                              "[dir]\n"
                              "CN = Directory Name\n"
                              "O = Acme\n"
                              "\n"
                              "[dp]\n"
                              "fullname = URI:ldap://ldap.example.com/cn=root\n"
                              "reasons = keyCompromise, CACompromise\n"
                              "CRLissuer = dirName:dir\n"
                              "\n"
                              "[policy]\n"
                              "policyIdentifier = 1.3.6.1.4.1.99999.1.2\n"
                              "CPS.1 = \"http://cps.example.com\"\n"
                              "userNotice.1 = @notice\n"
                              "\n"
                              "[notice]\n"
                              "explicitText = \"Internal use only\"\n"
                              "organization = \"Acme\"\n"
                              "noticeNumbers = 1, 2\n";

QString colonHex(const QString& hex)
{
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

} // namespace

class TestCertificateDetails : public QObject
{
    Q_OBJECT

    std::optional<TestChain> m_chain;
    Certificate m_rich;
    CertificateDetails m_details;

    const ExtensionDetails& ext(const QString& name)
    {
        static const ExtensionDetails none;
        const ExtensionDetails* found = m_details.extension(name);
        if (!found)
            qWarning("no extension %s", qPrintable(name));
        return found ? *found : none;
    }

    // The value after "=" of `openssl x509 -noout <option>` for the rich certificate.
    QString cli(const QStringList& options)
    {
        const auto run =
            runOpenSsl(QStringList{QStringLiteral("x509"), QStringLiteral("-noout")} + options,
                       m_rich.toPem());
        if (!run.ok())
            qWarning("openssl: %s", run.err.constData());
        return QString::fromUtf8(run.out.trimmed()).section(QLatin1Char('='), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GH_TRY(chain, gh::crypto::test::makeTestChain());
        m_chain.emplace(std::move(chain));
        m_rich = issueWithConfig(QStringLiteral("CN=rich.example.com+UID=rich,O=Acme,C=DE"),
                                 m_chain->leafKey, &m_chain->root, m_chain->rootKey, richConfig,
                                 utc(2021, 2, 3, 4, 5, 6), utc(2031, 2, 3, 4, 5, 6), 0x1092);
        QVERIFY(!m_rich.isNull());
        m_details = CertificateDetails::of(m_rich);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void basicFields()
    {
        QCOMPARE(m_details.version, 3);
        QCOMPARE(m_details.serialHex, QStringLiteral("1092"));
        QCOMPARE(m_details.serialDecimal, QStringLiteral("4242"));
        QCOMPARE(m_details.subjectDN, QStringLiteral("CN=rich.example.com+UID=rich,O=Acme,C=DE"));
        QCOMPARE(m_details.issuerDN, m_chain->root.subjectDN());
        QCOMPARE(m_details.subject.size(), 4);
        QCOMPARE(m_details.subject.attributes().at(1).type, QStringLiteral("UID"));
        QVERIFY(m_details.subject.attributes().at(1).sameRdnAsPrevious);
        QVERIFY(!m_details.subject.attributes().at(2).sameRdnAsPrevious);
        QCOMPARE(m_details.issuer.commonName(), QStringLiteral("Gatehouse Test Root"));
        QCOMPARE(m_details.notBefore, utc(2021, 2, 3, 4, 5, 6));
        QCOMPARE(m_details.notAfter, utc(2031, 2, 3, 4, 5, 6));
        QCOMPARE(m_details.keyType, QStringLiteral("RSA"));
        QCOMPARE(m_details.keySize, 2048);
        QCOMPARE(m_details.ellipticCurve, QString());
        QCOMPARE(m_details.publicKeyAlgorithmOid, QStringLiteral("1.2.840.113549.1.1.1"));
        QCOMPARE(m_details.signatureAlgorithm, QStringLiteral("SHA256withECDSA"));
        QCOMPARE(m_details.signatureAlgorithmOid, QStringLiteral("1.2.840.10045.4.3.2"));
        QCOMPARE(m_details.publicKeySha256,
                 QString::fromLatin1(QCryptographicHash::hash(m_chain->leafKey.publicKeyDer(),
                                                              QCryptographicHash::Sha256)
                                         .toHex(':')
                                         .toUpper()));
        QCOMPARE(m_details.pem, m_rich.toPem());
        QStringList names;
        for (const ExtensionDetails& extension : m_details.extensions)
            names.append(extension.name());
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("basicConstraints"), QStringLiteral("keyUsage"),
                         QStringLiteral("extendedKeyUsage"), QStringLiteral("subjectKeyIdentifier"),
                         QStringLiteral("authorityKeyIdentifier"), QStringLiteral("subjectAltName"),
                         QStringLiteral("issuerAltName"), QStringLiteral("crlDistributionPoints"),
                         QStringLiteral("authorityInfoAccess"),
                         QStringLiteral("certificatePolicies"), QStringLiteral("nameConstraints"),
                         QStringLiteral("1.3.6.1.4.1.99999.42"), QStringLiteral("nsComment")}));
    }

    void standardExtensions()
    {
        QCOMPARE(ext(QStringLiteral("basicConstraints")).value, QStringLiteral("CA:FALSE"));
        QVERIFY(ext(QStringLiteral("basicConstraints")).critical);
        QCOMPARE(ext(QStringLiteral("keyUsage")).value,
                 QStringLiteral("Digital Signature, Key Encipherment"));
        QVERIFY(ext(QStringLiteral("keyUsage")).critical);
        QCOMPARE(ext(QStringLiteral("2.5.29.15")).longName, QStringLiteral("X509v3 Key Usage"));
        QCOMPARE(ext(QStringLiteral("extendedKeyUsage")).items,
                 (QStringList{QStringLiteral("TLS Web Server Authentication"),
                              QStringLiteral("TLS Web Client Authentication"),
                              QStringLiteral("1.3.6.1.4.1.99999.7")}));
        QVERIFY(!ext(QStringLiteral("extendedKeyUsage")).critical);

        const ASN1_OCTET_STRING* ski = X509_get0_subject_key_id(m_rich.get());
        QVERIFY(ski);
        const QString skiHex = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(ski)),
                       ASN1_STRING_length(ski))
                .toHex(':')
                .toUpper());
        QCOMPARE(ext(QStringLiteral("subjectKeyIdentifier")).value, skiHex);

        const ASN1_OCTET_STRING* rootSki = X509_get0_subject_key_id(m_chain->root.get());
        const QString rootSkiHex = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(rootSki)),
                       ASN1_STRING_length(rootSki))
                .toHex(':')
                .toUpper());
        QCOMPARE(ext(QStringLiteral("authorityKeyIdentifier")).items,
                 (QStringList{QStringLiteral("keyid:") + rootSkiHex,
                              QStringLiteral("DirName:") + m_chain->root.issuerDN(),
                              QStringLiteral("serial:") + colonHex(m_chain->root.serialHex())}));
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void generalNames()
    {
        QCOMPARE(
            ext(QStringLiteral("subjectAltName")).items,
            (QStringList{QStringLiteral("DNS:tenant.example.com"), QStringLiteral("IP:10.1.2.3"),
                         QStringLiteral("IP:2001:db8::1"), QStringLiteral("email:ops@example.com"),
                         QStringLiteral("URI:https://tenant.example.com/"),
                         QStringLiteral("RID:1.2.3.4"),
                         QStringLiteral("DirName:O=Acme,CN=Directory Name"),
                         QStringLiteral("othername:UPN:user@example.com")}));
        QCOMPARE(ext(QStringLiteral("subjectAltName")).value,
                 ext(QStringLiteral("subjectAltName")).items.join(QStringLiteral(", ")));
        const QStringList issuerNames = ext(QStringLiteral("issuerAltName")).items;
        QCOMPARE(issuerNames.size(), 2);
        QVERIFY2(issuerNames.at(0).startsWith(QLatin1String("X400Name:")) &&
                     issuerNames.at(0).endsWith(QLatin1String("44:45")),
                 qPrintable(issuerNames.at(0)));
        QCOMPARE(issuerNames.at(1), QStringLiteral("EdiPartyName:Acme/EDI Name"));
        QVERIFY(ext(QStringLiteral("issuerAltName")).decoded);
    }

    void distributionAndPolicies()
    {
        QCOMPARE(ext(QStringLiteral("crlDistributionPoints")).items,
                 (QStringList{QStringLiteral("URI:http://crl.example.com/root.crl"),
                              QStringLiteral("URI:ldap://ldap.example.com/cn=root; Reasons: "
                                             "keyCompromise, cACompromise; CRL Issuer: "
                                             "DirName:O=Acme,CN=Directory Name")}));
        QCOMPARE(ext(QStringLiteral("authorityInfoAccess")).items,
                 (QStringList{QStringLiteral("OCSP - URI:http://ocsp.example.com"),
                              QStringLiteral("CA Issuers - URI:http://ca.example.com/root.cer")}));
        QCOMPARE(ext(QStringLiteral("certificatePolicies")).items,
                 (QStringList{QStringLiteral("Policy: 1.3.6.1.4.1.99999.1.1"),
                              QStringLiteral("Policy: 1.3.6.1.4.1.99999.1.2 (CPS: "
                                             "http://cps.example.com; User Notice: Organization: "
                                             "Acme, Number(s): 1, 2, Explicit Text: Internal use "
                                             "only)")}));
        QCOMPARE(ext(QStringLiteral("nameConstraints")).items,
                 (QStringList{QStringLiteral("Permitted: DNS:.example.com"),
                              QStringLiteral("Permitted: IP:10.0.0.0/255.0.0.0"),
                              QStringLiteral("Excluded: email:.bad.example")}));
        QVERIFY(ext(QStringLiteral("nameConstraints")).critical);
    }

    void unknownAndOpenSslOnlyExtensions()
    {
        const ExtensionDetails& unknown = ext(QStringLiteral("1.3.6.1.4.1.99999.42"));
        QCOMPARE(unknown.name(), QStringLiteral("1.3.6.1.4.1.99999.42"));
        QVERIFY(unknown.shortName.isEmpty());
        QVERIFY(!unknown.decoded);
        QCOMPARE(unknown.value, QStringLiteral("04:03:01:02:03"));
        QCOMPARE(unknown.rawValue, QByteArray::fromHex("0403010203"));

        const ExtensionDetails& comment = ext(QStringLiteral("nsComment"));
        QVERIFY(comment.decoded);
        QCOMPARE(comment.value, QStringLiteral("made by a test"));
    }

    void brokenKnownExtensionShownAsHex()
    {
        // keyUsage must be a BIT STRING; this one is a NULL.
        const Certificate broken = issueWithConfig(
            QStringLiteral("CN=broken"), m_chain->leafKey, &m_chain->root, m_chain->rootKey,
            "[ext]\nkeyUsage = DER:05:00\nbasicConstraints = DER:01:01\n");
        QVERIFY(!broken.isNull());
        const CertificateDetails details = CertificateDetails::of(broken);
        QCOMPARE(details.extensions.size(), 2);
        QVERIFY(!details.extensions.at(0).decoded);
        QCOMPARE(details.extensions.at(0).shortName, QStringLiteral("keyUsage"));
        QCOMPARE(details.extensions.at(0).value, QStringLiteral("05:00"));
        QVERIFY(!details.extensions.at(1).decoded);
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void crossCheckWithOpenSslCli()
    {
        if (!haveOpenSslCli())
            QSKIP("the openssl command line is not installed");
        QCOMPARE(cli({QStringLiteral("-fingerprint"), QStringLiteral("-sha1")}),
                 m_details.fingerprintSha1);
        QCOMPARE(cli({QStringLiteral("-fingerprint"), QStringLiteral("-sha256")}),
                 m_details.fingerprintSha256);
        QCOMPARE(cli({QStringLiteral("-fingerprint"), QStringLiteral("-sha512")}),
                 m_details.fingerprintSha512);
        QCOMPARE(cli({QStringLiteral("-fingerprint"), QStringLiteral("-md5")}),
                 m_details.fingerprintMd5);
        QCOMPARE(cli({QStringLiteral("-serial")}), m_details.serialHex);
        QCOMPARE(cli({QStringLiteral("-subject"), QStringLiteral("-nameopt"),
                      QStringLiteral("RFC2253")}),
                 m_details.subjectDN);
        QCOMPARE(
            cli({QStringLiteral("-issuer"), QStringLiteral("-nameopt"), QStringLiteral("RFC2253")}),
            m_details.issuerDN);
        const auto asOpenSslPrints = [](const QDateTime& time) -> QString {
            return QLocale::c().toString(time, QStringLiteral("MMM d HH:mm:ss yyyy")) +
                   QStringLiteral(" GMT");
        };
        QCOMPARE(cli({QStringLiteral("-startdate")}).simplified(),
                 asOpenSslPrints(m_details.notBefore));
        QCOMPARE(cli({QStringLiteral("-enddate")}).simplified(),
                 asOpenSslPrints(m_details.notAfter));

        // Extension values in the wording `openssl x509 -text` uses.
        const auto run =
            runOpenSsl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
                        QStringLiteral("keyUsage,extendedKeyUsage,basicConstraints,"
                                       "subjectKeyIdentifier,authorityInfoAccess")},
                       m_rich.toPem());
        QVERIFY(run.ok());
        const QString text = QString::fromUtf8(run.out);
        for (const QString& name :
             {QStringLiteral("keyUsage"), QStringLiteral("extendedKeyUsage"),
              QStringLiteral("basicConstraints"), QStringLiteral("subjectKeyIdentifier")})
            QVERIFY2(text.contains(ext(name).value),
                     qPrintable(name + QLatin1Char(' ') + ext(name).value));
        for (const QString& item : ext(QStringLiteral("authorityInfoAccess")).items)
            QVERIFY2(text.contains(item), qPrintable(item));
    }

    void json()
    {
        const QJsonObject json = m_details.toJson();
        QCOMPARE(json.value(QLatin1String("SubjectDN")).toString(), m_details.subjectDN);
        QCOMPARE(json.value(QLatin1String("IssuerDN")).toString(), m_chain->root.subjectDN());
        QCOMPARE(json.value(QLatin1String("SerialNumber")).toString(), QStringLiteral("1092"));
        QCOMPARE(json.value(QLatin1String("ValidNotBefore")).toString(),
                 QStringLiteral("2021-02-03T04:05:06Z"));
        QCOMPARE(json.value(QLatin1String("ValidNotAfter")).toString(),
                 QStringLiteral("2031-02-03T04:05:06Z"));
        QCOMPARE(json.value(QLatin1String("KeyType")).toString(), QStringLiteral("RSA"));
        QCOMPARE(json.value(QLatin1String("KeySize")).toInt(), 2048);
        QVERIFY(!json.contains(QLatin1String("EllipticCurve")));
        QCOMPARE(json.value(QLatin1String("SignatureAlgorithm")).toString(),
                 QStringLiteral("SHA256withECDSA"));
        QCOMPARE(json.value(QLatin1String("FingerprintSha1")).toString(),
                 m_details.fingerprintSha1);
        QCOMPARE(json.value(QLatin1String("FingerprintSha256")).toString(),
                 m_details.fingerprintSha256);
        QCOMPARE(json.value(QLatin1String("FingerprintSha512")).toString(),
                 m_details.fingerprintSha512);
        QCOMPARE(json.value(QLatin1String("FingerprintMd5")).toString(), m_details.fingerprintMd5);
        const QJsonArray extensions = json.value(QLatin1String("Extensions")).toArray();
        QCOMPARE(extensions.size(), m_details.extensions.size());
        const QJsonObject keyUsage = extensions.at(1).toObject();
        QCOMPARE(keyUsage.keys(), (QStringList{QStringLiteral("Critical"), QStringLiteral("Name"),
                                               QStringLiteral("Oid"), QStringLiteral("Value")}));
        QCOMPARE(keyUsage.value(QLatin1String("Name")).toString(), QStringLiteral("keyUsage"));
        QCOMPARE(keyUsage.value(QLatin1String("Oid")).toString(), QStringLiteral("2.5.29.15"));
        QCOMPARE(keyUsage.value(QLatin1String("Critical")).toBool(), true);
        QCOMPARE(keyUsage.value(QLatin1String("Value")).toString(),
                 QStringLiteral("Digital Signature, Key Encipherment"));
        QCOMPARE(extensions.at(11).toObject().value(QLatin1String("Name")).toString(),
                 QStringLiteral("1.3.6.1.4.1.99999.42"));

        const QJsonObject ec = CertificateDetails::of(m_chain->intermediate).toJson();
        QCOMPARE(ec.value(QLatin1String("KeyType")).toString(), QStringLiteral("EC"));
        QCOMPARE(ec.value(QLatin1String("KeySize")).toInt(), 256);
        QCOMPARE(ec.value(QLatin1String("EllipticCurve")).toString(), QStringLiteral("P-256"));
    }

    void ed25519AndNoExtensions()
    {
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        const Certificate plain =
            issueWithConfig(QStringLiteral("CN=plain"), key, nullptr, key, "[ext]\n");
        QVERIFY(!plain.isNull());
        const CertificateDetails details = CertificateDetails::of(plain);
        QCOMPARE(details.keyType, QStringLiteral("Ed25519"));
        QCOMPARE(details.keySize, 256);
        QCOMPARE(details.signatureAlgorithm, QStringLiteral("Ed25519"));
        QCOMPARE(details.signatureAlgorithmOid, QStringLiteral("1.3.101.112"));
        QVERIFY(details.extensions.isEmpty());
        QVERIFY(details.toJson().value(QLatin1String("Extensions")).toArray().isEmpty());
    }

    // Certificates of every key type we know and some we only pass through: the rich RSA one,
    // the chain's EC P-256 ones, and self-signed ones made by the openssl command line.
    QList<QPair<QString, QByteArray>> varietyOfCertificates()
    {
        QList<QPair<QString, QByteArray>> out{{QStringLiteral("rich RSA"), m_rich.toDer()},
                                              {QStringLiteral("EC root"), m_chain->root.toDer()},
                                              {QStringLiteral("EC intermediate"),
                                               m_chain->intermediate.toDer()}};
        if (!haveOpenSslCli())
            return out;
        const QList<QPair<QString, QStringList>> kinds{
            {QStringLiteral("RSA 3072"), {QStringLiteral("rsa:3072")}},
            {QStringLiteral("RSA-PSS"),
             {QStringLiteral("rsa-pss"), QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")}},
            {QStringLiteral("P-384"),
             {QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-384")}},
            {QStringLiteral("P-521"),
             {QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-521")}},
            {QStringLiteral("secp256k1"),
             {QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:secp256k1")}},
            {QStringLiteral("P-256 explicit parameters"),
             {QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_param_enc:explicit")}},
            {QStringLiteral("P-256 compressed point"),
             {QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
              QStringLiteral("-pkeyopt"), QStringLiteral("point-format:compressed")}},
            {QStringLiteral("Ed25519"), {QStringLiteral("ed25519")}},
            {QStringLiteral("Ed448"), {QStringLiteral("ed448")}},
        };
        for (const auto& [name, newkey] : kinds) {
            const auto run = runOpenSsl(QStringList{QStringLiteral("req"), QStringLiteral("-x509"),
                                                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                                    QStringLiteral("/dev/null"), QStringLiteral("-subj"),
                                                    QStringLiteral("/CN=") + name, QStringLiteral("-days"),
                                                    QStringLiteral("1"), QStringLiteral("-outform"),
                                                    QStringLiteral("DER"), QStringLiteral("-newkey")} +
                                        newkey);
            if (!run.ok())
                qWarning("openssl req for %s: %s", qPrintable(name), run.err.constData());
            else
                out.append({name, run.out});
        }
        return out;
    }

    // Certificates read in bulk (public key decoded on first use) answer every query as
    // certificates read one by one.
    void bulkParsedAnswersAsFromDer()
    {
        const auto certificates = varietyOfCertificates();
        QVERIFY(certificates.size() >= 3);
        const Certificate::BulkParser parser;
        for (const auto& [name, der] : certificates) {
            GH_TRY(full, Certificate::fromDer(der));
            GH_TRY(bulk, parser.fromDer(der));
            const QByteArray what = name.toUtf8();
            QVERIFY2(!full.keyType().isEmpty(), what.constData());
            QCOMPARE(bulk.keyType(), full.keyType());
            QCOMPARE(bulk.keySize(), full.keySize());
            QCOMPARE(bulk.ellipticCurve(), full.ellipticCurve());
            QCOMPARE(bulk.toDer(), der);
            QCOMPARE(bulk.subjectDN(), full.subjectDN());
            QCOMPARE(bulk.notAfter(), full.notAfter());
            QCOMPARE(bulk.isCa(), full.isCa());
            QCOMPARE(bulk.keyUsage(), full.keyUsage());
            QCOMPARE(bulk.isSelfIssued(), full.isSelfIssued());
            QCOMPARE(bulk.signatureAlgorithm(), full.signatureAlgorithm());
            QCOMPARE(bulk.fingerprint(QCryptographicHash::Sha1), full.fingerprint(QCryptographicHash::Sha1));
            QCOMPARE(bulk.md5Id(), full.md5Id());
            QVERIFY(bulk == full);
            QCOMPARE(CertificateDetails::of(bulk).toJson(), CertificateDetails::of(full).toJson());
            const CertificateDetails details = CertificateDetails::of(bulk);
            const CertificateDetails fullDetails = CertificateDetails::of(full);
            QCOMPARE(details.publicKeySha256, fullDetails.publicKeySha256);
            QCOMPARE(details.pem, fullDetails.pem);
            // The decoded key, for everything that uses it.
            QVERIFY2(bulk.publicKey(), what.constData());
            QCOMPARE(EVP_PKEY_eq(bulk.publicKey(), full.publicKey()), 1);
            QVERIFY(X509_get0_pubkey(bulk.get()));
            QCOMPARE(bulk.get(), bulk.get()); // decoded once
            const Certificate copy = bulk;
            QCOMPARE(copy.get(), bulk.get());
            GH_VERIFY_ERROR_QUEUE_EMPTY();
        }
        // Failures read exactly as fromDer()'s.
        const QByteArray der = m_rich.toDer();
        for (const QByteArray& bad :
             {der.left(der.size() - 5), QByteArray(der + QByteArray("\0\0", 2)), QByteArray("junk")}) {
            const auto full = Certificate::fromDer(bad);
            const auto bulk = parser.fromDer(bad);
            QVERIFY(!full.ok() && !bulk.ok());
            QCOMPARE(bulk.error().toString(), full.error().toString());
            GH_VERIFY_ERROR_QUEUE_EMPTY();
        }
    }

    // toIndentedJson() is QJsonDocument's indented text of toJson() (plus the extra members),
    // byte for byte, whatever the strings hold.
    void indentedJsonIsQtsText()
    {
        const QList<QString> files{QStringLiteral("plain.pem"),
                                   QStringLiteral("dir with \"quotes\" and \\backslash\\.pem"),
                                   QStringLiteral("zoë/証明書/🔐.pem"),
                                   QStringLiteral("control\n\t\r\b\f\x01\x1f\x7f.pem"),
                                   QString()};
        const auto certificates = varietyOfCertificates();
        QList<CertificateDetails> all;
        for (const auto& [name, der] : certificates) {
            GH_TRY(certificate, Certificate::fromDer(der));
            all.append(CertificateDetails::of(certificate));
        }
        all.append(CertificateDetails::of(Certificate())); // no extensions, empty strings
        GH_TRY(key, PrivateKey::generate(KeySpec::ed25519()));
        all.append(CertificateDetails::of(
            issueWithConfig(QStringLiteral("CN=plain"), key, nullptr, key, "[ext]\n")));
        CertificateDetails odd = all.first();
        odd.subjectDN = QStringLiteral("CN=Zoë \"Q\" \\ \u2028 \U0001F510,O=") + QChar(0) + QStringLiteral("x");
        odd.extensions.first().value = QStringLiteral("tab\there, quote\" and é");
        odd.ellipticCurve = QStringLiteral("FakeCurve");
        all.append(odd);

        for (const CertificateDetails& details : std::as_const(all)) {
            for (const QString& file : files) {
                QJsonObject object = details.toJson();
                object.insert(QStringLiteral("File"), file);
                const QByteArray qt = QJsonDocument(object).toJson(QJsonDocument::Indented);
                QVERIFY(qt.endsWith('\n'));
                QCOMPARE(details.toIndentedJson(0, {{QStringLiteral("File"), file}}), qt.chopped(1));
                // Level 1: every line four spaces further in.
                QByteArray indented;
                for (const QByteArray& line : qt.chopped(1).split('\n'))
                    indented += (indented.isEmpty() ? "" : "\n") + QByteArray("    ") + line;
                QCOMPARE(details.toIndentedJson(1, {{QStringLiteral("File"), file}}), indented);
            }
            QCOMPARE(details.toIndentedJson(),
                     QJsonDocument(details.toJson()).toJson(QJsonDocument::Indented).chopped(1));
        }
        // An extra member with a key toJson() has replaces it, as QJsonObject::insert does.
        QJsonObject replaced = all.first().toJson();
        replaced.insert(QStringLiteral("KeyType"), QStringLiteral("other"));
        QCOMPARE(all.first().toIndentedJson(0, {{QStringLiteral("KeyType"), QStringLiteral("other")}}),
                 QJsonDocument(replaced).toJson(QJsonDocument::Indented).chopped(1));
    }

    // Fields::JsonOnly leaves out what the JSON does not show, and nothing it shows.
    void jsonOnlyFields()
    {
        const CertificateDetails all = CertificateDetails::of(m_rich);
        const CertificateDetails json = CertificateDetails::of(m_rich, CertificateDetails::Fields::JsonOnly);
        QCOMPARE(json.toJson(), all.toJson());
        QCOMPARE(json.toIndentedJson(), all.toIndentedJson());
        QVERIFY(json.pem.isEmpty());
        QVERIFY(!all.pem.isEmpty());
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }

    void nullCertificate()
    {
        const CertificateDetails details = CertificateDetails::of(Certificate());
        QCOMPARE(details.version, 0);
        QVERIFY(details.extensions.isEmpty());
        QVERIFY(details.fingerprintSha256.isEmpty());
        QCOMPARE(details.toJson().value(QLatin1String("ValidNotAfter")).toString(), QString());
        QVERIFY(!details.extension(QStringLiteral("keyUsage")));
        QVERIFY(CertificateDetails::describeExtension(nullptr).oid.isEmpty());
        GH_VERIFY_ERROR_QUEUE_EMPTY();
    }
};

QTEST_APPLESS_MAIN(TestCertificateDetails)
#include "tst_certificatedetails.moc"
