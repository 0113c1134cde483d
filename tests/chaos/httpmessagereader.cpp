#include "httpmessagereader.h"

namespace stockroom::chaos {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;

} // namespace

QByteArray HttpMessage::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpMessage::target() const
{
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() == 3 && !parts.at(0).startsWith("HTTP/") ? parts.at(1) : QByteArray();
}

int HttpMessage::status() const
{
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() >= 2 && parts.at(0).startsWith("HTTP/") ? parts.at(1).toInt() : 0;
}

std::optional<HttpMessage> HttpMessageReader::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    HttpMessage message;
    message.startLine = lines.constFirst().trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        message.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QList<QByteArray> parts = message.startLine.split(' ');
    if (parts.size() < 2)
        return std::nullopt;
    const QByteArray version = m_kind == Kind::Request ? parts.constLast() : parts.constFirst();
    if (!version.startsWith("HTTP/1."))
        return std::nullopt;
    const QByteArray connection = message.header("Connection").toLower();
    message.closeAfter = connection.contains("close")
                         || (version == "HTTP/1.0" && !connection.contains("keep-alive"));
    return message;
}

std::optional<qsizetype> HttpMessageReader::chunkedBodyEnd(qsizetype bodyStart, QByteArray *body)
{
    qsizetype at = bodyStart;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        QByteArray sizeText = m_buffer.mid(at, lineEnd - at);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            m_failed = true;
            return std::nullopt;
        }
        at = lineEnd + 2;
        if (size == 0) {
            // Trailers, then the empty line that ends the message.
            for (;;) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", at);
                if (trailerEnd < 0)
                    return std::nullopt;
                const bool last = trailerEnd == at;
                at = trailerEnd + 2;
                if (last)
                    return at;
            }
        }
        if (m_buffer.size() < at + size + 2)
            return std::nullopt;
        body->append(m_buffer.mid(at, size));
        at += size + 2;
    }
}

std::optional<HttpMessage> HttpMessageReader::take()
{
    if (m_failed)
        return std::nullopt;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        m_failed = m_buffer.size() > maxHeadBytes;
        return std::nullopt;
    }
    auto message = parseHead(headEnd);
    if (!message) {
        m_failed = true;
        return std::nullopt;
    }
    const qsizetype bodyStart = headEnd + 4;
    qsizetype end = bodyStart;
    const QByteArray length = message->header("Content-Length");
    const int status = message->status();
    if (message->header("Transfer-Encoding").toLower().contains("chunked")) {
        const auto chunkedEnd = chunkedBodyEnd(bodyStart, &message->body);
        if (!chunkedEnd)
            return std::nullopt;
        end = *chunkedEnd;
    } else if (!length.isEmpty()) {
        bool ok = false;
        const qint64 size = length.toLongLong(&ok);
        if (!ok || size < 0) {
            m_failed = true;
            return std::nullopt;
        }
        if (m_buffer.size() - bodyStart < size)
            return std::nullopt;
        message->body = m_buffer.mid(bodyStart, size);
        end = bodyStart + size;
    } else if (m_kind == Kind::Response && status >= 200 && status != 204 && status != 304) {
        return std::nullopt; // delimited by the end of the connection
    }
    message->raw = m_buffer.left(end);
    m_buffer.remove(0, end);
    return message;
}

std::optional<HttpMessage> HttpMessageReader::takeAtClose()
{
    if (auto message = take())
        return message;
    if (m_failed || m_kind != Kind::Response)
        return std::nullopt;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    auto message = parseHead(headEnd);
    if (!message || !message->header("Content-Length").isEmpty()
        || message->header("Transfer-Encoding").toLower().contains("chunked"))
        return std::nullopt; // a framed message cut short is incomplete, not complete
    message->body = m_buffer.mid(headEnd + 4);
    message->raw = m_buffer;
    message->closeAfter = true;
    m_buffer.clear();
    return message;
}

} // namespace stockroom::chaos
