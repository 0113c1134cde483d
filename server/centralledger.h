#pragma once

#include "centralstore.h"
#include "commitgroup.h"
#include "jsonrowwriter.h"
#include "levelbook.h"
#include "rowbatch.h"
#include "sqlrows.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

namespace stockroom::server {

/** INSERT INTO changes of whole change rows: movements, discrepancies, events, SOP changes. */
class ChangeInsert : public BatchWrite
{
public:
    explicit ChangeInsert(const SqlConnection &connection);
};

/**
 * Appends pushed movements to the change feed and the ledger and keeps the levels: decides
 * accepted, duplicate or rejected for each, raises the central discrepancies (negative stock,
 * oversell, rejected change) as changes of their own, and commits the batch with its seqs in
 * one serialised transaction (SqlTransaction::Mode::Sequenced), grouped with the pushes that
 * other workers make meanwhile (CommitGroup). Work that needs no database (validation,
 * encoding) is done before the lock is taken.
 */
class CentralLedger
{
public:
    explicit CentralLedger(const SqlConnection &connection);

    /** SELECT id, seq, kind, body of the stored changes whose ids are in a JSON row list. */
    static QString storedChangesSql(SqlDialect dialect);

    QList<StoredChange> push(const QList<domain::Movement> &movements, const Principal &principal,
                             qint64 receivedAtMs, QString *error);
    /** Appends discrepancy events to the change feed (CentralStore::pushDiscrepancyEvents). */
    QList<StoredChange> pushEvents(const QList<domain::DiscrepancyEvent> &events,
                                   const Principal &principal, qint64 receivedAtMs, QString *error);

private:
    /** A pushed movement, checked and encoded before the transaction. */
    struct Incoming
    {
        domain::Movement movement; ///< without server_seq
        QString problem;           ///< invalid or out of the principal's scope
        QByteArray body;
    };
    struct Stored
    {
        qint64 seq = 0;
        QString kind;
        QString body;
    };
    /** One push on its way through the commit group. */
    struct Job : CommitGroup::Job
    {
        QList<Incoming> incoming;
        QVariant ids; ///< the incoming ids (idsParameter)
        qint64 receivedAtMs = 0;
        QList<StoredChange> results;
        QString error;
    };
    /** The rows one batch appends, and the next free seq. */
    struct Batch
    {
        explicit Batch(RowBatch rows)
            : changes(std::move(rows))
        {}
        qint64 nextSeq = 1;
        qint64 receivedAtMs = 0;
        RowBatch changes;
        QSet<QUuid> raised; ///< discrepancy ids appended by this batch
        /** The seq and the incoming movement (which outlives the batch) of each accepted id. */
        QHash<QUuid, std::pair<qint64, const domain::Movement *>> accepted;
    };

    /** Stores a group of pushes in one transaction (run by the group's leader). */
    void storeGroup(const QList<CommitGroup::Job *> &jobs);
    /** Stores one push inside the group's transaction; false on a database error. */
    bool storeJob(Job *job, QString *error);
    /** The latest seq, the stored changes with the batch's ids, and the batch's catalogue. */
    bool readState(const QList<Incoming> &incoming, const QVariant &ids, qint64 *latestSeq,
                   QHash<QUuid, Stored> *stored, QString *error);
    /** Change ids as m_stored takes them: a text array on PostgreSQL, JSON rows on SQLite. */
    QVariant idsParameter(const QStringList &ids) const;
    bool readStored(const QVariant &ids, QHash<QUuid, Stored> *stored, QString *error);
    QString catalogueProblem(const domain::Movement &movement) const;
    /** Appends an accepted movement, applies it to its level and raises what it causes. */
    bool accept(const Incoming &incoming, Batch *batch, qint64 *seq, QString *error);
    static void appendDiscrepancy(Batch *batch, const protocol::DiscrepancyNotice &notice);

    SqlConnection m_connection;
    SqlStatement m_latestSeq;
    SqlRows m_stored;
    SqlStatement m_locations;
    SqlStatement m_findSkus;
    ChangeInsert m_insertChanges;
    LevelBook m_levels;
    QSet<QString> m_knownLocations;
    QSet<QString> m_knownSkus;
    std::shared_ptr<CommitGroup> m_group;
};

} // namespace stockroom::server
