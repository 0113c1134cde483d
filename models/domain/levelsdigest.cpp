#include "levelsdigest.h"

#include <QCryptographicHash>

#include <algorithm>

namespace stockroom::domain {

QString levelsDigest(QList<StockPosition> positions)
{
    std::sort(positions.begin(), positions.end(),
              [](const StockPosition &a, const StockPosition &b) { return a.sku < b.sku; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const StockPosition &p : std::as_const(positions)) {
        if (p.level.onHand == 0 && p.level.committed == 0)
            continue;
        hash.addData(p.sku.toUtf8());
        hash.addData(QByteArrayLiteral("|") + QByteArray::number(p.level.onHand) + '|'
                     + QByteArray::number(p.level.committed) + '\n');
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace stockroom::domain
