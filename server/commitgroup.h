#pragma once

#include <QList>
#include <QSqlDatabase>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace stockroom::server {

/**
 * Group commit for the pushes that this process's workers write to one database. A push that
 * finds another being stored waits; the worker that stores next takes every push waiting by
 * then and writes them in one Sequenced transaction. The lock, the commit and its fsync, and
 * SQLite's WAL frames of the pages they share are then paid once per group instead of once per
 * push, while each push still gets its own outcomes. Nothing is answered before the commit. A
 * push that fails on its own is refused (none of it stored) and the others are stored without
 * it; a transaction that cannot begin or commit fails the group, whose clients push again.
 */
class CommitGroup
{
public:
    /** One push waiting for its group. */
    struct Job
    {
        bool done = false;
        bool failed = false; ///< the store threw: nothing of the job is known to be stored
    };
    using Store = std::function<void(const QList<Job *> &jobs)>;

    /** The group of the database db is connected to, shared by every connection to it. */
    static std::shared_ptr<CommitGroup> of(const QSqlDatabase &db);

    /**
     * Returns when job is stored: by this caller's store, with the other jobs waiting, or by the
     * store of whichever caller led the group that took it.
     */
    void run(Job *job, const Store &store);

    /** At most this many pushes in one transaction, so that one group cannot grow without end. */
    static constexpr qsizetype maxJobs = 8;

private:
    /** Under m_mutex: the jobs are done, and the next store may start. */
    void finish(const QList<Job *> &jobs, bool failed);

    std::mutex m_mutex;
    std::condition_variable m_stored;
    QList<Job *> m_waiting;
    bool m_storing = false;
};

} // namespace stockroom::server
