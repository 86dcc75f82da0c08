#include "models/TenantDiffTexts.h"

#include "models/TenantDiffModel.h"

namespace gh {

namespace diffTexts {

QString kindTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::IdentityProvider:
        return TenantDiffModel::tr("Identity providers");
    case EntityKind::User:
        return TenantDiffModel::tr("Users");
    case EntityKind::RoleCollection:
        return TenantDiffModel::tr("Role collections");
    case EntityKind::Role:
        return TenantDiffModel::tr("Roles");
    case EntityKind::Destination:
        return TenantDiffModel::tr("Destinations");
    case EntityKind::DestinationCertificate:
        return TenantDiffModel::tr("Destination certificates");
    case EntityKind::KeystoreEntry:
        return TenantDiffModel::tr("Keystore");
    case EntityKind::UserCredential:
        return TenantDiffModel::tr("User credentials");
    case EntityKind::OAuth2ClientCredential:
        return TenantDiffModel::tr("OAuth2 client credentials");
    case EntityKind::SecureParameter:
        return TenantDiffModel::tr("Secure parameters");
    case EntityKind::KnownHost:
        return TenantDiffModel::tr("Known hosts");
    case EntityKind::PgpKey:
        return TenantDiffModel::tr("PGP keys");
    case EntityKind::RoleTemplate:
        return TenantDiffModel::tr("Role templates");
    case EntityKind::Assignment:
        break;
    }
    return TenantDiffModel::tr("Assignments");
}

QString refusalSentence(const copying::RefusedItem& refused)
{
    using copying::Refusal;
    switch (refused.reason) {
    case Refusal::NotFound:
        return TenantDiffModel::tr("Not copied: A no longer holds it.");
    case Refusal::NotCopied:
        break;
    case Refusal::SapOwned:
        return TenantDiffModel::tr("Not copied: this entry is owned by SAP and belongs to tenant A. "
                                   "B has its own.");
    case Refusal::TargetSapOwned:
        return TenantDiffModel::tr("Not copied: B's entry of this alias is owned by SAP and cannot "
                                   "be replaced.");
    case Refusal::Predefined:
        return TenantDiffModel::tr("Not copied: a predefined role collection is the same in every "
                                   "tenant.");
    case Refusal::TargetPredefined:
        return TenantDiffModel::tr("Not copied: B's role collection of this name is predefined.");
    case Refusal::MissingRoles:
        return TenantDiffModel::tr("Not copied: B has no role %1. Create it in B first.")
            .arg(refused.detail);
    case Refusal::NoContent:
        return refused.item.kind == EntityKind::DestinationCertificate
                   ? TenantDiffModel::tr("Not copied: this machine does not hold the file of this "
                                         "certificate or keystore for A (only its public "
                                         "certificates are known). Import the file into B.")
                   : TenantDiffModel::tr("Not copied: its content was not read from A.");
    case Refusal::Invalid:
        return TenantDiffModel::tr("Not copied: B would refuse it: %1").arg(refused.detail);
    case Refusal::TargetOtherKind: {
        const std::optional<EntityKind> other = entityKindFromName(refused.detail);
        return TenantDiffModel::tr("Not copied: B has a credential of this name among its %1 "
                                   "(names are unique across credentials). Delete it in B first.")
            .arg(other ? kindTitle(*other) : refused.detail);
    }
    }
    return TenantDiffModel::tr("Not copied: items of this kind are not copied.");
}

QString refusalShort(copying::Refusal reason)
{
    using copying::Refusal;
    switch (reason) {
    case Refusal::NotFound:
        return TenantDiffModel::tr("Not copyable: gone from A");
    case Refusal::NotCopied:
        break;
    case Refusal::SapOwned:
        return TenantDiffModel::tr("Not copyable: SAP-owned");
    case Refusal::TargetSapOwned:
        return TenantDiffModel::tr("Not copyable: SAP-owned in B");
    case Refusal::Predefined:
        return TenantDiffModel::tr("Not copyable: predefined");
    case Refusal::TargetPredefined:
        return TenantDiffModel::tr("Not copyable: predefined in B");
    case Refusal::MissingRoles:
        return TenantDiffModel::tr("Not copyable: roles missing in B");
    case Refusal::NoContent:
        return TenantDiffModel::tr("Not copyable: file not here");
    case Refusal::Invalid:
        return TenantDiffModel::tr("Not copyable: invalid for B");
    case Refusal::TargetOtherKind:
        return TenantDiffModel::tr("Not copyable: name taken in B");
    }
    return TenantDiffModel::tr("Not copied");
}

} // namespace diffTexts

bool TenantDiffModel::isCopyableKind(EntityKind kind, QString* why)
{
    QString reason;
    switch (kind) {
    case EntityKind::Destination:
    case EntityKind::DestinationCertificate:
    case EntityKind::RoleCollection:
    case EntityKind::KeystoreEntry:
    case EntityKind::KnownHost:
    case EntityKind::PgpKey:
    case EntityKind::UserCredential:
    case EntityKind::OAuth2ClientCredential:
    case EntityKind::SecureParameter:
        return true;
    case EntityKind::User:
    case EntityKind::Assignment:
        reason = tr("Users are not copied: their ids are per tenant. Assign role collections to "
                    "the user in B.");
        break;
    case EntityKind::Role:
    case EntityKind::RoleTemplate:
        reason = tr("Roles are not copied: they come from the applications' role templates. Create "
                    "the role in B "
                    "from its template.");
        break;
    case EntityKind::IdentityProvider:
        reason = tr("Identity providers are not copied: trust is set up per subaccount in the BTP "
                    "cockpit.");
        break;
    }
    if (why)
        *why = reason;
    return false;
}

} // namespace gh
