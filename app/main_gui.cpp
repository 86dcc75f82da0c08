// gatehouse: the desktop cockpit. A thin main: parse the command line, show the window at once,
// open the tenant off the GUI thread, then hand the workspace to the window.

#include "app/client/TenantLocation.h"
#include "app/client/local/LocalTenant.h"
#include "app/domain/Clock.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/MemorySecretStore.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "models/Translations.h"
#include "ui/EntityPane.h"
#include "ui/ExpiringPane.h"
#include "ui/MainWindow.h"
#include "ui/theme/ThemeController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QtConcurrent>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gatehouse", text);
}

using OpenResult = gh::Result<std::shared_ptr<gh::LocalTenant>>;

// Runs on a pool thread: opening checks the file, and the demo tenant is created on first start
// (certificates are generated), so the GUI thread never waits for either.
OpenResult openTenant(const QString& tenantPath, const QDateTime& now)
{
    if (tenantPath.isEmpty())
        return gh::openOrCreateDemoTenant(gh::defaultDemoTenantPath(), now);
    return gh::LocalTenant::open(tenantPath, gh::LocalTenant::OpenMode::OpenExisting);
}

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
        tr("Desktop cockpit for an SAP BTP subaccount and its Cloud Integration tenant."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tenantOption(
        QStringLiteral("tenant"), tr("Open the tenant file PATH instead of the demo tenant."),
        QStringLiteral("PATH"));
    const QCommandLineOption paneOption(
        QStringLiteral("pane"),
        tr("Start on pane NAME: users, role-collections, identity-providers, destinations, "
           "destination-certificates, keystore, security-material, expiring."),
        QStringLiteral("NAME"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Start with TEXT in the pane's search field."),
                                          QStringLiteral("TEXT"));
    parser.addOptions({tenantOption, paneOption, searchOption});
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument: %1").arg(parser.positionalArguments().first()));

    const gh::SystemClock clock;
    // Declared before the window: they outlive it (and the vault dies before its store).
    std::unique_ptr<gh::Workspace> workspace;
    std::unique_ptr<gh::SecretStore> secrets;
    std::unique_ptr<gh::KeyVault> keyVault;
    // The user's settings, the same file as gatehouse-cli's ($XDG_CONFIG_HOME/Gatehouse/
    // gatehouse.ini); never a secret. Declared before the window, which keeps a pointer.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Gatehouse"),
                       QStringLiteral("gatehouse"));
    // System, Light or Dark (View ▸ Theme), applied before the window shows.
    gh::ThemeController theme(&settings);
    gh::MainWindow window(clock);
    window.addThemeActions(theme.actions());
    gh::setExpiringSettings(window.pane(gh::PaneId::Expiring), &settings);
    if (parser.isSet(paneOption) && !window.showPane(parser.value(paneOption)))
        return usageError(tr("unknown pane: %1").arg(parser.value(paneOption)));
    if (parser.isSet(searchOption))
        window.currentPane()->setSearchText(parser.value(searchOption));

    const QString tenantPath = parser.value(tenantOption);
    window.showOpeningMessage(tenantPath.isEmpty() ? tr("Opening demo tenant…")
                                                   : tr("Opening %1…").arg(tenantPath));
    window.show();

    // The private keys of key pairs made or imported here go to the system keychain when it
    // works; probing it answers through the event loop, so the window shows meanwhile.
    const auto attachKeyVault = [&] {
        if (!secrets || !workspace || keyVault)
            return;
        keyVault = std::make_unique<gh::KeyVault>(*secrets, workspace->tenant()->id());
        window.setKeyVault(keyVault.get());
    };
    gh::whenFinished(gh::KeychainSecretStore::ping(), &window, [&](const gh::Status& probed) {
        if (probed) {
            secrets = std::make_unique<gh::KeychainSecretStore>();
        } else {
            secrets = std::make_unique<gh::MemorySecretStore>();
            window.setSecretsNotice(
                tr("No system keychain: private keys made here are kept only until Gatehouse "
                   "quits"),
                tr("The system keychain does not answer: %1").arg(probed.error().toString()));
        }
        attachKeyVault();
    });

    gh::whenFinished(QtConcurrent::run(openTenant, tenantPath, clock.now()), &window,
                     [&](const OpenResult& opened) {
                         if (!opened) {
                             const QString where =
                                 tenantPath.isEmpty() ? gh::defaultDemoTenantPath() : tenantPath;
                             const QString text = opened.error().toString();
                             std::fprintf(stderr, "gatehouse: cannot open %s: %s\n",
                                          qUtf8Printable(where), qUtf8Printable(text));
                             QMessageBox::critical(
                                 &window, tr("Cannot open the tenant"),
                                 tr("Gatehouse cannot open the tenant %1.\n\n%2").arg(where, text));
                             QCoreApplication::exit(2);
                             return;
                         }
                         workspace = std::make_unique<gh::Workspace>(opened.value(), clock);
                         window.setWorkspace(workspace.get());
                         attachKeyVault();
                     });
    return QApplication::exec();
}
