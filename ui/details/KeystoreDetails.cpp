#include "ui/details/KeystoreDetails.h"

#include "models/KeystoreModel.h"
#include "ui/certificate/CertificateViewer.h"

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
    return true;
}

void KeystoreDetails::placeholderShown()
{
    m_viewer->hide();
    if (m_formArea)
        m_formArea->show();
}

} // namespace gh
