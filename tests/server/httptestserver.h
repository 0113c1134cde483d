#pragma once

#include "httpserver.h"

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace stockroom::test {

/** Responders parked by a test handler, to be answered later from the test's thread. */
class ParkingLot
{
public:
    void park(server::Responder responder)
    {
        {
            std::lock_guard lock(m_mutex);
            m_parked.push_back(std::move(responder));
        }
        m_changed.notify_all();
    }

    bool waitFor(std::size_t count, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return m_parked.size() >= count; });
    }

    /** The oldest parked responder (waitFor() first). */
    server::Responder take()
    {
        std::lock_guard lock(m_mutex);
        server::Responder responder = std::move(m_parked.front());
        m_parked.erase(m_parked.begin());
        return responder;
    }

    void answerAll(const server::HttpResponse &response)
    {
        std::vector<server::Responder> parked;
        {
            std::lock_guard lock(m_mutex);
            parked.swap(m_parked);
        }
        for (auto &responder : parked)
            responder(response);
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<server::Responder> m_parked;
};

/** An HttpServer listening on 127.0.0.1 and running on a background thread. */
class TestServer
{
public:
    TestServer(server::HttpLimits limits, server::Handler handler)
        : m_server(limits, std::move(handler), [this](const server::RequestLogEntry &entry) {
            {
                std::lock_guard lock(m_mutex);
                m_log.push_back(entry);
            }
            m_logged.notify_all();
        })
    {}

    ~TestServer()
    {
        if (m_thread.joinable()) {
            m_server.stop(std::chrono::milliseconds(0));
            m_thread.join();
        }
    }

    server::HttpServer &server() { return m_server; }

    /** Listens on a free port and starts run() on two I/O threads. */
    bool start(std::string *error)
    {
        if (!m_server.listen("127.0.0.1", 0, error))
            return false;
        m_finished = m_done.get_future();
        m_thread = std::thread([this] {
            m_server.run(2);
            m_done.set_value();
        });
        return true;
    }

    quint16 port() const { return m_server.port(); }

    /** True when run() has returned within timeout. */
    bool waitFinished(std::chrono::milliseconds timeout)
    {
        if (m_finished.wait_for(timeout) != std::future_status::ready)
            return false;
        m_thread.join();
        return true;
    }

    bool waitForLog(std::size_t count, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        return m_logged.wait_for(lock, timeout, [&] { return m_log.size() >= count; });
    }

    std::vector<server::RequestLogEntry> log()
    {
        std::lock_guard lock(m_mutex);
        return m_log;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_logged;
    std::vector<server::RequestLogEntry> m_log;
    server::HttpServer m_server;
    std::promise<void> m_done;
    std::future<void> m_finished;
    std::thread m_thread;
};

} // namespace stockroom::test
