#include "ui/details/DestinationDetails.h"

#include "models/DestinationsModel.h"
#include "models/Icons.h"

namespace gh {

DestinationDetails::DestinationDetails(const DestinationsModel* model, QWidget* parent)
    : DetailsView(parent), m_model(model)
{
}

QString DestinationDetails::placeholderText() const
{
    return tr("Select a destination to see its properties.");
}

bool DestinationDetails::fill(const QString& key)
{
    const Destination* d = m_model->entry(key);
    if (!d)
        return false;
    DetailsForm* f = form();
    f->setHeader(d->name(), d->description());

    f->addSection(tr("Properties"));
    for (const Destination::Property& p : d->properties()) {
        if (p.secret) {
            const bool set = p.secretState == Destination::SecretState::Set;
            f->addIconRow(p.key, set ? Icons::secretSet() : Icons::secretMissing(),
                          secretText(set));
        } else {
            f->addRow(p.key, p.value);
        }
    }
    // Properties SAP fills in with a default when they are absent.
    if (!d->contains(QStringLiteral("ProxyType")))
        f->addRow(QStringLiteral("ProxyType"), tr("%1 (default)").arg(d->proxyType()));
    if (!d->contains(QStringLiteral("Authentication")) && !d->authentication().isEmpty())
        f->addRow(QStringLiteral("Authentication"), tr("%1 (default)").arg(d->authentication()));

    const QStringList certificates = d->referencedCertificates();
    if (!certificates.isEmpty()) {
        f->addSection(tr("Uses"));
        f->addList(tr("Certificates"), certificates, {});
    }
    return true;
}

} // namespace gh
