// `keystore list|expiring|export` (the write commands are in KeystoreEditCommands.cpp).
#include "app/cli/Commands.h"
#include "app/cli/Table.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/crypto/Certificate.h"
#include "app/crypto/Exporter.h"
#include "app/domain/Expiry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace gh::cli {

namespace {

Result<QList<KeystoreEntry>> keystoreEntries(const Context& context, int& code)
{
    auto tenant = context.openTenant();
    if (!tenant) {
        context.error(tenant.error().toString());
        code = Usage;
        return tenant.error();
    }
    LocalTenantClient client(*tenant);
    auto entries = client.keystore().list().result();
    if (!entries)
        code = context.fail(entries.error());
    return entries;
}

int expiring(const Context& context, const QStringList& args)
{
    QString daysText;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--days")) {
            if (i + 1 >= args.size())
                return context.usage(Text::tr("--days needs a number of days N"));
            daysText = args.at(++i);
        } else if (a.startsWith(QLatin1String("--days="))) {
            daysText = a.mid(7);
        } else if (a.startsWith(QLatin1Char('-'))) {
            return context.usage(Text::tr("unknown option '%1' for keystore expiring").arg(a));
        } else {
            return context.usage(Text::tr("unexpected argument '%1'").arg(a));
        }
    }
    if (daysText.isNull())
        return context.usage(Text::tr("keystore expiring needs --days N"));
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!ok || days < 0 || daysText.startsWith(QLatin1Char('+')))
        return context.usage(Text::tr("--days: '%1' is not a non-negative whole number of days").arg(daysText));

    int code = Success;
    auto entries = keystoreEntries(context, code);
    if (!entries)
        return code;

    const QDateTime now = context.clock.now();
    const qint64 window = qint64(days) * 86400;
    QList<KeystoreEntry> due;
    for (const KeystoreEntry& e : std::as_const(*entries)) {
        if (e.validNotAfter.isValid() && now.secsTo(e.validNotAfter) <= window)
            due.append(e);
    }
    std::stable_sort(due.begin(), due.end(), [](const KeystoreEntry& a, const KeystoreEntry& b) {
        return a.validNotAfter < b.validNotAfter;
    });
    // Everything listed that has not expired expires within the window: "expiring".
    const int threshold = days == std::numeric_limits<int>::max() ? days : days + 1;
    if (context.json) {
        QJsonArray json;
        for (const KeystoreEntry& e : std::as_const(due))
            json.append(keystoreEntryJson(e, now, threshold));
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (due.isEmpty()) {
        context.out << (days == 1 ? Text::tr("No keystore entry expires within 1 day.")
                                  : Text::tr("No keystore entry expires within %1 days.").arg(numberText(days)))
                    << "\n";
    } else {
        QList<QStringList> rows;
        for (const KeystoreEntry& e : std::as_const(due)) {
            const ExpiryInfo expiry = expiryOf(e.validNotBefore, e.validNotAfter, now, threshold);
            rows.append({e.alias, e.keystore, e.type, commonNameOf(e.subjectDN), dateText(e.validNotAfter),
                         numberText(expiry.daysLeft), statusText(expiry.status)});
        }
        writeTable(context.out,
                   {Text::tr("ALIAS"), Text::tr("KEYSTORE"), Text::tr("TYPE"), Text::tr("SUBJECT CN"),
                    Text::tr("VALID UNTIL"), Text::tr("DAYS LEFT"), Text::tr("STATUS")},
                   rows);
    }
    return due.isEmpty() ? int(Success) : int(Finding);
}

int exportEntry(const Context& context, const QStringList& args)
{
    QString alias;
    QString format;
    QString output;
    QString passwordFile;
    QString keystoreName = QStringLiteral("system");
    bool compatible = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--format") || a == QLatin1String("-o") || a == QLatin1String("--output")
            || a == QLatin1String("--password-file") || a == QLatin1String("--keystore")) {
            if (i + 1 >= args.size())
                return context.usage(a == QLatin1String("--format")     ? QStringLiteral("--format needs pem, der, p7b or p12")
                                     : a == QLatin1String("--keystore") ? QStringLiteral("--keystore needs a keystore name")
                                                                        : QStringLiteral("%1 needs a FILE").arg(a));
            (a == QLatin1String("--format")          ? format
             : a == QLatin1String("--password-file") ? passwordFile
             : a == QLatin1String("--keystore")      ? keystoreName
                                                     : output) = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a.startsWith(QLatin1String("--output="))) {
            output = a.mid(9);
        } else if (a.startsWith(QLatin1String("--password-file="))) {
            passwordFile = a.mid(16);
        } else if (a.startsWith(QLatin1String("--keystore="))) {
            keystoreName = a.mid(11);
        } else if (a == QLatin1String("--compatible")) {
            compatible = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return context.usage(Text::tr("unknown option '%1' for keystore export").arg(a));
        } else if (alias.isEmpty()) {
            alias = a;
        } else {
            return context.usage(Text::tr("unexpected argument '%1'").arg(a));
        }
    }
    if (alias.isEmpty())
        return context.usage(Text::tr("keystore export needs an ALIAS"));
    static const QStringList formats{QStringLiteral("pem"), QStringLiteral("der"), QStringLiteral("p7b"), QStringLiteral("p12")};
    if (format.isEmpty())
        return context.usage(Text::tr("keystore export needs --format pem|der|p7b|p12"));
    if (!formats.contains(format))
        return context.usage(Text::tr("--format: unknown format '%1' (expected: pem, der, p7b, p12)").arg(format));
    const bool p12 = format == QLatin1String("p12");
    if (p12 && passwordFile.isEmpty())
        return context.usage(Text::tr("keystore export --format p12 needs --password-file F (the PKCS#12 password)"));
    if (!p12 && (!passwordFile.isEmpty() || compatible))
        return context.usage(Text::tr("%1 is only for --format p12")
                                 .arg(compatible ? QStringLiteral("--compatible") : QStringLiteral("--password-file")));
    const bool binary = format != QLatin1String("pem");
    if (binary && output.isEmpty() && context.outIsTerminal)
        return context.usage(Text::tr("refusing to write binary %1 to a terminal; use -o FILE or redirect the output")
                                 .arg(p12 ? QStringLiteral("PKCS#12") : format.toUpper()));

    int code = Success;
    auto entries = keystoreEntries(context, code);
    if (!entries)
        return code;
    const auto it = std::find_if(entries->cbegin(), entries->cend(), [&](const KeystoreEntry& e) {
        return e.keystore == keystoreName && e.alias == alias;
    });
    if (it == entries->cend()) {
        context.error(keystoreName == QLatin1String("system")
                          ? QStringLiteral("no keystore entry '%1'").arg(alias)
                          : QStringLiteral("no entry '%1' in keystore '%2'").arg(alias, keystoreName));
        return Finding;
    }
    const KeystoreEntry& entry = *it;
    if (p12) {
        if (!entry.isKeyPair()) {
            context.error(Text::tr("%1: '%1' is a certificate without a private key; export it with --format "
                                         "pem|der|p7b").arg(alias));
            return Finding;
        }
        return exportPkcs12(context, entry, passwordFile, compatible, output);
    }

    QList<crypto::Certificate> chain;
    for (qsizetype i = 0; i < entry.chain.size(); ++i) {
        auto certificate = crypto::Certificate::fromPem(entry.chain.at(i));
        if (!certificate) {
            context.error(Text::tr("%1: certificate %2 of the chain: %3").arg(alias).arg(i + 1).arg(certificate.error().toString()));
            return Finding;
        }
        chain.append(std::move(*certificate));
    }
    if (chain.isEmpty()) {
        context.error(Text::tr("%1: the entry holds no certificate").arg(alias));
        return Finding;
    }

    QByteArray bytes;
    if (format == QLatin1String("pem")) {
        bytes = crypto::Exporter::certificatePem(chain.first());
    } else if (format == QLatin1String("der")) {
        bytes = crypto::Exporter::certificateDer(chain.first());
    } else {
        auto p7b = crypto::Exporter::chainPkcs7Der(chain);
        if (!p7b)
            return context.fail(p7b.error());
        bytes = std::move(*p7b);
    }
    if (bytes.isEmpty()) {
        context.error(Text::tr("%1: the certificate could not be encoded").arg(alias));
        return Finding;
    }

    if (output.isEmpty()) {
        if (binary)
            context.writeBinary(bytes);
        else
            context.out << QString::fromLatin1(bytes);
        return Success;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.error(Text::tr("%1: cannot write the file: %2").arg(output, file.errorString()));
        return Finding;
    }
    if (context.json)
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("Alias"), alias},
                                                 {QStringLiteral("Format"), format},
                                                 {QStringLiteral("File"), output}})
                           .toJson();
    return Success;
}

} // namespace

int keystoreCommand(const Context& context, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list")) {
        if (args.size() > 1)
            return context.usage(Text::tr("unexpected argument '%1'").arg(args.at(1)));
        return listResource(context, QStringLiteral("keystore"));
    }
    if (verb == QLatin1String("expiring"))
        return expiring(context, args.mid(1));
    if (verb == QLatin1String("export"))
        return exportEntry(context, args.mid(1));
    if (const int code = keystoreEditCommand(context, verb, args.mid(1)); code >= 0)
        return code;
    return context.usage(Text::tr("unknown command 'keystore %1' (expected: list, expiring, export, import, "
                                        "generate, csr, update-chain, rename, delete, renew, activate, rollback)")
                             .arg(verb));
}

} // namespace gh::cli
