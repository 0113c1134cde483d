#include "discrepancytablemodel.h"

#include "celltext.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

namespace stockroom::item {

namespace {

using domain::DiscrepancyState;
using domain::DiscrepancyType;

bool isNumericColumn(int column)
{
    return column == DiscrepancyTableModel::ExpectedColumn
           || column == DiscrepancyTableModel::ActualColumn
           || column == DiscrepancyTableModel::VarianceUnitsColumn
           || column == DiscrepancyTableModel::VarianceValueColumn;
}

// A staff report carries the units affected in `actual` and no expectation: the queue shows
// them as what went missing, as the service's write-off of a report does.
bool isReport(const DiscrepancyState &d)
{
    return d.type == DiscrepancyType::StaffReport;
}

} // namespace

DiscrepancyTableModel::DiscrepancyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiscrepancyTableModel::setData(QList<domain::DiscrepancyState> discrepancies, qint64 nowMs)
{
    beginResetModel();
    m_rows = std::move(discrepancies);
    m_nowMs = nowMs;
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
    endResetModel();
}

void DiscrepancyTableModel::setNowMs(qint64 nowMs)
{
    if (nowMs == m_nowMs)
        return;
    m_nowMs = nowMs;
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, SlaColumn), index(int(m_rows.size()) - 1, SlaColumn));
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {OverdueRole});
}

int DiscrepancyTableModel::rowOfId(const QUuid &id) const
{
    return m_rowOfId.value(id, -1);
}

const domain::DiscrepancyState &DiscrepancyTableModel::discrepancy(int row) const
{
    return m_rows.at(row);
}

bool DiscrepancyTableModel::isOverdue(int row) const
{
    return domain::isOverdue(m_rows.at(row), m_nowMs);
}

qint64 DiscrepancyTableModel::varianceUnits(const domain::DiscrepancyState &state)
{
    return isReport(state) ? -state.actual : state.varianceUnits();
}

qint64 DiscrepancyTableModel::slaRemainingMs(int row) const
{
    return domain::slaRemainingMs(m_rows.at(row), m_nowMs);
}

QString DiscrepancyTableModel::typeLabel(domain::DiscrepancyType type)
{
    switch (type) {
    case DiscrepancyType::CountVariance:
        return tr("Count variance");
    case DiscrepancyType::NegativeStock:
        return tr("Negative stock");
    case DiscrepancyType::Oversell:
        return tr("Oversell");
    case DiscrepancyType::RejectedChange:
        return tr("Rejected change");
    case DiscrepancyType::DigestMismatch:
        return tr("Replica mismatch");
    case DiscrepancyType::TransferNotReceived:
        return tr("Transfer not received");
    case DiscrepancyType::StaffReport:
        return tr("Staff report");
    }
    return domain::discrepancyTypeName(type);
}

QString DiscrepancyTableModel::statusLabel(domain::DiscrepancyStatus status)
{
    using domain::DiscrepancyStatus;
    switch (status) {
    case DiscrepancyStatus::Open:
        return tr("Open");
    case DiscrepancyStatus::Acknowledged:
        return tr("Acknowledged");
    case DiscrepancyStatus::RecountRequested:
        return tr("Recount requested");
    case DiscrepancyStatus::Resolved:
        return tr("Resolved");
    case DiscrepancyStatus::Dismissed:
        return tr("Dismissed");
    }
    return domain::discrepancyStatusName(status);
}

QString DiscrepancyTableModel::priorityLabel(domain::DiscrepancyPriority priority)
{
    using domain::DiscrepancyPriority;
    switch (priority) {
    case DiscrepancyPriority::Low:
        return tr("Low");
    case DiscrepancyPriority::Medium:
        return tr("Medium");
    case DiscrepancyPriority::High:
        return tr("High");
    case DiscrepancyPriority::Critical:
        return tr("Critical");
    }
    return domain::discrepancyPriorityName(priority);
}

QString DiscrepancyTableModel::actionLabel(domain::ResolutionAction action)
{
    using domain::ResolutionAction;
    switch (action) {
    case ResolutionAction::AdjustToCounted:
        return tr("Adjust to counted");
    case ResolutionAction::AcceptSystem:
        return tr("Accept system quantity");
    case ResolutionAction::WriteOff:
        return tr("Write off");
    case ResolutionAction::TransferCorrection:
        return tr("Transfer correction");
    }
    return domain::resolutionActionName(action);
}

QString DiscrepancyTableModel::eventKindLabel(domain::DiscrepancyEventKind kind)
{
    using domain::DiscrepancyEventKind;
    switch (kind) {
    case DiscrepancyEventKind::Created:
        return tr("Created");
    case DiscrepancyEventKind::Acknowledged:
        return tr("Acknowledged");
    case DiscrepancyEventKind::Assigned:
        return tr("Assigned");
    case DiscrepancyEventKind::Commented:
        return tr("Comment");
    case DiscrepancyEventKind::RecountRequested:
        return tr("Recount requested");
    case DiscrepancyEventKind::Resolved:
        return tr("Resolved");
    case DiscrepancyEventKind::Reopened:
        return tr("Reopened");
    case DiscrepancyEventKind::Dismissed:
        return tr("Dismissed");
    case DiscrepancyEventKind::PrioritySet:
        return tr("Priority set");
    }
    return domain::discrepancyEventKindName(kind);
}

const QStringList &DiscrepancyTableModel::issueCategories()
{
    // The categories DiscrepancyService::report accepts.
    static const QStringList categories{QStringLiteral("damaged"), QStringLiteral("missing"),
                                        QStringLiteral("mislabelled"), QStringLiteral("other")};
    return categories;
}

QString DiscrepancyTableModel::issueCategoryLabel(const QString &category)
{
    if (category == QLatin1String("damaged"))
        return tr("Damaged goods");
    if (category == QLatin1String("missing"))
        return tr("Missing item");
    if (category == QLatin1String("mislabelled"))
        return tr("Mislabelled");
    if (category == QLatin1String("other"))
        return tr("Other issue");
    return category;
}

QString DiscrepancyTableModel::typeText(const domain::DiscrepancyState &state)
{
    if (isReport(state) && !state.reference.isEmpty())
        return tr("%1: %2").arg(typeLabel(state.type), issueCategoryLabel(state.reference));
    return typeLabel(state.type);
}

QString DiscrepancyTableModel::durationText(qint64 ms)
{
    const qint64 minutes = qAbs(ms) / 60000;
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString DiscrepancyTableModel::slaText(const domain::DiscrepancyState &state, qint64 nowMs)
{
    if (!state.created)
        return {};
    const qint64 remaining = domain::slaRemainingMs(state, nowMs);
    if (state.firstResponseAtMs) {
        const qint64 took = *state.firstResponseAtMs - state.createdAtMs;
        return remaining >= 0 ? tr("responded in %1").arg(durationText(took))
                              : tr("responded late, after %1").arg(durationText(took));
    }
    if (state.isClosed())
        return {};
    return remaining >= 0 ? tr("%1 left").arg(durationText(remaining))
                          : tr("overdue by %1").arg(durationText(remaining));
}

int DiscrepancyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscrepancyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscrepancyTableModel::displayData(const DiscrepancyState &d, int column) const
{
    switch (column) {
    case PriorityColumn:
        return priorityLabel(d.priority);
    case TypeColumn:
        return typeText(d);
    case LocationColumn:
        return d.location;
    case SkuColumn:
        return d.sku;
    case ExpectedColumn:
        return isReport(d) ? QString() : QLocale().toString(d.expected);
    case ActualColumn:
        return isReport(d) ? QString() : QLocale().toString(d.actual);
    case VarianceUnitsColumn:
        return celltext::signedNumber(varianceUnits(d));
    case VarianceValueColumn:
        return celltext::signedMoney(d.valueCents);
    case StatusColumn:
        return statusLabel(d.status);
    case AssigneeColumn:
        return d.assignee;
    case SlaColumn:
        return slaText(d, m_nowMs);
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.createdAtMs),
                                  QLocale::ShortFormat);
    }
    return {};
}

QVariant DiscrepancyTableModel::sortData(const DiscrepancyState &d, int column) const
{
    switch (column) {
    case PriorityColumn:
        return int(d.priority);
    case ExpectedColumn:
        return d.expected;
    case ActualColumn:
        return d.actual;
    case VarianceUnitsColumn:
        return varianceUnits(d);
    case VarianceValueColumn:
        return d.valueCents;
    case StatusColumn:
        return int(d.status);
    case SlaColumn:
        return domain::slaRemainingMs(d, m_nowMs);
    case CreatedColumn:
        return d.createdAtMs;
    default:
        return displayData(d, column);
    }
}

QVariant DiscrepancyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiscrepancyState &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(d, index.column());
    case Qt::EditRole:
        return sortData(d, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SlaColumn:
            return tr("Open for %1; first response due within %2 of creation.")
                .arg(durationText(m_nowMs - d.createdAtMs),
                     durationText(domain::firstResponseTargetMs));
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.createdAtMs),
                                      QLocale::LongFormat);
        case VarianceUnitsColumn:
            if (isReport(d))
                return tr("%n unit(s) reported as affected", nullptr,
                          int(qMin<qint64>(d.actual, std::numeric_limits<int>::max())));
            return {};
        case AssigneeColumn:
            return d.assignee.isEmpty() ? tr("Unassigned") : d.assignee;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return isNumericColumn(index.column()) ? celltext::rightAligned() : QVariant();
    case IdRole:
        return d.id.toString(QUuid::WithoutBraces);
    case StatusRole:
        return domain::discrepancyStatusName(d.status);
    case TypeRole:
        return domain::discrepancyTypeName(d.type);
    case OverdueRole:
        return domain::isOverdue(d, m_nowMs);
    case ClosedRole:
        return d.isClosed();
    default:
        return {};
    }
}

QVariant DiscrepancyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(section) ? celltext::rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PriorityColumn:
        return tr("Priority");
    case TypeColumn:
        return tr("Type");
    case LocationColumn:
        return tr("Location");
    case SkuColumn:
        return tr("SKU");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    case VarianceUnitsColumn:
        return tr("Variance");
    case VarianceValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case SlaColumn:
        return tr("Age / SLA");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> DiscrepancyTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("discrepancyId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(TypeRole, QByteArrayLiteral("type"));
    names.insert(OverdueRole, QByteArrayLiteral("overdue"));
    names.insert(ClosedRole, QByteArrayLiteral("closed"));
    return names;
}

} // namespace stockroom::item
