#include "app/workspace/DestinationCertificateActions.h"

#include "app/crypto/CertificateReader.h"
#include "app/crypto/DestinationCertificateNodes.h"
#include "app/crypto/Exporter.h"
#include "app/domain/Validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace gh::destinationcerts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::DestinationCertificateActions)
};
} // namespace

Result<QByteArray> exportPem(const DestinationCertificate& certificate)
{
    auto chain = crypto::certificatesOf(certificate);
    if (!chain)
        return chain.error();
    return crypto::Exporter::chainPem(*chain);
}

bool isJavaKeystore(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView("\xFE\xED\xFE\xED", 4))
           || bytes.startsWith(QByteArrayView("\xCE\xCE\xCE\xCE", 4));
}

QString importActionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Add: return QStringLiteral("add");
    case ImportAction::Replace: return QStringLiteral("replace");
    case ImportAction::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

int ImportPlan::count(ImportAction action) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [action](const ImportItem& i) { return i.action == action; }));
}

QList<Change> ImportPlan::changes() const
{
    QList<Change> out;
    for (const ImportItem& item : items) {
        if (item.action == ImportAction::Add)
            out.append(Change::created(item.certificate));
        else if (item.action == ImportAction::Replace && item.replaced)
            out.append(Change::updated(*item.replaced, item.certificate));
    }
    return out;
}

QString ImportPlan::summary() const
{
    QStringList parts;
    if (const int n = count(ImportAction::Add))
        parts.append(Tr::tr("%1 to add").arg(QLocale().toString(n)));
    if (const int n = count(ImportAction::Replace))
        parts.append(Tr::tr("%1 to replace").arg(QLocale().toString(n)));
    if (const int n = count(ImportAction::Unchanged))
        parts.append(Tr::tr("%1 unchanged").arg(QLocale().toString(n)));
    QString out = parts.isEmpty() ? Tr::tr("nothing to import") : parts.join(QStringLiteral(", "));
    if (!problems.isEmpty())
        out += problems.size() == 1 ? Tr::tr("; 1 file could not be imported")
                                    : Tr::tr("; %1 files could not be imported").arg(problems.size());
    return out;
}

QString ImportPlan::description() const
{
    QStringList names;
    for (const ImportItem& item : items) {
        if (item.action != ImportAction::Unchanged)
            names.append(item.certificate.name);
    }
    if (names.size() == 1)
        return Tr::tr("Import destination certificate '%1'").arg(names.first());
    return Tr::tr("Import %1 destination certificates").arg(names.size());
}

namespace {

Error refused(const QString& source, const QString& message)
{
    return Error::make(Error::Kind::Validation, message, source);
}

Result<crypto::CertificateFileContents> readPkcs12(const ImportSource& source, const ImportOptions& options)
{
    if (!options.password)
        return Error::make(Error::Kind::WrongPassword, Tr::tr("a PKCS#12 file needs its password"), source.name);
    Error last = Error::make(Error::Kind::WrongPassword, Tr::tr("no password given"), source.name);
    for (int attempt = 0; attempt < std::max(1, options.passwordAttempts); ++attempt) {
        std::optional<crypto::SecretBuffer> password = options.password(source.name, attempt);
        if (!password)
            return last;
        auto contents = crypto::CertificateReader::readPkcs12(source.bytes, source.name, *password);
        if (contents || contents.error().kind != Error::Kind::WrongPassword)
            return contents;
        last = contents.error();
    }
    return last;
}

// One source as the entity it becomes, with the keystore's file for the keychain.
Result<ImportItem> readOne(const ImportSource& source, const QString& name, const ImportOptions& options)
{
    if (isJavaKeystore(source.bytes))
        return refused(source.name,
                       Tr::tr("is a Java keystore (JKS), which Gatehouse cannot read; convert it to PKCS#12 "
                                      "with: keytool -importkeystore -srckeystore %1 -destkeystore %2.p12 "
                                      "-deststoretype PKCS12, then import the .p12")
                           .arg(QFileInfo(source.name).fileName(), QFileInfo(source.name).completeBaseName()));
    if (const Problems problems = validateDestinationCertificateName(name); !problems.isEmpty())
        return refused(source.name, Tr::tr("the name \"%1\" %2 (give another with --name)")
                                        .arg(name, problems.first().message));
    const auto format = crypto::CertificateReader::detectFormat(source.bytes);
    const bool isPkcs12 = format == crypto::CertificateFormat::Pkcs12;
    const QString type = DestinationCertificate::typeForName(name);
    if (isPkcs12 && type != DestinationCertificate::KeystoreType)
        return refused(source.name, Tr::tr("holds a PKCS#12 keystore, so its name must end in .p12 or .pfx, "
                                                   "not \"%1\"").arg(name));
    if (!isPkcs12 && type == DestinationCertificate::KeystoreType)
        return refused(source.name, Tr::tr("holds certificates only, so its name must end in .pem, .cer, "
                                                   ".crt or .der, not \"%1\"").arg(name));
    if (!isPkcs12 && source.bytes.contains("PRIVATE KEY-----"))
        return refused(source.name, Tr::tr("holds a private key outside a keystore; put the key and its "
                                                   "certificate into a PKCS#12 file (.p12) and import that"));
    auto contents = isPkcs12 ? readPkcs12(source, options) : crypto::CertificateReader::read(source.bytes, source.name);
    if (!contents)
        return contents.error();
    if (contents->certificates.isEmpty())
        return refused(source.name, Tr::tr("holds no certificate"));

    ImportItem item;
    item.source = source.name;
    DestinationCertificate& c = item.certificate;
    c.name = name;
    c.type = type;
    c.generationMethod = QStringLiteral("import");
    if (contents->hasPrivateKey()) {
        DestinationCertificateNode key;
        key.type = DestinationCertificateNode::PrivateKeyType;
        key.format = QStringLiteral("PKCS#8");
        key.algorithm = contents->privateKey.keyType();
        key.alias = contents->friendlyName.isEmpty() ? QStringLiteral("1") : contents->friendlyName;
        c.nodes.append(key);
        contents->privateKey = {}; // not kept a moment longer than needed
    }
    for (const crypto::Certificate& certificate : std::as_const(contents->certificates))
        c.nodes.append(crypto::destinationCertificateNode(certificate));
    if (isPkcs12) {
        item.keystoreContent = source.bytes;
        c.contentSha256 = QString::fromLatin1(QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256).toHex());
    }
    return item;
}

} // namespace

ImportPlan planImport(const QList<ImportSource>& sources, const QList<DestinationCertificate>& existing,
                      const ImportOptions& options)
{
    ImportPlan plan;
    QHash<QString, QString> taken; // name → the source of this import that took it
    for (const ImportSource& source : sources) {
        const QString name = sources.size() == 1 && !options.name.isEmpty() ? options.name
                                                                            : QFileInfo(source.name).fileName();
        auto item = readOne(source, name, options);
        if (!item) {
            Error e = item.error();
            if (e.where.isEmpty())
                e.where = source.name;
            plan.problems.append(e);
            continue;
        }
        if (taken.contains(name)) {
            plan.problems.append(refused(source.name, Tr::tr("the name \"%1\" is already taken by %2 in this import")
                                                          .arg(name, taken.value(name))));
            continue;
        }
        taken.insert(name, source.name);
        const auto same = std::find_if(existing.cbegin(), existing.cend(),
                                       [&](const DestinationCertificate& c) { return c.name == name; });
        if (same != existing.cend()) {
            item->replaced = *same;
            // The same certificates (and, for a keystore, the same file) change nothing.
            const bool unchanged = same->nodes == item->certificate.nodes && same->type == item->certificate.type
                                   && same->contentSha256 == item->certificate.contentSha256;
            item->action = unchanged ? ImportAction::Unchanged : ImportAction::Replace;
            if (item->action == ImportAction::Replace)
                item->certificate.extra = same->extra;
        }
        plan.items.append(std::move(*item));
    }
    return plan;
}

// ---- Usage ---------------------------------------------------------------------------------

namespace {
const QStringList& locationKeys()
{
    static const QStringList keys{QStringLiteral("KeyStoreLocation"), QStringLiteral("TrustStoreLocation"),
                                  QStringLiteral("tokenService.KeyStoreLocation")};
    return keys;
}
} // namespace

QList<Usage> usagesOf(const QString& name, const QList<Destination>& destinations)
{
    QList<Usage> out;
    for (const Destination& d : destinations) {
        if (!d.referencedCertificates().contains(name))
            continue;
        for (const QString& key : locationKeys()) {
            if (d.value(key) == name)
                out.append({d.name(), key});
        }
    }
    return out;
}

QHash<QString, QStringList> usersByCertificate(const QList<Destination>& destinations)
{
    QHash<QString, QStringList> out;
    for (const Destination& d : destinations) {
        for (const QString& name : d.referencedCertificates())
            out[name].append(d.name());
    }
    for (QStringList& names : out) {
        names.sort(Qt::CaseInsensitive);
        names.removeDuplicates();
    }
    return out;
}

QStringList missingCertificates(const QList<DestinationCertificate>& certificates,
                                const QList<Destination>& destinations)
{
    QSet<QString> known;
    for (const DestinationCertificate& c : certificates)
        known.insert(c.name);
    QStringList out;
    const QHash<QString, QStringList> users = usersByCertificate(destinations);
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (!known.contains(it.key()))
            out.append(it.key());
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

Result<QList<Change>> removal(const QList<DestinationCertificate>& certificates,
                              const QList<Destination>& destinations, bool force)
{
    QList<Change> out;
    QStringList inUse;
    for (const DestinationCertificate& c : certificates) {
        for (const Usage& u : usagesOf(c.name, destinations))
            inUse.append(Tr::tr("'%1' is used by destination '%2' (%3)").arg(c.name, u.destination, u.property));
        out.append(Change::removed(c));
    }
    if (!inUse.isEmpty() && !force) {
        if (inUse.size() > 8) {
            const qsizetype more = inUse.size() - 8;
            inUse = inUse.mid(0, 8);
            inUse.append(Tr::tr("…and %1 more").arg(more));
        }
        return Error::conflict(Tr::tr("still in use: %1").arg(inUse.join(QStringLiteral("; "))));
    }
    return out;
}

} // namespace gh::destinationcerts
