#include "app/secrets/KeychainError.h"

namespace gh::detail {

Error keychainError(QKeychain::Error code, const QString& errorString, const QString& service,
                    const QString& key)
{
    const QString where = QStringLiteral("keychain:") + service + QLatin1Char('/') + key;
    const QString detail = errorString.isEmpty() ? QStringLiteral("no details") : errorString;
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::make(
            Error::Kind::NotFound,
            QStringLiteral("no secret is stored in the system keychain under this key"), where);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Kind::Forbidden,
                           QStringLiteral("access to the system keychain was denied: ") + detail,
                           where);
    case QKeychain::NoBackendAvailable:
        return Error::make(Error::Kind::Io,
                           QStringLiteral("no system keychain is available: ") + detail, where);
    case QKeychain::NoError: // not an error; reaching here is a bug in the caller
        return Error::make(Error::Kind::Internal,
                           QStringLiteral("keychain error mapped without an error"), where);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return Error::make(Error::Kind::Io, QStringLiteral("system keychain error: ") + detail, where);
}

} // namespace gh::detail
