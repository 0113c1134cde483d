#include "kpiservice.h"

#include "locationrepository.h"
#include "replicadatabase.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::KpiService", text);
}

QString dayText(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool rollBack(QSqlDatabase &db, QString *error, const QString &message)
{
    db.rollback();
    if (error)
        *error = message;
    return false;
}

} // namespace

KpiService::KpiService(ReplicaDatabase &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

qint64 KpiService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool KpiService::storeFunnelDays(const QList<domain::FunnelDay> &days, QString *error)
{
    QSet<QString> keys;
    for (const domain::FunnelDay &day : days) {
        if (const QString invalid = domain::validateFunnelDay(day); !invalid.isEmpty()) {
            if (error)
                *error = tr("%1 %2: %3").arg(dayText(day.date), day.channel, invalid);
            return false;
        }
        const QString key = dayText(day.date) + QLatin1Char('\n') + day.channel;
        if (keys.contains(key)) {
            if (error)
                *error = tr("%1 %2 appears twice").arg(dayText(day.date), day.channel);
            return false;
        }
        keys.insert(key);
    }
    QSqlDatabase &db = m_db.connection();
    if (!beginWriteTransaction(db, error))
        return false;
    QSqlQuery insert = prepared(
        db, QStringLiteral("INSERT OR REPLACE INTO funnel_days (day, channel, carts_created,"
                           " carts_abandoned, carts_abandoned_unavailable, checkouts_started,"
                           " checkouts_completed, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 at = now();
    for (const domain::FunnelDay &day : days) {
        insert.addBindValue(dayText(day.date));
        insert.addBindValue(day.channel);
        insert.addBindValue(day.cartsCreated);
        insert.addBindValue(day.cartsAbandoned);
        insert.addBindValue(day.cartsAbandonedUnavailable);
        insert.addBindValue(day.checkoutsStarted);
        insert.addBindValue(day.checkoutsCompleted);
        insert.addBindValue(at);
        QString sqlError;
        if (!execOrFail(insert, &sqlError))
            return rollBack(db, error, sqlError);
    }
    if (!db.commit())
        return rollBack(db, error, db.lastError().text());
    return true;
}

bool KpiService::storeSurveyResponses(const QList<domain::SurveyResponse> &responses,
                                      QString *error)
{
    QSet<QString> ids;
    for (const domain::SurveyResponse &r : responses) {
        if (const QString invalid = domain::validateSurveyResponse(r); !invalid.isEmpty()) {
            if (error)
                *error = tr("response %1: %2").arg(r.id, invalid);
            return false;
        }
        if (ids.contains(r.id)) {
            if (error)
                *error = tr("response %1 appears twice").arg(r.id);
            return false;
        }
        ids.insert(r.id);
    }
    QSqlDatabase &db = m_db.connection();
    if (!beginWriteTransaction(db, error))
        return false;
    QSqlQuery insert = prepared(
        db, QStringLiteral("INSERT OR REPLACE INTO survey_responses (id, day, score, reason,"
                           " comment, location, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 at = now();
    for (const domain::SurveyResponse &r : responses) {
        insert.addBindValue(r.id);
        insert.addBindValue(dayText(r.date));
        insert.addBindValue(r.score);
        insert.addBindValue(notNull(r.reason));
        insert.addBindValue(notNull(r.comment));
        insert.addBindValue(notNull(r.location));
        insert.addBindValue(at);
        QString sqlError;
        if (!execOrFail(insert, &sqlError))
            return rollBack(db, error, sqlError);
    }
    if (!db.commit())
        return rollBack(db, error, db.lastError().text());
    return true;
}

QList<domain::FunnelDay> KpiService::funnelDays(QDate from, QDate to) const
{
    QSqlQuery query = prepared(
        m_db.connection(),
        QStringLiteral("SELECT day, channel, carts_created, carts_abandoned,"
                       " carts_abandoned_unavailable, checkouts_started, checkouts_completed"
                       " FROM funnel_days WHERE day >= ? AND day <= ? ORDER BY day, channel"));
    query.addBindValue(dayText(from));
    query.addBindValue(dayText(to));
    QList<domain::FunnelDay> days;
    if (!query.exec())
        return days;
    while (query.next()) {
        days.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                     query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toLongLong(), query.value(4).toLongLong(),
                     query.value(5).toLongLong(), query.value(6).toLongLong()});
    }
    return days;
}

QList<domain::SurveyResponse> KpiService::surveyResponses(QDate from, QDate to) const
{
    QSqlQuery query = prepared(m_db.connection(),
                               QStringLiteral("SELECT id, day, score, reason, comment, location"
                                              " FROM survey_responses WHERE day >= ? AND day <= ?"
                                              " ORDER BY day, id"));
    query.addBindValue(dayText(from));
    query.addBindValue(dayText(to));
    QList<domain::SurveyResponse> responses;
    if (!query.exec())
        return responses;
    while (query.next()) {
        responses.append({query.value(0).toString(),
                          QDate::fromString(query.value(1).toString(), Qt::ISODate),
                          query.value(2).toInt(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString()});
    }
    return responses;
}

std::optional<QDate> KpiService::latestDataDate() const
{
    std::optional<QDate> latest;
    const auto consider = [&](const QDate &date) {
        if (date.isValid() && (!latest || date > *latest))
            latest = date;
    };
    for (const char *sql :
         {"SELECT max(occurred_at) FROM movements", "SELECT max(created_at) FROM discrepancies"}) {
        QSqlQuery query = prepared(m_db.connection(), QLatin1StringView(sql));
        const QVariant value = firstValue(query);
        if (!value.isNull())
            consider(domain::utcDateOf(value.toLongLong()));
    }
    for (const char *sql :
         {"SELECT max(day) FROM funnel_days", "SELECT max(day) FROM survey_responses"}) {
        QSqlQuery query = prepared(m_db.connection(), QLatin1StringView(sql));
        consider(QDate::fromString(firstValue(query).toString(), Qt::ISODate));
    }
    return latest;
}

QList<domain::Location> KpiService::locations() const
{
    return LocationRepository(m_db.connection()).all();
}

std::optional<domain::KpiInputs> KpiService::inputs(const domain::KpiPeriod &period,
                                                    const QString &location, QString *error) const
{
    const QSqlDatabase &db = m_db.connection();
    const domain::KpiPeriod earlier = period.previous();
    const auto failed = [&](const QSqlQuery &query) {
        if (error)
            *error = tr("cannot read the replica: %1").arg(query.lastError().text());
        return std::nullopt;
    };

    struct Cost
    {
        qint64 unitCostCents = 0;
        bool active = true;
    };
    QHash<QString, Cost> products;
    QSqlQuery query
        = prepared(db, QStringLiteral("SELECT sku, unit_cost_cents, active FROM products"));
    if (!query.exec())
        return failed(query);
    while (query.next())
        products.insert(query.value(0).toString(),
                        {query.value(1).toLongLong(), query.value(2).toBool()});

    QHash<QString, domain::Tolerance> tolerances;
    query = prepared(db, QStringLiteral("SELECT id, tolerance_units, tolerance_value_cents"
                                        " FROM count_sessions"));
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        tolerances.insert(query.value(0).toString(),
                          {query.value(1).toLongLong(), query.value(2).toLongLong()});
    }

    domain::KpiInputs inputs;
    // The ledger of the own locations up to the period's end, one position at a time.
    const QStringList own = LocationRepository(db).ownCodes();
    query = prepared(db, QStringLiteral("SELECT id, location, sku, kind, quantity, occurred_at,"
                                        " reference FROM movements WHERE occurred_at < ?"
                                        " AND (? = '' OR location = ?)"
                                        " ORDER BY location, sku"));
    query.addBindValue(period.endMs());
    query.addBindValue(notNull(location));
    query.addBindValue(notNull(location));
    if (!query.exec())
        return failed(query);
    QList<domain::Movement> position;
    const auto flush = [&] {
        if (position.isEmpty())
            return;
        const domain::Movement &first = position.constFirst();
        if (own.contains(first.location)) {
            const Cost cost = products.value(first.sku);
            domain::addLedgerKpiInputs(position, cost.active, cost.unitCostCents, tolerances,
                                       &inputs);
        }
        position.clear();
    };
    while (query.next()) {
        domain::Movement m;
        m.id = QUuid::fromString(query.value(0).toString());
        m.location = query.value(1).toString();
        m.sku = query.value(2).toString();
        const auto kind = domain::movementKindFromName(query.value(3).toString());
        if (!kind)
            continue;
        m.kind = *kind;
        m.quantity = query.value(4).toLongLong();
        m.occurredAtMs = query.value(5).toLongLong();
        m.reference = query.value(6).toString();
        if (!position.isEmpty()
            && (position.constFirst().location != m.location || position.constFirst().sku != m.sku))
            flush();
        position.append(m);
    }
    flush();
    // Only what falls in the two periods is kept: a long ledger need not be held twice.
    const auto outside = [&](qint64 ms) {
        return ms < earlier.startMs() || ms >= period.endMs();
    };
    inputs.lines.removeIf([&](const domain::KpiCountedLine &l) { return outside(l.countedAtMs); });
    inputs.availability.removeIf(
        [&](const domain::KpiAvailabilityEvent &e) { return outside(e.atMs); });

    query = prepared(db, QStringLiteral("SELECT id, location, created_at, first_response_at,"
                                        " closed_at, status FROM discrepancies"
                                        " WHERE created_at >= ? AND created_at < ?"
                                        " AND (? = '' OR location = ?)"));
    query.addBindValue(earlier.startMs());
    query.addBindValue(period.endMs());
    query.addBindValue(notNull(location));
    query.addBindValue(notNull(location));
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        domain::DiscrepancyState d;
        d.id = QUuid::fromString(query.value(0).toString());
        d.created = true;
        d.location = query.value(1).toString();
        d.createdAtMs = query.value(2).toLongLong();
        d.firstResponseAtMs = optionalInt(query.value(3));
        d.closedAtMs = optionalInt(query.value(4));
        d.status = domain::discrepancyStatusFromName(query.value(5).toString())
                       .value_or(domain::DiscrepancyStatus::Open);
        inputs.discrepancies.append(d);
    }

    inputs.funnel = funnelDays(earlier.from, period.to);
    inputs.surveys = surveyResponses(earlier.from, period.to);
    return inputs;
}

std::optional<domain::KpiReport> KpiService::report(const domain::KpiPeriod &period,
                                                    const QString &location, QString *error) const
{
    if (!period.isValid()) {
        if (error)
            *error = tr("the period needs a from date on or before its to date");
        return std::nullopt;
    }
    if (!location.isEmpty() && !LocationRepository(m_db.connection()).find(location)) {
        if (error)
            *error = tr("unknown location \"%1\"").arg(location);
        return std::nullopt;
    }
    const auto gathered = inputs(period, location, error);
    if (!gathered)
        return std::nullopt;
    return domain::buildKpiReport(*gathered, period, location);
}

} // namespace stockroom::replica
