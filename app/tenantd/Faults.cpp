#include "app/tenantd/Faults.h"

#include <QJsonObject>

namespace gh::tenantd {

namespace {

Error specError(const QString& item, const QString& message)
{
    return Error::validation(QStringLiteral("--faults"), QStringLiteral("'%1': %2").arg(item, message));
}

std::optional<double> rate(const QString& text)
{
    bool ok = false;
    const double r = text.toDouble(&ok);
    if (!ok || !(r >= 0.0 && r <= 1.0)) // also refuses NaN
        return std::nullopt;
    return r;
}

// "20ms", "2s" or a bare number of milliseconds; at most a minute, which no test wants to exceed.
std::optional<std::chrono::milliseconds> duration(QString text)
{
    qint64 factor = 1;
    if (text.endsWith(QLatin1String("ms"))) {
        text.chop(2);
    } else if (text.endsWith(QLatin1Char('s'))) {
        text.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || n > 60000 / factor)
        return std::nullopt;
    return std::chrono::milliseconds(n * factor);
}

bool isTokenEndpoint(const HttpRequest& r)
{
    return r.pathSegments == QStringList{QStringLiteral("oauth"), QStringLiteral("token")};
}

} // namespace

Result<FaultSpec> FaultSpec::parse(const QString& spec)
{
    FaultSpec out;
    bool latencyRateGiven = false;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return specError(spec, QStringLiteral("no faults named (e.g. 5xx=0.1,drop=0.05,latency=20ms,429=0.02)"));
    for (const QString& raw : items) {
        const QString item = raw.trimmed();
        if (item == QLatin1String("token")) {
            out.token = true;
            continue;
        }
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return specError(item, QStringLiteral("expected NAME=VALUE or 'token'"));
        const QString name = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        if (name == QLatin1String("5xx") || name == QLatin1String("drop") || name == QLatin1String("429")
            || name == QLatin1String("latency-rate")) {
            const auto r = rate(value);
            if (!r)
                return specError(item, QStringLiteral("the rate must be a number from 0 to 1"));
            if (name == QLatin1String("5xx"))
                out.serverErrorRate = *r;
            else if (name == QLatin1String("drop"))
                out.dropRate = *r;
            else if (name == QLatin1String("429"))
                out.tooManyRate = *r;
            else {
                out.latencyRate = *r;
                latencyRateGiven = true;
            }
        } else if (name == QLatin1String("latency")) {
            const auto d = duration(value);
            if (!d)
                return specError(item, QStringLiteral("the latency must be a duration up to a minute, such as 20ms or 2s"));
            out.latency = *d;
        } else if (name == QLatin1String("retry-after")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > 3600)
                return specError(item, QStringLiteral("retry-after must be whole seconds from 0 to 3600"));
            out.retryAfterSeconds = n;
        } else if (name == QLatin1String("seed")) {
            bool ok = false;
            const quint64 n = value.toULongLong(&ok);
            if (!ok)
                return specError(item, QStringLiteral("the seed must be a whole number"));
            out.seed = n;
        } else {
            return specError(item, QStringLiteral("unknown fault (known: 5xx, drop, 429, retry-after, latency, "
                                                  "latency-rate, seed, token)"));
        }
    }
    if (out.latency.count() > 0 && !latencyRateGiven)
        out.latencyRate = 1.0;
    // One draw picks among the three, so more than all requests cannot be faulted.
    if (out.serverErrorRate + out.dropRate + out.tooManyRate > 1.0 + 1e-9)
        return specError(spec, QStringLiteral("5xx, drop and 429 together exceed 1"));
    return out;
}

FaultInjector::FaultInjector(const FaultSpec& spec)
    : m_spec(spec), m_random(spec.seed ? *spec.seed : std::random_device{}())
{
}

FaultInjector::Decision FaultInjector::decide(const HttpRequest& request)
{
    if (!m_spec.any() || (isTokenEndpoint(request) && !m_spec.token))
        return {};
    Decision d;
    // Always two draws, so that one request's decision never shifts the next one's sequence.
    const double pick = m_unit(m_random);
    const double slow = m_unit(m_random);
    if (pick < m_spec.dropRate)
        d.fault = Fault::Drop;
    else if (pick < m_spec.dropRate + m_spec.serverErrorRate)
        d.fault = Fault::ServerError;
    else if (pick < m_spec.dropRate + m_spec.serverErrorRate + m_spec.tooManyRate)
        d.fault = Fault::TooMany;
    if (slow < m_spec.latencyRate)
        d.delay = m_spec.latency;
    return d;
}

HttpResponse FaultInjector::faultResponse(const HttpRequest& request, Fault fault) const
{
    HttpResponse r;
    switch (fault) {
    case Fault::Drop:
        r.drop = true;
        return r;
    case Fault::ServerError:
        r = apiError(request, 503, QStringLiteral("service_unavailable"),
                     QStringLiteral("The service is temporarily unavailable (injected fault)"));
        return r;
    case Fault::TooMany:
        r = apiError(request, 429, QStringLiteral("too_many_requests"),
                     QStringLiteral("Rate limit exceeded (injected fault)"));
        r.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_spec.retryAfterSeconds));
        return r;
    case Fault::None:
        break;
    }
    return r;
}

} // namespace gh::tenantd
