#include "app/domain/Error.h"

#include <QCoreApplication>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Error)
};
} // namespace

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
    case Kind::NotFound: return Tr::tr("not found");
    case Kind::Validation: return Tr::tr("validation error");
    case Kind::Conflict: return Tr::tr("conflict");
    case Kind::ReadOnly: return Tr::tr("read-only");
    case Kind::Io: return Tr::tr("I/O error");
    case Kind::CorruptStore: return Tr::tr("corrupt tenant file");
    case Kind::ForeignFile: return Tr::tr("not a Gatehouse tenant");
    case Kind::NewerVersion: return Tr::tr("tenant from a newer version");
    case Kind::Crypto: return Tr::tr("cryptographic error");
    case Kind::WrongPassword: return Tr::tr("wrong password");
    case Kind::UnsupportedAlgorithm: return Tr::tr("unsupported algorithm");
    case Kind::Network: return Tr::tr("network error");
    case Kind::Authentication: return Tr::tr("authentication failed");
    case Kind::Forbidden: return Tr::tr("forbidden");
    case Kind::Server: return Tr::tr("server error");
    case Kind::MalformedResponse: return Tr::tr("malformed response");
    case Kind::Cancelled: return Tr::tr("cancelled");
    case Kind::Internal: return Tr::tr("internal error");
    }
    return Tr::tr("error");
}

} // namespace gh
