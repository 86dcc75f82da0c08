#include "ui/details/MaterialDetails.h"

#include "models/Format.h"
#include "models/Icons.h"
#include "models/KnownHostsModel.h"
#include "models/PgpKeysModel.h"

namespace gh {

KnownHostDetails::KnownHostDetails(const KnownHostsModel* model, QWidget* parent) : DetailsView(parent), m_model(model)
{
}

QString KnownHostDetails::placeholderText() const
{
    return tr("Select a known host to see its key.");
}

bool KnownHostDetails::fill(const QString& key)
{
    const KnownHost* host = m_model->entry(key);
    if (!host)
        return false;
    DetailsForm* f = form();
    f->setHeader(KnownHostsModel::hostsText(*host), host->keyType);
    if (host->marker != knownhosts::Marker::None)
        f->addRow(tr("Marker"), knownhosts::markerText(host->marker));
    QStringList patterns;
    for (const QString& p : host->hosts)
        patterns.append(knownhosts::isHashed(p) ? tr("%1 (hashed)").arg(p) : p);
    f->addList(tr("Host patterns"), patterns, tr("none"));
    f->addRow(tr("Key type"), host->keyType);
    f->addRow(tr("Size"), tr("%1 bits").arg(host->bits()));
    f->addCopyRow(tr("SHA-256 fingerprint"), host->fingerprintSha256());
    if (!host->comment.isEmpty())
        f->addRow(tr("Comment"), host->comment);
    return true;
}

PgpKeyDetails::PgpKeyDetails(const PgpKeysModel* model, QWidget* parent) : DetailsView(parent), m_model(model)
{
}

QString PgpKeyDetails::placeholderText() const
{
    return tr("Select a PGP key to see its user IDs and subkeys.");
}

bool PgpKeyDetails::fill(const QString& key)
{
    const PgpKey* k = m_model->entry(key);
    if (!k)
        return false;
    DetailsForm* f = form();
    f->setHeader(k->userIds.value(0, k->keyId), PgpKeysModel::keyringText(*k));
    const PgpStatus status = m_model->status(*k);
    f->addIconRow(tr("Status"), Icons::forStatus(PgpKeysModel::expiryStatus(status)), PgpKeysModel::statusText(status));
    f->addRow(tr("Key ID"), k->keyId);
    f->addCopyRow(tr("Fingerprint"), k->fingerprint);
    f->addList(tr("User IDs"), k->userIds, tr("none"));
    f->addRow(tr("Algorithm"), k->algorithm);
    f->addRow(tr("Created"), format::date(k->created));
    f->addRow(tr("Expires"), k->expires.isValid() ? format::date(k->expires) : tr("never"));
    if (k->revoked)
        f->addRow(tr("Revoked"), tr("yes"));
    if (k->isSecret())
        f->addRow(tr("Secret keyring"), tr("kept in the keychain (SHA-256 %1…)").arg(k->secretSha256.left(16)));
    if (!k->subkeys.isEmpty()) {
        QStringList subs;
        for (const PgpSubkey& s : k->subkeys)
            subs.append(tr("%1 %2, expires %3%4")
                            .arg(s.keyId, s.algorithm, s.expires.isValid() ? format::date(s.expires) : tr("never"),
                                 s.revoked ? tr(" (revoked)") : QString()));
        f->addList(tr("Subkeys"), subs, {});
    }
    return true;
}

} // namespace gh
