// The plain data of the transport: trust settings, configuration, requests and responses.
#include "app/client/remote/HttpTransport.h"

#include <QCoreApplication>

#include "app/client/remote/TenantProfiles.h"
#include "app/domain/FileRead.h"

namespace gh::remote {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::remote::HttpMessages)
};
} // namespace

namespace {

// A CA bundle is a few certificates, at most a system bundle (~200 KiB).
constexpr qint64 kMaxCaFile = 4 * 1024 * 1024;

} // namespace

Result<TlsTrust> TlsTrust::fromFiles(const QString& caFile, const QString& pinSha256)
{
    TlsTrust trust;
    if (!pinSha256.isEmpty()) {
        auto pin = ProfileSettings::normalisePin(pinSha256);
        if (!pin)
            return pin.error();
        trust.pinSha256 = *pin;
    }
    if (caFile.isEmpty())
        return trust;
    auto bytes = readFileBounded(caFile, kMaxCaFile, Tr::tr("a CA bundle"));
    if (!bytes)
        return bytes.error();
    trust.caCertificates = QSslCertificate::fromData(*bytes, QSsl::Pem);
    if (trust.caCertificates.isEmpty())
        return Error::make(Error::Kind::Validation, Tr::tr("holds no PEM certificate"), caFile);
    return trust;
}

Result<TransportConfig> TransportConfig::fromProfile(const TenantProfile& profile, Service service,
                                                     crypto::SecretBuffer clientSecret)
{
    const ServiceEndpoint* endpoint = profile.service(service);
    if (!endpoint)
        return Error::notFound(Tr::tr("profile '%1' has no service key for the %2")
                                   .arg(profile.name, serviceTitle(service)));
    auto trust = TlsTrust::fromFiles(profile.caFile, profile.pinSha256);
    if (!trust)
        return trust.error();
    TransportConfig config;
    config.tokenUrl = endpoint->tokenUrl;
    config.apiRoot = endpoint->apiRoot;
    config.clientId = endpoint->clientId;
    config.clientSecret = std::move(clientSecret);
    config.trust = std::move(*trust);
    return config;
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

QString HttpRequest::where() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Result<QJsonDocument> HttpResponse::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::MalformedResponse,
                           Tr::tr("the response body is not JSON: %1 at offset %2 of %3 bytes")
                               .arg(error.errorString())
                               .arg(error.offset)
                               .arg(body.size()),
                           where);
    return doc;
}

} // namespace gh::remote
