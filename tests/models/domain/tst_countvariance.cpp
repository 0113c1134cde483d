#include "countvariance.h"

#include <QTest>

#include <algorithm>

using namespace stockroom::domain;

namespace QTest {
template<>
char *toString(const LineVariance &line)
{
    return qstrdup(QByteArray(
        line.sku.toUtf8() + " counted=" + QByteArray::number(line.counted) + " expected="
        + QByteArray::number(line.expected) + " units=" + QByteArray::number(line.units) + " value="
        + QByteArray::number(line.valueCents) + (line.withinTolerance ? " within" : " beyond")));
}
template<>
char *toString(const QHash<QString, AbcClass> &classes)
{
    QStringList rows;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        rows.append(it.key() + QLatin1Char('=') + QLatin1Char("ABC"[int(it.value())]));
    rows.sort();
    return qstrdup(rows.join(QLatin1Char(' ')).toUtf8());
}
} // namespace QTest

namespace {

Movement make(MovementKind kind, qint64 quantity, qint64 at, const char *id = nullptr)
{
    Movement m;
    m.id = id ? QUuid(QLatin1StringView(id)) : QUuid::createUuid();
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("SKU-1");
    m.kind = kind;
    m.quantity = quantity;
    m.occurredAtMs = at;
    return m;
}

using SkuValues = QList<QPair<QString, qint64>>;
using Classes = QHash<QString, AbcClass>;

SkuValues values(std::initializer_list<std::pair<const char *, qint64>> rows)
{
    SkuValues list;
    for (const auto &[sku, value] : rows)
        list.append({QString::fromLatin1(sku), value});
    return list;
}

Classes classes(std::initializer_list<std::pair<const char *, AbcClass>> rows)
{
    Classes hash;
    for (const auto &[sku, abc] : rows)
        hash.insert(QString::fromLatin1(sku), abc);
    return hash;
}

} // namespace

/** Variance against the ledger at counted_at, tolerances, ABC classes and the cycle plan. */
class TestCountVariance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onHandAt_data();
    void onHandAt();
    void lateSaleBeforeCountedAtChangesVariance();
    void ownPostedCountIsExcludedOnReevaluation();
    void evaluateLine_data();
    void evaluateLine();
    void classifyAbc_data();
    void classifyAbc();
    void classifyAbcIgnoresInputOrder();
    void stableHashIsFnv1a();
    void cycleCountDue_data();
    void cycleCountDue();
    void cycleVisitsEachSkuOncePerInterval_data();
    void cycleVisitsEachSkuOncePerInterval();
};

void TestCountVariance::onHandAt_data()
{
    QTest::addColumn<QList<Movement>>("ledger");
    QTest::addColumn<qint64>("countedAt");
    QTest::addColumn<qint64>("expected");

    using K = MovementKind;
    QTest::newRow("empty ledger") << QList<Movement>{} << 100LL << 0LL;
    QTest::newRow("sale during the count, after counted_at, is excluded")
        << QList<Movement>{make(K::Receipt, 20, 10), make(K::Sale, 3, 150)} << 100LL << 20LL;
    QTest::newRow("sale before counted_at is included")
        << QList<Movement>{make(K::Receipt, 20, 10), make(K::Sale, 3, 50)} << 100LL << 17LL;
    QTest::newRow("sale at exactly counted_at is included")
        << QList<Movement>{make(K::Receipt, 20, 10), make(K::Sale, 3, 100)} << 100LL << 17LL;
    QTest::newRow("sale one ms after counted_at is excluded")
        << QList<Movement>{make(K::Receipt, 20, 10), make(K::Sale, 3, 101)} << 100LL << 20LL;
    QTest::newRow("earlier count sets the base")
        << QList<Movement>{make(K::Receipt, 50, 10), make(K::Count, 30, 20), make(K::Sale, 2, 30),
                           make(K::Sale, 5, 200)}
        << 100LL << 28LL;
    QTest::newRow("a count after counted_at does not matter")
        << QList<Movement>{make(K::Receipt, 50, 10), make(K::Count, 9, 300)} << 100LL << 50LL;
    QTest::newRow("delta at an earlier count's instant stays inside it")
        << QList<Movement>{make(K::Count, 30, 20), make(K::Sale, 2, 20)} << 100LL << 30LL;
    QTest::newRow("commitments do not change on-hand")
        << QList<Movement>{make(K::Receipt, 10, 10), make(K::Reserve, 4, 20)} << 100LL << 10LL;
    QTest::newRow("negative position is not clamped")
        << QList<Movement>{make(K::Receipt, 1, 10), make(K::Sale, 3, 20)} << 100LL << -2LL;
}

void TestCountVariance::onHandAt()
{
    QFETCH(QList<Movement>, ledger);
    QFETCH(qint64, countedAt);
    QFETCH(qint64, expected);
    QCOMPARE(stockroom::domain::onHandAt(ledger, countedAt), expected);
}

void TestCountVariance::lateSaleBeforeCountedAtChangesVariance()
{
    const Tolerance none;
    QList<Movement> ledger{make(MovementKind::Receipt, 20, 10), make(MovementKind::Sale, 2, 150)};
    const LineVariance first = stockroom::domain::evaluateLine(
        QStringLiteral("SKU-1"), 17, stockroom::domain::onHandAt(ledger, 100), 250, none);
    QCOMPARE(first, (LineVariance{QStringLiteral("SKU-1"), 17, 20, -3, -750, false}));

    // A sale rung up offline before the line was counted syncs in afterwards.
    ledger.append(make(MovementKind::Sale, 3, 90));
    const LineVariance second = stockroom::domain::evaluateLine(
        QStringLiteral("SKU-1"), 17, stockroom::domain::onHandAt(ledger, 100), 250, none);
    QCOMPARE(second, (LineVariance{QStringLiteral("SKU-1"), 17, 17, 0, 0, true}));
}

void TestCountVariance::ownPostedCountIsExcludedOnReevaluation()
{
    QList<Movement> ledger{make(MovementKind::Receipt, 20, 10)};
    Movement posted = make(MovementKind::Count, 17, 100);
    posted.reference = QStringLiteral("count-7");
    ledger.append(posted);
    QCOMPARE(stockroom::domain::onHandAt(ledger, 100), 17);
    QCOMPARE(stockroom::domain::onHandAt(ledger, 100, u"count-7"), 20);
    QCOMPARE(stockroom::domain::onHandAt(ledger, 100, u"count-8"), 17);

    // Movements without a reference are never dropped by an empty exclusion.
    Movement sale = make(MovementKind::Sale, 1, 50);
    ledger.append(sale);
    QCOMPARE(stockroom::domain::onHandAt(ledger, 100, u"count-7"), 19);
    QCOMPARE(stockroom::domain::onHandAt(ledger, 40, QStringView()), 20);
}

void TestCountVariance::evaluateLine_data()
{
    QTest::addColumn<qint64>("counted");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<qint64>("unitCost");
    QTest::addColumn<Tolerance>("tolerance");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("within");

    QTest::newRow("exact, zero tolerance")
        << 10LL << 10LL << 999LL << Tolerance{} << 0LL << 0LL << true;
    QTest::newRow("one short, zero tolerance")
        << 9LL << 10LL << 999LL << Tolerance{} << -1LL << -999LL << false;
    QTest::newRow("units at the boundary")
        << 8LL << 10LL << 100LL << Tolerance{2, 100000} << -2LL << -200LL << true;
    QTest::newRow("units one past the boundary")
        << 7LL << 10LL << 100LL << Tolerance{2, 100000} << -3LL << -300LL << false;
    QTest::newRow("surplus at the units boundary")
        << 12LL << 10LL << 100LL << Tolerance{2, 100000} << 2LL << 200LL << true;
    QTest::newRow("surplus one past the units boundary")
        << 13LL << 10LL << 100LL << Tolerance{2, 100000} << 3LL << 300LL << false;
    QTest::newRow("value at the boundary")
        << 9LL << 10LL << 2500LL << Tolerance{5, 2500} << -1LL << -2500LL << true;
    QTest::newRow("value one cent past the boundary")
        << 9LL << 10LL << 2501LL << Tolerance{5, 2500} << -1LL << -2501LL << false;
    QTest::newRow("surplus value one cent past the boundary")
        << 11LL << 10LL << 2501LL << Tolerance{5, 2500} << 1LL << 2501LL << false;
    QTest::newRow("within units but beyond value")
        << 8LL << 10LL << 10000LL << Tolerance{3, 5000} << -2LL << -20000LL << false;
    QTest::newRow("within value but beyond units")
        << 0LL << 10LL << 1LL << Tolerance{3, 5000} << -10LL << -10LL << false;
    QTest::newRow("free item, units decide")
        << 5LL << 10LL << 0LL << Tolerance{4, 0} << -5LL << 0LL << false;
    // A limit of 0 is not set while the other one is: a units-only tolerance accepts a costed
    // item within it, a value-only one looks at the value alone.
    QTest::newRow("units only, costed item within")
        << 8LL << 10LL << 2500LL << Tolerance{2, 0} << -2LL << -5000LL << true;
    QTest::newRow("units only, costed item beyond")
        << 7LL << 10LL << 2500LL << Tolerance{2, 0} << -3LL << -7500LL << false;
    QTest::newRow("value only, within")
        << 7LL << 10LL << 100LL << Tolerance{0, 500} << -3LL << -300LL << true;
    QTest::newRow("value only, beyond")
        << 4LL << 10LL << 100LL << Tolerance{0, 500} << -6LL << -600LL << false;
    QTest::newRow("no tolerance, exact match")
        << 10LL << 10LL << 100LL << Tolerance{} << 0LL << 0LL << true;
    QTest::newRow("counted against a negative position")
        << 0LL << -3LL << 150LL << Tolerance{3, 450} << 3LL << 450LL << true;
    QTest::newRow("large value stays exact") << 0LL << 3000000LL << 123456789LL << Tolerance{}
                                             << -3000000LL << -370370367000000LL << false;
}

void TestCountVariance::evaluateLine()
{
    QFETCH(qint64, counted);
    QFETCH(qint64, expected);
    QFETCH(qint64, unitCost);
    QFETCH(Tolerance, tolerance);
    QFETCH(qint64, units);
    QFETCH(qint64, value);
    QFETCH(bool, within);

    const LineVariance line = stockroom::domain::evaluateLine(QStringLiteral("SKU-1"), counted,
                                                              expected, unitCost, tolerance);
    QCOMPARE(line,
             (LineVariance{QStringLiteral("SKU-1"), counted, expected, units, value, within}));
}

void TestCountVariance::classifyAbc_data()
{
    QTest::addColumn<SkuValues>("input");
    QTest::addColumn<Classes>("expected");

    using C = AbcClass;
    QTest::newRow("empty") << SkuValues{} << Classes{};
    QTest::newRow("one SKU is A") << values({{"X", 10}}) << classes({{"X", C::A}});
    QTest::newRow("all zero is all C")
        << values({{"X", 0}, {"Y", 0}}) << classes({{"X", C::C}, {"Y", C::C}});
    QTest::newRow("the SKU that crosses 80 % is A")
        << values({{"S1", 50}, {"S2", 31}, {"S3", 10}, {"S4", 5}, {"S5", 4}})
        << classes({{"S1", C::A}, {"S2", C::A}, {"S3", C::B}, {"S4", C::B}, {"S5", C::C}});
    QTest::newRow("exactly 80 % closes A, exactly 95 % closes B")
        << values({{"S1", 80}, {"S2", 15}, {"S3", 5}})
        << classes({{"S1", C::A}, {"S2", C::B}, {"S3", C::C}});
    QTest::newRow("one below 80 % keeps the next in A")
        << values({{"S1", 79}, {"S2", 16}, {"S3", 5}})
        << classes({{"S1", C::A}, {"S2", C::A}, {"S3", C::C}});
    QTest::newRow("one below 95 % keeps the next in B")
        << values({{"S1", 80}, {"S2", 14}, {"S3", 6}})
        << classes({{"S1", C::A}, {"S2", C::B}, {"S3", C::B}});
    QTest::newRow("ten equal SKUs, ties by SKU") << values({{"J", 1},
                                                            {"I", 1},
                                                            {"H", 1},
                                                            {"G", 1},
                                                            {"F", 1},
                                                            {"E", 1},
                                                            {"D", 1},
                                                            {"C", 1},
                                                            {"B", 1},
                                                            {"A", 1}})
                                                 << classes({{"A", C::A},
                                                             {"B", C::A},
                                                             {"C", C::A},
                                                             {"D", C::A},
                                                             {"E", C::A},
                                                             {"F", C::A},
                                                             {"G", C::A},
                                                             {"H", C::A},
                                                             {"I", C::B},
                                                             {"J", C::B}});
    QTest::newRow("twenty equal SKUs")
        << values({{"K01", 5}, {"K02", 5}, {"K03", 5}, {"K04", 5}, {"K05", 5},
                   {"K06", 5}, {"K07", 5}, {"K08", 5}, {"K09", 5}, {"K10", 5},
                   {"K11", 5}, {"K12", 5}, {"K13", 5}, {"K14", 5}, {"K15", 5},
                   {"K16", 5}, {"K17", 5}, {"K18", 5}, {"K19", 5}, {"K20", 5}})
        << classes({{"K01", C::A}, {"K02", C::A}, {"K03", C::A}, {"K04", C::A}, {"K05", C::A},
                    {"K06", C::A}, {"K07", C::A}, {"K08", C::A}, {"K09", C::A}, {"K10", C::A},
                    {"K11", C::A}, {"K12", C::A}, {"K13", C::A}, {"K14", C::A}, {"K15", C::A},
                    {"K16", C::A}, {"K17", C::B}, {"K18", C::B}, {"K19", C::B}, {"K20", C::C}});
    QTest::newRow("zero and negative values are C")
        << values({{"S1", 90}, {"S2", 10}, {"S3", 0}, {"S4", -5}})
        << classes({{"S1", C::A}, {"S2", C::B}, {"S3", C::C}, {"S4", C::C}});
    QTest::newRow("a zero value after a short B band is still C")
        << values({{"S1", 85}, {"S2", 0}}) << classes({{"S1", C::A}, {"S2", C::C}});
    QTest::newRow("duplicate SKU rows are summed")
        << values({{"S1", 40}, {"S2", 55}, {"S1", 50}, {"S3", 5}})
        << classes({{"S1", C::A}, {"S2", C::A}, {"S3", C::C}});
    QTest::newRow("large cent values")
        << values({{"S1", 800000000000LL}, {"S2", 150000000000LL}, {"S3", 50000000000LL}})
        << classes({{"S1", C::A}, {"S2", C::B}, {"S3", C::C}});
}

void TestCountVariance::classifyAbc()
{
    QFETCH(SkuValues, input);
    QFETCH(Classes, expected);
    QCOMPARE(stockroom::domain::classifyAbc(input), expected);
}

void TestCountVariance::classifyAbcIgnoresInputOrder()
{
    SkuValues input = values({{"S1", 30}, {"S2", 30}, {"S3", 20}, {"S4", 15}, {"S5", 5}});
    const Classes expected = stockroom::domain::classifyAbc(input);
    QCOMPARE(expected.value(QStringLiteral("S3")), AbcClass::A);
    QCOMPARE(expected.value(QStringLiteral("S4")), AbcClass::B);
    std::sort(input.begin(), input.end());
    int permutations = 0;
    do {
        QCOMPARE(stockroom::domain::classifyAbc(input), expected);
        ++permutations;
    } while (std::next_permutation(input.begin(), input.end()));
    QCOMPARE(permutations, 120);
}

void TestCountVariance::stableHashIsFnv1a()
{
    // Published FNV-1a 32-bit test vectors; a per-process seed would break them.
    QCOMPARE(stableSkuHash(u""), 0x811c9dc5u);
    QCOMPARE(stableSkuHash(u"a"), 0xe40c292cu);
    QCOMPARE(stableSkuHash(u"foobar"), 0xbf9cf968u);
    // Hashed as UTF-8, not UTF-16.
    QCOMPARE(stableSkuHash(u"\u00e9"), stableSkuHash(QString::fromUtf8("\xc3\xa9")));
    QVERIFY(stableSkuHash(u"\u00e9") != stableSkuHash(u"e"));
}

void TestCountVariance::cycleCountDue_data()
{
    QTest::addColumn<Classes>("abc");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("everyA");
    QTest::addColumn<int>("everyB");
    QTest::addColumn<int>("everyC");
    QTest::addColumn<QStringList>("expected");

    using C = AbcClass;
    const Classes three = classes({{"foobar", C::A}, {"a", C::B}, {"b", C::C}});
    // FNV-1a: "foobar" % 7 == 0, "a" % 7 == 5, "b" % 7 == 6.
    QTest::newRow("daily everything, sorted")
        << three << 0 << 1 << 1 << 1
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("foobar")};
    QTest::newRow("weekly A, due on day 0")
        << classes({{"foobar", C::A}}) << 0 << 7 << 0 << 0 << QStringList{QStringLiteral("foobar")};
    QTest::newRow("weekly A, due again on day 7")
        << classes({{"foobar", C::A}}) << 7 << 7 << 0 << 0 << QStringList{QStringLiteral("foobar")};
    QTest::newRow("weekly A, not due on day 1")
        << classes({{"foobar", C::A}}) << 1 << 7 << 0 << 0 << QStringList{};
    QTest::newRow("negative day index") << classes({{"foobar", C::A}}) << -7 << 7 << 0 << 0
                                        << QStringList{QStringLiteral("foobar")};
    QTest::newRow("weekly B only, day 2")
        << three << 2 << 7 << 7 << 0 << QStringList{QStringLiteral("a")};
    QTest::newRow("weekly everything, day 1")
        << three << 1 << 7 << 7 << 7 << QStringList{QStringLiteral("b")};
    QTest::newRow("interval below 1 is never due") << three << 0 << 0 << -1 << 0 << QStringList{};
    QTest::newRow("empty classes") << Classes{} << 3 << 1 << 1 << 1 << QStringList{};
}

void TestCountVariance::cycleCountDue()
{
    QFETCH(Classes, abc);
    QFETCH(int, day);
    QFETCH(int, everyA);
    QFETCH(int, everyB);
    QFETCH(int, everyC);
    QFETCH(QStringList, expected);
    QCOMPARE(stockroom::domain::cycleCountDue(abc, day, everyA, everyB, everyC), expected);
}

void TestCountVariance::cycleVisitsEachSkuOncePerInterval_data()
{
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<int>("everyA");
    QTest::addColumn<int>("everyB");
    QTest::addColumn<int>("everyC");

    QTest::newRow("weekly, monthly, quarterly from day 0") << 0 << 7 << 30 << 90;
    QTest::newRow("from a real day index") << 19800 << 7 << 30 << 90;
    QTest::newRow("across day zero") << -45 << 5 << 31 << 91;
    QTest::newRow("daily A") << 12345 << 1 << 14 << 60;
}

void TestCountVariance::cycleVisitsEachSkuOncePerInterval()
{
    QFETCH(int, firstDay);
    QFETCH(int, everyA);
    QFETCH(int, everyB);
    QFETCH(int, everyC);

    SkuValues input;
    for (int i = 0; i < 300; ++i)
        input.append({QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')), 1000 - 3 * i});
    const Classes abc = stockroom::domain::classifyAbc(input);
    QVERIFY(std::count(abc.cbegin(), abc.cend(), AbcClass::A) > 0);
    QVERIFY(std::count(abc.cbegin(), abc.cend(), AbcClass::B) > 0);
    QVERIFY(std::count(abc.cbegin(), abc.cend(), AbcClass::C) > 0);

    const auto interval = [&](AbcClass c) {
        return c == AbcClass::A ? everyA : c == AbcClass::B ? everyB : everyC;
    };
    // Each SKU, counted over any window of its class's length, is due exactly once; checked
    // over two consecutive windows of the longest interval to cover windows that straddle.
    const int longest = std::max({everyA, everyB, everyC});
    QHash<QString, QList<int>> dueDays;
    for (int day = firstDay; day < firstDay + 2 * longest; ++day) {
        const QStringList due = stockroom::domain::cycleCountDue(abc, day, everyA, everyB, everyC);
        QVERIFY(std::is_sorted(due.cbegin(), due.cend()));
        for (const QString &sku : due)
            dueDays[sku].append(day);
    }
    for (auto it = abc.cbegin(); it != abc.cend(); ++it) {
        const int every = interval(it.value());
        const QList<int> days = dueDays.value(it.key());
        QVERIFY2(!days.isEmpty(), qPrintable(it.key()));
        for (int i = 1; i < days.size(); ++i)
            QCOMPARE(days.at(i) - days.at(i - 1), every);
        QVERIFY2(days.first() - firstDay < every, qPrintable(it.key()));
        QVERIFY2(firstDay + 2 * longest - 1 - days.last() < every, qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestCountVariance)
#include "tst_countvariance.moc"
