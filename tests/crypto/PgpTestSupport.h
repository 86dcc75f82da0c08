#pragma once

// Keys made in the test by the real gpg in a home of the test's own (never ~/.gnupg), and what
// `gpg --with-colons --fixed-list-mode --list-keys` says about them, to check Gatehouse's reading
// against GnuPG's own listing.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace gh::test {

struct ColonSubkey
{
    QString keyId, fingerprint, algorithm;
    QDateTime created, expires; // UTC; expires invalid when never
    bool revoked = false;
};

struct ColonKey
{
    ColonSubkey primary;
    QList<ColonSubkey> subkeys;
    QStringList userIds;
};

class GpgHome
{
public:
    GpgHome() : m_dir(QStringLiteral("/tmp/gh-pgptest-XXXXXX")) {}
    ~GpgHome()
    {
        // gpg started an agent for key generation; it must not outlive the test.
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--homedir"), m_dir.path(),
                                                      QStringLiteral("--kill"), QStringLiteral("all")});
    }
    GpgHome(const GpgHome&) = delete;
    GpgHome& operator=(const GpgHome&) = delete;

    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    QByteArray gpg(const QStringList& args) const
    {
        QProcess p;
        p.start(QStringLiteral("gpg"), QStringList{QStringLiteral("--homedir"), path(), QStringLiteral("--batch"),
                                                   QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                                                   QStringLiteral("--passphrase"), QString()} +
                                           args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("gpg %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

    void generate(const QString& uid, const QString& algo, const QString& expire) const
    {
        gpg({QStringLiteral("--quick-gen-key"), uid, algo, QStringLiteral("default"), expire});
    }

    // Revokes the key with the certificate gpg made when generating it (openpgp-revocs.d holds
    // it with a ':' before the armor line, so that it is not imported by accident).
    void revoke(const QString& fingerprint) const
    {
        QFile rev(QDir(path()).filePath(QStringLiteral("openpgp-revocs.d/%1.rev").arg(fingerprint)));
        if (!rev.open(QIODevice::ReadOnly))
            qFatal("no revocation certificate for %s", qPrintable(fingerprint));
        QByteArray text = rev.readAll();
        text.replace(":-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----BEGIN PGP PUBLIC KEY BLOCK-----");
        const QString file = filePath(QStringLiteral("revocation.asc"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(file));
        out.close();
        gpg({QStringLiteral("--import"), file});
    }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString file = filePath(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    QList<ColonKey> listKeys() const
    {
        const QByteArray out = gpg({QStringLiteral("--with-colons"), QStringLiteral("--fixed-list-mode"),
                                    QStringLiteral("--list-keys")});
        QList<ColonKey> keys;
        ColonSubkey* last = nullptr;
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> f = line.split(':');
            const QByteArray type = f.value(0);
            if (type == "pub" || type == "sub") {
                ColonSubkey sub;
                sub.revoked = f.value(1) == "r";
                sub.keyId = QString::fromLatin1(f.value(4));
                sub.created = QDateTime::fromSecsSinceEpoch(f.value(5).toLongLong(), Qt::UTC);
                if (!f.value(6).isEmpty())
                    sub.expires = QDateTime::fromSecsSinceEpoch(f.value(6).toLongLong(), Qt::UTC);
                sub.algorithm = algorithmName(f.value(3).toInt(), f.value(2).toInt(), QString::fromLatin1(f.value(16)));
                if (type == "pub") {
                    keys.append(ColonKey{});
                    keys.last().primary = sub;
                    last = &keys.last().primary;
                } else {
                    keys.last().subkeys.append(sub);
                    last = &keys.last().subkeys.last();
                }
            } else if (type == "fpr" && last && last->fingerprint.isEmpty()) {
                last->fingerprint = QString::fromLatin1(f.value(9));
            } else if (type == "uid" && !keys.isEmpty()) {
                // --with-colons escapes ':' as \x3a; our test user IDs have none.
                keys.last().userIds.append(QString::fromUtf8(f.value(9)));
            }
        }
        return keys;
    }

    // The RFC 4880/6637 algorithm numbers as Gatehouse names them.
    static QString algorithmName(int algo, int bits, const QString& curve)
    {
        switch (algo) {
        case 1:
            return QStringLiteral("RSA %1").arg(bits);
        case 17:
            return QStringLiteral("DSA %1").arg(bits);
        case 18:
            return QStringLiteral("ECDH %1").arg(curve);
        case 19:
            return QStringLiteral("ECDSA %1").arg(curve);
        case 22:
            return QStringLiteral("EdDSA %1").arg(curve);
        default:
            return QStringLiteral("algorithm %1").arg(algo);
        }
    }

private:
    QTemporaryDir m_dir;
};

// The processes whose command line mentions `needle` (read from /proc: pgrep is not installed
// everywhere); zombies have an empty command line and do not count.
inline QStringList processesMentioning(const QString& needle)
{
    QStringList found;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        QByteArray text = cmdline.readAll();
        text.replace('\0', ' ');
        if (text.contains(needle.toUtf8()))
            found.append(pid + QLatin1Char(' ') + QString::fromLocal8Bit(text));
    }
    return found;
}

} // namespace gh::test
