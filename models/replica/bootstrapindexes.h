#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace stockroom::replica {

/**
 * The indexes a bootstrap sets aside while it writes: the movement ids' uniqueness
 * (movements_by_id, schema version 8) and the levels by sku (levels_by_sku).
 *
 * A bootstrap writes a chain's whole ledger in hundreds of page transactions, in position
 * order. Kept up to date row by row, these indexes take each page's rows at places spread over
 * the whole index (ids are random; a page holds a run of skus of one location, and every
 * location has them all), and each commit writes most of their leaves to the WAL again; built
 * once from sorted keys when the bootstrap ends, they cost a few seconds. While they are aside,
 * the ids of movements recorded here (no server seq yet) stay unique through a partial index,
 * so a movement recorded twice during a download is still stored once, and the snapshot's
 * pages, which never overlap, are matched against the outbox by the bootstrap itself
 * (SyncStore). Reads by sku stay right meanwhile; they scan the levels instead.
 */
class BootstrapIndexes
{
    Q_DECLARE_TR_FUNCTIONS(stockroom::replica::BootstrapIndexes)

public:
    explicit BootstrapIndexes(const QSqlDatabase &db);

    /** Whether a bootstrap set the indexes aside (and has not restored them yet). */
    bool isSuspended() const;
    /** Drops the indexes, keeping local ids unique; inside the caller's transaction. */
    bool suspend(QString *error);
    /**
     * Builds the indexes again; inside the caller's transaction. Fails, changing nothing, when
     * two movements have one id.
     */
    bool restore(QString *error);
    /**
     * After a bootstrap that did not finish (failed, cancelled, or the program ended): restores
     * the indexes in a transaction of its own. It can fail when a movement recorded during the
     * download has a downloaded movement's id; the indexes then stay aside, which is safe, as
     * local ids stay unique and the replica is not bootstrapped: the next bootstrap forgets the
     * downloaded movements before it writes, and restores the indexes when it finishes.
     */
    bool recover(QString *error);

private:
    bool exec(const QString &sql, QString *error);
    qint64 pragma(const QString &name) const;

    QSqlDatabase m_db;
};

} // namespace stockroom::replica
