// "Who can…" on a fresh demo tenant: the catalogue's tasks searchable by label and description,
// the users who can perform the picked one with a count line, the answer following an edit, the
// CSV for the auditor, and a double-click asking to show the user.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/Translations.h"
#include "app/domain/Catalogue.h"
#include "models/WhoCanModel.h"
#include "ui/access/AccessIndexSource.h"
#include "ui/access/WhoCanDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace gh;

class TestWhoCanDialog : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
    std::unique_ptr<AccessIndexSource> m_access;
    std::unique_ptr<WhoCanDialog> m_dialog;

    QString userId(const QString& userName) const
    {
        for (const User& u : m_access->index()->users())
            if (u.userName == userName)
                return u.id;
        return {};
    }
    QStringList shownUsers() const
    {
        QStringList out;
        const QAbstractItemModel* m = m_dialog->resultView()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            out.append(m->index(row, WhoCanModel::UserColumn).data().toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_access = std::make_unique<AccessIndexSource>();
        m_access->setWorkspace(&m_demo.workspace());
        m_dialog = std::make_unique<WhoCanDialog>(m_access.get(), &m_prompter);
        m_dialog->show();
        QVERIFY(QTest::qWaitFor([&] { return m_access->index() != nullptr; }, 15000));
    }

    void listsEveryTaskAndFilters()
    {
        QCOMPARE(m_dialog->taskList()->model()->rowCount(),
                 static_cast<int>(Catalogue::builtIn().tasks().size()));
        m_dialog->taskFilter()->setText(QStringLiteral("security material"));
        const int shown = m_dialog->taskList()->model()->rowCount();
        QVERIFY(shown >= 3); // view, deploy, download
        QVERIFY(shown < static_cast<int>(Catalogue::builtIn().tasks().size()));
        for (int row = 0; row < shown; ++row)
            QVERIFY(m_dialog->taskList()->model()->index(row, 0).data().toString().contains(
                QStringLiteral("ecurity material"), Qt::CaseInsensitive));
        m_dialog->taskFilter()->clear();
    }

    void whoCanDeploySecurityMaterial()
    {
        QVERIFY(m_dialog->selectTask(QStringLiteral("deploy-security-material")));
        QCOMPARE(m_dialog->currentTask(), QStringLiteral("deploy-security-material"));
        const int users = m_dialog->resultModel()->userCount();
        QVERIFY(users >= 2);
        QVERIFY2(m_dialog->countLabel()->text().startsWith(
                     QStringLiteral("%1 users can deploy security material").arg(users)),
                 qPrintable(m_dialog->countLabel()->text()));
        QVERIFY(shownUsers().contains(QStringLiteral("anna.becker@contoso.example")));
        QVERIFY(!shownUsers().contains(QStringLiteral("felix.klein@contoso.example")));
    }

    void followsAnEdit()
    {
        const int before = m_dialog->resultModel()->userCount();
        const QString felix = userId(QStringLiteral("felix.klein@contoso.example"));
        QVERIFY(!felix.isEmpty());
        QFuture<Status> applied = m_demo.workspace().apply(
            {Change::created(Assignment{QStringLiteral("PI_Administrator"), felix})},
            QStringLiteral("test"));
        QVERIFY(QTest::qWaitFor([&] { return applied.isFinished(); }, 10000));
        QVERIFY(applied.result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->resultModel()->userCount(), before + 1, 10000);
        QVERIFY(shownUsers().contains(QStringLiteral("felix.klein@contoso.example")));
        QVERIFY(m_dialog->countLabel()->text().startsWith(QString::number(before + 1)));
    }

    void exportsCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("who.csv"));
        m_prompter.saveAnswers = {path};
        auto* button = m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(button);
        button->click();
        QCOMPARE(m_prompter.saveSuggestions.last(),
                 QStringLiteral("who-can-deploy-security-material.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"),
                                                                          Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_dialog->resultModel()->rowCount() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("User,Identity provider")));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("anna.becker@contoso.example")));
    }

    void doubleClickShowsTheUser()
    {
        QSignalSpy activated(m_dialog.get(), &WhoCanDialog::userActivated);
        QTableView* view = m_dialog->resultView();
        QVERIFY(view->model()->rowCount() > 0);
        const QModelIndex first = view->model()->index(0, 0);
        const QPoint at = view->visualRect(first).center();
        // As a real double click arrives: press, release, then the double click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 0); // one click only selects
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 1);
        const QString id = activated.first().first().toString();
        QCOMPARE(id, first.data(EntryKeyRole).toString());
        QCOMPARE(m_access->index()->user(id)->userName, first.data().toString());
    }
};

QTEST_MAIN(TestWhoCanDialog)
#include "tst_whocandialog.moc"
