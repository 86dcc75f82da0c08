#include "app/domain/DestinationCertificate.h"

#include <QCoreApplication>

#include <algorithm>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::DestinationCertificate)
};
} // namespace

namespace {
const QLatin1String kRedacted{"redacted"};

QJsonValue nullableText(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

// ---- Node ---------------------------------------------------------------------------------

QJsonObject DestinationCertificateNode::toJson(JsonStyle style) const
{
    QJsonObject out{{QStringLiteral("type"), type}};
    if (isPrivateKey()) {
        out.insert(QStringLiteral("format"), format);
        out.insert(QStringLiteral("algorithm"), algorithm);
        out.insert(QStringLiteral("alias"), nullableText(alias));
    } else {
        out.insert(QStringLiteral("subject"), subject);
        out.insert(QStringLiteral("issuer"), issuer);
        out.insert(QStringLiteral("common_name"), nullableText(commonName));
        out.insert(QStringLiteral("not_before"), writeDate(notBefore, style, false));
        out.insert(QStringLiteral("not_after"), writeDate(notAfter, style, false));
        out.insert(QStringLiteral("certificate"),
                   !der.isEmpty() ? QJsonValue(QString::fromLatin1(der.toBase64()))
                   : redacted     ? QJsonValue(QString(kRedacted))
                                  : QJsonValue(QJsonValue::Null));
    }
    mergeExtra(out, extra);
    return out;
}

Result<DestinationCertificateNode> DestinationCertificateNode::fromJson(const QJsonObject& json,
                                                                        const QString& path)
{
    JsonReader in(json, path);
    DestinationCertificateNode n;
    n.type = in.string(QLatin1String("type"), true);
    if (n.type == PrivateKeyType) {
        n.format = in.string(QLatin1String("format"));
        n.algorithm = in.string(QLatin1String("algorithm"));
        n.alias = in.string(QLatin1String("alias"));
    } else if (n.type == X509Type) {
        n.subject = in.string(QLatin1String("subject"));
        n.issuer = in.string(QLatin1String("issuer"));
        n.commonName = in.string(QLatin1String("common_name"));
        n.notBefore = in.date(QLatin1String("not_before"));
        n.notAfter = in.date(QLatin1String("not_after"));
        const QString certificate = in.string(QLatin1String("certificate"));
        if (certificate == kRedacted) {
            n.redacted = true;
        } else if (!certificate.isEmpty()) {
            auto decoded = QByteArray::fromBase64Encoding(certificate.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                in.fail(in.pathOf(QLatin1String("certificate")), Tr::tr("expected base64 DER"));
            else
                n.der = *decoded;
        }
    } else if (in.ok()) {
        in.fail(in.pathOf(QLatin1String("type")),
                Tr::tr("expected \"x509_certificate\" or \"private_key\", not \"%1\"").arg(n.type));
    }
    n.extra = in.rest();
    if (in.error())
        return *in.error();
    return n;
}

// ---- DestinationCertificate ---------------------------------------------------------------

QString DestinationCertificate::typeForName(const QString& name)
{
    const QString suffix = name.section(QLatin1Char('.'), -1).toLower();
    if (name.contains(QLatin1Char('.'))
        && (suffix == QLatin1String("p12") || suffix == QLatin1String("pfx") || suffix == QLatin1String("jks")))
        return KeystoreType;
    return CertificateType;
}

bool DestinationCertificate::hasPrivateKey() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const auto& n) { return n.isPrivateKey(); });
}

QList<DestinationCertificateNode> DestinationCertificate::certificates() const
{
    QList<DestinationCertificateNode> out;
    for (const DestinationCertificateNode& n : nodes) {
        if (n.isCertificate())
            out.append(n);
    }
    return out;
}

QString DestinationCertificate::subject() const
{
    for (const DestinationCertificateNode& n : nodes) {
        if (n.isCertificate())
            return n.subject;
    }
    return {};
}

QDateTime DestinationCertificate::notAfter() const
{
    QDateTime out;
    for (const DestinationCertificateNode& n : nodes) {
        if (n.isCertificate() && n.notAfter.isValid() && (!out.isValid() || n.notAfter < out))
            out = n.notAfter;
    }
    return out;
}

QDateTime DestinationCertificate::notBefore() const
{
    QDateTime out;
    for (const DestinationCertificateNode& n : nodes) {
        if (n.isCertificate() && n.notBefore.isValid() && (!out.isValid() || n.notBefore > out))
            out = n.notBefore;
    }
    return out;
}

QJsonObject DestinationCertificate::toJson(JsonStyle style) const
{
    QJsonArray nodeArray;
    for (const DestinationCertificateNode& n : nodes)
        nodeArray.append(n.toJson(style));
    QJsonObject creation{{QStringLiteral("generation_method"), generationMethod}};
    mergeExtra(creation, creationExtra);
    QJsonObject out{{QStringLiteral("name"), name},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("nodes"), nodeArray},
                    {QStringLiteral("creation"), creation}};
    if (!contentSha256.isEmpty())
        out.insert(QStringLiteral("content_sha256"), contentSha256);
    mergeExtra(out, extra);
    return out;
}

Result<DestinationCertificate> DestinationCertificate::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    DestinationCertificate c;
    c.name = in.string(QLatin1String("name"), true);
    // The service's listings do not say; the file name does (and BTP's upload body's "Type").
    c.type = in.string(QLatin1String("type"));
    if (c.type.isEmpty())
        c.type = typeForName(c.name);
    c.contentSha256 = in.string(QLatin1String("content_sha256"));
    const QJsonArray items = in.array(QLatin1String("nodes"));
    for (qsizetype i = 0; i < items.size() && in.ok(); ++i) {
        if (!items.at(i).isObject()) {
            in.fail(in.pathOf(QLatin1String("nodes"), i), Tr::tr("expected an object"));
            break;
        }
        auto node = DestinationCertificateNode::fromJson(items.at(i).toObject(), in.pathOf(QLatin1String("nodes"), i));
        if (!node)
            in.adopt(node.error());
        else
            c.nodes.append(*node);
    }
    JsonReader creation(in.object(QLatin1String("creation")), in.pathOf(QLatin1String("creation")));
    if (const QString method = creation.string(QLatin1String("generation_method")); !method.isEmpty())
        c.generationMethod = method;
    c.creationExtra = creation.rest();
    in.adopt(creation.error());
    c.extra = in.rest();
    if (in.error())
        return *in.error();
    return c;
}

} // namespace gh
