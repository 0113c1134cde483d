#include "httprequestrules.h"

#include "httpresponses.h"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>

#include <string_view>

namespace stockroom::server {

namespace beast = boost::beast;
namespace http = beast::http;

namespace {

beast::string_view trimmed(beast::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<HttpResponse> HttpRequestRules::forParseError(const boost::system::error_code &error,
                                                            const HttpLimits &limits)
{
    if (error == http::error::body_limit) {
        return HttpResponses::error(413, "payload_too_large",
                                    HttpResponses::tr("The request body is larger than %1 bytes.")
                                        .arg(limits.maxBodyBytes));
    }
    if (error == http::error::header_limit) {
        return HttpResponses::error(431, "header_too_large",
                                    HttpResponses::tr("The request header is larger than %1 bytes.")
                                        .arg(limits.maxHeaderBytes));
    }
    if (error == http::error::bad_version) {
        // The parser knows HTTP/1.0 and 1.1 only ("PRI * HTTP/2.0" lands here too).
        return HttpResponses::error(505, "http_version_not_supported",
                                    HttpResponses::tr("Only HTTP/1.0 and HTTP/1.1 are served."));
    }
    if (error.category() == http::make_error_code(http::error::bad_target).category()) {
        return HttpResponses::error(400, "bad_request",
                                    HttpResponses::tr("Malformed HTTP request: %1.")
                                        .arg(QString::fromStdString(error.message())));
    }
    return std::nullopt;
}

std::optional<HttpResponse> HttpRequestRules::checkHeader(const Header &header, HttpTarget *target)
{
    if (header.method() == http::verb::unknown)
        return HttpResponses::error(501, "not_implemented",
                                    HttpResponses::tr("Unknown HTTP method."));
    // Any transfer coding but chunked alone would leave the end of the body unknown.
    const std::size_t codings = header.count(http::field::transfer_encoding);
    if (codings > 1
        || (codings == 1
            && !beast::iequals(trimmed(header[http::field::transfer_encoding]), "chunked"))) {
        return HttpResponses::error(
            501, "not_implemented",
            HttpResponses::tr("Only the chunked transfer coding is supported."));
    }
    // Compressed bodies are refused rather than inflated: we don't inflate, because a small
    // upload could then expand far past maxBodyBytes (a zip bomb), and our clients send
    // plain JSON.
    const beast::string_view encoding = trimmed(header[http::field::content_encoding]);
    if (!encoding.empty() && !beast::iequals(encoding, "identity")) {
        return HttpResponses::error(
            415, "unsupported_media_type",
            HttpResponses::tr("Compressed request bodies are not accepted; send the body "
                              "without Content-Encoding."));
    }
    std::optional<HttpTarget> parsed
        = HttpTarget::parse(std::string_view(header.target().data(), header.target().size()));
    if (!parsed) {
        return HttpResponses::error(
            400, "bad_request",
            HttpResponses::tr("The request target is not a valid path and query."));
    }
    *target = std::move(*parsed);
    return std::nullopt;
}

bool HttpRequestRules::expectsContinue(const Header &header)
{
    return header.version() == 11
           && beast::iequals(trimmed(header[http::field::expect]), "100-continue");
}

HttpResponse HttpRequestRules::timedOut(const HttpLimits &limits)
{
    return HttpResponses::error(
        408, "request_timeout",
        HttpResponses::tr("The request did not arrive completely within %1 ms.")
            .arg(limits.requestDeadline.count()));
}

HttpResponse HttpRequestRules::tooManyConnections(const HttpLimits &limits)
{
    return HttpResponses::error(
        503, "unavailable",
        HttpResponses::tr("The server has too many connections open; try again later."),
        limits.retryAfterSeconds);
}

HttpResponse HttpRequestRules::unanswered()
{
    return HttpResponses::error(
        500, "internal_error",
        HttpResponses::tr("The server dropped the request without answering it."));
}

HttpResponse HttpRequestRules::handlerFailed()
{
    return HttpResponses::error(500, "internal_error",
                                HttpResponses::tr("The server failed while handling the request."));
}

} // namespace stockroom::server
