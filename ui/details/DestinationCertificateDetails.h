#pragma once

#include "app/domain/Clock.h"
#include "ui/details/DetailsView.h"

class QDialog;

namespace gh {

class DestinationCertificatesModel;
class WhereUsedPanel;
struct DestinationCertificate;

// A destination certificate: its type and where its file is, each node (certificates with their
// validity, a keystore's private key by algorithm only), the destinations that use it, and a
// button that opens the certificate viewer on its chain.
class DestinationCertificateDetails final : public DetailsView
{
    Q_OBJECT

public:
    DestinationCertificateDetails(const DestinationCertificatesModel* model, const Clock& clock,
                                  QWidget* parent = nullptr);

    // The certificate viewer on `certificate`'s chain, in a dialog of its own (null, with the
    // reason in `error`, when the chain cannot be read).
    static QDialog* createViewerDialog(const DestinationCertificate& certificate, const Clock& clock,
                                       QWidget* parent, QString* error = nullptr);

    // The destinations that use the certificate, with the graph.
    WhereUsedPanel* whereUsed() const { return m_whereUsed; }

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool fill(const QString& key) override;
    QString placeholderText() const override;
    void placeholderShown() override;

private:
    void openViewer(const QString& key);

    const DestinationCertificatesModel* m_model;
    const Clock& m_clock;
    WhereUsedPanel* m_whereUsed;
};

} // namespace gh
