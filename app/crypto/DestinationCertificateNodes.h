#pragma once

#include "app/crypto/Certificate.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/Result.h"

#include <QList>

namespace gh::crypto {

// The node the Destination service lists for a certificate: subject and issuer (RFC 2253), the
// common name, validity and the DER.
DestinationCertificateNode destinationCertificateNode(const Certificate& certificate);

// The certificates of a destination certificate's nodes, in order. Validation on "nodes" when a
// node does not carry its certificate (a listing that redacted it) or there is none; Crypto,
// naming the certificate, when one does not parse.
Result<QList<Certificate>> certificatesOf(const DestinationCertificate& certificate);

} // namespace gh::crypto
