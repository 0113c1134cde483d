#pragma once

#include "countvariance.h"
#include "discrepancyfold.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace stockroom::domain {

/**
 * An exact ratio and its value: rate is numerator / denominator, and nothing ("no data") when
 * the denominator is 0, so an empty period never divides by zero (docs/kpis.md).
 */
struct KpiRatio
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> rate;

    friend bool operator==(const KpiRatio &, const KpiRatio &) = default;
};

/** The ratio numerator / denominator, with no rate when the denominator is 0. */
KpiRatio makeKpiRatio(qint64 numerator, qint64 denominator);

/** Counted lines within tolerance / counted lines. */
KpiRatio inventoryAccuracy(const QList<LineVariance> &lines);

/**
 * Value accuracy in cents: (E − V) / E with E = Σ |expected × unit cost| and V = Σ |valueCents|
 * over the lines; a SKU missing from unitCostCents costs 0. Below 0 when the variance is
 * larger than the expected value; no rate when E is 0.
 */
KpiRatio inventoryValueAccuracy(const QList<LineVariance> &lines,
                                const QHash<QString, qint64> &unitCostCents);

/** Response times (first response − creation) of the created discrepancies that have one. */
QList<qint64> responseTimesMs(const QList<DiscrepancyState> &states);
/** Resolution times (closing − creation) of the created discrepancies that are closed now. */
QList<qint64> resolutionTimesMs(const QList<DiscrepancyState> &states);

/** Average, nearest-rank 90th percentile and share within a target of some durations. */
struct DurationStats
{
    /** Σ durations / number of durations: the average in ms. */
    KpiRatio average;
    /** The value at rank ⌈0.9 × n⌉ of the durations sorted ascending; nothing when n is 0. */
    std::optional<qint64> p90Ms;
    /** Durations <= targetMs / number of durations. */
    KpiRatio withinTarget;

    friend bool operator==(const DurationStats &, const DurationStats &) = default;
};

/** The statistics of durationsMs (in any order) against targetMs. */
DurationStats durationStats(const QList<qint64> &durationsMs, qint64 targetMs);
/** durationStats of the response times against the one-hour firstResponseTargetMs. */
DurationStats responseTimeStats(const QList<DiscrepancyState> &states);

/** How the available quantity of one position changed with one movement. */
struct AvailabilityChange
{
    QString location;
    QString sku;
    qint64 availableBefore = 0;
    qint64 availableAfter = 0;
    /** Whether the product was active when the movement happened. */
    bool productActive = true;

    friend bool operator==(const AvailabilityChange &, const AvailabilityChange &) = default;
};

/** Stockout incidents and oversells over some availability changes. */
struct StockoutCount
{
    /** Changes of an active product from available > 0 to available <= 0. */
    qint64 incidents = 0;
    /** Decreases that leave available < 0, whether the product is active or not. */
    qint64 oversells = 0;
    /** Units those decreases took below zero. */
    qint64 oversoldUnits = 0;

    friend bool operator==(const StockoutCount &, const StockoutCount &) = default;
};

/** Counts stockouts and oversells; each change stands alone, so the order does not matter. */
StockoutCount countStockouts(const QList<AvailabilityChange> &changes);

/** One day of one channel's ecommerce funnel, as imported (issue 8 item 2). */
struct FunnelDay
{
    QDate date;
    QString channel;
    qint64 cartsCreated = 0;
    qint64 cartsAbandoned = 0;
    /** Of cartsAbandoned, those abandoned because stock was unavailable. */
    qint64 cartsAbandonedUnavailable = 0;
    qint64 checkoutsStarted = 0;
    qint64 checkoutsCompleted = 0;

    friend bool operator==(const FunnelDay &, const FunnelDay &) = default;
};

/** Why a funnel day is inconsistent, as a user-readable sentence; empty when it is not. */
QString validateFunnelDay(const FunnelDay &day);

/** Σ cartsAbandonedUnavailable / Σ cartsCreated over the days. */
KpiRatio stockAbandonmentRate(const QList<FunnelDay> &days);
/** Σ checkoutsCompleted / Σ checkoutsStarted over the days. */
KpiRatio checkoutCompletionRate(const QList<FunnelDay> &days);

/** True for a survey score from 0 to 10. */
bool isValidNpsScore(int score);
/** Why the scores cannot be used, naming the first one outside 0–10; empty when all are valid. */
QString validateNpsScores(const QList<int> &scores);

/** The Net Promoter Score as the exact rational 100 × (promoters − detractors) / responses. */
struct NpsResult
{
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    /** numerator = 100 × (promoters − detractors), denominator = responses, rate in −100…100. */
    KpiRatio score;
    /** The score rounded half away from zero, computed in integers; nothing without responses. */
    std::optional<qint64> rounded;

    friend bool operator==(const NpsResult &, const NpsResult &) = default;
};

/** The NPS of valid scores (9–10 promoters, 7–8 passives, 0–6 detractors); invalid are skipped. */
NpsResult netPromoterScore(const QList<int> &scores);

} // namespace stockroom::domain
