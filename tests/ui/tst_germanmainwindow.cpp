// MainWindow on a fresh demo tenant under a German system locale (ctest sets LC_ALL/LANG to
// de_DE.UTF-8), offscreen: installTranslations() picks German from the system, the menus and the
// status bar are German, a date column is written the German way (26.11.2026), and no menu has
// two items with the same accelerator, whichever pane fills the Edit menu; an expired
// certificate's chain verdict is German down to the crypto layer's reason.
#include "../models/ModelTestSupport.h"
#include "ScriptedPrompter.h"
#include "models/Roles.h"
#include "models/SearchFilterProxy.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/MainWindow.h"
#include "ui/Panes.h"
#include "ui/certificate/CertificateViewer.h"
#include "ui/certificate/ChainView.h"
#include "ui/details/KeystoreDetails.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>

using namespace gh;

namespace {

// The accelerator letter of a menu text ("Zuordnungs&matrix" → "m"), empty without one.
QString acceleratorOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "menu: text, text" for every accelerator letter used twice among `actions`.
QStringList clashes(const QString& menu, const QList<QAction*>& actions)
{
    QMap<QString, QStringList> byLetter;
    for (const QAction* a : actions)
        if (!a->isSeparator() && !a->text().isEmpty())
            byLetter[acceleratorOf(a->text())].append(a->text());
    QStringList out;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (!it.key().isEmpty() && it.value().size() > 1)
            out.append(menu + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    return out;
}

} // namespace

class TestGermanMainWindow : public QObject
{
    Q_OBJECT

    test::DemoWorkspace m_demo;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window; // destroyed before the workspace

    QMenu* menu(int i) const { return m_window->menuBar()->actions().at(i)->menu(); }

private Q_SLOTS:
    void initTestCase()
    {
        // The system locale comes from the environment ctest sets, as on a German desktop.
        QCOMPARE(QLocale::system().language(), QLocale::German);
        QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY(installTranslations(*qApp));
        QVERIFY(m_demo.open());
        m_window = std::make_unique<MainWindow>(m_demo.clock(), &m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->tenantLabel()->text(), QStringLiteral("Kein Tenant geöffnet"));
        m_window->setWorkspace(&m_demo.workspace());
    }

    void cleanupTestCase() { m_window.reset(); }

    void menusAreGerman()
    {
        QStringList titles;
        for (const QAction* a : m_window->menuBar()->actions())
            titles.append(a->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                      QStringLiteral("&Ansicht"), QStringLiteral("E&xtras")}));
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Rückgängig"));
        QTRY_COMPARE(m_window->pendingLabel()->text(), QStringLiteral("Keine ausstehenden Änderungen"));
        // German keeps the title's capital inside a sentence (English lower-cases it).
        QVERIFY(m_window->pane(PaneId::Users)->searchField()->placeholderText().startsWith(
            QStringLiteral("Benutzer durchsuchen: Text, Feld:Wert")));
    }

    void keystoreDatesAreGerman()
    {
        m_window->showPane(PaneId::Keystore);
        EntityPane* p = m_window->pane(PaneId::Keystore);
        QTRY_VERIFY_WITH_TIMEOUT(p->view()->model()->rowCount() > 0, 15000);
        const QAbstractItemModel* model = p->view()->model();
        int column = -1;
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Gültig bis"))
                column = c;
        QVERIFY(column >= 0);
        static const QRegularExpression german(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{4}$"));
        int checked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, column);
            const QDateTime when = cell.data(SortRole).toDateTime();
            if (!when.isValid())
                continue;
            const QString text = cell.data().toString();
            QVERIFY(german.match(text).hasMatch());
            QCOMPARE(text, when.toUTC().date().toString(QStringLiteral("dd.MM.yyyy")));
            ++checked;
        }
        QVERIFY(checked > 5);
    }

    // The certificate viewer's chain tab for the expired partner_as2_2024: the verdict
    // (models/KeystoreTrust) and the reason in it (crypto::ChainVerifier) are both German.
    void expiredChainIsGerman()
    {
        m_window->showPane(PaneId::Keystore);
        EntityPane* p = m_window->pane(PaneId::Keystore);
        QTRY_VERIFY_WITH_TIMEOUT(p->proxy()->rowCount() >= 10, 15000);
        const QString key = QStringLiteral("system/") +
                            KeystoreEntry::hexaliasOf(QStringLiteral("partner_as2_2024"));
        const QModelIndex index = p->proxy()->indexOf(key);
        QVERIFY(index.isValid());
        p->view()->scrollTo(index);
        QTest::mouseClick(p->view()->viewport(), Qt::LeftButton, {},
                          p->view()->visualRect(index).center());
        QTRY_COMPARE(p->details()->currentKey(), key);
        CertificateViewer* viewer = static_cast<KeystoreDetails*>(p->details())->viewer();
        viewer->tabs()->setCurrentWidget(viewer->chainView());
        const QString result = viewer->chainView()->resultText();
        static const QRegularExpression verdict(QStringLiteral(
            "^Kette nicht gültig: .+ ist am \\d{4}-\\d{2}-\\d{2}T[0-9:]+Z abgelaufen$"));
        QVERIFY2(verdict.match(result).hasMatch(), qPrintable(result));
        viewer->tabs()->setCurrentIndex(0);
    }

    void noAcceleratorClashes()
    {
        QStringList found;
        for (int i : {0, 2, 3})
            found += clashes(menu(i)->title(), menu(i)->actions());
        for (PaneId id : allPanes()) {
            m_window->showPane(id);
            found += clashes(menu(1)->title() + QLatin1Char(' ') + paneName(id), menu(1)->actions());
        }
        for (const QString& clash : std::as_const(found))
            qWarning("accelerator used twice in %s", qUtf8Printable(clash));
        QCOMPARE(found.size(), 0);
    }
};

QTEST_MAIN(TestGermanMainWindow)
#include "tst_germanmainwindow.moc"
