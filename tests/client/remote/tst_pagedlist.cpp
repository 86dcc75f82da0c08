// PagedList (RemoteResources.h), through RemoteTenantClient's SCIM users against a scripted HTTPS
// server: the pages come in order while the next ones are asked for ahead; a page that does not
// decode ends the list with its own error; a page shorter than the one before (a server that
// answers less than asked, as XSUAA may) has the pages guessed after it asked for again, so that
// no user is lost or read twice; a server that says more follow than it has ends at its empty
// page.
#include "ScriptedServer.h"
#include "TransportTestSupport.h"
#include "app/client/remote/RemoteTenantClient.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace gh;
using namespace gh::remote;
using gh::test::await;
using gh::test::why;

class TestPagedList : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC)};

    // SCIM's /Users over users u1…u`total`: `answered(start, count)` is how many users the
    // server puts in the page asked for (at most what is left); `brokenIds` answer without an id;
    // `claimed` is the totalResults it says (`total` unless set).
    struct Scim
    {
        qint64 total = 0;
        std::function<qint64(qint64 start, qint64 count)> answered = [](qint64, qint64 count) { return count; };
        QSet<qint64> brokenIds;
        qint64 claimed = -1;
    };

    static void serve(test::ScriptedServer& server, const Scim& scim)
    {
        server.apiHandler = [scim](const tenantd::HttpRequest& r) {
            const qint64 start = r.query.queryItemValue(QStringLiteral("startIndex")).toLongLong();
            const qint64 count = r.query.queryItemValue(QStringLiteral("count")).toLongLong();
            const qint64 n = std::min(scim.answered(start, count), std::max<qint64>(scim.total - start + 1, 0));
            QJsonArray resources;
            for (qint64 i = start; i < start + n; ++i) {
                QJsonObject u{{QStringLiteral("userName"), QStringLiteral("u%1").arg(i)}, {QStringLiteral("origin"), QStringLiteral("ldap")}};
                if (!scim.brokenIds.contains(i))
                    u.insert(QStringLiteral("id"), QStringLiteral("u%1").arg(i));
                resources.append(u);
            }
            return tenantd::HttpResponse::json(200, QJsonObject{{QStringLiteral("resources"), resources},
                                                                {QStringLiteral("startIndex"), double(start)},
                                                                {QStringLiteral("totalResults"), double(scim.claimed >= 0 ? scim.claimed : scim.total)}});
        };
    }

    std::unique_ptr<RemoteTenantClient> client(const test::ScriptedServer& server, int pageSize)
    {
        TransportConfig c = server.transportConfig();
        RemoteOptions options;
        options.userPageSize = pageSize;
        return std::make_unique<RemoteTenantClient>(QStringLiteral("scripted"), std::make_unique<HttpTransport>(std::move(c), m_clock),
                                                    nullptr, nullptr, options);
    }

    static QStringList idsOf(const QList<User>& users)
    {
        QStringList ids;
        for (const User& u : users)
            ids.append(u.id);
        return ids;
    }

    static QStringList expected(qint64 total)
    {
        QStringList ids;
        for (qint64 i = 1; i <= total; ++i)
            ids.append(QStringLiteral("u%1").arg(i));
        return ids;
    }

    // The startIndex of each /Users request, in the order the server got them.
    static QList<qint64> starts(const test::ScriptedServer& server)
    {
        QList<qint64> out;
        for (const tenantd::HttpRequest& r : server.requests)
            if (r.pathSegments == QStringList{QStringLiteral("Users")})
                out.append(r.query.queryItemValue(QStringLiteral("startIndex")).toLongLong());
        return out;
    }

private Q_SLOTS:
    // Full pages: every page asked for once, none past the end, the users in order.
    void fullPagesAreEachAskedForOnce()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        Scim scim;
        scim.total = 101;
        serve(server, scim);
        auto remote = client(server, 10);
        const auto all = await(remote->users().list());
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(idsOf(*all), expected(101));
        QList<qint64> asked = starts(server);
        std::sort(asked.begin(), asked.end());
        QCOMPARE(asked, (QList<qint64>{1, 11, 21, 31, 41, 51, 61, 71, 81, 91, 101}));
    }

    // The server answers page 2 with 3 users instead of 10: the page guessed after it (from
    // user 21) is not used; the list goes on from user 14, and ends with every user once.
    void aShortPageHasTheGuessesAfterItAskedForAgain()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        Scim scim;
        scim.total = 45;
        scim.answered = [](qint64 start, qint64 count) { return start == 11 ? 3 : count; };
        serve(server, scim);
        auto remote = client(server, 10);
        const auto all = await(remote->users().list());
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(idsOf(*all), expected(45));
        const QList<qint64> asked = starts(server);
        QVERIFY2(asked.contains(21), "the page after the short one was asked for ahead, on the guess");
        QVERIFY2(asked.contains(14), "and asked for again from where the list really was");
        QVERIFY2(asked.size() <= 8, qPrintable(QString::number(asked.size())));
    }

    // Pages of varying size all through (a server paging by bytes): still every user once.
    void pagesOfEverySizeAddUp()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        Scim scim;
        scim.total = 200;
        scim.answered = [](qint64 start, qint64 count) { return std::max<qint64>(1, std::min<qint64>(count, (start * 7) % 13)); };
        serve(server, scim);
        auto remote = client(server, 12);
        const auto all = await(remote->users().list());
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(idsOf(*all), expected(200));
    }

    // A server that says 50 users and has 25 ends the list at its first empty page.
    void aServerClaimingMoreEndsAtItsEmptyPage()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        Scim scim;
        scim.total = 25;
        scim.claimed = 50;
        serve(server, scim);
        auto remote = client(server, 10);
        const auto all = await(remote->users().list());
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(idsOf(*all), expected(25));
        QVERIFY2(starts(server).size() <= 6, qPrintable(QString::number(starts(server).size())));
    }

    // The first user that does not decode is the error: page 1's, not that of page 2 that came
    // meanwhile; no page is asked for beyond the two on their way.
    void aBrokenPageEndsTheListWithItsOwnError()
    {
        test::ScriptedServer server;
        QVERIFY(server.start());
        Scim scim;
        scim.total = 6;
        scim.brokenIds = {2, 3}; // page 1's second user, page 2's first
        serve(server, scim);
        auto remote = client(server, 2);
        const auto failed = await(remote->users().list());
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Error::Kind::MalformedResponse);
        QVERIFY2(failed.error().field.startsWith(QStringLiteral("$.resources[1]")), qPrintable(failed.error().toString()));
        QCOMPARE(failed.error().where, QStringLiteral("GET /Users"));
        QVERIFY2(starts(server).size() <= 3, qPrintable(QString::number(starts(server).size())));
    }
};

QTEST_GUILESS_MAIN(TestPagedList)
#include "tst_pagedlist.moc"
