#pragma once

#include "kpireport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stockroom::domain {

/** The six headline figures of the KPIs page, in the order its tiles show them. */
enum class KpiFigureId {
    InventoryAccuracy,
    DiscrepancyResponse,
    Stockouts,
    StockAbandonment,
    CheckoutCompletion,
    Nps,
};

/**
 * One headline figure as the KPIs page and `stockroom-cli kpi` show it: both print these very
 * strings, so they always agree. Values that have no data say so instead of showing 0.
 */
struct KpiFigure
{
    KpiFigureId id = KpiFigureId::InventoryAccuracy;
    /** Stable key: "inventory_accuracy", "discrepancy_response" … */
    QString key;
    QString title;
    /** "96.4 %", "42 min", "no data" … */
    QString valueText;
    /** "target > 98 %" … */
    QString targetText;
    /** Nothing when there is no data to judge. */
    std::optional<bool> onTarget;
    /** "▲ 1.2 pts vs previous period", "no earlier data" … */
    QString trendText;
    /** What the figure is made of: "482 of 500 lines", "p90 55 min, 3 unanswered" … */
    QString detailText;
};

QList<KpiFigure> kpiFigures(const KpiReport &report);

/** The text shown for "no data". */
QString kpiNoDataText();
/** A duration as "42 min", "1 h 05 min", "45 s". */
QString kpiDurationText(qint64 ms);

/**
 * The report as JSON: the exact figures (numerators, denominators, counts, ms) of this and the
 * previous period, the figures' texts, and the charts' data (docs/kpis.md). source and asOfMs
 * say where the figures come from ("replica", "central") and as of when.
 */
QJsonObject kpiReportToJson(const KpiReport &report, const QString &source, qint64 asOfMs);
/** Reads what kpiReportToJson wrote; nothing (with *error) when it is not such a report. */
std::optional<KpiReport> kpiReportFromJson(const QJsonObject &object, QString *error);

} // namespace stockroom::domain
