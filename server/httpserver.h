#pragma once

#include <QtGlobal>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stockroom::server {

/** One complete HTTP request as the API layer sees it: framing, limits and TLS are done. */
struct HttpRequest
{
    std::string method;                       ///< "GET", "POST" ... as sent
    std::string path;                         ///< as sent (still percent-encoded), no query
    std::map<std::string, std::string> query; ///< percent-decoded; the first of repeated keys
    std::string authorization;                ///< the Authorization header, empty if absent
    std::string contentType;
    std::string body;
    std::string remoteAddress; ///< from the socket, never from a header
    std::string requestId;     ///< unique per request; also sent back as X-Request-Id
};

/** What the API layer answers; the server adds framing, Connection and X-Request-Id. */
struct HttpResponse
{
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string logUser; ///< written to the request log, never sent
};

/** Answers one request; callable once, from any thread (further calls are ignored). */
using Responder = std::function<void(HttpResponse)>;
/**
 * Serves one request: answers through the responder at once or later (long-poll). It runs on
 * an I/O thread, on several at once for different connections: it must be thread-safe and must
 * not block (database work goes to a WorkerPool).
 */
using Handler = std::function<void(HttpRequest, Responder)>;

/** The limits that keep one client from exhausting the server. */
struct HttpLimits
{
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    std::size_t maxHeaderBytes = 16 * 1024;
    /// The whole request, body included, must arrive within this time after its first byte.
    std::chrono::milliseconds requestDeadline{10000};
    /// A keep-alive connection waiting for its next request is closed after this time.
    std::chrono::milliseconds idleTimeout{30000};
    /// A client that does not take a response within this time is cut off.
    std::chrono::milliseconds writeTimeout{30000};
    std::size_t maxConnections = 1024;
    int retryAfterSeconds = 5; ///< what a 503 for too many connections advises
};

/** One line of the request log; every field is already safe to print. */
struct RequestLogEntry
{
    std::string method;
    std::string path; ///< without the query string
    std::string remoteAddress;
    std::string user;
    int status = 0;
    double milliseconds = 0;
    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;
};

/**
 * The HTTP/1.1 (and HTTPS) front of stockroomd on Boost.Beast: it enforces the limits of
 * HttpLimits, answers every protocol error with a JSON ApiError, and hands complete requests
 * to one Handler. All I/O is asynchronous on a few threads, so a parked request costs none.
 */
class HttpServer
{
public:
    using LogFunction = std::function<void(const RequestLogEntry &)>;

    /** log (may be empty) is called once per answered request, from I/O threads at once. */
    HttpServer(HttpLimits limits, Handler handler, LogFunction log);
    /** Call after run() has returned (or if it never ran); later answers are no-ops. */
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /** Binds host:port (0 picks a free port); false with a message when that fails. */
    bool listen(const std::string &host, quint16 port, std::string *error);
    /** Serves HTTPS with this PEM certificate chain and key; call before run(). */
    bool enableTls(const std::string &certFile, const std::string &keyFile, std::string *error);
    quint16 port() const;
    bool tlsEnabled() const;

    /** Registers a callback that runs once, on the thread calling stop(), when stop begins. */
    void onStopping(std::function<void()> callback);
    /** Makes SIGTERM and SIGINT call stop(grace) (a second one: stop at once); before run(). */
    void stopOnSignals(std::chrono::milliseconds grace);

    /** Serves on ioThreads threads (the caller's included) until stopped; once only. */
    void run(int ioThreads);
    /**
     * Thread-safe: stops accepting, lets requests in flight finish and be answered for up to
     * grace, then closes every connection and makes run() return.
     */
    void stop(std::chrono::milliseconds grace);
    bool isStopping() const;
    /** Open connections, those beyond maxConnections that are being refused included. */
    std::size_t connectionCount() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace stockroom::server
