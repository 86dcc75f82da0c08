#include "app/workspace/ChangeDiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gh::changes {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gh::changes", text);
}

QString quoted(const QString& name)
{
    return QString(QStringLiteral("“") + name + QStringLiteral("”"));
}

QString str(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

// A scalar as people read it; objects and lists as compact JSON.
QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto whole = static_cast<qint64>(d);
        return static_cast<double>(whole) == d ? QString::number(whole) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// A list item: an object by its name when it has one (roles, role references), else its JSON.
QString itemText(const QJsonValue& item)
{
    if (item.isObject()) {
        const QJsonObject object = item.toObject();
        const QJsonValue name = object.value(QLatin1String("name"));
        if (name.isString()) {
            const QString app = str(object, "roleTemplateAppId");
            return app.isEmpty() ? name.toString()
                                 : QString(name.toString() + QStringLiteral(" (") + app +
                                           QLatin1Char(')'));
        }
        const QJsonValue value = object.value(QLatin1String("value")); // SCIM emails
        if (value.isString())
            return value.toString();
        // A destination certificate's nodes: the certificate by subject, expiry and the start of
        // its SHA-256 (never its whole DER), a key by algorithm.
        const QString type = str(object, "type");
        if (type == QLatin1String("x509_certificate")) {
            QString text = tr("certificate %1, until %2").arg(str(object, "subject"), str(object, "not_after"));
            const QByteArray der = QByteArray::fromBase64(str(object, "certificate").toLatin1());
            if (!der.isEmpty())
                text += QStringLiteral(" (SHA-256 ") +
                        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().left(16)) +
                        QStringLiteral("…)");
            return text;
        }
        if (type == QLatin1String("private_key"))
            return tr("private key %1 (%2)").arg(str(object, "algorithm"), str(object, "format"));
    }
    return scalarText(item);
}

// Property paths and their texts, nested objects flattened ("name.givenName"); a list is one
// entry whose items are kept apart.
struct Flat
{
    QString path;
    QString text;
    QStringList items;
    bool isList = false;
};

void flatten(const QJsonObject& object, const QString& prefix, QList<Flat>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : QString(prefix + QLatin1Char('.') + it.key());
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty()) {
            flatten(value.toObject(), path, out);
        } else if (value.isArray()) {
            Flat flat{path, {}, {}, true};
            const QJsonArray array = value.toArray();
            for (const QJsonValue& item : array)
                flat.items.append(itemText(item));
            out.append(flat);
        } else {
            out.append(Flat{path, scalarText(value), {}, false});
        }
    }
}

const Flat* find(const QList<Flat>& flats, const QString& path)
{
    for (const Flat& f : flats) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

// Items of `a` not matched one for one in `b` (a multiset difference, order of `a` kept).
QStringList minus(const QStringList& a, QStringList b)
{
    QStringList out;
    for (const QString& item : a) {
        const qsizetype i = b.indexOf(item);
        if (i >= 0)
            b.removeAt(i);
        else
            out.append(item);
    }
    return out;
}

void diffOne(const QString& path, const Flat* before, const Flat* after, QList<PropertyDiff>& out)
{
    const bool list = (before && before->isList) || (after && after->isList);
    if (!list) {
        const QString b = before ? before->text : QString();
        const QString a = after ? after->text : QString();
        if (b != a) // an empty property added or dropped changes nothing anyone reads
            out.append({path, b, a});
        return;
    }
    // A list against a list; a scalar on the other side counts as a one-item list.
    const QStringList bItems = before ? (before->isList ? before->items : QStringList{before->text})
                                      : QStringList();
    const QStringList aItems = after ? (after->isList ? after->items : QStringList{after->text})
                                     : QStringList();
    for (const QString& removed : minus(bItems, aItems))
        out.append({path, removed, {}});
    for (const QString& added : minus(aItems, bItems))
        out.append({path, {}, added});
}

} // namespace

Action actionOf(const std::optional<QJsonObject>& before, const std::optional<QJsonObject>& after)
{
    if (!before)
        return Action::Created;
    if (!after)
        return Action::Removed;
    return Action::Updated;
}

QString entityLabel(EntityKind kind, const QString& key, const QJsonObject& stored)
{
    QString label;
    switch (kind) {
    case EntityKind::IdentityProvider:
        label = str(stored, "originKey");
        break;
    case EntityKind::User:
        label = str(stored, "userName");
        break;
    case EntityKind::RoleTemplate:
    case EntityKind::Role:
    case EntityKind::RoleCollection:
        label = str(stored, "name");
        break;
    case EntityKind::Assignment:
        label = str(stored, "roleCollectionName");
        break;
    case EntityKind::KeystoreEntry: {
        const QString keystore = str(stored, "Keystore");
        const QString alias = str(stored, "Alias");
        label = keystore.isEmpty() || keystore == QLatin1String("system")
                    ? alias
                    : QString(keystore + QStringLiteral(" / ") + alias);
        break;
    }
    case EntityKind::Destination:
    case EntityKind::UserCredential:
    case EntityKind::OAuth2ClientCredential:
    case EntityKind::SecureParameter:
        label = str(stored, "Name");
        break;
    case EntityKind::DestinationCertificate:
        label = str(stored, "name");
        break;
    case EntityKind::KnownHost:
        label = stored.value(QStringLiteral("Hosts")).toVariant().toStringList().join(QLatin1Char(',')) +
                QLatin1Char(' ') + str(stored, "KeyType");
        break;
    case EntityKind::PgpKey: {
        const QStringList ids = stored.value(QStringLiteral("UserIds")).toVariant().toStringList();
        label = str(stored, "KeyId") + (ids.isEmpty() ? QString() : QStringLiteral(" ") + ids.first());
        break;
    }
    }
    return label.isEmpty() ? key : label;
}

QString summary(EntityKind kind, const QString& key, const std::optional<QJsonObject>& before,
                const std::optional<QJsonObject>& after,
                const std::function<QString(const QString& userId)>& userName)
{
    const QJsonObject& stored = after ? *after : (before ? *before : QJsonObject());
    const QString label = entityLabel(kind, key, stored);
    const Action action = actionOf(before, after);
    if (kind == EntityKind::Assignment) {
        const QString id = str(stored, "userId");
        QString user = userName ? userName(id) : QString();
        if (user.isEmpty())
            user = tr("user %1").arg(id);
        return (action == Action::Removed ? tr("Unassigned %1 from %2")
                                          : tr("Assigned %1 to %2"))
            .arg(quoted(label), user);
    }
    const QString what = entityKindText(kind);
    switch (action) {
    case Action::Created:
        return tr("Created %1 %2").arg(what, quoted(label));
    case Action::Removed:
        return tr("Deleted %1 %2").arg(what, quoted(label));
    case Action::Updated:
        break;
    }
    const QString was = before ? entityLabel(kind, key, *before) : label;
    if (was != label)
        return tr("Renamed %1 %2 to %3").arg(what, quoted(was), quoted(label));
    return tr("Changed %1 %2").arg(what, quoted(label));
}

QList<PropertyDiff> propertyDiff(const std::optional<QJsonObject>& before,
                                 const std::optional<QJsonObject>& after)
{
    QList<Flat> b;
    QList<Flat> a;
    if (before)
        flatten(*before, {}, b);
    if (after)
        flatten(*after, {}, a);
    QList<PropertyDiff> out;
    for (const Flat& flat : std::as_const(a))
        diffOne(flat.path, find(b, flat.path), &flat, out);
    for (const Flat& flat : std::as_const(b)) {
        if (!find(a, flat.path))
            diffOne(flat.path, &flat, nullptr, out);
    }
    return out;
}

} // namespace gh::changes
