#pragma once

#include "demochain.h"

#include <QString>

#include <functional>

namespace stockroom::replica {

class ReplicaDatabase;

/**
 * Writes a generated demo chain into an empty replica in one transaction: locations, the
 * catalogue, every movement and the folded levels. Works on the replica's own SQLite connection
 * through the sqlite3 C API, with statements prepared once and no QVariant per value, so that
 * chain-M's three million rows load close to the speed of plain SQLite inserts.
 */
class BulkLoader
{
public:
    /** Receives the progress in percent; returning false cancels (and nothing is changed). */
    using Progress = std::function<bool(int percent)>;

    explicit BulkLoader(ReplicaDatabase &db);

    /**
     * Loads chain; refuses (with *error, changing nothing) a replica that already holds
     * products, movements or levels.
     */
    bool load(const domain::DemoChain &chain, QString *error, const Progress &progress = {});

    /** The page cache the load uses, in KiB (PRAGMA cache_size = -this). */
    static constexpr int cacheKiB = 64 * 1024;

private:
    ReplicaDatabase &m_db;
};

/**
 * Generates the demo chain of this scale and seed and loads it into db, which must be empty;
 * the first store becomes the home location. The CLI's demo command and the app call this.
 */
bool seedDemoChain(ReplicaDatabase &db, domain::DemoScale scale, quint64 seed, QString *error,
                   const std::function<bool(int percent)> &progress = {});

} // namespace stockroom::replica
