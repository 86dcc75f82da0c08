// The assignment matrix window on a fresh demo tenant: the search field filters users, selected
// cells toggle together with Space as one undoable step (assign when any is unassigned, then
// unassign), and cells held through a group stay as the mapping says.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/AssignmentMatrixModel.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/access/AssignmentMatrixView.h"

#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QTableView>

using namespace gh;

class TestAssignmentMatrixView : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<AssignmentMatrixView> m_view;

    AssignmentMatrixModel* model() const { return m_view->model(); }
    int rowOf(const QString& userName) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, AssignmentMatrixModel::UserColumn).data().toString() == userName)
                return row;
        return -1;
    }
    // The cell as the view shows it (through the proxy).
    QModelIndex shownCell(const QString& userName, const QString& collection) const
    {
        const int row = rowOf(userName);
        const int column = model()->columnOf(collection);
        if (row < 0 || column < 0)
            return {};
        return m_view->viewIndex(model()->index(row, column));
    }
    bool direct(const QString& userName, const QString& collection) const
    {
        return model()->isDirect(rowOf(userName), model()->columnOf(collection));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English));
        QVERIFY(m_demo.open());
        m_view = std::make_unique<AssignmentMatrixView>(m_demo.clock(), &m_prompter);
        m_view->show();
        QVERIFY(test::loadInto(*model(), m_demo.workspace()));
        QVERIFY(model()->collectionCount() > 5);
        const auto* count = m_view->findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QStringLiteral("%1 users").arg(model()->userCount())),
                 qPrintable(count->text()));
    }

    void searchFiltersUsers()
    {
        m_view->searchField()->setText(QStringLiteral("origin:contoso-aad"));
        const int shown = m_view->proxy()->rowCount();
        QVERIFY(shown > 0);
        QVERIFY(shown < model()->rowCount());
        for (int row = 0; row < shown; ++row)
            QCOMPARE(m_view->proxy()
                         ->index(row, AssignmentMatrixModel::IdentityProviderColumn)
                         .data()
                         .toString(),
                     QStringLiteral("contoso-aad"));
        m_view->searchField()->clear();
        QCOMPARE(m_view->proxy()->rowCount(), model()->rowCount());
    }

    void revealsACollectionOrACell()
    {
        m_view->resize(500, 300); // narrower than the collections: the column must be scrolled to
        const QString last = model()->headerData(model()->columnCount() - 1, Qt::Horizontal).toString();
        const int column = model()->columnOf(last);
        QVERIFY(column > AssignmentMatrixModel::FirstCollectionColumn);
        m_view->reveal(QString(), last);
        QCOMPARE(m_view->view()->currentIndex().column(), m_view->viewIndex(model()->index(0, column)).column());
        const QRect shown = m_view->view()->visualRect(m_view->view()->currentIndex());
        QVERIFY2(m_view->view()->viewport()->rect().intersects(shown), "the column is not scrolled into view");

        // A user and a collection: that very cell.
        const QModelIndex cell = shownCell(QStringLiteral("felix.klein@contoso.example"), last);
        QVERIFY(cell.isValid());
        const QString id = model()->index(rowOf(QStringLiteral("felix.klein@contoso.example")), 0).data(EntryKeyRole).toString();
        m_view->reveal(id, last);
        QCOMPARE(m_view->view()->currentIndex(), cell);
        // Unknown names change nothing.
        m_view->reveal(QStringLiteral("nobody"), QString());
        QCOMPARE(m_view->view()->currentIndex(), cell);
        m_view->resize(1200, 700);
    }

    void spaceTogglesSelectedCellsAsOneStep()
    {
        const QString felix = QStringLiteral("felix.klein@contoso.example");
        const QString clara = QStringLiteral("clara.wagner@contoso.example");
        const QString rc = QStringLiteral("PI_Read_Only");
        QVERIFY(!direct(felix, rc));
        QVERIFY(direct(clara, rc)); // one of the two is assigned already
        const QModelIndex a = shownCell(felix, rc);
        const QModelIndex b = shownCell(clara, rc);
        QVERIFY(a.isValid() && b.isValid());
        QItemSelection selection;
        selection.select(a, a);
        selection.select(b, b);
        m_view->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_view->view()->setFocus();
        const qint64 before = m_demo.workspace().state().pendingCount;
        QTest::keyClick(m_view->view(), Qt::Key_Space);
        // Any unassigned: all get assigned (only Felix changes).
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.workspace().state().pendingCount, before + 1, 10000);
        QVERIFY(direct(felix, rc));
        QVERIFY(direct(clara, rc));
        // The model reloads after a step: look the cell up again (a QModelIndex does not survive
        // a reset; reading the old one read freed proxy mappings, now and then).
        QTRY_COMPARE(shownCell(felix, rc).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // All assigned now: Space unassigns both, in one step.
        QTest::keyClick(m_view->view(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!direct(felix, rc) && !direct(clara, rc), 10000);
        QTRY_COMPARE(m_demo.workspace().state().pendingCount, before + 3);
        QCOMPARE(m_demo.workspace().state().undoText, QStringLiteral("Unassign 2 role collections"));

        QFuture<Status> undone = m_demo.workspace().undo();
        QVERIFY(QTest::qWaitFor([&] { return undone.isFinished(); }, 10000));
        QVERIFY(undone.result().ok());
        QTRY_VERIFY_WITH_TIMEOUT(direct(felix, rc) && direct(clara, rc), 10000);
        QVERIFY(m_prompter.errors.isEmpty());
    }

    void fixedColumnsAreNotToggled()
    {
        const QModelIndex name = m_view->view()->model()->index(0, AssignmentMatrixModel::IdentityProviderColumn);
        m_view->view()->selectionModel()->select(name, QItemSelectionModel::ClearAndSelect);
        QVERIFY(!m_view->toggleSelection());
    }

    void userNamesStayAsRowHeaders()
    {
        QTableView* view = m_view->view();
        QVERIFY(view->isColumnHidden(AssignmentMatrixModel::UserColumn));
        QVERIFY(view->verticalHeader()->isVisible());
        for (int row = 0; row < 3; ++row)
            QCOMPARE(view->model()->headerData(row, Qt::Vertical).toString(),
                     m_view->modelIndex(view->model()->index(row, 0)).data().toString());
        QCOMPARE(view->model()->headerData(0, Qt::Vertical).toString(),
                 QStringLiteral("aaron.herrmann@contoso.com"));
    }
};

QTEST_MAIN(TestAssignmentMatrixView)
#include "tst_assignmentmatrixview.moc"
