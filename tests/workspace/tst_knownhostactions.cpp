// Known hosts held by the tenant: a known_hosts file made here with ssh-keygen (keys, a hashed
// line with `ssh-keygen -H`), imported through the Workspace, checked against `ssh-keygen -l`,
// undone and redone; bad lines refuse the whole file naming file:line; add, remove (also by a
// hashed host), export; and these messages in German through the lower layers' catalogue.
#include "DemoTenant.h"
#include "app/client/local/LocalTenantClient.h"
#include "app/domain/CoreTranslations.h"
#include "app/workspace/KnownHostActions.h"
#include "app/workspace/Workspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace gh;
namespace kh = gh::knownhostactions;

namespace {

template<class R>
QByteArray why(const R& r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

QByteArray run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestKnownHostActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<Workspace> m_ws;
    QByteArray m_ed25519; // "ssh-ed25519 AAAA… comment"
    QByteArray m_rsa;

    QList<KnownHost> hosts() { return m_ws->client().knownHosts().list().result().value(); }

    QByteArray publicKey(const QString& type, const QString& name)
    {
        const QString file = m_dir.filePath(name);
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString(),
                                           QStringLiteral("-C"), name, QStringLiteral("-f"), file});
        QFile pub(file + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            qFatal("no public key");
        return pub.readAll().trimmed();
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write");
        return path;
    }

    // `ssh-keygen -l -f FILE`: "256 SHA256:… host (ED25519)" per line.
    QStringList keygenFingerprints(const QString& path)
    {
        QStringList out;
        const QByteArray text = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), path});
        for (const QByteArray& line : text.split('\n'))
            if (!line.isEmpty())
                out.append(QString::fromLatin1(line.split(' ').value(1)));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen is not installed");
        m_template = test::createDemoTenant(m_dir);
        QVERIFY(!m_template.isEmpty());
        {
            // The demo's own KnownHosts go: the tests count what they import.
            auto tenant = LocalTenant::open(m_template, LocalTenant::OpenMode::OpenExisting);
            QVERIFY(tenant.ok());
            LocalTenantClient demo(*tenant);
            const QList<KnownHost> seeded = demo.knownHosts().list().result().value();
            QVERIFY(!seeded.isEmpty());
            for (const KnownHost& s : seeded)
                QVERIFY(demo.knownHosts().remove(s.key()).result().ok());
            QVERIFY(demo.knownHosts().list().result()->isEmpty());
        }
        m_ed25519 = publicKey(QStringLiteral("ed25519"), QStringLiteral("ed"));
        m_rsa = publicKey(QStringLiteral("rsa"), QStringLiteral("rsa"));
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("work.ghtenant"));
        m_ws.reset();
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        auto tenant = LocalTenant::open(path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        m_ws = std::make_unique<Workspace>(*tenant, m_clock);
    }

    void cleanup() { m_ws.reset(); }

    void importsMatchesSshKeygenAndUndoes()
    {
        QCOMPARE(hosts().size(), 0);
        // A hashed line as `ssh-keygen -H` writes it.
        const QString hashedFile = write(QStringLiteral("hashed"), "sftp.partner.example " + m_rsa + '\n');
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), hashedFile});
        QFile hashed(hashedFile);
        QVERIFY(hashed.open(QIODevice::ReadOnly));
        const QByteArray hashedLine = hashed.readAll().trimmed();
        QVERIFY(hashedLine.startsWith("|1|"));

        const QString file = write(QStringLiteral("known_hosts"), "# partners\nsftp.example.com,[10.0.0.5]:2222 " +
                                                                       m_ed25519 + "\n" + hashedLine + "\n");
        auto plan = kh::planImportFile(file, hosts());
        QVERIFY2(plan.ok(), why(plan).constData());
        QCOMPARE(plan->added.size(), 2);
        QVERIFY(m_ws->apply(plan->changes(hosts()), plan->description()).result().ok());

        const QList<KnownHost> held = hosts();
        QCOMPARE(held.size(), 2);
        QStringList ours;
        for (const KnownHost& h : held)
            ours.append(h.fingerprintSha256());
        QStringList theirs = keygenFingerprints(file);
        ours.sort();
        theirs.sort();
        QCOMPARE(ours, theirs);
        bool sawHashed = false;
        for (const KnownHost& h : held) {
            if (h.hashed()) {
                sawHashed = true;
                QCOMPARE(h.keyType, QStringLiteral("ssh-rsa"));
                QCOMPARE(h.bits(), 3072);
            } else {
                QCOMPARE(h.hosts, (QStringList{QStringLiteral("sftp.example.com"), QStringLiteral("[10.0.0.5]:2222")}));
                QCOMPARE(h.bits(), 256);
            }
        }
        QVERIFY(sawHashed);

        // Importing again changes nothing.
        auto again = kh::planImportFile(file, hosts());
        QVERIFY(again.ok());
        QVERIFY(!again->hasChanges());
        QCOMPARE(again->unchanged.size(), 2);

        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(hosts().size(), 0);
        QVERIFY(m_ws->redo().result().ok());
        QCOMPARE(hosts().size(), 2);

        // Removing by a host name finds the hashed line too.
        auto removal = kh::removal(hosts(), {QStringLiteral("sftp.partner.example")});
        QVERIFY2(removal.ok(), why(removal).constData());
        QCOMPARE(removal->size(), 1);
        QVERIFY(m_ws->apply(*removal, QStringLiteral("Remove")).result().ok());
        QCOMPARE(hosts().size(), 1);
        QVERIFY(!hosts().first().hashed());
        QVERIFY(m_ws->undo().result().ok());
        QCOMPARE(hosts().size(), 2);

        // The export reads back to the same entries, and ssh-keygen reads it.
        const QString exported = write(QStringLiteral("exported"), kh::exportFile(hosts()));
        auto back = kh::planImportFile(exported, {});
        QVERIFY(back.ok());
        QCOMPARE(back->added.size(), 2);
        QStringList exportedPrints = keygenFingerprints(exported);
        exportedPrints.sort();
        QCOMPARE(exportedPrints, theirs);
    }

    void badLineRefusesTheFileNamingIt()
    {
        const QString file = write(QStringLiteral("bad_hosts"), "a.example " + m_ed25519 + "\n\nb.example ssh-ed25519 "
                                                                   "not*base64\n");
        auto plan = kh::planImportFile(file, hosts());
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Validation);
        QCOMPARE(plan.error().where, file + QStringLiteral(":3"));
        QVERIFY2(plan.error().message.contains(QStringLiteral("nothing was imported")), why(plan).constData());
        QCOMPARE(hosts().size(), 0);

        auto empty = kh::planImport("# only a comment\n", QStringLiteral("empty_hosts"), {});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().where, QStringLiteral("empty_hosts"));
    }

    // The lower layers' catalogue (gh::installCoreTranslations) end to end: a plan summary, an
    // error's toString() and a plural form in German; the English file's plural forms after it.
    void messagesInGermanThroughTheCoreCatalogue()
    {
        auto removeTranslators = [] {
            for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        };
        QVERIFY(installCoreTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        const QString file = write(QStringLiteral("two_hosts"), "a.example " + m_ed25519 + "\nb.example " + m_rsa + "\n");
        auto plan = kh::planImportFile(file, hosts());
        QVERIFY2(plan.ok(), why(plan).constData());
        const QString summary = plan->summary();
        const QString description = plan->description();
        auto empty = kh::planImport("# only a comment\n", QStringLiteral("empty_hosts"), {});
        const QString emptyText = empty.ok() ? QString() : empty.error().toString();
        const QString bad = write(QStringLiteral("three_bad"), "a b\nc d\ne f\n");
        auto threeBad = kh::planImportFile(bad, {});
        const QString threeBadText = threeBad.ok() ? QString() : threeBad.error().message;
        removeTranslators();

        QCOMPARE(summary, QStringLiteral("2 hinzuzufügen, 0 aktualisiert, 0 unverändert"));
        QCOMPARE(description, QStringLiteral("Bekannte Hosts aus two_hosts importieren"));
        QCOMPARE(emptyText, QStringLiteral("empty_hosts: enthält keine known_hosts-Zeilen"));
        QVERIFY2(threeBadText.endsWith(QStringLiteral(" (und 2 weitere fehlerhafte Zeilen; nichts wurde importiert)")),
                 qPrintable(threeBadText));
        // Without a translator the source text; with the English file its plural forms.
        QCOMPARE(kh::planImportFile(file, hosts())->summary(), QStringLiteral("2 to add, 0 updated, 0 unchanged"));
        QVERIFY(installCoreTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
        auto english = kh::planImportFile(bad, {});
        removeTranslators();
        QVERIFY(!english.ok());
        QVERIFY2(english.error().message.endsWith(QStringLiteral(" (and 2 more bad lines; nothing was imported)")),
                 why(english).constData());
    }

    void addsOneLineAndRefusesDuplicatesAndNonsense()
    {
        auto change = kh::addLine(QStringLiteral("@cert-authority *.example.com ") + QString::fromLatin1(m_ed25519), hosts());
        QVERIFY2(change.ok(), why(change).constData());
        QVERIFY(m_ws->apply({*change}, QStringLiteral("Add known host")).result().ok());
        const QList<KnownHost> held = hosts();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().marker, knownhosts::Marker::CertAuthority);
        QVERIFY(held.first().key().startsWith(QStringLiteral("@cert-authority *.example.com ssh-ed25519 SHA256:")));

        auto duplicate = kh::addLine(QStringLiteral("@cert-authority *.example.com ") + QString::fromLatin1(m_ed25519), held);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, Error::Kind::Conflict);
        auto nonsense = kh::addLine(QStringLiteral("host ssh-ed25519"), held);
        QVERIFY(!nonsense.ok());
        QCOMPARE(nonsense.error().kind, Error::Kind::Validation);
        auto missing = kh::removal(held, {QStringLiteral("nobody.example")});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void storedFormIsCheckedOnRead()
    {
        // A stored line whose key does not match its type is refused, naming the field.
        const QJsonObject bad{{QStringLiteral("Hosts"), QJsonArray{QStringLiteral("h")}},
                              {QStringLiteral("KeyType"), QStringLiteral("ssh-rsa")},
                              {QStringLiteral("Key"), QString::fromLatin1(m_ed25519.split(' ').value(1))}};
        auto read = KnownHost::fromJson(bad);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Validation);
        const Status applied = m_ws->apply({Change{EntityKind::KnownHost, QStringLiteral("h"), std::nullopt, bad}},
                                           QStringLiteral("bad"))
                                   .result();
        QVERIFY(!applied.ok());
        QCOMPARE(hosts().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKnownHostActions)
#include "tst_knownhostactions.moc"
