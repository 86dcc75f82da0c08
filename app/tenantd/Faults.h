#pragma once

// Fault injection for tests and benchmarks of the remote backend (`--faults SPEC`): a fraction
// of requests is answered as an overloaded or failing SAP service would answer it, so that
// retry, backoff, Retry-After handling and timeouts are exercised against the real wire.
//
// SPEC is a comma-separated list of items:
//   5xx=R          answer 503 with the API's own error body (fraction R, 0..1)
//   drop=R         close the connection without a response
//   429=R          answer 429 with Retry-After
//   retry-after=N  the seconds Retry-After names (default 1)
//   latency=D      delay the response by D ("20ms", "1s", "250": milliseconds)
//   latency-rate=R the fraction of requests delayed (default 1 once latency is given)
//   seed=N         a fixed random source: the same requests see the same faults on every run
//   token          the token endpoint takes faults too (left alone otherwise, so that a test
//                  can always get a token and the faults land on the API calls under test)
// One draw per request picks at most one of drop, 5xx and 429 (so their rates add up to at most
// 1 and each is the fraction of requests that sees it); latency is drawn apart and may come on
// top of any of them.

#include "app/domain/Result.h"
#include "app/tenantd/Http.h"

#include <QString>

#include <chrono>
#include <optional>
#include <random>

namespace gh::tenantd {

struct FaultSpec
{
    double serverErrorRate = 0;
    double dropRate = 0;
    double tooManyRate = 0;
    int retryAfterSeconds = 1;
    std::chrono::milliseconds latency{0};
    double latencyRate = 0;
    std::optional<quint64> seed;
    bool token = false;

    bool any() const { return serverErrorRate > 0 || dropRate > 0 || tooManyRate > 0 || latencyRate > 0; }

    // A Validation error naming the item that is wrong.
    static Result<FaultSpec> parse(const QString& spec);
};

class FaultInjector
{
public:
    explicit FaultInjector(const FaultSpec& spec);

    enum class Fault { None, ServerError, Drop, TooMany };
    struct Decision
    {
        Fault fault = Fault::None;
        std::chrono::milliseconds delay{0};
    };

    // What happens to this request; Fault::None with no delay for requests faults leave alone.
    Decision decide(const HttpRequest& request);

    // Runs `next` unless the decision is a fault, and adds the decision's delay to the answer.
    template<class Next>
    HttpResponse handle(const HttpRequest& request, Next&& next)
    {
        const Decision d = decide(request);
        HttpResponse response = d.fault == Fault::None ? next(request) : faultResponse(request, d.fault);
        response.delay = d.delay;
        return response;
    }

private:
    HttpResponse faultResponse(const HttpRequest& request, Fault fault) const;

    FaultSpec m_spec;
    std::mt19937_64 m_random;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};

} // namespace gh::tenantd
