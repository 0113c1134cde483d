#include "kpifigures.h"
#include "kpireport.h"

#include <QJsonDocument>
#include <QTest>

using namespace stockroom::domain;

namespace {

constexpr qint64 minuteMs = 60 * 1000;

qint64 at(int month, int day, int hour, int minute = 0)
{
    return utcDayStartMs(QDate(2026, month, day)) + (hour * 60 + minute) * minuteMs;
}

Movement movement(int serial, MovementKind kind, qint64 quantity, qint64 atMs,
                  const QString &reference = {})
{
    Movement m;
    m.id = QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0')));
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("A");
    m.kind = kind;
    m.quantity = quantity;
    m.occurredAtMs = atMs;
    m.reference = reference;
    return m;
}

// The ledger of S01/A worked through by hand (unit cost 10.00):
//  m1 count 10 (the opening: not measured)      on hand 10, available 10
//  m2 sale 3                                    7, 7
//  m3 reserve 2                                 7, 5
//  m4 count 6 of session CNT-1 (±1 unit, 20.00) expected 7: −1 unit, −10.00, within
//  m5 sale 4                                    2, 0   → stockout
//  m6 fulfil 2                                  0, 0   (available unchanged)
//  m7 count 2, no session (exact)               expected 0: +2 units, +20.00, not within
//  m8 sale 5                                    −3, −3 → stockout, oversell of 3
QList<Movement> ledger()
{
    return {movement(1, MovementKind::Count, 10, at(11, 1, 8)),
            movement(2, MovementKind::Sale, 3, at(11, 2, 10)),
            movement(3, MovementKind::Reserve, 2, at(11, 3, 9)),
            movement(4, MovementKind::Count, 6, at(11, 4, 9), QStringLiteral("CNT-1")),
            movement(5, MovementKind::Sale, 4, at(11, 5, 12)),
            movement(6, MovementKind::Fulfil, 2, at(11, 6, 12)),
            movement(7, MovementKind::Count, 2, at(11, 10, 8), QStringLiteral("X")),
            movement(8, MovementKind::Sale, 5, at(11, 12, 15))};
}

DiscrepancyState discrepancy(const QString &location, qint64 created,
                             std::optional<qint64> response, std::optional<qint64> closed)
{
    DiscrepancyState d;
    d.id = QUuid::createUuid();
    d.created = true;
    d.location = location;
    d.createdAtMs = created;
    d.firstResponseAtMs = response;
    d.closedAtMs = closed;
    d.status = closed ? DiscrepancyStatus::Resolved : DiscrepancyStatus::Open;
    return d;
}

SurveyResponse survey(const QString &id, QDate date, int score, const QString &location)
{
    return {id, date, score, {}, {}, location};
}

KpiInputs fixture()
{
    KpiInputs inputs;
    // Listed out of order: the walk sorts the ledger itself.
    QList<Movement> shuffled = ledger();
    std::reverse(shuffled.begin(), shuffled.end());
    addLedgerKpiInputs(shuffled, true, 1000, {{QStringLiteral("CNT-1"), {1, 2000}}}, &inputs);
    inputs.discrepancies = {
        discrepancy(QStringLiteral("S01"), at(11, 2, 10), at(11, 2, 10, 30), at(11, 2, 12)),
        discrepancy(QStringLiteral("S02"), at(11, 3, 10), at(11, 3, 11, 30), std::nullopt),
        discrepancy(QStringLiteral("S01"), at(11, 5, 10), std::nullopt, std::nullopt),
        discrepancy(QStringLiteral("S01"), at(10, 20, 10), at(10, 20, 11), std::nullopt),
    };
    inputs.funnel = {
        {QDate(2026, 11, 1), QStringLiteral("web"), 100, 40, 4, 60, 45},
        {QDate(2026, 11, 1), QStringLiteral("app"), 50, 20, 1, 30, 20},
        {QDate(2026, 11, 2), QStringLiteral("web"), 50, 10, 0, 40, 40},
        {QDate(2026, 10, 30), QStringLiteral("web"), 100, 30, 3, 50, 30},
    };
    const QDate nov3(2026, 11, 3);
    inputs.surveys = {
        survey(QStringLiteral("r1"), nov3, 10, QStringLiteral("S01")),
        survey(QStringLiteral("r2"), nov3, 9, QStringLiteral("S01")),
        survey(QStringLiteral("r3"), nov3, 8, QStringLiteral("S01")),
        survey(QStringLiteral("r4"), nov3, 3, QStringLiteral("S01")),
        survey(QStringLiteral("r5"), nov3, 6, QStringLiteral("S02")),
        survey(QStringLiteral("r6"), QDate(2026, 11, 9), 10, QStringLiteral("S02")),
        survey(QStringLiteral("r7"), nov3, 7, QString()),
    };
    return inputs;
}

const KpiPeriod november{QDate(2026, 11, 1), QDate(2026, 11, 14)};

QStringList rowLabels(const KpiSeries &series)
{
    QStringList labels;
    for (const KpiSeriesRow &row : series.rows)
        labels.append(row.label);
    return labels;
}

QList<double> column(const KpiSeries &series, int index)
{
    QList<double> values;
    for (const KpiSeriesRow &row : series.rows)
        values.append(row.values.at(index));
    return values;
}

} // namespace

/** A period's KPIs from hand-computed inputs: the ledger walk, filters, series and texts. */
class TestKpiReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledgerWalkMeasuresCountsAndAvailability();
    void periodBounds();
    void headlineOfAllLocations();
    void locationFilter();
    void series();
    void figureTexts();
    void emptyPeriodHasNoData();
    void jsonRoundTrips();
    void surveyValidation_data();
    void surveyValidation();
};

void TestKpiReport::ledgerWalkMeasuresCountsAndAvailability()
{
    KpiInputs inputs;
    addLedgerKpiInputs(ledger(), true, 1000, {{QStringLiteral("CNT-1"), {1, 2000}}}, &inputs);
    QCOMPARE(inputs.lines.size(), 2);
    QCOMPARE(inputs.lines.at(0).variance,
             (LineVariance{QStringLiteral("A"), 6, 7, -1, -1000, true}));
    QCOMPARE(inputs.lines.at(0).countedAtMs, at(11, 4, 9));
    QCOMPARE(inputs.lines.at(1).variance,
             (LineVariance{QStringLiteral("A"), 2, 0, 2, 2000, false}));
    QList<QPair<qint64, qint64>> changes;
    for (const KpiAvailabilityEvent &e : inputs.availability)
        changes.append({e.change.availableBefore, e.change.availableAfter});
    const QList<QPair<qint64, qint64>> expected{{0, 10}, {10, 7}, {7, 5}, {5, 4},
                                                {4, 0},  {0, 2},  {2, -3}};
    QCOMPARE(changes, expected);
}

void TestKpiReport::periodBounds()
{
    QCOMPARE(november.days(), 14);
    QCOMPARE(november.startMs(), 1793491200000LL); // 2026-11-01T00:00Z
    QCOMPARE(november.endMs(), 1793491200000LL + 14 * 24 * 3600 * 1000LL);
    QCOMPARE(november.previous(), (KpiPeriod{QDate(2026, 10, 18), QDate(2026, 10, 31)}));
    QVERIFY(november.contains(november.endMs() - 1));
    QVERIFY(!november.contains(november.endMs()));
    QVERIFY(!(KpiPeriod{QDate(2026, 11, 2), QDate(2026, 11, 1)}).isValid());
}

void TestKpiReport::headlineOfAllLocations()
{
    const KpiReport report = buildKpiReport(fixture(), november, {});
    const KpiHeadline &h = report.current;
    QCOMPARE(h.inventoryAccuracy, makeKpiRatio(1, 2));
    QCOMPARE(h.valueAccuracy, makeKpiRatio(4000, 7000)); // E 7 × 10.00, V 10.00 + 20.00
    QCOMPARE(h.response.average, makeKpiRatio(120 * minuteMs, 2));
    QCOMPARE(h.response.p90Ms, std::optional<qint64>(90 * minuteMs));
    QCOMPARE(h.response.withinTarget, makeKpiRatio(1, 2));
    QCOMPARE(h.unanswered, 1);
    QCOMPARE(h.resolution.average, makeKpiRatio(120 * minuteMs, 1));
    QCOMPARE(h.stockouts, (StockoutCount{2, 1, 3}));
    QCOMPARE(h.availabilityChanges, 7);
    QCOMPARE(h.stockAbandonment, makeKpiRatio(5, 200));
    QCOMPARE(h.checkoutCompletion, makeKpiRatio(105, 130));
    QCOMPARE(h.funnelDays, 3);
    QCOMPARE(h.nps.promoters, 3);
    QCOMPARE(h.nps.passives, 2);
    QCOMPARE(h.nps.detractors, 2);
    QCOMPARE(h.nps.score, makeKpiRatio(100, 7));
    QCOMPARE(h.nps.rounded, std::optional<qint64>(14));

    const KpiHeadline &p = report.previous;
    QCOMPARE(p.inventoryAccuracy, makeKpiRatio(0, 0));
    QCOMPARE(p.response.average, makeKpiRatio(60 * minuteMs, 1));
    QCOMPARE(p.stockAbandonment, makeKpiRatio(3, 100));
    QCOMPARE(p.checkoutCompletion, makeKpiRatio(30, 50));
    QCOMPARE(p.availabilityChanges, 0);
}

void TestKpiReport::locationFilter()
{
    const KpiReport s01 = buildKpiReport(fixture(), november, QStringLiteral("S01"));
    QCOMPARE(s01.current.inventoryAccuracy, makeKpiRatio(1, 2));
    QCOMPARE(s01.current.response.average, makeKpiRatio(30 * minuteMs, 1));
    QCOMPARE(s01.current.unanswered, 1);
    QCOMPARE(s01.current.nps.score, makeKpiRatio(100 * (2 - 1), 4));
    QCOMPARE(s01.current.nps.rounded, std::optional<qint64>(25));
    // The funnel is the web shop's: a location filter leaves it alone.
    QCOMPARE(s01.current.stockAbandonment, makeKpiRatio(5, 200));

    const KpiReport s02 = buildKpiReport(fixture(), november, QStringLiteral("S02"));
    QCOMPARE(s02.current.inventoryAccuracy, makeKpiRatio(0, 0));
    QCOMPARE(s02.current.stockouts, (StockoutCount{}));
    QCOMPARE(s02.current.response.average, makeKpiRatio(90 * minuteMs, 1));
    QCOMPARE(s02.current.nps.score, makeKpiRatio(0, 2)); // 6 and 10
}

void TestKpiReport::series()
{
    const KpiReport report = buildKpiReport(fixture(), november, {});
    QCOMPARE(report.series.size(), allKpiCharts().size());
    for (KpiChart chart : allKpiCharts())
        QCOMPARE(report.seriesOf(chart).chart, chart);

    const KpiSeries &accuracy = report.seriesOf(KpiChart::AccuracyOverTime);
    QCOMPARE(rowLabels(accuracy), (QStringList{QStringLiteral("2026-11-04"),
                                               QStringLiteral("2026-11-10")}));
    QCOMPARE(column(accuracy, 0), (QList<double>{100.0, 0.0}));
    QCOMPARE(column(accuracy, 1), (QList<double>{98.0, 98.0}));
    QCOMPARE(accuracy.rows.at(0).key, utcDayStartMs(QDate(2026, 11, 4)));

    const KpiSeries &response = report.seriesOf(KpiChart::ResponseDistribution);
    QCOMPARE(response.rows.size(), responseBucketBoundsMs().size() + 1);
    QCOMPARE(column(response, 0), (QList<double>{0, 1, 0, 1, 0, 0, 0}));

    const KpiSeries &stockouts = report.seriesOf(KpiChart::StockoutsPerWeek);
    QCOMPARE(rowLabels(stockouts), (QStringList{QStringLiteral("2026-11-01"),
                                                QStringLiteral("2026-11-08")}));
    QCOMPARE(column(stockouts, 0), (QList<double>{1, 1}));
    QCOMPARE(column(stockouts, 1), (QList<double>{0, 1}));

    const KpiSeries &funnel = report.seriesOf(KpiChart::FunnelRates);
    QCOMPARE(rowLabels(funnel), (QStringList{QStringLiteral("2026-11-01"),
                                             QStringLiteral("2026-11-02")}));
    QCOMPARE(column(funnel, 0), (QList<double>{5.0 / 150.0 * 100.0, 0.0}));
    QCOMPARE(column(funnel, 1), (QList<double>{65.0 / 90.0 * 100.0, 100.0}));

    const KpiSeries &nps = report.seriesOf(KpiChart::NpsOverTime);
    QCOMPARE(rowLabels(nps), (QStringList{QStringLiteral("2026-11-01"),
                                          QStringLiteral("2026-11-08")}));
    QCOMPARE(column(nps, 0), (QList<double>{0.0, 100.0}));

    const KpiSeries &stores = report.seriesOf(KpiChart::StoreComparison);
    QCOMPARE(rowLabels(stores), QStringList{QStringLiteral("S01")});
    QCOMPARE(column(stores, 0), QList<double>{50.0});
}

void TestKpiReport::figureTexts()
{
    const QList<KpiFigure> figures = kpiFigures(buildKpiReport(fixture(), november, {}));
    QCOMPARE(figures.size(), 6);
    QStringList rows;
    for (const KpiFigure &f : figures) {
        rows.append(QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(f.key, f.valueText, f.targetText, f.trendText,
                             f.onTarget ? (*f.onTarget ? QStringLiteral("met")
                                                       : QStringLiteral("missed"))
                                        : QStringLiteral("-")));
    }
    const QStringList expected{
        QStringLiteral("inventory_accuracy|50.0 %|target > 98 %|no earlier data|missed"),
        QStringLiteral("discrepancy_response|1 h 00 min|target < 1 h on average|= previous "
                       "period|missed"),
        QStringLiteral("stockouts|2|target ≤ previous period|no earlier data|-"),
        QStringLiteral("stock_abandonment|2.5 %|target < 2 %|▼ 0.5 pts vs previous period|missed"),
        QStringLiteral("checkout_completion|80.8 %|target ≥ 70 %|▲ 20.8 pts vs previous "
                       "period|met"),
        QStringLiteral("nps|+14|target ≥ +30|no earlier data|missed"),
    };
    QCOMPARE(rows, expected);
    QCOMPARE(figures.at(0).detailText,
             QStringLiteral("1 of 2 counted lines within tolerance; by value 57.1 %"));
    QCOMPARE(figures.at(1).detailText,
             QStringLiteral("2 answered, p90 1 h 30 min, 50.0 % within 1 h; 1 unanswered"));
}

void TestKpiReport::emptyPeriodHasNoData()
{
    const KpiReport report
        = buildKpiReport(fixture(), {QDate(2027, 1, 1), QDate(2027, 1, 31)}, {});
    for (const KpiFigure &f : kpiFigures(report)) {
        QCOMPARE(f.valueText, kpiNoDataText());
        QVERIFY2(!f.onTarget.has_value(), qPrintable(f.key));
    }
    QCOMPARE(report.seriesOf(KpiChart::AccuracyOverTime).rows.size(), 0);
    QCOMPARE(report.seriesOf(KpiChart::StockoutsPerWeek).rows.size(), 5); // 31 days
}

void TestKpiReport::jsonRoundTrips()
{
    const KpiReport report = buildKpiReport(fixture(), november, QStringLiteral("S01"));
    const QJsonObject json = kpiReportToJson(report, QStringLiteral("replica"), at(11, 15, 0));
    QCOMPARE(json.value(QStringLiteral("as_of")).toString(),
             QStringLiteral("2026-11-15T00:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("location")).toString(), QStringLiteral("S01"));
    const QJsonObject accuracy = json.value(QStringLiteral("current"))
                                     .toObject()
                                     .value(QStringLiteral("inventory_accuracy"))
                                     .toObject();
    QCOMPARE(accuracy.value(QStringLiteral("numerator")).toInteger(), 1);
    QCOMPARE(accuracy.value(QStringLiteral("denominator")).toInteger(), 2);
    QCOMPARE(accuracy.value(QStringLiteral("rate")).toDouble(), 0.5);

    // Through text, as the wire carries it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString error;
    const auto back = kpiReportFromJson(reread, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, report);

    QJsonObject broken = json;
    broken.remove(QStringLiteral("current"));
    QVERIFY(!kpiReportFromJson(broken, &error));
    QVERIFY2(error.contains(QStringLiteral("current")), qPrintable(error));
}

void TestKpiReport::surveyValidation_data()
{
    QTest::addColumn<SurveyResponse>("response");
    QTest::addColumn<QString>("problem");
    const QDate d(2026, 11, 3);
    QTest::newRow("valid") << SurveyResponse{QStringLiteral("r"), d, 10, {}, {}, {}} << QString();
    QTest::newRow("zero") << SurveyResponse{QStringLiteral("r"), d, 0, {}, {}, {}} << QString();
    QTest::newRow("no id") << SurveyResponse{QString(), d, 5, {}, {}, {}}
                           << QStringLiteral("The response id is empty.");
    QTest::newRow("no date") << SurveyResponse{QStringLiteral("r"), QDate(), 5, {}, {}, {}}
                             << QStringLiteral("The date is missing or invalid.");
    QTest::newRow("eleven") << SurveyResponse{QStringLiteral("r"), d, 11, {}, {}, {}}
                            << QStringLiteral("The score 11 is not between 0 and 10.");
    QTest::newRow("negative") << SurveyResponse{QStringLiteral("r"), d, -1, {}, {}, {}}
                              << QStringLiteral("The score -1 is not between 0 and 10.");
}

void TestKpiReport::surveyValidation()
{
    QFETCH(SurveyResponse, response);
    QFETCH(QString, problem);
    QCOMPARE(validateSurveyResponse(response), problem);
}

QTEST_GUILESS_MAIN(TestKpiReport)
#include "tst_kpireport.moc"
