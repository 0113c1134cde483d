#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace stockroom::domain {

/** What a count session covers (DESIGN.md section 3, Count sessions). */
enum class CountScopeKind {
    WholeStore,
    Category,
    Bin,
    CycleList,
    SkuList,
    AuditSample,
};

/** The stable wire and storage name of a scope kind ("store", "category", "bin" ...). */
QString countScopeKindName(CountScopeKind kind);
std::optional<CountScopeKind> countScopeKindFromName(QStringView name);
/** Every scope kind, in declaration order. */
const QList<CountScopeKind> &allCountScopeKinds();

/** The scope of one count session: the whole store, one category or bin, or a list of SKUs. */
struct CountScope
{
    CountScopeKind kind = CountScopeKind::WholeStore;
    /** The category or the bin; empty for every other kind. */
    QString value;
    /** The SKUs of a cycle list, an explicit list or an audit sample; empty otherwise. */
    QStringList skus;

    friend bool operator==(const CountScope &, const CountScope &) = default;
};

/** Why a scope is not usable, as a user-readable sentence; empty when it is valid. */
QString validateCountScope(const CountScope &scope);

/** Whether counters see the expected quantities while they count. */
enum class CountMode {
    Blind,
    Expected,
};

/** "blind" or "expected". */
QString countModeName(CountMode mode);
std::optional<CountMode> countModeFromName(QStringView name);
const QList<CountMode> &allCountModes();

/** The life of a count session; it only moves forward, one step at a time. */
enum class CountState {
    Open,
    Submitted,
    Reviewed,
    Posted,
};

/** "open", "submitted", "reviewed" or "posted". */
QString countStateName(CountState state);
std::optional<CountState> countStateFromName(QStringView name);
const QList<CountState> &allCountStates();

/** True only for open → submitted, submitted → reviewed and reviewed → posted. */
bool canAdvance(CountState from, CountState to);
/** Why a count cannot go from one state to the other, as a sentence; empty when it can. */
QString whyCannotAdvance(CountState from, CountState to);

/** The largest multiplier a scan may carry ("100000*CODE"). */
constexpr qint64 maxScanMultiplier = 100000;

/** One scan from a keyboard-wedge scanner or the keyboard: a code, counted multiplier times. */
struct ScanInput
{
    /** A barcode or a SKU, as typed; resolving it to a product is the caller's job. */
    QString code;
    qint64 multiplier = 1;

    friend bool operator==(const ScanInput &, const ScanInput &) = default;
};

/**
 * Reads one line of the scan field: "CODE" counts one, "12*CODE" counts twelve. Whitespace
 * around the line and around the "*" is ignored. On bad input returns nothing and, when error
 * is given, sets it to a user-readable sentence.
 */
std::optional<ScanInput> parseScan(QStringView text, QString *error);

} // namespace stockroom::domain
