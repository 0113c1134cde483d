#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <functional>

namespace stockroom::server {

/**
 * Turns SIGTERM and SIGINT into a callback on an io_context thread (asio::signal_set), so
 * that stockroomd stops gracefully instead of dying in the middle of a request.
 */
class SignalWatcher
{
public:
    /** onSignal gets the signal number, each time one arrives. */
    SignalWatcher(boost::asio::io_context &context, std::function<void(int)> onSignal);
    SignalWatcher(const SignalWatcher &) = delete;
    SignalWatcher &operator=(const SignalWatcher &) = delete;

private:
    void wait();

    boost::asio::signal_set m_signals;
    std::function<void(int)> m_onSignal;
};

} // namespace stockroom::server
