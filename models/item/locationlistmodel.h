#pragma once

#include "location.h"

#include <QAbstractListModel>
#include <QList>

namespace stockroom::item {

/** The chain's locations for pickers such as the Inventory page's location switcher. */
class LocationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        KindRole,
    };

    explicit LocationListModel(QObject *parent = nullptr);

    void setLocations(QList<domain::Location> locations);
    const QList<domain::Location> &locations() const { return m_locations; }
    /** The row of the location with this code, or -1. */
    int rowOfCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<domain::Location> m_locations;
};

} // namespace stockroom::item
