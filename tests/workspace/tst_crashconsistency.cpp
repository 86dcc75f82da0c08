// Crash consistency of the workspace journal: "an edit shown on screen survives the program being
// killed". A child process (crashconsistency_helper) applies destination edits through
// gh::Workspace and prints "ack <n>" once step n's apply future has finished; this test kills it
// with SIGKILL at random moments, several rounds on the same tenant file (some right after the
// child announced a 151-change step, so in the middle of its transaction), and after each kill
// checks that the file opens healthy (quick_check), that every acknowledged step is there with
// its values and pending in the journal, that at most the one step in flight may be there too
// (whole, never in part), and that undo and redo of the last step work. The store's
// connection is checked for WAL with synchronous=FULL, which is what makes an acknowledged
// commit survive a power loss too (a power cut itself cannot be simulated here).
#include "DemoTenant.h"
#include "app/workspace/Workspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace gh;

namespace {

struct Progress
{
    int lastBegun = 0;
    int lastAck = 0;
};

void readLines(QProcess& p, Progress& progress)
{
    while (p.canReadLine()) {
        const QByteArray line = p.readLine().trimmed();
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        const int n = parts.at(1).toInt();
        if (parts.at(0) == "begin")
            progress.lastBegun = n;
        else if (parts.at(0) == "ack")
            progress.lastAck = n;
    }
}

int stepSize(int step)
{
    return step % 4 == 0 ? 150 : 1;
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{test::fixedNow()};

    // Runs the helper from step `first` and kills it: right after it announces a large step
    // (`midTransaction`), or a random moment after a random acknowledged step. Returns what it
    // had begun and acknowledged by then.
    Progress runAndKill(int first, bool midTransaction)
    {
        // Up to 1,000 steps: far more than a round lasts, the kill comes first.
        QRandomGenerator* random = QRandomGenerator::global();
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(CRASH_HELPER), {m_path, QString::number(first), QStringLiteral("1000")});
        if (!p.waitForStarted(30000))
            return {};
        // Not the first large step: the helper has opened the tenant and committed a few steps.
        const int target = first + 4 + int(random->bounded(12));
        Progress progress;
        while (p.state() == QProcess::Running) {
            p.waitForReadyRead(50);
            readLines(p, progress);
            if (midTransaction && progress.lastBegun >= target && stepSize(progress.lastBegun) > 1 &&
                progress.lastAck < progress.lastBegun)
                break;
            if (!midTransaction && progress.lastAck >= target) {
                QThread::usleep(random->bounded(3000));
                break;
            }
        }
        p.kill(); // SIGKILL
        p.waitForFinished(30000);
        readLines(p, progress); // what it said before it died
        qInfo("round from step %d: killed after %s step %d began, %d acknowledged", first,
              midTransaction ? "large" : "a random moment,", progress.lastBegun, progress.lastAck);
        return progress;
    }

    // The steps whose destinations are stored: step -> how many of its destinations.
    QMap<int, int> storedSteps(Workspace& ws, QString& counter)
    {
        QMap<int, int> out;
        auto list = ws.client().destinations().list().result();
        if (!list)
            return out;
        static const QRegularExpression name(QStringLiteral("^crash_(\\d+)_(\\d+)$"));
        for (const Destination& d : *list) {
            if (d.name() == QLatin1String("crash_counter")) {
                counter = d.description();
                continue;
            }
            const QRegularExpressionMatch m = name.match(d.name());
            if (!m.hasMatch())
                continue;
            const int step = m.captured(1).toInt();
            if (d.description() != QStringLiteral("edit %1").arg(step) ||
                d.url() != QStringLiteral("https://crash.example/%1").arg(step))
                out[-step] += 1; // a wrong value: reported below
            else
                out[step] += 1;
        }
        return out;
    }

    // The file as found after the kill: healthy, in WAL mode.
    void checkFile()
    {
        const QString name = QStringLiteral("crash-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDemoTenant(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    // synchronous is a setting of the connection, not of the file: ask the store's own.
    void theStoreCommitsWithWalAndFullSync()
    {
        auto tenant = LocalTenant::open(m_path, LocalTenant::OpenMode::OpenExisting);
        QVERIFY(tenant.ok());
        const auto pragmas = (*tenant)->run([](TenantStore&) {
            // On the store's thread, the one open connection that may write is the store's.
            QStringList out;
            for (const QString& name : QSqlDatabase::connectionNames()) {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (!db.isOpen() || !db.databaseName().endsWith(QLatin1String("?mode=rw")))
                    continue;
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
                    out.append(q.value(0).toString());
                if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
                    out.append(q.value(0).toString());
            }
            return out;
        }).result();
        QCOMPARE(pragmas, (QStringList{QStringLiteral("wal"), QStringLiteral("2")})); // 2: FULL
    }

    void everyAcknowledgedEditSurvivesSigkill()
    {
        int next = 1;         // the first step of the next round
        bool caughtInFlight = false;
        // Six rounds, and more (up to twelve) until one kill has landed before the step in
        // flight committed: that is the case the journal must survive.
        for (int round = 0; round < 6 || (!caughtInFlight && round < 12); ++round) {
            const Progress progress = runAndKill(next, round % 2 == 0);
            QVERIFY2(progress.lastAck >= next, "the helper acknowledged nothing before it was killed");
            checkFile();

            auto tenant = LocalTenant::open(m_path, LocalTenant::OpenMode::OpenExisting);
            QVERIFY2(tenant.ok(), qPrintable(tenant ? QString() : tenant.error().toString()));
            Workspace ws(*tenant, m_clock);
            QString counter;
            const QMap<int, int> stored = storedSteps(ws, counter);

            // Every acknowledged step, whole and with its values; beyond it at most the step in
            // flight, whole.
            for (int step = 1; step <= progress.lastAck; ++step)
                QVERIFY2(stored.value(step) == stepSize(step), qPrintable(QStringLiteral("step %1: %2 of %3 destinations")
                                                                             .arg(step).arg(stored.value(step)).arg(stepSize(step))));
            const int inFlight = progress.lastAck + 1;
            const bool inFlightStored = stored.contains(inFlight);
            if (inFlightStored)
                QCOMPARE(stored.value(inFlight), stepSize(inFlight));
            else
                caughtInFlight = caughtInFlight || progress.lastBegun == inFlight;
            qInfo("  step %d (in flight) %s", inFlight, inFlightStored ? "had committed" : "left no trace");
            const int last = inFlightStored ? inFlight : progress.lastAck;
            QCOMPARE(stored.lastKey(), last);
            QVERIFY2(stored.firstKey() > 0, "a destination with another step's values");
            QCOMPARE(counter, QString::number(last));

            // Pending in the journal, one step each, and nothing else of this test's.
            auto pending = ws.pendingChanges().result();
            QVERIFY(pending.ok());
            QMap<int, int> journaled;
            for (const JournalEntry& e : *pending) {
                if (e.description.startsWith(QLatin1String("Crash step ")))
                    journaled[e.description.mid(11).toInt()] += 1;
            }
            QCOMPARE(journaled.size(), last);
            for (int step = 1; step <= last; ++step)
                QCOMPARE(journaled.value(step), stepSize(step) + 1);

            // Undo takes the last step back (its destinations and the counter), redo restores it.
            QVERIFY(ws.undo().result().ok());
            QString undoneCounter;
            const QMap<int, int> afterUndo = storedSteps(ws, undoneCounter);
            QVERIFY(!afterUndo.contains(last));
            QCOMPARE(undoneCounter, last == 1 ? QString() : QString::number(last - 1));
            QVERIFY(ws.redo().result().ok());
            QCOMPARE(storedSteps(ws, undoneCounter), stored);
            QCOMPARE(undoneCounter, QString::number(last));
            next = last + 1;
        }
        QVERIFY2(caughtInFlight, "no kill landed in the middle of a step in twelve rounds");
        QVERIFY(next > 12);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
