#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace gh {

// A file's bytes, refused beyond `maxSize` (what = "a destination file", for the message); the
// errors name the file.
Result<QByteArray> readFileBounded(const QString& path, qint64 maxSize, const QString& what);

} // namespace gh
