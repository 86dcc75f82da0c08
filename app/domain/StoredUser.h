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

} // namespace gh
