#pragma once

#include "centralstore.h"
#include "kpiinputs.h"
#include "kpireport.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

namespace stockroom::server {

/**
 * Central's KPI data (issue 8): the ecommerce funnel and the survey responses that the web
 * shop and the survey tool push, and the chain-wide KPI report computed from them, the ledger
 * and the discrepancy log with the same domain rules as a desktop's replica (kpireport.h).
 */
class KpiStore
{
public:
    explicit KpiStore(const SqlConnection &connection);

    /** Stores the days, replacing a stored day of the same date and channel; all or nothing. */
    bool saveFunnelDays(const QList<domain::FunnelDay> &days, QString *error);
    /** Stores the responses, replacing a stored one with the same id; all or nothing. */
    bool saveSurveyResponses(const QList<domain::SurveyResponse> &responses, QString *error);
    /** The report of period at location (empty: the whole chain). */
    std::optional<domain::KpiReport> report(const domain::KpiPeriod &period,
                                            const QString &location, QString *error);

private:
    bool inputs(const domain::KpiPeriod &period, const QString &location,
                domain::KpiInputs *inputs, QString *error);
    bool readLedger(const domain::KpiPeriod &period, const QString &location,
                    domain::KpiInputs *inputs, QString *error);
    bool readDiscrepancies(const domain::KpiPeriod &period, const QString &location,
                           domain::KpiInputs *inputs, QString *error);

    SqlConnection m_connection;
    SqlStatement m_saveDay;
    SqlStatement m_saveResponse;
};

} // namespace stockroom::server
