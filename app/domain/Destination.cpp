#include "app/domain/Destination.h"

#include <QCoreApplication>

#include <string_view>

namespace gh {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::Destination)
};
} // namespace

namespace {
const QStringList& secretKeyList()
{
    static const QStringList keys{
        QStringLiteral("Password"),
        QStringLiteral("clientSecret"),
        QStringLiteral("clientKey"),
        QStringLiteral("KeyStorePassword"),
        QStringLiteral("TrustStorePassword"),
        QStringLiteral("tokenService.KeyStorePassword"),
        QStringLiteral("tokenServicePassword"),
        QStringLiteral("jco.client.passwd"),
        QStringLiteral("mail.password"),
        QStringLiteral("ldap.password"),
    };
    return keys;
}
const QLatin1String kRemovedMarker{"<removed>"};
} // namespace

bool Destination::isSecretKey(const QString& key)
{
    if (secretKeyList().contains(key))
        return true;
    // Additional properties carry API keys and tokens too (URL.headers.x-api-key,
    // URL.queries.apikey, tokenService.body.client_secret …): judge them by the last part of
    // their name, ignoring case. Compared in place (every property of every destination read or
    // written comes through here): the words are ASCII, so only ASCII letters are folded.
    const QStringView last = QStringView(key).mid(key.lastIndexOf(QLatin1Char('.')) + 1);
    const auto matchesAt = [&](qsizetype at, std::string_view word) {
        for (std::size_t j = 0; j < word.size(); ++j) {
            char16_t c = last.at(at + qsizetype(j)).unicode();
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c - u'A' + u'a');
            if (c != char16_t(word[j]))
                return false;
        }
        return true;
    };
    const auto contains = [&](std::string_view word) {
        for (qsizetype at = 0; at + qsizetype(word.size()) <= last.size(); ++at) {
            if (matchesAt(at, word))
                return true;
        }
        return false;
    };
    for (std::string_view notSecret : {"tokenserviceurl", "tokenserviceurltype", "tokenserviceuser"}) {
        if (last.size() == qsizetype(notSecret.size()) && matchesAt(0, notSecret))
            return false;
    }
    for (std::string_view word : {"password", "passwd", "secret", "apikey", "api-key", "api_key", "authorization", "token"}) {
        if (contains(word))
            return true;
    }
    return false;
}

QStringList Destination::secretKeys()
{
    return secretKeyList();
}

QString Destination::cockpitRemovedPlaceholder()
{
    return QStringLiteral("<< Existing password/certificate removed on export >>");
}

qsizetype Destination::indexOf(const QString& key) const
{
    for (qsizetype i = 0; i < m_properties.size(); ++i) {
        if (m_properties.at(i).key == key)
            return i;
    }
    return -1;
}

QString Destination::value(const QString& key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? QString() : m_properties.at(i).value;
}

bool Destination::contains(const QString& key) const
{
    return indexOf(key) >= 0;
}

void Destination::set(const QString& key, const QString& value)
{
    if (isSecretKey(key)) {
        setSecretState(key, SecretState::Set);
        return;
    }
    const qsizetype i = indexOf(key);
    if (i < 0)
        m_properties.append({key, value, false, SecretState::Set});
    else
        m_properties[i].value = value;
}

void Destination::setSecretState(const QString& key, SecretState state)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        m_properties.append({key, QString(), true, state});
    else
        m_properties[i] = {key, QString(), true, state};
}

std::optional<Destination::SecretState> Destination::secretState(const QString& key) const
{
    const qsizetype i = indexOf(key);
    if (i < 0 || !m_properties.at(i).secret)
        return std::nullopt;
    return m_properties.at(i).secretState;
}

void Destination::remove(const QString& key)
{
    const qsizetype i = indexOf(key);
    if (i >= 0)
        m_properties.removeAt(i);
}

QString Destination::proxyType() const
{
    QString v = value(QStringLiteral("ProxyType"));
    if (v.isEmpty() && type() == QLatin1String("RFC")) // as JCo names it
        v = value(QStringLiteral("jco.destination.proxy_type"));
    return v.isEmpty() ? QStringLiteral("Internet") : v;
}

QString Destination::authentication() const
{
    // Only HTTP destinations have an Authentication; RFC, MAIL and LDAP carry their logon in
    // their own properties (jco.client.user, mail.user, …).
    const QString v = value(QStringLiteral("Authentication"));
    if (v.isEmpty() && (type().isEmpty() || type() == QLatin1String("HTTP")))
        return QStringLiteral("NoAuthentication");
    return v;
}

QStringList Destination::secretsSet() const
{
    QStringList out;
    for (const Property& p : m_properties) {
        if (p.secret && p.secretState == SecretState::Set)
            out.append(p.key);
    }
    return out;
}

QStringList Destination::secretsMissing() const
{
    QStringList out;
    for (const Property& p : m_properties) {
        if (p.secret && p.secretState == SecretState::Missing)
            out.append(p.key);
    }
    return out;
}

bool Destination::hasMissingSecret() const
{
    return !secretsMissing().isEmpty();
}

QStringList Destination::referencedCertificates() const
{
    static const QStringList keys{QStringLiteral("KeyStoreLocation"),
                                  QStringLiteral("TrustStoreLocation"),
                                  QStringLiteral("tokenService.KeyStoreLocation")};
    QStringList out;
    for (const QString& key : keys) {
        const QString v = value(key);
        if (!v.isEmpty() && !out.contains(v))
            out.append(v);
    }
    return out;
}

QJsonObject Destination::toJson() const
{
    QJsonObject out;
    for (const Property& p : m_properties) {
        if (p.secret)
            out.insert(p.key, p.secretState == SecretState::Set ? QString(kSecretSetMarker)
                                                                : QString(kRemovedMarker));
        else
            out.insert(p.key, p.value);
    }
    return out;
}

Result<Destination> Destination::fromJson(const QJsonObject& json, const QString& path)
{
    Destination d;
    // QJsonObject is sorted by key; keep Name, Type, URL … first so that the order people
    // expect survives a JSON round trip.
    static const QStringList leading{QStringLiteral("Name"), QStringLiteral("Type"),
                                     QStringLiteral("URL"), QStringLiteral("ProxyType"),
                                     QStringLiteral("Authentication"), QStringLiteral("Description")};
    QStringList order;
    for (const QString& key : leading) {
        if (json.contains(key))
            order.append(key);
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!leading.contains(it.key()))
            order.append(it.key());
    }
    for (const QString& key : order) {
        const QJsonValue v = json.value(key);
        if (!v.isString()) {
            return Error::make(Error::Kind::MalformedResponse,
                               Tr::tr("destination properties must be strings"),
                               path + QLatin1Char('.') + key);
        }
        const QString text = v.toString();
        if (isSecretKey(key)) {
            const bool missing = text.isEmpty() || text == kRemovedMarker
                                 || text == cockpitRemovedPlaceholder();
            d.setSecretState(key, missing ? SecretState::Missing : SecretState::Set);
        } else {
            d.set(key, text);
        }
    }
    return d;
}

} // namespace gh
