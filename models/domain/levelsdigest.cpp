#include "levelsdigest.h"

#include <algorithm>
#include <charconv>

namespace stockroom::domain {

QString levelsDigest(QList<StockPosition> positions)
{
    std::sort(positions.begin(), positions.end(),
              [](const StockPosition &a, const StockPosition &b) { return a.sku < b.sku; });
    LevelsDigestBuilder digest;
    for (const StockPosition &p : std::as_const(positions))
        digest.add(p.sku.toUtf8(), p.level.onHand, p.level.committed);
    return digest.result();
}

void LevelsDigestBuilder::add(QByteArrayView skuUtf8, qint64 onHand, qint64 committed)
{
    if (onHand == 0 && committed == 0)
        return;
    // "|on_hand|committed\n", each number 20 characters at most.
    char line[48];
    char *end = line;
    *end++ = '|';
    end = std::to_chars(end, line + 22, onHand).ptr;
    *end++ = '|';
    end = std::to_chars(end, line + 44, committed).ptr;
    *end++ = '\n';
    m_hash.addData(skuUtf8);
    m_hash.addData(QByteArrayView(line, end - line));
}

QString LevelsDigestBuilder::result() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

} // namespace stockroom::domain
