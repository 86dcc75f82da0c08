// ChangeDiff: what a journaled change did, in words and property by property, on the stored
// forms the workspace writes (built here from real domain values through storedForm).
#include "app/client/local/Codec.h"
#include "app/workspace/Change.h"
#include "app/workspace/ChangeDiff.h"

#include <QTest>

using namespace gh;
using namespace gh::changes;

namespace {

RoleCollection collection()
{
    RoleCollection rc;
    rc.name = QStringLiteral("Auditors");
    rc.description = QStringLiteral("Read-only audit access");
    rc.roleReferences = {
        RoleReference{QStringLiteral("it!b1"), QStringLiteral("PI_Read_Only"),
                      QStringLiteral("PI_Read_Only"), {}},
        RoleReference{QStringLiteral("it!b1"), QStringLiteral("MonitoringDataRead"),
                      QStringLiteral("MonitoringDataRead"), {}},
    };
    return rc;
}

User user()
{
    User u;
    u.id = QStringLiteral("7f0c2a52-0000-4000-8000-000000000001");
    u.userName = QStringLiteral("anna.schmidt");
    u.origin = QStringLiteral("sap.default");
    u.givenName = QStringLiteral("Anna");
    u.familyName = QStringLiteral("Schmidt");
    return u;
}

} // namespace

class TestChangeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaries()
    {
        const User u = user();
        const Change created = Change::created(u);
        QCOMPARE(summary(created.kind, created.key, created.before, created.after),
                 QStringLiteral("Created user “anna.schmidt”"));
        const Change removed = Change::removed(collection());
        QCOMPARE(summary(removed.kind, removed.key, removed.before, removed.after),
                 QStringLiteral("Deleted role collection “Auditors”"));

        RoleCollection described = collection();
        described.description = QStringLiteral("Audit");
        const Change changed = Change::updated(collection(), described);
        QCOMPARE(summary(changed.kind, changed.key, changed.before, changed.after),
                 QStringLiteral("Changed role collection “Auditors”"));

        // Assignments name their user through the resolver, or by id without one.
        const Change assigned = Change::created(Assignment{QStringLiteral("Auditors"), u.id});
        const auto names = [&](const QString& id) {
            return id == u.id ? u.userName : QString();
        };
        QCOMPARE(summary(assigned.kind, assigned.key, assigned.before, assigned.after, names),
                 QStringLiteral("Assigned “Auditors” to anna.schmidt"));
        QCOMPARE(summary(assigned.kind, assigned.key, assigned.before, assigned.after),
                 QStringLiteral("Assigned “Auditors” to user %1").arg(u.id));
        const Change unassigned = assigned.inverted();
        QCOMPARE(summary(unassigned.kind, unassigned.key, unassigned.before, unassigned.after, names),
                 QStringLiteral("Unassigned “Auditors” from anna.schmidt"));
    }

    void keystoreLabelsNameTheirKeystore()
    {
        KeystoreEntry e;
        e.keystore = QStringLiteral("KeyRenewal");
        e.alias = QStringLiteral("ariba_client");
        e.hexalias = QStringLiteral("61726962615f636c69656e74");
        QCOMPARE(entityLabel(EntityKind::KeystoreEntry, e.key(), storedForm(e)),
                 QStringLiteral("KeyRenewal / ariba_client"));
        e.keystore = QStringLiteral("system");
        QCOMPARE(entityLabel(EntityKind::KeystoreEntry, e.key(), storedForm(e)),
                 QStringLiteral("ariba_client"));
        // Without a name in the stored form, the key.
        QCOMPARE(entityLabel(EntityKind::User, QStringLiteral("id-1"), QJsonObject()),
                 QStringLiteral("id-1"));
    }

    void scalarPropertiesByDottedPath()
    {
        User before = user();
        User after = before;
        after.givenName = QStringLiteral("Anne");
        after.active = false;
        const QList<PropertyDiff> diff = propertyDiff(storedForm(before), storedForm(after));
        QCOMPARE(diff.size(), 2);
        QVERIFY(diff.contains(PropertyDiff{QStringLiteral("active"), QStringLiteral("true"),
                                           QStringLiteral("false")}));
        QVERIFY(diff.contains(PropertyDiff{QStringLiteral("name.givenName"), QStringLiteral("Anna"),
                                           QStringLiteral("Anne")}));
        // The same form against itself: nothing.
        QVERIFY(propertyDiff(storedForm(before), storedForm(before)).isEmpty());
    }

    void listsAreComparedAsSetsOfItems()
    {
        RoleCollection before = collection();
        RoleCollection after = before;
        // A role inserted first and one removed: two rows, not every role shifted.
        after.roleReferences.prepend(RoleReference{QStringLiteral("it!b1"),
                                                   QStringLiteral("PI_Administrator"),
                                                   QStringLiteral("PI_Administrator"), {}});
        after.roleReferences.removeLast();
        const QList<PropertyDiff> diff = propertyDiff(storedForm(before), storedForm(after));
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0), (PropertyDiff{QStringLiteral("roleReferences"),
                                           QStringLiteral("MonitoringDataRead (it!b1)"), {}}));
        QCOMPARE(diff.at(1), (PropertyDiff{QStringLiteral("roleReferences"), {},
                                           QStringLiteral("PI_Administrator (it!b1)")}));
    }

    void createdAndRemovedEntitiesListTheirProperties()
    {
        const QJsonObject form = storedForm(collection());
        const QList<PropertyDiff> created = propertyDiff(std::nullopt, form);
        QVERIFY(created.contains(PropertyDiff{QStringLiteral("name"), {}, QStringLiteral("Auditors")}));
        QVERIFY(created.contains(PropertyDiff{QStringLiteral("roleReferences"), {},
                                              QStringLiteral("PI_Read_Only (it!b1)")}));
        for (const PropertyDiff& d : created)
            QVERIFY2(d.before.isEmpty() && !d.after.isEmpty(), qPrintable(d.property));
        const QList<PropertyDiff> removed = propertyDiff(form, std::nullopt);
        QCOMPARE(removed.size(), created.size());
        QVERIFY(removed.contains(PropertyDiff{QStringLiteral("description"),
                                              QStringLiteral("Read-only audit access"), {}}));
        QVERIFY(propertyDiff(std::nullopt, std::nullopt).isEmpty());
    }

    void propertiesOnlyOneSideHas()
    {
        const QJsonObject before{{QStringLiteral("Name"), QStringLiteral("d")},
                                 {QStringLiteral("Proxy"), QStringLiteral("Internet")}};
        const QJsonObject after{{QStringLiteral("Name"), QStringLiteral("d")},
                                {QStringLiteral("Timeout"), 30},
                                {QStringLiteral("Empty"), QString()}};
        const QList<PropertyDiff> diff = propertyDiff(before, after);
        // The empty property added is no news; the number reads as a whole number.
        QCOMPARE(diff, (QList<PropertyDiff>{
                           {QStringLiteral("Timeout"), {}, QStringLiteral("30")},
                           {QStringLiteral("Proxy"), QStringLiteral("Internet"), {}},
                       }));
    }

    // A destination certificate is named by its file name, and a replaced certificate is one
    // node out and one in, told by subject, expiry and the start of its SHA-256, never its DER.
    void destinationCertificatesByNameAndNode()
    {
        DestinationCertificate c;
        c.name = QStringLiteral("partner.pem");
        DestinationCertificateNode n;
        n.subject = QStringLiteral("CN=partner,O=Partner");
        n.issuer = n.subject;
        n.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        n.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        n.der = QByteArray(300, 'a');
        c.nodes = {n};
        const Change created = Change::created(c);
        QCOMPARE(summary(created.kind, created.key, created.before, created.after),
                 QStringLiteral("Created destination certificate “partner.pem”"));

        DestinationCertificate renewed = c;
        renewed.nodes.first().notAfter = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
        renewed.nodes.first().der = QByteArray(300, 'b');
        const Change changed = Change::updated(c, renewed);
        QCOMPARE(summary(changed.kind, changed.key, changed.before, changed.after),
                 QStringLiteral("Changed destination certificate “partner.pem”"));
        const QList<PropertyDiff> diff = propertyDiff(changed.before, changed.after);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0).property, QStringLiteral("nodes"));
        // The old node out, then the new one in.
        QVERIFY2(diff.at(0).before.contains(QStringLiteral("until 2027-01-01")), qPrintable(diff.at(0).before));
        QVERIFY(diff.at(0).after.isEmpty());
        QVERIFY2(diff.at(1).after.startsWith(QStringLiteral("certificate CN=partner,O=Partner, until 2028-01-01T00:00:00Z (SHA-256 ")),
                 qPrintable(diff.at(1).after));
        for (const PropertyDiff& d : diff)
            QVERIFY(!d.before.contains(QString::fromLatin1(n.der.toBase64().left(40))) && d.after.size() < 120);
    }
};

QTEST_GUILESS_MAIN(TestChangeDiff)
#include "tst_changediff.moc"
