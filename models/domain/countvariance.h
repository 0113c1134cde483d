#pragma once

#include "movement.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace stockroom::domain {

/**
 * The ledger position at one instant (DESIGN.md section 3): on-hand as the fold rule gives it
 * from the movements with occurred_at <= atMs only, so a sale made after a line was counted is
 * not variance and a late sale dated before it is. Movements whose reference equals
 * excludeReference (a count's own posted `count` movements) are left out, so a count's variance
 * can be re-evaluated after posting; an empty excludeReference leaves out nothing.
 */
qint64 onHandAt(std::span<const Movement> ledger, qint64 atMs, QStringView excludeReference = {});
inline qint64 onHandAt(const QList<Movement> &ledger, qint64 atMs,
                       QStringView excludeReference = {})
{
    return onHandAt(std::span<const Movement>(ledger.constData(), size_t(ledger.size())), atMs,
                    excludeReference);
}

/**
 * How far a counted line may be off and still be accepted. A limit of 0 is "not set" while the
 * other is set: then only the other one counts. Both set: both must hold. Neither set (the
 * default): the count must match exactly.
 */
struct Tolerance
{
    qint64 units = 0;
    qint64 valueCents = 0;

    friend bool operator==(const Tolerance &, const Tolerance &) = default;
};

/** The variance of one counted line against the ledger position at its counted_at. */
struct LineVariance
{
    QString sku;
    qint64 counted = 0;
    qint64 expected = 0;
    /** counted − expected: negative is a shortfall. */
    qint64 units = 0;
    /** units × unit cost, in cents, signed like units. */
    qint64 valueCents = 0;
    /** |units| <= tolerance.units and |valueCents| <= tolerance.valueCents. */
    bool withinTolerance = true;

    friend bool operator==(const LineVariance &, const LineVariance &) = default;
};

LineVariance evaluateLine(const QString &sku, qint64 counted, qint64 expected, qint64 unitCostCents,
                          const Tolerance &tolerance);

/** The ABC class of a SKU by stock value, which sets how often a cycle count visits it. */
enum class AbcClass {
    A,
    B,
    C,
};

/**
 * Classifies SKUs by value: sorted by value descending (ties by SKU), the SKUs that make up
 * the first 80 % of the total are A (the one that crosses 80 % included), the next 15 % B, the
 * rest C. SKUs with zero or negative value are always C, so all-zero input is all C. A SKU
 * listed more than once is classified by the sum of its values.
 */
QHash<QString, AbcClass> classifyAbc(const QList<QPair<QString, qint64>> &skuValueCents);

/** FNV-1a (32 bit) over the SKU's UTF-8: the same in every process and on every machine. */
quint32 stableSkuHash(QStringView sku);

/**
 * The SKUs a cycle count visits on day dayIndex (e.g. days since the epoch): a SKU of class X
 * is due when (stableSkuHash(sku) + dayIndex) mod everyDaysX == 0, so over everyDaysX
 * consecutive days it is due exactly once. A class whose interval is below 1 is never due.
 * Sorted.
 */
QStringList cycleCountDue(const QHash<QString, AbcClass> &classes, int dayIndex, int everyDaysA,
                          int everyDaysB, int everyDaysC);

} // namespace stockroom::domain
