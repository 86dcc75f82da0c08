#include "app/secrets/KeychainError.h"

#include <QCoreApplication>

namespace gh::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KeychainError)
};
} // namespace

Error keychainError(QKeychain::Error code, const QString& errorString, const QString& service,
                    const QString& key)
{
    const QString where = QStringLiteral("keychain:") + service + QLatin1Char('/') + key;
    const QString detail = errorString.isEmpty() ? Tr::tr("no details") : errorString;
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::make(
            Error::Kind::NotFound,
            Tr::tr("no secret is stored in the system keychain under this key"), where);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Kind::Forbidden,
                           Tr::tr("access to the system keychain was denied: %1").arg(detail),
                           where);
    case QKeychain::NoBackendAvailable:
        return Error::make(Error::Kind::Io,
                           Tr::tr("no system keychain is available: %1").arg(detail), where);
    case QKeychain::NoError: // not an error; reaching here is a bug in the caller
        return Error::make(Error::Kind::Internal,
                           Tr::tr("keychain error mapped without an error"), where);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return Error::make(Error::Kind::Io, Tr::tr("system keychain error: %1").arg(detail), where);
}

} // namespace gh::detail
