#pragma once

#include "kpiformulas.h"
#include "kpiinputs.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stockroom::domain {

/** A range of whole UTC days, both ends included. */
struct KpiPeriod
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return from.daysTo(to) + 1; }
    /** 00:00 UTC of from, in ms since the epoch. */
    qint64 startMs() const;
    /** 00:00 UTC of the day after to: the end, excluded. */
    qint64 endMs() const;
    bool contains(qint64 ms) const { return ms >= startMs() && ms < endMs(); }
    bool contains(QDate date) const { return date >= from && date <= to; }
    /** The period of as many days just before this one (what a trend compares with). */
    KpiPeriod previous() const;

    friend bool operator==(const KpiPeriod &, const KpiPeriod &) = default;
};

/** 00:00 UTC of date in ms since the epoch. */
qint64 utcDayStartMs(QDate date);
/** The UTC date of an instant. */
QDate utcDateOf(qint64 ms);

/** The headline figures of one period and location, exact (docs/kpis.md). */
struct KpiHeadline
{
    KpiRatio inventoryAccuracy;
    KpiRatio valueAccuracy;
    /** Response times of the discrepancies created in the period that have a response. */
    DurationStats response;
    /** Discrepancies created in the period still without a response. */
    qint64 unanswered = 0;
    DurationStats resolution;
    StockoutCount stockouts;
    /** Movements of the period that changed an available quantity: 0 means no ledger data. */
    qint64 availabilityChanges = 0;
    KpiRatio stockAbandonment;
    KpiRatio checkoutCompletion;
    /** Funnel days (per day and channel) in the period. */
    qint64 funnelDays = 0;
    NpsResult nps;

    friend bool operator==(const KpiHeadline &, const KpiHeadline &) = default;
};

/** One row of a chart's data: a label (a day, a week's first day, a bucket, a location). */
struct KpiSeriesRow
{
    QString label;
    /** The row's instant for time series (00:00 UTC of its day), its index otherwise. */
    qint64 key = 0;
    QList<double> values;

    friend bool operator==(const KpiSeriesRow &, const KpiSeriesRow &) = default;
};

/** The charts of the KPIs page, in the order KpiReport::series holds their data. */
enum class KpiChart {
    AccuracyOverTime,
    ResponseDistribution,
    StockoutsPerWeek,
    FunnelRates,
    NpsOverTime,
    StoreComparison,
};
const QList<KpiChart> &allKpiCharts();
/** Stable key: "accuracy_over_time", "response_distribution" … */
QString kpiChartKey(KpiChart chart);

/** The data behind one chart: a table of rows with one value per column. */
struct KpiSeries
{
    KpiChart chart = KpiChart::AccuracyOverTime;
    QString title;
    /** Whether key is a time (a line chart over days) or a category (bars). */
    bool timeKeyed = false;
    QStringList columns;
    QList<KpiSeriesRow> rows;

    friend bool operator==(const KpiSeries &, const KpiSeries &) = default;
};

/** The buckets of the response-time distribution: upper bounds in ms; the last is open. */
const QList<qint64> &responseBucketBoundsMs();

/** A period's headline figures, the previous period's (for trends) and the charts' data. */
struct KpiReport
{
    KpiPeriod period;
    /** Empty: every location. */
    QString location;
    KpiHeadline current;
    KpiHeadline previous;
    /** One per KpiChart, in allKpiCharts() order. */
    QList<KpiSeries> series;

    const KpiSeries &seriesOf(KpiChart chart) const { return series.at(qsizetype(chart)); }
    friend bool operator==(const KpiReport &, const KpiReport &) = default;
};

/**
 * The headline figures of period at location (empty: all) from inputs. The funnel is the web
 * shop's, per channel and not per location: the location filter leaves it alone.
 */
KpiHeadline computeKpiHeadline(const KpiInputs &inputs, const KpiPeriod &period,
                               const QString &location);
/** The whole report: this period, the previous one, and every chart's data. */
KpiReport buildKpiReport(const KpiInputs &inputs, const KpiPeriod &period, const QString &location);

} // namespace stockroom::domain
