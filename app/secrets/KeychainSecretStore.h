#pragma once

#include "app/secrets/SecretStore.h"

#include <chrono>

namespace gh {

// Secrets in the system keychain through QtKeychain (Secret Service via libsecret on Linux,
// Keychain on macOS, Credential Manager on Windows), under one service name.
//
// Every call starts a self-deleting QtKeychain job and fulfils its future when the job reports
// finished(); the store may be destroyed while jobs run (their futures still finish). Errors:
// no entry -> NotFound; access denied -> Forbidden; no backend or anything else -> Io, with
// QtKeychain's own message. QtKeychain runs one job at a time, so a keychain that waits for the
// user (an unlock prompt) holds up every later call; setTimeout() bounds the wait.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static QString defaultService() { return QStringLiteral("gatehouse"); }
    static constexpr std::chrono::milliseconds defaultTimeout() { return std::chrono::minutes(2); }

    explicit KeychainSecretStore(QString service = defaultService(), QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    // How long a call may wait for the keychain before its future finishes with an Io error
    // (the job itself cannot be cancelled and is left to finish; it may still store or remove the
    // secret later). Zero waits as long as the keychain takes. QtKeychain has no timeout of its
    // own: a session bus that never answers stalls a call forever. The default leaves time for
    // the user to answer an unlock prompt.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    QFuture<gh::Result<QByteArray>> read(const QString& key) override;
    QFuture<gh::Status> write(const QString& key, const QByteArray& secret) override;
    QFuture<gh::Status> remove(const QString& key) override;
    bool isPersistent() const override { return true; }
    QString description() const override;

    // Whether the keychain works: writes a throwaway key under `service`, reads it back, compares
    // and removes it. Finishes with the first error (Io when the keychain does not answer within
    // `timeout` in all; zero waits forever). Call at startup and fall back to MemorySecretStore,
    // telling the user, when it fails. Needs the calling thread's event loop like any call.
    static QFuture<gh::Status> probe(const QString& service = defaultService(),
                                     std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Whether a keychain answers at all, without writing anything: looks up a key that does not
    // exist and expects "not found". Nothing is created, so a desktop whose keyring does not
    // exist yet asks for no password at startup; the prompt comes, if ever, with the first key
    // the user asks Gatehouse to keep. Errors as for probe().
    static QFuture<gh::Status> ping(const QString& service = defaultService(),
                                    std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    QString m_service;
    std::chrono::milliseconds m_timeout = defaultTimeout();
};

} // namespace gh
