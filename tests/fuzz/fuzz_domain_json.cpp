// Fuzz target: the JSON readers of the domain types (SAP API payloads, CLI input, stored rows).
//
// The input is parsed with QJsonDocument::fromJson; an object is fed to every type's fromJson()
// (each element of an array likewise, for the first few). A failure must name what and where.
// A success must survive a round trip: fromJson(value.toJson(JsonStyle::Iso)) succeeds too, since
// that is how values are stored in a tenant file and read back.

#include "tests/fuzz/FuzzSupport.h"

#include "app/domain/Destination.h"
#include "app/domain/DestinationCertificate.h"
#include "app/domain/TenantMaterial.h"
#include "app/domain/Types.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

template<class T>
QJsonObject write(const T& value)
{
    if constexpr (std::is_same_v<T, gh::Destination>)
        return value.toJson();
    else
        return value.toJson(gh::JsonStyle::Iso);
}

template<class T>
void roundTrip(const QJsonObject& object, const char* type)
{
    const auto first = T::fromJson(object);
    if (!first) {
        gh::fuzz::requireNamedError(first.error(), type);
        return;
    }
    const QJsonObject written = write(first.value());
    const auto second = T::fromJson(written);
    if (!second)
        gh::fuzz::fail(type, QStringLiteral("fromJson(toJson()) fails: %1\n==== input %2\n==== wrote %3")
                                 .arg(second.error().toString(), compact(object), compact(written)));
}

void everyType(const QJsonObject& object)
{
    roundTrip<gh::User>(object, "User");
    roundTrip<gh::RoleCollection>(object, "RoleCollection");
    roundTrip<gh::Role>(object, "Role");
    roundTrip<gh::RoleTemplate>(object, "RoleTemplate");
    roundTrip<gh::IdentityProvider>(object, "IdentityProvider");
    roundTrip<gh::KeystoreEntry>(object, "KeystoreEntry");
    roundTrip<gh::UserCredential>(object, "UserCredential");
    roundTrip<gh::OAuth2ClientCredential>(object, "OAuth2ClientCredential");
    roundTrip<gh::SecureParameter>(object, "SecureParameter");
    roundTrip<gh::Assignment>(object, "Assignment");
    roundTrip<gh::Destination>(object, "Destination");
    roundTrip<gh::DestinationCertificate>(object, "DestinationCertificate");
    roundTrip<gh::KnownHost>(object, "KnownHost");
    roundTrip<gh::PgpKey>(object, "PgpKey");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(gh::fuzz::bytes(data, size).toByteArray());
    if (document.isObject()) {
        everyType(document.object());
    } else if (document.isArray()) {
        const QJsonArray items = document.array();
        for (qsizetype i = 0; i < items.size() && i < 8; ++i) {
            if (items.at(i).isObject())
                everyType(items.at(i).toObject());
        }
    }
    return 0;
}
