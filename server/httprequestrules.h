#pragma once

#include "httpserver.h"
#include "httptarget.h"

#include <boost/beast/http/message.hpp>
#include <boost/system/error_code.hpp>

#include <optional>

namespace stockroom::server {

/** What the HTTP layer refuses before a handler sees the request, and with which answer. */
struct HttpRequestRules
{
    using Header = boost::beast::http::request_header<>;

    /**
     * The answer to a request the parser gave up on (413, 431, 505, 400); nullopt when the
     * connection itself failed and there is nobody left to answer.
     */
    static std::optional<HttpResponse> forParseError(const boost::system::error_code &error,
                                                     const HttpLimits &limits);
    /** The refusal of a complete header (501, 415, 400), or nullopt and *target set. */
    static std::optional<HttpResponse> checkHeader(const Header &header, HttpTarget *target);
    static bool expectsContinue(const Header &header);

    static HttpResponse timedOut(const HttpLimits &limits);
    static HttpResponse tooManyConnections(const HttpLimits &limits);
    static HttpResponse unanswered();
    static HttpResponse handlerFailed();
};

} // namespace stockroom::server
