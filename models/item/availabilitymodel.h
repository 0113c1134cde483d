#pragma once

#include "location.h"
#include "stockposition.h"

#include <QAbstractTableModel>
#include <QList>

namespace stockroom::item {

/**
 * One product's stock at other locations ("nearby stores"): where a customer can be sent or
 * stock transferred from, the most available first.
 */
class AvailabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        OnHandColumn,
        CommittedColumn,
        AvailableColumn,
        ColumnCount
    };

    enum Role {
        /** QString: the location's code, whatever the column. */
        LocationCodeRole = Qt::UserRole + 1,
    };

    explicit AvailabilityModel(QObject *parent = nullptr);

    /**
     * Shows the positions, except the one at excludedLocation (the current one), ordered by
     * available stock, most first, then by location code. Names come from locations; a
     * location missing there shows its code.
     */
    void setPositions(const QList<domain::StockPosition> &positions,
                      const QList<domain::Location> &locations,
                      const QString &excludedLocation = {});
    void clear();

    /** The sum of available stock over the rows shown. */
    qint64 totalAvailable() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString code;
        QString name;
        domain::StockLevel level;
    };

    QList<Row> m_rows;
};

} // namespace stockroom::item
