#include "signalwatcher.h"

#include <boost/asio/strand.hpp>

#include <csignal>

namespace stockroom::server {

SignalWatcher::SignalWatcher(boost::asio::io_context &context, std::function<void(int)> onSignal)
    : m_signals(boost::asio::make_strand(context), SIGINT, SIGTERM)
    , m_onSignal(std::move(onSignal))
{
    wait();
}

void SignalWatcher::wait()
{
    m_signals.async_wait([this](const boost::system::error_code &error, int signalNumber) {
        // Aborted means the watcher is being destroyed: do not touch it.
        if (error)
            return;
        m_onSignal(signalNumber);
        wait();
    });
}

} // namespace stockroom::server
