#pragma once

#include "stockposition.h"

#include <QList>
#include <QString>

namespace stockroom::domain {

/**
 * The digest of one location's levels that the central IMS and a desktop compare (DESIGN.md
 * §6, Verify): SHA-256, hex, over "sku|on_hand|committed\n" lines sorted by SKU. Positions
 * with zero on hand and zero committed are left out, so "no row" and "a zero row" agree.
 */
QString levelsDigest(QList<StockPosition> positions);

} // namespace stockroom::domain
