#include "app/crypto/PgpKeyring.h"

#include "app/domain/FileRead.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <gpgme.h>

#include <memory>

namespace gh::pgp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::pgp::PgpKeyring)
};
} // namespace

namespace {

// RAII for GPGME's handles: every path out of readKeyring releases them.
struct CtxDeleter
{
    void operator()(gpgme_ctx_t ctx) const { gpgme_release(ctx); }
};
struct DataDeleter
{
    void operator()(gpgme_data_t data) const { gpgme_data_release(data); }
};
struct KeyDeleter
{
    void operator()(gpgme_key_t key) const { gpgme_key_unref(key); }
};
using Ctx = std::unique_ptr<gpgme_context, CtxDeleter>;
using Data = std::unique_ptr<gpgme_data, DataDeleter>;
using KeyRef = std::unique_ptr<_gpgme_key, KeyDeleter>;

QString gpgText(gpgme_error_t err)
{
    return QString::fromUtf8(gpgme_strerror(err));
}

// GPGME must be initialised once per process before any context is made; a function-local static
// does it on first use, thread-safely, without a global.
bool gpgmeReady()
{
    static const bool ready = [] {
        if (!gpgme_check_version(nullptr))
            return false;
        return gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP) == GPG_ERR_NO_ERROR;
    }();
    return ready;
}

QString engineFile(gpgme_protocol_t protocol)
{
    gpgme_engine_info_t info = nullptr;
    if (gpgme_get_engine_info(&info) != GPG_ERR_NO_ERROR)
        return {};
    for (; info; info = info->next)
        if (info->protocol == protocol && info->file_name)
            return QString::fromUtf8(info->file_name);
    return {};
}

// gpgconf's messages are no business of the caller's stderr (a CLI user would see them).
void runQuietly(const QString& program, const QStringList& args)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, args);
    if (process.waitForStarted(10000))
        process.waitForFinished(30000);
}

// The temporary GnuPG home, and whatever gpg started in it: the agent (started for a secret key
// import) outlives gpg, so it is told to quit before the directory goes; otherwise it would keep
// running, and its socket would vanish under it.
class TemporaryHome
{
public:
    // In the temporary folder (TMPDIR), with a short name: the agent's socket path in it must
    // fit in sockaddr_un (108 bytes).
    TemporaryHome() : m_dir(QDir::tempPath() + QStringLiteral("/gh-pgp-XXXXXX")) {}
    ~TemporaryHome()
    {
        if (!m_dir.isValid())
            return;
        QString gpgconf = engineFile(GPGME_PROTOCOL_GPGCONF);
        if (gpgconf.isEmpty())
            gpgconf = QStringLiteral("gpgconf");
        const QString dir = m_dir.path();
        runQuietly(gpgconf, {QStringLiteral("--homedir"), dir, QStringLiteral("--kill"), QStringLiteral("all")});
        // With /run/user/UID present, gpg keeps this home's sockets in a directory there instead,
        // which the temporary directory's removal would not reach.
        runQuietly(gpgconf, {QStringLiteral("--homedir"), dir, QStringLiteral("--remove-socketdir")});
    }
    TemporaryHome(const TemporaryHome&) = delete;
    TemporaryHome& operator=(const TemporaryHome&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QDateTime fromEpoch(long seconds)
{
    // GPGME: 0 unknown (created) / never (expires), -1 invalid.
    if (seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString algorithmText(gpgme_subkey_t subkey)
{
    const QString curve = subkey->curve ? QString::fromUtf8(subkey->curve) : QString();
    switch (subkey->pubkey_algo) {
    case GPGME_PK_RSA:
    case GPGME_PK_RSA_E:
    case GPGME_PK_RSA_S:
        return QStringLiteral("RSA %1").arg(subkey->length);
    case GPGME_PK_DSA:
        return QStringLiteral("DSA %1").arg(subkey->length);
    case GPGME_PK_ELG:
    case GPGME_PK_ELG_E:
        return QStringLiteral("ElGamal %1").arg(subkey->length);
    case GPGME_PK_EDDSA:
        return QStringLiteral("EdDSA %1").arg(curve);
    case GPGME_PK_ECDSA:
        return QStringLiteral("ECDSA %1").arg(curve);
    case GPGME_PK_ECDH:
        return QStringLiteral("ECDH %1").arg(curve);
    default:
        break;
    }
    // An algorithm we have no name for: GnuPG's own short form ("ed448", "rsa4096").
    char* name = gpgme_pubkey_algo_string(subkey);
    const QString text = name ? QString::fromUtf8(name) : QStringLiteral("unknown");
    gpgme_free(name);
    return text;
}

Subkey toSubkey(gpgme_subkey_t sub)
{
    Subkey out;
    out.keyId = QString::fromLatin1(sub->keyid);
    out.fingerprint = sub->fpr ? QString::fromLatin1(sub->fpr) : QString();
    out.algorithm = algorithmText(sub);
    out.created = fromEpoch(sub->timestamp);
    out.expires = fromEpoch(sub->expires);
    out.revoked = sub->revoked;
    out.expired = sub->expired;
    return out;
}

Key toKey(gpgme_key_t key)
{
    Key out;
    const Subkey primary = toSubkey(key->subkeys);
    out.keyId = primary.keyId;
    out.fingerprint = primary.fingerprint;
    out.algorithm = primary.algorithm;
    out.created = primary.created;
    out.expires = primary.expires;
    for (gpgme_subkey_t sub = key->subkeys->next; sub; sub = sub->next)
        out.subkeys.append(toSubkey(sub));
    for (gpgme_user_id_t uid = key->uids; uid; uid = uid->next)
        out.userIds.append(QString::fromUtf8(uid->uid));
    out.secret = key->secret;
    out.revoked = key->revoked;
    out.expired = key->expired;
    out.disabled = key->disabled;
    return out;
}

Error bad(const QString& source, const QString& message)
{
    return Error::make(Error::Kind::Validation, message, source);
}

} // namespace

QDateTime Key::effectiveExpiry() const
{
    QDateTime earliest = expires;
    for (const Subkey& sub : subkeys)
        if (!sub.revoked && sub.expires.isValid() && (!earliest.isValid() || sub.expires < earliest))
            earliest = sub.expires;
    return earliest;
}

Status Key::status(const QDateTime& now) const
{
    const QDateTime expiry = effectiveExpiry();
    if (!expiry.isValid())
        return Status::Valid;
    if (expiry <= now)
        return Status::Expired;
    return expiry <= now.addDays(CriticalDays) ? Status::Critical : Status::Valid;
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Valid:
        return Tr::tr("Valid");
    case Status::Critical:
        return Tr::tr("Critical");
    case Status::Expired:
        return Tr::tr("Expired");
    }
    return {};
}

namespace {

Result<QByteArray> exportPublic(gpgme_ctx_t ctx, const QString& fingerprint, const QString& source)
{
    gpgme_data_t raw = nullptr;
    if (const gpgme_error_t err = gpgme_data_new(&raw))
        return Error::make(Error::Kind::Crypto, QStringLiteral("GPGME: %1").arg(gpgText(err)), source);
    const Data out(raw);
    const QByteArray pattern = fingerprint.toLatin1();
    if (const gpgme_error_t err = gpgme_op_export(ctx, pattern.constData(), 0, out.get()))
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("GnuPG cannot export key %1: %2").arg(fingerprint, gpgText(err)),
                           source);
    QByteArray bytes;
    gpgme_data_seek(out.get(), 0, SEEK_SET);
    char buffer[4096];
    for (;;) {
        const ssize_t n = gpgme_data_read(out.get(), buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes.append(buffer, n);
    }
    if (bytes.isEmpty())
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("GnuPG exported nothing for key %1").arg(fingerprint), source);
    return bytes;
}

Result<QList<Key>> read(QByteArrayView bytes, const QString& source, Expect expect, bool withPublic);

} // namespace

Result<QList<Key>> readKeyring(QByteArrayView bytes, const QString& source, Expect expect)
{
    return read(bytes, source, expect, false);
}

Result<QList<Key>> readKeyringWithPublicParts(QByteArrayView bytes, const QString& source, Expect expect)
{
    return read(bytes, source, expect, true);
}

QByteArray armor(QByteArrayView packets, bool secret)
{
    // CRC-24 of RFC 4880 section 6.1.
    quint32 crc = 0xB704CEu;
    for (const char c : packets) {
        crc ^= quint32(quint8(c)) << 16;
        for (int i = 0; i < 8; ++i) {
            crc <<= 1;
            if (crc & 0x1000000u)
                crc ^= 0x1864CFBu;
        }
    }
    crc &= 0xFFFFFFu;
    const QByteArray kind = secret ? QByteArrayLiteral("PGP PRIVATE KEY BLOCK") : QByteArrayLiteral("PGP PUBLIC KEY BLOCK");
    QByteArray out = "-----BEGIN " + kind + "-----\n\n";
    const QByteArray b64 = QByteArray(packets.data(), packets.size()).toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    const char sum[3] = {char((crc >> 16) & 0xFF), char((crc >> 8) & 0xFF), char(crc & 0xFF)};
    out += '=' + QByteArray(sum, 3).toBase64() + '\n';
    out += "-----END " + kind + "-----\n";
    return out;
}

namespace {

Result<QList<Key>> read(QByteArrayView bytes, const QString& source, Expect expect, bool withPublic)
{
    if (bytes.size() > MaxInputSize)
        return bad(source, Tr::tr("the keyring is larger than %1 bytes").arg(MaxInputSize));
    if (bytes.isEmpty())
        return bad(source, Tr::tr("the file is empty, not a PGP keyring"));
    if (!gpgmeReady())
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("GnuPG (gpg 2) is not installed or too old for GPGME"), source);

    TemporaryHome home;
    if (!home.isValid())
        return Error::make(Error::Kind::Io, Tr::tr("cannot create a temporary GnuPG home"), source);

    gpgme_ctx_t raw = nullptr;
    if (const gpgme_error_t err = gpgme_new(&raw))
        return Error::make(Error::Kind::Crypto, QStringLiteral("GPGME: %1").arg(gpgText(err)), source);
    const Ctx ctx(raw);
    const QByteArray homeDir = home.path().toUtf8();
    if (const gpgme_error_t err = gpgme_ctx_set_engine_info(ctx.get(), GPGME_PROTOCOL_OpenPGP, nullptr, homeDir.constData()))
        return Error::make(Error::Kind::Crypto, QStringLiteral("GPGME: %1").arg(gpgText(err)), source);
    gpgme_set_armor(ctx.get(), 0);
    // Nothing may ask a person for anything: a protected secret key is imported as it is.
    gpgme_set_pinentry_mode(ctx.get(), GPGME_PINENTRY_MODE_LOOPBACK);

    gpgme_data_t rawData = nullptr;
    if (const gpgme_error_t err = gpgme_data_new_from_mem(&rawData, bytes.data(), size_t(bytes.size()), 1))
        return Error::make(Error::Kind::Crypto, QStringLiteral("GPGME: %1").arg(gpgText(err)), source);
    const Data data(rawData);

    const gpgme_error_t importErr = gpgme_op_import(ctx.get(), data.get());
    const gpgme_import_result_t imported = gpgme_op_import_result(ctx.get());
    if (importErr && gpgme_err_code(importErr) != GPG_ERR_NO_DATA)
        return bad(source, Tr::tr("not a readable PGP keyring (%1)").arg(gpgText(importErr)));
    if (!imported || imported->considered == 0)
        return bad(source,
                   Tr::tr("no PGP keys found: not a PGP keyring, an empty one, or one damaged "
                          "before its first key"));
    // GnuPG skips what it cannot use and imports the rest; a keyring given to the tenant must
    // be whole, so a key that was not taken makes the file bad.
    if (imported->not_imported > 0 || imported->imported + imported->unchanged < imported->considered) {
        QString which;
        for (gpgme_import_status_t st = imported->imports; st; st = st->next)
            if (st->result != GPG_ERR_NO_ERROR && st->fpr)
                which =
                    Tr::tr(" (key %1: %2)").arg(QString::fromLatin1(st->fpr), gpgText(st->result));
        return bad(
            source,
            Tr::tr("%1 of %n key(s) could not be read: the keyring is damaged or truncated%2",
                   nullptr, int(imported->considered))
                .arg(QString::number(imported->considered - imported->imported -
                                     imported->unchanged),
                     which));
    }

    gpgme_set_keylist_mode(ctx.get(), GPGME_KEYLIST_MODE_LOCAL | GPGME_KEYLIST_MODE_WITH_SECRET);
    if (const gpgme_error_t err = gpgme_op_keylist_start(ctx.get(), nullptr, 0))
        return Error::make(Error::Kind::Crypto,
                           Tr::tr("GnuPG cannot list the keys: %1").arg(gpgText(err)), source);
    QList<Key> keys;
    for (;;) {
        gpgme_key_t rawKey = nullptr;
        const gpgme_error_t err = gpgme_op_keylist_next(ctx.get(), &rawKey);
        if (gpgme_err_code(err) == GPG_ERR_EOF)
            break;
        if (err) {
            gpgme_op_keylist_end(ctx.get());
            return Error::make(Error::Kind::Crypto,
                               Tr::tr("GnuPG cannot list the keys: %1").arg(gpgText(err)), source);
        }
        const KeyRef key(rawKey);
        if (key->subkeys)
            keys.append(toKey(key.get()));
    }
    gpgme_op_keylist_end(ctx.get());
    if (withPublic) {
        for (Key& key : keys) {
            auto packets = exportPublic(ctx.get(), key.fingerprint, source);
            if (!packets)
                return packets.error();
            key.publicPackets = std::move(packets).value();
        }
    }
    if (keys.isEmpty())
        return bad(source, Tr::tr("no PGP keys found: not a PGP keyring, or an empty one"));

    for (const Key& key : keys) {
        if (expect == Expect::Public && key.secret)
            return bad(source,
                       Tr::tr("key %1 (%2) has its secret part: a public keyring was expected")
                           .arg(key.keyId, key.userIds.value(0)));
        if (expect == Expect::Secret && !key.secret)
            return bad(source,
                       Tr::tr("key %1 (%2) has no secret part: a secret keyring was expected")
                           .arg(key.keyId, key.userIds.value(0)));
    }
    return keys;
}

} // namespace

Result<QList<Key>> readKeyringFile(const QString& path, Expect expect)
{
    const auto bytes = readFileBounded(path, MaxInputSize, Tr::tr("a PGP keyring"));
    if (!bytes)
        return bytes.error();
    return readKeyring(*bytes, path, expect);
}

} // namespace gh::pgp
