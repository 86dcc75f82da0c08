#include "app/domain/StoredUser.h"

#include "app/domain/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace gh {

namespace {

// Appends JSON text as QJsonDocument's compact form writes it; `ok` turns false at the first
// thing it leaves to the general writer.
class Writer
{
public:
    QByteArray out;
    bool ok = true;

    void raw(QByteArrayView text) { out.append(text); }
    // A string: printable ASCII as it is, '"' and '\\' escaped, any other character as UTF-8.
    void string(QStringView s)
    {
        out.append('"');
        bool ascii = true;
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            if (u < 0x20 || QChar::isSurrogate(u)) {
                ok = false;
                return;
            }
            ascii &= u < 0x80;
        }
        if (ascii) {
            for (const QChar c : s) {
                const char ch = char(c.unicode());
                if (ch == '"' || ch == '\\')
                    out.append('\\');
                out.append(ch);
            }
        } else {
            const QByteArray utf8 = s.toUtf8();
            for (const char ch : utf8) {
                if (ch == '"' || ch == '\\')
                    out.append('\\');
                out.append(ch);
            }
        }
        out.append('"');
    }
    void boolean(bool b) { out.append(b ? "true" : "false"); }
    void key(QByteArrayView name)
    {
        if (out.size() > 0 && out.back() != '{')
            out.append(',');
        out.append('"').append(name).append("\":");
    }
    // A date as toIsoUtc() writes it, or "" for none (what the general writer makes of it).
    void isoDate(const QDateTime& value)
    {
        if (!value.isValid()) {
            out.append("\"\"");
            return;
        }
        const QDateTime utc = value.timeSpec() == Qt::UTC ? value : value.toUTC();
        const QDate d = utc.date();
        const QTime t = utc.time();
        if (d.year() < 1 || d.year() > 9999) {
            ok = false;
            return;
        }
        char text[32];
        char* p = text;
        const auto two = [&p](int n) {
            *p++ = char('0' + n / 10);
            *p++ = char('0' + n % 10);
        };
        *p++ = '"';
        two(d.year() / 100);
        two(d.year() % 100);
        *p++ = '-';
        two(d.month());
        *p++ = '-';
        two(d.day());
        *p++ = 'T';
        two(t.hour());
        *p++ = ':';
        two(t.minute());
        *p++ = ':';
        two(t.second());
        if (const int ms = t.msec()) {
            *p++ = '.';
            *p++ = char('0' + ms / 100);
            two(ms % 100);
        }
        *p++ = 'Z';
        *p++ = '"';
        out.append(text, p - text);
    }
    void strings(const QStringList& list)
    {
        out.append('[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out.append(',');
            string(list.at(i));
        }
        out.append(']');
    }
    // Any JSON value: strings, booleans, null, whole numbers, and arrays and objects of them
    // here (a SCIM user's "groups" and "schemas"); a fraction or a huge number written by
    // QJsonDocument (as the one element of an array, unwrapped), whose number format is its own.
    void value(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::Null: out.append("null"); return;
        case QJsonValue::Bool: boolean(v.toBool()); return;
        case QJsonValue::String: string(v.toString()); return;
        case QJsonValue::Array: {
            const QJsonArray array = v.toArray();
            out.append('[');
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (i > 0)
                    out.append(',');
                value(array.at(i));
            }
            out.append(']');
            return;
        }
        case QJsonValue::Object: {
            const QJsonObject object = v.toObject();
            out.append('{');
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it != object.begin())
                    out.append(',');
                string(it.key());
                out.append(':');
                value(it.value());
            }
            out.append('}');
            return;
        }
        case QJsonValue::Double: {
            const double d = v.toDouble();
            // The range first: converting a double outside it to an integer is undefined.
            if (d >= -9007199254740992.0 && d <= 9007199254740992.0 && d == double(qint64(d)) && !(d == 0 && std::signbit(d))) {
                out.append(QByteArray::number(qint64(d)));
                return;
            }
            break;
        }
        case QJsonValue::Undefined: break;
        }
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out.append(QByteArrayView(wrapped).sliced(1, wrapped.size() - 2));
    }
};

// The keys User::toJson writes at the top level, in QJsonObject's order (sorted), with the
// writer of each; "roleCollections" is not part of the stored form.
using Member = void (*)(Writer&, const User&);
struct Known
{
    const char* name;
    Member write;
};

const Known kKnown[] = {
    {"active", [](Writer& w, const User& u) { w.boolean(u.active); }},
    {"emails",
     [](Writer& w, const User& u) {
         w.raw("[");
         for (qsizetype i = 0; i < u.emails.size(); ++i) {
             if (i > 0)
                 w.raw(",");
             w.raw("{\"primary\":");
             w.boolean(u.emails.at(i).primary);
             w.raw(",\"value\":");
             w.string(u.emails.at(i).value);
             w.raw("}");
         }
         w.raw("]");
     }},
    {"id", [](Writer& w, const User& u) { w.string(u.id); }},
    {"idpGroups", [](Writer& w, const User& u) { w.strings(u.idpGroups); }},
    {"lastLogonTime",
     [](Writer& w, const User& u) {
         if (u.lastLogonTime.isValid())
             w.isoDate(u.lastLogonTime);
         else
             w.raw("null");
     }},
    {"meta",
     [](Writer& w, const User& u) {
         w.raw("{\"created\":");
         w.isoDate(u.created);
         w.raw(",\"lastModified\":");
         w.isoDate(u.lastModified);
         // meta.version is written as a double: whole numbers of up to 2^53 read as integers.
         if (u.version < -(qint64(1) << 53) || u.version > (qint64(1) << 53))
             w.ok = false;
         w.raw(",\"version\":");
         w.raw(QByteArray::number(u.version));
         w.raw("}");
     }},
    {"name",
     [](Writer& w, const User& u) {
         w.raw("{\"familyName\":");
         w.string(u.familyName);
         w.raw(",\"givenName\":");
         w.string(u.givenName);
         w.raw("}");
     }},
    {"origin", [](Writer& w, const User& u) { w.string(u.origin); }},
    {"userName", [](Writer& w, const User& u) { w.string(u.userName); }},
    {"verified", [](Writer& w, const User& u) { w.boolean(u.verified); }},
    {"zoneId", [](Writer& w, const User& u) { w.string(u.zoneId); }},
};

bool isAscii(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x80; });
}

} // namespace

std::optional<QByteArray> writeStoredAssignment(const Assignment& assignment)
{
    Writer w;
    w.raw("{\"roleCollectionName\":");
    w.string(assignment.roleCollection);
    w.raw(",\"userId\":");
    w.string(assignment.userId);
    w.raw("}");
    if (!w.ok)
        return std::nullopt;
    return std::move(w.out);
}

std::optional<QByteArray> writeStoredUser(const User& user)
{
    // The extra keys the known ones do not hide (mergeExtra keeps the known value), in order.
    std::vector<std::pair<QByteArray, QJsonValue>> extra;
    for (auto it = user.extra.begin(); it != user.extra.end(); ++it) {
        const QString key = it.key();
        if (!isAscii(key) || key.contains(QLatin1Char('"')) || key.contains(QLatin1Char('\\')))
            return std::nullopt;
        const QByteArray name = key.toLatin1();
        const bool known = std::any_of(std::begin(kKnown), std::end(kKnown), [&](const Known& k) { return name == k.name; });
        if (!known && name != "roleCollections")
            extra.emplace_back(name, it.value());
    }
    // QJsonObject keeps its keys sorted; extra's are sorted already, so the two lists merge.
    Writer w;
    w.out.reserve(512);
    w.raw("{");
    std::size_t e = 0;
    for (const Known& k : kKnown) {
        for (; e < extra.size() && extra[e].first < k.name; ++e) {
            w.key(extra[e].first);
            w.value(extra[e].second);
        }
        w.key(k.name);
        k.write(w, user);
    }
    for (; e < extra.size(); ++e) {
        w.key(extra[e].first);
        w.value(extra[e].second);
    }
    w.raw("}");
    if (!w.ok)
        return std::nullopt;
    return std::move(w.out);
}

} // namespace gh
