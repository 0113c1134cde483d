#include "kpiformulas.h"

#include <QTest>

using namespace stockroom::domain;

// The exact rational first, then the rate: within 1e-12 of it, or nothing when it is 0/0-like.
#define COMPARE_RATIO(actual, expectedNumerator, expectedDenominator)                              \
    do {                                                                                           \
        const KpiRatio ratio_ = (actual);                                                          \
        QCOMPARE(ratio_.numerator, qint64(expectedNumerator));                                     \
        QCOMPARE(ratio_.denominator, qint64(expectedDenominator));                                 \
        if (qint64(expectedDenominator) == 0) {                                                    \
            QVERIFY(!ratio_.rate.has_value());                                                     \
        } else {                                                                                   \
            QVERIFY(ratio_.rate.has_value());                                                      \
            const double want_ = double(expectedNumerator) / double(expectedDenominator);          \
            QVERIFY2(qAbs(*ratio_.rate - want_) < 1e-12,                                           \
                     QByteArray::number(*ratio_.rate, 'g', 17).constData());                       \
        }                                                                                          \
    } while (false)

using CostTable = QHash<QString, qint64>;

namespace {

/** One counted line: sku, counted, expected, unit cost in cents. */
struct CountedLine
{
    const char *sku;
    qint64 counted;
    qint64 expected;
    qint64 unitCostCents;
};

const Tolerance tolerance{1, 500};

QList<LineVariance> linesOf(std::initializer_list<CountedLine> rows,
                            QHash<QString, qint64> *costs = nullptr)
{
    QList<LineVariance> lines;
    for (const CountedLine &row : rows) {
        const QString sku = QString::fromLatin1(row.sku);
        lines.append(evaluateLine(sku, row.counted, row.expected, row.unitCostCents, tolerance));
        if (costs)
            costs->insert(sku, row.unitCostCents);
    }
    return lines;
}

DiscrepancyState state(bool created, qint64 createdAt, std::optional<qint64> responseAt,
                       DiscrepancyStatus status, std::optional<qint64> closedAt)
{
    DiscrepancyState s;
    s.id = QUuid::createUuid();
    s.created = created;
    s.createdAtMs = createdAt;
    s.firstResponseAtMs = responseAt;
    s.status = status;
    s.closedAtMs = closedAt;
    return s;
}

AvailabilityChange change(qint64 before, qint64 after, bool active = true)
{
    return {QStringLiteral("S01"), QStringLiteral("SKU-1"), before, after, active};
}

FunnelDay funnelDay(const char *channel, qint64 created, qint64 abandoned, qint64 unavailable,
                    qint64 started, qint64 completed)
{
    return {
        QDate(2024, 3, 1), QString::fromLatin1(channel), created, abandoned, unavailable, started,
        completed};
}

QList<qint64> minutesTimes(std::initializer_list<qint64> multiples, qint64 unitMs)
{
    QList<qint64> list;
    for (const qint64 m : multiples)
        list.append(m * unitMs);
    return list;
}

} // namespace

/** The KPI formulas of issue 8 against hand-computed values, empty periods included. */
class TestKpiFormulas : public QObject
{
    Q_OBJECT

private slots:
    void ratioOfZeroDenominatorIsNoData();
    void inventoryAccuracy_data();
    void inventoryAccuracy();
    void inventoryValueAccuracy_data();
    void inventoryValueAccuracy();
    void durationStats_data();
    void durationStats();
    void timesFromDiscrepancies();
    void stockouts_data();
    void stockouts();
    void funnelRates_data();
    void funnelRates();
    void validateFunnelDay_data();
    void validateFunnelDay();
    void nps_data();
    void nps();
    void validateNpsScores_data();
    void validateNpsScores();
};

void TestKpiFormulas::ratioOfZeroDenominatorIsNoData()
{
    COMPARE_RATIO(makeKpiRatio(0, 0), 0, 0);
    COMPARE_RATIO(makeKpiRatio(-300, 0), -300, 0);
    COMPARE_RATIO(makeKpiRatio(3, 4), 3, 4);
    QCOMPARE(*makeKpiRatio(3, 4).rate, 0.75);
}

void TestKpiFormulas::inventoryAccuracy_data()
{
    QTest::addColumn<QList<LineVariance>>("lines");
    QTest::addColumn<qint64>("within");
    QTest::addColumn<qint64>("counted");

    QTest::newRow("empty: no data") << QList<LineVariance>() << qint64(0) << qint64(0);
    QTest::newRow("all within") << linesOf({{"A", 10, 10, 100}, {"B", 4, 5, 100}, {"C", 7, 7, 1}})
                                << qint64(3) << qint64(3);
    // B: 2 units off (beyond 1 unit); C: 1 unit but 600 cents (beyond 500 cents).
    QTest::newRow("none within") << linesOf({{"B", 3, 5, 100}, {"C", 8, 7, 600}}) << qint64(0)
                                 << qint64(2);
    QTest::newRow("three of four")
        << linesOf({{"A", 10, 10, 100}, {"B", 3, 5, 100}, {"C", 6, 7, 500}, {"D", 0, 0, 9}})
        << qint64(3) << qint64(4);
}

void TestKpiFormulas::inventoryAccuracy()
{
    QFETCH(QList<LineVariance>, lines);
    QFETCH(qint64, within);
    QFETCH(qint64, counted);
    COMPARE_RATIO(stockroom::domain::inventoryAccuracy(lines), within, counted);
}

void TestKpiFormulas::inventoryValueAccuracy_data()
{
    QTest::addColumn<QList<LineVariance>>("lines");
    QTest::addColumn<CostTable>("costs");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");

    QHash<QString, qint64> costs;
    QTest::newRow("empty: no data") << QList<LineVariance>() << costs << qint64(0) << qint64(0);

    costs.clear();
    auto lines = linesOf({{"A", 10, 10, 250}}, &costs);
    QTest::newRow("exact") << lines << costs << qint64(2500) << qint64(2500);

    // E = 10 × 250 + 4 × 1000 = 6500; V = |−2 × 250| + |1 × 1000| = 1500.
    costs.clear();
    lines = linesOf({{"A", 8, 10, 250}, {"B", 5, 4, 1000}}, &costs);
    QTest::newRow("mixed") << lines << costs << qint64(5000) << qint64(6500);

    // Negative expected on-hand counts by its absolute value: E = |−2 × 100| = 200, V = 200.
    costs.clear();
    lines = linesOf({{"A", 0, -2, 100}}, &costs);
    QTest::newRow("negative expected") << lines << costs << qint64(0) << qint64(200);

    // E = 100, V = 400: more variance than value, so below zero.
    costs.clear();
    lines = linesOf({{"A", 5, 1, 100}}, &costs);
    QTest::newRow("below zero") << lines << costs << qint64(-300) << qint64(100);

    // Nothing expected, 3 found: E = 0, so no data although V = 300.
    costs.clear();
    lines = linesOf({{"A", 3, 0, 100}}, &costs);
    QTest::newRow("nothing expected: no data") << lines << costs << qint64(-300) << qint64(0);

    // B has no cost in the table: it adds its variance (200) but no expected value.
    costs.clear();
    lines = linesOf({{"A", 10, 10, 100}}, &costs);
    lines += linesOf({{"B", 6, 4, 100}});
    QTest::newRow("missing cost") << lines << costs << qint64(800) << qint64(1000);
}

void TestKpiFormulas::inventoryValueAccuracy()
{
    QFETCH(QList<LineVariance>, lines);
    QFETCH(CostTable, costs);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    COMPARE_RATIO(stockroom::domain::inventoryValueAccuracy(lines, costs), numerator, denominator);
}

void TestKpiFormulas::durationStats_data()
{
    QTest::addColumn<QList<qint64>>("durations");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("p90"); // −1: none
    QTest::addColumn<qint64>("within");

    const qint64 tenMinutes = 600000;
    QTest::newRow("empty: no data")
        << QList<qint64>() << qint64(0) << qint64(0) << qint64(-1) << qint64(0);
    // n = 1: rank ⌈0.9⌉ = 1.
    QTest::newRow("1 item") << QList<qint64>{5000} << qint64(5000) << qint64(1) << qint64(5000)
                            << qint64(1);
    // n = 2: rank ⌈1.8⌉ = 2, the larger.
    QTest::newRow("2 items") << QList<qint64>{4000000, 1000} << qint64(4001000) << qint64(2)
                             << qint64(4000000) << qint64(1);
    // n = 10: rank 9; Σ = 55 × 10 min; 10…60 min within the hour.
    QTest::newRow("10 items") << minutesTimes({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, tenMinutes)
                              << qint64(33000000) << qint64(10) << qint64(9 * tenMinutes)
                              << qint64(6);
    // n = 11: rank ⌈9.9⌉ = 10; Σ = 66 × 10 min; unsorted input.
    QTest::newRow("11 items") << minutesTimes({11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, tenMinutes)
                              << qint64(39600000) << qint64(11) << qint64(10 * tenMinutes)
                              << qint64(6);
    // n = 20: rank exactly 18 (not 19: "floor + 1" would be wrong here); 1…20 ms.
    QTest::newRow("20 items, exact rank")
        << QList<qint64>{20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
        << qint64(210) << qint64(20) << qint64(18) << qint64(20);
    QTest::newRow("all within, target inclusive")
        << QList<qint64>{0, firstResponseTargetMs} << qint64(3600000) << qint64(2)
        << qint64(3600000) << qint64(2);
    QTest::newRow("none within") << QList<qint64>{firstResponseTargetMs + 1, 7200000}
                                 << qint64(10800001) << qint64(2) << qint64(7200000) << qint64(0);
}

void TestKpiFormulas::durationStats()
{
    QFETCH(QList<qint64>, durations);
    QFETCH(qint64, total);
    QFETCH(qint64, count);
    QFETCH(qint64, p90);
    QFETCH(qint64, within);

    const DurationStats stats = stockroom::domain::durationStats(durations, firstResponseTargetMs);
    COMPARE_RATIO(stats.average, total, count);
    COMPARE_RATIO(stats.withinTarget, within, count);
    QCOMPARE(stats.p90Ms, p90 < 0 ? std::nullopt : std::optional<qint64>(p90));
}

void TestKpiFormulas::timesFromDiscrepancies()
{
    const QList<DiscrepancyState> states{
        state(true, 1000, 61000, DiscrepancyStatus::Resolved, 3601000),
        state(true, 2000, std::nullopt, DiscrepancyStatus::Open, std::nullopt),
        // Not created yet (only later events folded): left out of both.
        state(false, 0, 5000000, DiscrepancyStatus::Resolved, 9000000),
        state(true, 500, 700, DiscrepancyStatus::Dismissed, 900),
        state(true, 0, 7200000, DiscrepancyStatus::Acknowledged, std::nullopt),
    };
    QCOMPARE(responseTimesMs(states), (QList<qint64>{60000, 200, 7200000}));
    QCOMPARE(resolutionTimesMs(states), (QList<qint64>{3600000, 400}));
    QCOMPARE(responseTimesMs({}), QList<qint64>());

    const DurationStats stats = responseTimeStats(states);
    COMPARE_RATIO(stats.average, 7260200, 3);
    COMPARE_RATIO(stats.withinTarget, 2, 3);
    QCOMPARE(stats.p90Ms, std::optional<qint64>(7200000));
}

void TestKpiFormulas::stockouts_data()
{
    QTest::addColumn<QList<AvailabilityChange>>("changes");
    QTest::addColumn<qint64>("incidents");
    QTest::addColumn<qint64>("oversells");
    QTest::addColumn<qint64>("oversoldUnits");

    using Changes = QList<AvailabilityChange>;
    QTest::newRow("empty") << Changes() << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("to zero") << Changes{change(5, 0)} << qint64(1) << qint64(0) << qint64(0);
    QTest::newRow("below zero") << Changes{change(2, -3)} << qint64(1) << qint64(1) << qint64(3);
    QTest::newRow("zero to negative")
        << Changes{change(0, -2)} << qint64(0) << qint64(1) << qint64(2);
    QTest::newRow("further negative")
        << Changes{change(-2, -5)} << qint64(0) << qint64(1) << qint64(3);
    QTest::newRow("inactive product: oversell only")
        << Changes{change(3, 0, false), change(3, -1, false)} << qint64(0) << qint64(1)
        << qint64(1);
    QTest::newRow("increases and partial decreases")
        << Changes{change(0, 5), change(-3, -1), change(5, 3), change(-1, -1)} << qint64(0)
        << qint64(0) << qint64(0);
    QTest::newRow("sequence at one position")
        << Changes{change(3, 0), change(0, 4), change(4, -1), change(-1, -1), change(-1, 2)}
        << qint64(2) << qint64(1) << qint64(1);
}

void TestKpiFormulas::stockouts()
{
    QFETCH(QList<AvailabilityChange>, changes);
    QFETCH(qint64, incidents);
    QFETCH(qint64, oversells);
    QFETCH(qint64, oversoldUnits);

    const StockoutCount count = countStockouts(changes);
    QCOMPARE(count.incidents, incidents);
    QCOMPARE(count.oversells, oversells);
    QCOMPARE(count.oversoldUnits, oversoldUnits);
}

void TestKpiFormulas::funnelRates_data()
{
    QTest::addColumn<QList<FunnelDay>>("days");
    QTest::addColumn<qint64>("unavailable");
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("completed");
    QTest::addColumn<qint64>("started");

    using Days = QList<FunnelDay>;
    QTest::newRow("empty: no data") << Days() << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("one day") << Days{funnelDay("web", 40, 12, 3, 20, 15)} << qint64(3) << qint64(40)
                             << qint64(15) << qint64(20);
    QTest::newRow("two channels summed, not averaged")
        << Days{funnelDay("web", 40, 12, 3, 20, 15), funnelDay("app", 60, 20, 7, 30, 21)}
        << qint64(10) << qint64(100) << qint64(36) << qint64(50);
    QTest::newRow("zero activity: no data") << Days{funnelDay("web", 0, 0, 0, 0, 0)} << qint64(0)
                                            << qint64(0) << qint64(0) << qint64(0);
}

void TestKpiFormulas::funnelRates()
{
    QFETCH(QList<FunnelDay>, days);
    QFETCH(qint64, unavailable);
    QFETCH(qint64, created);
    QFETCH(qint64, completed);
    QFETCH(qint64, started);
    COMPARE_RATIO(stockAbandonmentRate(days), unavailable, created);
    COMPARE_RATIO(checkoutCompletionRate(days), completed, started);
}

void TestKpiFormulas::validateFunnelDay_data()
{
    QTest::addColumn<FunnelDay>("day");
    QTest::addColumn<bool>("valid");

    QTest::newRow("valid") << funnelDay("web", 40, 12, 3, 20, 15) << true;
    QTest::newRow("all zero") << funnelDay("web", 0, 0, 0, 0, 0) << true;
    FunnelDay noDate = funnelDay("web", 1, 0, 0, 0, 0);
    noDate.date = QDate();
    QTest::newRow("no date") << noDate << false;
    QTest::newRow("no channel") << funnelDay("", 1, 0, 0, 0, 0) << false;
    QTest::newRow("negative") << funnelDay("web", -1, 0, 0, 0, 0) << false;
    QTest::newRow("unavailable > abandoned") << funnelDay("web", 40, 2, 3, 20, 15) << false;
    QTest::newRow("completed > started") << funnelDay("web", 40, 12, 3, 20, 21) << false;
}

void TestKpiFormulas::validateFunnelDay()
{
    QFETCH(FunnelDay, day);
    QFETCH(bool, valid);
    QCOMPARE(stockroom::domain::validateFunnelDay(day).isEmpty(), valid);
}

void TestKpiFormulas::nps_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<qint64>("promoters");
    QTest::addColumn<qint64>("passives");
    QTest::addColumn<qint64>("detractors");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("rounded"); // meaningless when denominator is 0

    QTest::newRow("empty: no data") << QList<int>() << qint64(0) << qint64(0) << qint64(0)
                                    << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("all promoters") << QList<int>{9, 10, 10} << qint64(3) << qint64(0) << qint64(0)
                                   << qint64(300) << qint64(3) << qint64(100);
    QTest::newRow("all detractors") << QList<int>{0, 6, 3, 5} << qint64(0) << qint64(0) << qint64(4)
                                    << qint64(-400) << qint64(4) << qint64(-100);
    QTest::newRow("all passives") << QList<int>{7, 8} << qint64(0) << qint64(2) << qint64(0)
                                  << qint64(0) << qint64(2) << qint64(0);
    // 100 × (3 − 2) / 7 = 14.28…
    QTest::newRow("mixed") << QList<int>{10, 9, 8, 7, 6, 0, 10} << qint64(3) << qint64(2)
                           << qint64(2) << qint64(100) << qint64(7) << qint64(14);
    // 100 / 8 = 12.5 rounds to 13, −12.5 to −13.
    QTest::newRow("half rounds up") << QList<int>{9, 7, 7, 7, 7, 7, 7, 7} << qint64(1) << qint64(7)
                                    << qint64(0) << qint64(100) << qint64(8) << qint64(13);
    QTest::newRow("negative half rounds down")
        << QList<int>{0, 7, 7, 7, 7, 7, 7, 7} << qint64(0) << qint64(7) << qint64(1) << qint64(-100)
        << qint64(8) << qint64(-13);
    // 100 × (1 − 2) / 3 = −33.3…
    QTest::newRow("negative rounds toward zero below half")
        << QList<int>{10, 6, 1} << qint64(1) << qint64(0) << qint64(2) << qint64(-100) << qint64(3)
        << qint64(-33);
    QTest::newRow("invalid scores skipped") << QList<int>{11, -1, 9, 3} << qint64(1) << qint64(0)
                                            << qint64(1) << qint64(0) << qint64(2) << qint64(0);
}

void TestKpiFormulas::nps()
{
    QFETCH(QList<int>, scores);
    QFETCH(qint64, promoters);
    QFETCH(qint64, passives);
    QFETCH(qint64, detractors);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, rounded);

    const NpsResult nps = netPromoterScore(scores);
    QCOMPARE(nps.promoters, promoters);
    QCOMPARE(nps.passives, passives);
    QCOMPARE(nps.detractors, detractors);
    COMPARE_RATIO(nps.score, numerator, denominator);
    QCOMPARE(nps.rounded, denominator == 0 ? std::nullopt : std::optional<qint64>(rounded));
}

void TestKpiFormulas::validateNpsScores_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<QString>("mentions"); // empty: valid

    QTest::newRow("empty") << QList<int>() << QString();
    QTest::newRow("bounds") << QList<int>{0, 10, 5} << QString();
    QTest::newRow("eleven") << QList<int>{5, 11, 12} << QStringLiteral("11");
    QTest::newRow("negative") << QList<int>{-1} << QStringLiteral("-1");
}

void TestKpiFormulas::validateNpsScores()
{
    QFETCH(QList<int>, scores);
    QFETCH(QString, mentions);

    const QString why = stockroom::domain::validateNpsScores(scores);
    QCOMPARE(why.isEmpty(), mentions.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(why.contains(mentions), qPrintable(why));
    for (const int score : scores)
        QCOMPARE(isValidNpsScore(score), score >= 0 && score <= 10);
}

QTEST_GUILESS_MAIN(TestKpiFormulas)
#include "tst_kpiformulas.moc"
