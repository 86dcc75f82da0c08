// gatehouse: the desktop cockpit. A thin main: parse the command line, show the window at once,
// open the tenant off the GUI thread, then hand the workspace to the window.

#include "app/domain/Clock.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/MemorySecretStore.h"
#include "models/FutureWatch.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/ExpiringPane.h"
#include "ui/LayoutSettings.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/remote/RemoteProfiles.h"
#include "ui/remote/RemoteTenantUi.h"
#include "ui/remote/SyncSession.h"
#include "ui/remote/TenantSwitcher.h"
#include "ui/theme/ThemeController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <memory>

// The translation context of this file's user-facing strings ("gatehouse" in the .ts files).
class gatehouse
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse)
};

namespace {

int usageError(const QString& message)
{
    std::fprintf(stderr, "gatehouse: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    // Answered before QApplication, which needs a display: `gatehouse --version` works on a
    // headless machine (package checks, scripts). The same line QCommandLineParser prints.
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        std::printf("gatehouse %s\n", GATEHOUSE_VERSION);
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gatehouse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QApplication::setOrganizationName(QString());
    // The id of the installed .desktop file (packaging/linux), the Wayland app id.
    QApplication::setDesktopFileName(QStringLiteral("io.github.gatehouse.Gatehouse"));
    gh::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        gatehouse::tr("Desktop cockpit for an SAP BTP subaccount and its Cloud Integration tenant."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tenantOption(
        QStringLiteral("tenant"),
        gatehouse::tr("Open the tenant file PATH, or the replica of the remote tenant profile PROFILE, instead of the "
           "last tenant opened."),
        QStringLiteral("PATH|PROFILE"));
    const QCommandLineOption paneOption(
        QStringLiteral("pane"),
        gatehouse::tr("Start on pane NAME: users, role-collections, identity-providers, destinations, "
           "destination-certificates, keystore, security-material, expiring, known-hosts, pgp-keys."),
        QStringLiteral("NAME"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          gatehouse::tr("Start with TEXT in the pane's search field."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        gatehouse::tr("Open the demo tenant (made in the user's data folder on first use)."));
    parser.addOptions({tenantOption, demoOption, paneOption, searchOption});
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(gatehouse::tr("unexpected argument: %1").arg(parser.positionalArguments().first()));

    const gh::SystemClock clock;
    // Declared before the window: they outlive it (the switcher's workspace and vault go before
    // the secret store).
    std::unique_ptr<gh::SecretStore> secrets;
    // The user's settings, the same file as gatehouse-cli's ($XDG_CONFIG_HOME/Gatehouse/
    // gatehouse.ini, where the tenant profiles live too); never a secret. Declared before the
    // window, which keeps a pointer.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Gatehouse"),
                       QStringLiteral("gatehouse"));
    // System, Light or Dark (View ▸ Theme), applied before the window shows.
    gh::ThemeController theme(&settings);
    gh::RemoteProfiles profiles(settings);
    gh::MessageBoxPrompter prompter;
    gh::MainWindow window(clock);
    window.addThemeActions(theme.actions());
    gh::setExpiringSettings(window.pane(gh::PaneId::Expiring), &settings);
    if (parser.isSet(paneOption) && !window.showPane(parser.value(paneOption)))
        return usageError(gatehouse::tr("unknown pane: %1").arg(parser.value(paneOption)));
    if (parser.isSet(searchOption))
        window.currentPane()->setSearchText(parser.value(searchOption));

    gh::SyncSession session(profiles, clock);
    gh::TenantSwitcher switcher(window, session, settings, clock);
    gh::RemoteTenantUi remoteUi(window, profiles, session, switcher, prompter);

    // --tenant: a file when there is one at that path, else a profile's name; without it the
    // last tenant opened, or the start page on a first start.
    using Choice = gh::TenantSwitcher::Choice;
    Choice choice = switcher.lastChoice();
    if (parser.isSet(tenantOption) && parser.isSet(demoOption))
        return usageError(gatehouse::tr("--tenant and --demo exclude each other"));
    if (parser.isSet(demoOption))
        choice = {Choice::Kind::Demo, {}};
    if (parser.isSet(tenantOption)) {
        const QString given = parser.value(tenantOption);
        if (QFileInfo::exists(given) || !profiles.contains(given)) {
            choice = {Choice::Kind::File, QFileInfo(given).absoluteFilePath()};
        } else {
            choice = {Choice::Kind::Profile, given};
        }
    }
    // A tenant given on the command line that cannot be opened ends the program, as before.
    const bool fromCommandLine = parser.isSet(tenantOption) || parser.isSet(demoOption);
    QObject::connect(&switcher, &gh::TenantSwitcher::failed, &window,
                     [fromCommandLine](const Choice&, const QString& where, const QString& error) {
                         std::fprintf(stderr, "gatehouse: cannot open %s: %s\n", qUtf8Printable(where),
                                      qUtf8Printable(error));
                         if (fromCommandLine)
                             QCoreApplication::exit(2);
                     });
    // Window geometry, docks, column widths and splits as the user left them.
    gh::restoreLayout(window, settings);
    window.show();
    if (choice.kind == Choice::Kind::None)
        remoteUi.showStartPage();
    else
        switcher.open(choice);

    // The private keys of key pairs made or imported here, and the profiles' remembered client
    // secrets, go to the system keychain when it works; probing it answers through the event
    // loop, so the window shows meanwhile.
    gh::whenFinished(gh::KeychainSecretStore::ping(), &window, [&](const gh::Status& probed) {
        if (probed) {
            secrets = std::make_unique<gh::KeychainSecretStore>();
        } else {
            secrets = std::make_unique<gh::MemorySecretStore>();
            window.setSecretsNotice(
                gatehouse::tr("No system keychain: private keys and client secrets are kept only until Gatehouse "
                   "quits"),
                gatehouse::tr("The system keychain does not answer: %1").arg(probed.error().toString()));
        }
        profiles.setPersistentStore(secrets.get());
        switcher.setSecretStore(secrets.get());
    });

    const int code = QApplication::exec();
    gh::saveLayout(window, settings);
    return code;
}
