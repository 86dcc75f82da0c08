// installTranslations() and gatehouse_de.ts (with the lower layers' gatehouse-core_de.ts): German loads for a German locale (menus, plural
// forms, main's context, Qt's own strings when installed), English plural forms otherwise; and
// the guard: every message of gatehouse_de.ts (the GUI) and gatehouse-cli_de.ts (gatehouse-cli) is
// finished and keeps its placeholders (gatehouse-core_de.ts too), and lupdate over today's sources (a temporary copy of the
// .ts) finds no message the file lacks. A failure lists the untranslated strings: run
// `cmake --build build/dev --target update_translations`, then translate them in the .ts named.
#include "models/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

// The messages of a .ts file; `ok` is false when it cannot be read or parsed.
QList<Message> readTs(const QString& path, bool* ok)
{
    QList<Message> out;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok)
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // not shown: lupdate keeps it only without -no-obsolete
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            out.append(current);
        }
    }
    *ok = !xml.hasError();
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?n|\\d)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured();
        if (!found.contains(m))
            found.append(m);
    }
    found.sort();
    return found;
}

void removeTranslators(QCoreApplication& app)
{
    for (QTranslator* t : app.findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QString translated(const char* context, const char* text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(*QCoreApplication::instance()); }

    void germanLoads()
    {
        QVERIFY(gh::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(translated("gh::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(translated("gh::MainWindow", "&Edit"), QStringLiteral("&Bearbeiten"));
        QCOMPARE(translated("gh::Panes", "Role Collections"), QStringLiteral("Rollensammlungen"));
        QCOMPARE(translated("gh::Panes", "Destinations"), QStringLiteral("Ziele"));
        QCOMPARE(translated("gh::Panes", "Keystore"), QStringLiteral("Schlüsselspeicher"));
        QCOMPARE(translated("gh::MainWindow", "%n pending change(s)", 1), QStringLiteral("1 ausstehende Änderung"));
        QCOMPARE(translated("gh::MainWindow", "%n pending change(s)", 3), QStringLiteral("3 ausstehende Änderungen"));
        QCOMPARE(translated("gh::KeystoreModel", "Expires in %n day(s)", 12), QStringLiteral("Läuft in 12 Tagen ab"));
        // main_gui.cpp's own context.
        QCOMPARE(translated("gatehouse", "unknown pane: %1"), QStringLiteral("unbekannter Bereich: %1"));
        // The lower layers' catalogue, installed with it.
        QCOMPARE(translated("gh::Error", "wrong password"), QStringLiteral("falsches Passwort"));
        // Austrian German falls back to German.
        removeTranslators(*QCoreApplication::instance());
        QVERIFY(gh::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Austria)));
        QCOMPARE(translated("gh::MainWindow", "&View"), QStringLiteral("&Ansicht"));
    }

    void qtOwnGermanWhenInstalled()
    {
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(folder + QStringLiteral("/qtbase_de.qm")))
            QSKIP("qt6-translations-l10n is not installed");
        gh::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void otherLocalesGetEnglishPlurals()
    {
        for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::Japanese, QLocale::Japan)}) {
            QVERIFY(gh::installTranslations(*QCoreApplication::instance(), locale));
            QCOMPARE(translated("gh::MainWindow", "%n pending change(s)", 1), QStringLiteral("1 pending change"));
            QCOMPARE(translated("gh::MainWindow", "%n pending change(s)", 2), QStringLiteral("2 pending changes"));
            QCOMPARE(translated("gh::MainWindow", "&File"), QStringLiteral("&File"));
            QCOMPARE(translated("gh::Error", "wrong password"), QStringLiteral("wrong password"));
            removeTranslators(*QCoreApplication::instance());
        }
    }

    // The GUI's gatehouse_de.ts and gatehouse-cli's own gatehouse-cli_de.ts (the CLI links QtCore
    // only, not the GUI's translations): each file, the sources lupdate reads for it, and a
    // floor for its number of messages.
    void germanIsComplete_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QString>("sources");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("gui") << QStringLiteral(GATEHOUSE_DE_TS) << QStringLiteral(GATEHOUSE_TR_SOURCES) << 1000;
        QTest::newRow("cli") << QStringLiteral(GATEHOUSE_CLI_DE_TS) << QStringLiteral(GATEHOUSE_CLI_TR_SOURCES) << 200;
        // The lower layers' (app/domain/CoreTranslations.h), which both programs install.
        QTest::newRow("core") << QStringLiteral(GATEHOUSE_CORE_DE_TS) << QStringLiteral(GATEHOUSE_CORE_TR_SOURCES) << 250;
    }

    // Every message finished, with the placeholders of its source (each plural form but the
    // singular carries %n) and an accelerator where the source has one.
    void germanIsComplete()
    {
        QFETCH(QString, ts);
        QFETCH(int, atLeast);
        bool ok = false;
        const QList<Message> messages = readTs(ts, &ok);
        QVERIFY(ok);
        QVERIFY(messages.size() > atLeast);
        static const QRegularExpression accelerator(QStringLiteral("&(?!&)"));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            // lupdate files a `Tr::tr` whose local class it lost track of (inside a template, a
            // lambda) under "Tr", a context no code translates with.
            if (m.context == QLatin1String("Tr"))
                problems.append(QStringLiteral("lupdate lost its context (use QCoreApplication::translate) — ") + where);
            if (m.unfinished || m.translations.isEmpty() || m.translations.first().isEmpty()) {
                problems.append(QStringLiteral("untranslated — ") + where);
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems.append(QStringLiteral("needs two plural forms — ") + where);
            QStringList present;
            for (const QString& t : m.translations)
                for (const QString& p : placeholders(t))
                    if (!present.contains(p))
                        present.append(p);
            present.sort();
            if (present != placeholders(m.source) || (m.numerus && !m.translations.last().contains(QLatin1String("%n"))))
                problems.append(QStringLiteral("placeholders differ — ") + where);
            const bool sourceHas = m.source.contains(accelerator) && !m.source.contains(QLatin1String("&&"));
            if (sourceHas != m.translations.first().contains(accelerator))
                problems.append(QStringLiteral("accelerator & missing or extra — ") + where);
        }
        for (const QString& p : std::as_const(problems))
            qWarning("%s: %s", qUtf8Printable(QFileInfo(ts).fileName()), qUtf8Printable(p));
        QCOMPARE(problems.size(), 0);
    }

    // lupdate over the sources into a copy: whatever it adds is a string nobody translated yet.
    void lupdateFindsNothingNew_data() { germanIsComplete_data(); }

    void lupdateFindsNothingNew()
    {
        QFETCH(QString, ts);
        QFETCH(QString, sources);
        QFETCH(int, atLeast);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QVERIFY(QFile::exists(sources));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(GATEHOUSE_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("@") + sources, QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        const QByteArray output = lupdate.readAll();
        if (lupdate.exitCode() != 0)
            qWarning("lupdate: %s", output.constData());
        QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
        QCOMPARE(lupdate.exitCode(), 0);
        QVERIFY(!output.contains("cannot be called without context"));

        bool ok = false;
        const QList<Message> before = readTs(ts, &ok);
        QVERIFY(ok);
        const QList<Message> after = readTs(copy, &ok);
        QVERIFY(ok);
        QVERIFY(after.size() > atLeast);
        QStringList missing;
        for (const Message& m : after)
            if (m.unfinished)
                missing.append(m.context + QStringLiteral(": ") + m.source);
        if (!missing.isEmpty()) {
            qWarning("%d string(s) have no German translation. Run `cmake --build build/dev "
                     "--target update_translations`, then translate them in "
                     "resources/translations/%s (Qt Linguist or by hand):",
                     int(missing.size()), qUtf8Printable(QFileInfo(ts).fileName()));
            for (const QString& m : std::as_const(missing))
                qWarning("  %s", qUtf8Printable(m));
        }
        QCOMPARE(missing.size(), 0);
        if (before.size() != after.size())
            qInfo("%s holds %d messages, the sources %d: update_translations drops the stale ones",
                  qUtf8Printable(QFileInfo(ts).fileName()), int(before.size()), int(after.size()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
