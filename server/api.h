#pragma once

#include "centralstore.h"
#include "httpserver.h"

#include <QString>

#include <chrono>
#include <memory>

namespace stockroom::server {

class FeedHub;
class WorkerPool;

/** Tunables of the /api/v1 endpoints. */
struct ApiConfig
{
    qint64 tokenTtlMs = 12LL * 60 * 60 * 1000;
    int maxBatch = 5000; ///< changes per push; more is 413
    int defaultFeedLimit = 500;
    int maxFeedLimit = 5000;
    int maxWaitSeconds = 60;   ///< longest long-poll
    int maxPageLimit = 5000;   ///< catalogue and snapshot pages
    int retryAfterSeconds = 2; ///< advised with every 503
};

/**
 * The /api/v1 endpoints of stockroomd (docs/protocol.md): decodes requests with
 * sync/protocol's codecs, checks the bearer token's role and location scope, runs the
 * database work on the worker pool (503 with Retry-After when its queue is full) and parks
 * long-polling feed requests in the FeedHub.
 */
class Api
{
public:
    Api(WorkerPool &pool, FeedHub &hub, ApiConfig config = {});

    /** The HttpServer's handler. */
    void handle(HttpRequest request, Responder respond);

private:
    struct Call;

    void dispatch(const std::shared_ptr<Call> &call);
    /** Runs work on a worker after checking the token (and role when roles is not empty). */
    void authorized(const std::shared_ptr<Call> &call, const QStringList &roles,
                    std::function<void(CentralStore &, const Principal &)> work);
    void onWorker(const std::shared_ptr<Call> &call, std::function<void(CentralStore &)> work);

    void health(const std::shared_ptr<Call> &call);
    void login(const std::shared_ptr<Call> &call);
    void locations(const std::shared_ptr<Call> &call);
    void catalogue(const std::shared_ptr<Call> &call);
    void snapshot(const std::shared_ptr<Call> &call);
    void push(const std::shared_ptr<Call> &call);
    void feed(const std::shared_ptr<Call> &call);
    /** Answers a feed request, parking it until deadline when there is nothing new. */
    void runFeedQuery(const std::shared_ptr<Call> &call, qint64 after, int limit,
                      std::chrono::steady_clock::time_point deadline, const Principal &principal);
    void digest(const std::shared_ptr<Call> &call);
    void sops(const std::shared_ptr<Call> &call);
    void sopAcknowledgements(const std::shared_ptr<Call> &call);
    void funnel(const std::shared_ptr<Call> &call);
    void surveys(const std::shared_ptr<Call> &call);
    void kpis(const std::shared_ptr<Call> &call);

    WorkerPool &m_pool;
    FeedHub &m_hub;
    ApiConfig m_config;
};

} // namespace stockroom::server
