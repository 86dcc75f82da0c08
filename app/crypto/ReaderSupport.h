#pragma once

// Internal helpers shared by CertificateReader.cpp and Pkcs12Reader.cpp (not a public header).

#include "app/domain/Result.h"

#include <QByteArrayView>
#include <QString>

namespace gh::crypto {

// "the file is larger than 10 MiB (12345678 bytes)"
QString tooLargeMessage(qint64 size);

// Validation errors for empty (or only white space) and oversized input, naming `source`.
Status checkInputSize(QByteArrayView data, const QString& source);

// `error` with Error::where set to `source` (kept if already set).
Error withSource(Error error, const QString& source);

} // namespace gh::crypto
