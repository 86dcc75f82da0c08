#pragma once

// OpenSSH known_hosts files (sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT"), as Cloud Integration's
// tenant keeps them for SFTP receivers: per line an optional marker (@cert-authority,
// @revoked), a comma list of host patterns (wildcards * and ?, negation !, [host]:port, or one
// hashed "|1|salt|hash"), a key type, the base64 key blob and an optional comment. Untrusted
// input: every problem names the source and line, the size is bounded, a bad line never stops
// the good ones from being read.

#include "app/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace gh::knownhosts {

enum class Marker { None, CertAuthority, Revoked };

struct Entry
{
    int line = 0; // 1-based; 0 for an entry not read from a file
    Marker marker = Marker::None;
    QStringList hosts; // the patterns as written (hashed ones as "|1|salt|hash")
    QString keyType;   // "ssh-ed25519", "ecdsa-sha2-nistp384", "ssh-rsa-cert-v01@openssh.com" …
    QByteArray blob;   // the decoded key in SSH wire format
    QString comment;   // may be empty

    // What `ssh-keygen -l` prints: "SHA256:" and the unpadded base64 of SHA-256(blob); for a
    // certificate, of the plain key it certifies (as ssh-keygen shows certificates).
    QString fingerprintSha256() const;
    // The key size `ssh-keygen -l` prints (RSA/DSA: bits of the modulus/prime; ECDSA: the
    // curve's; Ed25519: 256); 0 when the blob does not say.
    int bits() const;

    // Same key material, marker, hosts and comment (the line number is where, not what).
    bool sameAs(const Entry& other) const
    {
        return marker == other.marker && hosts == other.hosts && keyType == other.keyType &&
               blob == other.blob && comment == other.comment;
    }
};

// The good entries in file order and one Validation error per bad line, each with `where` =
// "source:line", e.g. "known_hosts:7: the key is not valid base64".
struct Parsed
{
    QList<Entry> entries;
    QList<Error> problems;
};

// Much larger than any real known_hosts (a line is well under 4 KB, even for RSA 16384).
constexpr qsizetype MaxInputSize = 8 * 1024 * 1024;
// Beyond this many, further bad lines are counted in one last problem, so that a binary file
// given by mistake does not produce a million messages.
constexpr int MaxProblems = 1000;

// Reads a known_hosts file's bytes (LF or CRLF line ends; blank lines and # comments skipped).
// The only failure is input larger than MaxInputSize; everything else is a problem in `Parsed`.
Result<Parsed> parse(QByteArrayView bytes, const QString& source);

// One line (without its line end). A blank or comment line gives a NotFound error; a bad line a
// Validation error whose `where` is "source:line".
Result<Entry> parseLine(QByteArrayView line, const QString& source, int lineNumber);

// The marker as written ("" / "@cert-authority" / "@revoked").
QString markerText(Marker marker);
// Whether a host pattern is a hashed one ("|1|salt|hash"), which names no host legibly.
bool isHashed(const QString& pattern);

// The known_hosts line for `entry` (without a line end). Entries from parse()/parseLine()
// write back to a line that reads to the same entry.
QString toLine(const Entry& entry);
// Every entry as a line, each ended by "\n" (what ssh writes), UTF-8.
QByteArray serialize(const QList<Entry>& entries);

} // namespace gh::knownhosts
