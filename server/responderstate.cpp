#include "responderstate.h"

#include "httprequestrules.h"
#include "httpsession.h"

namespace stockroom::server {

ResponderState::ResponderState(std::weak_ptr<HttpSession> session, std::uint64_t serial)
    : m_session(std::move(session))
    , m_serial(serial)
{}

ResponderState::~ResponderState()
{
    if (!m_answered.load())
        answer(HttpRequestRules::unanswered());
}

void ResponderState::answer(HttpResponse response)
{
    if (m_answered.exchange(true))
        return;
    if (const std::shared_ptr<HttpSession> session = m_session.lock())
        session->deliver(m_serial, std::move(response));
}

} // namespace stockroom::server
