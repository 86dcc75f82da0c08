#pragma once

// Small helpers shared by the crypto tests (header-only; each test is its own executable).

#include "app/crypto/CertificateBuilder.h"
#include "app/crypto/PrivateKey.h"

#include <QDateTime>
#include <QTest>

#include <openssl/err.h>

// Declares `var` from a gh::Result expression, failing the current test (with the error text)
// if the result is an error. Only for test functions returning void.
#define GH_TRY(var, expr)                                                                          \
    auto var##_result = (expr);                                                                    \
    QVERIFY2(var##_result.ok(),                                                                    \
             var##_result.ok() ? "" : qPrintable(var##_result.error().toString()));                \
    auto var = std::move(var##_result).value()

// The failure-path contract of the crypto layer: nothing is left on OpenSSL's error queue.
#define GH_VERIFY_ERROR_QUEUE_EMPTY()                                                              \
    QVERIFY2(ERR_peek_error() == 0, ERR_reason_error_string(ERR_peek_error()))

namespace gh::crypto::test {

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

// A spec with fixed dates (2020..2040) so that tests do not depend on today's date.
inline CertificateSpec spec(const QString& subject, bool isCa = false)
{
    CertificateSpec result;
    auto dn = DistinguishedName::parse(subject);
    if (dn.ok())
        result.subject = dn.value();
    result.notBefore = utc(2020, 1, 1);
    result.notAfter = utc(2040, 1, 1);
    result.isCa = isCa;
    return result;
}

} // namespace gh::crypto::test
