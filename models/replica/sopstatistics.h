#pragma once

#include "discrepancy.h"
#include "discrepancyfold.h"
#include "sopdocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace stockroom::replica {

class DiscrepancyService;
class SopService;

/** One SOP and the discrepancies of a period whose type it governs (where training is needed). */
struct SopDiscrepancyLink
{
    QString sopId;
    QString title;
    int version = 0;
    /** Discrepancies created in the period whose type the SOP governs. */
    int discrepancies = 0;
    /** The same count per governed type, most first, only types that occurred. */
    QList<std::pair<domain::DiscrepancyType, int>> byType;

    friend bool operator==(const SopDiscrepancyLink &, const SopDiscrepancyLink &) = default;
};

/**
 * The SOPs linked to at least one discrepancy created in [fromMs, toMs): a discrepancy is linked
 * to every SOP whose front matter governs its type (as the Discrepancies page links them). Most
 * discrepancies first, then by title and id.
 */
QList<SopDiscrepancyLink> rankSopsByDiscrepancies(const QList<domain::SopDocument> &sops,
                                                  const QList<domain::DiscrepancyState> &queue,
                                                  qint64 fromMs, qint64 toMs);

/**
 * The trainers' statistics over the replica: the latest SOP versions against the whole
 * discrepancy queue. Both services are borrowed.
 */
class SopStatistics
{
public:
    SopStatistics(const SopService &sops, const DiscrepancyService &discrepancies);

    QList<SopDiscrepancyLink> linkedDiscrepancies(qint64 fromMs, qint64 toMs) const;

private:
    const SopService &m_sops;
    const DiscrepancyService &m_discrepancies;
};

/**
 * The people this replica has seen around its SOPs and discrepancies, sorted, each once: the
 * signed-in user, everyone who acknowledged a stored version, trainers and attendees of training
 * sessions, and assignees of discrepancies (when given). For the walkthrough's attendee list.
 */
QStringList knownPeople(const SopService &sops, const DiscrepancyService *discrepancies);

} // namespace stockroom::replica
