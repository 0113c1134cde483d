#pragma once

#include "kpiinputs.h"
#include "kpireport.h"
#include "location.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace stockroom::replica {

class ReplicaDatabase;

/**
 * The KPIs of this desktop's replica (issue 8): stores imported funnel days and survey
 * responses, and computes a period's headline figures and chart data from the replica with the
 * formulas of models/domain (counts and availability from the ledger of the own locations,
 * response times from the discrepancy queue). Its interface is free of SQL; the desktop's KPIs
 * page and `stockroom-cli kpi` both call it.
 */
class KpiService
{
public:
    using Clock = std::function<qint64()>;

    explicit KpiService(ReplicaDatabase &db, Clock clock = {});

    qint64 now() const;

    /**
     * Stores the days, all or nothing, replacing a stored day of the same date and channel;
     * refuses (changing nothing) when one is invalid or two have the same date and channel.
     */
    bool storeFunnelDays(const QList<domain::FunnelDay> &days, QString *error);
    /** Stores the responses, all or nothing, replacing a stored response of the same id. */
    bool storeSurveyResponses(const QList<domain::SurveyResponse> &responses, QString *error);

    /** The stored funnel days from from to to (both included), by date and channel. */
    QList<domain::FunnelDay> funnelDays(QDate from, QDate to) const;
    /** The stored survey responses from from to to, by date and id. */
    QList<domain::SurveyResponse> surveyResponses(QDate from, QDate to) const;

    /** The day of the newest data the figures use (movements, discrepancies, funnel, surveys). */
    std::optional<QDate> latestDataDate() const;

    /** Every location of the replica, for the location filter. */
    QList<domain::Location> locations() const;

    /**
     * The report of period at location (empty: every location), computed now. Nothing, with
     * *error, when the period is not a from ≤ to range, the location is unknown, or the replica
     * cannot be read.
     */
    std::optional<domain::KpiReport> report(const domain::KpiPeriod &period,
                                            const QString &location, QString *error) const;

    /** What report() computes from, for the period and the one before it. */
    std::optional<domain::KpiInputs> inputs(const domain::KpiPeriod &period,
                                            const QString &location, QString *error) const;

private:
    ReplicaDatabase &m_db;
    Clock m_clock;
};

} // namespace stockroom::replica
