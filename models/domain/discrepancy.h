#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <QtGlobal>

#include <optional>

namespace stockroom::domain {

/** Every source of a mismatch that lands in the one discrepancy queue (DESIGN.md section 3). */
enum class DiscrepancyType {
    CountVariance,
    NegativeStock,
    Oversell,
    RejectedChange,
    DigestMismatch,
    TransferNotReceived,
    StaffReport,
};

/** The stable wire and storage name ("count_variance", "negative_stock" ...). */
QString discrepancyTypeName(DiscrepancyType type);
std::optional<DiscrepancyType> discrepancyTypeFromName(QStringView name);
const QList<DiscrepancyType> &allDiscrepancyTypes();

/** What one entry of a discrepancy's append-only log records. */
enum class DiscrepancyEventKind {
    Created,
    Acknowledged,
    Assigned,
    Commented,
    RecountRequested,
    Resolved,
    Reopened,
    Dismissed,
    PrioritySet,
};

/** "created", "acknowledged", "assigned" ... "recount_requested", "priority_set". */
QString discrepancyEventKindName(DiscrepancyEventKind kind);
std::optional<DiscrepancyEventKind> discrepancyEventKindFromName(QStringView name);
const QList<DiscrepancyEventKind> &allDiscrepancyEventKinds();

/** What resolving a discrepancy does to stock; each but accept_system posts movements. */
enum class ResolutionAction {
    AdjustToCounted,
    AcceptSystem,
    WriteOff,
    TransferCorrection,
};

/** "adjust_to_counted", "accept_system", "write_off" or "transfer_correction". */
QString resolutionActionName(ResolutionAction action);
std::optional<ResolutionAction> resolutionActionFromName(QStringView name);
const QList<ResolutionAction> &allResolutionActions();

/** How urgently a discrepancy needs a person; derived from its value unless someone set it. */
enum class DiscrepancyPriority {
    Low,
    Medium,
    High,
    Critical,
};

/** "low", "medium", "high" or "critical". */
QString discrepancyPriorityName(DiscrepancyPriority priority);
std::optional<DiscrepancyPriority> discrepancyPriorityFromName(QStringView name);
const QList<DiscrepancyPriority> &allDiscrepancyPriorities();

/**
 * The priority a discrepancy starts with: below 50.00 low, below 500.00 medium, below 5,000.00
 * high, from 5,000.00 critical (absolute value, cents). Negative stock and oversells are at
 * least high whatever their value, because a customer may already be waiting.
 */
DiscrepancyPriority priorityFromValue(qint64 absValueCents, bool negativeOrOversell);

/** One immutable entry of a discrepancy's log, identified by its client-made UUID. */
struct DiscrepancyEvent
{
    QUuid id;
    /** The discrepancy this event belongs to. */
    QUuid discrepancy;
    DiscrepancyEventKind kind = DiscrepancyEventKind::Created;
    /** Device clock, UTC, milliseconds since the epoch. */
    qint64 atMs = 0;
    QString user;
    QString device;
    /** A comment, a dismissal reason, or the reason code of a write-off. */
    QString text;
    /** Assigned (or Created, optionally): a user name or a role. */
    QString assignee;
    /** Resolved: what was done. */
    std::optional<ResolutionAction> action;
    /** PrioritySet (or Created, to override the priority from value). */
    std::optional<DiscrepancyPriority> priority;

    // Created only: what the discrepancy is about.
    DiscrepancyType type = DiscrepancyType::CountVariance;
    QString location;
    /** Empty only for a digest mismatch (a whole location) or a rejected change without one. */
    QString sku;
    qint64 expected = 0;
    qint64 actual = 0;
    /** (actual − expected) × unit cost, in cents, signed. */
    qint64 valueCents = 0;
    /** The count id or the change id that raised it. */
    QString reference;

    friend bool operator==(const DiscrepancyEvent &, const DiscrepancyEvent &) = default;
};

/**
 * Why an event is not well formed, as a user-readable sentence; empty when it is. This checks
 * the event alone; whether it is allowed in a discrepancy's current state is whyNotAllowed().
 */
QString validateDiscrepancyEvent(const DiscrepancyEvent &event);

} // namespace stockroom::domain
