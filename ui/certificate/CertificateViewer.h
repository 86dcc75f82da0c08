#pragma once

// The keystore pane's certificate viewer for one entry: a header (alias, status icon, text and
// colour, days left), the validity bar, and tabs: Overview (subject, issuer, key, fingerprints
// with one-click copy, entry), Details (every field and extension as a tree) and Chain (the chain
// as a tree with each certificate's status, the verification result and why the root is
// trusted). The chain is verified against the tenant's trusted certificates (KeystoreTrust) as
// of the injected clock, synchronously: a three-certificate chain takes well under 5 ms.

#include "app/domain/Clock.h"
#include "app/domain/Expiry.h"
#include "models/KeystoreTrust.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace gh {

class CertificateTreeView;
class ChainView;
class FingerprintPanel;
class KeystoreModel;
class ValidityBar;

class CertificateViewer final : public QWidget
{
    Q_OBJECT

public:
    CertificateViewer(const KeystoreModel* model, const Clock& clock, QWidget* parent = nullptr);

    // False when the model has no entry with this key.
    bool showEntry(const QString& key);
    // An entry that is not the model's (a destination certificate's chain), its chain verified
    // against `keystore`'s entries. The model may be null for a viewer used only this way.
    void showEntry(const KeystoreEntry& entry, const QList<KeystoreEntry>& keystore);

    QLabel* statusLabel() const { return m_status; }
    ValidityBar* validityBar() const { return m_bar; }
    FingerprintPanel* fingerprints() const { return m_fingerprints; }
    CertificateTreeView* detailsTree() const { return m_tree; }
    ChainView* chainView() const { return m_chain; }
    QTabWidget* tabs() const { return m_tabs; }
    const ChainReport& chainReport() const { return m_report; }

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override; // a new palette (theme): the status recoloured

private:
    QLabel* addOverviewRow(const QString& label, const QString& text);
    void colourStatus();

    const KeystoreModel* m_model;
    const Clock& m_clock;
    KeystoreTrust m_trust;
    ChainReport m_report;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_status;
    ExpiryStatus m_shownStatus = ExpiryStatus::Unknown;
    ValidityBar* m_bar;
    QTabWidget* m_tabs;
    QWidget* m_overview;
    QFormLayout* m_form;
    FingerprintPanel* m_fingerprints;
    CertificateTreeView* m_tree;
    ChainView* m_chain;
};

} // namespace gh
