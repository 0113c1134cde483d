#pragma once

#include "workercontext.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace stockroom::server {

/**
 * A fixed number of threads that run database jobs, each with its own WorkerContext, behind
 * a bounded queue: when the queue is full, tryPost() refuses and the caller answers 503 with
 * Retry-After instead of letting work pile up without bound.
 */
class WorkerPool
{
public:
    using Job = std::function<void(WorkerContext &)>;
    using ContextFactory = std::function<std::unique_ptr<WorkerContext>(int index)>;

    /**
     * Starts the threads and returns once each has made its context with makeContext (called
     * on that thread). If any of them throws or returns null, the pool has failed() and runs
     * nothing.
     */
    WorkerPool(int threads, std::size_t maxQueued, ContextFactory makeContext);
    /** Calls shutdown(). */
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    /**
     * Queues a job for the next free worker; false when maxQueued jobs are already waiting,
     * the pool failed or it is shutting down. Jobs should not throw: an exception is caught
     * and the job counts as done.
     */
    bool tryPost(Job job);
    /** Runs the jobs already queued, then destroys the contexts and joins the threads. */
    void shutdown();

    bool failed() const;
    std::string errorMessage() const; ///< why it failed, from the factory's exception
    int threadCount() const;
    std::size_t queuedJobs() const; ///< waiting, not yet running

private:
    void work(int index, const ContextFactory &makeContext);

    const std::size_t m_maxQueued;
    mutable std::mutex m_mutex;
    std::condition_variable m_jobAvailable;
    std::condition_variable m_started;
    std::deque<Job> m_queue;
    int m_startedCount = 0;
    bool m_stopping = false;
    bool m_failed = false;
    std::string m_errorMessage;
    std::vector<std::thread> m_threads;
    std::mutex m_joinMutex;
};

} // namespace stockroom::server
