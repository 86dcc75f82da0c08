#pragma once

#include "app/crypto/OpenSsl.h"
#include "app/domain/Result.h"

#include <QStringList>

namespace gh::crypto {

// The GeneralNames of a subjectAltName: DNS names, IP addresses and e-mail addresses, each checked
// (Validation errors name "DnsNames", "IpAddresses" or "Emails"). A null pointer when all three
// lists are empty. Shared by the certificate builder and the CSR builder.
Result<GeneralNamesPtr> subjectAltNames(const QStringList& dnsNames, const QStringList& ipAddresses,
                                        const QStringList& emails, const QString& context);

} // namespace gh::crypto
