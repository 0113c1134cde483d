#include "httpresponses.h"

#include "apierror.h"

#include <QCoreApplication>

#include <boost/beast/core/string.hpp>

#include <algorithm>
#include <array>

namespace stockroom::server {

namespace http = boost::beast::http;

namespace {

constexpr std::size_t maxLoggedLength = 256;

bool isToken(std::string_view name)
{
    static constexpr std::string_view extra = "!#$%&'*+-.^_`|~";
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
               || extra.find(c) != std::string_view::npos;
    });
}

bool isFieldValue(std::string_view value)
{
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t') || byte == 0x7f;
    });
}

// The server owns the framing; a handler that sets these would corrupt the stream.
bool isReserved(std::string_view name)
{
    static constexpr std::array<std::string_view, 6> reserved{"content-length", "transfer-encoding",
                                                              "connection",     "keep-alive",
                                                              "upgrade",        "x-request-id"};
    return std::any_of(reserved.begin(), reserved.end(), [name](std::string_view r) {
        return boost::beast::iequals(boost::beast::string_view(name.data(), name.size()),
                                     boost::beast::string_view(r.data(), r.size()));
    });
}

} // namespace

QString HttpResponses::tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::HttpServer", text);
}

HttpResponse HttpResponses::error(int status, const char *code, const QString &message,
                                  int retryAfterSeconds)
{
    const QByteArray json
        = protocol::encodeApiError({status, QString::fromLatin1(code), message, retryAfterSeconds});
    HttpResponse response;
    response.status = status;
    response.body.assign(json.constData(), static_cast<std::size_t>(json.size()));
    if (retryAfterSeconds > 0)
        response.headers.emplace_back("Retry-After", std::to_string(retryAfterSeconds));
    return response;
}

http::response<http::string_body> HttpResponses::toMessage(HttpResponse answer, unsigned version,
                                                           bool headRequest,
                                                           const std::string &requestId)
{
    if (answer.status < 200 || answer.status > 599) {
        answer = error(500, "internal_error",
                       tr("The server produced an invalid status (%1).").arg(answer.status));
    }
    http::response<http::string_body> message;
    message.version(version);
    message.result(static_cast<unsigned>(answer.status));
    message.set(http::field::server, "stockroomd");
    if (!answer.contentType.empty() && isFieldValue(answer.contentType))
        message.set(http::field::content_type, answer.contentType);
    for (const auto &[name, value] : answer.headers) {
        if (isToken(name) && isFieldValue(value) && !isReserved(name))
            message.insert(name, value);
    }
    if (!requestId.empty())
        message.set("X-Request-Id", requestId);

    const bool bodiless = answer.status == 204 || answer.status == 304;
    if (bodiless)
        answer.body.clear();
    if (headRequest) {
        // The length the GET would have; the body itself is not sent.
        if (!bodiless)
            message.content_length(answer.body.size());
    } else {
        message.body() = std::move(answer.body);
        message.prepare_payload();
    }
    return message;
}

std::string HttpResponses::printable(std::string_view text)
{
    std::string result;
    result.reserve(std::min(text.size(), maxLoggedLength));
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            continue;
        if (result.size() == maxLoggedLength) {
            result.append("...");
            break;
        }
        result.push_back(c);
    }
    return result;
}

} // namespace stockroom::server
