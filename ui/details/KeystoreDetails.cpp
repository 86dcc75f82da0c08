#include "ui/details/KeystoreDetails.h"

#include "models/Format.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"

namespace gh {

KeystoreDetails::KeystoreDetails(const KeystoreModel* model, QWidget* parent)
    : DetailsView(parent), m_model(model)
{
}

QString KeystoreDetails::placeholderText() const
{
    return tr("Select a keystore entry to see its certificate.");
}

bool KeystoreDetails::fill(const QString& key)
{
    const KeystoreEntry* e = m_model->entry(key);
    if (!e)
        return false;
    const ExpiryInfo expiry = m_model->expiry(*e);
    DetailsForm* f = form();
    const QString owner =
        e->isSapOwned() ? tr("owned by SAP (read-only)") : tr("owned by %1").arg(e->owner);
    f->setHeader(e->alias, tr("%1, %2").arg(e->type, owner), Icons::forStatus(expiry.status));

    f->addSection(tr("Validity"));
    f->addIconRow(tr("Status"), Icons::forStatus(expiry.status),
                  tr("%1 — %2").arg(KeystoreModel::statusText(expiry.status),
                                    KeystoreModel::daysLeftText(expiry)),
                  StateColors::forStatus(expiry.status, palette()));
    f->addRow(tr("Valid from"), format::dateTime(e->validNotBefore));
    f->addRow(tr("Valid until"), format::dateTime(e->validNotAfter));
    f->addRow(tr("Days left"), QString::number(expiry.daysLeft));

    f->addSection(tr("Certificate"));
    f->addRow(tr("Subject"), format::readableDn(e->subjectDN));
    f->addRow(tr("Issuer"), format::readableDn(e->issuerDN));
    f->addRow(tr("Serial number"), e->serialNumber);
    QString keyText = e->keyType;
    if (!e->ellipticCurve.isEmpty())
        keyText = tr("%1 %2").arg(keyText, e->ellipticCurve);
    else if (e->keySize > 0)
        keyText = tr("%1 %2 bits").arg(keyText).arg(e->keySize);
    f->addRow(tr("Key"), keyText);
    f->addRow(tr("Signature algorithm"), e->signatureAlgorithm);

    f->addSection(tr("Fingerprints"));
    f->addCopyRow(QStringLiteral("SHA-1"), e->fingerprintSha1);
    f->addCopyRow(QStringLiteral("SHA-256"), e->fingerprintSha256);
    f->addCopyRow(QStringLiteral("SHA-512"), e->fingerprintSha512);

    f->addSection(tr("Chain"));
    QStringList chain;
    for (const KeystoreModel::ChainLink& link : m_model->chain(*e)) {
        chain.append(
            link.alias.isEmpty()
                ? tr("not in this keystore (SHA-256 %1…)").arg(link.fingerprintSha256.left(23))
                : link.alias);
    }
    f->addList(tr("Issued by"), chain,
               e->subjectDN == e->issuerDN ? tr("self-signed") : tr("no chain stored"));

    f->addSection(tr("Entry"));
    f->addRow(tr("Keystore"), e->keystore);
    f->addRow(tr("Last modified"),
              tr("%1 by %2").arg(format::dateTime(e->lastModifiedTime), e->lastModifiedBy));
    return true;
}

} // namespace gh
