#pragma once

#include <QString>

namespace gh {

// A typed failure that every layer returns instead of throwing. `where` names the place
// (file and line, JSON path, table and key); `field` names the offending field for validation.
struct Error
{
    enum class Kind {
        NotFound,
        Validation,
        Conflict,
        ReadOnly,
        Io,
        CorruptStore,  // a Gatehouse tenant file that is damaged
        ForeignFile,   // a file that is not a Gatehouse tenant at all
        NewerVersion,  // a tenant written by a newer Gatehouse
        Crypto,
        WrongPassword,
        UnsupportedAlgorithm,
        Network,
        Authentication,
        Forbidden,
        Server,
        MalformedResponse,
        Cancelled,
        Internal,
    };

    Kind kind = Kind::Internal;
    QString message;
    QString field;
    QString where;

    static Error notFound(QString what) { return {Kind::NotFound, std::move(what), {}, {}}; }
    static Error validation(QString field, QString message)
    {
        return {Kind::Validation, std::move(message), std::move(field), {}};
    }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message), {}, {}}; }
    static Error make(Kind kind, QString message, QString where = {})
    {
        return {kind, std::move(message), {}, std::move(where)};
    }

    // One line for a person: "<where>: <field>: <message>", leaving out empty parts.
    QString toString() const;
    static QString kindName(Kind kind);
};

} // namespace gh
