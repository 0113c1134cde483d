#pragma once

#include "demochain.h"

#include <QString>

namespace stockroom::replica {

class ReplicaDatabase;

/**
 * Stores the demo chain's KPI data (domain::DemoKpiData: funnel days, survey responses, staff
 * reports with their responses) into db after its movements were loaded, so that the demo
 * chain's KPIs page has every figure. Each part is stored all or nothing.
 */
bool seedDemoKpiData(ReplicaDatabase &db, const domain::DemoChain &chain, QString *error);

} // namespace stockroom::replica
