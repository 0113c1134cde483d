#pragma once

#include "countvariance.h"
#include "discrepancyfold.h"
#include "kpiformulas.h"
#include "movement.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace stockroom::domain {

/** One customer survey response, as imported or pushed by a survey tool (issue 8 item 2). */
struct SurveyResponse
{
    /** The survey tool's id of the response: importing it again replaces it. */
    QString id;
    QDate date;
    int score = 0;
    QString reason;
    QString comment;
    /** The location the customer rated; empty when the survey did not say. */
    QString location;

    friend bool operator==(const SurveyResponse &, const SurveyResponse &) = default;
};

/** Why a survey response is not usable, as a user-readable sentence; empty when it is. */
QString validateSurveyResponse(const SurveyResponse &response);

/** One counted line of the ledger: a count movement measured against the position before it. */
struct KpiCountedLine
{
    QString location;
    qint64 countedAtMs = 0;
    LineVariance variance;
    qint64 unitCostCents = 0;

    friend bool operator==(const KpiCountedLine &, const KpiCountedLine &) = default;
};

/** An availability change with the time of the movement that made it. */
struct KpiAvailabilityEvent
{
    qint64 atMs = 0;
    AvailabilityChange change;

    friend bool operator==(const KpiAvailabilityEvent &, const KpiAvailabilityEvent &) = default;
};

/**
 * Everything the KPIs of a period are computed from, gathered from a replica or from central;
 * buildKpiReport picks out the period and location, so the inputs may cover more.
 */
struct KpiInputs
{
    QList<KpiCountedLine> lines;
    QList<DiscrepancyState> discrepancies;
    QList<KpiAvailabilityEvent> availability;
    QList<FunnelDay> funnel;
    QList<SurveyResponse> surveys;
};

/**
 * Walks the ledger of one position (one location and SKU, any order) in ledger order and
 * appends to inputs: a counted line for every count that has a movement before it (the first
 * count of a position is its opening, not a measurement), measured against the on-hand just
 * before it with the tolerance of the count session named by its reference (exact when none),
 * and an availability change for every movement that changed the available quantity.
 */
void addLedgerKpiInputs(const QList<Movement> &positionLedger, bool productActive,
                        qint64 unitCostCents, const QHash<QString, Tolerance> &toleranceByReference,
                        KpiInputs *inputs);

} // namespace stockroom::domain
