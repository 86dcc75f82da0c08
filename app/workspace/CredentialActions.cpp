#include "app/workspace/CredentialActions.h"

#include "app/domain/Validation.h"

#include <QCoreApplication>

namespace gh::credentials {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::CredentialActions)
};
} // namespace

namespace {

template<class T>
const QList<T>& listOf(const Existing& e)
{
    if constexpr (std::is_same_v<T, UserCredential>)
        return e.userCredentials;
    else if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
        return e.oauth2ClientCredentials;
    else
        return e.secureParameters;
}

template<class T>
std::optional<T> findIn(const QList<T>& list, const QString& name)
{
    for (const T& c : list)
        if (c.name == name)
            return c;
    return std::nullopt;
}

Problems problemsOf(const Credential& c)
{
    return std::visit(
        [](const auto& v) -> Problems {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, UserCredential>)
                return validateUserCredential(v);
            else if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
                return validateOAuth2ClientCredential(v);
            else
                return validateSecureParameter(v);
        },
        c);
}

Change changeOf(const std::optional<Credential>& before, const std::optional<Credential>& after)
{
    const Credential& any = after ? *after : *before;
    Change c;
    c.kind = kindOf(any);
    c.key = nameOf(any);
    const auto form = [](const Credential& v) { return std::visit([](const auto& x) { return storedForm(x); }, v); };
    if (before)
        c.before = form(*before);
    if (after)
        c.after = form(*after);
    return c;
}

} // namespace

bool isCredentialKind(EntityKind kind)
{
    return kind == EntityKind::UserCredential || kind == EntityKind::OAuth2ClientCredential
           || kind == EntityKind::SecureParameter;
}

QString secretField(EntityKind kind)
{
    switch (kind) {
    case EntityKind::UserCredential: return QStringLiteral("Password");
    case EntityKind::OAuth2ClientCredential: return QStringLiteral("ClientSecret");
    case EntityKind::SecureParameter: return QStringLiteral("SecureParam");
    default: return {};
    }
}

QString secretLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::UserCredential: return Tr::tr("password");
    case EntityKind::OAuth2ClientCredential: return Tr::tr("client secret");
    case EntityKind::SecureParameter: return Tr::tr("value");
    default: return {};
    }
}

QString secretKey(const QString& tenantId, EntityKind kind, const QString& name)
{
    QString kindPart;
    switch (kind) {
    case EntityKind::UserCredential: kindPart = QStringLiteral("user-credential"); break;
    case EntityKind::OAuth2ClientCredential: kindPart = QStringLiteral("oauth2-client-credential"); break;
    default: kindPart = QStringLiteral("secure-parameter"); break;
    }
    return QStringLiteral("tenant/%1/%2/%3/%4").arg(tenantId, kindPart, name, secretField(kind));
}

EntityKind kindOf(const Credential& credential)
{
    return std::visit([](const auto& v) { return std::decay_t<decltype(v)>::entityKind; }, credential);
}

QString nameOf(const Credential& credential)
{
    return std::visit([](const auto& v) { return v.name; }, credential);
}

bool secretSetOf(const Credential& credential)
{
    return std::visit(
        [](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, UserCredential>)
                return v.passwordSet;
            else if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
                return v.clientSecretSet;
            else
                return v.secureParamSet;
        },
        credential);
}

void setSecretSet(Credential& credential, bool set)
{
    std::visit(
        [set](auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, UserCredential>)
                v.passwordSet = set;
            else if constexpr (std::is_same_v<T, OAuth2ClientCredential>)
                v.clientSecretSet = set;
            else
                v.secureParamSet = set;
        },
        credential);
}

QString labelOf(EntityKind kind, const QString& name)
{
    return Tr::tr("%1 '%2'").arg(entityKindText(kind), name);
}

std::optional<Credential> Existing::find(EntityKind kind, const QString& name) const
{
    switch (kind) {
    case EntityKind::UserCredential:
        if (auto c = findIn(userCredentials, name))
            return Credential(*c);
        break;
    case EntityKind::OAuth2ClientCredential:
        if (auto c = findIn(oauth2ClientCredentials, name))
            return Credential(*c);
        break;
    case EntityKind::SecureParameter:
        if (auto c = findIn(secureParameters, name))
            return Credential(*c);
        break;
    default: break;
    }
    return std::nullopt;
}

std::optional<EntityKind> Existing::kindNamed(const QString& name) const
{
    for (EntityKind kind : {EntityKind::UserCredential, EntityKind::OAuth2ClientCredential, EntityKind::SecureParameter})
        if (find(kind, name))
            return kind;
    return std::nullopt;
}

Status validate(const Credential& credential)
{
    const Problems problems = problemsOf(credential);
    if (problems.isEmpty())
        return {};
    Error e = problems.first();
    e.kind = Error::Kind::Validation;
    e.where = labelOf(kindOf(credential), nameOf(credential));
    return e;
}

Result<Change> create(Credential credential, bool secretEntered, const Existing& existing)
{
    if (Status s = validate(credential); !s)
        return s.error();
    const QString name = nameOf(credential);
    if (const auto taken = existing.kindNamed(name))
        return Error::conflict(Tr::tr("%1 exists already").arg(labelOf(*taken, name)));
    setSecretSet(credential, secretEntered);
    return changeOf(std::nullopt, credential);
}

Result<Change> edit(Credential after, bool secretEntered, const Existing& existing)
{
    const EntityKind kind = kindOf(after);
    const QString name = nameOf(after);
    const std::optional<Credential> before = existing.find(kind, name);
    if (!before) {
        if (const auto other = existing.kindNamed(name))
            return Error::validation(QStringLiteral("Kind"),
                                     Tr::tr("'%1' is a %2; its kind cannot change (delete it and create it anew)")
                                         .arg(name, entityKindText(*other)));
        return Error::notFound(Tr::tr("there is no %1").arg(labelOf(kind, name)));
    }
    if (Status s = validate(after); !s)
        return s.error();
    setSecretSet(after, secretSetOf(*before) || secretEntered);
    Change change = changeOf(before, after);
    if (change.before == change.after && !secretEntered)
        return Error::make(Error::Kind::Validation, Tr::tr("nothing to change"), labelOf(kind, name));
    return change;
}

Result<Change> removal(EntityKind kind, const QString& name, const Existing& existing)
{
    const std::optional<Credential> current = existing.find(kind, name);
    if (!current)
        return Error::notFound(Tr::tr("there is no %1").arg(labelOf(kind, name)));
    return changeOf(current, std::nullopt);
}

QString stepDescription(const Change& change)
{
    const QString what = labelOf(change.kind, change.key);
    if (!change.before)
        return Tr::tr("Create %1").arg(what);
    if (!change.after)
        return Tr::tr("Delete %1").arg(what);
    if (change.before == change.after)
        return Tr::tr("Set the %1 of %2").arg(secretLabel(change.kind), what);
    return Tr::tr("Edit %1").arg(what);
}

} // namespace gh::credentials
