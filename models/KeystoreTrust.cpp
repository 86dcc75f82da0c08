#include "models/KeystoreTrust.h"

#include "models/Format.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace gh {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(gh::KeystoreTrust)
};

QString fingerprintKey(const crypto::Certificate& c)
{
    return format::normalizedFingerprint(c.fingerprint(QCryptographicHash::Sha256));
}

} // namespace

crypto::Certificate KeystoreTrust::parse(const QByteArray& pem)
{
    if (const auto it = m_cache.constFind(pem); it != m_cache.constEnd())
        return *it;
    auto cert = crypto::Certificate::fromPem(pem);
    crypto::Certificate c = cert ? *cert : crypto::Certificate();
    m_cache.insert(pem, c);
    return c;
}

bool KeystoreTrust::isTrustAnchor(const KeystoreEntry& entry)
{
    if (entry.chain.isEmpty())
        return false;
    if (entry.type == QLatin1String("Certificate"))
        return true;
    const crypto::Certificate c = parse(entry.chain.first());
    return !c.isNull() && c.isSelfIssued() && c.isCa();
}

ChainReport KeystoreTrust::verify(const KeystoreEntry& entry, const QList<KeystoreEntry>& entries,
                                  const QDateTime& at, int expiringWithinDays)
{
    ChainReport report;
    if (entry.chain.isEmpty()) {
        report.error = Tr::tr("The entry holds no certificate.");
        return report;
    }
    const crypto::Certificate leaf = parse(entry.chain.first());
    if (leaf.isNull()) {
        report.error = Tr::tr("The entry's certificate cannot be read.");
        return report;
    }
    QHash<QString, QString> aliasOf; // SHA-256 → alias (the entry's own first)
    QList<crypto::Certificate> trusted;
    for (const KeystoreEntry& e : entries) {
        if (e.chain.isEmpty())
            continue;
        aliasOf.insert(format::normalizedFingerprint(e.fingerprintSha256), e.alias);
        if (isTrustAnchor(e)) {
            if (crypto::Certificate c = parse(e.chain.first()); !c.isNull())
                trusted.append(std::move(c));
        }
    }
    QList<crypto::Certificate> intermediates;
    for (qsizetype i = 1; i < entry.chain.size(); ++i) {
        if (crypto::Certificate c = parse(entry.chain.at(i)); !c.isNull())
            intermediates.append(std::move(c));
    }

    QElapsedTimer timer;
    timer.start();
    // Prefer the whole path up to a self-signed root of the tenant (trusted intermediates help
    // build it); only when no root anchors it, a trusted intermediate may (partial chain).
    QList<crypto::Certificate> roots;
    QList<crypto::Certificate> helpers = intermediates;
    for (const crypto::Certificate& c : std::as_const(trusted))
        (c.isSelfIssued() ? roots : helpers).append(c);
    crypto::ChainVerifier verifier;
    verifier.setTrusted(roots);
    verifier.setIntermediates(helpers);
    auto result = verifier.verify(leaf, at);
    if (result && result->anchorSource == crypto::ChainVerification::AnchorSource::None) {
        verifier.setTrusted(trusted);
        verifier.setIntermediates(intermediates);
        result = verifier.verify(leaf, at);
    }
    report.elapsedMicroseconds = timer.nsecsElapsed() / 1000;
    if (!result) {
        report.error = result.error().message;
        return report;
    }
    const crypto::ChainVerification& v = *result;
    for (const crypto::ChainElement& el : v.chain) {
        ChainReportElement out;
        const QString fp = fingerprintKey(el.certificate);
        out.alias = aliasOf.value(fp);
        if (fp == format::normalizedFingerprint(entry.fingerprintSha256))
            out.alias = entry.alias;
        out.subjectDN = el.certificate.subjectDN();
        out.subjectCN = el.certificate.subjectCommonName();
        if (out.subjectCN.isEmpty())
            out.subjectCN = out.subjectDN;
        out.notBefore = el.certificate.notBefore();
        out.notAfter = el.certificate.notAfter();
        out.expiry = expiryOf(out.notBefore, out.notAfter, at, expiringWithinDays);
        out.trusted = el.trusted;
        for (const crypto::ChainIssue& issue : el.issues)
            out.problems.append(Tr::tr("%1: %2").arg(crypto::chainProblemName(issue.problem),
                                                     issue.reason));
        report.chain.append(out);
    }
    report.valid = v.isValid();
    if (v.anchorSource == crypto::ChainVerification::AnchorSource::Trusted) {
        report.anchorAlias = aliasOf.value(fingerprintKey(v.anchor));
        report.trustReason =
            report.anchorAlias.isEmpty()
                ? Tr::tr("trusted: %1 is a trusted certificate of the tenant")
                      .arg(v.anchor.subjectCommonName())
                : Tr::tr("trusted: %1 in the tenant keystore").arg(report.anchorAlias);
    } else {
        report.trustReason = Tr::tr("not trusted: no certificate of the tenant keystore anchors "
                                    "this chain");
    }
    if (report.valid) {
        report.summary = Tr::tr("Chain valid");
    } else {
        const QList<crypto::ChainIssue> issues = v.issues();
        report.summary = issues.isEmpty()
                             ? v.summary
                             : Tr::tr("Chain not valid: %1").arg(issues.first().reason);
    }
    return report;
}

} // namespace gh
