#include "discrepancy.h"

#include "enumnames.h"
#include "reasoncode.h"

#include <QCoreApplication>

#include <algorithm>

namespace stockroom::domain {

namespace {

using detail::EnumName;

constexpr std::array<EnumName<DiscrepancyType>, 7> typeNames{{
    {DiscrepancyType::CountVariance, QLatin1StringView("count_variance")},
    {DiscrepancyType::NegativeStock, QLatin1StringView("negative_stock")},
    {DiscrepancyType::Oversell, QLatin1StringView("oversell")},
    {DiscrepancyType::RejectedChange, QLatin1StringView("rejected_change")},
    {DiscrepancyType::DigestMismatch, QLatin1StringView("digest_mismatch")},
    {DiscrepancyType::TransferNotReceived, QLatin1StringView("transfer_not_received")},
    {DiscrepancyType::StaffReport, QLatin1StringView("staff_report")},
}};

constexpr std::array<EnumName<DiscrepancyEventKind>, 9> eventKindNames{{
    {DiscrepancyEventKind::Created, QLatin1StringView("created")},
    {DiscrepancyEventKind::Acknowledged, QLatin1StringView("acknowledged")},
    {DiscrepancyEventKind::Assigned, QLatin1StringView("assigned")},
    {DiscrepancyEventKind::Commented, QLatin1StringView("commented")},
    {DiscrepancyEventKind::RecountRequested, QLatin1StringView("recount_requested")},
    {DiscrepancyEventKind::Resolved, QLatin1StringView("resolved")},
    {DiscrepancyEventKind::Reopened, QLatin1StringView("reopened")},
    {DiscrepancyEventKind::Dismissed, QLatin1StringView("dismissed")},
    {DiscrepancyEventKind::PrioritySet, QLatin1StringView("priority_set")},
}};

constexpr std::array<EnumName<ResolutionAction>, 4> actionNames{{
    {ResolutionAction::AdjustToCounted, QLatin1StringView("adjust_to_counted")},
    {ResolutionAction::AcceptSystem, QLatin1StringView("accept_system")},
    {ResolutionAction::WriteOff, QLatin1StringView("write_off")},
    {ResolutionAction::TransferCorrection, QLatin1StringView("transfer_correction")},
}};

constexpr std::array<EnumName<DiscrepancyPriority>, 4> priorityNames{{
    {DiscrepancyPriority::Low, QLatin1StringView("low")},
    {DiscrepancyPriority::Medium, QLatin1StringView("medium")},
    {DiscrepancyPriority::High, QLatin1StringView("high")},
    {DiscrepancyPriority::Critical, QLatin1StringView("critical")},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::DiscrepancyEvent", text);
}

} // namespace

QString discrepancyTypeName(DiscrepancyType type)
{
    return detail::enumName(typeNames, type);
}

std::optional<DiscrepancyType> discrepancyTypeFromName(QStringView name)
{
    return detail::enumFromName(typeNames, name);
}

const QList<DiscrepancyType> &allDiscrepancyTypes()
{
    static const QList<DiscrepancyType> types = detail::enumValues(typeNames);
    return types;
}

QString discrepancyEventKindName(DiscrepancyEventKind kind)
{
    return detail::enumName(eventKindNames, kind);
}

std::optional<DiscrepancyEventKind> discrepancyEventKindFromName(QStringView name)
{
    return detail::enumFromName(eventKindNames, name);
}

const QList<DiscrepancyEventKind> &allDiscrepancyEventKinds()
{
    static const QList<DiscrepancyEventKind> kinds = detail::enumValues(eventKindNames);
    return kinds;
}

QString resolutionActionName(ResolutionAction action)
{
    return detail::enumName(actionNames, action);
}

std::optional<ResolutionAction> resolutionActionFromName(QStringView name)
{
    return detail::enumFromName(actionNames, name);
}

const QList<ResolutionAction> &allResolutionActions()
{
    static const QList<ResolutionAction> actions = detail::enumValues(actionNames);
    return actions;
}

QString discrepancyPriorityName(DiscrepancyPriority priority)
{
    return detail::enumName(priorityNames, priority);
}

std::optional<DiscrepancyPriority> discrepancyPriorityFromName(QStringView name)
{
    return detail::enumFromName(priorityNames, name);
}

const QList<DiscrepancyPriority> &allDiscrepancyPriorities()
{
    static const QList<DiscrepancyPriority> priorities = detail::enumValues(priorityNames);
    return priorities;
}

DiscrepancyPriority priorityFromValue(qint64 absValueCents, bool negativeOrOversell)
{
    const qint64 value = qAbs(absValueCents);
    DiscrepancyPriority priority = DiscrepancyPriority::Critical;
    if (value < 5000)
        priority = DiscrepancyPriority::Low;
    else if (value < 50000)
        priority = DiscrepancyPriority::Medium;
    else if (value < 500000)
        priority = DiscrepancyPriority::High;
    if (negativeOrOversell)
        return std::max(priority, DiscrepancyPriority::High);
    return priority;
}

QString validateDiscrepancyEvent(const DiscrepancyEvent &event)
{
    if (event.id.isNull())
        return tr("The event has no id.");
    if (event.discrepancy.isNull())
        return tr("The event does not name its discrepancy.");
    switch (event.kind) {
    case DiscrepancyEventKind::Created:
        if (event.location.trimmed().isEmpty())
            return tr("The discrepancy has no location.");
        // A digest mismatch concerns a whole location; a rejected change may be one whose SKU
        // was the problem.
        if (event.sku.trimmed().isEmpty() && event.type != DiscrepancyType::DigestMismatch
            && event.type != DiscrepancyType::RejectedChange)
            return tr("The discrepancy has no SKU.");
        break;
    case DiscrepancyEventKind::Assigned:
        if (event.assignee.trimmed().isEmpty())
            return tr("Choose a person or a role to assign it to.");
        break;
    case DiscrepancyEventKind::Commented:
        if (event.text.trimmed().isEmpty())
            return tr("A comment cannot be empty.");
        break;
    case DiscrepancyEventKind::Resolved:
        if (!event.action)
            return tr("Choose how the discrepancy was resolved.");
        if (*event.action == ResolutionAction::WriteOff) {
            if (event.text.trimmed().isEmpty())
                return tr("A write-off needs a reason code.");
            if (!isKnownReasonCode(event.text))
                return tr("\"%1\" is not a known reason code.").arg(event.text);
        }
        break;
    case DiscrepancyEventKind::Dismissed:
        if (event.text.trimmed().isEmpty())
            return tr("Say why the discrepancy is dismissed.");
        break;
    case DiscrepancyEventKind::PrioritySet:
        if (!event.priority)
            return tr("Choose a priority.");
        break;
    case DiscrepancyEventKind::Acknowledged:
    case DiscrepancyEventKind::RecountRequested:
    case DiscrepancyEventKind::Reopened:
        break;
    }
    return {};
}

} // namespace stockroom::domain
