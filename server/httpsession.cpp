#include "httpsession.h"

#include "httprequestrules.h"
#include "httpresponses.h"
#include "responderstate.h"

#include <boost/asio/error.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <chrono>
#include <limits>
#include <optional>
#include <type_traits>

#if defined(__linux__)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace stockroom::server {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

// How long a connection closed after an error keeps reading (and discarding) what the client
// is still sending, so that the client sees our answer instead of a reset.
constexpr std::chrono::milliseconds lingerTime{2000};
constexpr std::size_t headerReadSize = 4 * 1024;
constexpr std::size_t bodyReadSize = 64 * 1024;

std::string toStd(beast::string_view text)
{
    return std::string(text.data(), text.size());
}

std::string_view view(beast::string_view text)
{
    return std::string_view(text.data(), text.size());
}

template<class Stream>
class Session final : public HttpSession
{
public:
    Session(HttpSessionHost &host, std::uint64_t id, tcp::socket socket, net::ssl::context *tls,
            bool overflow, std::string remoteAddress)
        : HttpSession(host, id)
        , m_stream(makeStream(std::move(socket), tls))
        , m_timer(m_stream.get_executor())
        , m_overflow(overflow)
        , m_remoteAddress(std::move(remoteAddress))
    {}

    void start() override
    {
        net::post(m_stream.get_executor(), [self = shared_from_this(), this] {
            if constexpr (isTls) {
                armTimer(limits().requestDeadline);
                m_stream.async_handshake(net::ssl::stream_base::server,
                                         [self, this](beast::error_code error) {
                                             if (m_phase == Phase::Closed)
                                                 return;
                                             if (error)
                                                 closeNow();
                                             else
                                                 readNext();
                                         });
            } else {
                readNext();
            }
        });
    }

    void beginShutdown() override
    {
        net::post(m_stream.get_executor(), [self = shared_from_this(), this] {
            if (m_phase == Phase::Handshake || m_phase == Phase::Waiting
                || m_phase == Phase::Closing)
                closeNow();
        });
    }

    void forceClose() override
    {
        net::post(m_stream.get_executor(), [self = shared_from_this(), this] { closeNow(); });
    }

    void abandon() override { closeNow(); }

    void deliver(std::uint64_t serial, HttpResponse response) override
    {
        net::post(m_stream.get_executor(), [self = shared_from_this(), this, serial,
                                            response = std::move(response)]() mutable {
            if (m_phase != Phase::Handling || serial != m_serial)
                return;
            m_self.reset();
            writeResponse(std::move(response));
        });
    }

private:
    enum class Phase { Handshake, Waiting, Reading, Handling, Writing, Closing, Closed };
    static constexpr bool isTls = !std::is_same_v<Stream, beast::tcp_stream>;

    static Stream makeStream(tcp::socket socket, net::ssl::context *tls)
    {
        if constexpr (isTls)
            return Stream(std::move(socket), *tls);
        else
            return Stream(std::move(socket));
    }

    const HttpLimits &limits() const { return m_host.limits(); }

    void armTimer(std::chrono::milliseconds after)
    {
        const std::uint64_t generation = ++m_timerGeneration;
        m_timer.expires_after(after);
        m_timer.async_wait([self = shared_from_this(), this, generation](beast::error_code error) {
            if (!error && generation == m_timerGeneration)
                onTimer();
        });
    }

    void disarmTimer()
    {
        ++m_timerGeneration;
        m_timer.cancel();
    }

    void onTimer()
    {
        if (m_phase == Phase::Reading) {
            // Cancelling makes the pending read complete; onRead answers 408 from there.
            m_timedOut = true;
            beast::get_lowest_layer(m_stream).cancel();
        } else if (m_phase != Phase::Handling) {
            closeNow();
        }
    }

    void readNext()
    {
        if (m_host.isStopping()) {
            closeNow();
            return;
        }
        m_parser.emplace();
        m_parser->body_limit(limits().maxBodyBytes);
        m_parser->header_limit(static_cast<std::uint32_t>(std::min<std::size_t>(
            limits().maxHeaderBytes, std::numeric_limits<std::uint32_t>::max())));
        m_phase = Phase::Waiting;
        m_sawBytes = m_headerChecked = m_timedOut = m_isHead = false;
        m_version = 11;
        m_bytesIn = m_bytesOut = 0;
        m_logMethod = m_logPath = "-";
        m_logUser.clear();
        m_requestId.clear();
        const bool pipelined = m_buffer.size() > 0;
        if (pipelined) {
            requestStarted();
        } else {
            // Between requests a connection keeps only a small read buffer.
            m_buffer.shrink_to_fit();
            armTimer(m_firstRequest ? limits().requestDeadline : limits().idleTimeout);
        }
        m_firstRequest = false;
        if (pipelined)
            parse();
        else
            readSome();
    }

    void requestStarted()
    {
        m_sawBytes = true;
        m_phase = Phase::Reading;
        m_started = std::chrono::steady_clock::now();
        armTimer(limits().requestDeadline);
    }

    // Raw reads, parsed here rather than by http::async_read: the first byte of a request
    // must start its deadline, and a header trickling in must not look like an idle line.
    void readSome()
    {
        if (m_sawBytes)
            acknowledgeAtOnce();
        const std::size_t size = m_parser->is_header_done() ? bodyReadSize : headerReadSize;
        m_stream.async_read_some(
            m_buffer.prepare(size),
            [self = shared_from_this(), this](beast::error_code error, std::size_t bytes) {
                onRead(error, bytes);
            });
    }

    // A client that sends a request in several writes (Qt: the header, then the body) holds
    // the last part back until what it sent before is acknowledged (Nagle's algorithm); with
    // delayed acknowledgements here that costs 40 ms a request on Linux. Within a request this
    // end acknowledges at once (TCP_QUICKACK is not sticky: it is set again before every read).
    void acknowledgeAtOnce()
    {
#ifdef TCP_QUICKACK
        const int on = 1;
        ::setsockopt(beast::get_lowest_layer(m_stream).socket().native_handle(), IPPROTO_TCP,
                     TCP_QUICKACK, &on, sizeof on);
#endif
    }

    void onRead(beast::error_code error, std::size_t bytes)
    {
        if (m_phase == Phase::Closed)
            return;
        m_buffer.commit(bytes);
        if (!m_sawBytes && m_buffer.size() > 0)
            requestStarted();
        if (m_timedOut) {
            failTimedOut();
            return;
        }
        if (!error) {
            parse();
        } else if (!m_sawBytes) {
            // Closed or broken between requests: nobody to answer.
            closeNow();
        } else if (error == net::error::eof || error == net::ssl::error::stream_truncated) {
            // The client stopped sending in the middle of a request; it may still read.
            onParseError(http::error::partial_message);
        } else {
            closeNow();
        }
    }

    void parse()
    {
        while (m_buffer.size() > 0 && !m_parser->is_done()) {
            beast::error_code error;
            const std::size_t used = m_parser->put(m_buffer.data(), error);
            m_buffer.consume(used);
            m_bytesIn += used;
            if (error == http::error::need_more)
                break;
            if (error) {
                onParseError(error);
                return;
            }
            if (!m_headerChecked && m_parser->is_header_done()) {
                m_headerChecked = true;
                if (!checkHeader())
                    return;
                if (expectsContinue()) {
                    writeContinue();
                    return;
                }
            }
        }
        if (m_parser->is_done())
            dispatch();
        else
            readSome();
    }

    void failTimedOut()
    {
        fail(HttpRequestRules::timedOut(limits()));
    }

    void onParseError(beast::error_code error)
    {
        noteRequestLine();
        if (std::optional<HttpResponse> answer = HttpRequestRules::forParseError(error, limits()))
            fail(std::move(*answer));
        else
            closeNow();
    }

    // For the log, as far as the request line was parsed ("-" for what was not).
    void noteRequestLine()
    {
        const auto &request = m_parser->get();
        const std::string_view target = view(request.target());
        m_logMethod = HttpResponses::printable(view(request.method_string()));
        m_logPath = HttpResponses::printable(target.substr(0, target.find('?')));
        if (m_logMethod.empty())
            m_logMethod = "-";
        if (m_logPath.empty())
            m_logPath = "-";
    }

    // Refuses, before the body is read, what the header alone says we will not serve.
    bool checkHeader()
    {
        noteRequestLine();
        const auto &request = m_parser->get();
        m_version = request.version() == 10 ? 10 : 11;
        m_isHead = request.method() == http::verb::head;
        std::optional<HttpResponse> refusal = HttpRequestRules::checkHeader(request, &m_target);
        if (!refusal && m_overflow)
            refusal = HttpRequestRules::tooManyConnections(limits());
        if (refusal) {
            fail(std::move(*refusal));
            return false;
        }
        return true;
    }

    bool expectsContinue() const
    {
        return !m_parser->is_done() && HttpRequestRules::expectsContinue(m_parser->get());
    }

    void writeContinue()
    {
        static const std::string interim = "HTTP/1.1 100 Continue\r\n\r\n";
        net::async_write(
            m_stream, net::buffer(interim),
            [self = shared_from_this(), this](beast::error_code error, std::size_t bytes) {
                if (m_phase == Phase::Closed)
                    return;
                m_bytesOut += bytes;
                if (m_timedOut)
                    failTimedOut();
                else if (error)
                    closeNow();
                else
                    parse();
            });
    }

    void dispatch()
    {
        disarmTimer();
        m_phase = Phase::Handling;
        auto &message = m_parser->get();
        m_keepAlive = message.keep_alive();
        m_requestId = m_host.nextRequestId();

        HttpRequest request;
        request.method = toStd(message.method_string());
        request.path = std::move(m_target.path);
        request.query = std::move(m_target.query);
        request.authorization = toStd(message[http::field::authorization]);
        request.contentType = toStd(message[http::field::content_type]);
        request.body = std::move(message.body());
        request.remoteAddress = m_remoteAddress;
        request.requestId = m_requestId;
        m_parser.reset();

        // Parked: only the session itself holds on to it until the answer comes.
        m_self = shared_from_this();
        auto state = std::make_shared<ResponderState>(weak_from_this(), ++m_serial);
        try {
            m_host.handle(std::move(request),
                          [state](HttpResponse response) { state->answer(std::move(response)); });
        } catch (...) {
            state->answer(HttpRequestRules::handlerFailed());
        }
    }

    // Answers an error and closes: what follows in the stream cannot be trusted.
    void fail(HttpResponse answer)
    {
        disarmTimer();
        m_keepAlive = false;
        m_lingerOnClose = true;
        writeResponse(std::move(answer));
    }

    void writeResponse(HttpResponse answer)
    {
        m_phase = Phase::Writing;
        if (m_host.isStopping())
            m_keepAlive = false;
        m_logUser = HttpResponses::printable(answer.logUser);
        m_response = HttpResponses::toMessage(std::move(answer), m_version, m_isHead, m_requestId);
        m_logStatus = static_cast<int>(m_response.result_int());
        m_response.keep_alive(m_keepAlive);
        armTimer(limits().writeTimeout);
        http::async_write(
            m_stream, m_response,
            [self = shared_from_this(), this](beast::error_code error, std::size_t bytes) {
                onWritten(error, bytes);
            });
    }

    void onWritten(beast::error_code error, std::size_t bytes)
    {
        m_bytesOut += bytes;
        writeLog();
        if (m_phase == Phase::Closed)
            return;
        disarmTimer();
        m_response = {};
        if (error)
            closeNow();
        else if (!m_keepAlive)
            closeGracefully();
        else
            readNext();
    }

    void writeLog()
    {
        RequestLogEntry entry;
        entry.method = m_logMethod;
        entry.path = m_logPath;
        entry.remoteAddress = m_remoteAddress;
        entry.user = m_logUser;
        entry.status = m_logStatus;
        if (m_sawBytes) {
            entry.milliseconds = std::chrono::duration<double, std::milli>(
                                     std::chrono::steady_clock::now() - m_started)
                                     .count();
        }
        entry.bytesIn = m_bytesIn;
        entry.bytesOut = m_bytesOut;
        m_host.log(entry);
    }

    // Half-closes (TLS: close_notify) and, after an error, drains what the client still sends
    // (a refused body, typically) for a little while, so that closing does not reset the
    // connection under our answer. While the server stops there is no time for that.
    void closeGracefully()
    {
        if (m_host.isStopping() || (!isTls && !m_lingerOnClose)) {
            closeNow();
            return;
        }
        m_phase = Phase::Closing;
        armTimer(lingerTime);
        if constexpr (isTls) {
            m_stream.async_shutdown(
                [self = shared_from_this(), this](beast::error_code) { closeNow(); });
        } else {
            beast::error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
            drain();
        }
    }

    void drain()
    {
        m_buffer.clear();
        m_stream.async_read_some(
            m_buffer.prepare(bodyReadSize),
            [self = shared_from_this(), this](beast::error_code error, std::size_t) {
                if (m_phase != Phase::Closing)
                    return;
                if (error)
                    closeNow();
                else
                    drain();
            });
    }

    void closeNow()
    {
        if (m_phase == Phase::Closed)
            return;
        // The last reference may be m_self: keep the session alive to the end of this call.
        const std::shared_ptr<HttpSession> keep = std::move(m_self);
        m_phase = Phase::Closed;
        disarmTimer();
        beast::get_lowest_layer(m_stream).close();
    }

    Stream m_stream;
    net::steady_timer m_timer;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    HttpTarget m_target;
    const bool m_overflow;
    const std::string m_remoteAddress;
    std::shared_ptr<HttpSession> m_self; ///< set while the request is with the handler

    Phase m_phase = Phase::Handshake;
    std::uint64_t m_timerGeneration = 0;
    std::uint64_t m_serial = 0;
    bool m_firstRequest = true;
    bool m_sawBytes = false;
    bool m_headerChecked = false;
    bool m_timedOut = false;
    bool m_isHead = false;
    bool m_keepAlive = false;
    bool m_lingerOnClose = false;
    unsigned m_version = 11;

    std::chrono::steady_clock::time_point m_started;
    std::string m_logMethod;
    std::string m_logPath;
    std::string m_logUser;
    std::string m_requestId;
    int m_logStatus = 0;
    std::uint64_t m_bytesIn = 0;
    std::uint64_t m_bytesOut = 0;
};

} // namespace

HttpSession::HttpSession(HttpSessionHost &host, std::uint64_t id)
    : m_host(host)
    , m_id(id)
{}

HttpSession::~HttpSession()
{
    m_host.sessionEnded(m_id);
}

std::shared_ptr<HttpSession> HttpSession::create(HttpSessionHost &host, std::uint64_t id,
                                                 tcp::socket socket, net::ssl::context *tls,
                                                 bool overflow)
{
    beast::error_code error;
    const tcp::endpoint remote = socket.remote_endpoint(error);
    std::string address = error ? std::string("-") : remote.address().to_string();
    if (tls) {
        return std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
            host, id, std::move(socket), tls, overflow, std::move(address));
    }
    return std::make_shared<Session<beast::tcp_stream>>(host, id, std::move(socket), nullptr,
                                                        overflow, std::move(address));
}

} // namespace stockroom::server
