// The Known Hosts pane on a fresh demo tenant, offscreen, through its real actions and
// CommandController: Import… of a known_hosts made here with ssh-keygen (a hashed line shown as
// hashed, fingerprints as ssh-keygen -l prints them), a bad file refused naming file:line,
// Remove with undo, Export… read back, and the details panel.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/KnownHostsModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/Panes.h"
#include "ui/commands/CommandController.h"
#include "ui/details/MaterialDetails.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>

using namespace gh;

namespace {

QByteArray sshKeygen(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("ssh-keygen failed: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestKnownHostsPane : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<EntityPane> m_pane;
    QString m_file;
    QString m_fingerprint; // the Ed25519 key's, from ssh-keygen -l

    KnownHostsModel* model() const { return static_cast<KnownHostsModel*>(m_pane->model()); }
    QAction* action(const char* name) const { return m_pane->findChild<QAction*>(QString::fromLatin1(name)); }
    bool undo()
    {
        QFuture<Status> undone = m_demo.workspace().undo();
        return QTest::qWaitFor([&] { return undone.isFinished(); }, 10000) && undone.result().ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen is not installed");
        QVERIFY(m_dir.isValid());
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        {
            // The demo's own known hosts go: the test counts what it imports.
            const QList<KnownHost> seeded = m_demo.workspace().client().knownHosts().list().result().value();
            QVERIFY(!seeded.isEmpty());
            QList<Change> removals;
            for (const KnownHost& h : seeded)
                removals.append(Change::removed(h));
            QVERIFY(m_demo.workspace().apply(removals, QStringLiteral("clear")).result().ok());
        }
        m_pane.reset(createPane(PaneId::KnownHosts, m_demo.clock(), &m_prompter));
        QVERIFY(m_pane);
        QCOMPARE(paneName(PaneId::KnownHosts), QStringLiteral("known-hosts"));
        QVERIFY(allPanes().contains(PaneId::KnownHosts));
        m_pane->resize(1200, 700);
        m_pane->show();
        m_pane->setWorkspace(&m_demo.workspace());
        QVERIFY(QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); }, 15000));
        QCOMPARE(model()->rowCount(), 0);

        const QString key = m_dir.filePath(QStringLiteral("ed"));
        sshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                   QStringLiteral("-f"), key});
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray publicKey = pub.readAll().trimmed();
        m_fingerprint = QString::fromLatin1(sshKeygen({QStringLiteral("-lf"), key + QStringLiteral(".pub")}).split(' ').value(1));
        const QString hashed = write(m_dir, QStringLiteral("hashed"), "secret.example.com " + publicKey + '\n');
        sshKeygen({QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), hashed});
        QFile h(hashed);
        QVERIFY(h.open(QIODevice::ReadOnly));
        m_file = write(m_dir, QStringLiteral("known_hosts"), "sftp.example.com " + publicKey + "\n" + h.readAll());
    }

    void init() { m_prompter = test::ScriptedPrompter(); }

    void importShowsHashedAndFingerprints()
    {
        m_prompter.fileAnswers = {{m_file}};
        QAction* import = action("importKnownHostsAction");
        QVERIFY(import && import->isEnabled());
        import->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, 10000);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
        QStringList hostTexts;
        for (int row = 0; row < 2; ++row) {
            hostTexts.append(model()->index(row, KnownHostsModel::HostsColumn).data().toString());
            QCOMPARE(model()->index(row, KnownHostsModel::FingerprintColumn).data().toString(), m_fingerprint);
            QCOMPARE(model()->index(row, KnownHostsModel::BitsColumn).data().toString(), QStringLiteral("256"));
        }
        hostTexts.sort();
        QCOMPARE(hostTexts, (QStringList{QStringLiteral("(hashed)"), QStringLiteral("sftp.example.com")}));
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Import known hosts from known_hosts"));
    }

    void detailsShowThePatternAndFingerprint()
    {
        const QString key = model()->index(0, 0).data(EntryKeyRole).toString();
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        QVERIFY(index.isValid());
        m_pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* details = qobject_cast<KnownHostDetails*>(m_pane->details());
        QVERIFY(details);
        QTRY_COMPARE(details->currentKey(), key);
        QStringList texts;
        for (const QLabel* label : details->findChildren<QLabel*>())
            texts.append(label->text());
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(m_fingerprint), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    void badFileIsRefusedNamingTheLine()
    {
        m_prompter.fileAnswers = {{write(m_dir, QStringLiteral("bad"), "ok.example.com ssh-ed25519\n")}};
        action("importKnownHostsAction")->trigger();
        QTRY_COMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(m_dir.filePath(QStringLiteral("bad")) + QStringLiteral(":1")),
                 qPrintable(m_prompter.errors.first()));
        QCOMPARE(model()->rowCount(), 2);
    }

    void removeAndUndo()
    {
        const QString key = model()->index(0, 0).data(EntryKeyRole).toString();
        const QModelIndex index = m_pane->proxy()->indexOf(key);
        m_pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_pane->commands()->updateActions();
        QAction* remove = action("deleteAction");
        QVERIFY(remove && remove->isEnabled());
        m_prompter.answers = {true};
        remove->trigger();
        QTRY_COMPARE(model()->rowCount(), 1);
        QVERIFY(m_prompter.questions.first().startsWith(QStringLiteral("Remove 1 known host\n")));
        QVERIFY(undo());
        QTRY_COMPARE(model()->rowCount(), 2);
    }

    void exportWritesTheFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("exported"));
        m_prompter.saveAnswers = {out};
        action("exportKnownHostsAction")->trigger();
        QTRY_VERIFY(QFile::exists(out));
        const QByteArray prints = sshKeygen({QStringLiteral("-lf"), out});
        QCOMPARE(prints.trimmed().split('\n').size(), 2);
        QVERIFY(prints.contains(m_fingerprint.toLatin1()));
    }

    // Add Line…: a bad line and one the tenant holds are refused in words (nothing changes); a
    // good one is one undoable step.
    void addsOneLineNamingProblems()
    {
        QAction* add = action("addKnownHostAction");
        QVERIFY(add && add->isEnabled());
        const QString edKey = QString::fromLatin1(test::readFile(m_dir.filePath(QStringLiteral("ed.pub")))).trimmed();
        const QString keyPart = edKey.section(QLatin1Char(' '), 0, 1);
        m_prompter.knownHostLines = {QStringLiteral("nokey.example.com ssh-ed25519"),
                                     QStringLiteral("sftp.example.com ") + keyPart};
        add->trigger();
        QTRY_COMPARE(m_prompter.knownHostProblems.size(), 1);
        add->trigger();
        QTRY_COMPARE(m_prompter.knownHostProblems.size(), 2);
        QVERIFY2(m_prompter.knownHostProblems.at(0).startsWith(QLatin1String("Cannot add:")),
                 qPrintable(m_prompter.knownHostProblems.at(0)));
        QVERIFY2(m_prompter.knownHostProblems.at(1).contains(QLatin1String("already")),
                 qPrintable(m_prompter.knownHostProblems.at(1)));
        QCOMPARE(model()->rowCount(), 2);

        m_prompter.knownHostLines = {QStringLiteral("@revoked old.example.com ") + keyPart + QStringLiteral(" retired")};
        add->trigger();
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY2(m_prompter.knownHostProblems.last().contains(m_fingerprint), qPrintable(m_prompter.knownHostProblems.last()));
        QVERIFY(m_prompter.errors.isEmpty());
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Add known host"));
        QVERIFY(undo());
        QTRY_COMPARE(model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestKnownHostsPane)
#include "tst_knownhostspane.moc"
