#include "discrepancyfold.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace stockroom::domain {

namespace {

constexpr std::array<detail::EnumName<DiscrepancyStatus>, 5> statusNames{{
    {DiscrepancyStatus::Open, QLatin1StringView("open")},
    {DiscrepancyStatus::Acknowledged, QLatin1StringView("acknowledged")},
    {DiscrepancyStatus::RecountRequested, QLatin1StringView("recount_requested")},
    {DiscrepancyStatus::Resolved, QLatin1StringView("resolved")},
    {DiscrepancyStatus::Dismissed, QLatin1StringView("dismissed")},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::DiscrepancyState", text);
}

/** The fold's total order: created first, then (atMs, id), then content for corrupt copies. */
bool comesBefore(const DiscrepancyEvent &a, const DiscrepancyEvent &b)
{
    const bool aCreated = a.kind == DiscrepancyEventKind::Created;
    const bool bCreated = b.kind == DiscrepancyEventKind::Created;
    if (aCreated != bCreated)
        return aCreated;
    if (a.atMs != b.atMs)
        return a.atMs < b.atMs;
    if (a.id != b.id)
        return a.id < b.id;
    // Two different events under one id: any fixed order keeps every replica in agreement.
    const auto content = [](const DiscrepancyEvent &e) {
        return std::tie(e.kind, e.discrepancy, e.user, e.device, e.text, e.assignee, e.action,
                        e.priority, e.type, e.location, e.sku, e.expected, e.actual, e.valueCents,
                        e.reference);
    };
    return content(a) < content(b);
}

void apply(DiscrepancyState *state, const DiscrepancyEvent &event)
{
    switch (event.kind) {
    case DiscrepancyEventKind::Created:
        state->created = true;
        state->id = event.discrepancy;
        state->type = event.type;
        state->location = event.location;
        state->sku = event.sku;
        state->expected = event.expected;
        state->actual = event.actual;
        state->valueCents = event.valueCents;
        state->reference = event.reference;
        state->createdAtMs = event.atMs;
        state->status = DiscrepancyStatus::Open;
        state->assignee = event.assignee;
        state->priority = event.priority.value_or(priorityFromValue(
            qAbs(event.valueCents), event.type == DiscrepancyType::NegativeStock
                                        || event.type == DiscrepancyType::Oversell));
        return;
    case DiscrepancyEventKind::Acknowledged:
        state->status = DiscrepancyStatus::Acknowledged;
        break;
    case DiscrepancyEventKind::Assigned:
        state->assignee = event.assignee;
        break;
    case DiscrepancyEventKind::Commented:
        break;
    case DiscrepancyEventKind::RecountRequested:
        state->status = DiscrepancyStatus::RecountRequested;
        break;
    case DiscrepancyEventKind::Resolved:
        state->status = DiscrepancyStatus::Resolved;
        state->resolution = event.action;
        state->resolutionText = event.text;
        state->closedAtMs = event.atMs;
        break;
    case DiscrepancyEventKind::Dismissed:
        state->status = DiscrepancyStatus::Dismissed;
        state->resolution.reset();
        state->resolutionText = event.text;
        state->closedAtMs = event.atMs;
        break;
    case DiscrepancyEventKind::Reopened:
        state->status = DiscrepancyStatus::Open;
        state->resolution.reset();
        state->resolutionText.clear();
        state->closedAtMs.reset();
        break;
    case DiscrepancyEventKind::PrioritySet:
        state->priority = *event.priority;
        break;
    }
    if (!state->firstResponseAtMs)
        state->firstResponseAtMs = std::max(event.atMs, state->createdAtMs);
}

QString closedRefusal(const DiscrepancyState &state)
{
    if (state.status == DiscrepancyStatus::Resolved)
        return tr("This discrepancy is resolved; reopen it first.");
    return tr("This discrepancy is dismissed; reopen it first.");
}

} // namespace

QString discrepancyStatusName(DiscrepancyStatus status)
{
    return detail::enumName(statusNames, status);
}

std::optional<DiscrepancyStatus> discrepancyStatusFromName(QStringView name)
{
    return detail::enumFromName(statusNames, name);
}

const QList<DiscrepancyStatus> &allDiscrepancyStatuses()
{
    static const QList<DiscrepancyStatus> statuses = detail::enumValues(statusNames);
    return statuses;
}

QString whyNotAllowed(const DiscrepancyState &state, DiscrepancyEventKind kind)
{
    if (kind == DiscrepancyEventKind::Created)
        return state.created ? tr("This discrepancy already exists.") : QString();
    if (!state.created)
        return tr("This discrepancy has not been recorded yet.");

    switch (kind) {
    case DiscrepancyEventKind::Created:
        break;
    case DiscrepancyEventKind::Commented:
    case DiscrepancyEventKind::PrioritySet:
        return {};
    case DiscrepancyEventKind::Acknowledged:
        if (state.isClosed())
            return closedRefusal(state);
        if (state.status == DiscrepancyStatus::Acknowledged)
            return tr("This discrepancy is already acknowledged.");
        if (state.status == DiscrepancyStatus::RecountRequested)
            return tr("A recount is already requested for this discrepancy.");
        return {};
    case DiscrepancyEventKind::Assigned:
        return state.isClosed() ? closedRefusal(state) : QString();
    case DiscrepancyEventKind::RecountRequested:
        if (state.isClosed())
            return closedRefusal(state);
        if (state.status == DiscrepancyStatus::RecountRequested)
            return tr("A recount is already requested for this discrepancy.");
        return {};
    case DiscrepancyEventKind::Resolved:
    case DiscrepancyEventKind::Dismissed:
        if (state.status == DiscrepancyStatus::Resolved)
            return tr("This discrepancy is already resolved.");
        if (state.status == DiscrepancyStatus::Dismissed)
            return tr("This discrepancy is already dismissed.");
        return {};
    case DiscrepancyEventKind::Reopened:
        if (!state.isClosed())
            return tr("Only a resolved or dismissed discrepancy can be reopened.");
        return {};
    }
    Q_UNREACHABLE();
}

DiscrepancyState foldDiscrepancy(std::span<const DiscrepancyEvent> events)
{
    QList<DiscrepancyEvent> ordered(events.begin(), events.end());
    std::sort(ordered.begin(), ordered.end(), comesBefore);

    DiscrepancyState state;
    QSet<QUuid> seen;
    seen.reserve(ordered.size());
    for (const DiscrepancyEvent &event : std::as_const(ordered)) {
        if (seen.contains(event.id))
            continue;
        seen.insert(event.id);
        state.timeline.append(event);
        // Both checks return an empty string without translating anything when all is well.
        if (!validateDiscrepancyEvent(event).isEmpty()
            || !whyNotAllowed(state, event.kind).isEmpty()) {
            state.ignored.append(event.id);
            continue;
        }
        apply(&state, event);
    }
    if (!state.created && !state.timeline.isEmpty())
        state.id = state.timeline.constFirst().discrepancy;
    return state;
}

qint64 slaRemainingMs(const DiscrepancyState &state, qint64 nowMs)
{
    const qint64 deadline = state.createdAtMs + firstResponseTargetMs;
    return deadline - state.firstResponseAtMs.value_or(nowMs);
}

bool isOverdue(const DiscrepancyState &state, qint64 nowMs)
{
    return state.created && !state.firstResponseAtMs && !state.isClosed()
           && nowMs - state.createdAtMs > firstResponseTargetMs;
}

} // namespace stockroom::domain
