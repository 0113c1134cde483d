#pragma once

#include "discrepancyfold.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace stockroom::item {

/**
 * One discrepancy's event log in the order the fold applies it: when, who, what, and the
 * comment, assignee, resolution or priority it carried. Events the fold ignored (a second close
 * merged from another device, say) stay in the list, marked, with the reason they did not count.
 */
class DiscrepancyTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, EventColumn, DetailsColumn, ColumnCount };

    enum Role {
        /** QString: the event's UUID without braces. */
        EventIdRole = Qt::UserRole + 1,
        /** QString: the event kind's stable name ("commented", "resolved" ...). */
        KindRole,
        /** bool: the fold ignored this event; it changed nothing. */
        IgnoredRole,
        /** QString: why the fold ignored it; empty for events that took effect. */
        IgnoredReasonRole,
    };

    explicit DiscrepancyTimelineModel(QObject *parent = nullptr);

    /** Shows the state's timeline; a state from DiscrepancyService::list() has none. */
    void setState(const domain::DiscrepancyState &state);
    void clear();
    const QList<domain::DiscrepancyEvent> &events() const { return m_events; }
    bool isIgnored(int row) const { return !m_ignoredReasons.at(row).isEmpty(); }

    /** The Details cell of an event: its comment, assignee, resolution or priority. */
    static QString detailsText(const domain::DiscrepancyEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<domain::DiscrepancyEvent> m_events;
    /** Per row: empty when the event took effect, else why it did not. */
    QStringList m_ignoredReasons;
};

} // namespace stockroom::item
