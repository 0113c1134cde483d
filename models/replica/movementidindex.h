#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace stockroom::replica {

/**
 * The uniqueness of movement ids: the index movements_by_id (schema version 8).
 *
 * A bootstrap writes a chain's whole ledger in hundreds of page transactions, in position
 * order. Kept up to date row by row, the id index takes each page's ids at random places, and
 * each commit writes most of its leaves to the WAL again; built once from sorted keys when the
 * bootstrap ends, it costs a few seconds. While it is set aside, the ids of movements recorded
 * here (no server seq yet) stay unique through a partial index, so a movement recorded twice
 * during a download is still stored once, and the snapshot's pages, which never overlap, are
 * matched against the outbox by the bootstrap itself (SyncStore).
 */
class MovementIdIndex
{
    Q_DECLARE_TR_FUNCTIONS(stockroom::replica::MovementIdIndex)

public:
    explicit MovementIdIndex(const QSqlDatabase &db);

    /** Whether a bootstrap set the index aside (and has not restored it yet). */
    bool isSuspended() const;
    /** Drops the index, keeping local ids unique; inside the caller's transaction. */
    bool suspend(QString *error);
    /**
     * Builds the index again; inside the caller's transaction. Fails, changing nothing, when
     * two movements have one id.
     */
    bool restore(QString *error);
    /**
     * After a bootstrap that did not finish (failed, cancelled, or the program ended): restores
     * the index in a transaction of its own. It can fail when a movement recorded during the
     * download has a downloaded movement's id; the index then stays aside, which is safe, as
     * local ids stay unique and the replica is not bootstrapped: the next bootstrap forgets the
     * downloaded movements before it writes, and restores the index when it finishes.
     */
    bool recover(QString *error);

private:
    bool exec(const QString &sql, QString *error);

    QSqlDatabase m_db;
};

} // namespace stockroom::replica
