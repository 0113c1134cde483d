#pragma once

#include <QString>
#include <QStringList>

namespace stockroom::domain {

/** A catalogue entry: what the chain sells, with its barcodes, money in integer cents. */
struct Product
{
    QString sku;
    QString name;
    QString category;
    QStringList barcodes;
    qint64 unitCostCents = 0;
    qint64 priceCents = 0;
    QString bin; ///< shelf location in the store; empty when not set
    qint64 lowStockThreshold = 0;
    bool active = true;

    friend bool operator==(const Product &, const Product &) = default;
};

/** Why a product is not acceptable, as a user-readable sentence; empty when it is valid. */
QString validateProduct(const Product &product);

} // namespace stockroom::domain
