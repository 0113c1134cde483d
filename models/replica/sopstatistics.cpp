#include "sopstatistics.h"

#include "discrepancyservice.h"
#include "sopservice.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace stockroom::replica {

QList<SopDiscrepancyLink> rankSopsByDiscrepancies(const QList<domain::SopDocument> &sops,
                                                  const QList<domain::DiscrepancyState> &queue,
                                                  qint64 fromMs, qint64 toMs)
{
    QMap<domain::DiscrepancyType, int> perType;
    for (const domain::DiscrepancyState &state : queue) {
        if (state.created && state.createdAtMs >= fromMs && state.createdAtMs < toMs)
            ++perType[state.type];
    }
    QList<SopDiscrepancyLink> links;
    for (const domain::SopDocument &sop : sops) {
        SopDiscrepancyLink link{sop.id, sop.title, sop.version, 0, {}};
        for (domain::DiscrepancyType type : sop.governs) {
            const int count = perType.value(type);
            if (count == 0)
                continue;
            link.discrepancies += count;
            link.byType.append({type, count});
        }
        if (link.discrepancies == 0)
            continue;
        std::stable_sort(link.byType.begin(), link.byType.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        links.append(link);
    }
    std::sort(links.begin(), links.end(),
              [](const SopDiscrepancyLink &a, const SopDiscrepancyLink &b) {
                  if (a.discrepancies != b.discrepancies)
                      return a.discrepancies > b.discrepancies;
                  const int byTitle = QString::localeAwareCompare(a.title, b.title);
                  return byTitle != 0 ? byTitle < 0 : a.sopId < b.sopId;
              });
    return links;
}

SopStatistics::SopStatistics(const SopService &sops, const DiscrepancyService &discrepancies)
    : m_sops(sops)
    , m_discrepancies(discrepancies)
{}

QList<SopDiscrepancyLink> SopStatistics::linkedDiscrepancies(qint64 fromMs, qint64 toMs) const
{
    QList<domain::SopDocument> documents;
    for (const StoredSop &sop : m_sops.list())
        documents.append(sop.document);
    return rankSopsByDiscrepancies(documents, m_discrepancies.list(), fromMs, toMs);
}

QStringList knownPeople(const SopService &sops, const DiscrepancyService *discrepancies)
{
    QSet<QString> people;
    const auto add = [&people](const QString &name) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty())
            people.insert(trimmed);
    };
    add(sops.identity().user);
    for (const StoredSop &latest : sops.list()) {
        for (const StoredSop &version : sops.history(latest.document.id)) {
            for (const SopAcknowledgement &ack :
                 sops.whoAcknowledged(version.document.id, version.document.version))
                add(ack.user);
        }
        for (const TrainingSession &session : sops.trainingSessions(latest.document.id)) {
            add(session.trainer);
            for (const QString &attendee : session.attendees)
                add(attendee);
        }
    }
    if (discrepancies) {
        for (const domain::DiscrepancyState &state : discrepancies->list())
            add(state.assignee);
    }
    QStringList names(people.begin(), people.end());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return names;
}

} // namespace stockroom::replica
