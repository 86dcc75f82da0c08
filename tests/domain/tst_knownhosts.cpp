// known_hosts parsing and writing, on keys and files made in the test by OpenSSH's ssh-keygen:
// every fingerprint and key size is checked against what `ssh-keygen -l` prints, bad lines are
// reported with their line numbers while the good ones still parse.
#include "app/domain/KnownHosts.h"

#include "app/domain/CoreTranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gh;
using namespace gh::knownhosts;

namespace {

struct Key
{
    QByteArray type;   // as the .pub file names it
    QByteArray base64; // the blob as the .pub file writes it
    int bits = 0;      // what `ssh-keygen -lf KEY.pub` prints
    QString fingerprint;
};

// One line of `ssh-keygen -l` output: "<bits> SHA256:<b64> <comment or host> (<TYPE>)".
struct Listed
{
    int bits = 0;
    QString fingerprint;
};

QList<Listed> parseListing(const QByteArray& output)
{
    QList<Listed> listed;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() >= 2)
            listed.append({fields.at(0).toInt(), QString::fromLatin1(fields.at(1))});
    }
    return listed;
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Key m_ed, m_rsa, m_ec;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray sshKeygen(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("ssh-keygen %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

    Key makeKey(const QString& name, const QStringList& typeArgs)
    {
        const QString file = path(name);
        sshKeygen(QStringList{QStringLiteral("-q")} + typeArgs +
                  QStringList{QStringLiteral("-N"), QString(), QStringLiteral("-C"), name + QStringLiteral("@test"),
                              QStringLiteral("-f"), file});
        QFile pub(file + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            qFatal("no %s.pub", qPrintable(file));
        const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
        const QList<Listed> listed = parseListing(sshKeygen({QStringLiteral("-lf"), file + QStringLiteral(".pub")}));
        return {fields.value(0), fields.value(1), listed.value(0).bits, listed.value(0).fingerprint};
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

    const Key& keyOf(const Entry& entry) const
    {
        const QByteArray b64 = entry.blob.toBase64();
        return b64 == m_ed.base64 ? m_ed : b64 == m_rsa.base64 ? m_rsa : m_ec;
    }

    static Parsed parseOk(const QByteArray& bytes, const QString& source = QStringLiteral("known_hosts"))
    {
        auto parsed = parse(bytes, source);
        if (!parsed)
            qFatal("parse failed: %s", qPrintable(parsed.error().toString()));
        return *parsed;
    }

    static QString problemsText(const Parsed& parsed)
    {
        QStringList lines;
        for (const Error& e : parsed.problems)
            lines.append(e.toString());
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ed = makeKey(QStringLiteral("ed"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        m_rsa = makeKey(QStringLiteral("rsa"), {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("3072")});
        m_ec = makeKey(QStringLiteral("ec"), {QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-b"), QStringLiteral("384")});
        QCOMPARE(m_ed.bits, 256);
        QCOMPARE(m_rsa.bits, 3072);
        QCOMPARE(m_ec.bits, 384);
        QCOMPARE(m_ec.type, QByteArray("ecdsa-sha2-nistp384"));
    }

    void goodFileMatchesSshKeygen()
    {
        // A hashed entry as `ssh-keygen -H` writes it, on a copy of its own.
        const QString toHash = writeFile(QStringLiteral("hash_me"), line("hashed.example.com", m_ed) + '\n');
        sshKeygen({QStringLiteral("-H"), QStringLiteral("-f"), toHash});
        QFile hashedFile(toHash);
        QVERIFY(hashedFile.open(QIODevice::ReadOnly));
        const QByteArray hashedLine = hashedFile.readAll().trimmed();
        QVERIFY2(hashedLine.startsWith("|1|"), hashedLine.constData());

        const QByteArray text = "# made by tst_knownhosts\n"
                                "\n"
                                + line("sftp.example.com,10.0.0.1", m_ed) + "\n"
                                + line("[sftp.example.com]:2222", m_rsa, "partner SFTP, port 2222") + "\n"
                                + line("*.example.com,!bad.example.com,host?.example.org", m_ec) + "\n"
                                + "   # an indented comment\n"
                                + "@cert-authority " + line("*.example.com", m_rsa) + "\n"
                                + "@revoked " + line("old.example.com", m_ec, "revoked in 2026") + "\n"
                                + hashedLine + "\n";
        const QString file = writeFile(QStringLiteral("known_hosts"), text);
        const Parsed parsed = parseOk(text);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(problemsText(parsed)));
        QCOMPARE(parsed.entries.size(), 6);

        const QList<int> lines{3, 4, 5, 7, 8, 9};
        const QList<Marker> markers{Marker::None, Marker::None, Marker::None, Marker::CertAuthority, Marker::Revoked, Marker::None};
        for (qsizetype i = 0; i < parsed.entries.size(); ++i) {
            const Entry& e = parsed.entries.at(i);
            QCOMPARE(e.line, lines.at(i));
            QCOMPARE(e.marker, markers.at(i));
            const Key& key = keyOf(e);
            QCOMPARE(e.keyType, QString::fromLatin1(key.type));
            QCOMPARE(e.fingerprintSha256(), key.fingerprint); // ssh-keygen -lf KEY.pub
            QCOMPARE(e.bits(), key.bits);
        }
        const Entry& first = parsed.entries.at(0);
        QCOMPARE(first.hosts, (QStringList{QStringLiteral("sftp.example.com"), QStringLiteral("10.0.0.1")}));
        QVERIFY(first.comment.isEmpty());
        QCOMPARE(parsed.entries.at(1).hosts, QStringList{QStringLiteral("[sftp.example.com]:2222")});
        QCOMPARE(parsed.entries.at(1).comment, QStringLiteral("partner SFTP, port 2222"));
        QCOMPARE(parsed.entries.at(2).hosts.size(), 3);
        QCOMPARE(parsed.entries.at(2).hosts.at(1), QStringLiteral("!bad.example.com"));
        QCOMPARE(parsed.entries.at(4).comment, QStringLiteral("revoked in 2026"));
        const Entry& hashed = parsed.entries.at(5);
        QCOMPARE(hashed.hosts, QStringList{QString::fromLatin1(hashedLine.split(' ').at(0))});
        QVERIFY(isHashed(hashed.hosts.at(0)));
        QVERIFY(!isHashed(first.hosts.at(0)));

        // `ssh-keygen -l -f known_hosts` lists the entries without a marker, in file order.
        const QList<Listed> listed = parseListing(sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), file}));
        QList<Entry> plain;
        for (const Entry& e : parsed.entries) {
            if (e.marker == Marker::None)
                plain.append(e);
        }
        QCOMPARE(listed.size(), plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i) {
            QCOMPARE(plain.at(i).fingerprintSha256(), listed.at(i).fingerprint);
            QCOMPARE(plain.at(i).bits(), listed.at(i).bits);
        }

        // Written back, the entries read the same and ssh-keygen agrees with the written file.
        const QByteArray written = serialize(parsed.entries);
        const Parsed again = parseOk(written);
        QVERIFY(again.problems.isEmpty());
        QCOMPARE(again.entries.size(), parsed.entries.size());
        for (qsizetype i = 0; i < again.entries.size(); ++i)
            QVERIFY2(again.entries.at(i).sameAs(parsed.entries.at(i)), qPrintable(toLine(parsed.entries.at(i))));
        const QList<Listed> relisted =
            parseListing(sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), writeFile(QStringLiteral("written"), written)}));
        QCOMPARE(relisted.size(), listed.size());
        for (qsizetype i = 0; i < listed.size(); ++i)
            QCOMPARE(relisted.at(i).fingerprint, listed.at(i).fingerprint);
        QCOMPARE(toLine(parsed.entries.at(3)), QStringLiteral("@cert-authority *.example.com ") +
                                                   QString::fromLatin1(m_rsa.type + ' ' + m_rsa.base64));
    }

    void badLinesAreReportedAndGoodOnesKept()
    {
        QByteArray truncated = QByteArray::fromBase64(m_ed.base64);
        truncated.chop(5);
        const QByteArray text = line("good1.example.com", m_ed) + "\n"                                   // 1
                                + "bad64.example.com ssh-ed25519 AAAAC3Nz$$$aC1lZDI1NTE5\n"             // 2
                                + "mismatch.example.com ssh-rsa " + m_ed.base64 + "\n"                  // 3
                                + "nokey.example.com ssh-ed25519\n"                                     // 4
                                + "@trusted " + line("marker.example.com", m_ec) + "\n"                 // 5
                                + "short.example.com ssh-ed25519 " + truncated.toBase64() + "\n"        // 6
                                + line("good2.example.com", m_rsa) + "\n"                               // 7
                                + "onlyhost.example.com\n"                                              // 8
                                + "unknown.example.com ssh-foo " + m_ed.base64 + "\n"                   // 9
                                + "[port.example.com]:99999 " + m_ed.type + ' ' + m_ed.base64 + "\n"    // 10
                                + "old.example.com 1024 35 1234567890\n"                                // 11
                                + "a.example.com,,b.example.com " + m_ed.type + ' ' + m_ed.base64 + "\n" // 12
                                + line("good3.example.com", m_ec, "last") + "\n";                       // 13
        const Parsed parsed = parseOk(text, QStringLiteral("/tmp/known_hosts"));
        QCOMPARE(parsed.entries.size(), 3);
        QCOMPARE(parsed.entries.at(0).line, 1);
        QCOMPARE(parsed.entries.at(1).line, 7);
        QCOMPARE(parsed.entries.at(2).line, 13);
        QCOMPARE(parsed.entries.at(2).comment, QStringLiteral("last"));

        const QList<QPair<int, QString>> expected{
            {2, QStringLiteral("the key is not valid base64")},
            {3, QStringLiteral("the key is a 'ssh-ed25519' key, but the line says ssh-rsa")},
            {4, QStringLiteral("not followed by a key")},
            {5, QStringLiteral("unknown marker '@trusted'")},
            {6, QStringLiteral("the key is truncated")},
            {8, QStringLiteral("not followed by a key type")},
            {9, QStringLiteral("unknown key type 'ssh-foo'")},
            {10, QStringLiteral("no port 1-65535")},
            {11, QStringLiteral("SSH protocol 1")},
            {12, QStringLiteral("an empty host pattern")},
        };
        QCOMPARE(parsed.problems.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Error& e = parsed.problems.at(i);
            QCOMPARE(e.kind, Error::Kind::Validation);
            QCOMPARE(e.where, QStringLiteral("/tmp/known_hosts:%1").arg(expected.at(i).first));
            QVERIFY2(e.message.contains(expected.at(i).second), qPrintable(e.toString()));
        }
        QCOMPARE(parsed.problems.at(0).toString(), QStringLiteral("/tmp/known_hosts:2: the key is not valid base64"));
    }

    void blobProblems()
    {
        // A blob with bytes after the key, and an ECDSA blob claiming another curve's type.
        const QByteArray trailing = QByteArray::fromBase64(m_ed.base64) + "xx";
        const QByteArray ec = QByteArray::fromBase64(m_ec.base64);
        QByteArray otherCurve = ec;
        otherCurve.replace("ecdsa-sha2-nistp384", "ecdsa-sha2-nistp256");
        const QByteArray text = "h ssh-ed25519 " + trailing.toBase64() + "\n" + "h ecdsa-sha2-nistp256 " +
                                otherCurve.toBase64() + "\n" + "h ssh-ed25519 " + QByteArray("AAAA") + "\n" +
                                "|1|abc|def,other.example.com " + m_ed.type + ' ' + m_ed.base64 + "\n";
        const Parsed parsed = parseOk(text);
        QVERIFY(parsed.entries.isEmpty());
        QCOMPARE(parsed.problems.size(), 4);
        QVERIFY2(parsed.problems.at(0).message.contains(QLatin1String("2 bytes of trailing data")), qPrintable(problemsText(parsed)));
        QVERIFY2(parsed.problems.at(1).message.contains(QLatin1String("curve is 'nistp384'")), qPrintable(problemsText(parsed)));
        QVERIFY2(parsed.problems.at(2).message.contains(QLatin1String("truncated")), qPrintable(problemsText(parsed)));
        QVERIFY2(parsed.problems.at(3).message.contains(QLatin1String("hashed")), qPrintable(problemsText(parsed)));
    }

    void certificatesShowTheCertifiedKey()
    {
        // Host certificates signed by a CA made here; ssh-keygen -l shows a certificate by the
        // fingerprint and size of the key it certifies.
        sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                   QStringLiteral("-f"), path(QStringLiteral("ca"))});
        QByteArray text;
        QList<Key> certs;
        for (const QString& name : {QStringLiteral("ec"), QStringLiteral("rsa"), QStringLiteral("ed")}) {
            sshKeygen({QStringLiteral("-q"), QStringLiteral("-s"), path(QStringLiteral("ca")), QStringLiteral("-I"), QStringLiteral("host-id"),
                       QStringLiteral("-h"), QStringLiteral("-n"), QStringLiteral("sftp.example.com"), path(name + QStringLiteral(".pub"))});
            const QString certFile = path(name + QStringLiteral("-cert.pub"));
            QFile pub(certFile);
            QVERIFY(pub.open(QIODevice::ReadOnly));
            const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
            const Listed listed = parseListing(sshKeygen({QStringLiteral("-lf"), certFile})).value(0);
            certs.append({fields.value(0), fields.value(1), listed.bits, listed.fingerprint});
            QVERIFY(certs.last().type.endsWith("-cert-v01@openssh.com"));
            text += line("sftp.example.com", certs.last()) + '\n';
        }
        QCOMPARE(certs.at(0).fingerprint, m_ec.fingerprint);
        QByteArray cut = QByteArray::fromBase64(certs.at(1).base64);
        cut.chop(30); // into the signature
        text += "cut.example.com " + certs.at(1).type + ' ' + cut.toBase64() + '\n';
        const Parsed parsed = parseOk(text);
        QCOMPARE(parsed.entries.size(), 3);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.at(0).where, QStringLiteral("known_hosts:4"));
        QVERIFY(parsed.problems.at(0).message.contains(QLatin1String("truncated")));
        const QList<Listed> listed =
            parseListing(sshKeygen({QStringLiteral("-l"), QStringLiteral("-f"), writeFile(QStringLiteral("certs"), text.left(text.lastIndexOf("cut.")))}));
        QCOMPARE(listed.size(), 3);
        for (qsizetype i = 0; i < certs.size(); ++i) {
            const Entry& e = parsed.entries.at(i);
            QCOMPARE(e.keyType, QString::fromLatin1(certs.at(i).type));
            QCOMPARE(e.fingerprintSha256(), certs.at(i).fingerprint);
            QCOMPARE(e.fingerprintSha256(), listed.at(i).fingerprint);
            QCOMPARE(e.bits(), certs.at(i).bits);
            QCOMPARE(e.bits(), listed.at(i).bits);
        }
    }

    void lastLineWithoutNewline()
    {
        const Parsed parsed = parseOk(line("only.example.com", m_ed, "no newline"));
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.entries.size(), 1);
        QCOMPARE(parsed.entries.at(0).line, 1);
        QCOMPARE(parsed.entries.at(0).comment, QStringLiteral("no newline"));
        QCOMPARE(parsed.entries.at(0).fingerprintSha256(), m_ed.fingerprint);
    }

    void crlfLineEnds()
    {
        const QByteArray text = "# windows\r\n\r\n" + line("a.example.com", m_rsa, "from windows") + "\r\n" +
                                line("b.example.com", m_ec) + "\r\n" + "b.example.com ssh-rsa AAAA!\r\n";
        const Parsed parsed = parseOk(text);
        QCOMPARE(parsed.entries.size(), 2);
        QCOMPARE(parsed.entries.at(0).line, 3);
        QCOMPARE(parsed.entries.at(0).comment, QStringLiteral("from windows"));
        QCOMPARE(parsed.entries.at(1).line, 4);
        QCOMPARE(parsed.entries.at(1).fingerprintSha256(), m_ec.fingerprint);
        QCOMPARE(parsed.entries.at(1).bits(), 384);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.at(0).where, QStringLiteral("known_hosts:5"));
    }

    void controlCharactersAndSize()
    {
        const Parsed parsed = parseOk(QByteArray("a\0b ssh-ed25519 AAAA\n", 21) + line("ok.example.com", m_ed));
        QCOMPARE(parsed.entries.size(), 1);
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY(parsed.problems.at(0).message.contains(QLatin1String("control character")));

        const auto tooLarge = parse(QByteArray(MaxInputSize + 1, '#'), QStringLiteral("big"));
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().where, QStringLiteral("big:1"));

        // Garbage yields a bounded list of problems.
        const Parsed garbage = parseOk(QByteArray("x\n").repeated(2 * MaxProblems));
        QCOMPARE(garbage.problems.size(), MaxProblems + 1);
        QVERIFY(garbage.problems.last().message.contains(QLatin1String("more bad line(s) not listed")));
    }

    // The problems read in the language of the programs (both install the core catalogue): German
    // with its own plural forms, English with the singular the source text lacks.
    void problemsInGermanAndEnglish()
    {
        QCoreApplication& app = *QCoreApplication::instance();
        const auto removeTranslators = [&app] {
            for (QTranslator* t : app.findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        };
        const QByteArray garbage = QByteArray("x\n").repeated(MaxProblems + 1); // one not listed

        QVERIFY(installCoreTranslations(app, QLocale(QLocale::German, QLocale::Germany)));
        Parsed parsed = parseOk(garbage);
        removeTranslators();
        QCOMPARE(parsed.problems.first().toString(),
                 QStringLiteral("known_hosts:1: auf die Hosts folgen kein Schlüsseltyp und kein Schlüssel"));
        QCOMPARE(parsed.problems.last().message, QStringLiteral("und 1 weitere fehlerhafte Zeile nicht aufgeführt"));

        QVERIFY(installCoreTranslations(app, QLocale(QLocale::English, QLocale::UnitedStates)));
        parsed = parseOk(garbage);
        removeTranslators();
        QCOMPARE(parsed.problems.last().message, QStringLiteral("and 1 more bad line not listed"));

        // Without a translator (as in every other test): the English source text.
        parsed = parseOk(garbage);
        QCOMPARE(parsed.problems.first().message, QStringLiteral("the hosts are not followed by a key type and key"));
        QCOMPARE(parsed.problems.last().message, QStringLiteral("and 1 more bad line(s) not listed"));
    }

    void hostPatternsWithTerminalControls()
    {
        // U+009B is a terminal's CSI in some UTF-8 terminals: refused, and never echoed.
        const Parsed parsed = parseOk("h\xC2\x9B" "2J.example.com " + m_ed.type + ' ' + m_ed.base64 + '\n');
        QVERIFY(parsed.entries.isEmpty());
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY(parsed.problems.at(0).message.contains(QLatin1String("'h?2J.example.com'")));
    }

    void blankAndCommentLinesOnly()
    {
        const Parsed parsed = parseOk("\n  \n# nothing\n\t# here\n");
        QVERIFY(parsed.entries.isEmpty());
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parseLine("# c", QStringLiteral("f"), 1).error().kind, Error::Kind::NotFound);
        QCOMPARE(markerText(Marker::None), QString());
        QCOMPARE(markerText(Marker::Revoked), QStringLiteral("@revoked"));
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
