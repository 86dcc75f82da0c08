#include "app/domain/KnownHosts.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>
#include <optional>

namespace gh::knownhosts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KnownHosts)
};
} // namespace

namespace {

Error problem(const QString& source, int line, const QString& message)
{
    return Error::make(Error::Kind::Validation, message, QStringLiteral("%1:%2").arg(source).arg(line));
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// At most 64 bytes of untrusted text for a message, anything not printable ASCII as '?', so
// that a message never carries a control character from the file onto a terminal.
QString shown(QByteArrayView bytes)
{
    QString text;
    for (const char c : bytes.first(qMin<qsizetype>(bytes.size(), 64)))
        text += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?');
    return text;
}

// The same for text already decoded (a host pattern): C1 controls such as U+009B (a terminal's
// CSI) are as unwelcome as ASCII ones.
QString shown(const QString& text)
{
    QString out = text.left(64);
    for (QChar& c : out) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return out;
}

// The SSH wire format (RFC 4251 section 5) of a key blob: big-endian uint32 lengths before each
// string and mpint. Every read is bounds-checked; a short blob sets `truncated` and reads as
// empty, so that the caller checks once at the end.
class WireReader
{
public:
    explicit WireReader(QByteArrayView bytes) : m_bytes(bytes) {}

    std::optional<quint32> uint32()
    {
        if (m_bytes.size() - m_pos < 4) {
            m_truncated = true;
            return std::nullopt;
        }
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<quint8>(m_bytes.at(m_pos + i));
        m_pos += 4;
        return v;
    }

    bool skip(qsizetype n)
    {
        if (n < 0 || m_bytes.size() - m_pos < n) {
            m_truncated = true;
            return false;
        }
        m_pos += n;
        return true;
    }

    QByteArrayView string()
    {
        const std::optional<quint32> length = uint32();
        if (!length)
            return {};
        // quint32 fits in qsizetype (64-bit); compared before use so it never overflows.
        if (qsizetype(*length) > m_bytes.size() - m_pos) {
            m_truncated = true;
            m_pos = m_bytes.size();
            return {};
        }
        const QByteArrayView s = m_bytes.sliced(m_pos, qsizetype(*length));
        m_pos += qsizetype(*length);
        return s;
    }

    // Bits of an unsigned mpint (leading zero bytes and bits not counted).
    int mpintBits()
    {
        const QByteArrayView n = string();
        qsizetype i = 0;
        while (i < n.size() && n.at(i) == 0)
            ++i;
        if (i == n.size())
            return 0;
        int bits = int(n.size() - i - 1) * 8;
        for (quint8 top = static_cast<quint8>(n.at(i)); top != 0; top >>= 1)
            ++bits;
        return bits;
    }

    bool truncated() const { return m_truncated; }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }
    qsizetype position() const { return m_pos; }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_truncated = false;
};

// The key types OpenSSH writes to known_hosts (sshkey.c's keytypes), without the certificate
// suffix; `bits` = 0 when the size comes from the blob (RSA, DSA).
struct KeyKind
{
    const char* name;
    int bits;
};
constexpr std::array<KeyKind, 8> kKinds{{{"ssh-ed25519", 256},
                                        {"ssh-rsa", 0},
                                        {"ssh-dss", 0},
                                        {"ecdsa-sha2-nistp256", 256},
                                        {"ecdsa-sha2-nistp384", 384},
                                        {"ecdsa-sha2-nistp521", 521},
                                        {"sk-ecdsa-sha2-nistp256@openssh.com", 256},
                                        {"sk-ssh-ed25519@openssh.com", 256}}};

constexpr QLatin1StringView kCertSuffix("-cert-v01@openssh.com");

// The plain type of `type` ("ssh-rsa-cert-v01@openssh.com" -> "ssh-rsa"; the sk types keep
// their "@openssh.com"), or empty when Gatehouse does not know it.
QString plainType(const QString& type, bool& certificate)
{
    certificate = type.endsWith(kCertSuffix);
    QString plain = certificate ? type.chopped(kCertSuffix.size()) : type;
    if (certificate && plain.startsWith(QLatin1String("sk-")))
        plain += QLatin1String("@openssh.com");
    for (const KeyKind& kind : kKinds) {
        if (plain == QLatin1String(kind.name))
            return plain;
    }
    return {};
}

// Reads the public key fields of a `plain` key (after the type string, or after a
// certificate's nonce); returns its bits (0 when unknown); `error` set when the fields are
// wrong (beyond being truncated, which the reader records).
int readKeyFields(WireReader& r, const QString& plain, QString& error)
{
    if (plain == QLatin1String("ssh-rsa")) {
        r.string(); // e
        return r.mpintBits();
    }
    if (plain == QLatin1String("ssh-dss")) {
        const int bits = r.mpintBits(); // p, then q, g, y
        r.string();
        r.string();
        r.string();
        return bits;
    }
    if (plain.contains(QLatin1String("ed25519"))) {
        const QByteArrayView pk = r.string();
        if (!r.truncated() && pk.size() != 32)
            error = Tr::tr("the Ed25519 public key has %1 bytes instead of 32").arg(pk.size());
        if (plain.startsWith(QLatin1String("sk-")))
            r.string(); // the FIDO application ("ssh:")
        return 256;
    }
    // ECDSA (plain or sk): the curve's name must be the one the type names.
    const QByteArrayView curve = r.string();
    r.string(); // the point
    if (plain.startsWith(QLatin1String("sk-")))
        r.string(); // the FIDO application
    const QString expected = plain.section(QLatin1Char('-'), plain.startsWith(QLatin1String("sk-")) ? 3 : 2, -1)
                                 .section(QLatin1Char('@'), 0, 0);
    if (!r.truncated() && QLatin1String(curve) != expected)
        error = Tr::tr("the key's curve is '%1', but its type says %2")
                    .arg(shown(curve), expected);
    for (const KeyKind& kind : kKinds) {
        if (plain == QLatin1String(kind.name))
            return kind.bits;
    }
    return 0;
}

// Reads a certificate's fields after its public key (PROTOCOL.certkeys): serial, type, key id,
// principals, validity, options, extensions, reserved, signature key, signature.
void readCertificateTail(WireReader& r)
{
    r.skip(8); // serial
    r.uint32(); // type
    r.string(); // key id
    r.string(); // valid principals
    r.skip(16); // valid after, valid before
    r.string(); // critical options
    r.string(); // extensions
    r.string(); // reserved
    r.string(); // signature key
    r.string(); // signature
}

struct BlobCheck
{
    int bits = 0;
    QString error;
    QByteArray certifiedKey; // a certificate's public key as a plain key blob
};

// `text` as an SSH wire string.
QByteArray wireString(const QByteArray& text)
{
    const auto n = static_cast<quint32>(text.size());
    QByteArray out;
    out.reserve(text.size() + 4);
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char((n >> shift) & 0xff);
    return out + text;
}

// Checks that `blob` is a whole key of `type` as ssh reads it (sshkey_from_blob refuses
// trailing data too) and says its size.
BlobCheck checkBlob(QByteArrayView blob, const QString& type)
{
    BlobCheck result;
    bool certificate = false;
    const QString plain = plainType(type, certificate);
    WireReader r(blob);
    const QByteArrayView embedded = r.string();
    if (r.truncated()) {
        result.error = Tr::tr("the key is truncated (%1 bytes, not even its type)").arg(blob.size());
        return result;
    }
    if (QLatin1String(embedded) != type) {
        result.error = Tr::tr("the key is a '%1' key, but the line says %2")
                           .arg(shown(embedded), type);
        return result;
    }
    if (certificate)
        r.string(); // nonce
    const qsizetype keyStart = r.position();
    result.bits = readKeyFields(r, plain, result.error);
    if (certificate) {
        result.certifiedKey = wireString(plain.toLatin1()) + blob.sliced(keyStart, r.position() - keyStart).toByteArray();
        readCertificateTail(r);
    }
    if (r.truncated())
        result.error = Tr::tr("the key is truncated (%1 bytes)").arg(blob.size());
    else if (result.error.isEmpty() && r.remaining() > 0)
        result.error = Tr::tr("the key has %1 bytes of trailing data").arg(r.remaining());
    return result;
}

bool isBase64(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                        c == '/' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    if (text.isEmpty() || !isBase64(text))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// Why `pattern` is not a host pattern sshd reads, or empty when it is.
QString patternProblem(const QString& pattern, qsizetype count)
{
    if (pattern.isEmpty())
        return Tr::tr("an empty host pattern (two commas, or a comma at an end)");
    if (pattern.startsWith(QLatin1Char('|'))) {
        const QStringList parts = pattern.split(QLatin1Char('|'));
        if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
            return Tr::tr("a hashed host must read |1|salt|hash");
        const auto salt = decodeBase64(parts.at(2).toLatin1());
        const auto hash = decodeBase64(parts.at(3).toLatin1());
        if (!salt || !hash || salt->isEmpty() || hash->size() != 20) // HMAC-SHA1
            return Tr::tr("the hashed host's salt or hash is not valid base64 (hash: 20 bytes)");
        if (count > 1)
            return Tr::tr("a hashed host must stand alone, not in a list");
        return {};
    }
    QStringView host(pattern);
    if (host.startsWith(QLatin1Char('!')))
        host = host.mid(1);
    if (host.isEmpty())
        return Tr::tr("'!' negates nothing");
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1String("]:"));
        if (close < 2)
            return Tr::tr("'%1' is not [host]:port").arg(shown(pattern));
        const QStringView port = host.mid(close + 2);
        bool ok = false;
        const int number = port.toInt(&ok);
        // sshd also allows wildcards in the port ("[host]:*"), ssh-keygen writes digits.
        const bool wildcard = !port.isEmpty() && port.toString().remove(QLatin1Char('*')).remove(QLatin1Char('?')).isEmpty();
        if (!wildcard && (!ok || number < 1 || number > 65535))
            return Tr::tr("'%1' has no port 1-65535 after ']:'").arg(shown(pattern));
    }
    for (const QChar c : host) {
        if (!c.isPrint() || c.isSpace()) // also C1 controls, which a terminal may obey
            return Tr::tr("host pattern '%1' contains a space or control character").arg(shown(pattern));
    }
    return {};
}

// Splits off the next blank-separated field of `rest`.
QByteArrayView nextField(QByteArrayView& rest)
{
    qsizetype i = 0;
    while (i < rest.size() && isBlank(rest.at(i)))
        ++i;
    qsizetype end = i;
    while (end < rest.size() && !isBlank(rest.at(end)))
        ++end;
    const QByteArrayView field = rest.sliced(i, end - i);
    rest = rest.sliced(end);
    return field;
}

} // namespace

QString Entry::fingerprintSha256() const
{
    // ssh-keygen -l shows a certificate by the key it certifies, not by the certificate's bytes.
    const QByteArray certified = keyType.endsWith(kCertSuffix) ? checkBlob(blob, keyType).certifiedKey : QByteArray();
    const QByteArray digest = QCryptographicHash::hash(certified.isEmpty() ? blob : certified, QCryptographicHash::Sha256);
    return QLatin1String("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

int Entry::bits() const
{
    return checkBlob(blob, keyType).bits;
}

QString markerText(Marker marker)
{
    switch (marker) {
    case Marker::CertAuthority:
        return QStringLiteral("@cert-authority");
    case Marker::Revoked:
        return QStringLiteral("@revoked");
    case Marker::None:
        break;
    }
    return {};
}

bool isHashed(const QString& pattern)
{
    return pattern.startsWith(QLatin1String("|1|"));
}

Result<Entry> parseLine(QByteArrayView line, const QString& source, int lineNumber)
{
    const auto bad = [&](const QString& message) { return problem(source, lineNumber, message); };
    for (const char c : line) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return bad(Tr::tr("contains a control character (0x%1): not a text line").arg(u, 2, 16, QLatin1Char('0')));
    }
    QByteArrayView rest = line;
    QByteArrayView field = nextField(rest);
    if (field.isEmpty() || field.startsWith('#'))
        return Error::make(Error::Kind::NotFound, Tr::tr("a blank or comment line"),
                           QStringLiteral("%1:%2").arg(source).arg(lineNumber));

    Entry entry;
    entry.line = lineNumber;
    if (field.startsWith('@')) {
        if (field == QByteArrayView("@cert-authority"))
            entry.marker = Marker::CertAuthority;
        else if (field == QByteArrayView("@revoked"))
            entry.marker = Marker::Revoked;
        else
            return bad(Tr::tr("unknown marker '%1' (expected @cert-authority or @revoked)")
                           .arg(shown(field)));
        field = nextField(rest);
        if (field.isEmpty())
            return bad(Tr::tr("the marker is not followed by hosts and a key"));
    }

    entry.hosts = QString::fromUtf8(field).split(QLatin1Char(','));
    for (const QString& pattern : std::as_const(entry.hosts)) {
        const QString why = patternProblem(pattern, entry.hosts.size());
        if (!why.isEmpty())
            return bad(why);
    }

    const QByteArrayView type = nextField(rest);
    if (type.isEmpty())
        return bad(Tr::tr("the hosts are not followed by a key type and key"));
    entry.keyType = QString::fromUtf8(type);
    bool digits = true;
    for (const char c : type)
        digits = digits && c >= '0' && c <= '9';
    if (digits)
        return bad(Tr::tr("an SSH protocol 1 key (bits, exponent, modulus), which OpenSSH no longer reads"));
    bool certificate = false;
    if (plainType(entry.keyType, certificate).isEmpty())
        return bad(Tr::tr("unknown key type '%1'").arg(shown(type)));

    const QByteArrayView key = nextField(rest);
    if (key.isEmpty())
        return bad(Tr::tr("the key type %1 is not followed by a key").arg(entry.keyType));
    const std::optional<QByteArray> blob = decodeBase64(key);
    if (!blob)
        return bad(Tr::tr("the key is not valid base64"));
    entry.blob = *blob;
    const BlobCheck check = checkBlob(entry.blob, entry.keyType);
    if (!check.error.isEmpty())
        return bad(check.error);

    entry.comment = QString::fromUtf8(rest).trimmed();
    return entry;
}

Result<Parsed> parse(QByteArrayView bytes, const QString& source)
{
    if (bytes.size() > MaxInputSize)
        return problem(source, 1, Tr::tr("is larger than %1 MB: not a known_hosts file").arg(MaxInputSize / (1024 * 1024)));
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte order mark from an editor
        bytes = bytes.sliced(3);
    Parsed parsed;
    int lineNumber = 0;
    int dropped = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        ++lineNumber;
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size(); // a last line without a line end
        QByteArrayView line = bytes.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        Result<Entry> entry = parseLine(line, source, lineNumber);
        if (entry) {
            parsed.entries.append(std::move(entry).value());
        } else if (entry.error().kind != Error::Kind::NotFound) {
            if (parsed.problems.size() < MaxProblems)
                parsed.problems.append(entry.error());
            else
                ++dropped;
        }
    }
    if (dropped > 0)
        parsed.problems.append(problem(source, lineNumber, Tr::tr("and %n more bad line(s) not listed", nullptr, dropped)));
    return parsed;
}

QString toLine(const Entry& entry)
{
    QString line;
    if (entry.marker != Marker::None)
        line += markerText(entry.marker) + QLatin1Char(' ');
    line += entry.hosts.join(QLatin1Char(',')) + QLatin1Char(' ') + entry.keyType + QLatin1Char(' ') +
            QString::fromLatin1(entry.blob.toBase64());
    // A comment is one line: a line end inside it would start a new (bad) entry.
    const QString comment = QString(entry.comment).replace(QLatin1Char('\r'), QLatin1Char(' '))
                                .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                .trimmed();
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

QByteArray serialize(const QList<Entry>& entries)
{
    QByteArray out;
    for (const Entry& entry : entries)
        out += toLine(entry).toUtf8() + '\n';
    return out;
}

} // namespace gh::knownhosts
