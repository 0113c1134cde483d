#include "stockhighlightproxymodel.h"

#include "inventorytablemodel.h"

#include <QBrush>

namespace stockroom::ui {

StockHighlightProxyModel::StockHighlightProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QColor StockHighlightProxyModel::lowStockColor()
{
    return QColor(0xff, 0xee, 0xba);
}

QColor StockHighlightProxyModel::outOfStockColor()
{
    return QColor(0xf8, 0xd3, 0xd5);
}

QColor StockHighlightProxyModel::highlightOf(const QModelIndex &index) const
{
    if (!index.data(item::InventoryTableModel::LowStockRole).toBool())
        return {};
    const qint64 available = index.siblingAtColumn(item::InventoryTableModel::AvailableColumn)
                                 .data(Qt::EditRole)
                                 .toLongLong();
    return available <= 0 ? outOfStockColor() : lowStockColor();
}

QVariant StockHighlightProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole) {
        const QColor colour = highlightOf(index);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        // Dark text on the light highlight, also under a dark palette.
        return highlightOf(index).isValid() ? QVariant(QBrush(QColor(0x21, 0x21, 0x21)))
                                            : QVariant();
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace stockroom::ui
