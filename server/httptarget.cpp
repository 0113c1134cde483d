#include "httptarget.h"

namespace stockroom::server {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

// Absolute-form ("http://host:port/path?query", what proxies send) becomes origin-form.
std::string_view originForm(std::string_view target)
{
    std::size_t schemeLength = 0;
    if (startsWithNoCase(target, "http://"))
        schemeLength = 7;
    else if (startsWithNoCase(target, "https://"))
        schemeLength = 8;
    else
        return target;
    const std::size_t pathStart = target.find_first_of("/?", schemeLength);
    if (pathStart == std::string_view::npos)
        return "/";
    return target.substr(pathStart);
}

} // namespace

std::optional<std::string> HttpTarget::percentDecode(std::string_view text, bool plusIsSpace)
{
    std::string decoded;
    decoded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            decoded.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            decoded.push_back(' ');
        } else {
            decoded.push_back(c);
        }
    }
    return decoded;
}

std::optional<HttpTarget> HttpTarget::parse(std::string_view target)
{
    if (target == "*")
        return HttpTarget{std::string(target), {}};
    target = originForm(target);
    if (const std::size_t fragment = target.find('#'); fragment != std::string_view::npos)
        target = target.substr(0, fragment);
    if (target.empty())
        return std::nullopt;
    if (target.front() == '?')
        return parse(std::string("/").append(target));
    if (target.front() != '/')
        return std::nullopt;

    HttpTarget result;
    const std::size_t queryStart = target.find('?');
    const std::string_view path = target.substr(0, queryStart);
    if (!percentDecode(path, false))
        return std::nullopt;
    result.path = std::string(path);
    if (queryStart == std::string_view::npos)
        return result;

    std::string_view query = target.substr(queryStart + 1);
    while (!query.empty()) {
        const std::size_t end = query.find('&');
        const std::string_view pair = query.substr(0, end);
        query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        auto key = percentDecode(pair.substr(0, equals), true);
        auto value = percentDecode(
            equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1), true);
        if (!key || !value)
            return std::nullopt;
        result.query.emplace(std::move(*key), std::move(*value));
    }
    return result;
}

} // namespace stockroom::server
