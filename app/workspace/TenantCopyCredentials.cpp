// TenantCopy's planner for user credentials, OAuth2 client credentials and secure parameters.
#include "app/workspace/CredentialActions.h"
#include "app/workspace/TenantCopyMaterial.h"

#include <QCoreApplication>
#include <algorithm>

namespace gh::copying::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantCopyCredentials)
};
} // namespace

namespace {

template<class T>
const QList<T>& listOf(const TenantListing& t)
{
    if constexpr (std::is_same_v<T, UserCredential>)
        return t.userCredentials;
    else if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
        return t.oauth2ClientCredentials;
    else
        return t.secureParameters;
}

template<class T>
const T* findNamed(const TenantListing& t, const QString& name)
{
    const QList<T>& list = listOf<T>(t);
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T& c) { return c.name == name; });
    return it == list.cend() ? nullptr : &*it;
}

// What stays the target's: its deployment data and the fields this version does not know.
template<class T>
void keepTargets(T& copy, const T* there)
{
    copy.extra = there ? there->extra : QJsonObject();
    if constexpr (std::is_same_v<T, SecureParameter>) {
        copy.deployedBy = there ? there->deployedBy : QString();
        copy.deployedOn = there ? there->deployedOn : QDateTime();
        copy.status = there ? there->status : QString();
    } else {
        copy.descriptor = there ? there->descriptor : SecurityArtifactDescriptor();
    }
}

template<class T>
void planOf(const CopyItem& item, const TenantListing& from, const TenantListing& to, const QString& fromName,
            CopyPlan& plan)
{
    const EntityKind kind = T::entityKind;
    const QString where = Tr::tr("%1: %2").arg(fromName, credentials::labelOf(kind, item.name));
    const T* source = findNamed<T>(from, item.name);
    if (!source) {
        plan.refused.append({item, Refusal::NotFound, {}});
        plan.problems.append(Error::make(Error::Kind::NotFound,
                                         Tr::tr("no %1").arg(credentials::labelOf(kind, item.name)), fromName));
        return;
    }
    if (std::any_of(plan.items.cbegin(), plan.items.cend(), [&](const PlannedCopy& p) { return p.item == item; }))
        return;
    const credentials::Existing inTarget{to.userCredentials, to.oauth2ClientCredentials, to.secureParameters};
    if (const auto other = inTarget.kindNamed(item.name); other && *other != kind) {
        plan.refused.append({item, Refusal::TargetOtherKind, entityKindName(*other)});
        plan.problems.append(Error::make(Error::Kind::Conflict,
                                         Tr::tr("the target has a %1 of that name (names are unique across "
                                                        "credentials; delete it there first)")
                                             .arg(entityKindText(*other)),
                                         where));
        return;
    }
    if (const Status valid = credentials::validate(credentials::Credential(*source)); !valid) {
        plan.refused.append({item, Refusal::Invalid, valid.error().message});
        plan.problems.append(Error::make(Error::Kind::Validation, valid.error().message, where));
        return;
    }
    const T* there = findNamed<T>(to, item.name);
    T copy = *source;
    keepTargets(copy, there);
    credentials::Credential asCredential(copy);
    const bool sourceHasSecret = credentials::secretSetOf(credentials::Credential(*source));
    const bool targetHasSecret = there && credentials::secretSetOf(credentials::Credential(*there));
    // A secret the source has not set leaves the target's as it is.
    credentials::setSecretSet(asCredential, sourceHasSecret || targetHasSecret);
    copy = std::get<T>(asCredential);
    if (!there) {
        plan.items.append({item, CopyAction::Add});
        plan.changes.append(Change::created(copy));
    } else if (storedForm(copy) == storedForm(*there)) {
        plan.items.append({item, CopyAction::Unchanged});
        return;
    } else {
        plan.items.append({item, CopyAction::Replace});
        plan.changes.append(Change::updated(*there, copy));
    }
    if (sourceHasSecret)
        plan.secrets.append({item.name, credentials::secretField(kind), targetHasSecret, kind});
}

} // namespace

void planCredential(const CopyItem& item, const TenantListing& from, const TenantListing& to, const QString& fromName,
                    CopyPlan& plan)
{
    switch (item.kind) {
    case EntityKind::UserCredential:
        planOf<UserCredential>(item, from, to, fromName, plan);
        break;
    case EntityKind::OAuth2ClientCredential:
        planOf<OAuth2ClientCredential>(item, from, to, fromName, plan);
        break;
    default:
        planOf<SecureParameter>(item, from, to, fromName, plan);
        break;
    }
}

} // namespace gh::copying::detail
