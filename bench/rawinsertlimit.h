#pragma once

#include <QString>

#include <optional>

namespace stockroom::domain {
class DemoChain;
}

namespace stockroom::bench {

/** What the raw SQLite limit measured: the timed nanoseconds and the rows written. */
struct RawInsert
{
    qint64 ns = 0;
    qint64 movements = 0;
    qint64 levels = 0;
};

/**
 * The raw SQLite limit: the chain's movement and level rows, already converted to UTF-8, bound
 * and stepped through plain prepared statements into the replica schema in a fresh file at path,
 * in one transaction, with the bulk loader's journal, synchronous and cache settings (and
 * SQLite's default of no foreign-key checks). Only BEGIN, the binds and steps, and COMMIT are
 * timed. Empty, with *error set, when SQLite fails.
 */
std::optional<RawInsert> measureRawInsert(const domain::DemoChain &chain, const QString &path,
                                          QString *error);

} // namespace stockroom::bench
