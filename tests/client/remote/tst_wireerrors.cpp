// Error bodies of SAP's APIs into typed errors, and Retry-After; hostile bodies included.
#include "app/client/remote/WireErrors.h"
#include "app/domain/CoreTranslations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace gh;
using namespace gh::remote;

class TestWireErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesOfEachShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("odata") << QByteArray("{\"error\":{\"code\":\"Not Found\",\"message\":{\"lang\":\"en\",\"value\":\"$select is not supported.\"}}}")
                               << QStringLiteral("$select is not supported.");
        QTest::newRow("odata code only") << QByteArray("{\"error\":{\"code\":\"Conflict\",\"message\":{\"lang\":\"en\",\"value\":null}}}")
                                         << QStringLiteral("Conflict");
        QTest::newRow("odata 403 unwrapped") << QByteArray("{\"code\":\"Forbidden\",\"message\":{\"lang\":\"en\",\"value\":null}}")
                                             << QStringLiteral("Forbidden");
        QTest::newRow("destination") << QByteArray("{\"ErrorMessage\":\"Configuration with the specified name was not found\"}")
                                     << QStringLiteral("Configuration with the specified name was not found");
        QTest::newRow("uaa") << QByteArray("{\"error\":\"insufficient_scope\",\"error_description\":\"You don't have the authorizations required\",\"scope\":\"x\"}")
                             << QStringLiteral("You don't have the authorizations required");
        QTest::newRow("method error") << QByteArray("{\"timestamp\":1,\"status\":405,\"error\":\"Method Not Allowed\",\"message\":\"no POST here\",\"path\":\"/x\"}")
                                      << QStringLiteral("no POST here");
        QTest::newRow("error only") << QByteArray("{\"error\":\"invalid_token\"}") << QStringLiteral("invalid_token");
        QTest::newRow("control characters") << QByteArray("{\"message\":\"line1\\nline2\\u001b[31m\"}")
                                            << QStringLiteral("line1 line2 [31m");
        // A message of control characters only is no message: the next field speaks (found by
        // fuzz_wireerrors: {"ErrorMessage":"<3 NULs>"} gave an empty message).
        QTest::newRow("blank after cleaning") << QByteArray("{\"error\":{\"message\":\"\\u0000\\u0007\",\"code\":\"Not Found\"}}")
                                              << QStringLiteral("Not Found");
    }
    void messagesOfEachShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto m = serverMessage(body);
        QVERIFY(m);
        QCOMPARE(*m, expected);
    }

    void hostileBodiesGiveNoMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("wrong types") << QByteArray("{\"error\":{\"message\":42,\"code\":[]},\"ErrorMessage\":{},\"message\":null}");
        QTest::newRow("truncated") << QByteArray("{\"error\":{\"message\":{\"value\":\"x\"");
        QTest::newRow("huge") << QByteArray("{\"message\":\"" + QByteArray(1024 * 1024, 'a') + "\"}");
        QTest::newRow("deep") << QByteArray(QByteArray(100000, '[') + QByteArray(100000, ']'));
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"message\":\"x\"}", 18);
        QTest::newRow("only NULs") << QByteArray("{\"ErrorMessage\":\"\\u0000\\u0000\\u0000\"}");
    }
    void hostileBodiesGiveNoMessage()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!serverMessage(body));
        const Error e = httpError(500, body, QStringLiteral("GET /x"));
        QCOMPARE(e.kind, Error::Kind::Server);
        QCOMPARE(e.where, QStringLiteral("GET /x"));
        QVERIFY2(e.message.contains(QStringLiteral("HTTP 500 Internal Server Error")), qPrintable(e.message));
        QVERIFY(e.message.size() < 300);
    }

    // Under the German catalogue the sentences Gatehouse writes are German; what SAP said in the
    // body, the status line and the request stay as they came.
    void germanMessagesKeepWhatTheServerSaid()
    {
        QCoreApplication& app = *QCoreApplication::instance();
        QVERIFY(installCoreTranslations(app, QLocale(QLocale::German, QLocale::Germany)));
        const Error empty = httpError(503, QByteArray(), QStringLiteral("GET /sap/rest/authorization/v2/rolecollections"));
        const Error said = httpError(404, "{\"ErrorMessage\":\"Configuration with the specified name was not found\"}",
                                     QStringLiteral("GET /destinations/x"));
        const Error silent = httpError(500, "<html>oops</html>", QStringLiteral("GET /x"));
        for (QTranslator* t : app.findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(empty.toString(), QStringLiteral("GET /sap/rest/authorization/v2/rolecollections: "
                                                  "der Server antwortete HTTP 503 Service Unavailable"));
        QCOMPARE(said.toString(), QStringLiteral("GET /destinations/x: Configuration with the specified name was not found "
                                                 "(HTTP 404 Not Found)"));
        QCOMPARE(silent.message, QStringLiteral("der Server antwortete HTTP 500 Internal Server Error mit einem Inhalt "
                                                "ohne eine Fehlermeldung, wie SAPs APIs sie verwenden"));
        QCOMPARE(Error::kindName(silent.kind), QStringLiteral("server error")); // translator gone again
    }

    void longMessagesAreCut()
    {
        const auto m = serverMessage(QByteArray("{\"message\":\"" + QByteArray(5000, 'b') + "\"}"));
        QVERIFY(m);
        QVERIFY(m->size() <= 501);
    }

    void statusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Error::Kind>("kind");
        QTest::newRow("400") << 400 << Error::Kind::Validation;
        QTest::newRow("401") << 401 << Error::Kind::Authentication;
        QTest::newRow("403") << 403 << Error::Kind::Forbidden;
        QTest::newRow("404") << 404 << Error::Kind::NotFound;
        QTest::newRow("409") << 409 << Error::Kind::Conflict;
        QTest::newRow("412") << 412 << Error::Kind::Conflict;
        QTest::newRow("413") << 413 << Error::Kind::Validation;
        QTest::newRow("429") << 429 << Error::Kind::Server;
        QTest::newRow("501") << 501 << Error::Kind::Server;
        QTest::newRow("503") << 503 << Error::Kind::Server;
    }
    void statusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(Error::Kind, kind);
        const Error e = httpError(status, "{\"ErrorMessage\":\"said so\"}", QStringLiteral("PUT /a"));
        QCOMPARE(e.kind, kind);
        QVERIFY2(e.message.startsWith(QStringLiteral("said so (HTTP %1").arg(status)), qPrintable(e.message));
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 11, 27), QTime(4, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("3", now), std::optional<qint64>(3));
        QCOMPARE(parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
        QCOMPARE(parseRetryAfter("Fri, 27 Nov 2026 04:00:30 GMT", now), std::optional<qint64>(30));
        QCOMPARE(parseRetryAfter("Fri, 27 Nov 2026 03:00:00 GMT", now), std::optional<qint64>(0));
        QVERIFY(!parseRetryAfter("", now));
        QVERIFY(!parseRetryAfter("-5", now));
        QVERIFY(!parseRetryAfter("soon", now));
        QVERIFY(!parseRetryAfter("Fri, 32 Nov 2026 04:00:30 GMT", now));
    }
};

QTEST_GUILESS_MAIN(TestWireErrors)
#include "tst_wireerrors.moc"
