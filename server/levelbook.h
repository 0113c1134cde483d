#pragma once

#include "movement.h"
#include "rowbatch.h"
#include "sqlrows.h"
#include "sqlstatement.h"
#include "sqltransaction.h"
#include "stocklevel.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>
#include <utility>

namespace stockroom::server {

/**
 * The stored levels a push batch touches, kept in memory while the batch is applied and written
 * back in one statement. Levels follow the desktop's rule (domain::foldLedger): a delta is
 * applied to the stored level, to on-hand only when dated after the latest count; a count that
 * becomes the latest count sets on-hand, and is refolded from the ledger when movements dated
 * after it are already stored. A count older than the latest count changes nothing.
 */
class LevelBook
{
public:
    using Position = std::pair<QString, QString>; ///< location, SKU

    explicit LevelBook(const SqlConnection &connection);

    /** Starts a batch: forgets the last one and reads the stored rows of these positions. */
    bool load(const QSet<Position> &positions, QString *error);
    /** Applies one accepted movement; the position's level before and after it. */
    bool apply(const domain::Movement &movement, qint64 seq, domain::StockLevel *before,
               domain::StockLevel *after, QString *error);
    /** Writes the rows the batch changed. */
    bool save(QString *error);

private:
    struct Row
    {
        domain::StockLevel level;
        std::optional<qint64> lastCountAtMs;
        QUuid lastCountId;
        std::optional<qint64> lastMovementAtMs;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
    };

    bool refold(const Position &position, Row *row, QString *error);
    /** The rows of m_load's last exec into m_rows. */
    void readLoadedRows();

    SqlConnection m_connection;
    SqlRows m_load;
    SqlStatement m_ledger;
    BatchWrite m_save;
    QHash<Position, Row> m_rows;
    QSet<Position> m_changed;
    /** Not stored yet; with the columns of the ledger's rows only (id, kind, quantity, time). */
    QHash<Position, QList<domain::Movement>> m_batchMovements;
};

} // namespace stockroom::server
