#include "syncstore_p.h"

namespace stockroom::replica {

SyncStore::SyncStore(ReplicaDatabase &db)
    : d(std::make_unique<Private>(db))
{}

SyncStore::~SyncStore() = default;

SyncState SyncStore::state() const
{
    SyncState state;
    state.serverUrl = d->settings.value(keyServerUrl);
    state.user = d->settings.value(keyUser);
    state.role = d->settings.value(keyRole);
    const QString scope = d->settings.value(keyScope);
    state.scope = scope.isEmpty() ? QStringList() : scope.split(QLatin1Char(','));
    state.cursor = d->settings.value(keyCursor, QStringLiteral("0")).toLongLong();
    state.bootstrapped = d->settings.value(keyBootstrapped) == QLatin1String("1");
    state.lastSyncMs = d->settings.value(keyLastSync, QStringLiteral("0")).toLongLong();
    state.clockOffsetMs = d->settings.value(keyClockOffset, QStringLiteral("0")).toLongLong();
    state.lastError = d->settings.value(keyLastError);
    return state;
}

bool SyncStore::saveState(const SyncState &state, QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            return d->settings.setValue(keyServerUrl, notNull(state.serverUrl), err)
                   && d->settings.setValue(keyUser, notNull(state.user), err)
                   && d->settings.setValue(keyRole, notNull(state.role), err)
                   && d->settings.setValue(keyScope, notNull(state.scope.join(QLatin1Char(','))),
                                           err)
                   && d->settings.setValue(keyCursor, QString::number(state.cursor), err)
                   && d->settings.setValue(
                       keyBootstrapped,
                       state.bootstrapped ? QStringLiteral("1") : QStringLiteral("0"), err)
                   && d->settings.setValue(keyLastSync, QString::number(state.lastSyncMs), err)
                   && d->settings.setValue(keyClockOffset, QString::number(state.clockOffsetMs),
                                           err)
                   && d->settings.setValue(keyLastError, notNull(state.lastError), err);
        },
        error);
}

bool SyncStore::saveLocations(const QList<domain::Location> &locations, const QStringList &scope,
                              QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            for (const domain::Location &l : locations) {
                if (!d->locations.upsert(l, scope.isEmpty() || scope.contains(l.code), err))
                    return false;
            }
            return true;
        },
        error, Private::Durability::Replayable);
}

bool SyncStore::saveProducts(const QList<domain::Product> &products, QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            for (const domain::Product &p : products) {
                if (!d->products.upsert(p, err))
                    return false;
            }
            return true;
        },
        error, Private::Durability::Replayable);
}

QList<domain::Movement> SyncStore::pendingMovements(int limit, qint64 afterOutboxSeq) const
{
    QList<domain::Movement> pending;
    d->pendingMovementsQuery.bind(0, afterOutboxSeq).bind(1, qint64(limit));
    while (d->pendingMovementsQuery.next())
        pending.append(MovementRepository::fromRow(d->pendingMovementsQuery));
    return pending;
}

QList<PendingChange> SyncStore::pendingChanges(int limit, qint64 afterOutboxSeq) const
{
    // The movements of the batch in one read (the common case); events one by one.
    QHash<QUuid, domain::Movement> movements;
    for (const domain::Movement &m : pendingMovements(limit, afterOutboxSeq))
        movements.insert(m.id, m);
    QList<PendingChange> pending;
    d->outboxPending.bind(0, afterOutboxSeq).bind(1, qint64(limit));
    while (d->outboxPending.next()) {
        const QUuid id = d->outboxPending.uuid(2);
        PendingChange change{d->outboxPending.text(1),   id, {}, {}, {}, {},
                             d->outboxPending.integer(0)};
        if (change.kind == QLatin1String("movement")) {
            if (const auto it = movements.constFind(id); it != movements.constEnd())
                change.movement = *it;
        } else if (change.kind == QLatin1String("discrepancy_event")) {
            change.event = d->discrepancyLog.event(id);
        } else if (change.kind == QLatin1String("sop_ack")) {
            change.sopAck = sopsql::findAck(d->connection, id);
        } else if (change.kind == QLatin1String("training_session")) {
            change.training = sopsql::findSession(d->connection, id);
        }
        if (change.movement || change.event || change.sopAck || change.training)
            pending.append(change);
    }
    return pending;
}

qint64 SyncStore::pendingCount() const
{
    return d->outbox.count(pushedKinds);
}

// A change central refused for good leaves the ledger (or its log) for the discrepancy queue,
// as what it was; an acknowledgement or session of a procedure central never published stays
// here, local.
bool SyncStore::Private::refuse(const PushOutcome &outcome, QSet<Position> *refold, QString *err)
{
    const auto m = movements.find(outcome.id);
    const auto event = m ? std::nullopt : discrepancyLog.event(outcome.id);
    const auto ack = m || event ? std::nullopt : sopsql::findAck(connection, outcome.id);
    const auto session
        = m || event || ack ? std::nullopt : sopsql::findSession(connection, outcome.id);
    // The queue's entry for the refusal; the id central gives the same rejection, so both
    // merge into one.
    const auto rejection = [&outcome](const QString &location, const QString &sku, qint64 actual) {
        return SyncDiscrepancy{QUuid::createUuidV5(outcome.id, QStringLiteral("rejected_change")),
                               QStringLiteral("rejected_change"),
                               location,
                               sku,
                               0,
                               actual,
                               outcome.reason,
                               outcome.id,
                               QDateTime::currentMSecsSinceEpoch()};
    };
    if (m) {
        // Out of the ledger, into the discrepancy queue.
        const QString payload = QStringLiteral("%1 %2 × %3 at %4")
                                    .arg(domain::movementKindName(m->kind))
                                    .arg(m->quantity)
                                    .arg(m->sku, m->location);
        if (!exec(QStringLiteral("DELETE FROM movements WHERE id = ?"),
                  {outcome.id.toString(QUuid::WithoutBraces)}, err)
            || !insertDiscrepancy(rejection(m->location, m->sku, m->quantity), payload, err))
            return false;
        refold->insert({m->location, m->sku});
    } else if ((ack || session)
               && sopsql::versionSource(connection, ack ? ack->sopId : session->sopId,
                                        ack ? ack->version : session->version)
                      != QLatin1String("central")) {
        // A procedure this desktop has from a bundled or imported file, which central
        // never published: the acknowledgement or session stays here, local, and
        // is not retried (nothing is wrong with it).
    } else if (ack || session) {
        // Refused for good: not kept as if central had it; the queue says why.
        const QString what = ack ? tr("acknowledgement of SOP %1 version %2 by %3")
                                       .arg(ack->sopId)
                                       .arg(ack->version)
                                       .arg(ack->user)
                                 : tr("training session on SOP %1 version %2 by %3")
                                       .arg(session->sopId)
                                       .arg(session->version)
                                       .arg(session->trainer);
        if (!sopsql::remove(connection, outcome.id, err)
            || !insertDiscrepancy(rejection(locations.ownCodes().value(0), {}, 0), what, err))
            return false;
    } else if (event) {
        // Refused for good: out of its log, into the queue as what it was.
        const QString detail = tr("%1 of discrepancy %2")
                                   .arg(domain::discrepancyEventKindName(event->kind),
                                        event->discrepancy.toString(QUuid::WithoutBraces).left(8));
        if (!discrepancyLog.remove(outcome.id, err)
            || !insertDiscrepancy(rejection(event->location, event->sku, 0), detail, err))
            return false;
    }
    return true;
}

bool SyncStore::applyPushOutcomes(const QList<PushOutcome> &outcomes, QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            QSet<Position> refold;
            for (const PushOutcome &outcome : outcomes) {
                // Every answer takes its change out of the outbox; the entry says which table
                // an accepted change is in: one update instead of one per table that might
                // hold it.
                QString kind;
                if (!d->takeFromOutbox(outcome.id, &kind, err))
                    return false;
                if (outcome.status == PushOutcome::Status::Rejected) {
                    if (!d->refuse(outcome, &refold, err))
                        return false;
                    continue;
                }
                const bool any = kind.isEmpty();
                if (((any || kind == QLatin1String("movement"))
                     && !d->setServerSeq(outcome.id, outcome.seq, err))
                    || ((any || kind == QLatin1String("discrepancy_event"))
                        && !d->discrepancyLog.setServerSeq(outcome.id, outcome.seq, err))
                    || ((any || kind == QLatin1String("sop_ack")
                         || kind == QLatin1String("training_session"))
                        && !sopsql::setServerSeq(d->connection, outcome.id, outcome.seq, err)))
                    return false;
            }
            return d->refoldAll(refold, err);
        },
        error, Private::Durability::Replayable);
}

bool SyncStore::applyFeedPage(const QList<domain::Movement> &movements,
                              const QList<SyncDiscrepancy> &discrepancies, qint64 nextCursor,
                              QString *error)
{
    return applyFeedPage(movements, discrepancies, {}, nextCursor, error);
}

bool SyncStore::applyFeedPage(const QList<domain::Movement> &movements,
                              const QList<SyncDiscrepancy> &discrepancies,
                              const QList<domain::DiscrepancyEvent> &events, qint64 nextCursor,
                              QString *error)
{
    return applyFeed(movements, ChainChanges{discrepancies, events, {}, {}, {}}, nextCursor, error);
}

bool SyncStore::applyFeed(const QList<domain::Movement> &movements, const ChainChanges &chain,
                          qint64 nextCursor, QString *error)
{
    const QList<SyncDiscrepancy> &discrepancies = chain.discrepancies;
    const QList<domain::DiscrepancyEvent> &events = chain.events;
    return d->inTransaction(
        [&](QString *err) {
            for (const domain::Movement &m : movements) {
                const auto outcome = d->ledger.append(m, QDateTime::currentMSecsSinceEpoch(), err);
                if (!outcome)
                    return false;
                if (*outcome == LedgerWriter::Outcome::Duplicate && m.serverSeq
                    && !d->setServerSeq(m.id, *m.serverSeq, err))
                    return false;
            }
            for (const SyncDiscrepancy &discrepancy : discrepancies) {
                if (!d->insertDiscrepancy(discrepancy, {}, err))
                    return false;
            }
            return d->applyEvents(events, err) && d->applySops(chain, err)
                   && d->reevaluateCounts(movements, err)
                   && d->settings.setValue(keyCursor, QString::number(nextCursor), err);
        },
        error, Private::Durability::Replayable);
}

QStringList SyncStore::ownLocations() const
{
    return d->locations.ownCodes();
}

QString SyncStore::levelsDigest(const QString &location) const
{
    // Read in SQLite's order of UTF-8 bytes, which is QString's order of SKUs unless one holds a
    // character from U+E000 (lead byte 0xEE) on: those locations are sorted as levelsDigest does.
    sqlite::Statement &query = d->levelsDigestRows;
    query.bind(0, location);
    domain::LevelsDigestBuilder digest;
    bool sameOrder = true;
    QString error;
    while (sameOrder && query.next(&error)) {
        const QByteArrayView sku = query.utf8(0);
        sameOrder = std::none_of(sku.begin(), sku.end(), [](char c) { return uchar(c) >= 0xee; });
        digest.add(sku, query.integer(1), query.integer(2));
    }
    if (!sameOrder) {
        query.reset();
        return domain::levelsDigest(d->levels.atLocation(location));
    }
    if (!error.isEmpty())
        qWarning("Cannot read the levels of %s for their digest: %s", qPrintable(location),
                 qPrintable(error));
    return digest.result();
}

bool SyncStore::replaceLocation(const QString &location, const QList<domain::StockPosition> &levels,
                                const QList<domain::Movement> &movements, QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            if (!d->exec(QStringLiteral("DELETE FROM movements WHERE location = ? AND id NOT IN"
                                        " (SELECT change_id FROM outbox)"),
                         {location}, err)
                || !d->exec(QStringLiteral("DELETE FROM levels WHERE location = ?"), {location},
                            err))
                return false;
            QSet<Position> touched;
            for (const domain::StockPosition &p : levels) {
                if (p.location == location)
                    touched.insert({p.location, p.sku});
            }
            if (!d->insertRaw(movements, &touched, err))
                return false;
            return d->refoldAll(touched, err);
        },
        error, Private::Durability::Replayable);
}

bool SyncStore::addDiscrepancy(const SyncDiscrepancy &discrepancy, QString *error)
{
    return d->inTransaction(
        [&](QString *err) { return d->insertDiscrepancy(discrepancy, {}, err); }, error);
}

QList<SyncDiscrepancy> SyncStore::openDiscrepancies() const
{
    QSqlQuery &query = d->statements.get(QStringLiteral(
        "SELECT id, type, location, sku, expected, actual, reason, source_change, created_at"
        " FROM discrepancies WHERE status NOT IN ('resolved', 'dismissed')"
        " ORDER BY created_at, id"));
    QList<SyncDiscrepancy> list;
    if (query.exec()) {
        while (query.next()) {
            list.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toLongLong(), query.value(5).toLongLong(),
                         query.value(6).toString(), QUuid::fromString(query.value(7).toString()),
                         query.value(8).toLongLong()});
        }
    }
    return list;
}

} // namespace stockroom::replica
