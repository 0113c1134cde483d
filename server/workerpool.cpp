#include "workerpool.h"

#include <algorithm>
#include <exception>

namespace stockroom::server {

WorkerPool::WorkerPool(int threads, std::size_t maxQueued, ContextFactory makeContext)
    : m_maxQueued(maxQueued)
{
    const int count = std::max(1, threads);
    m_threads.reserve(static_cast<std::size_t>(count));
    for (int index = 0; index < count; ++index)
        m_threads.emplace_back([this, index, makeContext] { work(index, makeContext); });
    std::unique_lock lock(m_mutex);
    m_started.wait(lock, [this, count] { return m_startedCount == count; });
}

WorkerPool::~WorkerPool()
{
    shutdown();
}

bool WorkerPool::tryPost(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_failed || m_queue.size() >= m_maxQueued)
            return false;
        m_queue.push_back(std::move(job));
    }
    m_jobAvailable.notify_one();
    return true;
}

void WorkerPool::shutdown()
{
    std::lock_guard joinLock(m_joinMutex);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_jobAvailable.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

bool WorkerPool::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

std::string WorkerPool::errorMessage() const
{
    std::lock_guard lock(m_mutex);
    return m_errorMessage;
}

int WorkerPool::threadCount() const
{
    return static_cast<int>(m_threads.size());
}

std::size_t WorkerPool::queuedJobs() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size();
}

void WorkerPool::work(int index, const ContextFactory &makeContext)
{
    std::unique_ptr<WorkerContext> context;
    std::string error;
    try {
        context = makeContext(index);
        if (!context)
            error = "worker " + std::to_string(index) + ": no context";
    } catch (const std::exception &exception) {
        error = "worker " + std::to_string(index) + ": " + exception.what();
    } catch (...) {
        error = "worker " + std::to_string(index) + ": unknown exception";
    }
    {
        std::lock_guard lock(m_mutex);
        if (!error.empty() && !m_failed) {
            m_failed = true;
            m_errorMessage = error;
        }
        ++m_startedCount;
    }
    m_started.notify_all();
    if (!context)
        return;

    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_jobAvailable.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        try {
            job(*context);
        } catch (...) {
            // A job's failure is its own to report (it answers its request); the worker and
            // its connection carry on with the next job.
        }
    }
    context.reset();
}

} // namespace stockroom::server
