#pragma once

#include "movement.h"

#include <QAbstractTableModel>
#include <QList>

namespace stockroom::item {

/** A product's movements at one location, newest first: when, what, how many, why and who. */
class MovementHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OccurredAtColumn,
        KindColumn,
        QuantityColumn,
        ReasonColumn,
        UserColumn,
        ReferenceColumn,
        NoteColumn,
        ColumnCount
    };

    enum Role {
        /** QString: the movement's UUID without braces. */
        MovementIdRole = Qt::UserRole + 1,
        /** QString: the kind's stable name ("sale", "adjustment" ...). */
        KindRole,
    };

    explicit MovementHistoryModel(QObject *parent = nullptr);

    void setMovements(QList<domain::Movement> movements);
    const QList<domain::Movement> &movements() const { return m_movements; }

    /** A translated label for a kind ("Sale", "Transfer in" ...). */
    static QString kindLabel(domain::MovementKind kind);
    /**
     * The quantity with the sign of its effect: on-hand for deltas, committed for reservations
     * and releases; a count's absolute quantity as it is.
     */
    static qint64 signedQuantity(const domain::Movement &movement);
    /** The quantity as shown: "+5", "-3", or "= 12" for a count. */
    static QString quantityText(const domain::Movement &movement);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<domain::Movement> m_movements;
};

} // namespace stockroom::item
