#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace stockroom::server {

/**
 * The path and query of an HTTP request target (origin-form "/a/b?x=1", absolute-form
 * "http://host/a/b?x=1", or "*"): the path as sent, the query split and percent-decoded.
 */
struct HttpTarget
{
    std::string path; ///< still percent-encoded, so that "%2F" inside a segment stays there
    std::map<std::string, std::string> query; ///< the first value of a repeated key wins

    /** nullopt when the target is neither form or holds a broken percent-escape. */
    static std::optional<HttpTarget> parse(std::string_view target);
    /** Decodes %XX escapes (and '+' as a space in query strings); nullopt on a broken one. */
    static std::optional<std::string> percentDecode(std::string_view text, bool plusIsSpace);
};

} // namespace stockroom::server
