#include "feedhub.h"

#include <vector>

namespace stockroom::server {

FeedHub::FeedHub(std::size_t maxParked)
    : m_maxParked(maxParked)
    , m_timer([this] { timerLoop(); })
{}

FeedHub::~FeedHub()
{
    shutdown();
    m_timer.join();
}

bool FeedHub::park(qint64 after, qint64 seenLatest, std::chrono::milliseconds wait, Wake wake)
{
    // A reader that saw a newer seq than the hub knows proves it was committed: publish it.
    publish(seenLatest);
    std::unique_lock lock(m_mutex);
    if (m_stopping || m_waiters.size() >= m_maxParked)
        return false;
    if (m_latest > after) {
        lock.unlock();
        wake(true);
        return true;
    }
    m_waiters.push_back({after, std::chrono::steady_clock::now() + wait, std::move(wake)});
    m_changed.notify_one();
    return true;
}

void FeedHub::publish(qint64 seq)
{
    std::vector<Wake> ready;
    {
        std::lock_guard lock(m_mutex);
        if (seq <= m_latest)
            return;
        m_latest = seq;
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (it->after < seq) {
                ready.push_back(std::move(it->wake));
                it = m_waiters.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (Wake &wake : ready)
        wake(true);
}

qint64 FeedHub::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

std::size_t FeedHub::parked() const
{
    std::lock_guard lock(m_mutex);
    return m_waiters.size();
}

void FeedHub::shutdown()
{
    std::vector<Wake> all;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (Waiter &waiter : m_waiters)
            all.push_back(std::move(waiter.wake));
        m_waiters.clear();
        m_changed.notify_all();
    }
    for (Wake &wake : all)
        wake(false);
}

void FeedHub::timerLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        auto next = std::chrono::steady_clock::time_point::max();
        for (const Waiter &waiter : m_waiters)
            next = std::min(next, waiter.deadline);
        if (next == std::chrono::steady_clock::time_point::max())
            m_changed.wait(lock);
        else
            m_changed.wait_until(lock, next);

        const auto now = std::chrono::steady_clock::now();
        std::vector<Wake> expired;
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (it->deadline <= now) {
                expired.push_back(std::move(it->wake));
                it = m_waiters.erase(it);
            } else {
                ++it;
            }
        }
        if (!expired.empty()) {
            lock.unlock();
            for (Wake &wake : expired)
                wake(false);
            lock.lock();
        }
    }
}

} // namespace stockroom::server
