#include "ui/details/DestinationDetails.h"

#include "models/DestinationsModel.h"
#include "app/workspace/WhereUsed.h"
#include "models/Icons.h"
#include "ui/details/WhereUsedPanel.h"

namespace gh {

DestinationDetails::DestinationDetails(const DestinationsModel* model, QWidget* parent)
    : DetailsView(parent), m_model(model), m_whereUsed(new WhereUsedPanel)
{
    addPanel(m_whereUsed);
    connect(m_whereUsed, &WhereUsedPanel::indexUpdated, this, &DetailsView::refresh);
    connect(m_whereUsed, &WhereUsedPanel::showEntityRequested, this, &DetailsView::showEntityRequested);
}

void DestinationDetails::setWorkspace(Workspace* workspace)
{
    m_whereUsed->setWorkspace(workspace);
}

void DestinationDetails::placeholderShown()
{
    m_whereUsed->setMessage(QString());
}

void DestinationDetails::fillWhereUsed(const Destination& d)
{
    const whereused::WhereUsedIndex* index = m_whereUsed->index();
    if (!index) {
        const QString problem = m_whereUsed->problem();
        m_whereUsed->setMessage(problem.isEmpty() ? tr("Looking for what this destination refers to…")
                                                  : tr("Cannot tell what it refers to: %1").arg(problem));
        return;
    }
    QList<WhereUsedLink> refersTo;
    int missing = 0;
    for (const whereused::Referent& r : index->referentsOfDestination(d.name())) {
        if (!r.exists) {
            ++missing;
            refersTo.append({EntityKind::DestinationCertificate, QString(), r.value, r.property, false});
        } else if (r.kind == whereused::TargetKind::KeystoreEntry) {
            refersTo.append({EntityKind::KeystoreEntry, r.key, r.name, tr("%1, keystore entry").arg(r.property), true});
        } else {
            refersTo.append({EntityKind::DestinationCertificate, r.key, r.name,
                             tr("%1, destination certificate").arg(r.property), true});
        }
    }
    QString summary = refersTo.isEmpty() ? tr("Names no certificate or keystore entry.")
                                         : tr("Refers to: %1.").arg(refersTo.size());
    if (missing > 0)
        summary += QLatin1Char(' ') + tr("Not there: %1.").arg(missing);
    m_whereUsed->setItem(d.name(), tr("destination"), {}, refersTo, summary);
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

    fillWhereUsed(*d);
    return true;
}

} // namespace gh
