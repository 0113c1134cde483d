// CountService, reconciling: review against the ledger position at each line's counted_at,
// the recount, posting as `count` movements with their discrepancies, and re-evaluation after a
// late movement. Counting itself is in countservice.cpp.

#include "countservice_p.h"

#include "changeid.h"
#include "discrepancylog.h"

#include <QHash>
#include <QSet>

namespace stockroom::replica {

using countdetail::decide;
using countdetail::Folded;
using countdetail::idText;
using countdetail::tr;
using domain::CountState;

namespace {

const auto movementChangeKind = QStringLiteral("movement");

CountDecision decisionFromName(const QString &name)
{
    if (name == QLatin1StringView("accept"))
        return CountDecision::Accept;
    if (name == QLatin1StringView("recount"))
        return CountDecision::Recount;
    if (name == QLatin1StringView("discrepancy"))
        return CountDecision::Discrepancy;
    return CountDecision::None;
}

ReviewedLine reviewedFromStored(const StoredLine &stored, const QString &name)
{
    ReviewedLine line;
    line.variance.sku = stored.sku;
    line.variance.counted = stored.counted;
    line.variance.expected = stored.expected;
    line.variance.units = stored.varianceUnits;
    line.variance.valueCents = stored.varianceValueCents;
    line.variance.withinTolerance = stored.withinTolerance;
    line.productName = name;
    line.countedAtMs = stored.countedAtMs;
    line.decision = decisionFromName(stored.decision);
    line.round = stored.round;
    line.assumed = stored.assumed;
    line.discrepancy = stored.discrepancy;
    return line;
}

void setFigures(StoredLine &line, const domain::LineVariance &variance)
{
    line.counted = variance.counted;
    line.expected = variance.expected;
    line.varianceUnits = variance.units;
    line.varianceValueCents = variance.valueCents;
    line.withinTolerance = variance.withinTolerance;
}

} // namespace

// The same path as InventoryService::record: LedgerWriter refolds the level, the outbox syncs it.
bool CountService::Private::appendCount(const domain::Movement &m, QString *error)
{
    if (const QString invalid = domain::validateMovement(m); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    const auto outcome = ledger.append(m, clock(), error);
    if (!outcome)
        return false;
    if (*outcome == LedgerWriter::Outcome::Duplicate)
        return true;
    return outbox.enqueue(movementChangeKind, idText(m.id), {}, clock(), error);
}

ReevaluateResult CountService::Private::reevaluateIn(const QString &location, const QString &sku,
                                                     QString *error)
{
    ReevaluateResult result;
    const QList<PositionLine> lines = counts.linesOfPosition(location, sku);
    if (lines.isEmpty())
        return result;
    const QList<domain::Movement> ledgerOfPosition = movements.forPosition(location, sku);
    const qint64 cost = unitCost(sku);
    DiscrepancyLog log(connection);
    for (PositionLine entry : lines) {
        StoredLine &line = entry.line;
        const qint64 expected
            = domain::onHandAt(ledgerOfPosition, line.countedAtMs, idText(entry.countId));
        if (expected == line.expected)
            continue;
        const domain::LineVariance variance
            = domain::evaluateLine(sku, line.counted, expected, cost, entry.tolerance);
        setFigures(line, variance);
        if (entry.state == CountState::Reviewed)
            line.decision = countDecisionName(decide(variance.withinTolerance, line.round));
        if (!counts.updateLine(entry.countId, line, error))
            return result;
        ++result.linesChanged;
        if (entry.state == CountState::Posted && !line.discrepancy.isNull()) {
            if (!log.updateFigures(line.discrepancy, variance.expected, variance.counted,
                                   variance.valueCents, error))
                return result;
            ++result.discrepanciesUpdated;
        }
    }
    return result;
}

ReviewResult CountService::review(const QUuid &countId)
{
    ReviewResult result;
    d->inTransaction(
        [&](QString *err) {
            const auto session = d->sessionOrFail(countId, err);
            if (!session)
                return false;
            if (const QString why = domain::whyCannotAdvance(session->state, CountState::Reviewed);
                !why.isEmpty()) {
                *err = why;
                return false;
            }
            QHash<QString, StoredLine> previous;
            for (const StoredLine &line : d->counts.lines(countId))
                previous.insert(line.sku, line);
            const QMap<QString, Folded> folded = d->foldLines(countId);

            // What was counted, then what the "assume zero" policy adds: in-scope SKUs nobody
            // counted whose ledger position is not zero, counted 0 when the count was submitted
            // (or when the first review assumed them, for a line kept through a recount).
            QMap<QString, StoredLine> lines;
            for (auto it = folded.cbegin(); it != folded.cend(); ++it) {
                StoredLine line;
                line.sku = it.key();
                line.counted = it->counted;
                line.countedAtMs = it->countedAtMs;
                line.round = previous.value(line.sku).round == 2 ? 2 : 1;
                lines.insert(line.sku, line);
            }
            if (session->uncounted == UncountedPolicy::Zero) {
                const qint64 submittedAt = session->submittedAtMs.value_or(d->clock());
                for (const QString &sku :
                     d->counts.skusWithLevel(session->location, session->scope)) {
                    if (lines.contains(sku))
                        continue;
                    StoredLine line;
                    line.sku = sku;
                    line.assumed = true;
                    const auto kept = previous.constFind(sku);
                    line.countedAtMs = kept != previous.cend() && kept->assumed ? kept->countedAtMs
                                                                                : submittedAt;
                    line.expected
                        = d->expectedAt(session->location, sku, line.countedAtMs, countId);
                    if (line.expected != 0)
                        lines.insert(sku, line);
                }
            }

            QList<StoredLine> stored;
            for (StoredLine line : std::as_const(lines)) {
                const auto product = d->products.find(line.sku);
                const qint64 expected = line.assumed ? line.expected
                                                     : d->expectedAt(session->location, line.sku,
                                                                     line.countedAtMs, countId);
                const domain::LineVariance variance = domain::evaluateLine(
                    line.sku, line.counted, expected, product ? product->unitCostCents : 0,
                    session->tolerance);
                setFigures(line, variance);
                line.decision = countDecisionName(decide(variance.withinTolerance, line.round));
                stored.append(line);
                result.lines.append(reviewedFromStored(line, product ? product->name : QString()));
            }
            return d->counts.replaceLines(countId, stored, err)
                   && d->counts.setState(countId, CountState::Reviewed, d->clock(), err);
        },
        &result.error);
    if (!result.ok())
        result.lines.clear();
    return result;
}

QList<ReviewedLine> CountService::reviewedLines(const QUuid &countId) const
{
    QList<ReviewedLine> lines;
    for (const StoredLine &line : d->counts.lines(countId)) {
        lines.append(
            reviewedFromStored(line, d->products.find(line.sku).value_or(domain::Product{}).name));
    }
    return lines;
}

bool CountService::requestRecount(const QUuid &countId, const QStringList &skus, QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            const auto session = d->sessionOrFail(countId, err);
            if (!session)
                return false;
            if (session->state != CountState::Reviewed) {
                *err = tr("Only a reviewed count can send lines to a recount.");
                return false;
            }
            if (skus.isEmpty()) {
                *err = tr("Name at least one SKU to recount.");
                return false;
            }
            QHash<QString, StoredLine> lines;
            for (const StoredLine &line : d->counts.lines(countId))
                lines.insert(line.sku, line);
            QSet<QString> done;
            for (const QString &name : skus) {
                const auto product = d->product(name);
                if (!product) {
                    *err = tr("No product has the SKU or barcode \"%1\".").arg(name.trimmed());
                    return false;
                }
                if (done.contains(product->sku))
                    continue;
                const auto line = lines.find(product->sku);
                if (line == lines.end()) {
                    *err = tr("%1 is not a line of this count.").arg(product->sku);
                    return false;
                }
                if (line->round == 2) {
                    *err = tr("%1 was recounted already; posting raises a discrepancy for it.")
                               .arg(product->sku);
                    return false;
                }
                if (line->decision != countDecisionName(CountDecision::Recount)) {
                    *err = tr("%1 is within tolerance and needs no recount.").arg(product->sku);
                    return false;
                }
                line->round = 2;
                if (!d->counts.updateLine(countId, *line, err))
                    return false;
                done.insert(product->sku);
            }
            return d->counts.setState(countId, CountState::Open, d->clock(), err);
        },
        error);
}

PostResult CountService::post(const QUuid &countId)
{
    PostResult result;
    d->inTransaction(
        [&](QString *err) {
            const auto session = d->sessionOrFail(countId, err);
            if (!session)
                return false;
            if (const QString why = domain::whyCannotAdvance(session->state, CountState::Posted);
                !why.isEmpty()) {
                *err = why;
                return false;
            }
            if (d->locations.ownership(session->location) != LocationRepository::Ownership::Own) {
                *err = tr("Location %1 is not kept on this desktop; post its count there.")
                           .arg(session->location);
                return false;
            }
            const qint64 now = d->clock();
            DiscrepancyLog log(d->connection);
            // A line beyond tolerance (or still waiting for a recount nobody asked for)
            // becomes a count-variance discrepancy.
            const auto raiseVariance = [&](StoredLine line) {
                domain::DiscrepancyEvent created;
                created.id = QUuid::createUuidV5(countId, line.sku);
                created.discrepancy = created.id;
                created.kind = domain::DiscrepancyEventKind::Created;
                created.atMs = now;
                created.user = d->identity.user;
                created.device = d->identity.device;
                created.type = domain::DiscrepancyType::CountVariance;
                created.location = session->location;
                created.sku = line.sku;
                created.expected = line.expected;
                created.actual = line.counted;
                created.valueCents = line.varianceValueCents;
                created.reference = idText(countId);
                if (!log.append(created, true, err)) {
                    *err = tr("%1: %2").arg(line.sku, *err);
                    return false;
                }
                line.decision = countDecisionName(CountDecision::Discrepancy);
                line.discrepancy = created.id;
                if (!d->counts.updateLine(countId, line, err))
                    return false;
                result.discrepancies.append(created.id);
                return true;
            };
            for (StoredLine line : d->counts.lines(countId)) {
                const bool accepted = line.decision == countDecisionName(CountDecision::Accept);
                if (!accepted) {
                    // Beyond tolerance: the count does not move stock yet; a person decides
                    // (adjust to the count, write off, transfer correction, accept system).
                    if (!raiseVariance(line))
                        return false;
                    continue;
                }
                domain::Movement m;
                m.id = domain::newChangeId();
                m.location = session->location;
                m.sku = line.sku;
                m.kind = domain::MovementKind::Count;
                m.quantity = line.counted;
                m.occurredAtMs = line.countedAtMs;
                m.user = d->identity.user;
                m.device = d->identity.device;
                m.reference = idText(countId);
                if (!d->appendCount(m, err)) {
                    *err = tr("%1: %2").arg(line.sku, *err);
                    return false;
                }
                ++result.movements;
            }
            return d->counts.setState(countId, CountState::Posted, now, err);
        },
        &result.error);
    if (!result.ok()) {
        result.movements = 0;
        result.discrepancies.clear();
    }
    return result;
}

ReevaluateResult CountService::reevaluate(const QString &location, const QString &sku,
                                          Transaction transaction)
{
    ReevaluateResult result;
    QString error;
    if (transaction == Transaction::Caller) {
        result = d->reevaluateIn(location, sku, &error);
    } else {
        d->inTransaction(
            [&](QString *err) {
                result = d->reevaluateIn(location, sku, err);
                return err->isEmpty();
            },
            &error);
    }
    result.error = error;
    if (!result.ok()) {
        result.linesChanged = 0;
        result.discrepanciesUpdated = 0;
    }
    return result;
}

} // namespace stockroom::replica
