#pragma once

#include "discrepancy.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>
#include <span>

namespace stockroom::domain {

/** Where a discrepancy stands; resolved and dismissed are closed until reopened. */
enum class DiscrepancyStatus {
    Open,
    Acknowledged,
    RecountRequested,
    Resolved,
    Dismissed,
};

/** "open", "acknowledged", "recount_requested", "resolved" or "dismissed". */
QString discrepancyStatusName(DiscrepancyStatus status);
std::optional<DiscrepancyStatus> discrepancyStatusFromName(QStringView name);
const QList<DiscrepancyStatus> &allDiscrepancyStatuses();

/** One discrepancy as the fold of its events: what the queue, the detail panel and the CLI show. */
struct DiscrepancyState
{
    QUuid id;
    /** False until the created event is among the folded events. */
    bool created = false;
    DiscrepancyType type = DiscrepancyType::CountVariance;
    QString location;
    QString sku;
    qint64 expected = 0;
    qint64 actual = 0;
    qint64 valueCents = 0;
    QString reference;
    DiscrepancyStatus status = DiscrepancyStatus::Open;
    /** From the value (priorityFromValue) until a priority_set event sets it. */
    DiscrepancyPriority priority = DiscrepancyPriority::Low;
    QString assignee;
    /** Set while resolved; cleared by a reopen. */
    std::optional<ResolutionAction> resolution;
    /** The write-off reason code or the dismissal reason; cleared by a reopen. */
    QString resolutionText;
    qint64 createdAtMs = 0;
    /** The first event after created that took effect, never before createdAtMs. */
    std::optional<qint64> firstResponseAtMs;
    /** When the resolve or dismiss that took effect happened; cleared by a reopen. */
    std::optional<qint64> closedAtMs;
    /** Every distinct event, created first, then by (atMs, id). */
    QList<DiscrepancyEvent> timeline;
    /** Events of the timeline that did not take effect, in timeline order. */
    QList<QUuid> ignored;

    qint64 varianceUnits() const { return actual - expected; }
    bool isClosed() const
    {
        return status == DiscrepancyStatus::Resolved || status == DiscrepancyStatus::Dismissed;
    }

    friend bool operator==(const DiscrepancyState &, const DiscrepancyState &) = default;
};

/**
 * Folds the events of one discrepancy into its state. The order of the input never matters:
 * events are deduplicated by id and applied created first, then by (atMs, id). An event that
 * is malformed or not allowed at its place in that order (whyNotAllowed) stays in the
 * timeline but changes nothing and is listed in ignored; so when two offline editors both
 * close a discrepancy, the earlier close wins on every replica. Merging replicas is the fold
 * of the union of their events.
 */
DiscrepancyState foldDiscrepancy(std::span<const DiscrepancyEvent> events);
inline DiscrepancyState foldDiscrepancy(const QList<DiscrepancyEvent> &events)
{
    return foldDiscrepancy(
        std::span<const DiscrepancyEvent>(events.constData(), size_t(events.size())));
}

/**
 * Why an event of this kind cannot be appended now, as a user-readable sentence; empty when
 * it can. The same table the fold applies, so the UI and CLI refuse what the fold would ignore.
 */
QString whyNotAllowed(const DiscrepancyState &state, DiscrepancyEventKind kind);

/** The first-response target of DESIGN.md section 3 and issue 6: one hour. */
constexpr qint64 firstResponseTargetMs = 3600000;

/**
 * Time left to the first-response target: before a response, counted to nowMs; after it,
 * fixed at what was left when the response came. Negative is overdue (or late) by that much.
 */
qint64 slaRemainingMs(const DiscrepancyState &state, qint64 nowMs);
/** True when nobody has responded, the discrepancy is open, and the hour is past at nowMs. */
bool isOverdue(const DiscrepancyState &state, qint64 nowMs);

} // namespace stockroom::domain
