#pragma once

namespace stockroom::server {

/**
 * What one worker thread of a WorkerPool owns for its whole life (a database connection,
 * typically); made and destroyed on that thread, because QtSql connections are thread-bound.
 */
class WorkerContext
{
public:
    virtual ~WorkerContext() = default;

protected:
    WorkerContext() = default;
    WorkerContext(const WorkerContext &) = default;
    WorkerContext &operator=(const WorkerContext &) = default;
};

} // namespace stockroom::server
