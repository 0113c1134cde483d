#include "ledgerfold.h"

namespace stockroom::domain {

qint64 onHandDelta(const Movement &movement)
{
    switch (movement.kind) {
    case MovementKind::Receipt:
    case MovementKind::Return:
    case MovementKind::TransferIn:
    case MovementKind::Adjustment:
        return movement.quantity;
    case MovementKind::Sale:
    case MovementKind::TransferOut:
    case MovementKind::Fulfil:
        return -movement.quantity;
    case MovementKind::Count:
    case MovementKind::Reserve:
    case MovementKind::Release:
        return 0;
    }
    Q_UNREACHABLE();
}

qint64 committedDelta(const Movement &movement)
{
    switch (movement.kind) {
    case MovementKind::Reserve:
        return movement.quantity;
    case MovementKind::Release:
    case MovementKind::Fulfil:
        return -movement.quantity;
    default:
        return 0;
    }
}

bool isLaterInLedger(const Movement &a, const Movement &b)
{
    if (a.occurredAtMs != b.occurredAtMs)
        return a.occurredAtMs > b.occurredAtMs;
    return b.id < a.id;
}

StockLevel foldLedger(std::span<const Movement> movements)
{
    const Movement *latestCount = nullptr;
    StockLevel level;
    for (const Movement &m : movements) {
        level.committed += committedDelta(m);
        if (m.kind == MovementKind::Count && (!latestCount || isLaterInLedger(m, *latestCount)))
            latestCount = &m;
    }
    level.onHand = latestCount ? latestCount->quantity : 0;
    for (const Movement &m : movements) {
        if (!latestCount || m.occurredAtMs > latestCount->occurredAtMs)
            level.onHand += onHandDelta(m);
    }
    return level;
}

} // namespace stockroom::domain
