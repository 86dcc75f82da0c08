#pragma once

#include "ui/details/DetailsView.h"

namespace gh {

class CertificateViewer;
class Clock;
class KeystoreModel;
class WhereUsedPanel;

// The keystore pane's details: the certificate viewer for the selected entry, the common
// placeholder when nothing is selected.
class KeystoreDetails final : public DetailsView
{
    Q_OBJECT

public:
    KeystoreDetails(const KeystoreModel* model, const Clock& clock, QWidget* parent = nullptr);

    CertificateViewer* viewer() const { return m_viewer; }
    // The destinations that name the entry (system keystore), with the graph.
    WhereUsedPanel* whereUsed() const { return m_whereUsed; }
    void setWorkspace(Workspace* workspace) override;

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;
    void placeholderShown() override;

private:
    const KeystoreModel* m_model;
    CertificateViewer* m_viewer;
    QWidget* m_formArea; // DetailsView's own area: shows the placeholder
    WhereUsedPanel* m_whereUsed;
};

} // namespace gh
