#include "transfercheck.h"

#include "ledgerfold.h"

#include <QHash>

#include <algorithm>

namespace stockroom::domain {

QList<MissingTransfer> transfersNotReceived(std::span<const Movement> movements, qint64 nowMs,
                                            qint64 maxTransitMs)
{
    using Key = std::pair<QString, QString>; // reference, SKU
    QHash<Key, qint64> received;
    QList<Movement> sent;
    for (const Movement &m : movements) {
        if (m.reference.isEmpty())
            continue;
        if (m.kind == MovementKind::TransferIn)
            received[{m.reference, m.sku}] += m.quantity;
        else if (m.kind == MovementKind::TransferOut)
            sent.append(m);
    }
    std::sort(sent.begin(), sent.end(),
              [](const Movement &a, const Movement &b) { return isLaterInLedger(b, a); });
    QList<MissingTransfer> missing;
    for (const Movement &out : std::as_const(sent)) {
        qint64 &left = received[{out.reference, out.sku}];
        const qint64 covered = std::min(left, out.quantity);
        left -= covered;
        if (covered < out.quantity && out.occurredAtMs <= nowMs - maxTransitMs)
            missing.append({out, covered});
    }
    return missing;
}

} // namespace stockroom::domain
