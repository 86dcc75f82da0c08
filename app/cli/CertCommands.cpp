// `cert inspect [--password-file F] FILE...`: certificates of files in any format that
// CertificateReader reads, no tenant needed.
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/crypto/CertificateDetails.h"
#include "app/crypto/CertificateReader.h"
#include "app/crypto/SecretBuffer.h"
#include "app/domain/Expiry.h"
#include "app/domain/Parallel.h"

#include <QFile>

#include <algorithm>
#include <vector>

namespace gh::cli {

namespace {

// Larger password files are a mistake (the wrong file given), not a password.
constexpr qint64 kMaxPasswordFileSize = 64 * 1024;

// The whole file as the password, less one trailing newline ("\n" or "\r\n"), so that
// `echo secret > F` works. The bytes only ever live in SecretBuffers.
Result<crypto::SecretBuffer> readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, Text::tr("cannot open the password file: %1").arg(file.errorString()), path);
    crypto::SecretBuffer raw = crypto::SecretBuffer::zeroed(kMaxPasswordFileSize + 1);
    qint64 size = 0;
    while (size < raw.size()) {
        const qint64 n = file.read(raw.data() + size, raw.size() - size);
        if (n < 0)
            return Error::make(Error::Kind::Io, Text::tr("cannot read the password file: %1").arg(file.errorString()), path);
        if (n == 0)
            break;
        size += n;
    }
    if (size > kMaxPasswordFileSize)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("the password file is larger than %1 KiB").arg(kMaxPasswordFileSize / 1024), path);
    if (size > 0 && raw.data()[size - 1] == '\n') {
        --size;
        if (size > 0 && raw.data()[size - 1] == '\r')
            --size;
    }
    return crypto::SecretBuffer(raw.data(), size);
}

struct Inspected
{
    QString file;
    crypto::Certificate certificate;
};

// One certificate's `--json` object, indented as an element of the top-level array (what
// QJsonDocument(array).toJson(Indented) writes), without a trailing newline, so that a large
// bundle is written without building one big QJsonDocument.
QByteArray jsonElement(const Inspected& item)
{
    return crypto::CertificateDetails::of(item.certificate, crypto::CertificateDetails::Fields::JsonOnly)
        .toIndentedJson(1, {{QStringLiteral("File"), item.file}});
}

QByteArray jsonArray(const QList<Inspected>& items)
{
    const qsizetype count = items.size();
    std::vector<QByteArray> elements(static_cast<std::size_t>(count));
    // The elements are independent of each other: make them on every core (threads joined
    // before the elements are used).
    parallelChunks(count, 16, [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i)
            elements[static_cast<std::size_t>(i)] = jsonElement(items.at(i));
    });
    QByteArray json("[\n");
    qsizetype size = 4;
    for (const QByteArray& e : elements)
        size += e.size() + 2;
    json.reserve(size);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        json += elements[i];
        json += i + 1 < elements.size() ? ",\n" : "\n";
    }
    json += "]\n";
    return json;
}

int inspect(const Context& context, const QStringList& args)
{
    QString passwordFile;
    QStringList files;
    bool operandsOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (operandsOnly) {
            files.append(a);
        } else if (a == QLatin1String("--")) {
            operandsOnly = true;
        } else if (a == QLatin1String("--password-file")) {
            if (i + 1 >= args.size())
                return context.usage(Text::tr("--password-file needs a FILE"));
            passwordFile = args.at(++i);
        } else if (a.startsWith(QLatin1String("--password-file="))) {
            passwordFile = a.mid(16);
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return context.usage(Text::tr("unknown option '%1' for cert inspect").arg(a));
        } else {
            files.append(a);
        }
    }
    if (files.isEmpty())
        return context.usage(Text::tr("cert inspect needs at least one FILE"));

    crypto::SecretBuffer password;
    if (!passwordFile.isEmpty()) {
        auto read = readPasswordFile(passwordFile);
        if (!read) {
            context.error(read.error().toString());
            return Usage;
        }
        password = std::move(*read);
    }

    const QDateTime now = context.clock.now();
    int code = Success;
    QList<Inspected> inspected;
    QList<QStringList> rows;
    for (const QString& file : files) {
        auto contents = crypto::CertificateReader::readFile(file, password);
        if (!contents) {
            context.error(contents.error().toString()); // names the file (Error::where)
            code = Finding;
            continue;
        }
        for (const crypto::Certificate& certificate : std::as_const(contents->certificates)) {
            if (context.json) {
                inspected.append({file, certificate});
            } else {
                const QDateTime notAfter = certificate.notAfter();
                const ExpiryInfo expiry = expiryOf(certificate.notBefore(), notAfter, now);
                rows.append({file, certificate.subjectCommonName(), certificate.issuerCommonName(), dateText(notAfter),
                             numberText(expiry.daysLeft), certificate.fingerprint(QCryptographicHash::Sha256)});
            }
        }
    }
    if (context.json)
        context.writeBinary(jsonArray(inspected)); // UTF-8 already
    else if (!rows.isEmpty())
        writeTable(context.out,
                   {Text::tr("FILE"), Text::tr("SUBJECT CN"), Text::tr("ISSUER CN"), Text::tr("NOT AFTER"),
                    Text::tr("DAYS LEFT"), Text::tr("SHA-256")},
                   rows);
    return code;
}

} // namespace

int certCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb != QLatin1String("inspect"))
        return context.usage(Text::tr("unknown command 'cert %1' (expected: cert inspect)").arg(verb));
    return inspect(context, args.mid(1));
}

} // namespace gh::cli
