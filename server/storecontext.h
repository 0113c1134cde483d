#pragma once

#include "centralstore.h"
#include "workercontext.h"

#include <memory>

namespace stockroom::server {

/** A worker's context in stockroomd: its own CentralStore, i.e. its own QtSql connection. */
class StoreContext : public WorkerContext
{
public:
    explicit StoreContext(std::unique_ptr<CentralStore> store)
        : store(std::move(store))
    {}

    std::unique_ptr<CentralStore> store; ///< null when the database could not be opened
};

} // namespace stockroom::server
