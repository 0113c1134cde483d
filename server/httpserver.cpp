#include "httpserver.h"

#include "httpresponses.h"
#include "httpsession.h"
#include "signalwatcher.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <unordered_map>

namespace stockroom::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// After the grace period every connection is closed; if something still holds the I/O
// threads this long afterwards, they are stopped regardless.
constexpr std::chrono::milliseconds forcedStopMargin{1000};
constexpr std::chrono::milliseconds acceptRetryDelay{100};

std::string message(const char *text, const std::string &subject, const std::string &detail)
{
    return HttpResponses::tr(text)
        .arg(QString::fromStdString(subject), QString::fromStdString(detail))
        .toStdString();
}

} // namespace

class HttpServer::Impl final : public HttpSessionHost
{
public:
    Impl(HttpLimits limits, Handler handler, LogFunction log)
        : m_limits(limits)
        , m_handler(std::move(handler))
        , m_log(std::move(log))
        , m_requestIdPrefix(std::random_device()())
    {}

    ~Impl() override
    {
        // No I/O thread runs any more: break the self-references of parked sessions so that
        // every session goes before the io_context that its socket belongs to.
        std::vector<std::shared_ptr<HttpSession>> sessions;
        {
            std::lock_guard lock(m_mutex);
            m_destroying = true;
            for (auto &[id, entry] : m_sessions) {
                if (auto session = entry.session.lock())
                    sessions.push_back(std::move(session));
            }
        }
        for (const auto &session : sessions)
            session->abandon();
    }

    const HttpLimits &limits() const override { return m_limits; }

    void handle(HttpRequest request, Responder responder) override
    {
        m_handler(std::move(request), std::move(responder));
    }

    void log(const RequestLogEntry &entry) override
    {
        if (!m_log)
            return;
        try {
            m_log(entry);
        } catch (...) {
            // A failing log sink must not take the connection down with it.
        }
    }

    bool isStopping() const override
    {
        std::lock_guard lock(m_mutex);
        return m_stopping;
    }

    std::string nextRequestId() override
    {
        char text[32];
        std::snprintf(text, sizeof text, "%08x-%llx", m_requestIdPrefix,
                      static_cast<unsigned long long>(++m_requestCount));
        return text;
    }

    void sessionEnded(std::uint64_t id) override
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_sessions.find(id);
        if (found == m_sessions.end())
            return;
        if (found->second.overflow)
            --m_overflowCount;
        m_sessions.erase(found);
        if (m_stopping && m_sessions.empty() && !m_destroying)
            m_context.stop();
    }

    bool listen(const std::string &host, quint16 port, std::string *error);
    bool enableTls(const std::string &certFile, const std::string &keyFile, std::string *error);
    void run(int ioThreads);
    void stop(std::chrono::milliseconds grace);

    HttpLimits m_limits;
    Handler m_handler;
    LogFunction m_log;

    mutable std::mutex m_mutex;
    struct Entry
    {
        std::weak_ptr<HttpSession> session;
        bool overflow = false;
    };
    std::unordered_map<std::uint64_t, Entry> m_sessions;
    std::size_t m_overflowCount = 0;
    std::uint64_t m_nextSessionId = 0;
    bool m_stopping = false;
    bool m_destroying = false;
    std::vector<std::function<void()>> m_stoppingCallbacks;

    const unsigned m_requestIdPrefix;
    std::atomic<std::uint64_t> m_requestCount{0};

    // Declared after the session registry and the TLS context: destroying the io_context
    // destroys the sessions its pending operations hold, and they deregister themselves.
    std::optional<net::ssl::context> m_tls;
    net::io_context m_context;
    net::strand<net::io_context::executor_type> m_strand{net::make_strand(m_context)};
    tcp::acceptor m_acceptor{m_strand};
    net::steady_timer m_acceptRetry{m_strand};
    net::steady_timer m_graceTimer{m_strand};
    net::executor_work_guard<net::io_context::executor_type> m_work{m_context.get_executor()};
    std::unique_ptr<SignalWatcher> m_signals;
    quint16 m_port = 0;
    bool m_ran = false;

private:
    void accept();
    void onAccept(const boost::system::error_code &error, tcp::socket socket);
    void beginStop(std::chrono::milliseconds grace);
    std::vector<std::shared_ptr<HttpSession>> liveSessions() const;
};

bool HttpServer::Impl::listen(const std::string &host, quint16 port, std::string *error)
{
    boost::system::error_code code;
    tcp::endpoint endpoint;
    const net::ip::address address = net::ip::make_address(host, code);
    if (!code) {
        endpoint = tcp::endpoint(address, port);
    } else {
        tcp::resolver resolver(m_context);
        const auto results = resolver.resolve(host, std::to_string(port), code);
        if (code || results.empty()) {
            *error = message("cannot resolve %1: %2", host, code.message());
            return false;
        }
        endpoint = results.begin()->endpoint();
    }
    const std::string where = host + ':' + std::to_string(port);
    m_acceptor.open(endpoint.protocol(), code);
    if (!code)
        m_acceptor.set_option(net::socket_base::reuse_address(true), code);
    if (!code)
        m_acceptor.bind(endpoint, code);
    if (!code)
        m_acceptor.listen(net::socket_base::max_listen_connections, code);
    if (code) {
        *error = message("cannot listen on %1: %2", where, code.message());
        boost::system::error_code ignored;
        m_acceptor.close(ignored);
        return false;
    }
    m_port = m_acceptor.local_endpoint(code).port();
    net::post(m_strand, [this] { accept(); });
    return true;
}

bool HttpServer::Impl::enableTls(const std::string &certFile, const std::string &keyFile,
                                 std::string *error)
{
    net::ssl::context context(net::ssl::context::tls_server);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    context.set_options(net::ssl::context::default_workarounds | net::ssl::context::single_dh_use);
    boost::system::error_code code;
    if (context.use_certificate_chain_file(certFile, code)) {
        *error = message("cannot use the certificate %1: %2", certFile, code.message());
        return false;
    }
    if (context.use_private_key_file(keyFile, net::ssl::context::pem, code)) {
        *error = message("cannot use the private key %1: %2", keyFile, code.message());
        return false;
    }
    if (SSL_CTX_check_private_key(context.native_handle()) != 1) {
        *error = message("the private key %1 does not match the certificate %2", keyFile, certFile);
        return false;
    }
    m_tls.emplace(std::move(context));
    return true;
}

void HttpServer::Impl::accept()
{
    m_acceptor.async_accept(net::make_strand(m_context),
                            [this](const boost::system::error_code &error, tcp::socket socket) {
                                onAccept(error, std::move(socket));
                            });
}

void HttpServer::Impl::onAccept(const boost::system::error_code &error, tcp::socket socket)
{
    if (!m_acceptor.is_open())
        return;
    if (error) {
        // Out of file descriptors, typically: try again shortly rather than spin.
        m_acceptRetry.expires_after(acceptRetryDelay);
        m_acceptRetry.async_wait([this](const boost::system::error_code &waitError) {
            if (!waitError && m_acceptor.is_open())
                accept();
        });
        return;
    }
    // Answers leave at once: without TCP_NODELAY the last part of a response waits for the
    // client's delayed acknowledgement of the part before it (40 ms on Linux).
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    std::shared_ptr<HttpSession> session;
    {
        std::lock_guard lock(m_mutex);
        const std::size_t regular = m_sessions.size() - m_overflowCount;
        // Beyond maxConnections a connection still gets its 503, up to a bounded number of
        // them; past that the socket is closed unanswered, as nothing is left to answer with.
        const std::size_t overflowCap = std::max<std::size_t>(16, m_limits.maxConnections / 4);
        const bool overflow = regular >= m_limits.maxConnections;
        if (!m_stopping && (!overflow || m_overflowCount < overflowCap)) {
            const std::uint64_t id = ++m_nextSessionId;
            session = HttpSession::create(*this, id, std::move(socket), m_tls ? &*m_tls : nullptr,
                                          overflow);
            m_sessions.emplace(id, Entry{session, overflow});
            if (overflow)
                ++m_overflowCount;
        }
    }
    if (session)
        session->start();
    accept();
}

std::vector<std::shared_ptr<HttpSession>> HttpServer::Impl::liveSessions() const
{
    std::vector<std::shared_ptr<HttpSession>> sessions;
    std::lock_guard lock(m_mutex);
    for (const auto &[id, entry] : m_sessions) {
        if (auto session = entry.session.lock())
            sessions.push_back(std::move(session));
    }
    return sessions;
}

void HttpServer::Impl::run(int ioThreads)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ran)
            return;
        m_ran = true;
    }
    std::vector<std::thread> threads;
    for (int i = 1; i < ioThreads; ++i)
        threads.emplace_back([this] { m_context.run(); });
    m_context.run();
    for (std::thread &thread : threads)
        thread.join();
}

void HttpServer::Impl::stop(std::chrono::milliseconds grace)
{
    std::vector<std::function<void()>> callbacks;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
        callbacks = m_stoppingCallbacks;
    }
    for (const auto &callback : callbacks)
        callback();
    net::post(m_strand, [this, grace] { beginStop(grace); });
}

void HttpServer::Impl::beginStop(std::chrono::milliseconds grace)
{
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_acceptRetry.cancel();
    for (const auto &session : liveSessions())
        session->beginShutdown();
    m_graceTimer.expires_after(grace);
    m_graceTimer.async_wait([this](const boost::system::error_code &error) {
        if (error)
            return;
        for (const auto &session : liveSessions())
            session->forceClose();
        m_graceTimer.expires_after(forcedStopMargin);
        m_graceTimer.async_wait([this](const boost::system::error_code &marginError) {
            if (!marginError)
                m_context.stop();
        });
    });
    std::lock_guard lock(m_mutex);
    if (m_sessions.empty())
        m_context.stop();
}

HttpServer::HttpServer(HttpLimits limits, Handler handler, LogFunction log)
    : m_impl(std::make_unique<Impl>(limits, std::move(handler), std::move(log)))
{}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const std::string &host, quint16 port, std::string *error)
{
    return m_impl->listen(host, port, error);
}

bool HttpServer::enableTls(const std::string &certFile, const std::string &keyFile,
                           std::string *error)
{
    return m_impl->enableTls(certFile, keyFile, error);
}

quint16 HttpServer::port() const
{
    return m_impl->m_port;
}

bool HttpServer::tlsEnabled() const
{
    return m_impl->m_tls.has_value();
}

void HttpServer::onStopping(std::function<void()> callback)
{
    std::lock_guard lock(m_impl->m_mutex);
    m_impl->m_stoppingCallbacks.push_back(std::move(callback));
}

void HttpServer::stopOnSignals(std::chrono::milliseconds grace)
{
    m_impl->m_signals = std::make_unique<SignalWatcher>(m_impl->m_context, [this, grace](int) {
        // A second signal while stopping means "now".
        if (isStopping())
            m_impl->m_context.stop();
        else
            stop(grace);
    });
}

void HttpServer::run(int ioThreads)
{
    m_impl->run(std::max(1, ioThreads));
}

void HttpServer::stop(std::chrono::milliseconds grace)
{
    m_impl->stop(grace);
}

bool HttpServer::isStopping() const
{
    return m_impl->isStopping();
}

std::size_t HttpServer::connectionCount() const
{
    std::lock_guard lock(m_impl->m_mutex);
    return m_impl->m_sessions.size();
}

} // namespace stockroom::server
