// A user with every field set, for the tests of the user JSON readers and writers.
#pragma once

#include "app/domain/Types.h"

namespace gh::test {

inline User sampleUser()
{
    User u;
    u.id = QStringLiteral("0000013e-94aa-5c9e-86c2-67626ef15d09");
    u.userName = QStringLiteral("anna.becker@contoso.example");
    u.origin = QStringLiteral("contoso-aad");
    u.givenName = QStringLiteral("Anna");
    u.familyName = QStringLiteral("Becker");
    u.emails = {{QStringLiteral("anna.becker@contoso.example"), true}, {QStringLiteral("ab@contoso.example"), false}};
    u.lastLogonTime = QDateTime(QDate(2026, 9, 5), QTime(20, 32, 43, 542), Qt::UTC);
    u.created = QDateTime(QDate(2025, 8, 1), QTime(21, 32, 43), Qt::UTC);
    u.lastModified = QDateTime(QDate(2026, 9, 5), QTime(21, 32, 43, 1), Qt::UTC);
    u.active = false;
    u.verified = true;
    u.zoneId = QStringLiteral("zone-1");
    u.version = 7;
    u.idpGroups = {QStringLiteral("CPI-Admins"), QStringLiteral("All")};
    return u;
}

} // namespace gh::test
