#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

namespace gh {

// Where Gatehouse keeps secrets (client secrets, passwords, private-key passphrases).
//
// Asynchronous because the system keychain is: every call returns a future that finishes exactly
// once with a value or a gh::Error, and is never cancelled. Call a store only from the thread it
// lives in, and that thread must run an event loop (the keychain answers through it).
//
// Keys are short paths such as "tenant/<id>/destination/<name>/clientSecret"; they are not
// secret (they may appear in error messages), the values are.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    // The secret stored under `key`; Error::Kind::NotFound when there is none.
    virtual QFuture<gh::Result<QByteArray>> read(const QString& key) = 0;
    // Stores `secret` under `key`, replacing any previous value.
    virtual QFuture<gh::Status> write(const QString& key, const QByteArray& secret) = 0;
    // Forgets the secret under `key`; removing a key that holds nothing succeeds.
    virtual QFuture<gh::Status> remove(const QString& key) = 0;

    // False when secrets live only as long as the process (memory-only fallback).
    virtual bool isPersistent() const = 0;
    // For people: "system keychain (Secret Service)", "memory only (not remembered)".
    virtual QString description() const = 0;

    // "tenant/<tenantId>/destination/<destination>/<field>", the key of a destination's secret.
    static QString destinationKey(const QString& tenantId, const QString& destination,
                                  const QString& field);
    // "tenant/<tenantId>/destination-certificate/<name>/content", where a destination keystore's
    // file (it holds a private key) is kept instead of the tenant file.
    static QString destinationCertificateContentKey(const QString& tenantId, const QString& name);
};

} // namespace gh
