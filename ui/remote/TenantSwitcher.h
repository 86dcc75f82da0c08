#pragma once

// Which tenant the cockpit shows, and the switch from one to the next: the demo tenant, a tenant
// file, or a profile's replica (replicaPath/openOrCreateReplica). Opening runs on a pool thread;
// once open, the new Workspace (and its KeyVault) replace the old in the window and the sync
// session, and the choice is kept in QSettings ("cockpit/lastTenant": "demo", "file:PATH",
// "profile:NAME") to be reopened at the next start.

#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace gh {

class Clock;
class KeyVault;
class MainWindow;
class SecretStore;
class SyncSession;
class Workspace;

class TenantSwitcher final : public QObject
{
    Q_OBJECT

public:
    struct Choice
    {
        enum class Kind { None, Demo, File, Profile };
        Kind kind = Kind::None;
        QString value; // the path or the profile name

        static Choice parse(const QString& stored);
        QString stored() const;
        bool operator==(const Choice&) const = default;
    };

    // Not owned: all outlive this object. `settings` keeps the last choice.
    TenantSwitcher(MainWindow& window, SyncSession& session, QSettings& settings, const Clock& clock,
                   QObject* parent = nullptr);
    ~TenantSwitcher() override;

    // The store the key vault of each workspace keeps private keys in (set once probed).
    void setSecretStore(SecretStore* store);

    // The last tenant opened (from the settings); Kind::None on a first start.
    Choice lastChoice() const;
    // Starts opening; `opened` or `failed` follows. A later open wins over an earlier one.
    void open(const Choice& choice);
    Choice current() const { return m_current; }
    Workspace* workspace() const { return m_workspace.get(); }
    bool isOpening() const { return m_opening > m_done; }

Q_SIGNALS:
    void opened(const gh::TenantSwitcher::Choice& choice);
    void failed(const gh::TenantSwitcher::Choice& choice, const QString& where, const QString& error);

private:
    void attachKeyVault();

    MainWindow& m_window;
    SyncSession& m_session;
    QSettings& m_settings;
    const Clock& m_clock;
    SecretStore* m_secrets = nullptr;
    // Declared in this order: the vault goes before the workspace.
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<KeyVault> m_keyVault;
    Choice m_current;
    quint64 m_opening = 0;
    quint64 m_done = 0;
};

} // namespace gh
