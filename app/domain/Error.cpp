#include "app/domain/Error.h"

namespace gh {

QString Error::toString() const
{
    QString text;
    if (!where.isEmpty())
        text += where + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    text += message.isEmpty() ? kindName(kind) : message;
    return text;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotFound: return QStringLiteral("not found");
    case Kind::Validation: return QStringLiteral("validation error");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::ReadOnly: return QStringLiteral("read-only");
    case Kind::Io: return QStringLiteral("I/O error");
    case Kind::CorruptStore: return QStringLiteral("corrupt tenant file");
    case Kind::ForeignFile: return QStringLiteral("not a Gatehouse tenant");
    case Kind::NewerVersion: return QStringLiteral("tenant from a newer version");
    case Kind::Crypto: return QStringLiteral("cryptographic error");
    case Kind::WrongPassword: return QStringLiteral("wrong password");
    case Kind::UnsupportedAlgorithm: return QStringLiteral("unsupported algorithm");
    case Kind::Network: return QStringLiteral("network error");
    case Kind::Authentication: return QStringLiteral("authentication failed");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::Server: return QStringLiteral("server error");
    case Kind::MalformedResponse: return QStringLiteral("malformed response");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Internal: return QStringLiteral("internal error");
    }
    return QStringLiteral("error");
}

} // namespace gh
