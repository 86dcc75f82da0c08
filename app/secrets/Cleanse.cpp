#include "app/secrets/Cleanse.h"

#include <openssl/crypto.h>

namespace gh {

void secureZero(QByteArray& data)
{
    if (data.isEmpty())
        return;
    OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
}

void cleanse(QByteArray& data)
{
    if (data.isDetached())
        secureZero(data);
    data = QByteArray();
}

QByteArray deepCopy(const QByteArray& data)
{
    if (data.isEmpty())
        return QByteArray();
    return QByteArray(data.constData(), data.size());
}

} // namespace gh
