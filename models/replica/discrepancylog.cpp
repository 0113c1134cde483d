#include "discrepancylog.h"

#include "outboxrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::DiscrepancyLog", text);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const QString eventColumns = QStringLiteral(
    "id, discrepancy_id, kind, at, user_name, device, text, assignee, action, priority, type,"
    " location, sku, expected, actual, value_cents, reference");

domain::DiscrepancyEvent readEvent(const QSqlQuery &query)
{
    domain::DiscrepancyEvent e;
    e.id = QUuid::fromString(query.value(0).toString());
    e.discrepancy = QUuid::fromString(query.value(1).toString());
    // An unknown kind (a newer peer's) folds as a comment-like no-op: kept, never dropped.
    e.kind = domain::discrepancyEventKindFromName(query.value(2).toString())
                 .value_or(domain::DiscrepancyEventKind::Commented);
    e.atMs = query.value(3).toLongLong();
    e.user = query.value(4).toString();
    e.device = query.value(5).toString();
    e.text = query.value(6).toString();
    e.assignee = query.value(7).toString();
    e.action = domain::resolutionActionFromName(query.value(8).toString());
    e.priority = domain::discrepancyPriorityFromName(query.value(9).toString());
    e.type = domain::discrepancyTypeFromName(query.value(10).toString())
                 .value_or(domain::DiscrepancyType::StaffReport);
    e.location = query.value(11).toString();
    e.sku = query.value(12).toString();
    e.expected = query.value(13).toLongLong();
    e.actual = query.value(14).toLongLong();
    e.valueCents = query.value(15).toLongLong();
    e.reference = query.value(16).toString();
    return e;
}

// Prepared once per connection: a bootstrap appends thousands of events, each with a refold.
QList<domain::DiscrepancyEvent> eventsOf(StatementCache &statements, const QUuid &discrepancy)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM discrepancy_events WHERE discrepancy_id = ?")
              .arg(eventColumns);
    QSqlQuery &query = statements.get(sql);
    query.addBindValue(idText(discrepancy));
    QList<domain::DiscrepancyEvent> events;
    if (query.exec()) {
        while (query.next())
            events.append(readEvent(query));
    }
    query.finish();
    return events;
}

} // namespace

DiscrepancyLog::DiscrepancyLog(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{}

bool DiscrepancyLog::append(const domain::DiscrepancyEvent &event, bool local, QString *error)
{
    if (const QString problem = domain::validateDiscrepancyEvent(event); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (event.location.isEmpty()) {
        *error = tr("A discrepancy event needs the location of its discrepancy.");
        return false;
    }
    static const QString insertSql
        = QStringLiteral("INSERT OR IGNORE INTO discrepancy_events (%1)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .arg(eventColumns);
    QSqlQuery &insert = m_statements.get(insertSql);
    for (const QVariant &value :
         {QVariant(idText(event.id)), QVariant(idText(event.discrepancy)),
          QVariant(domain::discrepancyEventKindName(event.kind)), QVariant(event.atMs),
          QVariant(notNull(event.user)), QVariant(notNull(event.device)),
          QVariant(notNull(event.text)), QVariant(notNull(event.assignee)),
          QVariant(event.action ? domain::resolutionActionName(*event.action) : QStringLiteral("")),
          QVariant(event.priority ? domain::discrepancyPriorityName(*event.priority)
                                  : QStringLiteral("")),
          QVariant(event.kind == domain::DiscrepancyEventKind::Created
                       ? domain::discrepancyTypeName(event.type)
                       : QStringLiteral("")),
          QVariant(event.location), QVariant(notNull(event.sku)), QVariant(event.expected),
          QVariant(event.actual), QVariant(event.valueCents), QVariant(notNull(event.reference))})
        insert.addBindValue(value);
    if (!execOrFail(insert, error))
        return false;
    if (insert.numRowsAffected() == 0)
        return true; // already here
    if (local
        && !OutboxRepository(m_db).enqueue(QStringLiteral("discrepancy_event"), idText(event.id),
                                           {}, event.atMs, error))
        return false;
    return refold(event.discrepancy, error);
}

std::optional<domain::DiscrepancyState> DiscrepancyLog::state(const QUuid &discrepancy) const
{
    const QList<domain::DiscrepancyEvent> events = eventsOf(m_statements, discrepancy);
    if (events.isEmpty())
        return std::nullopt;
    domain::DiscrepancyState state = domain::foldDiscrepancy(events);
    // Figures re-derived after the event (a count's variance re-evaluated) live in the row.
    QSqlQuery row = prepared(m_db, QStringLiteral("SELECT expected, actual, value_cents FROM"
                                                  " discrepancies WHERE id = ?"));
    row.addBindValue(idText(discrepancy));
    if (row.exec() && row.next()) {
        state.expected = row.value(0).toLongLong();
        state.actual = row.value(1).toLongLong();
        state.valueCents = row.value(2).toLongLong();
    }
    return state;
}

std::optional<domain::DiscrepancyEvent> DiscrepancyLog::event(const QUuid &eventId) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM discrepancy_events WHERE id = ?").arg(eventColumns);
    QSqlQuery &query = m_statements.get(sql);
    query.addBindValue(idText(eventId));
    std::optional<domain::DiscrepancyEvent> found;
    if (query.exec() && query.next())
        found = readEvent(query);
    query.finish();
    return found;
}

bool DiscrepancyLog::setServerSeq(const QUuid &eventId, qint64 seq, QString *error)
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral("UPDATE discrepancy_events SET server_seq = ? WHERE id = ?"));
    query.addBindValue(seq);
    query.addBindValue(idText(eventId));
    return execOrFail(query, error);
}

bool DiscrepancyLog::remove(const QUuid &eventId, QString *error)
{
    const auto stored = event(eventId);
    if (!stored)
        return true;
    QSqlQuery query = prepared(m_db, QStringLiteral("DELETE FROM discrepancy_events WHERE id = ?"));
    query.addBindValue(idText(eventId));
    if (!execOrFail(query, error))
        return false;
    if (stored->kind == domain::DiscrepancyEventKind::Created) {
        // Refused at its creation: the discrepancy was never anyone's but ours.
        QSqlQuery row = prepared(m_db, QStringLiteral("DELETE FROM discrepancies WHERE id = ?"));
        row.addBindValue(idText(stored->discrepancy));
        if (!execOrFail(row, error))
            return false;
    }
    return refold(stored->discrepancy, error);
}

bool DiscrepancyLog::updateFigures(const QUuid &discrepancy, qint64 expected, qint64 actual,
                                   qint64 valueCents, QString *error)
{
    QSqlQuery query = prepared(m_db, QStringLiteral("UPDATE discrepancies SET expected = ?,"
                                                    " actual = ?, value_cents = ? WHERE id = ?"));
    for (const QVariant &value : {QVariant(expected), QVariant(actual), QVariant(valueCents),
                                  QVariant(idText(discrepancy))})
        query.addBindValue(value);
    return execOrFail(query, error);
}

bool DiscrepancyLog::refold(const QUuid &discrepancy, QString *error)
{
    const QList<domain::DiscrepancyEvent> events = eventsOf(m_statements, discrepancy);
    const domain::DiscrepancyState s = domain::foldDiscrepancy(events);
    if (!s.created)
        return true; // its created event has not arrived yet: not in the queue until it does
    qint64 updatedAt = s.createdAtMs;
    for (const domain::DiscrepancyEvent &e : s.timeline)
        updatedAt = std::max(updatedAt, e.atMs);
    // Figures: from the created event unless re-derived since (updateFigures keeps them).
    static const QString upsertSql = QStringLiteral(
        "INSERT INTO discrepancies (id, type, location, sku, expected, actual, reason,"
        " source_change, created_at, status, priority, assignee, value_cents,"
        " first_response_at, closed_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET status = excluded.status,"
        " priority = excluded.priority, assignee = excluded.assignee,"
        " first_response_at = excluded.first_response_at, closed_at = excluded.closed_at,"
        " updated_at = excluded.updated_at, type = excluded.type,"
        " location = excluded.location, sku = excluded.sku, reason = excluded.reason,"
        " source_change = excluded.source_change, created_at = excluded.created_at");
    QSqlQuery &upsert = m_statements.get(upsertSql);
    QString reason;
    for (const domain::DiscrepancyEvent &e : s.timeline) {
        if (e.kind == domain::DiscrepancyEventKind::Created) {
            reason = e.text;
            break;
        }
    }
    for (const QVariant &value :
         {QVariant(idText(s.id)), QVariant(domain::discrepancyTypeName(s.type)),
          QVariant(s.location), QVariant(notNull(s.sku)), QVariant(s.expected), QVariant(s.actual),
          QVariant(notNull(reason)), QVariant(notNull(s.reference)), QVariant(s.createdAtMs),
          QVariant(domain::discrepancyStatusName(s.status)),
          QVariant(domain::discrepancyPriorityName(s.priority)), QVariant(notNull(s.assignee)),
          QVariant(s.valueCents),
          s.firstResponseAtMs ? QVariant(*s.firstResponseAtMs)
                              : QVariant(QMetaType::fromType<qint64>()),
          s.closedAtMs ? QVariant(*s.closedAtMs) : QVariant(QMetaType::fromType<qint64>()),
          QVariant(updatedAt)})
        upsert.addBindValue(value);
    return execOrFail(upsert, error);
}

QList<domain::DiscrepancyState> DiscrepancyLog::list(const DiscrepancyFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT id, type, location, sku, expected, actual, source_change, status, priority,"
        " assignee, value_cents, created_at, first_response_at, closed_at FROM discrepancies"
        " WHERE 1 = 1");
    QVariantList values;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(status);
        }
        sql += QStringLiteral(" AND status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    const auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        values.append(value);
    };
    equal("type", filter.type);
    equal("location", filter.location);
    equal("assignee", filter.assignee);
    if (filter.overdueOnly) {
        sql += QStringLiteral(" AND first_response_at IS NULL AND status NOT IN ('resolved',"
                              " 'dismissed') AND created_at < ?");
        values.append(filter.nowMs - domain::firstResponseTargetMs);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id LIMIT ?");
    values.append(filter.limit);
    QSqlQuery query = prepared(m_db, sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<domain::DiscrepancyState> list;
    if (!query.exec())
        return list;
    while (query.next()) {
        domain::DiscrepancyState s;
        s.id = QUuid::fromString(query.value(0).toString());
        s.created = true;
        s.type = domain::discrepancyTypeFromName(query.value(1).toString())
                     .value_or(domain::DiscrepancyType::StaffReport);
        s.location = query.value(2).toString();
        s.sku = query.value(3).toString();
        s.expected = query.value(4).toLongLong();
        s.actual = query.value(5).toLongLong();
        s.reference = query.value(6).toString();
        s.status = domain::discrepancyStatusFromName(query.value(7).toString())
                       .value_or(domain::DiscrepancyStatus::Open);
        s.priority = domain::discrepancyPriorityFromName(query.value(8).toString())
                         .value_or(domain::DiscrepancyPriority::Low);
        s.assignee = query.value(9).toString();
        s.valueCents = query.value(10).toLongLong();
        s.createdAtMs = query.value(11).toLongLong();
        if (!query.value(12).isNull())
            s.firstResponseAtMs = query.value(12).toLongLong();
        if (!query.value(13).isNull())
            s.closedAtMs = query.value(13).toLongLong();
        list.append(s);
    }
    return list;
}

} // namespace stockroom::replica
