#pragma once

#include "httpserver.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace stockroom::server {

/** What a connection needs from the server that accepted it. */
class HttpSessionHost
{
public:
    virtual ~HttpSessionHost() = default;

    virtual const HttpLimits &limits() const = 0;
    virtual void handle(HttpRequest request, Responder responder) = 0;
    virtual void log(const RequestLogEntry &entry) = 0;
    virtual bool isStopping() const = 0;
    virtual std::string nextRequestId() = 0;
    /** Called from the session's destructor. */
    virtual void sessionEnded(std::uint64_t id) = 0;
};

/**
 * One accepted connection (plain or TLS): reads requests under the limits, hands them to the
 * host, writes the answers, keeps the connection alive or closes it. Everything it does runs
 * on its own strand; the public functions are safe from any thread.
 */
class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    /**
     * A session for a socket accepted on a strand; tls null for plain HTTP. An overflow
     * session (beyond maxConnections) answers its first request with 503 and closes.
     */
    static std::shared_ptr<HttpSession> create(HttpSessionHost &host, std::uint64_t id,
                                               boost::asio::ip::tcp::socket socket,
                                               boost::asio::ssl::context *tls, bool overflow);
    virtual ~HttpSession();
    HttpSession(const HttpSession &) = delete;
    HttpSession &operator=(const HttpSession &) = delete;

    virtual void start() = 0;
    /** The server stops: close when idle, finish the request in flight, then close. */
    virtual void beginShutdown() = 0;
    virtual void forceClose() = 0;
    /**
     * Closes at once, on the calling thread, and forgets a parked request: only for when no
     * I/O thread runs any more (the server's destructor).
     */
    virtual void abandon() = 0;
    /** The answer to the request numbered serial; ignored if that request is over. */
    virtual void deliver(std::uint64_t serial, HttpResponse response) = 0;

protected:
    HttpSession(HttpSessionHost &host, std::uint64_t id);

    HttpSessionHost &m_host;
    const std::uint64_t m_id;
};

} // namespace stockroom::server
