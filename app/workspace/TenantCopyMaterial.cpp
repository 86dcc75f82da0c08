#include "app/workspace/TenantCopyMaterial.h"

#include "app/domain/DestinationCertificate.h"
#include "app/workspace/KnownHostActions.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gh::copying::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantCopyMaterial)
};
} // namespace

namespace {

// Whether the step has a change for this entity already (an item named twice, or two names for
// one entity: a host and its line).
bool planned(const CopyPlan& plan, EntityKind kind, const QString& key)
{
    return std::any_of(plan.items.cbegin(), plan.items.cend(),
                       [&](const PlannedCopy& p) { return p.item.kind == kind && p.item.name == key; });
}

// Adds the item as Add, Replace or Unchanged against what the target holds of that key.
template<class T>
CopyAction planOne(const T& copy, const QString& itemName, const T* existing, bool same, CopyPlan& plan)
{
    const CopyItem what{T::entityKind, itemName};
    if (!existing) {
        plan.items.append({what, CopyAction::Add});
        plan.changes.append(Change::created(copy));
        return CopyAction::Add;
    }
    if (same) {
        plan.items.append({what, CopyAction::Unchanged});
        return CopyAction::Unchanged;
    }
    plan.items.append({what, CopyAction::Replace});
    plan.changes.append(Change::updated(*existing, copy));
    return CopyAction::Replace;
}

QString entryName(const KeystoreEntry& entry)
{
    return entry.keystore + QLatin1Char('/') + entry.alias;
}

} // namespace

void planKeystoreEntry(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                       const QString& fromName, CopyPlan& plan)
{
    const QString name = item.name.contains(QLatin1Char('/')) ? item.name : QStringLiteral("system/") + item.name;
    const QString where = Tr::tr("%1: keystore entry '%2'").arg(fromName, name);
    const auto source = std::find_if(from.keystore.cbegin(), from.keystore.cend(),
                                     [&](const KeystoreEntry& e) { return entryName(e) == name; });
    if (source == from.keystore.cend()) {
        plan.refused.append({item, Refusal::NotFound, {}});
        plan.problems.append(Error::make(Error::Kind::NotFound, Tr::tr("no keystore entry '%1'").arg(name), fromName));
        return;
    }
    if (planned(plan, EntityKind::KeystoreEntry, name))
        return;
    if (source->isSapOwned()) {
        plan.refused.append({item, Refusal::SapOwned, {}});
        plan.problems.append(Error::make(Error::Kind::ReadOnly,
                                         Tr::tr("an SAP-owned entry belongs to its tenant and is not copied"), where));
        return;
    }
    const auto existing = std::find_if(to.keystore.cbegin(), to.keystore.cend(),
                                       [&](const KeystoreEntry& e) { return entryName(e) == name; });
    const KeystoreEntry* there = existing == to.keystore.cend() ? nullptr : &*existing;
    if (there && there->isSapOwned()) {
        plan.refused.append({item, Refusal::TargetSapOwned, {}});
        plan.problems.append(Error::make(Error::Kind::ReadOnly,
                                         Tr::tr("the target's entry of that alias is SAP-owned"), where));
        return;
    }
    const KeystoreEntry& copy = *source;
    const bool same = there && there->type == copy.type && there->fingerprintSha256 == copy.fingerprintSha256 &&
                      there->chain == copy.chain;
    const CopyAction action = planOne(copy, name, there, same, plan);
    if (action != CopyAction::Unchanged && copy.isKeyPair())
        plan.privateKeys.append(copy);
}

void planKnownHost(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                   const QString& fromName, CopyPlan& plan)
{
    QList<KnownHost> found;
    for (const KnownHost& h : from.knownHosts) {
        if (h.key() == item.name)
            found.append(h);
    }
    if (found.isEmpty())
        found = knownhostactions::matchingHost(from.knownHosts, item.name);
    if (found.isEmpty()) {
        plan.refused.append({item, Refusal::NotFound, {}});
        plan.problems.append(Error::make(Error::Kind::NotFound,
                                         Tr::tr("no known host is '%1' or names it").arg(item.name), fromName));
        return;
    }
    for (const KnownHost& h : std::as_const(found)) {
        if (planned(plan, EntityKind::KnownHost, h.key()))
            continue;
        const auto existing = std::find_if(to.knownHosts.cbegin(), to.knownHosts.cend(),
                                           [&](const KnownHost& x) { return x.key() == h.key(); });
        const KnownHost* there = existing == to.knownHosts.cend() ? nullptr : &*existing;
        planOne(h, h.key(), there, there && there->comment == h.comment, plan);
    }
}

void planPgpKey(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                const QString& fromName, CopyPlan& plan)
{
    const auto matches = [&](const PgpKey& k) {
        return k.key().compare(item.name, Qt::CaseInsensitive) == 0 ||
               k.fingerprint.compare(item.name, Qt::CaseInsensitive) == 0 ||
               k.keyId.compare(item.name, Qt::CaseInsensitive) == 0;
    };
    QList<PgpKey> found;
    QSet<QString> files; // secret keyring files: every key of each comes along
    for (const PgpKey& k : from.pgpKeys) {
        if (matches(k)) {
            found.append(k);
            if (k.isSecret())
                files.insert(k.secretSha256);
        }
    }
    if (found.isEmpty()) {
        plan.refused.append({item, Refusal::NotFound, {}});
        plan.problems.append(Error::make(Error::Kind::NotFound,
                                         Tr::tr("no PGP key is '%1' (give a fingerprint or a key id)").arg(item.name),
                                         fromName));
        return;
    }
    for (const PgpKey& k : from.pgpKeys) {
        if (k.isSecret() && files.contains(k.secretSha256) && !matches(k))
            found.append(k);
    }
    for (const PgpKey& k : std::as_const(found)) {
        if (planned(plan, EntityKind::PgpKey, k.key()))
            continue;
        const auto existing = std::find_if(to.pgpKeys.cbegin(), to.pgpKeys.cend(),
                                           [&](const PgpKey& x) { return x.key() == k.key(); });
        const PgpKey* there = existing == to.pgpKeys.cend() ? nullptr : &*existing;
        PgpKey copy = k;
        if (there)
            copy.extra = there->extra;
        const CopyAction action = planOne(copy, k.key(), there, there && storedForm(*there) == storedForm(copy), plan);
        if (action != CopyAction::Unchanged && k.isSecret() && !plan.secretKeyrings.contains(k.secretSha256))
            plan.secretKeyrings.append(k.secretSha256);
    }
}

void planDestinationCertificate(const CopyItem& item, const TenantListing& from, const TenantListing& to,
                                const QString& fromName, CopyPlan& plan)
{
    const QString where = Tr::tr("%1: destination certificate '%2'").arg(fromName, item.name);
    const auto source = std::find_if(from.destinationCertificates.cbegin(), from.destinationCertificates.cend(),
                                     [&](const DestinationCertificate& c) { return c.name == item.name; });
    if (source == from.destinationCertificates.cend()) {
        plan.refused.append({item, Refusal::NotFound, {}});
        plan.problems.append(Error::make(Error::Kind::NotFound,
                                         Tr::tr("no destination certificate '%1'").arg(item.name), fromName));
        return;
    }
    if (planned(plan, EntityKind::DestinationCertificate, item.name))
        return;
    // What the target needs to use it: a keystore's file (kept in this machine's keychain when it
    // was imported here), a certificate's content.
    const QList<DestinationCertificateNode> certificates = source->certificates();
    const bool unread = certificates.isEmpty() ||
                        std::any_of(certificates.cbegin(), certificates.cend(), [](const DestinationCertificateNode& n) {
                            return n.der.isEmpty() || n.redacted;
                        });
    if (source->isKeystore() ? source->contentSha256.isEmpty() : unread) {
        plan.refused.append({item, Refusal::NoContent, {}});
        plan.problems.append(Error::make(Error::Kind::NotFound,
                                         source->isKeystore()
                                             ? Tr::tr("the keystore's file is not on this machine (only its "
                                                              "public certificates are known), so it cannot be copied; "
                                                              "import the file into the target instead")
                                             : Tr::tr("the certificate's content was not read from the tenant, "
                                                              "so it cannot be copied"),
                                         where));
        return;
    }
    const auto existing = std::find_if(to.destinationCertificates.cbegin(), to.destinationCertificates.cend(),
                                       [&](const DestinationCertificate& c) { return c.name == item.name; });
    const DestinationCertificate* there = existing == to.destinationCertificates.cend() ? nullptr : &*existing;
    DestinationCertificate copy = *source;
    if (there)
        copy.extra = there->extra;
    const bool same = there && there->type == copy.type && there->nodes == copy.nodes &&
                      there->contentSha256 == copy.contentSha256;
    const CopyAction action = planOne(copy, item.name, there, same, plan);
    if (action != CopyAction::Unchanged && copy.isKeystore())
        plan.destinationKeystores.append(copy.name);
}

} // namespace gh::copying::detail
