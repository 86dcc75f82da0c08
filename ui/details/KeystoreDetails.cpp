#include "ui/details/KeystoreDetails.h"

#include "app/workspace/WhereUsed.h"
#include "models/KeystoreModel.h"
#include "ui/certificate/CertificateViewer.h"
#include "ui/details/WhereUsedPanel.h"

#include <QLayout>
#include <QScrollArea>

namespace gh {

KeystoreDetails::KeystoreDetails(const KeystoreModel* model, const Clock& clock, QWidget* parent)
    : DetailsView(parent), m_model(model)
{
    m_formArea = findChild<QScrollArea*>();
    m_viewer = new CertificateViewer(model, clock, this);
    m_viewer->hide();
    layout()->addWidget(m_viewer);
    connect(m_viewer, &CertificateViewer::statusMessage, this, &KeystoreDetails::statusMessage);
    m_whereUsed = new WhereUsedPanel(this);
    m_whereUsed->hide();
    layout()->addWidget(m_whereUsed);
    connect(m_whereUsed, &WhereUsedPanel::indexUpdated, this, &DetailsView::refresh);
    connect(m_whereUsed, &WhereUsedPanel::showEntityRequested, this, &DetailsView::showEntityRequested);
}

void KeystoreDetails::setWorkspace(Workspace* workspace)
{
    m_whereUsed->setWorkspace(workspace);
}

QString KeystoreDetails::placeholderText() const
{
    return tr("Select a keystore entry to see its certificate.");
}

bool KeystoreDetails::fill(const QString& key)
{
    if (!m_viewer->showEntry(key))
        return false;
    // The common form stays hidden but names the entry too (one title per details view).
    form()->setHeader(m_model->entry(key)->alias);
    if (m_formArea)
        m_formArea->hide();
    m_viewer->show();

    const KeystoreEntry& entry = *m_model->entry(key);
    const whereused::WhereUsedIndex* index = m_whereUsed->index();
    if (!index) {
        const QString problem = m_whereUsed->problem();
        m_whereUsed->setMessage(problem.isEmpty() ? tr("Looking for destinations that use this entry…")
                                                  : tr("Cannot tell who uses it: %1").arg(problem));
    } else if (entry.keystore != QLatin1String("system")) {
        m_whereUsed->setMessage(tr("Destinations name entries of the system keystore only."));
    } else {
        QList<WhereUsedLink> usedBy;
        QStringList names;
        for (const whereused::Use& u : index->usersOfEntry(entry)) {
            usedBy.append({EntityKind::Destination, u.destination, u.destination, u.property, true});
            if (!names.contains(u.destination))
                names.append(u.destination);
        }
        const QString summary = names.isEmpty()
                                    ? tr("No destination uses this keystore entry.")
                                    : tr("%n destination(s) use this keystore entry: %1", nullptr, int(names.size()))
                                          .arg(names.join(QStringLiteral(", ")));
        m_whereUsed->setItem(entry.alias, tr("keystore entry"), usedBy, {}, summary);
    }
    m_whereUsed->show();
    return true;
}

void KeystoreDetails::placeholderShown()
{
    m_viewer->hide();
    m_whereUsed->hide();
    if (m_formArea)
        m_formArea->show();
}

} // namespace gh
