#include "app/domain/FileRead.h"

#include <QCoreApplication>
#include <QFile>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::FileRead)
};
} // namespace

namespace {

// "16 MB", or "64 KiB" for limits below a megabyte (which would otherwise read "0 MB").
QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    return QStringLiteral("%1 KiB").arg(bytes / 1024);
}

} // namespace

Result<QByteArray> readFileBounded(const QString& path, qint64 maxSize, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, Tr::tr("cannot read the file: %1").arg(file.errorString()), path);
    if (file.size() > maxSize)
        return Error::make(Error::Kind::Validation,
                           Tr::tr("is larger than %1: not %2").arg(sizeText(maxSize), what), path);
    QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize) // grew while being read, or a device without a size
        return Error::make(Error::Kind::Validation,
                           Tr::tr("is larger than %1: not %2").arg(sizeText(maxSize), what), path);
    if (file.error() != QFile::NoError)
        return Error::make(Error::Kind::Io, Tr::tr("cannot read the file: %1").arg(file.errorString()), path);
    return bytes;
}

} // namespace gh
