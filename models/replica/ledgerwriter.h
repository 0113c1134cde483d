#pragma once

#include "levelrepository.h"
#include "movement.h"
#include "movementrepository.h"

#include <QSqlDatabase>

#include <optional>

namespace stockroom::replica {

/**
 * Appends movements to the ledger and keeps the stored level of their position right:
 * incrementally for a delta in order, by refolding the position's ledger for a count or a
 * movement dated before the newest one already there. The caller owns the transaction.
 */
class LedgerWriter
{
public:
    enum class Outcome { Applied, Duplicate };

    explicit LedgerWriter(const QSqlDatabase &db);

    /**
     * Appends one movement. The same id with the same body again is a Duplicate and changes
     * nothing; the same id with another body is an error.
     */
    std::optional<Outcome> append(const domain::Movement &movement, qint64 recordedAtMs,
                                  QString *error, domain::StockLevel *levelAfter = nullptr);
    /** Recomputes one position's level from its whole ledger. */
    bool refold(const QString &location, const QString &sku, QString *error,
                domain::StockLevel *levelAfter = nullptr);

    /** True when two movements carry the same change (ignoring the server's sequence). */
    static bool sameChange(const domain::Movement &a, const domain::Movement &b);

private:
    MovementRepository m_movements;
    LevelRepository m_levels;
};

} // namespace stockroom::replica
