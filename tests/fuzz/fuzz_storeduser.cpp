// Fuzz target: the fast user readers and writer (app/domain/StoredUser), against the general ones.
//
// readStoredUser and readScimUserPage may hand anything over (nullopt), but what they answer must
// be what User::fromJson reads from the same JSON; writeStoredUser, for any user the general
// reader made of the input, must write QJsonDocument's bytes of the stored form when it answers.

#include "tests/fuzz/FuzzSupport.h"

#include "app/domain/StoredUser.h"
#include "app/domain/Types.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

QByteArray stored(const gh::User& u)
{
    QJsonObject json = u.toJson(gh::JsonStyle::Iso);
    json.remove(QStringLiteral("roleCollections"));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void same(const gh::User& fast, const QJsonObject& object, const char* reader)
{
    const auto general = gh::User::fromJson(object);
    if (!general)
        gh::fuzz::fail(reader, QStringLiteral("answered where User::fromJson fails: ") + general.error().toString());
    gh::fuzz::check(fast.toJson(gh::JsonStyle::Iso) == general->toJson(gh::JsonStyle::Iso) &&
                        fast.toJson(gh::JsonStyle::Wire) == general->toJson(gh::JsonStyle::Wire) &&
                        fast.extra == general->extra && fast.roleCollections == general->roleCollections &&
                        fast.lastLogonTime == general->lastLogonTime,
                    reader, QStringLiteral("differs from User::fromJson"));
}

void writer(const QJsonObject& object)
{
    const auto user = gh::User::fromJson(object);
    if (!user)
        return;
    if (const std::optional<QByteArray> fast = gh::writeStoredUser(*user))
        gh::fuzz::check(*fast == stored(*user), "writeStoredUser",
                        QStringLiteral("wrote %1, QJsonDocument %2").arg(QString::fromUtf8(*fast), QString::fromUtf8(stored(*user))));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = gh::fuzz::bytes(data, size).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (const std::optional<gh::User> fast = gh::readStoredUser(input)) {
        gh::fuzz::check(document.isObject(), "readStoredUser", QStringLiteral("answered for what is not a JSON object"));
        same(*fast, document.object(), "readStoredUser");
    }
    if (const std::optional<gh::ScimUserPage> page = gh::readScimUserPage(input)) {
        gh::fuzz::check(document.isObject(), "readScimUserPage", QStringLiteral("answered for what is not a JSON object"));
        const QJsonArray resources = document.object().value(QStringLiteral("resources")).toArray();
        gh::fuzz::check(resources.size() == page->users.size(), "readScimUserPage", QStringLiteral("another number of users"));
        for (qsizetype i = 0; i < resources.size(); ++i)
            same(page->users.at(i), resources.at(i).toObject(), "readScimUserPage");
    }
    if (document.isObject()) {
        writer(document.object());
        for (const QJsonValue& r : document.object().value(QStringLiteral("resources")).toArray())
            writer(r.toObject());
    }
    return 0;
}
