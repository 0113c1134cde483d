#pragma once

#include "httpserver.h"

#include <atomic>
#include <cstdint>
#include <memory>

namespace stockroom::server {

class HttpSession;

/**
 * What a Responder shares among its copies: the first answer goes to the session (if it still
 * exists), later ones are ignored, and a responder dropped without an answer sends a 500.
 */
class ResponderState
{
public:
    ResponderState(std::weak_ptr<HttpSession> session, std::uint64_t serial);
    ~ResponderState();
    ResponderState(const ResponderState &) = delete;
    ResponderState &operator=(const ResponderState &) = delete;

    void answer(HttpResponse response);

private:
    const std::weak_ptr<HttpSession> m_session;
    const std::uint64_t m_serial;
    std::atomic<bool> m_answered{false};
};

} // namespace stockroom::server
