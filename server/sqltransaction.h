#pragma once

#include "sqldialect.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <mutex>

namespace stockroom::server {

/** The connection of one central store, its dialect and (SQLite) its file's write gate. */
struct SqlConnection
{
    QSqlDatabase db;
    SqlDialect dialect = SqlDialect::Sqlite;
    QMutex *sqliteWriteGate = nullptr;
};

/**
 * A transaction of the central store: begun in the mode the work needs, rolled back unless
 * committed. Writers are serialised, which is what keeps the change feed's commit order equal
 * to its seq order (DESIGN.md §5):
 *
 * - SQLite: BEGIN IMMEDIATE takes the database's single write lock at the start, across
 *   processes too; a process-wide gate per file queues this process's own writers first, so
 *   they wait on a mutex instead of polling the busy handler.
 * - PostgreSQL: a Sequenced transaction starts with pg_advisory_xact_lock on one constant key.
 *   The lock is held until the transaction has committed and become visible (PostgreSQL releases
 *   transaction locks after ProcArrayEndTransaction), so the next writer reads max(seq) only
 *   after the previous batch is visible, and a reader's snapshot always holds a prefix of the
 *   seqs. This holds for any number of stockroomd processes on one database; a sequence would
 *   not, since nextval() hands out numbers before their transactions commit, in any order.
 */
class SqlTransaction
{
public:
    enum class Mode {
        Read,      ///< several reads from one consistent snapshot
        Write,     ///< an ordinary write
        Sequenced, ///< a write that appends to the change feed (assigns seqs)
    };

    explicit SqlTransaction(const SqlConnection &connection);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool begin(Mode mode, QString *error);
    bool commit(QString *error);
    void rollback();

    /** The advisory lock keys of PostgreSQL (arbitrary constants, "Stockrm" + n). */
    static constexpr qint64 feedLockKey = 0x53746f636b726d01;
    static constexpr qint64 migrationLockKey = 0x53746f636b726d02;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QMutex *m_gate;
    std::unique_lock<QMutex> m_gateLock;
    bool m_active = false;
};

} // namespace stockroom::server
