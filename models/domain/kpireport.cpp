#include "kpireport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace stockroom::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::KpiReport", text);
}

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr double accuracyTargetPercent = 98.0;

bool atLocation(const QString &filter, const QString &location)
{
    return filter.isEmpty() || filter == location;
}

QList<LineVariance> variancesOf(const QList<KpiCountedLine> &lines)
{
    QList<LineVariance> variances;
    variances.reserve(lines.size());
    for (const KpiCountedLine &line : lines)
        variances.append(line.variance);
    return variances;
}

KpiRatio valueAccuracyOf(const QList<KpiCountedLine> &lines)
{
    // Each line carries its own unit cost; the formula takes a table by SKU, so lines of one
    // SKU at several costs are summed one SKU-cost group at a time.
    qint64 expected = 0;
    qint64 variance = 0;
    for (const KpiCountedLine &line : lines) {
        const KpiRatio one
            = inventoryValueAccuracy({line.variance}, {{line.variance.sku, line.unitCostCents}});
        expected += one.denominator;
        variance += one.denominator - one.numerator;
    }
    return makeKpiRatio(expected - variance, expected);
}

QList<int> scoresOf(const QList<SurveyResponse> &responses)
{
    QList<int> scores;
    scores.reserve(responses.size());
    for (const SurveyResponse &r : responses)
        scores.append(r.score);
    return scores;
}

double percent(const KpiRatio &ratio)
{
    return ratio.rate ? *ratio.rate * 100.0 : 0.0;
}

// Seven-day buckets starting on the period's first day; the last may be shorter.
int weekOf(const KpiPeriod &period, QDate date)
{
    return int(period.from.daysTo(date) / 7);
}

int weekCount(const KpiPeriod &period)
{
    return int((period.days() + 6) / 7);
}

struct Filtered
{
    QList<KpiCountedLine> lines;
    QList<DiscrepancyState> discrepancies;
    QList<KpiAvailabilityEvent> availability;
    QList<FunnelDay> funnel;
    QList<SurveyResponse> surveys;
};

Filtered filter(const KpiInputs &inputs, const KpiPeriod &period, const QString &location)
{
    Filtered f;
    for (const KpiCountedLine &line : inputs.lines) {
        if (period.contains(line.countedAtMs) && atLocation(location, line.location))
            f.lines.append(line);
    }
    for (const DiscrepancyState &d : inputs.discrepancies) {
        if (d.created && period.contains(d.createdAtMs) && atLocation(location, d.location))
            f.discrepancies.append(d);
    }
    for (const KpiAvailabilityEvent &e : inputs.availability) {
        if (period.contains(e.atMs) && atLocation(location, e.change.location))
            f.availability.append(e);
    }
    for (const FunnelDay &day : inputs.funnel) {
        if (period.contains(day.date))
            f.funnel.append(day);
    }
    for (const SurveyResponse &r : inputs.surveys) {
        if (period.contains(r.date) && atLocation(location, r.location))
            f.surveys.append(r);
    }
    return f;
}

KpiHeadline headlineOf(const Filtered &f)
{
    KpiHeadline h;
    h.inventoryAccuracy = inventoryAccuracy(variancesOf(f.lines));
    h.valueAccuracy = valueAccuracyOf(f.lines);
    h.response = responseTimeStats(f.discrepancies);
    h.unanswered = std::count_if(f.discrepancies.cbegin(), f.discrepancies.cend(),
                                 [](const DiscrepancyState &d) { return !d.firstResponseAtMs; });
    h.resolution = durationStats(resolutionTimesMs(f.discrepancies), firstResponseTargetMs);
    QList<AvailabilityChange> changes;
    for (const KpiAvailabilityEvent &e : f.availability)
        changes.append(e.change);
    h.stockouts = countStockouts(changes);
    h.availabilityChanges = changes.size();
    h.stockAbandonment = stockAbandonmentRate(f.funnel);
    h.checkoutCompletion = checkoutCompletionRate(f.funnel);
    h.funnelDays = f.funnel.size();
    h.nps = netPromoterScore(scoresOf(f.surveys));
    return h;
}

KpiSeries accuracyOverTime(const Filtered &f)
{
    KpiSeries s{KpiChart::AccuracyOverTime,
                tr("Inventory accuracy over time"),
                true,
                {tr("Inventory accuracy %"), tr("Target %")},
                {}};
    QMap<QDate, QList<LineVariance>> byDay;
    for (const KpiCountedLine &line : f.lines)
        byDay[utcDateOf(line.countedAtMs)].append(line.variance);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        s.rows.append({it.key().toString(Qt::ISODate),
                       utcDayStartMs(it.key()),
                       {percent(inventoryAccuracy(it.value())), accuracyTargetPercent}});
    }
    return s;
}

KpiSeries responseDistribution(const Filtered &f)
{
    KpiSeries s{KpiChart::ResponseDistribution,
                tr("Discrepancy response time"),
                false,
                {tr("Discrepancies")},
                {}};
    const QList<qint64> &bounds = responseBucketBoundsMs();
    QList<qint64> counts(bounds.size() + 1, 0);
    for (qint64 ms : responseTimesMs(f.discrepancies)) {
        const auto it = std::lower_bound(bounds.cbegin(), bounds.cend(), ms);
        ++counts[it - bounds.cbegin()];
    }
    const QStringList labels{tr("≤ 15 min"), tr("15–30 min"), tr("30–60 min"), tr("1–2 h"),
                             tr("2–4 h"),    tr("4–8 h"),     tr("> 8 h")};
    for (qsizetype i = 0; i < counts.size(); ++i)
        s.rows.append({labels.at(i), qint64(i), {double(counts.at(i))}});
    return s;
}

KpiSeries stockoutsPerWeek(const Filtered &f, const KpiPeriod &period)
{
    KpiSeries s{KpiChart::StockoutsPerWeek,
                tr("Stockouts per week"),
                false,
                {tr("Stockout incidents"), tr("Oversells")},
                {}};
    const int weeks = weekCount(period);
    QList<QList<AvailabilityChange>> byWeek(weeks);
    for (const KpiAvailabilityEvent &e : f.availability)
        byWeek[weekOf(period, utcDateOf(e.atMs))].append(e.change);
    for (int w = 0; w < weeks; ++w) {
        const StockoutCount count = countStockouts(byWeek.at(w));
        const QDate first = period.from.addDays(7 * w);
        s.rows.append({first.toString(Qt::ISODate),
                       qint64(w),
                       {double(count.incidents), double(count.oversells)}});
    }
    return s;
}

KpiSeries funnelRates(const Filtered &f)
{
    KpiSeries s{KpiChart::FunnelRates,
                tr("Ecommerce funnel rates"),
                true,
                {tr("Stock-related abandonment %"), tr("Checkout completion %")},
                {}};
    QMap<QDate, QList<FunnelDay>> byDay;
    for (const FunnelDay &day : f.funnel)
        byDay[day.date].append(day);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const KpiRatio abandonment = stockAbandonmentRate(it.value());
        const KpiRatio completion = checkoutCompletionRate(it.value());
        if (!abandonment.rate || !completion.rate)
            continue;
        s.rows.append({it.key().toString(Qt::ISODate),
                       utcDayStartMs(it.key()),
                       {percent(abandonment), percent(completion)}});
    }
    return s;
}

KpiSeries npsOverTime(const Filtered &f, const KpiPeriod &period)
{
    KpiSeries s{KpiChart::NpsOverTime, tr("NPS per week"), true, {tr("NPS")}, {}};
    QMap<int, QList<int>> byWeek;
    for (const SurveyResponse &r : f.surveys)
        byWeek[weekOf(period, r.date)].append(r.score);
    for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it) {
        const NpsResult nps = netPromoterScore(it.value());
        if (!nps.score.rate)
            continue;
        const QDate first = period.from.addDays(7 * it.key());
        s.rows.append({first.toString(Qt::ISODate), utcDayStartMs(first), {*nps.score.rate}});
    }
    return s;
}

KpiSeries storeComparison(const Filtered &f)
{
    KpiSeries s{KpiChart::StoreComparison,
                tr("Inventory accuracy by location"),
                false,
                {tr("Inventory accuracy %")},
                {}};
    QMap<QString, QList<LineVariance>> byLocation;
    for (const KpiCountedLine &line : f.lines)
        byLocation[line.location].append(line.variance);
    qint64 index = 0;
    for (auto it = byLocation.cbegin(); it != byLocation.cend(); ++it)
        s.rows.append({it.key(), index++, {percent(inventoryAccuracy(it.value()))}});
    return s;
}

} // namespace

qint64 utcDayStartMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QDate utcDateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

qint64 KpiPeriod::startMs() const
{
    return utcDayStartMs(from);
}

qint64 KpiPeriod::endMs() const
{
    return utcDayStartMs(to.addDays(1));
}

KpiPeriod KpiPeriod::previous() const
{
    return {from.addDays(-days()), from.addDays(-1)};
}

const QList<KpiChart> &allKpiCharts()
{
    static const QList<KpiChart> charts{KpiChart::AccuracyOverTime, KpiChart::ResponseDistribution,
                                        KpiChart::StockoutsPerWeek, KpiChart::FunnelRates,
                                        KpiChart::NpsOverTime,      KpiChart::StoreComparison};
    return charts;
}

QString kpiChartKey(KpiChart chart)
{
    switch (chart) {
    case KpiChart::AccuracyOverTime:
        return QStringLiteral("accuracy_over_time");
    case KpiChart::ResponseDistribution:
        return QStringLiteral("response_distribution");
    case KpiChart::StockoutsPerWeek:
        return QStringLiteral("stockouts_per_week");
    case KpiChart::FunnelRates:
        return QStringLiteral("funnel_rates");
    case KpiChart::NpsOverTime:
        return QStringLiteral("nps_over_time");
    case KpiChart::StoreComparison:
        return QStringLiteral("store_comparison");
    }
    Q_UNREACHABLE();
}

const QList<qint64> &responseBucketBoundsMs()
{
    static const QList<qint64> bounds{15 * minuteMs, 30 * minuteMs, hourMs,
                                      2 * hourMs,    4 * hourMs,    8 * hourMs};
    return bounds;
}

KpiHeadline computeKpiHeadline(const KpiInputs &inputs, const KpiPeriod &period,
                               const QString &location)
{
    return headlineOf(filter(inputs, period, location));
}

KpiReport buildKpiReport(const KpiInputs &inputs, const KpiPeriod &period, const QString &location)
{
    KpiReport report;
    report.period = period;
    report.location = location;
    const Filtered current = filter(inputs, period, location);
    report.current = headlineOf(current);
    report.previous = computeKpiHeadline(inputs, period.previous(), location);
    report.series = {accuracyOverTime(current),         responseDistribution(current),
                     stockoutsPerWeek(current, period), funnelRates(current),
                     npsOverTime(current, period),      storeComparison(current)};
    return report;
}

} // namespace stockroom::domain
