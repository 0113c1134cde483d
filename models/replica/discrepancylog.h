#pragma once

#include "discrepancyfilter.h"
#include "discrepancyfold.h"
#include "sqlhelpers.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace stockroom::replica {

/**
 * The replica's discrepancy event logs and their folded view (DESIGN.md §3): every event is
 * stored once by id, and the discrepancy's row in the `discrepancies` table is refolded from
 * its whole log whenever one is added, so the queue reads folded rows and the detail panel
 * folds one log. Works inside the caller's transaction; it never begins or commits one.
 */
class DiscrepancyLog
{
public:
    explicit DiscrepancyLog(const QSqlDatabase &db);

    /**
     * Stores one event and refolds its discrepancy. An id already stored is a no-op (the echo
     * of our own push, the same central notice twice). A local event is also queued in the
     * outbox (change kind "discrepancy_event") so that sync pushes it.
     */
    bool append(const domain::DiscrepancyEvent &event, bool local, QString *error);

    /** The fold of one discrepancy's log; nothing when no event of it is here. */
    std::optional<domain::DiscrepancyState> state(const QUuid &discrepancy) const;
    /** One stored event (for the push of an outbox entry). */
    std::optional<domain::DiscrepancyEvent> event(const QUuid &eventId) const;
    bool setServerSeq(const QUuid &eventId, qint64 seq, QString *error);
    /** Takes back an event central refused for good, and refolds its discrepancy. */
    bool remove(const QUuid &eventId, QString *error);

    /**
     * A count-variance discrepancy whose count's expected quantity changed (a late movement
     * dated before the count arrived): the folded row shows the new figures. The created event
     * keeps what was seen when it was raised.
     */
    bool updateFigures(const QUuid &discrepancy, qint64 expected, qint64 actual, qint64 valueCents,
                       QString *error);

    /** Folded rows (timeline left empty), newest first. */
    QList<domain::DiscrepancyState> list(const DiscrepancyFilter &filter) const;

private:
    bool refold(const QUuid &discrepancy, QString *error);

    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace stockroom::replica
