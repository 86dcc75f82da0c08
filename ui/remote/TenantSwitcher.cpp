#include "ui/remote/TenantSwitcher.h"

#include "app/client/TenantLocation.h"
#include "app/client/local/LocalTenant.h"
#include "app/domain/Clock.h"
#include "app/workspace/KeyVault.h"
#include "app/workspace/Pull.h"
#include "app/workspace/Workspace.h"
#include "models/FutureWatch.h"
#include "ui/MainWindow.h"
#include "ui/remote/SyncSession.h"

#include <QSettings>
#include <QtConcurrent>

namespace gh {

namespace {

const QString kLastTenant = QStringLiteral("cockpit/lastTenant");

using OpenResult = Result<std::shared_ptr<LocalTenant>>;

// On a pool thread: a file is checked, the demo tenant made on first use (certificates are
// generated), a replica created when missing.
OpenResult openChoice(const TenantSwitcher::Choice& choice, const QDateTime& now)
{
    switch (choice.kind) {
    case TenantSwitcher::Choice::Kind::Demo: return openOrCreateDemoTenant(defaultDemoTenantPath(), now);
    case TenantSwitcher::Choice::Kind::File: return LocalTenant::open(choice.value, LocalTenant::OpenMode::OpenExisting);
    case TenantSwitcher::Choice::Kind::Profile: return openOrCreateReplica(replicaPath(choice.value), choice.value);
    case TenantSwitcher::Choice::Kind::None: break;
    }
    return Error::make(Error::Kind::NotFound, QStringLiteral("no tenant chosen"));
}

} // namespace

TenantSwitcher::Choice TenantSwitcher::Choice::parse(const QString& stored)
{
    if (stored == QLatin1String("demo"))
        return {Kind::Demo, {}};
    if (stored.startsWith(QLatin1String("file:")) && stored.size() > 5)
        return {Kind::File, stored.mid(5)};
    if (stored.startsWith(QLatin1String("profile:")) && stored.size() > 8)
        return {Kind::Profile, stored.mid(8)};
    return {};
}

QString TenantSwitcher::Choice::stored() const
{
    switch (kind) {
    case Kind::Demo: return QStringLiteral("demo");
    case Kind::File: return QStringLiteral("file:") + value;
    case Kind::Profile: return QStringLiteral("profile:") + value;
    case Kind::None: break;
    }
    return {};
}

TenantSwitcher::TenantSwitcher(MainWindow& window, SyncSession& session, QSettings& settings, const Clock& clock,
                               QObject* parent)
    : QObject(parent), m_window(window), m_session(session), m_settings(settings), m_clock(clock)
{
}

TenantSwitcher::~TenantSwitcher()
{
    m_session.setTenant(nullptr, {});
    m_session.setKeyVault(nullptr);
    m_window.setKeyVault(nullptr);
    m_window.setWorkspace(nullptr);
}

void TenantSwitcher::setSecretStore(SecretStore* store)
{
    m_secrets = store;
    attachKeyVault();
}

TenantSwitcher::Choice TenantSwitcher::lastChoice() const
{
    return Choice::parse(m_settings.value(kLastTenant).toString());
}

void TenantSwitcher::open(const Choice& choice)
{
    const quint64 ticket = ++m_opening;
    m_window.showOpeningMessage(choice.kind == Choice::Kind::Demo      ? tr("Opening the demo tenant…")
                                : choice.kind == Choice::Kind::Profile ? tr("Opening remote tenant %1…").arg(choice.value)
                                                                       : tr("Opening %1…").arg(choice.value));
    whenFinished(QtConcurrent::run(openChoice, choice, m_clock.now()), this, [this, ticket, choice](const OpenResult& r) {
        if (ticket != m_opening)
            return; // a later choice is on its way
        m_done = ticket;
        if (!r) {
            const QString where = choice.kind == Choice::Kind::Demo      ? defaultDemoTenantPath()
                                  : choice.kind == Choice::Kind::Profile ? replicaPath(choice.value)
                                                                         : choice.value;
            Q_EMIT failed(choice, where, r.error().toString());
            return;
        }
        auto next = std::make_unique<Workspace>(r.value(), m_clock);
        // The window and session let go of the old workspace before it goes.
        m_session.setTenant(next.get(), choice.kind == Choice::Kind::Profile ? choice.value : QString());
        m_session.setKeyVault(nullptr);
        m_window.setKeyVault(nullptr);
        m_window.setWorkspace(next.get());
        m_keyVault.reset();
        m_workspace = std::move(next);
        m_current = choice;
        attachKeyVault();
        m_settings.setValue(kLastTenant, choice.stored());
        m_settings.sync();
        Q_EMIT opened(choice);
    });
}

void TenantSwitcher::attachKeyVault()
{
    if (!m_secrets || !m_workspace || m_keyVault)
        return;
    m_keyVault = std::make_unique<KeyVault>(*m_secrets, m_workspace->tenant()->id());
    m_window.setKeyVault(m_keyVault.get());
    m_session.setSecretStore(m_secrets);
    m_session.setKeyVault(m_keyVault.get());
}

} // namespace gh
