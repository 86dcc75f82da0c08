#include "app/domain/StoredUser.h"

#include "app/domain/Json.h"

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
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return std::nullopt;
            ++m_p;
        }
        if (m_p == m_end)
            return std::nullopt;
        return QByteArrayView(start, m_p++ - start);
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
        if (q == digits || q - digits > 15 || (q < m_end && (*q == '.' || *q == 'e' || *q == 'E')))
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
        const QDateTime when = isoUtc(QString::fromLatin1(*raw));
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

template<class T>
bool set(std::optional<T> value, T& target)
{
    if (!value)
        return false;
    target = std::move(*value);
    return true;
}

} // namespace

std::optional<User> readStoredUser(QByteArrayView json)
{
    Cursor in(json);
    User u;
    Seen seen;
    enum { Id, UserName, Origin, Name, Emails, Active, Verified, ZoneId, LastLogon, Meta, Groups, Collections };
    const auto member = [&](QByteArrayView key) -> bool {
        if (key == "id")
            return seen.first(Id) && set(in.string(), u.id);
        if (key == "userName")
            return seen.first(UserName) && set(in.string(), u.userName);
        if (key == "origin")
            return seen.first(Origin) && set(in.string(), u.origin);
        if (key == "zoneId")
            return seen.first(ZoneId) && set(in.stringOrNull(), u.zoneId);
        if (key == "active")
            return seen.first(Active) && set(in.boolean(), u.active);
        if (key == "verified")
            return seen.first(Verified) && set(in.boolean(), u.verified);
        if (key == "lastLogonTime")
            return seen.first(LastLogon) && set(in.date(), u.lastLogonTime);
        if (key == "idpGroups")
            return seen.first(Groups) && set(in.stringList(), u.idpGroups);
        if (key == "roleCollections")
            return seen.first(Collections) && set(in.stringList(), u.roleCollections);
        if (key == "name") {
            Seen names;
            return seen.first(Name) && in.object([&](QByteArrayView k) {
                if (k == "givenName")
                    return names.first(0) && set(in.stringOrNull(), u.givenName);
                if (k == "familyName")
                    return names.first(1) && set(in.stringOrNull(), u.familyName);
                return false;
            });
        }
        if (key == "meta") {
            Seen metas;
            return seen.first(Meta) && in.object([&](QByteArrayView k) {
                if (k == "version")
                    return metas.first(0) && set(in.integer(), u.version);
                if (k == "created")
                    return metas.first(1) && set(in.date(), u.created);
                if (k == "lastModified")
                    return metas.first(2) && set(in.date(), u.lastModified);
                return false;
            });
        }
        if (key == "emails") {
            if (!seen.first(Emails) || !in.eat('['))
                return false;
            if (in.eat(']'))
                return true;
            do {
                Email e;
                Seen parts;
                if (!in.object([&](QByteArrayView k) {
                        if (k == "value")
                            return parts.first(0) && set(in.string(), e.value);
                        if (k == "primary")
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
    };
    if (!in.object(member) || !in.atEnd())
        return std::nullopt;
    // What the general reader would look for elsewhere or report: left to it.
    if (!seen.has(Id) || !seen.has(Origin) || u.userName.isEmpty() || u.givenName.isEmpty() ||
        u.familyName.isEmpty() || u.emails.isEmpty() || !u.created.isValid() || !u.lastModified.isValid())
        return std::nullopt;
    return u;
}

} // namespace gh
