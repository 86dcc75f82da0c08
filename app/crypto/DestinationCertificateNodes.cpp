#include "app/crypto/DestinationCertificateNodes.h"

#include <QCoreApplication>

namespace gh::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::crypto::DestinationCertificateNodes)
};
} // namespace

DestinationCertificateNode destinationCertificateNode(const Certificate& certificate)
{
    DestinationCertificateNode n;
    n.type = DestinationCertificateNode::X509Type;
    n.subject = certificate.subjectDN();
    n.issuer = certificate.issuerDN();
    n.commonName = certificate.subjectCommonName();
    n.notBefore = certificate.notBefore();
    n.notAfter = certificate.notAfter();
    n.der = certificate.toDer();
    return n;
}

Result<QList<Certificate>> certificatesOf(const DestinationCertificate& certificate)
{
    QList<Certificate> out;
    const QList<DestinationCertificateNode> nodes = certificate.certificates();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).der.isEmpty())
            return Error::validation(
                QStringLiteral("nodes"),
                Tr::tr("'%1': certificate %2 (%3) was not handed over with the listing")
                    .arg(certificate.name, QString::number(i + 1), nodes.at(i).subject));
        auto parsed = Certificate::fromDer(nodes.at(i).der);
        if (!parsed) {
            Error e = parsed.error();
            e.where = Tr::tr("destination certificate '%1', certificate %2")
                          .arg(certificate.name, QString::number(i + 1));
            return e;
        }
        out.append(*parsed);
    }
    if (out.isEmpty())
        return Error::validation(QStringLiteral("nodes"),
                                 Tr::tr("'%1' holds no certificate").arg(certificate.name));
    return out;
}

} // namespace gh::crypto
