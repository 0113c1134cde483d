#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace stockroom::item {

class InventoryTableModel;

/**
 * Search-as-you-type over the Inventory table: keeps the rows whose search text contains every
 * whitespace-separated term, ignoring case, and sorts numeric columns by number.
 */
class InventoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InventoryFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /** Filters on the terms of text; an empty or blank text shows every row. */
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    /** The lower-cased terms currently filtered on. */
    const QStringList &filterTerms() const { return m_terms; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    bool matches(const QString &searchText) const;

    QString m_filterText;
    QStringList m_terms;
    // Set when the source is an InventoryTableModel: search text and sort keys are read
    // without a QVariant per row, which keeps a 20,000-row pass to a few milliseconds.
    QPointer<InventoryTableModel> m_inventory;
};

} // namespace stockroom::item
