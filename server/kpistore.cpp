#include "kpistore.h"

#include "changes.h"
#include "discrepancyfold.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom::server {

namespace {

QString dayText(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The period's ledger is read up to its end; only what falls in it and the period before it
// (for the trend) is kept.
bool outside(const domain::KpiPeriod &period, qint64 ms)
{
    return ms < period.previous().startMs() || ms >= period.endMs();
}

} // namespace

KpiStore::KpiStore(const SqlConnection &connection)
    : m_connection(connection)
    , m_saveDay(connection.db,
                QStringLiteral("INSERT INTO funnel_days (day, channel, carts_created,"
                               " carts_abandoned, carts_abandoned_unavailable, checkouts_started,"
                               " checkouts_completed) VALUES (?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (day, channel) DO UPDATE SET"
                               " carts_created = excluded.carts_created,"
                               " carts_abandoned = excluded.carts_abandoned,"
                               " carts_abandoned_unavailable = excluded.carts_abandoned_unavailable,"
                               " checkouts_started = excluded.checkouts_started,"
                               " checkouts_completed = excluded.checkouts_completed"))
    , m_saveResponse(connection.db,
                     QStringLiteral("INSERT INTO survey_responses (id, day, score, reason,"
                                    " comment, location) VALUES (?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (id) DO UPDATE SET day = excluded.day,"
                                    " score = excluded.score, reason = excluded.reason,"
                                    " comment = excluded.comment, location = excluded.location"))
{}

bool KpiStore::saveFunnelDays(const QList<domain::FunnelDay> &days, QString *error)
{
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    for (const domain::FunnelDay &d : days) {
        if (!m_saveDay.exec({dayText(d.date), d.channel, d.cartsCreated, d.cartsAbandoned,
                             d.cartsAbandonedUnavailable, d.checkoutsStarted,
                             d.checkoutsCompleted},
                            error))
            return false;
    }
    return transaction.commit(error);
}

bool KpiStore::saveSurveyResponses(const QList<domain::SurveyResponse> &responses,
                                   QString *error)
{
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    for (const domain::SurveyResponse &s : responses) {
        if (!m_saveResponse.exec({s.id, dayText(s.date), s.score, notNull(s.reason),
                                  notNull(s.comment), notNull(s.location)},
                                 error))
            return false;
    }
    return transaction.commit(error);
}

std::optional<domain::KpiReport> KpiStore::report(const domain::KpiPeriod &period,
                                                  const QString &location, QString *error)
{
    domain::KpiInputs in;
    if (!inputs(period, location, &in, error))
        return std::nullopt;
    return domain::buildKpiReport(in, period, location);
}

bool KpiStore::inputs(const domain::KpiPeriod &period, const QString &location,
                      domain::KpiInputs *in, QString *error)
{
    // One snapshot for every table, so the figures agree with each other.
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Read, error)
        || !readLedger(period, location, in, error)
        || !readDiscrepancies(period, location, in, error))
        return false;
    const domain::KpiPeriod earlier = period.previous();
    SqlStatement days(m_connection.db,
                      QStringLiteral("SELECT day, channel, carts_created, carts_abandoned,"
                                     " carts_abandoned_unavailable, checkouts_started,"
                                     " checkouts_completed FROM funnel_days"
                                     " WHERE day >= ? AND day <= ? ORDER BY day, channel"));
    if (!days.exec({dayText(earlier.from), dayText(period.to)}, error))
        return false;
    while (days.query().next()) {
        const QSqlQuery &q = days.query();
        in->funnel.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                           q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                           q.value(4).toLongLong(), q.value(5).toLongLong(),
                           q.value(6).toLongLong()});
    }
    days.finish();
    SqlStatement surveys(m_connection.db,
                         QStringLiteral("SELECT id, day, score, reason, comment, location"
                                        " FROM survey_responses WHERE day >= ? AND day <= ?"
                                        " ORDER BY day, id"));
    if (!surveys.exec({dayText(earlier.from), dayText(period.to)}, error))
        return false;
    while (surveys.query().next()) {
        const QSqlQuery &q = surveys.query();
        in->surveys.append({q.value(0).toString(),
                            QDate::fromString(q.value(1).toString(), Qt::ISODate),
                            q.value(2).toInt(), q.value(3).toString(), q.value(4).toString(),
                            q.value(5).toString()});
    }
    surveys.finish();
    return true;
}

bool KpiStore::readLedger(const domain::KpiPeriod &period, const QString &location,
                          domain::KpiInputs *in, QString *error)
{
    struct Cost
    {
        qint64 unitCostCents = 0;
        bool active = true;
    };
    QHash<QString, Cost> products;
    SqlStatement costs(m_connection.db,
                       QStringLiteral("SELECT sku, unit_cost_cents, active FROM products"));
    if (!costs.exec({}, error))
        return false;
    while (costs.query().next())
        products.insert(costs.query().value(0).toString(),
                        {costs.query().value(1).toLongLong(), costs.query().value(2).toInt() != 0});
    costs.finish();

    // Central keeps no count sessions: every count is measured exactly (docs/kpis.md).
    const QHash<QString, domain::Tolerance> noSessions;
    SqlStatement ledger(m_connection.db,
                        QStringLiteral("SELECT id, location, sku, movement_kind, quantity,"
                                       " occurred_at FROM changes WHERE kind = 'movement'"
                                       " AND occurred_at < ? AND (? = '' OR location = ?)"
                                       " ORDER BY location, sku, seq"));
    if (!ledger.exec({period.endMs(), notNull(location), notNull(location)}, error))
        return false;
    QList<domain::Movement> position;
    const auto flush = [&] {
        if (position.isEmpty())
            return;
        const Cost cost = products.value(position.constFirst().sku);
        domain::addLedgerKpiInputs(position, cost.active, cost.unitCostCents, noSessions, in);
        position.clear();
    };
    while (ledger.query().next()) {
        const QSqlQuery &q = ledger.query();
        const auto kind = domain::movementKindFromName(q.value(3).toString());
        if (!kind)
            continue;
        domain::Movement m;
        m.id = QUuid::fromString(q.value(0).toString());
        m.location = q.value(1).toString();
        m.sku = q.value(2).toString();
        m.kind = *kind;
        m.quantity = q.value(4).toLongLong();
        m.occurredAtMs = q.value(5).toLongLong();
        if (!position.isEmpty()
            && (position.constFirst().location != m.location || position.constFirst().sku != m.sku))
            flush();
        position.append(m);
    }
    flush();
    ledger.finish();
    in->lines.removeIf(
        [&](const domain::KpiCountedLine &l) { return outside(period, l.countedAtMs); });
    in->availability.removeIf(
        [&](const domain::KpiAvailabilityEvent &e) { return outside(period, e.atMs); });
    return true;
}

bool KpiStore::readDiscrepancies(const domain::KpiPeriod &period, const QString &location,
                                 domain::KpiInputs *in, QString *error)
{
    // Each discrepancy is the fold of its log: central's own notice is its created event, the
    // desktops' events follow (DESIGN.md §3).
    SqlStatement select(m_connection.db,
                        QStringLiteral("SELECT kind, body FROM changes"
                                       " WHERE kind <> 'movement'"
                                       " AND kind IN ('discrepancy', 'discrepancy_event')"
                                       " AND (? = '' OR location = ?) ORDER BY seq"));
    if (!select.exec({notNull(location), notNull(location)}, error))
        return false;
    QHash<QUuid, QList<domain::DiscrepancyEvent>> logs;
    protocol::DecodeError ignored;
    while (select.query().next()) {
        const QJsonObject body
            = QJsonDocument::fromJson(select.query().value(1).toString().toUtf8()).object();
        if (select.query().value(0).toString() == QLatin1String("discrepancy")) {
            const auto notice = protocol::decodeDiscrepancy(body, {}, &ignored);
            if (!notice)
                continue;
            domain::DiscrepancyEvent created;
            created.id = notice->id;
            created.discrepancy = notice->id;
            created.kind = domain::DiscrepancyEventKind::Created;
            created.atMs = notice->createdAtMs;
            created.user = QStringLiteral("central");
            created.type = domain::discrepancyTypeFromName(notice->type)
                               .value_or(domain::DiscrepancyType::RejectedChange);
            created.location = notice->location;
            created.sku = notice->sku;
            created.expected = notice->expected;
            created.actual = notice->actual;
            logs[notice->id].append(created);
        } else if (const auto event = protocol::decodeDiscrepancyEvent(body, {}, &ignored)) {
            logs[event->discrepancy].append(*event);
        }
    }
    select.finish();
    for (auto it = logs.cbegin(); it != logs.cend(); ++it) {
        const domain::DiscrepancyState state = domain::foldDiscrepancy(it.value());
        if (state.created && !outside(period, state.createdAtMs))
            in->discrepancies.append(state);
    }
    return true;
}

} // namespace stockroom::server
