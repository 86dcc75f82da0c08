#include "app/domain/FileRead.h"

#include <QFile>

namespace gh {

Result<QByteArray> readFileBounded(const QString& path, qint64 maxSize, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    if (file.size() > maxSize)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("is larger than %1 MB: not %2").arg(maxSize / (1024 * 1024)).arg(what), path);
    QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize) // grew while being read, or a device without a size
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("is larger than %1 MB: not %2").arg(maxSize / (1024 * 1024)).arg(what), path);
    if (file.error() != QFile::NoError)
        return Error::make(Error::Kind::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    return bytes;
}

} // namespace gh
