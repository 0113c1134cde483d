#include "kpiformulas.h"

#include <QCoreApplication>

#include <algorithm>

namespace stockroom::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::KpiFormulas", text);
}

} // namespace

KpiRatio makeKpiRatio(qint64 numerator, qint64 denominator)
{
    KpiRatio ratio;
    ratio.numerator = numerator;
    ratio.denominator = denominator;
    if (denominator != 0)
        ratio.rate = double(numerator) / double(denominator);
    return ratio;
}

KpiRatio inventoryAccuracy(const QList<LineVariance> &lines)
{
    const qint64 within = std::count_if(lines.cbegin(), lines.cend(),
                                        [](const LineVariance &l) { return l.withinTolerance; });
    return makeKpiRatio(within, lines.size());
}

KpiRatio inventoryValueAccuracy(const QList<LineVariance> &lines,
                                const QHash<QString, qint64> &unitCostCents)
{
    qint64 expectedValue = 0;
    qint64 varianceValue = 0;
    for (const LineVariance &line : lines) {
        expectedValue += qAbs(line.expected * unitCostCents.value(line.sku, 0));
        varianceValue += qAbs(line.valueCents);
    }
    return makeKpiRatio(expectedValue - varianceValue, expectedValue);
}

QList<qint64> responseTimesMs(const QList<DiscrepancyState> &states)
{
    QList<qint64> durations;
    for (const DiscrepancyState &s : states) {
        if (s.created && s.firstResponseAtMs)
            durations.append(*s.firstResponseAtMs - s.createdAtMs);
    }
    return durations;
}

QList<qint64> resolutionTimesMs(const QList<DiscrepancyState> &states)
{
    QList<qint64> durations;
    for (const DiscrepancyState &s : states) {
        if (s.created && s.isClosed() && s.closedAtMs)
            durations.append(*s.closedAtMs - s.createdAtMs);
    }
    return durations;
}

DurationStats durationStats(const QList<qint64> &durationsMs, qint64 targetMs)
{
    QList<qint64> sorted = durationsMs;
    std::sort(sorted.begin(), sorted.end());
    const qint64 n = sorted.size();

    qint64 total = 0;
    qint64 within = 0;
    for (const qint64 d : sorted) {
        total += d;
        if (d <= targetMs)
            ++within;
    }

    DurationStats stats;
    stats.average = makeKpiRatio(total, n);
    stats.withinTarget = makeKpiRatio(within, n);
    if (n > 0) {
        const qint64 rank = (9 * n + 9) / 10; // ⌈0.9 × n⌉ in integers
        stats.p90Ms = sorted.at(rank - 1);
    }
    return stats;
}

DurationStats responseTimeStats(const QList<DiscrepancyState> &states)
{
    return durationStats(responseTimesMs(states), firstResponseTargetMs);
}

StockoutCount countStockouts(const QList<AvailabilityChange> &changes)
{
    StockoutCount count;
    for (const AvailabilityChange &c : changes) {
        if (c.productActive && c.availableBefore > 0 && c.availableAfter <= 0)
            ++count.incidents;
        if (c.availableAfter < 0 && c.availableAfter < c.availableBefore) {
            ++count.oversells;
            // Only the part of the decrease below zero was sold without stock.
            count.oversoldUnits += qMin(-c.availableAfter, c.availableBefore - c.availableAfter);
        }
    }
    return count;
}

QString validateFunnelDay(const FunnelDay &day)
{
    if (!day.date.isValid())
        return tr("The date is missing or invalid.");
    if (day.channel.isEmpty())
        return tr("The channel is empty.");
    if (day.cartsCreated < 0 || day.cartsAbandoned < 0 || day.cartsAbandonedUnavailable < 0
        || day.checkoutsStarted < 0 || day.checkoutsCompleted < 0)
        return tr("A count is negative.");
    if (day.cartsAbandonedUnavailable > day.cartsAbandoned)
        return tr("More carts abandoned for unavailable stock than carts abandoned.");
    if (day.checkoutsCompleted > day.checkoutsStarted)
        return tr("More checkouts completed than started.");
    return {};
}

KpiRatio stockAbandonmentRate(const QList<FunnelDay> &days)
{
    qint64 abandoned = 0;
    qint64 created = 0;
    for (const FunnelDay &d : days) {
        abandoned += d.cartsAbandonedUnavailable;
        created += d.cartsCreated;
    }
    return makeKpiRatio(abandoned, created);
}

KpiRatio checkoutCompletionRate(const QList<FunnelDay> &days)
{
    qint64 completed = 0;
    qint64 started = 0;
    for (const FunnelDay &d : days) {
        completed += d.checkoutsCompleted;
        started += d.checkoutsStarted;
    }
    return makeKpiRatio(completed, started);
}

bool isValidNpsScore(int score)
{
    return score >= 0 && score <= 10;
}

QString validateNpsScores(const QList<int> &scores)
{
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (!isValidNpsScore(scores.at(i)))
            return tr("Score %1 (response %2) is not between 0 and 10.")
                .arg(scores.at(i))
                .arg(i + 1);
    }
    return {};
}

NpsResult netPromoterScore(const QList<int> &scores)
{
    NpsResult nps;
    for (const int score : scores) {
        if (!isValidNpsScore(score))
            continue;
        if (score >= 9)
            ++nps.promoters;
        else if (score >= 7)
            ++nps.passives;
        else
            ++nps.detractors;
    }
    const qint64 responses = nps.promoters + nps.passives + nps.detractors;
    const qint64 numerator = 100 * (nps.promoters - nps.detractors);
    nps.score = makeKpiRatio(numerator, responses);
    if (responses > 0) {
        // Half away from zero: ⌊(2|a| + b) / 2b⌋ with the sign of a.
        const qint64 magnitude = (2 * qAbs(numerator) + responses) / (2 * responses);
        nps.rounded = numerator < 0 ? -magnitude : magnitude;
    }
    return nps;
}

} // namespace stockroom::domain
