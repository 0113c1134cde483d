#include "product.h"

#include "ean13.h"

#include <QCoreApplication>

namespace stockroom::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::Product", text);
}

} // namespace

QString validateProduct(const Product &product)
{
    if (product.sku.trimmed().isEmpty())
        return tr("The SKU is empty.");
    if (product.sku != product.sku.trimmed() || product.sku.contains(QLatin1Char(' ')))
        return tr("The SKU \"%1\" contains spaces.").arg(product.sku);
    if (product.name.trimmed().isEmpty())
        return tr("Product %1 has no name.").arg(product.sku);
    if (product.unitCostCents < 0)
        return tr("Product %1 has a negative unit cost.").arg(product.sku);
    if (product.priceCents < 0)
        return tr("Product %1 has a negative price.").arg(product.sku);
    if (product.lowStockThreshold < 0)
        return tr("Product %1 has a negative low-stock threshold.").arg(product.sku);
    for (const QString &barcode : product.barcodes) {
        if (barcode.isEmpty() || barcode.contains(QLatin1Char(' ')))
            return tr("Product %1 has an empty barcode or one with spaces.").arg(product.sku);
        if (barcode.size() == 13 && looksNumeric(barcode) && !isValidEan13(barcode))
            return tr("Barcode %1 of product %2 has a wrong EAN-13 check digit.")
                .arg(barcode, product.sku);
    }
    return {};
}

} // namespace stockroom::domain
