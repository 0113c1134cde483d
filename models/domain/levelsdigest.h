#pragma once

#include "stockposition.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QList>
#include <QString>

namespace stockroom::domain {

/**
 * The digest of one location's levels that the central IMS and a desktop compare (DESIGN.md
 * §6, Verify): SHA-256, hex, over "sku|on_hand|committed\n" lines sorted by SKU. Positions
 * with zero on hand and zero committed are left out, so "no row" and "a zero row" agree.
 */
QString levelsDigest(QList<StockPosition> positions);

/**
 * levelsDigest line by line, for a reader whose levels come sorted by SKU already (as
 * QString's operator< orders them) with their SKUs in UTF-8; it leaves out the zero positions
 * itself.
 */
class LevelsDigestBuilder
{
public:
    void add(QByteArrayView skuUtf8, qint64 onHand, qint64 committed);
    QString result() const;

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace stockroom::domain
