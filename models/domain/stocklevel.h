#pragma once

#include <QtGlobal>

namespace stockroom::domain {

/** The stock position of one SKU at one location, as the ledger fold defines it. */
struct StockLevel
{
    qint64 onHand = 0;
    qint64 committed = 0;

    qint64 available() const { return onHand - committed; }

    friend bool operator==(const StockLevel &, const StockLevel &) = default;
};

} // namespace stockroom::domain
