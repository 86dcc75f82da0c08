#include "app/domain/TenantMaterial.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::TenantMaterial)
};
} // namespace

namespace {

QJsonValue dateOrNull(const QDateTime& value, JsonStyle style)
{
    return value.isValid() ? writeDate(value, style, false) : QJsonValue(QJsonValue::Null);
}

bool isHex(const QString& text)
{
    for (const QChar c : text)
        if (!c.isDigit() && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')) &&
            !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    return !text.isEmpty();
}

} // namespace

// ---- known hosts ------------------------------------------------------------------------------

QString KnownHost::key() const
{
    QString k;
    if (marker != knownhosts::Marker::None)
        k = knownhosts::markerText(marker) + QLatin1Char(' ');
    return k + hosts.join(QLatin1Char(',')) + QLatin1Char(' ') + keyType + QLatin1Char(' ') + fingerprintSha256();
}

QString KnownHost::fingerprintSha256() const
{
    return toEntry().fingerprintSha256();
}

int KnownHost::bits() const
{
    return toEntry().bits();
}

bool KnownHost::hashed() const
{
    for (const QString& h : hosts)
        if (knownhosts::isHashed(h))
            return true;
    return false;
}

KnownHost KnownHost::fromEntry(const knownhosts::Entry& entry)
{
    KnownHost h;
    h.marker = entry.marker;
    h.hosts = entry.hosts;
    h.keyType = entry.keyType;
    h.blob = entry.blob;
    h.comment = entry.comment;
    return h;
}

knownhosts::Entry KnownHost::toEntry() const
{
    knownhosts::Entry e;
    e.marker = marker;
    e.hosts = hosts;
    e.keyType = keyType;
    e.blob = blob;
    e.comment = comment;
    return e;
}

QJsonObject KnownHost::toJson(JsonStyle) const
{
    QJsonObject out{{QStringLiteral("Marker"), knownhosts::markerText(marker)},
                    {QStringLiteral("Hosts"), QJsonArray::fromStringList(hosts)},
                    {QStringLiteral("KeyType"), keyType},
                    {QStringLiteral("Key"), QString::fromLatin1(blob.toBase64())},
                    {QStringLiteral("Comment"), comment},
                    {QStringLiteral("Fingerprint"), fingerprintSha256()}};
    mergeExtra(out, extra);
    return out;
}

Result<KnownHost> KnownHost::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    const QString marker = in.string(QLatin1String("Marker"));
    const QStringList hosts = in.stringList(QLatin1String("Hosts"));
    const QString keyType = in.string(QLatin1String("KeyType"), true);
    const QString key = in.string(QLatin1String("Key"), true);
    const QString comment = in.string(QLatin1String("Comment"));
    in.string(QLatin1String("Fingerprint")); // derived from the key; written for readers of the file
    QJsonObject extra = in.rest();
    if (in.error())
        return *in.error();
    // The line these fields make must read back as a known_hosts line: the same checks as a file.
    QString line = marker.isEmpty() ? QString() : marker + QLatin1Char(' ');
    line += hosts.join(QLatin1Char(',')) + QLatin1Char(' ') + keyType + QLatin1Char(' ') + key;
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    auto entry = knownhosts::parseLine(line.toUtf8(), path, 1);
    if (!entry) {
        Error e = entry.error();
        if (e.kind == Error::Kind::NotFound)
            e = Error::validation(path + QStringLiteral(".Hosts"), Tr::tr("is required"));
        e.where = path;
        return e;
    }
    KnownHost h = fromEntry(*entry);
    h.extra = std::move(extra);
    return h;
}

// ---- PGP keys ---------------------------------------------------------------------------------

QDateTime PgpKey::effectiveExpiry() const
{
    QDateTime earliest = expires;
    for (const PgpSubkey& sub : subkeys)
        if (!sub.revoked && sub.expires.isValid() && (!earliest.isValid() || sub.expires < earliest))
            earliest = sub.expires;
    return earliest;
}

PgpStatus PgpKey::status(const QDateTime& now) const
{
    const QDateTime expiry = effectiveExpiry();
    if (!expiry.isValid())
        return PgpStatus::Valid;
    if (expiry <= now)
        return PgpStatus::Expired;
    return expiry <= now.addDays(kPgpCriticalDays) ? PgpStatus::Critical : PgpStatus::Valid;
}

QString pgpStatusText(PgpStatus status)
{
    switch (status) {
    case PgpStatus::Valid: return QStringLiteral("Valid");
    case PgpStatus::Critical: return QStringLiteral("Critical");
    case PgpStatus::Expired: return QStringLiteral("Expired");
    }
    return {};
}

QJsonObject PgpKey::toJson(JsonStyle style) const
{
    QJsonArray subs;
    for (const PgpSubkey& s : subkeys)
        subs.append(QJsonObject{{QStringLiteral("KeyId"), s.keyId},
                                {QStringLiteral("Fingerprint"), s.fingerprint},
                                {QStringLiteral("Algorithm"), s.algorithm},
                                {QStringLiteral("Created"), dateOrNull(s.created, style)},
                                {QStringLiteral("Expires"), dateOrNull(s.expires, style)},
                                {QStringLiteral("Revoked"), s.revoked}});
    QJsonObject out{{QStringLiteral("Keyring"), keyring},
                    {QStringLiteral("KeyId"), keyId},
                    {QStringLiteral("Fingerprint"), fingerprint},
                    {QStringLiteral("UserIds"), QJsonArray::fromStringList(userIds)},
                    {QStringLiteral("Algorithm"), algorithm},
                    {QStringLiteral("Created"), dateOrNull(created, style)},
                    {QStringLiteral("Expires"), dateOrNull(expires, style)},
                    {QStringLiteral("Subkeys"), subs},
                    {QStringLiteral("Revoked"), revoked}};
    if (!publicKey.isEmpty())
        out.insert(QStringLiteral("PublicKey"), QString::fromLatin1(publicKey.toBase64()));
    if (!secretSha256.isEmpty())
        out.insert(QStringLiteral("SecretKeyringSha256"), secretSha256);
    mergeExtra(out, extra);
    return out;
}

Result<PgpKey> PgpKey::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader in(json, path);
    PgpKey k;
    k.keyring = in.string(QLatin1String("Keyring"), true);
    k.keyId = in.string(QLatin1String("KeyId"));
    k.fingerprint = in.string(QLatin1String("Fingerprint"), true);
    k.userIds = in.stringList(QLatin1String("UserIds"));
    k.algorithm = in.string(QLatin1String("Algorithm"));
    k.created = in.date(QLatin1String("Created"));
    k.expires = in.date(QLatin1String("Expires"));
    const QJsonArray subs = in.array(QLatin1String("Subkeys"));
    for (qsizetype i = 0; i < subs.size(); ++i) {
        JsonReader s(subs.at(i).toObject(), in.pathOf(QLatin1String("Subkeys"), i));
        PgpSubkey sub;
        sub.keyId = s.string(QLatin1String("KeyId"));
        sub.fingerprint = s.string(QLatin1String("Fingerprint"));
        sub.algorithm = s.string(QLatin1String("Algorithm"));
        sub.created = s.date(QLatin1String("Created"));
        sub.expires = s.date(QLatin1String("Expires"));
        sub.revoked = s.boolean(QLatin1String("Revoked"));
        in.adopt(s.error());
        k.subkeys.append(sub);
    }
    k.revoked = in.boolean(QLatin1String("Revoked"));
    const QString publicKey = in.string(QLatin1String("PublicKey"));
    k.publicKey = QByteArray::fromBase64(publicKey.toLatin1());
    k.secretSha256 = in.string(QLatin1String("SecretKeyringSha256"));
    k.extra = in.rest();
    if (in.error())
        return *in.error();
    if (k.keyring != PublicKeyring && k.keyring != SecretKeyring)
        return Error::validation(in.pathOf(QLatin1String("Keyring")), Tr::tr("must be public or secret"));
    if (!isHex(k.fingerprint))
        return Error::validation(in.pathOf(QLatin1String("Fingerprint")), Tr::tr("must be hex digits"));
    if (k.isSecret() && !k.publicKey.isEmpty())
        return Error::validation(in.pathOf(QLatin1String("PublicKey")),
                                 Tr::tr("a secret key's material is kept in the keychain, not here"));
    if (k.isSecret() && (k.secretSha256.size() != 64 || !isHex(k.secretSha256)))
        return Error::validation(in.pathOf(QLatin1String("SecretKeyringSha256")),
                                 Tr::tr("must be the SHA-256 of the secret keyring file"));
    if (!k.isSecret() && k.publicKey.isEmpty())
        return Error::validation(in.pathOf(QLatin1String("PublicKey")), Tr::tr("is required"));
    return k;
}

} // namespace gh
