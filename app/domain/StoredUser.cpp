#include "app/domain/StoredUser.h"

#include "app/domain/Json.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

namespace gh {

namespace {

// A cursor over JSON bytes that gives up (nullopt, false) at the first thing the fast path does
// not handle; giving up is never an error, only a hand-over to the general reader.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool literal(QByteArrayView word)
    {
        skipSpace();
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // A string of printable ASCII without escapes, as its bytes.
    std::optional<QByteArrayView> rawString()
    {
        if (!eat('"'))
            return std::nullopt;
        // The closing quote found by memchr, then the bytes before it checked in one pass
        // without a branch a byte (an escaped quote is caught as its backslash).
        const char* start = m_p;
        const auto* quote = static_cast<const char*>(std::memchr(start, '"', std::size_t(m_end - start)));
        if (!quote)
            return std::nullopt;
        bool plain = true;
        for (const char* q = start; q < quote; ++q) {
            const auto c = static_cast<unsigned char>(*q);
            plain &= c != '\\' && c >= 0x20 && c < 0x80;
        }
        if (!plain)
            return std::nullopt;
        m_p = quote + 1;
        return QByteArrayView(start, quote - start);
    }
    std::optional<QString> string()
    {
        const auto raw = rawString();
        if (!raw)
            return std::nullopt;
        return QString::fromLatin1(*raw); // ASCII: Latin-1 is UTF-8 here, and cheaper
    }
    // A string, or null as a null QString (what JsonReader::string gives for null).
    std::optional<QString> stringOrNull()
    {
        if (literal("null"))
            return QString();
        return string();
    }
    std::optional<bool> boolean()
    {
        if (literal("true"))
            return true;
        if (literal("false"))
            return false;
        return std::nullopt;
    }
    // A whole number of at most 15 digits (JsonReader::integer's range), nothing else.
    std::optional<qint64> integer()
    {
        skipSpace();
        const bool negative = m_p < m_end && *m_p == '-';
        const char* digits = m_p + (negative ? 1 : 0);
        const char* q = digits;
        qint64 value = 0;
        while (q < m_end && *q >= '0' && *q <= '9' && q - digits < 16)
            value = value * 10 + (*q++ - '0');
        // JSON has no leading zeros ("007"); QJsonDocument refuses them, and so does this.
        if (q == digits || q - digits > 15 || (q < m_end && (*q == '.' || *q == 'e' || *q == 'E')) ||
            (*digits == '0' && q - digits > 1))
            return std::nullopt;
        m_p = q;
        return negative ? -value : value;
    }
    // A date as the store writes it, or null / "" (no date).
    std::optional<QDateTime> date()
    {
        if (literal("null"))
            return QDateTime();
        const auto raw = rawString();
        if (!raw)
            return std::nullopt;
        if (raw->isEmpty())
            return QDateTime();
        const QDateTime when = isoUtc(*raw);
        if (!when.isValid())
            return std::nullopt;
        return when;
    }
    std::optional<QStringList> stringList()
    {
        if (literal("null"))
            return QStringList();
        if (!eat('['))
            return std::nullopt;
        QStringList out;
        if (eat(']'))
            return out;
        do {
            auto s = string();
            if (!s)
                return std::nullopt;
            out.append(std::move(*s));
        } while (eat(','));
        if (!eat(']'))
            return std::nullopt;
        return out;
    }
    // An object: `member(key)` reads each value; false from it gives up.
    template<class Member>
    bool object(Member member)
    {
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        do {
            const auto key = rawString();
            if (!key || !eat(':') || !member(*key))
                return false;
        } while (eat(','));
        return eat('}');
    }

private:
    const char* m_p;
    const char* m_end;
};

// Each key at most once (a repeated key is for the general reader to judge).
class Seen
{
public:
    bool first(int bit)
    {
        const quint32 mask = quint32(1) << bit;
        if (m_bits & mask)
            return false;
        m_bits |= mask;
        return true;
    }
    bool has(int bit) const { return m_bits & (quint32(1) << bit); }

private:
    quint32 m_bits = 0;
};

// A key is one of ours: the size, then the bytes inline. QByteArrayView's == measures the literal
// at run time and compares through a library call; a user has fourteen keys.
template<std::size_t N>
bool is(QByteArrayView key, const char (&word)[N])
{
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), word, N - 1) == 0;
}

template<class T>
bool set(std::optional<T> value, T& target)
{
    if (!value)
        return false;
    target = std::move(*value);
    return true;
}

} // namespace

namespace {

enum Key { Id, UserName, Origin, Name, Emails, Active, Verified, ZoneId, LastLogon, Meta, Groups, Collections, ScimGroups, Schemas };

// An array of strings as a QJsonArray (what the general reader keeps in `extra`).
std::optional<QJsonArray> stringArray(Cursor& in)
{
    if (!in.eat('['))
        return std::nullopt;
    QJsonArray out;
    if (in.eat(']'))
        return out;
    do {
        auto s = in.string();
        if (!s)
            return std::nullopt;
        out.append(std::move(*s));
    } while (in.eat(','));
    if (!in.eat(']'))
        return std::nullopt;
    return out;
}

// SCIM's "groups": objects of strings only ({"value", "display", "type"} from XSUAA).
std::optional<QJsonArray> groupArray(Cursor& in)
{
    if (!in.eat('['))
        return std::nullopt;
    QJsonArray out;
    if (in.eat(']'))
        return out;
    do {
        QJsonObject group;
        if (!in.object([&](QByteArrayView k) {
                const QString key = QString::fromLatin1(k);
                if (group.contains(key))
                    return false;
                auto value = in.string();
                if (!value)
                    return false;
                group.insert(key, std::move(*value));
                return true;
            }))
            return std::nullopt;
        out.append(std::move(group));
    } while (in.eat(','));
    if (!in.eat(']'))
        return std::nullopt;
    return out;
}

// One member of a user object. `wire`: as SCIM answers it, with lastLogonTime in milliseconds
// and the "groups" and "schemas" the general reader keeps in `extra`.
bool readMember(Cursor& in, QByteArrayView key, User& u, Seen& seen, bool wire)
{
    if (is(key, "id"))
        return seen.first(Id) && set(in.string(), u.id);
    if (is(key, "userName"))
        return seen.first(UserName) && set(in.string(), u.userName);
    if (is(key, "origin"))
        return seen.first(Origin) && set(in.string(), u.origin);
    if (is(key, "zoneId"))
        return seen.first(ZoneId) && set(in.stringOrNull(), u.zoneId);
    if (is(key, "active"))
        return seen.first(Active) && set(in.boolean(), u.active);
    if (is(key, "verified"))
        return seen.first(Verified) && set(in.boolean(), u.verified);
    if (is(key, "lastLogonTime")) {
        if (!seen.first(LastLogon))
            return false;
        if (wire) {
            // JsonReader::date: a number is milliseconds since the epoch, in UTC.
            if (const std::optional<qint64> ms = in.integer()) {
                if (*ms < -8640000000000000LL || *ms > 8640000000000000LL)
                    return false;
                u.lastLogonTime = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
                return true;
            }
        }
        return set(in.date(), u.lastLogonTime);
    }
    if (is(key, "idpGroups"))
        return seen.first(Groups) && set(in.stringList(), u.idpGroups);
    if (is(key, "roleCollections"))
        return seen.first(Collections) && set(in.stringList(), u.roleCollections);
    if (wire && is(key, "groups")) {
        auto groups = seen.first(ScimGroups) ? groupArray(in) : std::nullopt;
        if (groups)
            u.extra.insert(QStringLiteral("groups"), std::move(*groups));
        return groups.has_value();
    }
    if (wire && is(key, "schemas")) {
        auto schemas = seen.first(Schemas) ? stringArray(in) : std::nullopt;
        if (schemas)
            u.extra.insert(QStringLiteral("schemas"), std::move(*schemas));
        return schemas.has_value();
    }
    if (is(key, "name")) {
        Seen names;
        return seen.first(Name) && in.object([&](QByteArrayView k) {
            if (is(k, "givenName"))
                return names.first(0) && set(in.stringOrNull(), u.givenName);
            if (is(k, "familyName"))
                return names.first(1) && set(in.stringOrNull(), u.familyName);
            return false;
        });
    }
    if (is(key, "meta")) {
        Seen metas;
        return seen.first(Meta) && in.object([&](QByteArrayView k) {
            if (is(k, "version"))
                return metas.first(0) && set(in.integer(), u.version);
            if (is(k, "created"))
                return metas.first(1) && set(in.date(), u.created);
            if (is(k, "lastModified"))
                return metas.first(2) && set(in.date(), u.lastModified);
            return false;
        });
    }
    if (is(key, "emails")) {
        if (!seen.first(Emails) || !in.eat('['))
            return false;
        if (in.eat(']'))
            return true;
        do {
            Email e;
            Seen parts;
            if (!in.object([&](QByteArrayView k) {
                    if (is(k, "value"))
                        return parts.first(0) && set(in.string(), e.value);
                    if (is(k, "primary"))
                        return parts.first(1) && set(in.boolean(), e.primary);
                    return false;
                }) ||
                !parts.has(0))
                return false;
            u.emails.append(std::move(e));
        } while (in.eat(','));
        return in.eat(']');
    }
    return false; // a key kept in `extra` by the general reader
}

// A user object at the cursor; nullopt for anything the general reader should judge.
std::optional<User> readUser(Cursor& in, bool wire)
{
    User u;
    Seen seen;
    if (!in.object([&](QByteArrayView key) { return readMember(in, key, u, seen, wire); }))
        return std::nullopt;
    // What the general reader would look for elsewhere or report: left to it.
    if (!seen.has(Id) || !seen.has(Origin) || u.userName.isEmpty() || u.givenName.isEmpty() ||
        u.familyName.isEmpty() || u.emails.isEmpty() || !u.created.isValid() || !u.lastModified.isValid())
        return std::nullopt;
    return u;
}

} // namespace

std::optional<User> readStoredUser(QByteArrayView json)
{
    Cursor in(json);
    std::optional<User> u = readUser(in, false);
    if (!u || !in.atEnd())
        return std::nullopt;
    return u;
}

std::optional<ScimUserPage> readScimUserPage(QByteArrayView body)
{
    Cursor in(body);
    ScimUserPage page;
    Seen seen;
    enum { Items, Resources, PageSchemas, Start, Total };
    const bool read = in.object([&](QByteArrayView key) {
        if (is(key, "resources")) {
            if (!seen.first(Resources) || !in.eat('['))
                return false;
            if (in.eat(']'))
                return true;
            do {
                std::optional<User> u = readUser(in, true);
                if (!u || u->id.isEmpty() || u->origin.isEmpty()) // required, and not empty
                    return false;
                page.users.append(std::move(*u));
            } while (in.eat(','));
            return in.eat(']');
        }
        if (is(key, "startIndex"))
            return seen.first(Start) && set(in.integer(), page.startIndex);
        if (is(key, "totalResults"))
            return seen.first(Total) && set(in.integer(), page.totalResults);
        if (is(key, "itemsPerPage")) {
            qint64 ignored = 0;
            return seen.first(Items) && set(in.integer(), ignored);
        }
        if (is(key, "schemas"))
            return seen.first(PageSchemas) && stringArray(in).has_value();
        return false;
    });
    if (!read || !in.atEnd() || !seen.has(Resources))
        return std::nullopt;
    if (!seen.has(Start))
        page.startIndex = 1;
    return page;
}

} // namespace gh
