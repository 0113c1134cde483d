#pragma once

#include "product.h"
#include "stockposition.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace stockroom::item {

/**
 * The Inventory page's table: one row per product with its stock position at the current
 * location (on hand, committed, available, last counted), searchable and sortable.
 */
class InventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        CategoryColumn,
        BinColumn,
        OnHandColumn,
        CommittedColumn,
        AvailableColumn,
        LastCountedColumn,
        ColumnCount
    };

    enum Role {
        /** bool: available at or below the product's threshold (if it has one), or negative. */
        LowStockRole = Qt::UserRole + 1,
        /** QString: the row's SKU, whatever the column. */
        SkuRole,
        /** QString: SKU, barcodes, name and category, lower-cased, one per line. */
        SearchTextRole,
    };

    explicit InventoryTableModel(QObject *parent = nullptr);

    using QAbstractTableModel::setData;
    /** Shows products with their positions at one location; a product without one has 0. */
    void setData(QList<domain::Product> products, const QList<domain::StockPosition> &positions);
    /** Updates the row of position.sku (after a movement); false when no row has that SKU. */
    bool updatePosition(const domain::StockPosition &position);

    /** The row of the product with this SKU, or -1. */
    int rowOfSku(const QString &sku) const;
    const domain::Product &product(int row) const;
    const domain::StockLevel &level(int row) const;
    std::optional<qint64> lastCountedAtMs(int row) const;
    /** The precomputed lower-case search text of a row (what SearchTextRole returns). */
    const QString &searchText(int row) const;
    /**
     * The row's place in the order of a text column (SKU, name, category, bin): a locale-aware
     * comparison, ignoring case, with numbers in text compared by value ("Size 9" before
     * "Size 10"); equal texts share a place. Computed once per column and data set, so that
     * re-sorting 20,000 rows after each keystroke compares integers.
     */
    int textSortRank(int column, int row) const;

    /** The low-stock rule of LowStockRole. */
    static bool isLowStock(const domain::Product &product, const domain::StockLevel &level);
    /** Lower-cased text that the Inventory filter searches for a product. */
    static QString searchTextOf(const domain::Product &product);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        domain::Product product;
        domain::StockLevel level;
        std::optional<qint64> lastCountedAtMs;
        QString searchText;
        bool lowStock = false;
    };

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfSku;
    mutable std::array<QList<int>, ColumnCount> m_textSortRanks;
};

} // namespace stockroom::item
