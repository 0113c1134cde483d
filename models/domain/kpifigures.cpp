#include "kpifigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace stockroom::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::KpiFigures", text);
}

constexpr double accuracyTarget = 0.98;
constexpr double abandonmentTarget = 0.02;
constexpr double completionTarget = 0.70;
constexpr qint64 npsTarget = 30;

QString percentText(double rate)
{
    return QStringLiteral("%1 %").arg(QString::number(rate * 100.0, 'f', 1));
}

QString ratioText(const KpiRatio &ratio)
{
    return ratio.rate ? percentText(*ratio.rate) : kpiNoDataText();
}

QString signedNumber(qint64 value)
{
    return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

QString arrowed(bool up, const QString &amount)
{
    return (up ? tr("▲ %1 vs previous period") : tr("▼ %1 vs previous period")).arg(amount);
}

QString sameText()
{
    return tr("= previous period");
}

QString noEarlierText()
{
    return tr("no earlier data");
}

QString ratioTrend(const KpiRatio &current, const KpiRatio &previous)
{
    if (!current.rate)
        return kpiNoDataText();
    if (!previous.rate)
        return noEarlierText();
    // Compared as shown, in tenths of a point, so the trend never contradicts the values.
    const qint64 now = std::llround(*current.rate * 1000.0);
    const qint64 before = std::llround(*previous.rate * 1000.0);
    if (now == before)
        return sameText();
    return arrowed(now > before, tr("%1 pts").arg(QString::number(
                                     double(std::abs(now - before)) / 10.0, 'f', 1)));
}

QJsonValue optionalInt(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject ratioJson(const KpiRatio &ratio)
{
    return {{QStringLiteral("numerator"), ratio.numerator},
            {QStringLiteral("denominator"), ratio.denominator},
            {QStringLiteral("rate"), ratio.rate ? QJsonValue(*ratio.rate) : QJsonValue()}};
}

QJsonObject durationJson(const DurationStats &stats)
{
    return {{QStringLiteral("average_ms"), ratioJson(stats.average)},
            {QStringLiteral("p90_ms"), optionalInt(stats.p90Ms)},
            {QStringLiteral("within_target"), ratioJson(stats.withinTarget)}};
}

QJsonObject headlineJson(const KpiHeadline &h)
{
    return {
        {QStringLiteral("inventory_accuracy"), ratioJson(h.inventoryAccuracy)},
        {QStringLiteral("value_accuracy"), ratioJson(h.valueAccuracy)},
        {QStringLiteral("discrepancy_response"), durationJson(h.response)},
        {QStringLiteral("unanswered_discrepancies"), h.unanswered},
        {QStringLiteral("discrepancy_resolution"), durationJson(h.resolution)},
        {QStringLiteral("stockouts"),
         QJsonObject{{QStringLiteral("incidents"), h.stockouts.incidents},
                     {QStringLiteral("oversells"), h.stockouts.oversells},
                     {QStringLiteral("oversold_units"), h.stockouts.oversoldUnits}}},
        {QStringLiteral("availability_changes"), h.availabilityChanges},
        {QStringLiteral("stock_abandonment"), ratioJson(h.stockAbandonment)},
        {QStringLiteral("checkout_completion"), ratioJson(h.checkoutCompletion)},
        {QStringLiteral("funnel_days"), h.funnelDays},
        {QStringLiteral("nps"),
         QJsonObject{{QStringLiteral("promoters"), h.nps.promoters},
                     {QStringLiteral("passives"), h.nps.passives},
                     {QStringLiteral("detractors"), h.nps.detractors},
                     {QStringLiteral("score"), ratioJson(h.nps.score)},
                     {QStringLiteral("rounded"), optionalInt(h.nps.rounded)}}},
    };
}

// Reading back: every field must be there with the right type.
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    {}

    bool ok() const { return m_ok; }

    QJsonObject object(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isObject())
            return failed(key), QJsonObject();
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isArray())
            return failed(key), QJsonArray();
        return v.toArray();
    }
    qint64 integer(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isDouble())
            return failed(key), 0;
        return v.toInteger();
    }
    std::optional<qint64> optionalInteger(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue v = parent.value(key);
        if (v.isNull())
            return std::nullopt;
        return integer(parent, key);
    }
    QString string(const QJsonObject &parent, const QString &key)
    {
        const QJsonValue v = parent.value(key);
        if (!v.isString())
            return failed(key), QString();
        return v.toString();
    }
    KpiRatio ratio(const QJsonObject &parent, const QString &key)
    {
        const QJsonObject o = object(parent, key);
        return makeKpiRatio(integer(o, QStringLiteral("numerator")),
                            integer(o, QStringLiteral("denominator")));
    }
    DurationStats duration(const QJsonObject &parent, const QString &key)
    {
        const QJsonObject o = object(parent, key);
        return {ratio(o, QStringLiteral("average_ms")),
                optionalInteger(o, QStringLiteral("p90_ms")),
                ratio(o, QStringLiteral("within_target"))};
    }
    KpiHeadline headline(const QJsonObject &parent, const QString &key)
    {
        const QJsonObject o = object(parent, key);
        KpiHeadline h;
        h.inventoryAccuracy = ratio(o, QStringLiteral("inventory_accuracy"));
        h.valueAccuracy = ratio(o, QStringLiteral("value_accuracy"));
        h.response = duration(o, QStringLiteral("discrepancy_response"));
        h.unanswered = integer(o, QStringLiteral("unanswered_discrepancies"));
        h.resolution = duration(o, QStringLiteral("discrepancy_resolution"));
        const QJsonObject s = object(o, QStringLiteral("stockouts"));
        h.stockouts
            = {integer(s, QStringLiteral("incidents")), integer(s, QStringLiteral("oversells")),
               integer(s, QStringLiteral("oversold_units"))};
        h.availabilityChanges = integer(o, QStringLiteral("availability_changes"));
        h.stockAbandonment = ratio(o, QStringLiteral("stock_abandonment"));
        h.checkoutCompletion = ratio(o, QStringLiteral("checkout_completion"));
        h.funnelDays = integer(o, QStringLiteral("funnel_days"));
        const QJsonObject n = object(o, QStringLiteral("nps"));
        h.nps.promoters = integer(n, QStringLiteral("promoters"));
        h.nps.passives = integer(n, QStringLiteral("passives"));
        h.nps.detractors = integer(n, QStringLiteral("detractors"));
        h.nps.score = ratio(n, QStringLiteral("score"));
        h.nps.rounded = optionalInteger(n, QStringLiteral("rounded"));
        return h;
    }

private:
    void failed(const QString &key)
    {
        if (m_ok && m_error)
            *m_error = tr("the KPI report's \"%1\" is missing or of the wrong type").arg(key);
        m_ok = false;
    }

    QString *m_error;
    bool m_ok = true;
};

} // namespace

QString kpiNoDataText()
{
    return tr("no data");
}

QString kpiDurationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QList<KpiFigure> kpiFigures(const KpiReport &report)
{
    const KpiHeadline &c = report.current;
    const KpiHeadline &p = report.previous;
    QList<KpiFigure> figures;

    KpiFigure accuracy{KpiFigureId::InventoryAccuracy,
                       QStringLiteral("inventory_accuracy"),
                       tr("Inventory accuracy"),
                       ratioText(c.inventoryAccuracy),
                       tr("target > 98 %"),
                       {},
                       ratioTrend(c.inventoryAccuracy, p.inventoryAccuracy),
                       {}};
    if (c.inventoryAccuracy.rate)
        accuracy.onTarget = *c.inventoryAccuracy.rate > accuracyTarget;
    accuracy.detailText = tr("%1 of %2 counted lines within tolerance; by value %3")
                              .arg(c.inventoryAccuracy.numerator)
                              .arg(c.inventoryAccuracy.denominator)
                              .arg(ratioText(c.valueAccuracy));
    figures.append(accuracy);

    KpiFigure response{KpiFigureId::DiscrepancyResponse,
                       QStringLiteral("discrepancy_response"),
                       tr("Discrepancy response"),
                       kpiNoDataText(),
                       tr("target < 1 h on average"),
                       {},
                       kpiNoDataText(),
                       {}};
    if (c.response.average.rate) {
        const qint64 average = std::llround(*c.response.average.rate);
        response.valueText = kpiDurationText(average);
        response.onTarget = average < firstResponseTargetMs;
        if (!p.response.average.rate) {
            response.trendText = noEarlierText();
        } else {
            const qint64 before = std::llround(*p.response.average.rate);
            // Compared as shown (kpiDurationText), so equal texts never show a change.
            response.trendText
                = kpiDurationText(average) == kpiDurationText(before)
                      ? sameText()
                      : arrowed(average > before, kpiDurationText(std::abs(average - before)));
        }
        response.detailText = tr("%1 answered, p90 %2, %3 within 1 h; %4 unanswered")
                                  .arg(c.response.average.denominator)
                                  .arg(kpiDurationText(*c.response.p90Ms))
                                  .arg(ratioText(c.response.withinTarget))
                                  .arg(c.unanswered);
    } else {
        response.detailText = tr("no discrepancy answered; %1 unanswered").arg(c.unanswered);
    }
    figures.append(response);

    KpiFigure stockouts{KpiFigureId::Stockouts,
                        QStringLiteral("stockouts"),
                        tr("Stockout incidents"),
                        QString::number(c.stockouts.incidents),
                        tr("target ≤ previous period"),
                        {},
                        noEarlierText(),
                        tr("%1 oversells, %2 units oversold")
                            .arg(c.stockouts.oversells)
                            .arg(c.stockouts.oversoldUnits)};
    if (c.availabilityChanges == 0) {
        stockouts.valueText = kpiNoDataText();
        stockouts.trendText = kpiNoDataText();
    } else if (p.availabilityChanges > 0) {
        stockouts.onTarget = c.stockouts.incidents <= p.stockouts.incidents;
        stockouts.trendText = c.stockouts.incidents == p.stockouts.incidents
                                  ? sameText()
                                  : arrowed(c.stockouts.incidents > p.stockouts.incidents,
                                            QString::number(std::abs(c.stockouts.incidents
                                                                     - p.stockouts.incidents)));
    }
    figures.append(stockouts);

    KpiFigure abandonment{KpiFigureId::StockAbandonment,
                          QStringLiteral("stock_abandonment"),
                          tr("Stock-related cart abandonment"),
                          ratioText(c.stockAbandonment),
                          tr("target < 2 %"),
                          {},
                          ratioTrend(c.stockAbandonment, p.stockAbandonment),
                          tr("%1 of %2 carts abandoned for unavailable stock")
                              .arg(c.stockAbandonment.numerator)
                              .arg(c.stockAbandonment.denominator)};
    if (c.stockAbandonment.rate)
        abandonment.onTarget = *c.stockAbandonment.rate < abandonmentTarget;
    figures.append(abandonment);

    KpiFigure completion{KpiFigureId::CheckoutCompletion,
                         QStringLiteral("checkout_completion"),
                         tr("Checkout completion"),
                         ratioText(c.checkoutCompletion),
                         tr("target ≥ 70 %"),
                         {},
                         ratioTrend(c.checkoutCompletion, p.checkoutCompletion),
                         tr("%1 of %2 checkouts completed")
                             .arg(c.checkoutCompletion.numerator)
                             .arg(c.checkoutCompletion.denominator)};
    if (c.checkoutCompletion.rate)
        completion.onTarget = *c.checkoutCompletion.rate >= completionTarget;
    figures.append(completion);

    KpiFigure nps{KpiFigureId::Nps,
                  QStringLiteral("nps"),
                  tr("Net Promoter Score"),
                  c.nps.rounded ? signedNumber(*c.nps.rounded) : kpiNoDataText(),
                  tr("target ≥ +30"),
                  {},
                  kpiNoDataText(),
                  tr("%1 promoters, %2 passives, %3 detractors")
                      .arg(c.nps.promoters)
                      .arg(c.nps.passives)
                      .arg(c.nps.detractors)};
    if (c.nps.rounded) {
        nps.onTarget = *c.nps.rounded >= npsTarget;
        if (!p.nps.rounded)
            nps.trendText = noEarlierText();
        else if (*c.nps.rounded == *p.nps.rounded)
            nps.trendText = sameText();
        else
            nps.trendText = arrowed(*c.nps.rounded > *p.nps.rounded,
                                    QString::number(std::abs(*c.nps.rounded - *p.nps.rounded)));
    }
    figures.append(nps);
    return figures;
}

QJsonObject kpiReportToJson(const KpiReport &report, const QString &source, qint64 asOfMs)
{
    QJsonArray figures;
    for (const KpiFigure &f : kpiFigures(report)) {
        figures.append(QJsonObject{
            {QStringLiteral("key"), f.key},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("value"), f.valueText},
            {QStringLiteral("target"), f.targetText},
            {QStringLiteral("on_target"), f.onTarget ? QJsonValue(*f.onTarget) : QJsonValue()},
            {QStringLiteral("trend"), f.trendText},
            {QStringLiteral("detail"), f.detailText},
        });
    }
    QJsonArray series;
    for (const KpiSeries &s : report.series) {
        QJsonArray rows;
        for (const KpiSeriesRow &row : s.rows) {
            QJsonArray values;
            for (double v : row.values)
                values.append(v);
            rows.append(QJsonObject{{QStringLiteral("label"), row.label},
                                    {QStringLiteral("key"), row.key},
                                    {QStringLiteral("values"), values}});
        }
        series.append(
            QJsonObject{{QStringLiteral("chart"), kpiChartKey(s.chart)},
                        {QStringLiteral("title"), s.title},
                        {QStringLiteral("time_keyed"), s.timeKeyed},
                        {QStringLiteral("columns"), QJsonArray::fromStringList(s.columns)},
                        {QStringLiteral("rows"), rows}});
    }
    return {
        {QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)},
        {QStringLiteral("location"),
         report.location.isEmpty() ? QJsonValue() : QJsonValue(report.location)},
        {QStringLiteral("source"), source},
        {QStringLiteral("as_of"),
         QDateTime::fromMSecsSinceEpoch(asOfMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("current"), headlineJson(report.current)},
        {QStringLiteral("previous"), headlineJson(report.previous)},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("series"), series},
    };
}

std::optional<KpiReport> kpiReportFromJson(const QJsonObject &object, QString *error)
{
    Reader read(error);
    KpiReport report;
    report.period.from
        = QDate::fromString(read.string(object, QStringLiteral("from")), Qt::ISODate);
    report.period.to = QDate::fromString(read.string(object, QStringLiteral("to")), Qt::ISODate);
    const QJsonValue location = object.value(QStringLiteral("location"));
    report.location = location.isString() ? location.toString() : QString();
    report.current = read.headline(object, QStringLiteral("current"));
    report.previous = read.headline(object, QStringLiteral("previous"));
    const QJsonArray series = read.array(object, QStringLiteral("series"));
    for (KpiChart chart : allKpiCharts()) {
        const qsizetype index = qsizetype(chart);
        if (index >= series.size() || !series.at(index).isObject()) {
            read.array(QJsonObject(), QStringLiteral("series"));
            break;
        }
        const QJsonObject s = series.at(index).toObject();
        if (read.string(s, QStringLiteral("chart")) != kpiChartKey(chart)) {
            read.array(QJsonObject(), QStringLiteral("series"));
            break;
        }
        KpiSeries out;
        out.chart = chart;
        out.title = read.string(s, QStringLiteral("title"));
        out.timeKeyed = s.value(QStringLiteral("time_keyed")).toBool();
        for (const QJsonValue &c : read.array(s, QStringLiteral("columns")))
            out.columns.append(c.toString());
        for (const QJsonValue &r : read.array(s, QStringLiteral("rows"))) {
            const QJsonObject row = r.toObject();
            KpiSeriesRow outRow{read.string(row, QStringLiteral("label")),
                                read.integer(row, QStringLiteral("key")),
                                {}};
            for (const QJsonValue &v : read.array(row, QStringLiteral("values")))
                outRow.values.append(v.toDouble());
            out.rows.append(outRow);
        }
        report.series.append(out);
    }
    if (read.ok() && !report.period.isValid()) {
        if (error)
            *error = tr("the KPI report's period is not a valid from–to range");
        return std::nullopt;
    }
    if (!read.ok())
        return std::nullopt;
    return report;
}

} // namespace stockroom::domain
