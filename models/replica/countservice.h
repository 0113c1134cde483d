#pragma once

#include "countsession.h"
#include "countvariance.h"
#include "inventoryservice.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace stockroom::replica {

class ReplicaDatabase;

/** What posting does with in-scope SKUs nobody counted. */
enum class UncountedPolicy {
    Unchanged, ///< no line, no movement: their stock stays as the ledger has it
    Zero,      ///< a line counted 0 at the submit time, reviewed and posted like the others
};

/** "unchanged" or "zero". */
QString uncountedPolicyName(UncountedPolicy policy);
std::optional<UncountedPolicy> uncountedPolicyFromName(QStringView name);

/** What review decided for one line. */
enum class CountDecision {
    None,        ///< not reviewed yet
    Accept,      ///< within tolerance: posted as counted
    Recount,     ///< beyond tolerance, first count: recount it, or posting raises a discrepancy
    Discrepancy, ///< beyond tolerance after its recount: posted, and a discrepancy raised
};

/** "", "accept", "recount" or "discrepancy" (the count_lines.decision values). */
QString countDecisionName(CountDecision decision);

/** A new count session as a store manager sets it up. */
struct CountStartRequest
{
    QString location; ///< empty: the home location
    domain::CountScope scope;
    domain::CountMode mode = domain::CountMode::Expected;
    QStringList assignees;
    domain::Tolerance tolerance;
    UncountedPolicy uncounted = UncountedPolicy::Unchanged;
};

/** One count session as stored. */
struct CountSessionInfo
{
    QUuid id;
    QString location;
    domain::CountScope scope;
    domain::CountMode mode = domain::CountMode::Expected;
    domain::CountState state = domain::CountState::Open;
    QStringList assignees;
    domain::Tolerance tolerance;
    UncountedPolicy uncounted = UncountedPolicy::Unchanged;
    qint64 createdAtMs = 0;
    QString createdBy;
    std::optional<qint64> submittedAtMs;
    std::optional<qint64> reviewedAtMs;
    std::optional<qint64> postedAtMs;
    /** The SKUs whose recount was requested and not reviewed yet; scans go only to them. */
    QStringList recounting;
};

/** The outcome of one scan. */
struct ScanResult
{
    QString error; ///< empty when the scan was accepted (and is durable)
    /** False: nobody knows the code; the scan is stored for follow-up all the same. */
    bool known = false;
    QString code;
    QString sku;
    QString productName;
    qint64 added = 0;
    /** The product's counted quantity after this scan (known codes only). */
    qint64 lineQuantity = 0;
    /** The scan's place in the count: 1, 2, 3 … */
    qint64 seq = 0;

    bool ok() const { return error.isEmpty(); }
};

/** One product's line while counting: the fold of its scans. */
struct CountLine
{
    QString sku;
    QString productName;
    qint64 counted = 0;
    /** When its last scan was made. */
    qint64 countedAtMs = 0;
    /** The ledger position at countedAtMs; only in expected mode, never on a blind recount. */
    std::optional<qint64> expected;
    /** 2 while the line is being recounted (its first count's scans no longer count). */
    int round = 1;
};

/** A code nobody knows, kept for follow-up with how often it was scanned. */
struct UnknownCode
{
    QString code;
    qint64 quantity = 0;
    qint64 scans = 0;
    qint64 firstScannedAtMs = 0;
    qint64 lastScannedAtMs = 0;
};

/** One line as review measured it and decided. */
struct ReviewedLine
{
    domain::LineVariance variance;
    QString productName;
    qint64 countedAtMs = 0;
    CountDecision decision = CountDecision::None;
    int round = 1;
    /** Nobody counted it; the "assume zero" policy made it a line counted 0. */
    bool assumed = false;
    /** Set once posting raised its discrepancy. */
    QUuid discrepancy;
};

struct ReviewResult
{
    QString error;
    QList<ReviewedLine> lines;

    bool ok() const { return error.isEmpty(); }
};

struct PostResult
{
    QString error;
    /** The `count` movements written, one per posted line. */
    int movements = 0;
    /** The count-variance discrepancies raised, by SKU order. */
    QList<QUuid> discrepancies;

    bool ok() const { return error.isEmpty(); }
};

struct ReevaluateResult
{
    QString error;
    /** Reviewed or posted lines whose expected quantity changed. */
    int linesChanged = 0;
    /** Of those, the ones whose discrepancy now shows the new figures. */
    int discrepanciesUpdated = 0;

    bool ok() const { return error.isEmpty(); }
    bool changed() const { return linesChanged > 0; }
};

/** How often a cycle count visits each ABC class, in days (below 1: never). */
struct CycleFrequency
{
    int everyDaysA = 7;
    int everyDaysB = 30;
    int everyDaysC = 90;
};

/**
 * Count sessions on the replica (DESIGN.md section 3, issue 6): start, scan (each scan its own
 * durable transaction), correct, submit, review against the ledger position at each line's
 * counted_at, recount, and post as `count` movements through the ledger and the outbox, with a
 * count-variance discrepancy for every line that stayed beyond tolerance. Its interface is
 * free of SQL so that the UI can use it.
 */
class CountService
{
public:
    using Clock = std::function<qint64()>;

    /** Whether reevaluate() starts its own write transaction or works in the caller's. */
    enum class Transaction { Own, Caller };

    CountService(ReplicaDatabase &db, Identity identity, Clock clock = {});
    ~CountService();
    CountService(const CountService &) = delete;
    CountService &operator=(const CountService &) = delete;

    const Identity &identity() const;
    /** Counts and posts from now on as this user (who signed in to central). */
    void setUser(const QString &user);

    /** Validates and stores a new open session; a null id and *error on bad input. */
    QUuid start(const CountStartRequest &request, QString *error);
    std::optional<CountSessionInfo> session(const QUuid &countId) const;
    /** The sessions of one location (every location when empty), newest first. */
    QList<CountSessionInfo> sessions(const QString &location = {}) const;
    /** The SKUs of the location a cycle count visits on dayIndex, by ABC class of stock value. */
    QStringList cycleCountDue(const QString &location, int dayIndex,
                              const CycleFrequency &frequency = {}) const;

    /**
     * Counts code (a barcode or a SKU) multiplier times. Committed before it returns. A code
     * nobody knows is stored too and reported with known = false.
     */
    ScanResult scan(const QUuid &countId, const QString &code, qint64 multiplier = 1);
    /** A manual correction: the product's line becomes quantity (>= 0). */
    bool setLine(const QUuid &countId, const QString &skuOrBarcode, qint64 quantity,
                 QString *error);
    /** The lines counted so far, by SKU. */
    QList<CountLine> lines(const QUuid &countId) const;
    /** The codes nobody knows, by code. */
    QList<UnknownCode> unknownCodes(const QUuid &countId) const;

    /** open → submitted; refused while a recounted line has no scan of its recount. */
    bool submit(const QUuid &countId, QString *error);
    /** submitted → reviewed: measures and decides every line (and assumed-zero lines). */
    ReviewResult review(const QUuid &countId);
    /** What the last review stored (after posting, with the discrepancies raised). */
    QList<ReviewedLine> reviewedLines(const QUuid &countId) const;
    /**
     * reviewed → open again for just these lines (each one review sent to a recount): a second
     * blind count whose scans replace the first count's for those SKUs.
     */
    bool requestRecount(const QUuid &countId, const QStringList &skus, QString *error);
    /**
     * reviewed → posted in one transaction: a `count` movement per accepted line, and for each
     * line beyond tolerance (or still waiting for a recount) a count-variance discrepancy, its
     * id QUuid::createUuidV5(countId, sku), instead of a movement: resolving it decides what
     * the stock becomes (DiscrepancyService::resolve).
     */
    PostResult post(const QUuid &countId);

    /**
     * After a movement dated before a counted_at reached this position: recomputes the expected
     * quantity of every reviewed or posted line of it (a reviewed line is also decided again)
     * and updates the discrepancies of posted lines.
     */
    ReevaluateResult reevaluate(const QString &location, const QString &sku,
                                Transaction transaction = Transaction::Own);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace stockroom::replica
