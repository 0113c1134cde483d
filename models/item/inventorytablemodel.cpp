#include "inventorytablemodel.h"

#include "celltext.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace stockroom::item {

namespace {

bool isNumericColumn(int column)
{
    return column == InventoryTableModel::OnHandColumn
           || column == InventoryTableModel::CommittedColumn
           || column == InventoryTableModel::AvailableColumn;
}

} // namespace

InventoryTableModel::InventoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool InventoryTableModel::isLowStock(const domain::Product &product,
                                     const domain::StockLevel &level)
{
    const qint64 available = level.available();
    return available < 0
           || (product.lowStockThreshold > 0 && available <= product.lowStockThreshold);
}

QString InventoryTableModel::searchTextOf(const domain::Product &product)
{
    // One field per line: terms never contain a line break, so no match spans two fields.
    QString text = product.sku;
    for (const QString &barcode : product.barcodes)
        text += QLatin1Char('\n') + barcode;
    text += QLatin1Char('\n') + product.name + QLatin1Char('\n') + product.category;
    return text.toLower();
}

void InventoryTableModel::setData(QList<domain::Product> products,
                                  const QList<domain::StockPosition> &positions)
{
    QHash<QString, const domain::StockPosition *> positionOfSku;
    positionOfSku.reserve(positions.size());
    for (const domain::StockPosition &position : positions)
        positionOfSku.insert(position.sku, &position);

    beginResetModel();
    m_textSortRanks = {};
    m_rows.clear();
    m_rows.reserve(products.size());
    m_rowOfSku.clear();
    m_rowOfSku.reserve(products.size());
    for (domain::Product &product : products) {
        Row row;
        if (const domain::StockPosition *position = positionOfSku.value(product.sku)) {
            row.level = position->level;
            row.lastCountedAtMs = position->lastCountedAtMs;
        }
        row.searchText = searchTextOf(product);
        row.lowStock = isLowStock(product, row.level);
        row.product = std::move(product);
        m_rowOfSku.insert(row.product.sku, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endResetModel();
}

bool InventoryTableModel::updatePosition(const domain::StockPosition &position)
{
    const int r = rowOfSku(position.sku);
    if (r < 0)
        return false;
    Row &row = m_rows[r];
    row.level = position.level;
    row.lastCountedAtMs = position.lastCountedAtMs;
    row.lowStock = isLowStock(row.product, row.level);
    Q_EMIT dataChanged(index(r, OnHandColumn), index(r, LastCountedColumn));
    // The low-stock state belongs to the whole row.
    Q_EMIT dataChanged(index(r, SkuColumn), index(r, BinColumn), {LowStockRole});
    return true;
}

int InventoryTableModel::rowOfSku(const QString &sku) const
{
    return m_rowOfSku.value(sku, -1);
}

const domain::Product &InventoryTableModel::product(int row) const
{
    return m_rows.at(row).product;
}

const domain::StockLevel &InventoryTableModel::level(int row) const
{
    return m_rows.at(row).level;
}

std::optional<qint64> InventoryTableModel::lastCountedAtMs(int row) const
{
    return m_rows.at(row).lastCountedAtMs;
}

const QString &InventoryTableModel::searchText(int row) const
{
    return m_rows.at(row).searchText;
}

int InventoryTableModel::textSortRank(int column, int row) const
{
    QList<int> &ranks = m_textSortRanks.at(column);
    if (ranks.size() != m_rows.size()) {
        const auto textOf = [column](const Row &r) -> const QString & {
            switch (column) {
            case NameColumn:
                return r.product.name;
            case CategoryColumn:
                return r.product.category;
            case BinColumn:
                return r.product.bin;
            default:
                return r.product.sku;
            }
        };
        // The C locale has no collation (and QCollator ignores numeric mode there): sort as
        // English does then, which is what users of a C-locale system expect anyway.
        const QLocale locale
            = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<QCollatorSortKey> keys;
        keys.reserve(m_rows.size());
        for (const Row &r : m_rows)
            keys.append(collator.sortKey(textOf(r)));
        QList<int> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
        ranks.resize(m_rows.size());
        int rank = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (i > 0 && keys.at(order.at(i - 1)).compare(keys.at(order.at(i))) != 0)
                rank = int(i);
            ranks[order.at(i)] = rank;
        }
    }
    return ranks.at(row);
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SkuColumn:
            return row.product.sku;
        case NameColumn:
            return row.product.name;
        case CategoryColumn:
            return row.product.category;
        case BinColumn:
            return row.product.bin;
        case OnHandColumn:
            return row.level.onHand;
        case CommittedColumn:
            return row.level.committed;
        case AvailableColumn:
            return row.level.available();
        case LastCountedColumn:
            if (!row.lastCountedAtMs)
                return role == Qt::EditRole ? QVariant() : QVariant(QString());
            if (role == Qt::EditRole)
                return *row.lastCountedAtMs;
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row.lastCountedAtMs).date(),
                                      QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastCountedColumn) {
            if (!row.lastCountedAtMs)
                return tr("Never counted at this location");
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row.lastCountedAtMs),
                                      QLocale::LongFormat);
        }
        if (index.column() == NameColumn)
            return row.product.name;
        return {};
    case Qt::TextAlignmentRole:
        return isNumericColumn(index.column()) ? celltext::rightAligned() : QVariant();
    case LowStockRole:
        return row.lowStock;
    case SkuRole:
        return row.product.sku;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant InventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(section) ? celltext::rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case BinColumn:
        return tr("Bin");
    case OnHandColumn:
        return tr("On hand");
    case CommittedColumn:
        return tr("Committed");
    case AvailableColumn:
        return tr("Available");
    case LastCountedColumn:
        return tr("Last counted");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> InventoryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LowStockRole, QByteArrayLiteral("lowStock"));
    names.insert(SkuRole, QByteArrayLiteral("sku"));
    names.insert(SearchTextRole, QByteArrayLiteral("searchText"));
    return names;
}

} // namespace stockroom::item
