#include "ui/details/ExpiringDetails.h"

#include "models/ExpiringModel.h"
#include "models/Format.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"

namespace gh {

ExpiringDetails::ExpiringDetails(const ExpiringModel* model, QWidget* parent)
    : DetailsView(parent), m_model(model)
{
    // The threshold changes the status shown here too.
    connect(model, &ExpiringModel::warnDaysChanged, this, &DetailsView::refresh);
}

QString ExpiringDetails::placeholderText() const
{
    return tr("Select an item to see where it is and when it expires.");
}

bool ExpiringDetails::fill(const QString& key)
{
    const expiring::ExpiringItem* item = m_model->entry(key);
    if (!item)
        return false;
    DetailsForm* f = form();
    const QString cn = format::commonName(item->subject);
    f->setHeader(cn.isEmpty() ? item->subject : cn, ExpiringModel::kindText(item->kind));
    f->addRow(item->kind == expiring::SourceKind::PgpKey ? tr("Key ID")
              : item->kind == expiring::SourceKind::DestinationCertificate ? tr("Certificate")
                                                                           : tr("Alias"),
              item->owner);
    if (!item->keystore.isEmpty())
        f->addRow(tr("Keystore"), item->keystore);
    if (item->kind != expiring::SourceKind::PgpKey && item->count > 1)
        f->addRow(tr("In the chain"), item->position == 0 ? tr("Certificate 1 of %1 (its own)").arg(item->count)
                                                          : tr("Certificate %1 of %2").arg(item->position + 1).arg(item->count));
    f->addRow(item->kind == expiring::SourceKind::PgpKey ? tr("User ID") : tr("Subject"), item->subject);

    f->addSection(tr("Validity"));
    const ExpiryInfo x = m_model->expiry(*item);
    f->addIconRow(tr("Status"), Icons::forStatus(x.status), KeystoreModel::statusText(x.status),
                  StateColors::forStatus(x.status, m_model->palette()));
    if (item->notAfter.isValid()) {
        f->addRow(tr("Not before"), format::dateTime(item->notBefore));
        f->addRow(tr("Not after"), format::dateTime(item->notAfter));
        f->addRow(tr("Days left"), KeystoreModel::daysLeftText(x));
    } else {
        f->addRow(tr("Problem"), item->problem);
    }
    const int days = m_model->warnDays();
    f->addRow(tr("Warned"), days == 1 ? tr("1 day before it expires") : tr("%1 days before it expires").arg(days));
    return true;
}

} // namespace gh
