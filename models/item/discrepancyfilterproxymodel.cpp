#include "discrepancyfilterproxymodel.h"

#include "discrepancytablemodel.h"

namespace stockroom::item {

namespace {

using domain::DiscrepancyState;
using domain::DiscrepancyStatus;

quint32 bitOf(DiscrepancyStatus status)
{
    return quint32(1) << unsigned(status);
}

int compareText(const QString &left, const QString &right)
{
    return left.compare(right, Qt::CaseInsensitive);
}

/** Waiting for a first response sorts before responded or closed, each by time left. */
bool slaLessThan(const DiscrepancyState &left, const DiscrepancyState &right, qint64 nowMs)
{
    const bool leftWaiting = !left.firstResponseAtMs && !left.isClosed();
    const bool rightWaiting = !right.firstResponseAtMs && !right.isClosed();
    if (leftWaiting != rightWaiting)
        return leftWaiting;
    return domain::slaRemainingMs(left, nowMs) < domain::slaRemainingMs(right, nowMs);
}

} // namespace

DiscrepancyFilterProxyModel::DiscrepancyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setStatuses(notClosedStatuses());
}

void DiscrepancyFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<DiscrepancyTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

QList<DiscrepancyStatus> DiscrepancyFilterProxyModel::notClosedStatuses()
{
    return {DiscrepancyStatus::Open, DiscrepancyStatus::Acknowledged,
            DiscrepancyStatus::RecountRequested};
}

void DiscrepancyFilterProxyModel::setStatuses(const QList<DiscrepancyStatus> &statuses)
{
    quint32 mask = 0;
    for (DiscrepancyStatus status : statuses)
        mask |= bitOf(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    invalidateFilter();
}

QList<DiscrepancyStatus> DiscrepancyFilterProxyModel::statuses() const
{
    QList<DiscrepancyStatus> statuses;
    for (DiscrepancyStatus status : domain::allDiscrepancyStatuses()) {
        if (m_statusMask & bitOf(status))
            statuses.append(status);
    }
    return statuses;
}

void DiscrepancyFilterProxyModel::setType(std::optional<domain::DiscrepancyType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void DiscrepancyFilterProxyModel::setLocation(const QString &code)
{
    if (code == m_location)
        return;
    m_location = code;
    invalidateFilter();
}

void DiscrepancyFilterProxyModel::setAssignee(std::optional<QString> assignee)
{
    if (assignee == m_assignee)
        return;
    m_assignee = std::move(assignee);
    invalidateFilter();
}

void DiscrepancyFilterProxyModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void DiscrepancyFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void DiscrepancyFilterProxyModel::setEcommerceFirst(bool on)
{
    if (on == m_ecommerceFirst)
        return;
    m_ecommerceFirst = on;
    invalidate();
}

void DiscrepancyFilterProxyModel::setOnlineLocations(const QSet<QString> &codes)
{
    if (codes == m_onlineLocations)
        return;
    m_onlineLocations = codes;
    if (m_ecommerceFirst)
        invalidate();
}

bool DiscrepancyFilterProxyModel::isEcommerceRow(int sourceRow) const
{
    if (!m_table || sourceRow < 0 || sourceRow >= m_table->rowCount())
        return false;
    const DiscrepancyState &d = m_table->discrepancy(sourceRow);
    return d.type == domain::DiscrepancyType::Oversell || m_onlineLocations.contains(d.location);
}

bool DiscrepancyFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    if (!m_table || sourceParent.isValid())
        return false;
    const DiscrepancyState &d = m_table->discrepancy(sourceRow);
    if (m_statusMask != 0 && !(m_statusMask & bitOf(d.status)))
        return false;
    if (m_type && d.type != *m_type)
        return false;
    if (!m_location.isEmpty() && d.location != m_location)
        return false;
    if (m_assignee && d.assignee != *m_assignee)
        return false;
    if (m_overdueOnly && !domain::isOverdue(d, m_table->nowMs()))
        return false;
    if (!m_search.isEmpty() && !d.sku.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool DiscrepancyFilterProxyModel::lessThan(const QModelIndex &sourceLeft,
                                           const QModelIndex &sourceRight) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    const int left = sourceLeft.row();
    const int right = sourceRight.row();
    if (m_ecommerceFirst) {
        const bool leftFirst = isEcommerceRow(left);
        const bool rightFirst = isEcommerceRow(right);
        // A descending sort asks lessThan(right, left): the group must win in both orders.
        if (leftFirst != rightFirst)
            return sortOrder() == Qt::AscendingOrder ? leftFirst : rightFirst;
    }
    return columnLessThan(sourceLeft.column(), left, right);
}

bool DiscrepancyFilterProxyModel::columnLessThan(int column, int left, int right) const
{
    const DiscrepancyState &l = m_table->discrepancy(left);
    const DiscrepancyState &r = m_table->discrepancy(right);
    switch (column) {
    case DiscrepancyTableModel::PriorityColumn:
        return l.priority < r.priority;
    case DiscrepancyTableModel::TypeColumn:
        // Grouped in the domain's order of types; staff reports by category.
        if (l.type != r.type)
            return l.type < r.type;
        return compareText(l.reference, r.reference) < 0;
    case DiscrepancyTableModel::LocationColumn:
        return compareText(l.location, r.location) < 0;
    case DiscrepancyTableModel::SkuColumn:
        return compareText(l.sku, r.sku) < 0;
    case DiscrepancyTableModel::StatusColumn:
        return l.status < r.status;
    case DiscrepancyTableModel::AssigneeColumn:
        return compareText(l.assignee, r.assignee) < 0;
    case DiscrepancyTableModel::SlaColumn:
        return slaLessThan(l, r, m_table->nowMs());
    case DiscrepancyTableModel::CreatedColumn:
        return l.createdAtMs < r.createdAtMs;
    case DiscrepancyTableModel::ExpectedColumn:
        return l.expected < r.expected;
    case DiscrepancyTableModel::ActualColumn:
        return l.actual < r.actual;
    case DiscrepancyTableModel::VarianceUnitsColumn:
        return DiscrepancyTableModel::varianceUnits(l) < DiscrepancyTableModel::varianceUnits(r);
    case DiscrepancyTableModel::VarianceValueColumn:
        return l.valueCents < r.valueCents;
    default:
        return false;
    }
}

} // namespace stockroom::item
