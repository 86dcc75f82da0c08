#pragma once

// The certificate and key tenantd serves TLS with: either given (--cert/--key), or a fresh
// sandbox CA that issues a server certificate for 127.0.0.1 and localhost. Only the CA
// certificate is written out (for clients to trust); the CA key lives in memory for the run and
// is gone with it, so nothing else can ever be issued under that CA.

#include "app/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace gh::tenantd {

struct ServerIdentity
{
    QList<QSslCertificate> chain; // the server certificate first
    QSslKey key;
};

// Makes the CA (valid from an hour before `now` for 30 days, allowing for clock skew) and the
// server certificate, and writes the CA certificate alone to `caPemPath`.
Result<ServerIdentity> makeSandboxIdentity(const QDateTime& now, const QString& caPemPath);

// Reads a PEM certificate file (the server certificate first, then any intermediates) and an
// unencrypted PEM private key.
Result<ServerIdentity> loadIdentity(const QString& certPath, const QString& keyPath);

} // namespace gh::tenantd
