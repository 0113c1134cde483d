#pragma once

#include "movement.h"

#include <QList>

#include <span>

namespace stockroom::domain {

/** How long goods may be on the road between two locations before someone must look. */
constexpr qint64 defaultMaxTransitMs = 48LL * 3600 * 1000;

/** A transfer_out whose goods have not all arrived (DESIGN.md §3: transfer not received). */
struct MissingTransfer
{
    Movement sent;       ///< the transfer_out
    qint64 received = 0; ///< units received so far under its reference and SKU
    qint64 missing() const { return sent.quantity - received; }

    friend bool operator==(const MissingTransfer &, const MissingTransfer &) = default;
};

/**
 * The transfers sent at least maxTransitMs before nowMs whose receipts (transfer_in movements
 * with the same reference and SKU, at any location) add up to less than was sent. A transfer
 * out without a reference cannot be matched and is never reported. Several transfer_outs under
 * one reference and SKU share its receipts in the order they were sent. Sorted by sending time.
 */
QList<MissingTransfer> transfersNotReceived(std::span<const Movement> movements, qint64 nowMs,
                                            qint64 maxTransitMs = defaultMaxTransitMs);
inline QList<MissingTransfer> transfersNotReceived(const QList<Movement> &movements, qint64 nowMs,
                                                   qint64 maxTransitMs = defaultMaxTransitMs)
{
    return transfersNotReceived(
        std::span<const Movement>(movements.constData(), size_t(movements.size())), nowMs,
        maxTransitMs);
}

} // namespace stockroom::domain
