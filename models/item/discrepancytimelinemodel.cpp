#include "discrepancytimelinemodel.h"

#include "discrepancytablemodel.h"
#include "reasoncode.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace stockroom::item {

namespace {

using domain::DiscrepancyEvent;
using domain::DiscrepancyEventKind;

} // namespace

DiscrepancyTimelineModel::DiscrepancyTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiscrepancyTimelineModel::setState(const domain::DiscrepancyState &state)
{
    const QSet<QUuid> ignored(state.ignored.cbegin(), state.ignored.cend());
    QStringList reasons;
    reasons.reserve(state.timeline.size());
    for (qsizetype i = 0; i < state.timeline.size(); ++i) {
        const DiscrepancyEvent &event = state.timeline.at(i);
        if (!ignored.contains(event.id)) {
            reasons.append(QString());
            continue;
        }
        // The timeline is in the fold's order, so the events before this one are the state it
        // met: the same checks the fold made tell why it did not count.
        QString why = domain::validateDiscrepancyEvent(event);
        if (why.isEmpty()) {
            const domain::DiscrepancyState before
                = domain::foldDiscrepancy(state.timeline.mid(0, i));
            why = domain::whyNotAllowed(before, event.kind);
        }
        reasons.append(why.isEmpty() ? tr("It conflicted with an earlier event.") : why);
    }
    beginResetModel();
    m_events = state.timeline;
    m_ignoredReasons = std::move(reasons);
    endResetModel();
}

void DiscrepancyTimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_ignoredReasons.clear();
    endResetModel();
}

QString DiscrepancyTimelineModel::detailsText(const domain::DiscrepancyEvent &event)
{
    switch (event.kind) {
    case DiscrepancyEventKind::Created:
        if (event.type == domain::DiscrepancyType::StaffReport) {
            // The service writes "category: note" (or the category alone) into the text.
            const QString label = DiscrepancyTableModel::issueCategoryLabel(event.reference);
            QString note = event.text;
            const QString prefix = event.reference + QStringLiteral(": ");
            if (note == event.reference)
                note.clear();
            else if (note.startsWith(prefix))
                note = note.mid(prefix.size());
            return note.isEmpty() ? label : tr("%1: %2").arg(label, note);
        }
        if (!event.text.isEmpty())
            return event.text;
        return tr("Expected %1, found %2")
            .arg(QLocale().toString(event.expected), QLocale().toString(event.actual));
    case DiscrepancyEventKind::Assigned:
        return tr("to %1").arg(event.assignee);
    case DiscrepancyEventKind::Commented:
    case DiscrepancyEventKind::Dismissed:
        return event.text;
    case DiscrepancyEventKind::Resolved: {
        const QString action
            = event.action ? DiscrepancyTableModel::actionLabel(*event.action) : QString();
        if (event.text.isEmpty())
            return action;
        return tr("%1 · reason: %2").arg(action, domain::reasonCodeLabel(event.text));
    }
    case DiscrepancyEventKind::PrioritySet:
        return event.priority ? DiscrepancyTableModel::priorityLabel(*event.priority) : QString();
    case DiscrepancyEventKind::Acknowledged:
    case DiscrepancyEventKind::RecountRequested:
    case DiscrepancyEventKind::Reopened:
        break;
    }
    return {};
}

int DiscrepancyTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int DiscrepancyTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscrepancyTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiscrepancyEvent &event = m_events.at(index.row());
    const QString &ignoredReason = m_ignoredReasons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case WhenColumn:
            if (role == Qt::EditRole)
                return event.atMs;
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.atMs),
                                      QLocale::ShortFormat);
        case WhoColumn:
            return event.user;
        case EventColumn:
            if (ignoredReason.isEmpty())
                return DiscrepancyTableModel::eventKindLabel(event.kind);
            return tr("%1 (not applied)").arg(DiscrepancyTableModel::eventKindLabel(event.kind));
        case DetailsColumn:
            return detailsText(event);
        }
        return {};
    case Qt::ToolTipRole:
        if (!ignoredReason.isEmpty())
            return tr("Not applied: %1").arg(ignoredReason);
        if (index.column() == WhoColumn && !event.device.isEmpty())
            return tr("%1 on %2").arg(event.user, event.device);
        if (index.column() == WhenColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.atMs),
                                      QLocale::LongFormat);
        if (index.column() == DetailsColumn)
            return detailsText(event);
        return {};
    case EventIdRole:
        return event.id.toString(QUuid::WithoutBraces);
    case KindRole:
        return domain::discrepancyEventKindName(event.kind);
    case IgnoredRole:
        return !ignoredReason.isEmpty();
    case IgnoredReasonRole:
        return ignoredReason;
    default:
        return {};
    }
}

QVariant DiscrepancyTimelineModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case EventColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> DiscrepancyTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIdRole, QByteArrayLiteral("eventId"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    names.insert(IgnoredRole, QByteArrayLiteral("ignored"));
    names.insert(IgnoredReasonRole, QByteArrayLiteral("ignoredReason"));
    return names;
}

} // namespace stockroom::item
