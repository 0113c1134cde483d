#include "availabilitymodel.h"

#include "celltext.h"

#include <QHash>

#include <algorithm>

namespace stockroom::item {

namespace {

bool isNumericColumn(int column)
{
    return column == AvailabilityModel::OnHandColumn || column == AvailabilityModel::CommittedColumn
           || column == AvailabilityModel::AvailableColumn;
}

} // namespace

AvailabilityModel::AvailabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AvailabilityModel::setPositions(const QList<domain::StockPosition> &positions,
                                     const QList<domain::Location> &locations,
                                     const QString &excludedLocation)
{
    QHash<QString, QString> names;
    for (const domain::Location &location : locations)
        names.insert(location.code, location.name);

    QList<Row> rows;
    rows.reserve(positions.size());
    for (const domain::StockPosition &position : positions) {
        if (position.location == excludedLocation)
            continue;
        rows.append(
            {position.location, names.value(position.location, position.location), position.level});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.level.available() != b.level.available())
            return a.level.available() > b.level.available();
        return a.code < b.code;
    });

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AvailabilityModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

qint64 AvailabilityModel::totalAvailable() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.level.available();
    return total;
}

int AvailabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AvailabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case CodeColumn:
            return row.code;
        case NameColumn:
            return row.name;
        case OnHandColumn:
            return row.level.onHand;
        case CommittedColumn:
            return row.level.committed;
        case AvailableColumn:
            return row.level.available();
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumericColumn(index.column()) ? celltext::rightAligned() : QVariant();
    case LocationCodeRole:
        return row.code;
    default:
        return {};
    }
}

QVariant AvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(section) ? celltext::rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CodeColumn:
        return tr("Location");
    case NameColumn:
        return tr("Name");
    case OnHandColumn:
        return tr("On hand");
    case CommittedColumn:
        return tr("Committed");
    case AvailableColumn:
        return tr("Available");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> AvailabilityModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LocationCodeRole, QByteArrayLiteral("locationCode"));
    return names;
}

} // namespace stockroom::item
