#pragma once

// Boost before Qt: Qt's keyword macros must not meet Asio's headers.
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QtGlobal>

#include <chrono>
#include <optional>
#include <string>
#include <type_traits>

namespace stockroom::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

using Reply = http::response<http::string_body>;

/**
 * A raw HTTP/1.1 client for the server tests, on its own io_context: it sends exactly the
 * bytes it is given and parses what comes back, every operation bounded by a timeout.
 */
template<class Stream>
class BasicHttpClient
{
public:
    static constexpr bool isTls = !std::is_same_v<Stream, beast::tcp_stream>;

    explicit BasicHttpClient(quint16 port, net::ssl::context *tls = nullptr)
        : m_port(port)
        , m_stream(makeStream(m_context, tls))
    {}

    bool connect(std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        auto &tcp = beast::get_lowest_layer(m_stream);
        tcp.expires_after(timeout);
        m_error = {};
        tcp.async_connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), m_port),
                          [this](beast::error_code error) { m_error = error; });
        runAll();
        if constexpr (isTls) {
            if (!m_error) {
                SSL_set_tlsext_host_name(m_stream.native_handle(), "localhost");
                tcp.expires_after(timeout);
                m_stream.async_handshake(net::ssl::stream_base::client,
                                         [this](beast::error_code error) { m_error = error; });
                runAll();
            }
        }
        return !m_error;
    }

    /** Sends raw bytes and reads one response while still sending (the server may refuse
     *  early); nullopt when no complete response arrived (see error()). */
    std::optional<Reply> exchange(const std::string &raw,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        beast::get_lowest_layer(m_stream).expires_after(timeout);
        http::response_parser<http::string_body> parser;
        parser.body_limit(boost::none);
        m_error = {};
        net::async_write(m_stream, net::buffer(raw), [](beast::error_code, std::size_t) {});
        http::async_read(m_stream, m_buffer, parser,
                         [this](beast::error_code error, std::size_t) { m_error = error; });
        runAll();
        if (m_error)
            return std::nullopt;
        return parser.release();
    }

    bool send(const std::string &raw, std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        beast::get_lowest_layer(m_stream).expires_after(timeout);
        m_error = {};
        net::async_write(m_stream, net::buffer(raw),
                         [this](beast::error_code error, std::size_t) { m_error = error; });
        runAll();
        return !m_error;
    }

    std::optional<Reply> read(std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        return exchange(std::string(), timeout);
    }

    /** Waits for the server to close; true when it did (end of stream or reset) in time. */
    bool waitForClose(std::chrono::milliseconds timeout, std::size_t *bytesReceived = nullptr)
    {
        beast::get_lowest_layer(m_stream).expires_after(timeout);
        std::size_t received = m_buffer.size();
        for (;;) {
            m_error = {};
            std::size_t bytes = 0;
            m_stream.async_read_some(m_buffer.prepare(64 * 1024),
                                     [this, &bytes](beast::error_code error, std::size_t n) {
                                         m_error = error;
                                         bytes = n;
                                     });
            runAll();
            received += bytes;
            if (m_error)
                break;
        }
        if (bytesReceived)
            *bytesReceived = received;
        return m_error != beast::error::timeout;
    }

    void close()
    {
        beast::error_code ignored;
        beast::get_lowest_layer(m_stream).socket().shutdown(net::ip::tcp::socket::shutdown_both,
                                                            ignored);
        beast::get_lowest_layer(m_stream).close();
    }

    beast::error_code error() const { return m_error; }
    net::io_context &context() { return m_context; }
    Stream &stream() { return m_stream; }
    beast::flat_buffer &buffer() { return m_buffer; }

private:
    static Stream makeStream(net::io_context &context, net::ssl::context *tls)
    {
        if constexpr (isTls)
            return Stream(context, *tls);
        else
            return Stream(context);
    }

    void runAll()
    {
        m_context.restart();
        m_context.run();
    }

    quint16 m_port;
    net::io_context m_context;
    Stream m_stream;
    beast::flat_buffer m_buffer;
    beast::error_code m_error;
};

using HttpClient = BasicHttpClient<beast::tcp_stream>;
using HttpsClient = BasicHttpClient<beast::ssl_stream<beast::tcp_stream>>;

} // namespace stockroom::test
