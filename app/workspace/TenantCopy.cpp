#include "app/workspace/TenantCopy.h"

#include "app/workspace/DestinationFiles.h"
#include "app/workspace/TenantCopyMaterial.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace gh::copying {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantCopy)
};
} // namespace

namespace {

struct KindSpelling
{
    const char* name;
    EntityKind kind;
};

constexpr KindSpelling kSpellings[] = {
    {"destination", EntityKind::Destination},
    {"destinations", EntityKind::Destination},
    {"role-collection", EntityKind::RoleCollection},
    {"role-collections", EntityKind::RoleCollection},
    {"role_collection", EntityKind::RoleCollection},
    {"role_collections", EntityKind::RoleCollection},
    {"keystore", EntityKind::KeystoreEntry},
    {"keystore-entry", EntityKind::KeystoreEntry},
    {"keystore_entry", EntityKind::KeystoreEntry},
    {"keystore_entries", EntityKind::KeystoreEntry},
    {"known-host", EntityKind::KnownHost},
    {"known-hosts", EntityKind::KnownHost},
    {"known_host", EntityKind::KnownHost},
    {"known_hosts", EntityKind::KnownHost},
    {"destination-certificate", EntityKind::DestinationCertificate},
    {"destination-certificates", EntityKind::DestinationCertificate},
    {"destination_certificate", EntityKind::DestinationCertificate},
    {"destination_certificates", EntityKind::DestinationCertificate},
    {"pgp", EntityKind::PgpKey},
    {"pgp-key", EntityKind::PgpKey},
    {"pgp_key", EntityKind::PgpKey},
    {"pgp_keys", EntityKind::PgpKey},
    {"user-credential", EntityKind::UserCredential},
    {"user-credentials", EntityKind::UserCredential},
    {"user_credential", EntityKind::UserCredential},
    {"user_credentials", EntityKind::UserCredential},
    {"oauth2-client-credential", EntityKind::OAuth2ClientCredential},
    {"oauth2-client-credentials", EntityKind::OAuth2ClientCredential},
    {"oauth2_client_credential", EntityKind::OAuth2ClientCredential},
    {"oauth2_client_credentials", EntityKind::OAuth2ClientCredential},
    {"secure-parameter", EntityKind::SecureParameter},
    {"secure-parameters", EntityKind::SecureParameter},
    {"secure_parameter", EntityKind::SecureParameter},
    {"secure_parameters", EntityKind::SecureParameter},
};

// The same properties, whatever their order.
bool sameProperties(const Destination& a, const Destination& b)
{
    auto sorted = [](const Destination& d) {
        QList<Destination::Property> p = d.properties();
        std::sort(p.begin(), p.end(), [](const auto& x, const auto& y) { return x.key < y.key; });
        return p;
    };
    return sorted(a) == sorted(b);
}

void planDestinations(const QList<Destination>& chosen, const TenantListing& to, const QString& fromName,
                      CopyPlan& plan)
{
    if (chosen.isEmpty())
        return;
    // As the cockpit's Copy to Tenant: the JSON export form (every secret "<removed>") planned
    // against the target, so a secret the target has set stays set.
    QList<destinations::SourceFile> files;
    QHash<QString, const Destination*> bySource; // an item names its file: the source's name
    for (const Destination& d : chosen) {
        files.append({Tr::tr("%1: destination '%2'").arg(fromName, d.name()), destinations::toJson(d)});
        bySource.insert(files.last().path, &d);
    }
    const destinations::ImportPlan imported = destinations::planImport(files, to.destinations);
    plan.problems.append(imported.problems);
    for (const Error& e : imported.problems) { // a file that could not be read: its destination
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
            if (e.where.startsWith(it.key()))
                plan.refused.append({{EntityKind::Destination, it.value()->name()}, Refusal::Invalid, e.message});
        }
    }
    for (const destinations::ImportItem& item : imported.items) {
        const Destination* found = bySource.value(item.source);
        if (!found) {
            plan.problems.append(Error::make(Error::Kind::Internal, Tr::tr("planned an unknown destination"), item.source));
            continue;
        }
        const Destination& source = *found;
        if (item.action == destinations::ImportAction::Refused) {
            plan.problems.append(item.problems);
            plan.refused.append({{EntityKind::Destination, source.name()}, Refusal::Invalid,
                                 item.problems.isEmpty() ? QString() : item.problems.first().message});
            continue;
        }
        Destination copy = item.destination;
        for (const QString& key : source.secretsSet()) {
            copy.setSecretState(key, Destination::SecretState::Set);
            const bool targetHasIt = item.existing && item.existing->secretState(key) == Destination::SecretState::Set;
            plan.secrets.append({source.name(), key, targetHasIt});
        }
        const CopyItem what{EntityKind::Destination, source.name()};
        if (!item.existing) {
            plan.items.append({what, CopyAction::Add});
            plan.changes.append(Change::created(copy));
        } else if (sameProperties(copy, *item.existing)) {
            plan.items.append({what, CopyAction::Unchanged});
        } else {
            plan.items.append({what, CopyAction::Replace});
            plan.changes.append(Change::updated(*item.existing, copy));
        }
    }
}

void planRoleCollection(const RoleCollection& source, const TenantListing& to, const QString& fromName, CopyPlan& plan)
{
    const QString where = Tr::tr("%1: role collection '%2'").arg(fromName, source.name);
    const CopyItem what{EntityKind::RoleCollection, source.name};
    if (source.isReadOnly) {
        plan.refused.append({what, Refusal::Predefined, {}});
        plan.problems.append(Error::make(Error::Kind::ReadOnly,
                                         Tr::tr("a predefined role collection is the same in every tenant and "
                                                        "cannot be copied"),
                                         where));
        return;
    }
    QSet<QString> roles;
    for (const Role& r : to.roles)
        roles.insert(r.key());
    QStringList missing;
    for (const RoleReference& r : source.roleReferences) {
        if (!roles.contains(r.roleKey()))
            missing.append(r.roleKey());
    }
    if (!missing.isEmpty()) {
        plan.refused.append({what, Refusal::MissingRoles, missing.join(QStringLiteral(", "))});
        plan.problems.append(Error::make(Error::Kind::Validation,
                                         Tr::tr("the target tenant has no role %1 (create it there first)")
                                             .arg(missing.join(QStringLiteral(", "))),
                                         where));
        return;
    }
    const auto existing = std::find_if(to.roleCollections.cbegin(), to.roleCollections.cend(),
                                       [&](const RoleCollection& rc) { return rc.name == source.name; });
    RoleCollection copy = source;
    copy.userReferences = existing != to.roleCollections.cend() ? existing->userReferences : QList<UserReference>();
    copy.extra = existing != to.roleCollections.cend() ? existing->extra : QJsonObject();
    if (existing == to.roleCollections.cend()) {
        plan.items.append({what, CopyAction::Add});
        plan.changes.append(Change::created(copy));
    } else if (existing->isReadOnly) {
        plan.refused.append({what, Refusal::TargetPredefined, {}});
        plan.problems.append(Error::make(Error::Kind::ReadOnly,
                                         Tr::tr("the target's collection of that name is predefined"), where));
    } else if (storedForm(copy) == storedForm(*existing)) {
        plan.items.append({what, CopyAction::Unchanged});
    } else {
        plan.items.append({what, CopyAction::Replace});
        plan.changes.append(Change::updated(*existing, copy));
    }
}

} // namespace

Result<CopyItem> parseCopyItem(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? QString() : text.left(colon).trimmed().toLower();
    const QString name = colon < 0 ? QString() : text.mid(colon + 1);
    for (const KindSpelling& s : kSpellings) {
        if (kind == QLatin1String(s.name)) {
            if (name.isEmpty() || name.endsWith(QLatin1Char('/')))
                break;
            if (s.kind == EntityKind::KeystoreEntry && !name.contains(QLatin1Char('/')))
                return CopyItem{s.kind, QStringLiteral("system/") + name};
            return CopyItem{s.kind, name};
        }
    }
    return Error::validation(QStringLiteral("ITEM"),
                             Tr::tr("'%1' is not an item to copy (expected destination:NAME, "
                                            "role-collection:NAME, destination-certificate:NAME, "
                                            "keystore:ALIAS, known-host:HOST, pgp:FINGERPRINT, "
                                            "user-credential:NAME, oauth2-client-credential:NAME or "
                                            "secure-parameter:NAME)")
                                 .arg(text));
}

QString copyItemText(const CopyItem& item)
{
    switch (item.kind) {
    case EntityKind::RoleCollection:
        return QStringLiteral("role-collection:") + item.name;
    case EntityKind::KeystoreEntry:
        return QStringLiteral("keystore:") + item.name;
    case EntityKind::KnownHost:
        return QStringLiteral("known-host:") + item.name;
    case EntityKind::PgpKey:
        return QStringLiteral("pgp:") + item.name;
    case EntityKind::DestinationCertificate:
        return QStringLiteral("destination-certificate:") + item.name;
    case EntityKind::UserCredential:
        return QStringLiteral("user-credential:") + item.name;
    case EntityKind::OAuth2ClientCredential:
        return QStringLiteral("oauth2-client-credential:") + item.name;
    case EntityKind::SecureParameter:
        return QStringLiteral("secure-parameter:") + item.name;
    default:
        break;
    }
    return QStringLiteral("destination:") + item.name;
}

QString copyActionName(CopyAction action)
{
    switch (action) {
    case CopyAction::Add:
        return QStringLiteral("add");
    case CopyAction::Replace:
        return QStringLiteral("replace");
    case CopyAction::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

CopyPlan planCopy(const QList<CopyItem>& items, const TenantListing& from, const TenantListing& to,
                  const QString& fromName)
{
    CopyPlan plan;
    QList<CopyItem> unique;
    for (const CopyItem& item : items) {
        if (!unique.contains(item))
            unique.append(item);
    }
    QList<Destination> destinations;
    for (const CopyItem& item : std::as_const(unique)) {
        if (item.kind == EntityKind::Destination) {
            const auto d = std::find_if(from.destinations.cbegin(), from.destinations.cend(),
                                        [&](const Destination& x) { return x.name() == item.name; });
            if (d == from.destinations.cend()) {
                plan.refused.append({item, Refusal::NotFound, {}});
                plan.problems.append(Error::make(Error::Kind::NotFound,
                                                 Tr::tr("no destination '%1'").arg(item.name), fromName));
            } else {
                destinations.append(*d);
            }
        } else if (item.kind == EntityKind::RoleCollection) {
            const auto rc = std::find_if(from.roleCollections.cbegin(), from.roleCollections.cend(),
                                         [&](const RoleCollection& x) { return x.name == item.name; });
            if (rc == from.roleCollections.cend()) {
                plan.refused.append({item, Refusal::NotFound, {}});
                plan.problems.append(Error::make(Error::Kind::NotFound,
                                                 Tr::tr("no role collection '%1'").arg(item.name), fromName));
            } else {
                planRoleCollection(*rc, to, fromName, plan);
            }
        } else if (item.kind == EntityKind::KeystoreEntry) {
            detail::planKeystoreEntry(item, from, to, fromName, plan);
        } else if (item.kind == EntityKind::KnownHost) {
            detail::planKnownHost(item, from, to, fromName, plan);
        } else if (item.kind == EntityKind::PgpKey) {
            detail::planPgpKey(item, from, to, fromName, plan);
        } else if (item.kind == EntityKind::DestinationCertificate) {
            detail::planDestinationCertificate(item, from, to, fromName, plan);
        } else if (item.kind == EntityKind::UserCredential || item.kind == EntityKind::OAuth2ClientCredential ||
                   item.kind == EntityKind::SecureParameter) {
            detail::planCredential(item, from, to, fromName, plan);
        } else {
            plan.refused.append({item, Refusal::NotCopied, {}});
            plan.problems.append(Error::make(Error::Kind::Validation,
                                             Tr::tr("%1 items are not copied").arg(entityKindText(item.kind)),
                                             item.name));
        }
    }
    planDestinations(destinations, to, fromName, plan);

    int changed = 0;
    const PlannedCopy* only = nullptr;
    for (const PlannedCopy& p : std::as_const(plan.items)) {
        if (p.action != CopyAction::Unchanged) {
            ++changed;
            only = &p;
        }
    }
    if (changed == 1)
        plan.description = Tr::tr("Copy %1 '%2' from %3")
                               .arg(entityKindText(only->item.kind), only->item.name, fromName);
    else
        plan.description = Tr::tr("Copy %1 items from %2").arg(changed).arg(fromName);
    return plan;
}

QList<RefusedItem> refusals(const QList<CopyItem>& candidates, const TenantListing& from,
                            const TenantListing& to)
{
    return planCopy(candidates, from, to, QString()).refused;
}

QList<EntityKind> listedKinds(const QList<CopyItem>& items, bool forTarget)
{
    QList<EntityKind> kinds;
    for (const CopyItem& item : items) {
        if (!kinds.contains(item.kind))
            kinds.append(item.kind);
        if (forTarget && item.kind == EntityKind::RoleCollection && !kinds.contains(EntityKind::Role))
            kinds.append(EntityKind::Role); // a collection's roles must exist in the target
        if (forTarget && (item.kind == EntityKind::UserCredential || item.kind == EntityKind::OAuth2ClientCredential ||
                          item.kind == EntityKind::SecureParameter)) {
            // a credential's name is unique across the three kinds
            for (EntityKind k : {EntityKind::UserCredential, EntityKind::OAuth2ClientCredential,
                                 EntityKind::SecureParameter}) {
                if (!kinds.contains(k))
                    kinds.append(k);
            }
        }
    }
    return kinds;
}

} // namespace gh::copying
