// GenerateKeyPairDialog: OK only once the alias (valid, free) and the common name are, with the
// problem shown under the form; the request carries what the form says; every field has an
// accessible name.
#include "../TestSupport.h"
#include "ui/keystore/GenerateKeyPairDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace gh;

namespace {

QList<KeystoreEntry> existing()
{
    KeystoreEntry taken;
    taken.alias = QStringLiteral("contoso_signing");
    taken.hexalias = KeystoreEntry::hexaliasOf(taken.alias);
    taken.type = QStringLiteral("Key Pair");
    KeystoreEntry renewal = taken;
    renewal.alias = QStringLiteral("renewed_only");
    renewal.hexalias = KeystoreEntry::hexaliasOf(renewal.alias);
    renewal.keystore = QStringLiteral("KeyRenewal");
    return {taken, renewal};
}

} // namespace

class TestGenerateKeyPairDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFormCannotBeAccepted()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.problemLabel()->text().isEmpty());
    }

    void emptyCommonName()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        dialog.show();
        QTest::keyClicks(dialog.aliasField(), QStringLiteral("new_signing"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("common name")),
                 qPrintable(dialog.problemLabel()->text()));
        QTest::keyClicks(dialog.commonNameField(), QStringLiteral("signing.contoso.com"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().isEmpty());
        QCOMPARE(dialog.aliasField()->text(), QStringLiteral("new_signing")); // typed: kept
    }

    void invalidAlias()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        dialog.commonNameField()->setText(QStringLiteral("host"));
        dialog.aliasField()->setText(QString(251, QLatin1Char('a'))); // validateAlias: <= 250
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problemLabel()->text().startsWith(QStringLiteral("Alias")),
                 qPrintable(dialog.problemLabel()->text()));
    }

    void takenAlias()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        dialog.commonNameField()->setText(QStringLiteral("host"));
        dialog.aliasField()->setText(QStringLiteral("contoso_signing"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("already taken")));
        // Taken only in another keystore: free in system.
        dialog.aliasField()->setText(QStringLiteral("renewed_only"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void aliasFollowsTheCommonNameUntilTyped()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        dialog.show();
        QTest::keyClicks(dialog.commonNameField(), QStringLiteral("Contoso Signing 2027"));
        QCOMPARE(dialog.aliasField()->text(), QStringLiteral("contoso_signing_2027"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void countryIsTwoLetters()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        dialog.commonNameField()->setText(QStringLiteral("host"));
        dialog.aliasField()->setText(QStringLiteral("host_key"));
        dialog.countryField()->setText(QStringLiteral("D"));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.countryField()->setText(QStringLiteral("de"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.countryField()->maxLength(), 2);
    }

    void requestCarriesTheForm()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        dialog.aliasField()->setText(QStringLiteral("host_key"));
        dialog.commonNameField()->setText(QStringLiteral("host.contoso.com"));
        dialog.findChild<QLineEdit*>(QStringLiteral("organizationField"))
            ->setText(QStringLiteral("Contoso"));
        dialog.countryField()->setText(QStringLiteral("de"));
        dialog.emailField()->setText(QStringLiteral("pki@contoso.com"));
        dialog.dnsNamesField()->setText(QStringLiteral("host.contoso.com, alt.contoso.com"));
        dialog.validityField()->setValue(90);
        dialog.keyTypeBox()->setCurrentIndex(
            dialog.keyTypeBox()->findText(QStringLiteral("EC P-384")));
        QVERIFY(dialog.keyTypeBox()->currentIndex() >= 0);
        QVERIFY(dialog.okButton()->isEnabled());
        const keystore::GenerateRequest r = dialog.request();
        QCOMPARE(r.alias, QStringLiteral("host_key"));
        QCOMPARE(r.keystore, QStringLiteral("system"));
        QCOMPARE(r.key.algorithm, crypto::KeySpec::Algorithm::Ec);
        QCOMPARE(r.key.curve, QStringLiteral("P-384"));
        QCOMPARE(r.certificate.subject.toString(),
                 QStringLiteral("CN=host.contoso.com,O=Contoso,C=DE"));
        QCOMPARE(r.certificate.notBefore, test::fixedNow());
        QCOMPARE(r.certificate.notAfter, test::fixedNow().addDays(90));
        QCOMPARE(r.certificate.dnsNames, (QStringList{QStringLiteral("host.contoso.com"),
                                                      QStringLiteral("alt.contoso.com")}));
        QCOMPARE(r.certificate.emails, QStringList{QStringLiteral("pki@contoso.com")});
    }

    void everyFieldHasAnAccessibleName()
    {
        GenerateKeyPairDialog dialog(existing(), test::fixedNow());
        int fields = 0;
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QSpinBox*>(w)) {
                if (qobject_cast<QLineEdit*>(w) && qobject_cast<QSpinBox*>(w->parentWidget()))
                    continue; // the spin box's own editor
                if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
                    continue;
                ++fields;
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
        QCOMPARE(fields, 11);
    }
};

QTEST_MAIN(TestGenerateKeyPairDialog)
#include "tst_generatekeypairdialog.moc"
