#pragma once

// A fast reader for the JSON the store writes for a user: compact, ASCII, no escapes, only the
// keys User::toJson writes. Opening 100,000 users through QJsonDocument and JsonReader takes
// about a microsecond a field; this reads the bytes once. Whatever it does not expect (an
// escape, a non-ASCII character, an unknown key, another type or date form) makes it answer
// nullopt, and the caller reads the user the general way, which also reports any problem; when
// it answers, the user is the one User::fromJson reads (tests/domain/tst_storeduser).

#include "app/domain/Types.h"

#include <QByteArrayView>

#include <optional>

namespace gh {

std::optional<User> readStoredUser(QByteArrayView json);

// A page of SCIM's GET /Users (resources, startIndex, totalResults) read the same way, each user
// as User::fromJson reads it from the answer (with "groups" and "schemas" in `extra`): the
// general reader took most of the client's time of a 100,000-user pull. nullopt for anything
// else in the page or in a user (XSUAA's other attributes, escapes, non-ASCII text): the caller
// then reads the page the general way, which also reports what is wrong.
struct ScimUserPage
{
    QList<User> users;
    qint64 startIndex = 1;
    qint64 totalResults = 0;
};
std::optional<ScimUserPage> readScimUserPage(QByteArrayView body);

// Its counterpart: the compact JSON of a user's stored form (User::toJson(JsonStyle::Iso)
// without "roleCollections", as the store keeps it), byte for byte what QJsonDocument writes for
// that object, without building it: for 100,000 pulled users the QJsonObject and its writing
// were most of the pull's own time. Values of `extra` are written by QJsonDocument one by one.
// nullopt for what it does not handle (an extra key that is not ASCII, a control character,
// an unpaired surrogate, a date before year 1 or after 9999); the caller then writes it the
// general way (tests/domain/tst_storeduserwriter compares both).
std::optional<QByteArray> writeStoredUser(const User& user);
// The same for an assignment ({"roleCollectionName", "userId"}): a pull makes one per user.
std::optional<QByteArray> writeStoredAssignment(const Assignment& assignment);

} // namespace gh
