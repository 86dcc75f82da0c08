// The Destination service of the real gatehouse-tenantd over TLS (trusting only its ca.pem), on
// a fresh demo tenant: reads equal the tenant read through the client layer, writes land in the
// tenant file, secrets are neither returned nor stored, and the read-only client cannot write.
#include "DemoTenant.h"
#include "TenantdDaemon.h"
#include "app/client/local/LocalTenantClient.h"

#include <QDirIterator>
#include <QSslCertificate>

using namespace gh;

namespace {

// JSON written with single quotes, which read better inside C++ strings (moc reads this file
// too, and does not know raw string literals).
QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

} // namespace

class TestTenantdDestinations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tenant;
    test::Daemon m_daemon;
    test::TlsClient m_client;
    QJsonArray m_destinations; // the tenant's, in wire form, before the daemon started
    QList<DestinationCertificate> m_certificates;
    QByteArray m_full;
    QByteArray m_readOnly;

    QString url(const QString& path) const
    {
        return m_daemon.baseUrl() + QStringLiteral("/destination-configuration/v1") + path;
    }
    static QString named(const QString& name)
    {
        return QStringLiteral("/subaccountDestinations/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    }
    test::Reply get(const QString& path, const QByteArray& auth = {})
    {
        return m_client.send("GET", url(path), {}, {{"Authorization", auth.isEmpty() ? m_readOnly : auth}});
    }
    test::Reply write(const QByteArray& method, const QString& path, const QByteArray& body, const QByteArray& auth = {})
    {
        return m_client.send(method, url(path), body, {{"Authorization", auth.isEmpty() ? m_full : auth}});
    }
    static QString errorMessage(const test::Reply& r)
    {
        return r.object().value(QStringLiteral("ErrorMessage")).toString();
    }
    QStringList names(const QJsonArray& array) const
    {
        QStringList out;
        for (const QJsonValue& v : array)
            out.append(v.toObject().value(QStringLiteral("Name")).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tenant = test::createDemoTenant(m_dir);
        QVERIFY(!m_tenant.isEmpty());
        {
            auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant);
            LocalTenantClient client(*tenant);
            auto destinations = client.destinations().list().result();
            QVERIFY(destinations);
            for (const Destination& d : *destinations)
                m_destinations.append(d.toJson());
            auto certificates = client.destinationCertificates().list().result();
            QVERIFY(certificates);
            m_certificates = *certificates;
        }
        QVERIFY(m_destinations.size() > 5);
        QVERIFY(!m_certificates.isEmpty());
        QVERIFY(m_daemon.start(m_tenant, m_dir.filePath(QStringLiteral("keys"))));
        m_client.ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("keys/ca.pem")));
        QCOMPARE(m_client.ca.size(), 1);
        m_full = m_client.bearer(m_daemon, QStringLiteral("full-access"));
        m_readOnly = m_client.bearer(m_daemon, QStringLiteral("read-only"));
        QVERIFY(m_full.size() > 20 && m_readOnly.size() > 20);
    }

    void listEqualsTheTenant()
    {
        const test::Reply r = get(QStringLiteral("/subaccountDestinations"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array(), m_destinations);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    }

    void storedSecretsAreRedacted()
    {
        const test::Reply r = get(named(QStringLiteral("SuccessFactors_OData")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("Password")).toString(), QStringLiteral("<redacted>"));
        QCOMPARE(r.object().value(QStringLiteral("User")).toString(), QStringLiteral("INTEGRATION@contosoT1"));
        // A secret stripped by a cockpit export is told apart from one that is set.
        QCOMPARE(get(named(QStringLiteral("Legacy_PO_SOAP"))).object().value(QStringLiteral("Password")).toString(),
                 QStringLiteral("<removed>"));
    }

    void selectNameGivesNamesOnly()
    {
        const test::Reply r = get(QStringLiteral("/subaccountDestinations?$select=Name"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), m_destinations.size());
        for (const QJsonValue& v : r.array())
            QCOMPARE(v.toObject().keys(), QStringList{QStringLiteral("Name")});
        QCOMPARE(names(r.array()), names(m_destinations));
    }

    void filterByNames()
    {
        const test::Reply r = get(QStringLiteral("/subaccountDestinations?$filter=")
                                  + QString::fromLatin1(QUrl::toPercentEncoding(
                                      QStringLiteral("Name in ('northwind','Graph_API','nope')"))));
        QCOMPARE(r.status, 200);
        QStringList got = names(r.array());
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("Graph_API"), QStringLiteral("northwind")}));
        const test::Reply bad = get(QStringLiteral("/subaccountDestinations?$filter=Type%20eq%20'HTTP'"));
        QCOMPARE(bad.status, 400);
        QVERIFY(errorMessage(bad).contains(QStringLiteral("$filter")));
    }

    void pagesAddUp()
    {
        QStringList seen;
        const qsizetype total = m_destinations.size();
        const qsizetype pages = (total + 4) / 5;
        for (qsizetype page = 1; page <= pages + 1; ++page) {
            const test::Reply r = get(QStringLiteral("/subaccountDestinations?$page=%1&$pageSize=5&$pageCount=true&$entityCount=true").arg(page));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("page-count").toLongLong(), pages);
            QCOMPARE(r.headers.value("entity-count").toLongLong(), total);
            QCOMPARE(r.array().size(), page <= pages ? std::min<qsizetype>(5, total - (page - 1) * 5) : 0);
            seen += names(r.array());
        }
        QCOMPARE(seen, names(m_destinations));
        QVERIFY(!get(QStringLiteral("/subaccountDestinations?$page=1")).headers.contains("page-count"));
        QCOMPARE(get(QStringLiteral("/subaccountDestinations?$page=1")).status, 400);
        QCOMPARE(get(QStringLiteral("/subaccountDestinations?$page=0&$pageSize=5")).status, 400);
        QCOMPARE(get(QStringLiteral("/subaccountDestinations?$page=9223372036854775807&$pageSize=9223372036854775807")).array().size(),
                 0);
    }

    void getOneAndUnknown()
    {
        const QJsonObject first = m_destinations.first().toObject();
        const test::Reply one = get(named(first.value(QStringLiteral("Name")).toString()));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object(), first);
        const test::Reply missing = get(named(QStringLiteral("No_Such_Destination")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object(), (QJsonObject{{QStringLiteral("ErrorMessage"),
                                                 QStringLiteral("Configuration with the specified name was not found")}}));
        QCOMPARE(get(QStringLiteral("/instanceDestinations")).status, 404);
        QVERIFY(!errorMessage(get(QStringLiteral("/nothing"))).isEmpty());
    }

    void withoutTokenIs401InTheServicesShape()
    {
        const test::Reply r = m_client.send("GET", url(QStringLiteral("/subaccountDestinations")));
        QCOMPARE(r.status, 401);
        QVERIFY(!errorMessage(r).isEmpty());
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
    }

    void createOneThenConflict()
    {
        const QByteArray body = q("{'Name':'Sandbox_HTTP','Type':'HTTP','URL':'https://sandbox.example','ProxyType':'Internet',"
                                    "'Authentication':'NoAuthentication','Description':'made over HTTPS','URL.headers.X-Test':'1'}");
        QCOMPARE(write("POST", QStringLiteral("/subaccountDestinations"), body).status, 201);
        const test::Reply got = get(named(QStringLiteral("Sandbox_HTTP")));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(QStringLiteral("Description")).toString(), QStringLiteral("made over HTTPS"));
        QCOMPARE(got.object().value(QStringLiteral("URL.headers.X-Test")).toString(), QStringLiteral("1"));
        const test::Reply again = write("POST", QStringLiteral("/subaccountDestinations"), body);
        QCOMPARE(again.status, 409);
        QVERIFY(errorMessage(again).contains(QStringLiteral("Sandbox_HTTP")));
    }

    void createManyIsAllOrNothing()
    {
        const QByteArray two = q("[{'Name':'Bulk_A','Type':'HTTP','URL':'https://a.example','Authentication':'NoAuthentication'},"
                                   "{'Name':'Bulk_B','Type':'HTTP','URL':'https://b.example','Authentication':'NoAuthentication'}]");
        const test::Reply created = write("POST", QStringLiteral("/subaccountDestinations"), two);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.array().size(), 2);
        QCOMPARE(created.array().at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Bulk_B"));
        QCOMPARE(get(named(QStringLiteral("Bulk_B"))).status, 200);
        // One name taken: nothing of the request is written.
        const QByteArray clash = q("[{'Name':'Bulk_C','Type':'HTTP','URL':'https://c.example','Authentication':'NoAuthentication'},"
                                     "{'Name':'Bulk_A','Type':'HTTP','URL':'https://a.example','Authentication':'NoAuthentication'}]");
        QCOMPARE(write("POST", QStringLiteral("/subaccountDestinations"), clash).status, 409);
        QCOMPARE(get(named(QStringLiteral("Bulk_C"))).status, 404);
    }

    void badBodiesAre400()
    {
        const QString path = QStringLiteral("/subaccountDestinations");
        const test::Reply malformed = write("POST", path, q("{'Name':'x',"));
        QCOMPARE(malformed.status, 400);
        QVERIFY(errorMessage(malformed).contains(QStringLiteral("not valid JSON")));
        QCOMPARE(write("POST", path, "[]").status, 400);
        QCOMPARE(write("POST", path, "[1]").status, 400);
        const test::Reply noType = write("POST", path, q("{'Name':'No_Type','URL':'https://x.example'}"));
        QCOMPARE(noType.status, 400);
        QVERIFY2(errorMessage(noType).contains(QStringLiteral("Type")), noType.body.constData());
        const test::Reply number = write("POST", path, q("{'Name':'Num','Type':'HTTP','URL':'https://x.example','HTML5.Timeout':60000}"));
        QCOMPARE(number.status, 400);
        QVERIFY2(errorMessage(number).contains(QStringLiteral("HTML5.Timeout")), number.body.constData());
        const QByteArray twice = q("[{'Name':'Twice','Type':'HTTP','URL':'https://x.example'},{'Name':'Twice','Type':'HTTP','URL':'https://x.example'}]");
        QCOMPARE(write("POST", path, twice).status, 400);
        QCOMPARE(get(named(QStringLiteral("Twice"))).status, 404);
    }

    void secretValuesAreNeitherReturnedNorStored()
    {
        const QByteArray body = q("{'Name':'Sandbox_Basic','Type':'HTTP','URL':'https://basic.example',"
                                    "'Authentication':'BasicAuthentication','User':'svc','Password':'Hunter2-must-not-persist'}");
        QCOMPARE(write("POST", QStringLiteral("/subaccountDestinations"), body).status, 201);
        const test::Reply got = get(named(QStringLiteral("Sandbox_Basic")));
        QCOMPARE(got.object().value(QStringLiteral("Password")).toString(), QStringLiteral("<redacted>"));
        QVERIFY(!got.body.contains("Hunter2"));
        // Sending back what a read answered keeps the secret set.
        QJsonObject changed = got.object();
        changed.insert(QStringLiteral("User"), QStringLiteral("svc2"));
        QCOMPARE(write("PUT", QStringLiteral("/subaccountDestinations"), QJsonDocument(changed).toJson()).status, 200);
        const QJsonObject after = get(named(QStringLiteral("Sandbox_Basic"))).object();
        QCOMPARE(after.value(QStringLiteral("Password")).toString(), QStringLiteral("<redacted>"));
        QCOMPARE(after.value(QStringLiteral("User")).toString(), QStringLiteral("svc2"));
    }

    void putUpdatesByTheBodysName()
    {
        const QByteArray one = q("{'Name':'Sandbox_HTTP','Type':'HTTP','URL':'https://changed.example','Authentication':'NoAuthentication'}");
        const test::Reply r = write("PUT", QStringLiteral("/subaccountDestinations"), one);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("Count")).toInt(), 1);
        const QJsonObject got = get(named(QStringLiteral("Sandbox_HTTP"))).object();
        QCOMPARE(got.value(QStringLiteral("URL")).toString(), QStringLiteral("https://changed.example"));
        QVERIFY(!got.contains(QStringLiteral("Description"))); // PUT replaces the whole destination

        const QByteArray absent = q("{'Name':'Not_There','Type':'HTTP','URL':'https://x.example'}");
        const test::Reply missing = write("PUT", QStringLiteral("/subaccountDestinations"), absent);
        QCOMPARE(missing.status, 404);
        QVERIFY(errorMessage(missing).startsWith(QStringLiteral("Configuration with the specified name was not found")));
        QCOMPARE(get(named(QStringLiteral("Not_There"))).status, 404);

        const QByteArray both = q("[{'Name':'Bulk_A','Type':'HTTP','URL':'https://a2.example'},"
                                    "{'Name':'Bulk_B','Type':'HTTP','URL':'https://b2.example'}]");
        const test::Reply bulk = write("PUT", QStringLiteral("/subaccountDestinations"), both);
        QCOMPARE(bulk.status, 200);
        QCOMPARE(bulk.array().size(), 2);
        QCOMPARE(get(named(QStringLiteral("Bulk_B"))).object().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://b2.example"));
        QCOMPARE(write("PUT", named(QStringLiteral("Bulk_B")), both).status, 405);
    }

    void deleteOneAndByFilter()
    {
        const test::Reply r = write("DELETE", named(QStringLiteral("Bulk_A")), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("Count")).toInt(), 1);
        QCOMPARE(get(named(QStringLiteral("Bulk_A"))).status, 404);
        const test::Reply again = write("DELETE", named(QStringLiteral("Bulk_A")), {});
        QCOMPARE(again.status, 404);
        QCOMPARE(errorMessage(again), QStringLiteral("Configuration with the specified name was not found"));

        QCOMPARE(write("POST", QStringLiteral("/subaccountDestinations"),
                       q("{'Name':'Doomed','Type':'HTTP','URL':'https://d.example'}")).status, 201);
        const test::Reply bulk = write("DELETE", QStringLiteral("/subaccountDestinations?$filter=")
                                       + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("Name in ('Bulk_B','Doomed','Nope')"))), {});
        QCOMPARE(bulk.status, 200);
        QCOMPARE(bulk.object().value(QStringLiteral("Count")).toInt(), 2);
        QCOMPARE(get(named(QStringLiteral("Doomed"))).status, 404);
        QCOMPARE(write("DELETE", QStringLiteral("/subaccountDestinations"), {}).status, 400); // never "all"
    }

    void readOnlyCannotWrite()
    {
        const test::Reply before = get(QStringLiteral("/subaccountDestinations"));
        const QString first = m_destinations.first().toObject().value(QStringLiteral("Name")).toString();
        const QByteArray body = q("{'Name':'RO_Attempt','Type':'HTTP','URL':'https://x.example'}");
        for (const auto& [method, path] : {std::pair{QByteArray("POST"), QStringLiteral("/subaccountDestinations")},
                                           std::pair{QByteArray("PUT"), QStringLiteral("/subaccountDestinations")},
                                           std::pair{QByteArray("DELETE"), named(first)},
                                           std::pair{QByteArray("POST"), QStringLiteral("/subaccountCertificates")}}) {
            const test::Reply denied = write(method, path, method == "DELETE" ? QByteArray() : body, m_readOnly);
            QCOMPARE(denied.status, 403);
            QVERIFY2(errorMessage(denied).contains(QStringLiteral("destination.write")), denied.body.constData());
        }
        QCOMPARE(get(QStringLiteral("/subaccountDestinations")).array(), before.array());
    }

    void certificatesServePublicContentOnly()
    {
        const test::Reply list = get(QStringLiteral("/subaccountCertificates"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), m_certificates.size());
        bool sawCertificate = false;
        for (const DestinationCertificate& c : std::as_const(m_certificates)) {
            const test::Reply one = get(QStringLiteral("/subaccountCertificates/") + QString::fromLatin1(QUrl::toPercentEncoding(c.name)));
            QCOMPARE(one.status, 200);
            const QJsonObject o = one.object();
            QCOMPARE(o.value(QStringLiteral("Name")).toString(), c.name);
            QCOMPARE(o.value(QStringLiteral("Type")).toString(), c.type);
            QVERIFY(list.array().contains(o));
            if (c.isKeystore()) {
                QVERIFY(!o.contains(QStringLiteral("Content"))); // the file holds a private key
                continue;
            }
            const QByteArray pem = QByteArray::fromBase64(o.value(QStringLiteral("Content")).toString().toLatin1());
            QVERIFY(!pem.contains("PRIVATE KEY"));
            const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
            QCOMPARE(certs.size(), c.certificates().size());
            QCOMPARE(certs.first().toDer(), c.certificates().first().der);
            sawCertificate = true;
        }
        QVERIFY(sawCertificate);
        const test::Reply names = get(QStringLiteral("/subaccountCertificates?$select=Name"));
        QCOMPARE(names.array().first().toObject().keys(), QStringList{QStringLiteral("Name")});
        const test::Reply missing = get(QStringLiteral("/subaccountCertificates/none.pem"));
        QCOMPARE(missing.status, 404);
        QVERIFY(!errorMessage(missing).isEmpty());
        QCOMPARE(write("DELETE", QStringLiteral("/subaccountCertificates/none.pem"), {}).status, 405);
    }

    void etagsGuardWrites()
    {
        const QString path = QStringLiteral("/subaccountDestinations");
        QCOMPARE(write("POST", path, q("{'Name':'Etag_Test','Type':'HTTP','URL':'https://e1.example'}")).status, 201);
        const test::Reply first = get(named(QStringLiteral("Etag_Test")));
        const QByteArray etag = first.headers.value("etag");
        QVERIFY(etag.startsWith('"') && etag.size() == 66); // a quoted SHA-256
        const test::Reply same = m_client.send("GET", url(named(QStringLiteral("Etag_Test"))), {},
                                               {{"Authorization", m_readOnly}, {"If-None-Match", etag}});
        QCOMPARE(same.status, 304);

        const QByteArray change = q("{'Name':'Etag_Test','Type':'HTTP','URL':'https://e2.example'}");
        const test::Reply stale = m_client.send("PUT", url(path), change, {{"Authorization", m_full}, {"If-Match", "\"0\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.headers.value("etag"), etag);
        QCOMPARE(get(named(QStringLiteral("Etag_Test"))).object().value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://e1.example"));
        const test::Reply fresh = m_client.send("PUT", url(path), change, {{"Authorization", m_full}, {"If-Match", etag}});
        QCOMPARE(fresh.status, 200);
        const QByteArray newEtag = fresh.headers.value("etag");
        QVERIFY(!newEtag.isEmpty() && newEtag != etag);
        QCOMPARE(get(named(QStringLiteral("Etag_Test"))).headers.value("etag"), newEtag);
        // The old ETag no longer deletes it; the new one does.
        QCOMPARE(m_client.send("DELETE", url(named(QStringLiteral("Etag_Test"))), {}, {{"Authorization", m_full}, {"If-Match", etag}}).status, 412);
        QCOMPARE(m_client.send("DELETE", url(named(QStringLiteral("Etag_Test"))), {}, {{"Authorization", m_full}, {"If-Match", newEtag}}).status, 200);
    }

    // Last: stops the daemon and reads the tenant file through the client layer.
    void writesLandInTheTenantFile()
    {
        m_daemon.stop();
        {
            auto tenant = LocalTenant::open(m_tenant, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant);
            LocalTenantClient client(*tenant);
            auto changed = client.destinations().get(QStringLiteral("Sandbox_HTTP")).result();
            QVERIFY(changed);
            QCOMPARE(changed->url(), QStringLiteral("https://changed.example"));
            auto basic = client.destinations().get(QStringLiteral("Sandbox_Basic")).result();
            QVERIFY(basic);
            QCOMPARE(basic->secretState(QStringLiteral("Password")), std::optional(Destination::SecretState::Set));
            QCOMPARE(basic->value(QStringLiteral("User")), QStringLiteral("svc2"));
            for (const QString& gone : {QStringLiteral("Bulk_A"), QStringLiteral("Bulk_B"), QStringLiteral("Doomed"),
                                        QStringLiteral("RO_Attempt"), QStringLiteral("Bulk_C")})
                QCOMPARE(client.destinations().get(gone).result().error().kind, Error::Kind::NotFound);
        }
        // The secret sent went nowhere: not into the tenant file, its WAL, nor anything beside it.
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!test::readFile(path).contains("Hunter2-must-not-persist"), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestTenantdDestinations)
#include "tst_tenantd_destinations.moc"
