#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace stockroom::server {

/**
 * Parks long-polling feed requests until a change with a newer seq is committed or their wait
 * runs out. A parked request costs an entry in a list, not a thread: one timer thread serves
 * every deadline. publish() is called after each commit in this process and by the poller that
 * watches the database for commits of other stockroomd processes.
 */
class FeedHub
{
public:
    /** Called once: true when a newer seq exists, false on time-out or shutdown. */
    using Wake = std::function<void(bool changed)>;

    explicit FeedHub(std::size_t maxParked);
    ~FeedHub();
    FeedHub(const FeedHub &) = delete;
    FeedHub &operator=(const FeedHub &) = delete;

    /**
     * Parks a reader that has seen every change up to seenLatest and wants those after
     * `after`. Wakes it at once when a newer seq was published meanwhile. False (and no call
     * of wake) when maxParked readers are already waiting or the hub is shut down.
     */
    bool park(qint64 after, qint64 seenLatest, std::chrono::milliseconds wait, Wake wake);
    /** A commit made seq visible: wakes every reader waiting for something older. */
    void publish(qint64 seq);
    qint64 latest() const;
    std::size_t parked() const;
    /** Wakes every parked reader with false and refuses new ones. */
    void shutdown();

private:
    struct Waiter
    {
        qint64 after;
        std::chrono::steady_clock::time_point deadline;
        Wake wake;
    };

    void timerLoop();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::list<Waiter> m_waiters;
    std::size_t m_maxParked;
    qint64 m_latest = 0;
    bool m_stopping = false;
    std::thread m_timer;
};

} // namespace stockroom::server
