#include "app/workspace/DestinationDraft.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gh::destinations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::DestinationDraft)
};
} // namespace

namespace {

const QString kName = QStringLiteral("Name");

bool isSecretField(const FieldSpec& spec)
{
    return spec.kind == FieldKind::Secret;
}

QList<Destination::Property> sortedProperties(const Destination& d)
{
    QList<Destination::Property> out = d.properties();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    return out;
}

} // namespace

DestinationDraft DestinationDraft::create(const QString& type)
{
    DestinationDraft draft;
    draft.m_mode = Mode::Create;
    draft.m_values.insert(QStringLiteral("Type"), type);
    if (type == QLatin1String("HTTP")) {
        draft.m_values.insert(QStringLiteral("ProxyType"), QStringLiteral("Internet"));
        draft.m_values.insert(QStringLiteral("Authentication"), QStringLiteral("NoAuthentication"));
    }
    return draft;
}

DestinationDraft DestinationDraft::edit(const Destination& original)
{
    DestinationDraft draft;
    draft.m_mode = Mode::Edit;
    draft.m_original = original;
    // The form the destination has now decides which of its properties are fields; the rest
    // (even keys other forms show) stay additional properties, so that nothing is lost.
    QStringList shown;
    for (const FieldSpec& spec : fieldsFor(original.type(), original.proxyType(), original.authentication()))
        shown.append(spec.key);
    for (const Destination::Property& p : original.properties()) {
        if (p.secret)
            draft.m_secretStates.insert(p.key, p.secretState);
        if (shown.contains(p.key)) {
            if (!p.secret)
                draft.m_values.insert(p.key, p.value);
        } else {
            draft.m_additional.append({p.key, p.secret ? QString() : p.value});
        }
    }
    return draft;
}

DestinationDraft DestinationDraft::duplicate(const Destination& original, const QString& newName)
{
    DestinationDraft draft = edit(original);
    draft.m_mode = Mode::Duplicate;
    draft.m_values.insert(kName, newName);
    return draft;
}

QString DestinationDraft::proxyType() const
{
    const QString v = m_values.value(QStringLiteral("ProxyType"));
    return v.isEmpty() ? QStringLiteral("Internet") : v;
}

QString DestinationDraft::authentication() const
{
    const QString v = m_values.value(QStringLiteral("Authentication"));
    if (v.isEmpty() && type() == QLatin1String("HTTP"))
        return QStringLiteral("NoAuthentication");
    return authenticationsFor(type()).isEmpty() ? QString() : v;
}

QList<FieldSpec> DestinationDraft::fields() const
{
    return fieldsFor(type(), proxyType(), authentication());
}

QString DestinationDraft::value(const QString& key) const
{
    return m_values.value(key);
}

void DestinationDraft::setValue(const QString& key, const QString& value)
{
    if (key == kName && m_mode == Mode::Edit)
        return; // a destination is not renamed in place
    if (value.isEmpty())
        m_values.remove(key);
    else
        m_values.insert(key, value);
}

DestinationDraft::SecretStatus DestinationDraft::secretStatus(const QString& key) const
{
    if (m_entered.count(key))
        return SecretStatus::Entered;
    const auto state = m_secretStates.constFind(key);
    if (state == m_secretStates.cend())
        return SecretStatus::Absent;
    return *state == Destination::SecretState::Set ? SecretStatus::Set : SecretStatus::Missing;
}

void DestinationDraft::enterSecret(const QString& key, crypto::SecretBuffer secret)
{
    if (secret.isEmpty())
        m_entered.erase(key);
    else
        m_entered.insert_or_assign(key, std::move(secret));
}

QStringList DestinationDraft::enteredSecretKeys() const
{
    const Destination built = build();
    QStringList out;
    for (const auto& [key, buffer] : m_entered)
        if (built.contains(key))
            out.append(key);
    return out;
}

const crypto::SecretBuffer* DestinationDraft::enteredSecret(const QString& key) const
{
    const auto it = m_entered.find(key);
    return it == m_entered.end() ? nullptr : &it->second;
}

QStringList DestinationDraft::secretsToCopy() const
{
    if (m_mode != Mode::Duplicate)
        return {};
    QStringList out;
    for (const QString& key : build().secretsSet())
        if (secretStatus(key) == SecretStatus::Set)
            out.append(key);
    return out;
}

void DestinationDraft::setAdditional(QList<Additional> additional)
{
    m_additional = std::move(additional);
}

Destination DestinationDraft::build() const
{
    // Collected in form order, then additional properties; written in the original's order for
    // the keys it had, so that an edit does not reorder what it did not touch.
    QList<Destination::Property> collected;
    QSet<QString> seen;
    const auto addSecret = [&](const QString& key) {
        switch (secretStatus(key)) {
        case SecretStatus::Absent:
            return;
        case SecretStatus::Missing:
            collected.append({key, {}, true, Destination::SecretState::Missing});
            break;
        case SecretStatus::Set:
        case SecretStatus::Entered:
            collected.append({key, {}, true, Destination::SecretState::Set});
            break;
        }
        seen.insert(key);
    };
    for (const FieldSpec& spec : fields()) {
        if (isSecretField(spec)) {
            addSecret(spec.key);
        } else if (const auto v = m_values.constFind(spec.key); v != m_values.cend()) {
            collected.append({spec.key, *v});
            seen.insert(spec.key);
        }
    }
    for (const Additional& a : m_additional) {
        const QString key = a.key.trimmed();
        if (key.isEmpty() || seen.contains(key))
            continue;
        if (Destination::isSecretKey(key))
            addSecret(key);
        else {
            collected.append({key, a.value});
            seen.insert(key);
        }
    }

    Destination out;
    const auto put = [&out](const Destination::Property& p) {
        out.set(p.key, p.value);
        if (p.secret)
            out.setSecretState(p.key, p.secretState);
    };
    for (const Destination::Property& old : m_original.properties()) {
        const auto it = std::find_if(collected.cbegin(), collected.cend(),
                                     [&](const Destination::Property& p) { return p.key == old.key; });
        if (it != collected.cend())
            put(*it);
    }
    for (const Destination::Property& p : std::as_const(collected))
        if (!out.contains(p.key))
            put(p);
    return out;
}

Problems DestinationDraft::problems(const QStringList& takenNames,
                                    const std::optional<QStringList>& certificateNames) const
{
    const Destination built = build();
    Problems out = validateDestination(built);
    if (m_mode != Mode::Edit && takenNames.contains(built.name()))
        out.append(Error::validation(kName, Tr::tr("a destination named \"%1\" exists").arg(built.name())));

    QStringList formKeysNow;
    for (const FieldSpec& spec : fields())
        formKeysNow.append(spec.key);
    QSet<QString> additionalKeys;
    for (const Additional& a : m_additional) {
        const QString key = a.key.trimmed();
        if (key.isEmpty()) {
            out.append(Error::validation(QStringLiteral("(property name)"),
                                         Tr::tr("an additional property has no name")));
            continue;
        }
        if (additionalKeys.contains(key))
            out.append(Error::validation(key, Tr::tr("is given twice")));
        additionalKeys.insert(key);
        if (formKeysNow.contains(key))
            out.append(Error::validation(key, Tr::tr("is a field of the form above: set it there")));
        else if (Destination::isSecretKey(key) && secretStatus(key) == SecretStatus::Absent)
            out.append(Error::validation(key, Tr::tr("is a secret: type its value")));
    }
    if (certificateNames)
        out += validateDestinationReferences(built, *certificateNames);
    return out;
}

bool DestinationDraft::isModified() const
{
    if (m_mode != Mode::Edit)
        return true;
    if (!enteredSecretKeys().isEmpty())
        return true;
    return sortedProperties(build()) != sortedProperties(m_original);
}

} // namespace gh::destinations
