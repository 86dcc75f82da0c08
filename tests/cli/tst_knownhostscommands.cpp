// gatehouse-cli's `knownhosts inspect`, run as a user runs it: on known_hosts files built in the
// test from keys made by ssh-keygen, each --json field checked against `ssh-keygen -lf` of the
// key's .pub file; exit codes 0 (clean), 1 (bad lines, good entries still printed), 2 (usage,
// unreadable file).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

struct Key
{
    QByteArray type;
    QByteArray base64;
    int bits = 0;
    QString fingerprint; // what `ssh-keygen -lf KEY.pub` prints
};

} // namespace

class TestKnownHostsCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Key m_ed, m_rsa, m_ec;
    QByteArray m_hashedLine;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:")); // never a real keychain
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    Run cli(const QStringList& args)
    {
        // No tenant is needed; a data folder of the test's own keeps the user's demo tenant untouched.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QByteArray sshKeygen(const QStringList& args)
    {
        const Run r = run(QStringLiteral("ssh-keygen"), args);
        if (r.code != 0)
            qFatal("ssh-keygen %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.out;
    }

    Key makeKey(const QString& name, const QStringList& typeArgs)
    {
        const QString file = path(name);
        sshKeygen(QStringList{QStringLiteral("-q")} + typeArgs +
                  QStringList{QStringLiteral("-N"), QString(), QStringLiteral("-f"), file});
        QFile pub(file + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            qFatal("no %s.pub", qPrintable(file));
        const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
        const QList<QByteArray> listed = sshKeygen({QStringLiteral("-lf"), file + QStringLiteral(".pub")}).split(' ');
        return {fields.value(0), fields.value(1), listed.value(0).toInt(), QString::fromLatin1(listed.value(1))};
    }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    static QByteArray line(const QByteArray& hosts, const Key& key, const QByteArray& comment = {})
    {
        return hosts + ' ' + key.type + ' ' + key.base64 + (comment.isEmpty() ? QByteArray() : ' ' + comment);
    }

    // The good file: every marker, a port, a hashed host, a comment; lines 1-2 are not entries.
    QByteArray goodText() const
    {
        return "# partners\n\n" + line("sftp.example.com,10.0.0.1", m_ed) + "\n" +
               line("[sftp.example.com]:2222", m_rsa, "port 2222") + "\n" + "@cert-authority " +
               line("*.example.com", m_rsa) + "\n" + "@revoked " + line("old.example.com", m_ec) + "\n" +
               m_hashedLine + "\n";
    }

    static void verifyEntry(const QJsonObject& o, int line, const QString& marker, const QStringList& hosts, const Key& key)
    {
        // Exactly the fields issue 7 names (the objects come in file order: `line` is the table's).
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("FingerprintSha256"), QStringLiteral("Hosts"),
                                        QStringLiteral("KeyType"), QStringLiteral("Marker")}));
        Q_UNUSED(line);
        QCOMPARE(o.value(QStringLiteral("Marker")).toString(), marker);
        QVERIFY(o.value(QStringLiteral("Marker")).isString());
        QStringList actualHosts;
        for (const QJsonValue& h : o.value(QStringLiteral("Hosts")).toArray())
            actualHosts.append(h.toString());
        QCOMPARE(actualHosts, hosts);
        QCOMPARE(o.value(QStringLiteral("KeyType")).toString(), QString::fromLatin1(key.type));
        QCOMPARE(o.value(QStringLiteral("FingerprintSha256")).toString(), key.fingerprint);
    }

    // The entries `knownhosts inspect` reads from a file.
    int kh(const QString& file)
    {
        return int(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("knownhosts"),
                                                QStringLiteral("inspect"), file}).out)
                       .array()
                       .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ed = makeKey(QStringLiteral("ed"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        m_rsa = makeKey(QStringLiteral("rsa"), {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("3072")});
        m_ec = makeKey(QStringLiteral("ec"), {QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("384")});
        QCOMPARE(m_rsa.bits, 3072);
        const QString toHash = writeFile(QStringLiteral("hash_me"), line("hashed.example.com", m_ec) + '\n');
        sshKeygen({QStringLiteral("-H"), QStringLiteral("-f"), toHash});
        QFile hashed(toHash);
        QVERIFY(hashed.open(QIODevice::ReadOnly));
        m_hashedLine = hashed.readAll().trimmed();
        QVERIFY(m_hashedLine.startsWith("|1|"));
    }

    void inspectJsonFieldByField()
    {
        const QString file = writeFile(QStringLiteral("known_hosts"), goodText());
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("knownhosts"), QStringLiteral("inspect"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(r.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 5);
        verifyEntry(array.at(0).toObject(), 3, QString(), {QStringLiteral("sftp.example.com"), QStringLiteral("10.0.0.1")}, m_ed);
        verifyEntry(array.at(1).toObject(), 4, QString(), {QStringLiteral("[sftp.example.com]:2222")}, m_rsa);
        verifyEntry(array.at(2).toObject(), 5, QStringLiteral("@cert-authority"), {QStringLiteral("*.example.com")}, m_rsa);
        verifyEntry(array.at(3).toObject(), 6, QStringLiteral("@revoked"), {QStringLiteral("old.example.com")}, m_ec);
        verifyEntry(array.at(4).toObject(), 7, QString(), {QString::fromLatin1(m_hashedLine.split(' ').at(0))}, m_ec);

        // --json after the file works too (it is a global option).
        const Run after = cli({QStringLiteral("knownhosts"), QStringLiteral("inspect"), file, QStringLiteral("--json")});
        QCOMPARE(after.code, 0);
        QCOMPARE(after.out, r.out);
    }

    void inspectTable()
    {
        const QString file = writeFile(QStringLiteral("known_hosts_table"), goodText());
        const Run r = cli({QStringLiteral("knownhosts"), QStringLiteral("inspect"), file});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6); // header + 5 entries
        QVERIFY(lines.at(0).startsWith("LINE"));
        QVERIFY(lines.at(1).contains("sftp.example.com,10.0.0.1"));
        QVERIFY(lines.at(1).contains(m_ed.fingerprint.toLatin1()));
        QVERIFY(lines.at(3).contains("@cert-authority"));
        QVERIFY(lines.at(3).contains("3072"));
        QVERIFY(lines.at(4).contains("@revoked"));
        QVERIFY(lines.at(5).contains(m_hashedLine.left(20)));
    }

    void badLinesGiveExitOneAndKeepTheGoodEntries()
    {
        QByteArray truncated = QByteArray::fromBase64(m_rsa.base64);
        truncated.chop(40);
        const QByteArray text = line("good.example.com", m_ed) + "\n"                   // 1
                                + "b64.example.com ssh-ed25519 AAAA@@@@\n"              // 2
                                + "type.example.com ssh-rsa " + m_ed.base64 + "\n"       // 3
                                + "nokey.example.com ssh-ed25519\n"                      // 4
                                + "@trusted " + line("m.example.com", m_ed) + "\n"      // 5
                                + "cut.example.com ssh-rsa " + truncated.toBase64() + "\n" // 6
                                + line("good2.example.com", m_ec);                        // 7, no line end
        const QString file = writeFile(QStringLiteral("bad_hosts"), text);
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("knownhosts"), QStringLiteral("inspect"), file});
        QCOMPARE(r.code, 1);
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 2);
        verifyEntry(array.at(0).toObject(), 1, QString(), {QStringLiteral("good.example.com")}, m_ed);
        verifyEntry(array.at(1).toObject(), 7, QString(), {QStringLiteral("good2.example.com")}, m_ec);
        const QList<QByteArray> errors = r.err.trimmed().split('\n');
        QCOMPARE(errors.size(), 5);
        const QList<QPair<int, QByteArray>> expected{{2, "not valid base64"}, {3, "but the line says ssh-rsa"},
                                                     {4, "not followed by a key"}, {5, "unknown marker '@trusted'"},
                                                     {6, "truncated"}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QByteArray prefix = "gatehouse-cli: " + file.toUtf8() + ':' + QByteArray::number(expected.at(i).first) + ": ";
            QVERIFY2(errors.at(i).startsWith(prefix), errors.at(i).constData());
            QVERIFY2(errors.at(i).contains(expected.at(i).second), errors.at(i).constData());
        }

        const Run table = cli({QStringLiteral("knownhosts"), QStringLiteral("inspect"), file});
        QCOMPARE(table.code, 1);
        QCOMPARE(table.out.trimmed().split('\n').size(), 3);
        QCOMPARE(table.err, r.err);
    }

    void crlfFile()
    {
        const QByteArray text = line("a.example.com", m_ed, "windows") + "\r\n" + line("b.example.com", m_rsa) + "\r\n";
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("knownhosts"), QStringLiteral("inspect"),
                           writeFile(QStringLiteral("crlf"), text)});
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 2);
        verifyEntry(array.at(1).toObject(), 2, QString(), {QStringLiteral("b.example.com")}, m_rsa);
    }

    void usageErrors()
    {
        const QString good = writeFile(QStringLiteral("usage_hosts"), goodText());
        const QList<QStringList> cases{
            {QStringLiteral("knownhosts"), QStringLiteral("inspect")},
            {QStringLiteral("knownhosts"), QStringLiteral("inspect"), good, good},
            {QStringLiteral("knownhosts"), QStringLiteral("inspect"), QStringLiteral("--bogus"), good},
            {QStringLiteral("knownhosts"), QStringLiteral("frobnicate")},
            {QStringLiteral("knownhosts"), QStringLiteral("import")},
            {QStringLiteral("knownhosts"), QStringLiteral("inspect"), path(QStringLiteral("does-not-exist"))},
            {QStringLiteral("knownhosts"), QStringLiteral("inspect"), m_dir.path()}, // a folder
        };
        for (const QStringList& args : cases) {
            const Run r = cli(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::number(r.code)));
            QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(r.out.isEmpty());
        }
        const Run missing = cli({QStringLiteral("knownhosts"), QStringLiteral("inspect"), path(QStringLiteral("does-not-exist"))});
        QVERIFY2(missing.err.contains("does-not-exist"), missing.err.constData());
    }

    void emptyFileIsClean()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("knownhosts"), QStringLiteral("inspect"),
                           writeFile(QStringLiteral("empty"), {})});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    }

    // The tenant's known_hosts: import (merged; a bad line refuses the file, naming it and the
    // line), list with ssh-keygen's fingerprints, remove by a hashed host, export read by ssh-keygen.
    void tenantImportListRemoveExport()
    {
        const QString tenant = path(QStringLiteral("kh.ghtenant"));
        QCOMPARE(cli({QStringLiteral("tenant"), QStringLiteral("create"), tenant, QStringLiteral("--demo")}).code, 0);
        const QStringList t{QStringLiteral("--tenant"), tenant};
        // The demo's own four hosts go first: the test counts what it imports.
        const Run seeded = cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("remove"),
                                               QStringLiteral("sftp.ariba.example"), QStringLiteral("[sftp.bank.example]:2222"),
                                               QStringLiteral("edi.partner.example"), QStringLiteral("*.contoso.example")});
        QVERIFY2(seeded.code == 0, seeded.err.constData());
        const Run empty = cli(t + QStringList{QStringLiteral("--json"), QStringLiteral("knownhosts"), QStringLiteral("list")});
        QCOMPARE(empty.code, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);

        const QString bad = writeFile(QStringLiteral("tenant_bad"), line("a.example.com", m_ed) + "\nb.example.com ssh-ed25519 AAAA@@@@\n");
        const Run refused = cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("import"), bad});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QByteArray(bad.toUtf8() + ":2")), refused.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cli(t + QStringList{QStringLiteral("--json"), QStringLiteral("knownhosts"),
                                                             QStringLiteral("list")}).out).array().size(), 0);

        const QString good = writeFile(QStringLiteral("tenant_good"), goodText());
        const Run imported = cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("import"), good});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains("Done: Import known hosts from tenant_good."), imported.out.constData());
        const Run again = cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("import"), good});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("Nothing to import"), again.out.constData());

        const Run listed = cli(t + QStringList{QStringLiteral("--json"), QStringLiteral("knownhosts"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        const QJsonArray hosts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(hosts.size(), 5);
        int hashed = 0;
        for (const QJsonValue& v : hosts) {
            const QJsonObject o = v.toObject();
            const QString type = o.value(QStringLiteral("KeyType")).toString();
            const Key& key = type == QLatin1String("ssh-ed25519") ? m_ed : type == QLatin1String("ssh-rsa") ? m_rsa : m_ec;
            QCOMPARE(o.value(QStringLiteral("FingerprintSha256")).toString(), key.fingerprint);
            hashed += o.value(QStringLiteral("Hashed")).toBool() ? 1 : 0;
        }
        QCOMPARE(hashed, 1);
        const Run table = cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("list")});
        QVERIFY2(table.out.contains("(hashed)"), table.out.constData());

        // hashed.example.com only appears hashed: removing it by name finds that line.
        const Run removed = cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("remove"),
                                                QStringLiteral("hashed.example.com")});
        QCOMPARE(removed.code, 0);
        QVERIFY2(removed.out.contains("remove"), removed.out.constData());
        const Run nobody = cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("remove"),
                                               QStringLiteral("nobody.example.com")});
        QCOMPARE(nobody.code, 1);

        const QString exported = path(QStringLiteral("exported_hosts"));
        QCOMPARE(cli(t + QStringList{QStringLiteral("knownhosts"), QStringLiteral("export"), QStringLiteral("-o"), exported}).code, 0);
        const QByteArray prints = sshKeygen({QStringLiteral("-lf"), exported});
        // ssh-keygen -l lists the lines without a marker: the two plain ones left.
        QCOMPARE(prints.trimmed().split('\n').size(), 2);
        QCOMPARE(kh(exported), 4);
        QVERIFY(prints.contains(m_ed.fingerprint.toLatin1()));
        QVERIFY(prints.contains(m_rsa.fingerprint.toLatin1()));
    }

    void helpNamesTheCommand()
    {
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains("knownhosts inspect FILE"));
        QVERIFY(h.out.contains("good entries"));
    }
};

QTEST_GUILESS_MAIN(TestKnownHostsCommands)
#include "tst_knownhostscommands.moc"
