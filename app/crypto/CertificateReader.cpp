// CertificateReader: format detection, PEM, DER and PKCS#7. PKCS#12 is in Pkcs12Reader.cpp.

#include "app/crypto/CertificateReader.h"

#include "app/crypto/ReaderSupport.h"
#include "app/domain/Parallel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>
#include <vector>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::CertificateReader)
};
} // namespace

namespace {

bool isCertificateLabel(QByteArrayView label)
{
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

bool isPkcs7Label(QByteArrayView label)
{
    return label == "PKCS7" || label == "PKCS #7 SIGNED DATA";
}

// Skips a UTF-8 byte order mark and leading white space.
QByteArrayView trimmedStart(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    qsizetype start = 0;
    while (start < data.size() && (data[start] == ' ' || data[start] == '\t' ||
                                   data[start] == '\r' || data[start] == '\n'))
        ++start;
    return data.sliced(start);
}

// The labels of all "-----BEGIN <label>-----" lines, in order.
QList<QByteArray> pemLabels(QByteArrayView data)
{
    QList<QByteArray> labels;
    static constexpr QByteArrayView begin("-----BEGIN ");
    for (qsizetype at = data.indexOf(begin); at >= 0; at = data.indexOf(begin, at + 1)) {
        const qsizetype start = at + begin.size();
        const qsizetype end = data.indexOf("-----", start);
        if (end < 0 || end - start > 64)
            continue;
        labels.append(data.sliced(start, end - start).toByteArray());
    }
    return labels;
}

Result<QList<Certificate>> certificatesFromPkcs7(QByteArrayView der, const QString& context)
{
    if (der.size() > LONG_MAX)
        return Error::make(Error::Kind::Crypto, Tr::tr("%1: input too large").arg(context));
    const auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* cursor = begin;
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &cursor, static_cast<long>(der.size())));
    if (!p7)
        return openSslError(Error::Kind::Crypto, context);
    if (cursor != begin + der.size())
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("%1: %n trailing byte(s) after the PKCS#7 data", nullptr,
                                  static_cast<int>(der.size() - (cursor - begin)))
                               .arg(context));
    if (!PKCS7_type_is_signed(p7.get())) {
        const char* type = OBJ_nid2ln(OBJ_obj2nid(p7->type));
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("%1: PKCS#7 content is %2, not signed data with certificates")
                               .arg(context, QString::fromLatin1(type ? type : "unknown")));
    }
    STACK_OF(X509)* stack = p7->d.sign ? p7->d.sign->cert : nullptr;
    QList<Certificate> certificates;
    for (int i = 0; i < sk_X509_num(stack); ++i) {
        X509* x509 = sk_X509_value(stack, i);
        X509_up_ref(x509);
        certificates.append(Certificate(X509Ptr(x509)));
    }
    if (certificates.isEmpty())
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("%1: the PKCS#7 data holds no certificates").arg(context));
    return certificates;
}

Result<Certificate> trustedCertificate(QByteArrayView der, const QString& context)
{
    // OpenSSL's "TRUSTED CERTIFICATE": a certificate followed by trust settings; keep the
    // certificate only.
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.data());
    X509Ptr x509(d2i_X509_AUX(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x509)
        return openSslError(Error::Kind::Crypto, context);
    return Certificate::fromDer(Certificate(std::move(x509)).toDer());
}

// "PEM block 3", for messages.
QString blockContext(qsizetype block)
{
    return Tr::tr("PEM block %1").arg(block);
}

// From this many plain CERTIFICATE blocks on, their DER is parsed on every core.
constexpr qsizetype kParallelParseFrom = 64;

// Runs work(i) for i in [0, count) on the available cores; every thread is joined on return.
template<class Work> void forEachOnAllCores(qsizetype count, const Work& work)
{
    parallelChunks(count, 1, [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i)
            work(i);
    });
}

Result<CertificateFileContents> readPem(QByteArrayView data)
{
    BioPtr bio = readOnlyBio(data);
    if (!bio)
        return openSslError(Error::Kind::Crypto, Tr::tr("reading PEM"));

    // 1. Every block in order, up to the end of the input or the first that is not PEM.
    std::vector<std::unique_ptr<PemBlock>> blocks;
    std::optional<Error> readError; // of the block after the last one read
    for (;;) {
        auto pem = std::make_unique<PemBlock>();
        if (PEM_read_bio(bio.get(), &pem->name, &pem->header, &pem->data, &pem->length) != 1) {
            const unsigned long last = ERR_peek_last_error();
            if (ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE &&
                !blocks.empty()) {
                clearOpenSslErrors(); // the end of the input
                break;
            }
            readError = openSslError(Error::Kind::Crypto,
                                     blockContext(static_cast<qsizetype>(blocks.size()) + 1));
            break;
        }
        blocks.push_back(std::move(pem));
    }

    // 2. The DER of the plain certificate blocks: most of the work for a large bundle, and
    //    independent from block to block.
    const Certificate::BulkParser parser; // keys decoded on first use: see Certificate.h
    std::vector<qsizetype> plain;
    for (qsizetype i = 0; i < static_cast<qsizetype>(blocks.size()); ++i) {
        const QByteArrayView label(blocks[static_cast<std::size_t>(i)]->name);
        if (isCertificateLabel(label) && label != "TRUSTED CERTIFICATE")
            plain.push_back(i);
    }
    std::vector<std::optional<Result<Certificate>>> parsed(blocks.size());
    const auto parse = [&](qsizetype n) {
        const auto i = static_cast<std::size_t>(plain[static_cast<std::size_t>(n)]);
        parsed[i].emplace(parser.fromDer(blocks[i]->body()));
    };
    const auto plainCount = static_cast<qsizetype>(plain.size());
    if (plainCount >= kParallelParseFrom) {
        forEachOnAllCores(plainCount, parse);
    } else {
        for (qsizetype n = 0; n < plainCount; ++n)
            parse(n);
    }

    // 3. In order, as one pass over the blocks: the first problem is the one reported.
    CertificateFileContents contents;
    contents.certificates.reserve(plainCount);
    QStringList skipped;
    bool sawCertificateBlock = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const PemBlock& pem = *blocks[i];
        const qsizetype block = static_cast<qsizetype>(i) + 1;
        const QByteArrayView label(pem.name);
        if (isCertificateLabel(label)) {
            sawCertificateBlock = true;
            Result<Certificate> certificate = parsed[i]
                                                  ? std::move(*parsed[i])
                                                  : trustedCertificate(pem.body(), blockContext(block));
            if (!certificate) {
                const QString where = blockContext(block);
                return Error::make(Error::Kind::Crypto,
                                   certificate.error().message.startsWith(where)
                                       ? certificate.error().message
                                       : Tr::tr("%1: %2").arg(where, certificate.error().message));
            }
            contents.certificates.append(std::move(certificate).value());
        } else if (isPkcs7Label(label)) {
            Result<QList<Certificate>> list = certificatesFromPkcs7(pem.body(), blockContext(block));
            if (!list)
                return list.error();
            contents.certificates.append(*list);
        } else {
            skipped.append(QString::fromLatin1(label));
        }
    }
    if (readError)
        return *readError;
    contents.format = sawCertificateBlock ? CertificateFormat::Pem : CertificateFormat::Pkcs7Pem;
    if (contents.certificates.isEmpty()) {
        if (skipped.contains(QLatin1String("CERTIFICATE REQUEST")) ||
            skipped.contains(QLatin1String("NEW CERTIFICATE REQUEST")))
            return Error::make(Error::Kind::Crypto,
                               Tr::tr("this is a certificate request (CSR), not a "
                                      "certificate"));
        return Error::make(Error::Kind::Crypto, Tr::tr("no certificate in the PEM text (found %1)")
                                                    .arg(skipped.join(QStringLiteral(", "))));
    }
    return contents;
}

} // namespace

QString certificateFormatName(CertificateFormat format)
{
    switch (format) {
    case CertificateFormat::Pem:
        return QStringLiteral("PEM");
    case CertificateFormat::Der:
        return QStringLiteral("DER");
    case CertificateFormat::Pkcs7Pem:
        return QStringLiteral("PKCS#7 (PEM)");
    case CertificateFormat::Pkcs7Der:
        return QStringLiteral("PKCS#7 (DER)");
    case CertificateFormat::Pkcs12:
        return QStringLiteral("PKCS#12");
    }
    return {};
}

std::optional<CertificateFormat> CertificateReader::detectFormat(QByteArrayView data)
{
    if (!data.isEmpty() && static_cast<unsigned char>(data[0]) == 0x30) {
        // SEQUENCE: look at the first element inside it. X.509: SEQUENCE (tbsCertificate);
        // PKCS#7 ContentInfo: OBJECT IDENTIFIER; PKCS#12 PFX: INTEGER 3 (the version).
        if (data.size() < 2)
            return std::nullopt;
        const auto lengthByte = static_cast<unsigned char>(data[1]);
        qsizetype inner = 2;
        if (lengthByte > 0x80) {
            if (lengthByte > 0x84)
                return std::nullopt;
            inner += lengthByte & 0x7f;
        }
        if (data.size() < inner + 3)
            return std::nullopt;
        const auto tag = static_cast<unsigned char>(data[inner]);
        if (tag == 0x30)
            return CertificateFormat::Der;
        if (tag == 0x06)
            return CertificateFormat::Pkcs7Der;
        if (tag == 0x02 && data[inner + 1] == 0x01 && data[inner + 2] == 0x03)
            return CertificateFormat::Pkcs12;
        return std::nullopt;
    }
    const QList<QByteArray> labels = pemLabels(data);
    if (labels.isEmpty())
        return std::nullopt;
    for (const QByteArray& label : labels) {
        if (isCertificateLabel(label))
            return CertificateFormat::Pem;
    }
    for (const QByteArray& label : labels) {
        if (isPkcs7Label(label))
            return CertificateFormat::Pkcs7Pem;
    }
    return CertificateFormat::Pem; // PEM text, but without certificates: read() says so
}

Result<CertificateFileContents> CertificateReader::read(QByteArrayView data, const QString& source,
                                                        const SecretBuffer& password)
{
    if (Status size = checkInputSize(data, source); !size)
        return size.error();
    const QByteArrayView trimmed = trimmedStart(data);
    const std::optional<CertificateFormat> format = detectFormat(trimmed);
    if (!format)
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("not a certificate file: neither PEM text nor a DER "
                                  "X.509 certificate, PKCS#7 or PKCS#12 file"),
                           source);

    Result<CertificateFileContents> result = Error::make(Error::Kind::Internal, {});
    switch (*format) {
    case CertificateFormat::Pem:
    case CertificateFormat::Pkcs7Pem:
        result = readPem(data);
        break;
    case CertificateFormat::Der: {
        Result<Certificate> certificate = Certificate::fromDer(trimmed);
        if (!certificate) {
            result = certificate.error();
            break;
        }
        CertificateFileContents contents;
        contents.format = CertificateFormat::Der;
        contents.certificates.append(std::move(certificate).value());
        result = std::move(contents);
        break;
    }
    case CertificateFormat::Pkcs7Der: {
        Result<QList<Certificate>> list = certificatesFromPkcs7(trimmed, Tr::tr("reading PKCS#7"));
        if (!list) {
            result = list.error();
            break;
        }
        CertificateFileContents contents;
        contents.format = CertificateFormat::Pkcs7Der;
        contents.certificates = std::move(list).value();
        result = std::move(contents);
        break;
    }
    case CertificateFormat::Pkcs12:
        return readPkcs12(trimmed, source, password);
    }
    clearOpenSslErrors(); // decoders that were tried and rejected may leave entries behind
    if (!result)
        return withSource(result.error(), source);
    return result;
}

Result<CertificateFileContents> CertificateReader::readFile(const QString& path,
                                                            const SecretBuffer& password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           Tr::tr("cannot open the file: %1").arg(file.errorString()), path);
    if (file.size() > MaxInputSize)
        return Error::make(Error::Kind::Validation, tooLargeMessage(file.size()), path);
    // Read one byte more than allowed, for files whose size() does not tell (pipes).
    const QByteArray data = file.read(MaxInputSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io,
                           Tr::tr("cannot read the file: %1").arg(file.errorString()), path);
    return read(data, path, password);
}

} // namespace gh::crypto

// ---- ReaderSupport.h ------------------------------------------------------------------------

namespace gh::crypto {

QString tooLargeMessage(qint64 size)
{
    return Tr::tr("the file is larger than %1 MiB (%2 bytes)")
        .arg(CertificateReader::MaxInputSize / (1024 * 1024))
        .arg(size);
}

Status checkInputSize(QByteArrayView data, const QString& source)
{
    if (data.size() > CertificateReader::MaxInputSize)
        return Error::make(Error::Kind::Validation, tooLargeMessage(data.size()), source);
    if (data.trimmed().isEmpty())
        return Error::make(Error::Kind::Validation, Tr::tr("the file is empty"), source);
    return {};
}

Error withSource(Error error, const QString& source)
{
    if (error.where.isEmpty())
        error.where = source;
    return error;
}

} // namespace gh::crypto
