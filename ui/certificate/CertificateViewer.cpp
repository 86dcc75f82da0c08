#include "ui/certificate/CertificateViewer.h"

#include "app/crypto/CertificateDetails.h"
#include "models/CertificateTreeModel.h"
#include "models/Format.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"
#include "ui/certificate/CertificateTreeView.h"
#include "ui/certificate/ChainView.h"
#include "ui/certificate/FingerprintPanel.h"
#include "ui/certificate/ValidityBar.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gh {

namespace {

QLabel* selectableLabel(const QString& text = {})
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateViewer::CertificateViewer(const KeystoreModel* model, const Clock& clock,
                                     QWidget* parent)
    : QWidget(parent), m_model(model), m_clock(clock)
{
    setObjectName(QStringLiteral("certificateViewer"));
    m_icon = new QLabel(this);
    m_title = selectableLabel();
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = selectableLabel();
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_status = selectableLabel();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Status"));
    m_bar = new ValidityBar(this);

    m_overview = new QWidget;
    m_form = new QFormLayout(m_overview);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_overview);
    m_fingerprints = new FingerprintPanel(m_overview);
    connect(m_fingerprints, &FingerprintPanel::copied, this,
            [this](const QString& algorithm, const QString&) {
                Q_EMIT statusMessage(tr("%1 fingerprint copied to the clipboard").arg(algorithm));
            });
    m_tree = new CertificateTreeView;
    m_chain = new ChainView;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("certificateTabs"));
    m_tabs->setAccessibleName(tr("Certificate views"));
    m_tabs->addTab(scroll, tr("Overview"));
    m_tabs->addTab(m_tree, tr("Details"));
    m_tabs->addTab(m_chain, tr("Chain"));
    m_tabs->setDocumentMode(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_subtitle);
    layout->addLayout(statusRow);
    layout->addWidget(m_bar);
    layout->addWidget(m_tabs, 1);
}

QLabel* CertificateViewer::addOverviewRow(const QString& label, const QString& text)
{
    QLabel* value = selectableLabel(text);
    m_form->addRow(label + QLatin1Char(':'), value);
    return value;
}

void CertificateViewer::colourStatus()
{
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, StateColors::forStatus(m_shownStatus, palette()));
    m_status->setPalette(p);
}

void CertificateViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        colourStatus();
    QWidget::changeEvent(event);
}

bool CertificateViewer::showEntry(const QString& key)
{
    const KeystoreEntry* entry = m_model ? m_model->entry(key) : nullptr;
    if (!entry)
        return false;
    showEntry(*entry, m_model->entries());
    return true;
}

void CertificateViewer::showEntry(const KeystoreEntry& entry, const QList<KeystoreEntry>& keystore)
{
    const KeystoreEntry* e = &entry;
    const QDateTime now = m_clock.now();
    const ExpiryInfo expiry =
        expiryOf(e->validNotBefore, e->validNotAfter, now, KeystoreModel::kExpiringWithinDays);

    // Header
    const int iconSize = m_title->fontMetrics().height();
    m_icon->setPixmap(Icons::forStatus(expiry.status).pixmap(iconSize, iconSize));
    m_title->setText(e->alias);
    const QString owner =
        e->isSapOwned() ? tr("owned by SAP (read-only)") : tr("owned by %1").arg(e->owner);
    m_subtitle->setText(tr("%1, %2").arg(KeystoreModel::typeText(e->type), owner));
    m_status->setText(tr("%1 — %2").arg(KeystoreModel::statusText(expiry.status),
                                        KeystoreModel::daysLeftText(expiry)));
    m_shownStatus = expiry.status;
    colourStatus();
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_bar->setPeriod(e->validNotBefore, e->validNotAfter, now, expiry.status);

    // Overview (the fingerprint panel is kept: removeRow would delete it). takeRow hands back
    // the layout items that wrapped the row; they are ours to delete (the widget survives).
    if (m_form->indexOf(m_fingerprints) >= 0) {
        const QFormLayout::TakeRowResult taken = m_form->takeRow(m_fingerprints);
        delete taken.labelItem;
        delete taken.fieldItem;
    }
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    addOverviewRow(tr("Subject"), format::readableDn(e->subjectDN));
    addOverviewRow(tr("Issuer"), format::readableDn(e->issuerDN));
    addOverviewRow(tr("Valid from"), format::dateTime(e->validNotBefore));
    addOverviewRow(tr("Valid until"), format::dateTime(e->validNotAfter));
    addOverviewRow(tr("Days left"), QString::number(expiry.daysLeft));
    addOverviewRow(tr("Serial number"), e->serialNumber);
    QString keyText = e->keyType;
    if (!e->ellipticCurve.isEmpty())
        keyText = tr("%1 %2").arg(keyText, e->ellipticCurve);
    else if (e->keySize > 0)
        keyText = tr("%1 %2 bits").arg(keyText).arg(e->keySize);
    addOverviewRow(tr("Key"), keyText);
    addOverviewRow(tr("Signature algorithm"), e->signatureAlgorithm);

    crypto::CertificateDetails details;
    if (!e->chain.isEmpty()) {
        if (auto cert = crypto::Certificate::fromPem(e->chain.first()))
            details = crypto::CertificateDetails::of(*cert);
    }
    QList<std::pair<QString, QString>> fps{{QStringLiteral("SHA-1"), e->fingerprintSha1},
                                           {QStringLiteral("SHA-256"), e->fingerprintSha256},
                                           {QStringLiteral("SHA-512"), e->fingerprintSha512}};
    if (!details.fingerprintMd5.isEmpty())
        fps.append({QStringLiteral("MD5"), details.fingerprintMd5});
    m_fingerprints->setFingerprints(fps);
    auto* fpTitle = new QLabel(tr("Fingerprints"));
    QFont sectionFont = fpTitle->font();
    sectionFont.setBold(true);
    fpTitle->setFont(sectionFont);
    fpTitle->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(fpTitle);
    m_form->addRow(m_fingerprints);

    // Details tree and chain
    m_tree->certificateModel()->setDetails(details);
    m_report = m_trust.verify(*e, keystore, now, KeystoreModel::kExpiringWithinDays);
    m_chain->setReport(m_report);
    QStringList chainText;
    for (const ChainReportElement& el : std::as_const(m_report.chain))
        chainText.append(el.alias.isEmpty() ? el.subjectCN : el.alias);
    addOverviewRow(tr("Chain"), chainText.join(QStringLiteral(" → ")));
    addOverviewRow(tr("Verification"), m_report.summary + QLatin1Char('\n') + m_report.trustReason);
    addOverviewRow(tr("Keystore"), e->keystore);
    addOverviewRow(tr("Last modified"),
                   tr("%1 by %2").arg(format::dateTime(e->lastModifiedTime), e->lastModifiedBy));
}

} // namespace gh
