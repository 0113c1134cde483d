#include "inventoryfilterproxymodel.h"

#include "inventorytablemodel.h"

namespace stockroom::item {

InventoryFilterProxyModel::InventoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InventoryFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_inventory = qobject_cast<InventoryTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void InventoryFilterProxyModel::setFilterText(const QString &text)
{
    QStringList terms = text.toLower().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_filterText = text;
    if (terms == m_terms)
        return;
    m_terms = std::move(terms);
    // One layout change rather than a remove/insert per interval of rows: a view over
    // 20,000 rows handles one signal far faster than thousands of them.
    invalidate();
}

bool InventoryFilterProxyModel::matches(const QString &searchText) const
{
    for (const QString &term : m_terms) {
        if (!searchText.contains(term, Qt::CaseSensitive))
            return false;
    }
    return true;
}

bool InventoryFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    if (m_inventory)
        return matches(m_inventory->searchText(sourceRow));
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return matches(index.data(InventoryTableModel::SearchTextRole).toString().toLower());
}

bool InventoryFilterProxyModel::lessThan(const QModelIndex &sourceLeft,
                                         const QModelIndex &sourceRight) const
{
    if (!m_inventory || sourceLeft.column() != sourceRight.column())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    const int left = sourceLeft.row();
    const int right = sourceRight.row();
    switch (sourceLeft.column()) {
    case InventoryTableModel::SkuColumn:
    case InventoryTableModel::NameColumn:
    case InventoryTableModel::CategoryColumn:
    case InventoryTableModel::BinColumn:
        return m_inventory->textSortRank(sourceLeft.column(), left)
               < m_inventory->textSortRank(sourceLeft.column(), right);
    case InventoryTableModel::OnHandColumn:
        return m_inventory->level(left).onHand < m_inventory->level(right).onHand;
    case InventoryTableModel::CommittedColumn:
        return m_inventory->level(left).committed < m_inventory->level(right).committed;
    case InventoryTableModel::AvailableColumn:
        return m_inventory->level(left).available() < m_inventory->level(right).available();
    case InventoryTableModel::LastCountedColumn:
        // Never counted sorts first: an empty optional is less than any time.
        return m_inventory->lastCountedAtMs(left) < m_inventory->lastCountedAtMs(right);
    default:
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    }
}

} // namespace stockroom::item
