#pragma once

#include "stocklevel.h"

#include <QString>

#include <optional>

namespace stockroom::domain {

/** The stored stock level of one SKU at one location, with when it was last counted. */
struct StockPosition
{
    QString location;
    QString sku;
    StockLevel level;
    std::optional<qint64> lastCountedAtMs;

    friend bool operator==(const StockPosition &, const StockPosition &) = default;
};

} // namespace stockroom::domain
