#include "kpidemoseed.h"

#include "demokpidata.h"
#include "discrepancylog.h"
#include "kpiservice.h"
#include "replicadatabase.h"
#include "sqlhelpers.h"

namespace stockroom::replica {

bool seedDemoKpiData(ReplicaDatabase &db, const domain::DemoChain &chain, QString *error)
{
    const domain::DemoKpiData data(chain);
    KpiService kpis(db, [] { return domain::DemoChain::periodEndMs(); });
    if (!kpis.storeFunnelDays(data.funnelDays(), error)
        || !kpis.storeSurveyResponses(data.surveyResponses(), error))
        return false;

    QSqlDatabase &connection = db.connection();
    if (!beginWriteTransaction(connection, error))
        return false;
    // Not local: the demo's queue is history, nothing for sync to push.
    DiscrepancyLog log(connection);
    for (const domain::DiscrepancyEvent &event : data.discrepancyEvents()) {
        if (!log.append(event, false, error)) {
            connection.rollback();
            return false;
        }
    }
    if (!connection.commit()) {
        if (error)
            *error = connection.lastError().text();
        connection.rollback();
        return false;
    }
    return true;
}

} // namespace stockroom::replica
