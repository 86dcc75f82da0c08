// DestinationEditor, driven offscreen with keys and clicks: for every Authentication value the
// form shows exactly the fields DestinationSchema lists and saves once the required ones are
// typed; values survive switching the authentication back and forth; problems are listed and
// marked as the user types; secrets are password fields and never reach the Destination; an
// untouched edit cannot be saved; additional properties with secret names are masked.
#include "app/domain/Validation.h"
#include "models/Translations.h"
#include "ui/destinations/DestinationEditor.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace gh;
using namespace gh::destinations;

namespace {

QStringList keysOf(const QList<FieldSpec>& fields)
{
    QStringList out;
    for (const FieldSpec& f : fields)
        out.append(f.key);
    return out;
}

QLineEdit* lineEdit(DestinationEditor& editor, const QString& key)
{
    return qobject_cast<QLineEdit*>(editor.field(key));
}

QComboBox* combo(DestinationEditor& editor, const QString& key)
{
    return qobject_cast<QComboBox*>(editor.field(key));
}

// Types into a field as a user would: focus, select all, type.
void type(DestinationEditor& editor, const QString& key, const QString& text)
{
    QWidget* field = editor.field(key);
    QVERIFY2(field, qPrintable(key));
    QLineEdit* edit = qobject_cast<QLineEdit*>(field);
    if (!edit)
        edit = qobject_cast<QComboBox*>(field)->lineEdit();
    QVERIFY2(edit, qPrintable(key));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(DestinationEditor& editor, const QString& key, const QString& value)
{
    QComboBox* box = combo(editor, key);
    QVERIFY2(box, qPrintable(key));
    const int index = box->findText(value);
    QVERIFY2(index >= 0, qPrintable(value));
    box->setCurrentIndex(index);
    QCoreApplication::processEvents(); // the form is laid out again after a switch
}

// A value that passes the field's checks.
QString validValue(const FieldSpec& spec)
{
    switch (spec.kind) {
    case FieldKind::Url:
        return QStringLiteral("https://login.example.com/oauth/token");
    case FieldKind::Secret:
        return QStringLiteral("s3cret-%1").arg(spec.key);
    case FieldKind::Certificate:
        return QStringLiteral("client.p12");
    case FieldKind::Number:
        return QStringLiteral("00");
    default:
        return QStringLiteral("value-%1").arg(spec.key);
    }
}

} // namespace

class TestDestinationEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(*qApp, QLocale(QLocale::English)); }

    void everyAuthenticationHasItsFormAndSaves_data()
    {
        QTest::addColumn<QString>("authentication");
        for (const QString& auth : knownAuthenticationTypes())
            QTest::newRow(qPrintable(auth)) << auth;
    }

    void everyAuthenticationHasItsFormAndSaves()
    {
        QFETCH(QString, authentication);
        DestinationEditor editor(DestinationDraft::create(), {{}, QStringList{QStringLiteral("client.p12")}});
        editor.show();
        QVERIFY(!editor.saveButton()->isEnabled());
        type(editor, QStringLiteral("Name"), QStringLiteral("Dest_1"));
        type(editor, QStringLiteral("URL"), QStringLiteral("https://api.example.com"));
        // PrincipalPropagation is for on-premise systems only.
        const bool onPremise = authentication == QLatin1String("PrincipalPropagation");
        if (onPremise)
            choose(editor, QStringLiteral("ProxyType"), QStringLiteral("OnPremise"));
        choose(editor, QStringLiteral("Authentication"), authentication);

        const QList<FieldSpec> expected = fieldsFor(QStringLiteral("HTTP"),
                                                    onPremise ? QStringLiteral("OnPremise") : QStringLiteral("Internet"),
                                                    authentication);
        QCOMPARE(editor.shownFields(), keysOf(expected));
        for (const FieldSpec& spec : expected) {
            if (!spec.required || spec.key == QLatin1String("Name") || spec.key == QLatin1String("Type")
                || spec.key == QLatin1String("URL"))
                continue;
            QVERIFY2(!editor.saveButton()->isEnabled(), qPrintable(spec.key));
            type(editor, spec.key, validValue(spec));
        }
        QVERIFY2(editor.problemTexts().isEmpty(), qPrintable(editor.problemTexts().join(QLatin1Char('\n'))));
        QVERIFY(editor.saveButton()->isEnabled());

        const Destination built = editor.draft().build();
        QCOMPARE(built.authentication(), authentication);
        for (const FieldSpec& spec : expected) {
            if (!spec.required)
                continue;
            QVERIFY2(built.contains(spec.key), qPrintable(spec.key));
            if (spec.kind == FieldKind::Secret) {
                QCOMPARE(built.secretState(spec.key), Destination::SecretState::Set);
                QCOMPARE(built.value(spec.key), QString());
                QCOMPARE(lineEdit(editor, spec.key)->echoMode(), QLineEdit::Password);
                QVERIFY(editor.draft().enteredSecret(spec.key));
            }
        }
        // No secret value anywhere in what would be stored.
        for (const Destination::Property& p : built.properties())
            QVERIFY2(!p.value.startsWith(QLatin1String("s3cret")), qPrintable(p.key));
    }

    void switchingAuthenticationKeepsWhatWasTyped()
    {
        DestinationEditor editor(DestinationDraft::create(), {});
        editor.show();
        choose(editor, QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        type(editor, QStringLiteral("User"), QStringLiteral("CPI_USER"));
        choose(editor, QStringLiteral("Authentication"), QStringLiteral("OAuth2ClientCredentials"));
        QVERIFY(!editor.field(QStringLiteral("User")));
        QVERIFY(editor.field(QStringLiteral("clientId")));
        type(editor, QStringLiteral("clientId"), QStringLiteral("sb-client"));
        QVERIFY(!editor.draft().build().contains(QStringLiteral("User")));
        choose(editor, QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        QCOMPARE(lineEdit(editor, QStringLiteral("User"))->text(), QStringLiteral("CPI_USER"));
        QCOMPARE(editor.draft().build().value(QStringLiteral("User")), QStringLiteral("CPI_USER"));
        QVERIFY(!editor.draft().build().contains(QStringLiteral("clientId")));
    }

    void problemsAreListedAndMarkedAsTheUserTypes()
    {
        DestinationEditor editor(DestinationDraft::create(), {{QStringLiteral("taken")}, std::nullopt});
        editor.show();
        type(editor, QStringLiteral("Name"), QStringLiteral("taken"));
        type(editor, QStringLiteral("URL"), QStringLiteral("not a url"));
        QVERIFY(editor.problemTexts().contains(QStringLiteral("Name: a destination named \"taken\" exists")));
        QVERIFY(editor.problemTexts().contains(QStringLiteral("URL: is not an absolute http or https URL")));
        QLineEdit* url = lineEdit(editor, QStringLiteral("URL"));
        const QList<QAction*> marks = url->actions();
        QVERIFY(std::any_of(marks.begin(), marks.end(), [](QAction* a) { return a->isVisible(); }));
        QVERIFY(url->accessibleDescription().contains(QStringLiteral("not an absolute")));
        QVERIFY(!editor.saveButton()->isEnabled());

        type(editor, QStringLiteral("Name"), QStringLiteral("fresh"));
        type(editor, QStringLiteral("URL"), QStringLiteral("https://api.example.com"));
        QVERIFY(editor.problemTexts().isEmpty());
        const QList<QAction*> cleared = url->actions();
        QVERIFY(std::none_of(cleared.begin(), cleared.end(), [](QAction* a) { return a->isVisible(); }));
        QVERIFY(editor.saveButton()->isEnabled());
    }

    void anEditCannotRenameAndNeedsAChange()
    {
        Destination original;
        original.set(QStringLiteral("Name"), QStringLiteral("erp"));
        original.set(QStringLiteral("Type"), QStringLiteral("HTTP"));
        original.set(QStringLiteral("URL"), QStringLiteral("https://erp.example.com"));
        original.set(QStringLiteral("Authentication"), QStringLiteral("BasicAuthentication"));
        original.set(QStringLiteral("User"), QStringLiteral("u"));
        original.set(QStringLiteral("Password"), QString());
        original.set(QStringLiteral("TrustAll"), QStringLiteral("true"));
        DestinationEditor editor(DestinationDraft::edit(original), {{QStringLiteral("erp")}, std::nullopt});
        editor.show();
        QCOMPARE(editor.windowTitle(), QStringLiteral("Edit Destination “erp”"));
        QVERIFY(lineEdit(editor, QStringLiteral("Name"))->isReadOnly());
        QCOMPARE(lineEdit(editor, QStringLiteral("Password"))->placeholderText(), QStringLiteral("set — type to replace"));
        QCOMPARE(lineEdit(editor, QStringLiteral("Password"))->text(), QString());
        QVERIFY(!editor.saveButton()->isEnabled()); // nothing changed
        QCOMPARE(editor.additionalTable()->rowCount(), 1);
        QVERIFY(editor.warningTexts().first().startsWith(QStringLiteral("TrustAll: ")));

        type(editor, QStringLiteral("Password"), QStringLiteral("new-password"));
        QVERIFY(editor.saveButton()->isEnabled());
        QCOMPARE(editor.draft().build(), original); // only the secret's value changes
    }

    void rfcHasNoAuthenticationGroup()
    {
        DestinationEditor editor(DestinationDraft::create(), {});
        editor.show();
        choose(editor, QStringLiteral("Type"), QStringLiteral("RFC"));
        QVERIFY(!editor.field(QStringLiteral("Authentication")));
        QVERIFY(!editor.field(QStringLiteral("URL")));
        QVERIFY(editor.field(QStringLiteral("jco.client.ashost")));
        type(editor, QStringLiteral("Name"), QStringLiteral("ERP_RFC"));
        type(editor, QStringLiteral("jco.client.client"), QStringLiteral("1000"));
        QVERIFY(editor.problemTexts().contains(QStringLiteral("jco.client.client: must be 3 digits")));
        type(editor, QStringLiteral("jco.client.client"), QStringLiteral("100"));
        type(editor, QStringLiteral("jco.client.ashost"), QStringLiteral("erp.corp"));
        type(editor, QStringLiteral("jco.client.sysnr"), QStringLiteral("0x"));
        QCOMPARE(lineEdit(editor, QStringLiteral("jco.client.sysnr"))->text(), QStringLiteral("0")); // digits only
        type(editor, QStringLiteral("jco.client.sysnr"), QStringLiteral("00"));
        QVERIFY2(editor.problemTexts().isEmpty(), qPrintable(editor.problemTexts().join(QLatin1Char('\n'))));
        QCOMPARE(editor.draft().build().type(), QStringLiteral("RFC"));
    }

    void secretAdditionalPropertiesAreMasked()
    {
        DestinationEditor editor(DestinationDraft::create(), {});
        editor.show();
        type(editor, QStringLiteral("Name"), QStringLiteral("api"));
        type(editor, QStringLiteral("URL"), QStringLiteral("https://api.example.com"));
        QTest::mouseClick(editor.addPropertyButton(), Qt::LeftButton);
        QTableWidget* table = editor.additionalTable();
        QCOMPARE(table->rowCount(), 1);
        auto* key = qobject_cast<QLineEdit*>(table->cellWidget(0, 0));
        auto* value = qobject_cast<QLineEdit*>(table->cellWidget(0, 1));
        QCOMPARE(editor.focusWidget(), key);
        QTest::keyClicks(key, QStringLiteral("URL.headers.x-api-key"));
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QVERIFY(editor.problemTexts().contains(QStringLiteral("URL.headers.x-api-key: is a secret: type its value")));
        QTest::keyClicks(value, QStringLiteral("k3y"));
        QVERIFY(editor.problemTexts().isEmpty());
        const Destination built = editor.draft().build();
        QCOMPARE(built.secretState(QStringLiteral("URL.headers.x-api-key")), Destination::SecretState::Set);
        QCOMPARE(editor.draft().enteredSecret(QStringLiteral("URL.headers.x-api-key"))->view(), QByteArrayView("k3y"));

        table->setCurrentCell(0, 0);
        QTest::mouseClick(editor.removePropertyButton(), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!editor.draft().build().contains(QStringLiteral("URL.headers.x-api-key")));
    }

    void certificatesAreOfferedAndChecked()
    {
        DestinationEditor editor(DestinationDraft::create(),
                                 {{}, QStringList{QStringLiteral("client.p12"), QStringLiteral("partner.pem")}});
        editor.show();
        choose(editor, QStringLiteral("Authentication"), QStringLiteral("ClientCertificateAuthentication"));
        QComboBox* store = combo(editor, QStringLiteral("KeyStoreLocation"));
        QVERIFY(store && store->isEditable());
        QCOMPARE(store->count(), 2);
        type(editor, QStringLiteral("KeyStoreLocation"), QStringLiteral("nope.p12"));
        QVERIFY(editor.problemTexts().contains(
            QStringLiteral("KeyStoreLocation: names no destination certificate or keystore entry of this tenant: \"nope.p12\"")));
        store->setCurrentIndex(1);
        QCOMPARE(editor.draft().build().value(QStringLiteral("KeyStoreLocation")), QStringLiteral("partner.pem"));
        QVERIFY(!editor.problemTexts().join(QLatin1Char('\n')).contains(QStringLiteral("KeyStoreLocation")));
    }
};

QTEST_MAIN(TestDestinationEditor)
#include "tst_destinationeditor.moc"
