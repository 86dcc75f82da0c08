// gatehouse-cli's own sentences in German (issue 8): the built binary under LANGUAGE=de and
// LC_ALL=de_DE.UTF-8 on demo tenant files made here. Summary lines ("Erledigt: …"), the step
// description it writes into the journal, the labelled fields of `users show` and `status`
// (aligned to the longer German labels), the diff's lines and count, and the messages it composes
// itself are German, and so are the lower layers' (a plan's summary, an error); with --json the
// step's description and the plan's summary stay English, machine-stable; under C
// the same commands print what they printed before.
#include "DemoTenant.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace gh;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString Anna = QStringLiteral("anna.becker@contoso.example");

} // namespace

class TestGermanCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_a; // a demo tenant, left as it is
    QString m_b; // a copy of it, where the commands change things

    Run cli(const QStringList& args, bool german = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        for (const char* name : {"LANG", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANGUAGE"), german ? QStringLiteral("de") : QStringLiteral("C"));
        env.insert(QStringLiteral("LC_ALL"), german ? QStringLiteral("de_DE.UTF-8") : QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString copyOfA(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        return QFile::copy(m_a, path) ? path : QString();
    }
    static QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("a.ghtenant"));
        const Run created = cli({QStringLiteral("tenant"), QStringLiteral("create"), m_a, QStringLiteral("--demo")});
        QCOMPARE(created.code, 0);
        QCOMPARE(created.out, QStringLiteral("Angelegt: %1\n").arg(QDir::toNativeSeparators(m_a)));
        m_b = copyOfA(QStringLiteral("b.ghtenant"));
        QVERIFY(!m_b.isEmpty());
    }

    // A step: its summary line and its description in German; `status` with German labels.
    void deleteSaysDoneInGerman()
    {
        const Run r = cli({QStringLiteral("--tenant"), m_b, QStringLiteral("users"), QStringLiteral("delete"), Anna});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.endsWith(QStringLiteral("Erledigt: Benutzer '%1' löschen.\n").arg(Anna)), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("Done:")));

        const Run status = cli({QStringLiteral("status"), QStringLiteral("--tenant"), m_b});
        QCOMPARE(status.code, 0);
        const QStringList s = lines(status.out);
        // Labels in German, the values lined up after the longest one.
        QVERIFY2(s.value(0).startsWith(QStringLiteral("Tenant:")), qPrintable(status.out));
        QVERIFY2(s.value(1).startsWith(QStringLiteral("Replikat von:")), qPrintable(status.out));
        QVERIFY2(s.value(1).endsWith(QStringLiteral("- (kein Replikat)")), qPrintable(status.out));
        QVERIFY2(s.value(2).endsWith(QStringLiteral(" nie")), qPrintable(status.out));
        QVERIFY2(s.value(3).startsWith(QStringLiteral("Ausstehende Änderungen: ")), qPrintable(status.out));
        const qsizetype column = s.value(3).indexOf(QLatin1Char(' '), 23) + 1;
        QVERIFY(column > 0);
        QCOMPARE(s.value(0).indexOf(QLatin1Char('/')), column); // the path starts in the value column
        QVERIFY2(s.last().startsWith(QStringLiteral("Konflikte:")), qPrintable(status.out));
    }

    // --json: the description of the same step stays English (and nothing else is translated).
    void jsonStaysEnglish()
    {
        const QString c = copyOfA(QStringLiteral("c.ghtenant"));
        QVERIFY(!c.isEmpty());
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("--tenant"), c, QStringLiteral("users"),
                           QStringLiteral("delete"), Anna});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("Description")).toString(), QStringLiteral("Delete user '%1'").arg(Anna));
    }

    void diffInGerman()
    {
        const Run r = cli({QStringLiteral("diff"), m_a, m_b});
        QCOMPARE(r.code, 1); // they differ: a finding
        const QStringList l = lines(r.out);
        QCOMPARE(l.value(0), QStringLiteral("A: %1").arg(QDir::toNativeSeparators(m_a)));
        QVERIFY2(r.out.contains(QStringLiteral("  (nur in A)\n")), qPrintable(r.out));
        QVERIFY2(l.last().endsWith(QStringLiteral("(- nur in A, + nur in B, ~ abweichend).")), qPrintable(r.out));
        QVERIFY2(l.last().contains(QStringLiteral("Unterschied")), qPrintable(r.out));

        const Run same = cli({QStringLiteral("diff"), m_a, m_a});
        QCOMPARE(same.code, 0);
        QVERIFY2(same.out.endsWith(QStringLiteral("Die Tenants unterscheiden sich nicht.\n")), qPrintable(same.out));
        // And under C, what it always said.
        const Run english = cli({QStringLiteral("diff"), m_a, m_b}, false);
        QVERIFY2(lines(english.out).last().endsWith(QStringLiteral("(- only in A, + only in B, ~ differs).")),
                 qPrintable(english.out));
        QVERIFY(english.out.contains(QStringLiteral("  (only in A)\n")));
    }

    void showInGerman()
    {
        const Run r = cli({QStringLiteral("--tenant"), m_a, QStringLiteral("users"), QStringLiteral("show"), Anna});
        QCOMPARE(r.code, 0);
        const QStringList l = lines(r.out);
        QVERIFY2(l.value(0).startsWith(QStringLiteral("Benutzername:")), qPrintable(r.out));
        QVERIFY2(l.value(0).endsWith(Anna), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\nAktiv:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(" ja\n")), qPrintable(r.out));
        // Every label's value starts in one column.
        const qsizetype column = l.value(0).indexOf(Anna);
        QCOMPARE(l.value(1).indexOf(QLatin1Char(' '), 0) < column, true);
        QVERIFY(!l.value(1).at(column).isSpace());
        QVERIFY(l.value(1).at(column - 1).isSpace());

        const Run english = cli({QStringLiteral("--tenant"), m_a, QStringLiteral("users"), QStringLiteral("show"), Anna},
                                false);
        // Its exit code and standard error first: a full run once saw no output here.
        QVERIFY2(english.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(english.code).arg(english.err)));
        QVERIFY2(english.out.startsWith(QStringLiteral("User name:   %1\nOrigin:      ").arg(Anna)), qPrintable(english.out));
    }

    // The lower layers' sentences (gatehouse-core_de): a plan's summary and an error from the
    // local tenant in German; under --json the plan's summary in the JSON stays English.
    void lowerLayersInGerman()
    {
        const QString file = m_dir.filePath(QStringLiteral("assign.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("UserName,Origin,RoleCollection\n%1,sap.default,PI_Read_Only\n").arg(Anna).toUtf8());
        csv.close();
        const QStringList dryRun{QStringLiteral("--tenant"), m_a, QStringLiteral("users"), QStringLiteral("import-assignments"),
                                 file, QStringLiteral("--dry-run")};
        const Run r = cli(dryRun);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 zuzuordnen")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("to assign")));

        const Run json = cli(QStringList{QStringLiteral("--json")} + dryRun);
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("Summary")).toString(), QStringLiteral("1 to assign"));

        const QString none = m_dir.filePath(QStringLiteral("none.ghtenant"));
        const Run missing = cli({QStringLiteral("--tenant"), none, QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY(missing.code != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("gibt es nicht")), qPrintable(missing.err));
        const Run english = cli({QStringLiteral("--tenant"), none, QStringLiteral("users"), QStringLiteral("list")}, false);
        QVERIFY(english.code != 0);
        QVERIFY2(!english.err.contains(QStringLiteral("gibt es nicht")) && english.err.contains(none), qPrintable(english.err));
    }

    // A message the CLI composes itself.
    void messagesInGerman()
    {
        const Run profiles = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(profiles.code, 0);
        QCOMPARE(profiles.out, QStringLiteral("Keine Profile. Eines hinzufügen mit: gatehouse-cli profile add NAME "
                                              "--service-key FILE\n"));
    }
};

QTEST_MAIN(TestGermanCli)
#include "tst_germancli.moc"
