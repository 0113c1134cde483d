#include "countvariance.h"

#include "ledgerfold.h"

#include <algorithm>
#include <vector>

namespace stockroom::domain {

qint64 onHandAt(std::span<const Movement> ledger, qint64 atMs, QStringView excludeReference)
{
    std::vector<Movement> before;
    before.reserve(ledger.size());
    for (const Movement &m : ledger) {
        if (m.occurredAtMs > atMs)
            continue;
        if (!excludeReference.isEmpty() && m.reference == excludeReference)
            continue;
        before.push_back(m);
    }
    return foldLedger(std::span<const Movement>(before)).onHand;
}

LineVariance evaluateLine(const QString &sku, qint64 counted, qint64 expected, qint64 unitCostCents,
                          const Tolerance &tolerance)
{
    LineVariance line;
    line.sku = sku;
    line.counted = counted;
    line.expected = expected;
    line.units = counted - expected;
    line.valueCents = line.units * unitCostCents;
    if (tolerance.units <= 0 && tolerance.valueCents <= 0) {
        line.withinTolerance = line.units == 0;
    } else {
        const bool withinUnits = tolerance.units <= 0 || qAbs(line.units) <= tolerance.units;
        const bool withinValue
            = tolerance.valueCents <= 0 || qAbs(line.valueCents) <= tolerance.valueCents;
        line.withinTolerance = withinUnits && withinValue;
    }
    return line;
}

QHash<QString, AbcClass> classifyAbc(const QList<QPair<QString, qint64>> &skuValueCents)
{
    QHash<QString, qint64> valueBySku;
    for (const auto &[sku, value] : skuValueCents)
        valueBySku[sku] += value;

    QList<QPair<QString, qint64>> ranked;
    ranked.reserve(valueBySku.size());
    qint64 total = 0;
    for (auto it = valueBySku.cbegin(); it != valueBySku.cend(); ++it) {
        ranked.append({it.key(), it.value()});
        total += qMax<qint64>(it.value(), 0);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return a.first < b.first;
    });

    QHash<QString, AbcClass> classes;
    classes.reserve(ranked.size());
    qint64 before = 0; // the value of the SKUs ranked above this one
    for (const auto &[sku, value] : ranked) {
        AbcClass abc = AbcClass::C;
        if (value > 0) {
            // Integer percentages: "before < 80 % of total" without rounding.
            if (before * 100 < total * 80)
                abc = AbcClass::A;
            else if (before * 100 < total * 95)
                abc = AbcClass::B;
            before += value;
        }
        classes.insert(sku, abc);
    }
    return classes;
}

quint32 stableSkuHash(QStringView sku)
{
    quint32 hash = 2166136261u;
    for (const char byte : sku.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

QStringList cycleCountDue(const QHash<QString, AbcClass> &classes, int dayIndex, int everyDaysA,
                          int everyDaysB, int everyDaysC)
{
    QStringList due;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        qint64 every = 0;
        switch (it.value()) {
        case AbcClass::A:
            every = everyDaysA;
            break;
        case AbcClass::B:
            every = everyDaysB;
            break;
        case AbcClass::C:
            every = everyDaysC;
            break;
        }
        if (every < 1)
            continue;
        // Both terms reduced first: no overflow, and a negative day index still works.
        const qint64 phase = (qint64(stableSkuHash(it.key()) % quint64(every))
                              + (qint64(dayIndex) % every + every))
                             % every;
        if (phase == 0)
            due.append(it.key());
    }
    std::sort(due.begin(), due.end());
    return due;
}

} // namespace stockroom::domain
