// ImportSummaryDialog: one row per planned item (action as text and icon, alias, type, subject,
// valid until, source, note), the unreadable sources with their cause, the plan's summary line,
// and an Import button that only works when there is something to add or replace.
#include "ui/keystore/ImportSummaryDialog.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace gh;
using keystore::ImportAction;

namespace {

keystore::ImportItem item(ImportAction action, const QString& alias, const QString& type,
                          const QString& source, const QString& note = {})
{
    keystore::ImportItem i;
    i.action = action;
    i.source = source;
    i.note = note;
    i.entry.alias = alias;
    i.entry.hexalias = KeystoreEntry::hexaliasOf(alias);
    i.entry.type = type;
    i.entry.subjectDN = QStringLiteral("CN=%1 host,O=Partner").arg(alias);
    i.entry.validNotAfter = QDateTime(QDate(2028, 1, 1), QTime(12, 0), Qt::UTC);
    return i;
}

keystore::ImportPlan mixedPlan()
{
    keystore::ImportPlan plan;
    plan.items = {
        item(ImportAction::Add, QStringLiteral("partner_a"), QStringLiteral("Certificate"),
             QStringLiteral("/tmp/in/a.pem")),
        item(ImportAction::Replace, QStringLiteral("partner_b"), QStringLiteral("Certificate"),
             QStringLiteral("/tmp/in/b.pem"),
             QStringLiteral("valid until 2026-12-06 → 2028-01-01")),
        item(ImportAction::Unchanged, QStringLiteral("partner_c"), QStringLiteral("Certificate"),
             QStringLiteral("clipboard")),
        item(ImportAction::Refused, QStringLiteral("sap_cloudintegrationcertificate"),
             QStringLiteral("Key Pair"), QStringLiteral("/tmp/in/sap.p12"),
             QStringLiteral("owned by SAP")),
    };
    plan.problems = {Error::make(Error::Kind::Crypto, QStringLiteral("no certificate found"),
                                 QStringLiteral("/tmp/in/broken.pem"))};
    return plan;
}

} // namespace

class TestImportSummaryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryItem()
    {
        const keystore::ImportPlan plan = mixedPlan();
        ImportSummaryDialog dialog(plan);
        QCOMPARE(dialog.table()->rowCount(), 4);
        QCOMPARE(dialog.table()->columnCount(), int(ImportSummaryDialog::ColumnCount));
        const QStringList rows = dialog.rowTexts();
        QCOMPARE(rows.at(0), QStringLiteral("Add | partner_a | Certificate | partner_a host | "
                                            "2028-01-01 | a.pem | "));
        QCOMPARE(rows.at(1), QStringLiteral("Replace | partner_b | Certificate | partner_b host | "
                                            "2028-01-01 | b.pem | valid until 2026-12-06 → "
                                            "2028-01-01"));
        QCOMPARE(rows.at(2),
                 QStringLiteral("Unchanged | partner_c | Certificate | partner_c host | "
                                "2028-01-01 | clipboard | "));
        QVERIFY(rows.at(3).startsWith(
            QStringLiteral("Refused | sap_cloudintegrationcertificate | Key Pair")));
        // The action is an icon too, and the full path and DN are one hover away.
        for (int row = 0; row < 4; ++row)
            QVERIFY(!dialog.table()->item(row, ImportSummaryDialog::ActionColumn)->icon().isNull());
        QCOMPARE(dialog.table()->item(0, ImportSummaryDialog::SourceColumn)->toolTip(),
                 QStringLiteral("/tmp/in/a.pem"));
        QCOMPARE(dialog.table()->item(0, ImportSummaryDialog::SubjectColumn)->toolTip(),
                 QStringLiteral("CN=partner_a host,O=Partner"));
        QVERIFY(!dialog.table()->accessibleName().isEmpty());
    }

    void listsProblemsWithFileAndCause()
    {
        ImportSummaryDialog dialog(mixedPlan());
        dialog.show();
        QCOMPARE(dialog.problemTexts(),
                 QStringList{QStringLiteral("broken.pem: no certificate found")});
        QVERIFY(dialog.problems()->isVisible());
        QVERIFY(
            dialog.problems()->item(0)->toolTip().contains(QStringLiteral("/tmp/in/broken.pem")));
    }

    void noProblemsNoList()
    {
        keystore::ImportPlan plan = mixedPlan();
        plan.problems.clear();
        ImportSummaryDialog dialog(plan);
        dialog.show();
        QVERIFY(!dialog.problems()->isVisible());
    }

    void summaryIsThePlans()
    {
        const keystore::ImportPlan plan = mixedPlan();
        ImportSummaryDialog dialog(plan);
        QCOMPARE(dialog.summaryLabel()->text(), plan.summary());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1 to add")));
    }

    void importAccepts()
    {
        ImportSummaryDialog dialog(mixedPlan());
        dialog.show();
        QVERIFY(dialog.importButton()->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void enterRightAfterShowingDoesNotImport()
    {
        // The Enter that closed the password dialog (or a held-down key) must not import unseen.
        ImportSummaryDialog dialog(mixedPlan());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        QTest::qWait(1100);
        QKeyEvent repeated(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), true);
        QApplication::sendEvent(&dialog, &repeated);
        QCOMPARE(accepted.size(), 0);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
    }

    void nothingToAddOrReplaceDisablesImport()
    {
        keystore::ImportPlan plan = mixedPlan();
        plan.items.removeFirst(); // Add
        plan.items.removeFirst(); // Replace
        ImportSummaryDialog dialog(plan);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.importButton()->toolTip().isEmpty());
        keystore::ImportPlan empty;
        ImportSummaryDialog none(empty);
        QVERIFY(!none.importButton()->isEnabled());
        QCOMPARE(none.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestImportSummaryDialog)
#include "tst_importsummarydialog.moc"
