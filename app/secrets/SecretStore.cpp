#include "app/secrets/SecretStore.h"

namespace gh {

SecretStore::SecretStore(QObject* parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::destinationKey(const QString& tenantId, const QString& destination,
                                    const QString& field)
{
    return QStringLiteral("tenant/") + tenantId + QStringLiteral("/destination/") + destination +
           QLatin1Char('/') + field;
}

QString SecretStore::destinationCertificateContentKey(const QString& tenantId, const QString& name)
{
    return QStringLiteral("tenant/") + tenantId + QStringLiteral("/destination-certificate/") + name +
           QStringLiteral("/content");
}

} // namespace gh
