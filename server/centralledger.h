#pragma once

#include "centralstore.h"
#include "levelbook.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

#include "jsonrowwriter.h"

namespace stockroom::server {

/**
 * Appends pushed movements to the change feed and the ledger and keeps the levels: decides
 * accepted, duplicate or rejected for each, raises the central discrepancies (negative stock,
 * oversell, rejected change) as changes of their own, and commits the batch with its seqs in
 * one serialised transaction (SqlTransaction::Mode::Sequenced).
 */
class CentralLedger
{
public:
    explicit CentralLedger(const SqlConnection &connection);

    QList<StoredChange> push(const QList<domain::Movement> &movements,
                             const Principal &principal, qint64 receivedAtMs, QString *error);

private:
    struct Stored
    {
        qint64 seq = 0;
        QString kind;
        QString body;
    };
    /** The rows one batch appends, and the next free seq. */
    struct Batch
    {
        qint64 nextSeq = 1;
        qint64 receivedAtMs = 0;
        JsonRowWriter changes;
        JsonRowWriter movements;
        QSet<QUuid> raised; ///< discrepancy ids appended by this batch
    };

    /** The latest seq, the stored changes with the batch's ids, and the batch's catalogue. */
    bool readState(const QList<domain::Movement> &movements, qint64 *latestSeq,
                   QHash<QUuid, Stored> *stored, QString *error);
    bool readStored(const QString &ids, QHash<QUuid, Stored> *stored, QString *error);
    QString rejection(const domain::Movement &movement, const Principal &principal) const;
    static void appendMovement(Batch *batch, const domain::Movement &movement, qint64 seq);
    static void appendDiscrepancy(Batch *batch, const protocol::DiscrepancyNotice &notice);

    SqlConnection m_connection;
    SqlStatement m_latestSeq;
    SqlStatement m_stored;
    SqlStatement m_locations;
    SqlStatement m_findSkus;
    SqlStatement m_insertChanges;
    SqlStatement m_insertMovements;
    LevelBook m_levels;
    QSet<QString> m_knownLocations;
    QSet<QString> m_knownSkus;
};

} // namespace stockroom::server
