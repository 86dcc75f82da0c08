// SCIM /Users writes and filters on the real gatehouse-tenantd over TLS (trusting only its
// ca.pem): POST creates (409 for a userName the origin has already, 400 for a bad body, nothing
// changed), PUT and DELETE check If-Match against meta.version (412 with the current ETag), the
// filter parameter finds users by userName, emails.value and origin and answers what it cannot
// read with SCIM's invalidFilter 400, the read-only client gets 403 on every write.
#include "DemoTenant.h"
#include "TenantdDaemon.h"

#include <QSslCertificate>

using namespace gh;

class TestTenantdScimUsers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::Daemon m_daemon;
    test::TlsClient m_client;
    QByteArray m_full;
    QByteArray m_readOnly;

    test::Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {}, const QByteArray& auth = {},
                     const QByteArray& ifMatch = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", auth.isEmpty() ? m_full : auth}};
        if (!ifMatch.isEmpty())
            headers.append({"If-Match", ifMatch});
        return m_client.send(method, m_daemon.baseUrl() + path, body, headers);
    }

    static QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    // The minimal create body of SAP_APIS.md 3.4.
    static QJsonObject newUser(const QString& userName, const QString& email)
    {
        return QJsonObject{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:scim:schemas:core:1.0")}},
                           {QStringLiteral("userName"), userName},
                           {QStringLiteral("origin"), QStringLiteral("sap.default")},
                           {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), email},
                                                                             {QStringLiteral("primary"), true}}}},
                           {QStringLiteral("active"), true}};
    }

    qint64 total(const QString& query = {})
    {
        const test::Reply r = call("GET", QStringLiteral("/Users?count=1") + query);
        return r.status == 200 ? r.object().value(QStringLiteral("totalResults")).toInteger(-1) : -1;
    }

    QStringList filtered(const QString& filter)
    {
        const test::Reply r = call("GET", QStringLiteral("/Users?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        if (r.status != 200)
            return {QStringLiteral("status %1").arg(r.status)};
        QStringList names;
        for (const QJsonValue& v : r.object().value(QStringLiteral("resources")).toArray())
            names.append(v.toObject().value(QStringLiteral("userName")).toString());
        names.sort();
        return names;
    }

    static QByteArray etagOf(const QJsonObject& user)
    {
        return '"' + QByteArray::number(user.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toInteger()) + '"';
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tenant = test::createDemoTenant(m_dir);
        QVERIFY(!tenant.isEmpty());
        QVERIFY(m_daemon.start(tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        m_full = m_client.bearer(m_daemon, QStringLiteral("full-access"));
        m_readOnly = m_client.bearer(m_daemon, QStringLiteral("read-only"));
        QVERIFY(m_full.size() > 20 && m_readOnly.size() > 20);
    }

    void createReadFilterDelete()
    {
        const qint64 before = total();
        QVERIFY(before > 0);
        const test::Reply created = call("POST", QStringLiteral("/Users"), json(newUser(QStringLiteral("scim.new@example.com"),
                                                                                        QStringLiteral("scim.new@example.com"))));
        QCOMPARE(created.status, 201);
        const QJsonObject user = created.object();
        const QString id = user.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(user.value(QStringLiteral("userName")).toString(), QStringLiteral("scim.new@example.com"));
        QCOMPARE(user.value(QStringLiteral("origin")).toString(), QStringLiteral("sap.default"));
        QCOMPARE(user.value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toInteger(-1), 0);
        QCOMPARE(created.headers.value("etag"), QByteArray("\"0\""));
        QCOMPARE(total(), before + 1);

        const test::Reply read = call("GET", QStringLiteral("/Users/") + id, {}, m_readOnly);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object(), user);

        // Filters, as the doc writes them: eq on userName, emails.value and origin, with and/or.
        QCOMPARE(filtered(QStringLiteral("userName eq \"SCIM.NEW@example.com\"")), QStringList{QStringLiteral("scim.new@example.com")});
        QCOMPARE(filtered(QStringLiteral("emails.value eq 'scim.new@example.com'")), QStringList{QStringLiteral("scim.new@example.com")});
        QCOMPARE(filtered(QStringLiteral("userName eq \"scim.new@example.com\" and origin eq \"sap.default\"")),
                 QStringList{QStringLiteral("scim.new@example.com")});
        QCOMPARE(filtered(QStringLiteral("userName eq \"scim.new@example.com\" and origin eq \"other.idp\"")), QStringList{});
        QCOMPARE(filtered(QStringLiteral("userName eq \"nobody\" or (userName sw \"scim.n\" and emails.value co \"new@\")")),
                 QStringList{QStringLiteral("scim.new@example.com")});
        const QStringList sapDefault = filtered(QStringLiteral("origin eq \"sap.default\""));
        QVERIFY(sapDefault.contains(QStringLiteral("scim.new@example.com")));
        const test::Reply page = call("GET", QStringLiteral("/Users?count=1&filter=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("userName pr"))));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object().value(QStringLiteral("totalResults")).toInteger(), before + 1);
        QCOMPARE(page.object().value(QStringLiteral("resources")).toArray().size(), 1);

        // A stale If-Match is a 412 naming the current version; the user is still there.
        const test::Reply stale = call("DELETE", QStringLiteral("/Users/") + id, {}, {}, "\"7\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.headers.value("etag"), QByteArray("\"0\""));
        QCOMPARE(total(), before + 1);
        const test::Reply deleted = call("DELETE", QStringLiteral("/Users/") + id, {}, {}, etagOf(user));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.object().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(call("GET", QStringLiteral("/Users/") + id).status, 404);
        const test::Reply again = call("DELETE", QStringLiteral("/Users/") + id, {}, {}, "*");
        QCOMPARE(again.status, 404);
        QCOMPARE(again.object().value(QStringLiteral("error")).toString(), QStringLiteral("scim_resource_not_found"));
        QCOMPARE(total(), before);
    }

    void duplicatesAndBadBodiesChangeNothing()
    {
        const test::Reply first = call("POST", QStringLiteral("/Users"), json(newUser(QStringLiteral("dup.user"), QStringLiteral("dup@example.com"))));
        QCOMPARE(first.status, 201);
        const qint64 before = total();
        // The same userName in the same origin, in other letters: UAA's 409.
        const test::Reply dup = call("POST", QStringLiteral("/Users"), json(newUser(QStringLiteral("DUP.user"), QStringLiteral("other@example.com"))));
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.object().value(QStringLiteral("error")).toString(), QStringLiteral("scim_resource_already_exists"));
        QVERIFY(dup.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("DUP.user")));
        // The same id is taken too.
        QJsonObject sameId = newUser(QStringLiteral("another.user"), QStringLiteral("another@example.com"));
        sameId.insert(QStringLiteral("id"), first.object().value(QStringLiteral("id")));
        QCOMPARE(call("POST", QStringLiteral("/Users"), json(sameId)).status, 409);

        const test::Reply notJson = call("POST", QStringLiteral("/Users"), "{\"userName\":");
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scim_resource"));
        QJsonObject noName = newUser(QStringLiteral("x"), QStringLiteral("x@example.com"));
        noName.remove(QStringLiteral("userName"));
        const test::Reply missing = call("POST", QStringLiteral("/Users"), json(noName));
        QCOMPARE(missing.status, 400);
        QVERIFY2(missing.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("userName")),
                 qPrintable(QString::fromUtf8(missing.body)));
        const test::Reply badMail = call("POST", QStringLiteral("/Users"), json(newUser(QStringLiteral("bad.mail"), QStringLiteral("not-a-mail"))));
        QCOMPARE(badMail.status, 400);
        QVERIFY(badMail.object().value(QStringLiteral("error_description")).toString().contains(QLatin1String("emails")));
        QCOMPARE(total(), before);
    }

    void putChecksTheVersion()
    {
        const test::Reply created = call("POST", QStringLiteral("/Users"), json(newUser(QStringLiteral("put.user"), QStringLiteral("put@example.com"))));
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QJsonObject changed = created.object();
        changed.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Put")},
                                                           {QStringLiteral("familyName"), QStringLiteral("User")}});
        const test::Reply stale = call("PUT", QStringLiteral("/Users/") + id, json(changed), {}, "\"3\"");
        QCOMPARE(stale.status, 412);
        QCOMPARE(call("GET", QStringLiteral("/Users/") + id).object(), created.object());
        const test::Reply put = call("PUT", QStringLiteral("/Users/") + id, json(changed), {}, "\"0\"");
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(), QStringLiteral("Put"));
        QCOMPARE(put.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(put.headers.value("etag"), QByteArray("\"1\""));
        QCOMPARE(call("PUT", QStringLiteral("/Users/no-such-user"), json(changed)).status, 404);
        QCOMPARE(call("PATCH", QStringLiteral("/Users/") + id, json(changed)).status, 405);
    }

    void unreadableFiltersAreInvalidFilter()
    {
        for (const QString& filter : {QStringLiteral("userName gt \"a\""), QStringLiteral("userName eq"),
                                      QStringLiteral("userName eq \"open"), QStringLiteral("title eq \"x\""),
                                      QStringLiteral("(userName eq \"a\""), QStringLiteral("userName eq \"a\" nand origin pr"),
                                      QString()}) {
            const test::Reply r = call("GET", QStringLiteral("/Users?filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_filter"));
            QCOMPARE(r.object().value(QStringLiteral("scimType")).toString(), QStringLiteral("invalidFilter"));
            QVERIFY2(r.object().value(QStringLiteral("error_description")).toString().startsWith(QLatin1String("Invalid filter expression")),
                     qPrintable(QString::fromUtf8(r.body)));
        }
    }

    void readOnlyCannotWrite()
    {
        const qint64 before = total();
        const test::Reply post = call("POST", QStringLiteral("/Users"), json(newUser(QStringLiteral("ro.user"), QStringLiteral("ro@example.com"))), m_readOnly);
        QCOMPARE(post.status, 403);
        QCOMPARE(post.object().value(QStringLiteral("scope")).toString(), QStringLiteral("xs_user.write"));
        const test::Reply list = call("GET", QStringLiteral("/Users?count=1"));
        const QString someone = list.object().value(QStringLiteral("resources")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!someone.isEmpty());
        QCOMPARE(call("DELETE", QStringLiteral("/Users/") + someone, {}, m_readOnly, "*").status, 403);
        QCOMPARE(call("PUT", QStringLiteral("/Users/") + someone, "{}", m_readOnly).status, 403);
        QCOMPARE(total(), before);
    }
};

QTEST_GUILESS_MAIN(TestTenantdScimUsers)
#include "tst_tenantd_scimusers.moc"
