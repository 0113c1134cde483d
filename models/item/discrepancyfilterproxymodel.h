#pragma once

#include "discrepancy.h"
#include "discrepancyfold.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace stockroom::item {

class DiscrepancyTableModel;

/**
 * The Discrepancies page's filters and order over a DiscrepancyTableModel: status set (not
 * closed by default), type, location, assignee, overdue only and a SKU search; every column
 * sorts by its value (priority by severity, money and units by number), and "ecommerce first"
 * puts oversells and online-channel items ahead of everything else in either order.
 */
class DiscrepancyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiscrepancyFilterProxyModel(QObject *parent = nullptr);

    /** Only a DiscrepancyTableModel is supported; anything else shows no rows. */
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /** The statuses that pass; empty: every status. Default: open, acknowledged, recount. */
    void setStatuses(const QList<domain::DiscrepancyStatus> &statuses);
    QList<domain::DiscrepancyStatus> statuses() const;
    /** The statuses of the default filter: every one that is not closed. */
    static QList<domain::DiscrepancyStatus> notClosedStatuses();

    void setType(std::optional<domain::DiscrepancyType> type);
    std::optional<domain::DiscrepancyType> type() const { return m_type; }
    /** A location code; empty: every location. */
    void setLocation(const QString &code);
    QString location() const { return m_location; }
    /** Nothing: anyone; an empty string: unassigned only; otherwise that user or role. */
    void setAssignee(std::optional<QString> assignee);
    std::optional<QString> assignee() const { return m_assignee; }
    /** Only rows overdue at the source model's "now". */
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_overdueOnly; }
    /** Rows whose SKU contains text (ignoring case); empty: every row. */
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    /** Oversells and discrepancies at these locations come first (DESIGN.md §3). */
    void setEcommerceFirst(bool on);
    bool ecommerceFirst() const { return m_ecommerceFirst; }
    /** The codes of the online-channel locations (from the replica's locations). */
    void setOnlineLocations(const QSet<QString> &codes);
    /** True for a source row that ecommerce staff see first. */
    bool isEcommerceRow(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    bool columnLessThan(int column, int left, int right) const;

    QPointer<DiscrepancyTableModel> m_table;
    /** Bit 1 << status per status that passes; 0: every status. */
    quint32 m_statusMask = 0;
    std::optional<domain::DiscrepancyType> m_type;
    QString m_location;
    std::optional<QString> m_assignee;
    bool m_overdueOnly = false;
    QString m_search;
    bool m_ecommerceFirst = false;
    QSet<QString> m_onlineLocations;
};

} // namespace stockroom::item
