#pragma once

#include <QColor>
#include <QIdentityProxyModel>

namespace stockroom::ui {

/**
 * Paints the Inventory table's stock alerts: rows that item::InventoryTableModel marks low get a
 * soft amber background, rows with nothing (or less than nothing) available a soft red one.
 * The item model stays free of QtGui; the colours are decided here.
 */
class StockHighlightProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit StockHighlightProxyModel(QObject *parent = nullptr);

    static QColor lowStockColor();
    static QColor outOfStockColor();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    /** The row's background, or an invalid colour when it needs no highlight. */
    QColor highlightOf(const QModelIndex &index) const;
};

} // namespace stockroom::ui
