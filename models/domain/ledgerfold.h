#pragma once

#include "movement.h"
#include "stocklevel.h"

#include <QList>

#include <span>

namespace stockroom::domain {

/**
 * The single definition of stock (DESIGN.md section 3): folds the movements of one location
 * and SKU into on-hand and committed. The latest count by (occurred_at, id) sets on-hand; only
 * deltas strictly after it move it. Order of the input never matters.
 */
StockLevel foldLedger(std::span<const Movement> movements);
inline StockLevel foldLedger(const QList<Movement> &movements)
{
    return foldLedger(std::span<const Movement>(movements.constData(), size_t(movements.size())));
}

/** The effect of one delta movement on on-hand (0 for counts and commitments only). */
qint64 onHandDelta(const Movement &movement);
/** The effect of one movement on committed. */
qint64 committedDelta(const Movement &movement);

/** True when movement a comes after b in the ledger's total order (occurred_at, then id). */
bool isLaterInLedger(const Movement &a, const Movement &b);

} // namespace stockroom::domain
