#pragma once

#include "httpserver.h"

#include <QString>

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string>
#include <string_view>

namespace stockroom::server {

/** How the HTTP layer builds its answers: JSON errors, wire messages, safe log text. */
struct HttpResponses
{
    static QString tr(const char *text);

    /** A JSON ApiError answer (with Retry-After when retryAfterSeconds > 0). */
    static HttpResponse error(int status, const char *code, const QString &message,
                              int retryAfterSeconds = 0);

    /**
     * The wire message for an answer: framing, X-Request-Id, and only those of the handler's
     * headers that are well-formed and do not touch the framing. A status that is not a final
     * one (200-599) becomes a 500.
     */
    static boost::beast::http::response<boost::beast::http::string_body>
    toMessage(HttpResponse answer, unsigned version, bool headRequest,
              const std::string &requestId);

    /** Text from a client made fit for a log line: no control characters, bounded length. */
    static std::string printable(std::string_view text);
};

} // namespace stockroom::server
