#include "commitgroup.h"

#include "processwide.h"

#include <algorithm>

namespace stockroom::server {

std::shared_ptr<CommitGroup> CommitGroup::of(const QSqlDatabase &db)
{
    return processWide<CommitGroup>(QStringLiteral("%1|%2|%3|%4")
                                        .arg(db.driverName(), db.hostName())
                                        .arg(db.port())
                                        .arg(db.databaseName()));
}

void CommitGroup::run(Job *job, const Store &store)
{
    std::unique_lock lock(m_mutex);
    m_waiting.append(job);
    while (!job->done) {
        if (m_storing) {
            m_stored.wait(lock);
            continue;
        }
        m_storing = true;
        const qsizetype count = std::min(m_waiting.size(), maxJobs);
        const QList<Job *> jobs = m_waiting.first(count);
        m_waiting.remove(0, count);
        lock.unlock();
        bool threw = true;
        try {
            store(jobs);
            threw = false;
        } catch (...) {
            // The jobs taken are answered as failed, the next store can start, and this
            // caller's job (if it was not taken) leaves the queue with the caller's stack.
            lock.lock();
            finish(jobs, threw);
            m_waiting.removeOne(job);
            throw;
        }
        lock.lock();
        finish(jobs, threw);
    }
}

void CommitGroup::finish(const QList<Job *> &jobs, bool failed)
{
    for (Job *stored : jobs) {
        stored->failed = failed;
        stored->done = true;
    }
    m_storing = false;
    m_stored.notify_all();
}

} // namespace stockroom::server
