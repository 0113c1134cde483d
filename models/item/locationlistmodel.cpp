#include "locationlistmodel.h"

namespace stockroom::item {

LocationListModel::LocationListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LocationListModel::setLocations(QList<domain::Location> locations)
{
    beginResetModel();
    m_locations = std::move(locations);
    endResetModel();
}

int LocationListModel::rowOfCode(const QString &code) const
{
    for (qsizetype row = 0; row < m_locations.size(); ++row) {
        if (m_locations.at(row).code == code)
            return int(row);
    }
    return -1;
}

int LocationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_locations.size());
}

QVariant LocationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Location &location = m_locations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(location.code, location.name);
    case Qt::ToolTipRole:
        return location.name;
    case CodeRole:
        return location.code;
    case KindRole:
        return domain::locationKindName(location.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> LocationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, QByteArrayLiteral("code"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    return names;
}

} // namespace stockroom::item
