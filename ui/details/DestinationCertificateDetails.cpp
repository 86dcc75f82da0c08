#include "ui/details/DestinationCertificateDetails.h"

#include "app/crypto/DestinationCertificateNodes.h"
#include "app/crypto/KeystoreEntries.h"
#include "models/DestinationCertificatesModel.h"
#include "models/Format.h"
#include "models/Icons.h"
#include "models/KeystoreModel.h"
#include "models/StateColors.h"
#include "ui/certificate/CertificateViewer.h"
#include "ui/details/WhereUsedPanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace gh {

DestinationCertificateDetails::DestinationCertificateDetails(const DestinationCertificatesModel* model,
                                                             const Clock& clock, QWidget* parent)
    : DetailsView(parent), m_model(model), m_clock(clock), m_whereUsed(new WhereUsedPanel)
{
    addPanel(m_whereUsed);
    connect(m_whereUsed, &WhereUsedPanel::showEntityRequested, this, &DetailsView::showEntityRequested);
}

void DestinationCertificateDetails::placeholderShown()
{
    m_whereUsed->setMessage(QString());
}

QString DestinationCertificateDetails::placeholderText() const
{
    return tr("Select a destination certificate to see its certificates and the destinations "
              "that use it.");
}

bool DestinationCertificateDetails::fill(const QString& key)
{
    const DestinationCertificateRow* row = m_model->entry(key);
    if (!row)
        return false;
    const DestinationCertificate& c = row->certificate;
    const ExpiryInfo expiry = m_model->expiry(c);
    DetailsForm* f = form();
    f->setHeader(c.name, DestinationCertificatesModel::typeText(c), Icons::forStatus(expiry.status));
    f->addIconRow(tr("Validity"), Icons::forStatus(expiry.status),
                  tr("%1 — %2").arg(KeystoreModel::statusText(expiry.status), KeystoreModel::daysLeftText(expiry)),
                  StateColors::forStatus(expiry.status, palette()));
    f->addRow(tr("Created by"), c.generationMethod);
    if (c.isKeystore())
        f->addRow(tr("File"), c.contentSha256.isEmpty()
                                  ? tr("content not on this machine (only its public certificates are known)")
                                  : tr("kept in the keychain of the machine that imported it"));

    f->addSection(tr("Contents"));
    int number = 0;
    for (const DestinationCertificateNode& n : c.nodes) {
        if (n.isPrivateKey()) {
            f->addRow(tr("Private key"), tr("%1 (%2), alias %3").arg(n.algorithm, n.format, n.alias));
            continue;
        }
        ++number;
        const ExpiryInfo x = expiryOf(n.notBefore, n.notAfter, m_clock.now(), DestinationCertificatesModel::kExpiringWithinDays);
        const QString cn = format::commonName(n.subject);
        f->addIconRow(tr("Certificate %1").arg(number), Icons::forStatus(x.status),
                      tr("%1, until %2").arg(cn.isEmpty() ? n.subject : cn, format::date(n.notAfter)),
                      StateColors::forStatus(x.status, palette()));
    }

    QStringList users;
    QStringList names;
    QList<WhereUsedLink> links;
    for (const destinationcerts::Usage& u : row->usedBy) {
        users.append(tr("%1 (%2)").arg(u.destination, u.property));
        links.append({EntityKind::Destination, u.destination, u.destination, u.property, true});
        if (!names.contains(u.destination))
            names.append(u.destination);
    }
    names.sort(Qt::CaseInsensitive);
    m_whereUsed->setItem(c.name, tr("destination certificate"), links, {},
                         names.isEmpty() ? tr("No destination uses this certificate.")
                                         : tr("%n destination(s) use this certificate: %1", nullptr, int(names.size()))
                                               .arg(names.join(QStringLiteral(", "))));
    f->addSection(tr("Used by"));
    f->addList(tr("Destinations"), users, tr("No destination uses it"));

    auto* view = new QPushButton(tr("View Certificates…"));
    view->setObjectName(QStringLiteral("viewCertificatesButton"));
    view->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    const bool readable = crypto::certificatesOf(c).ok();
    view->setEnabled(readable);
    view->setToolTip(readable ? tr("Every field and extension, the chain and the fingerprints")
                              : tr("The listing did not hand over the certificates"));
    connect(view, &QPushButton::clicked, this, [this, key] { openViewer(key); });
    f->addRow(QString(), view);
    return true;
}

QDialog* DestinationCertificateDetails::createViewerDialog(const DestinationCertificate& certificate,
                                                           const Clock& clock, QWidget* parent, QString* error)
{
    auto chain = crypto::certificatesOf(certificate);
    if (!chain) {
        if (error)
            *error = chain.error().toString();
        return nullptr;
    }
    // The chain as the keystore's viewer knows it: an entry of its own, verified against itself.
    const QString type = certificate.hasPrivateKey() ? QStringLiteral("Key Pair") : QStringLiteral("Certificate");
    const KeystoreEntry entry = crypto::keystoreEntryFor(tr("Destination service"), certificate.name, type,
                                                         QStringLiteral("Tenant Administrator"), *chain, {}, {});
    QList<KeystoreEntry> context{entry};
    for (qsizetype i = 1; i < chain->size(); ++i)
        context.append(crypto::keystoreEntryFor(tr("Destination service"), chain->at(i).subjectCommonName(),
                                                QStringLiteral("Certificate"), QStringLiteral("Tenant Administrator"),
                                                {chain->at(i)}, {}, {}));
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("destinationCertificateViewer"));
    dialog->setWindowTitle(tr("Certificates of %1").arg(certificate.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* viewer = new CertificateViewer(nullptr, clock, dialog);
    viewer->showEntry(entry, context);
    layout->addWidget(viewer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(620, 640);
    return dialog;
}

void DestinationCertificateDetails::openViewer(const QString& key)
{
    const DestinationCertificateRow* row = m_model->entry(key);
    if (!row)
        return;
    QString error;
    QDialog* dialog = createViewerDialog(row->certificate, m_clock, window(), &error);
    if (!dialog) {
        Q_EMIT statusMessage(error);
        return;
    }
    dialog->show();
}

} // namespace gh
