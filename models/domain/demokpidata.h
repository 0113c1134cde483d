#pragma once

#include "demochain.h"
#include "discrepancy.h"
#include "kpiinputs.h"

#include <QList>

namespace stockroom::domain {

/**
 * The rest of the demo chain's month for the KPIs page (issue 8): the web shop's funnel per day
 * and channel, customer survey responses at every store and the web shop, and staff reports in
 * the discrepancy queue with their responses and resolutions. Deterministic from the chain's
 * seed, like its movements.
 */
class DemoKpiData
{
public:
    explicit DemoKpiData(const DemoChain &chain);

    /** Every day of the month for the channels "web" and "app". */
    const QList<FunnelDay> &funnelDays() const { return m_funnel; }
    /** A few responses a day per store and the web shop, ids "DEMO-S-…". */
    const QList<SurveyResponse> &surveyResponses() const { return m_surveys; }
    /** Created, acknowledged and (mostly) resolved or dismissed staff reports at the stores. */
    const QList<DiscrepancyEvent> &discrepancyEvents() const { return m_events; }

private:
    QList<FunnelDay> m_funnel;
    QList<SurveyResponse> m_surveys;
    QList<DiscrepancyEvent> m_events;
};

} // namespace stockroom::domain
