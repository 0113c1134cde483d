#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace stockroom::chaos {

/** One complete HTTP/1.1 message as it came over the wire, and what a proxy needs of it. */
struct HttpMessage
{
    QByteArray raw;       ///< start line, headers and body, framing included, byte for byte
    QByteArray startLine; ///< "GET /api/v1/feed?after=3 HTTP/1.1" or "HTTP/1.1 200 OK"
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;         ///< de-chunked
    bool closeAfter = false; ///< "Connection: close", or HTTP/1.0 without keep-alive

    QByteArray header(const QByteArray &name) const;
    /** Request target (path and query) of a request; empty for a response. */
    QByteArray target() const;
    /** Status code of a response; 0 for a request. */
    int status() const;
};

/**
 * Cuts a byte stream into HTTP/1.1 messages: requests (Content-Length or chunked bodies, none
 * otherwise) or responses (Content-Length, chunked, or until the connection closes). Feed it
 * what the socket delivered and take complete messages; each keeps its raw bytes so a proxy can
 * forward it unchanged.
 */
class HttpMessageReader
{
public:
    enum class Kind { Request, Response };

    explicit HttpMessageReader(Kind kind)
        : m_kind(kind)
    {}

    void append(const QByteArray &bytes) { m_buffer += bytes; }
    /** The next complete message, if the buffer holds one. */
    std::optional<HttpMessage> take();
    /** The peer closed: a response delimited by the close is complete now. */
    std::optional<HttpMessage> takeAtClose();
    /** The stream is not HTTP as this reader understands it. */
    bool failed() const { return m_failed; }
    bool hasPartialMessage() const { return !m_buffer.isEmpty(); }

private:
    std::optional<qsizetype> chunkedBodyEnd(qsizetype bodyStart, QByteArray *body);
    std::optional<HttpMessage> parseHead(qsizetype headEnd);

    Kind m_kind;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace stockroom::chaos
