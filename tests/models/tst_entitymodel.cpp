// EntityModel: the case-folded search text kept per row (through UsersModel over the demo
// tenant): the same as folding each cell on its own, for every row and column, as rows load and
// as they change — including text outside ASCII ("ß", which full folding would lengthen).
#include "ModelTestSupport.h"
#include "models/UsersModel.h"

#include <QUuid>

using namespace gh;

class TestEntityModel : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    std::unique_ptr<UsersModel> m_model;

    // Every row's folded text against its cells folded one by one and joined by U+001F.
    void verifyFolded()
    {
        QVERIFY(m_model->rowCount() > 0);
        const int columns = m_model->searchColumnCount();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStringList cells;
            for (int c = 0; c < columns; ++c) {
                const QString folded = m_model->searchText(row, c).toCaseFolded();
                QCOMPARE(m_model->foldedSearchText(row, c).toString(), folded);
                cells.append(folded);
            }
            QCOMPARE(m_model->foldedSearchText(row).toString(), cells.join(QChar(0x1f)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_model = std::make_unique<UsersModel>(m_demo.clock());
        QVERIFY(test::loadInto(*m_model, m_demo.workspace()));
    }

    void foldedAsRowsLoad() { verifyFolded(); }

    void foldedWhenFoldingChangesTheLength()
    {
        User u;
        u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        u.userName = QStringLiteral("GRÜNE.STRAßE");
        u.origin = QStringLiteral("sap.default");
        u.givenName = QStringLiteral("Jörg");
        u.familyName = QStringLiteral("Straße");
        u.emails.append(Email{QStringLiteral("Joerg.Strasse@Example.com"), true});
        const int before = m_model->rowCount();
        const auto applied = m_demo.workspace().apply({Change::created(u)}, QStringLiteral("Create user"));
        QVERIFY(applied.result().ok());
        QTRY_COMPARE(m_model->rowCount(), before + 1);
        const int row = m_model->indexOf(u.id).row();
        QVERIFY(row >= 0);
        QCOMPARE(m_model->foldedSearchText(row, UsersModel::FamilyNameColumn).toString(), u.familyName.toCaseFolded());
        QCOMPARE(m_model->foldedSearchText(row, UsersModel::UserNameColumn).toString(), u.userName.toCaseFolded());
        verifyFolded();
    }

    void emptyModelHasNoFoldedText()
    {
        UsersModel empty(m_demo.clock());
        QVERIFY(empty.foldedSearchText(0).isEmpty());
        QVERIFY(empty.foldedSearchText(0, 0).isEmpty());
        QVERIFY(m_model->foldedSearchText(0, 99).isEmpty());
        QVERIFY(m_model->foldedSearchText(-1).isEmpty());
    }
};

QTEST_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
