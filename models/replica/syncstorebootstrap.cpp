// SyncStore's side of a bootstrap: the replica written from central's paged snapshot (the rest of
// the store is in syncstore.cpp).

#include "syncstore_p.h"

namespace stockroom::replica {

void SyncStore::setBulkWrites(bool on)
{
    if (on == d->bulk.has_value())
        return;
    QSqlQuery pragma(d->connection);
    const auto read = [&pragma](const QString &name) {
        const qint64 value = pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next()
                                 ? pragma.value(0).toLongLong()
                                 : 0;
        pragma.finish();
        return value;
    };
    if (on) {
        d->bulk = Private::BulkSettings{read(QStringLiteral("cache_size")),
                                        read(QStringLiteral("wal_autocheckpoint"))};
        pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(BulkLoader::cacheKiB));
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(bulkCheckpointPages));
        return;
    }
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(d->bulk->cacheSize));
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(d->bulk->walAutocheckpoint));
    d->bulk.reset();
    // The pages' WAL into the database file once, and the WAL file back to nothing.
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool SyncStore::beginBootstrap(QString *error)
{
    Private::Bootstrap bootstrap;
    const bool begun = d->inTransaction(
        [&](QString *err) {
            if (!d->exec(QStringLiteral("DELETE FROM movements WHERE id NOT IN"
                                        " (SELECT change_id FROM outbox)"),
                         {}, err)
                || !d->exec(QStringLiteral("DELETE FROM levels"), {}, err)
                || !d->settings.setValue(keyBootstrapped, QStringLiteral("0"), err)
                || !d->settings.setValue(keyCursor, QStringLiteral("0"), err)
                || !d->pendingMovements(&bootstrap.pendingIds, &bootstrap.pendingPositions, err))
                return false;
            QSqlQuery &newest
                = d->statements.get(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox"));
            bootstrap.outboxSeq = firstValue(newest, 0).toLongLong();
            return BootstrapIndexes(d->connection).suspend(err);
        },
        error);
    if (begun)
        d->bootstrap = std::move(bootstrap);
    return begun;
}

void SyncStore::abandonBootstrap()
{
    d->bootstrap.reset();
    BootstrapIndexes indexes(d->connection);
    QString error;
    if (indexes.isSuspended() && !indexes.recover(&error))
        qWarning("The indexes of movement ids and levels stay set aside until the next download "
                 "from the central IMS: %s",
                 qPrintable(error));
}

bool SyncStore::applySnapshotPage(const QList<domain::StockPosition> &levels,
                                  const QList<domain::Movement> &movements, QString *error)
{
    return applySnapshotPage(levels, movements, {}, {}, error);
}

bool SyncStore::applySnapshotPage(const QList<domain::StockPosition> &levels,
                                  const QList<domain::Movement> &movements,
                                  const QList<SyncDiscrepancy> &discrepancies,
                                  const QList<domain::DiscrepancyEvent> &events, QString *error)
{
    return applySnapshot(levels, movements, ChainChanges{discrepancies, events, {}, {}, {}}, error);
}

bool SyncStore::applySnapshot(const QList<domain::StockPosition> &levels,
                              const QList<domain::Movement> &movements, const ChainChanges &chain,
                              QString *error)
{
    const QList<SyncDiscrepancy> &discrepancies = chain.discrepancies;
    const QList<domain::DiscrepancyEvent> &events = chain.events;
    // What the page adds to the bootstrap's state, kept only if the page is.
    std::optional<Private::Bootstrap> bootstrap = d->bootstrap;
    const bool applied = d->inTransaction(
        [&](QString *err) {
            // A page holds whole positions: each level with its complete ledger as of the
            // snapshot's seq, and central's level is the fold of exactly that ledger. Only
            // positions with local movements still in the outbox need their own fold (the
            // local view: acknowledged state + pending outbox); the others take central's
            // level as it is, and their movements need no look-up: beginBootstrap left only
            // the outbox's movements, and pages do not overlap.
            QSet<QUuid> pendingIds;
            QSet<Position> refold;
            if (bootstrap) {
                if (!d->readRecordedSince(&*bootstrap, err))
                    return false;
                pendingIds = bootstrap->pendingIds;
                refold = bootstrap->pendingPositions;
            } else if (!d->pendingMovements(&pendingIds, &refold, err)) {
                return false;
            }
            struct Latest
            {
                qint64 movementAtMs = 0;
                std::optional<domain::Movement> count;
            };
            QHash<Position, Latest> latest;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const domain::Movement &m : movements) {
                const Position position{m.location, m.sku};
                Latest &l = latest[position];
                l.movementAtMs = std::max(l.movementAtMs, m.occurredAtMs);
                if (m.kind == domain::MovementKind::Count
                    && (!l.count || domain::isLaterInLedger(m, *l.count)))
                    l.count = m;
                if (pendingIds.contains(m.id)) {
                    // Ours, pushed before and kept in the outbox: the same change from central.
                    // While the ids' index is aside, it is matched when the bootstrap finishes.
                    QSet<Position> ignored;
                    if (bootstrap)
                        bootstrap->ours.append(m);
                    else if (!d->insertRaw({m}, &ignored, err))
                        return false;
                    refold.insert(position);
                } else if (!d->movements.insert(m, now, err)) {
                    return false;
                }
            }
            const QStringList own = d->locations.ownCodes();
            for (const domain::StockPosition &p : levels) {
                const Position position{p.location, p.sku};
                if (!own.contains(p.location)) {
                    if (!d->levels.save({p, {}, std::nullopt}, err))
                        return false;
                    continue;
                }
                if (refold.contains(position))
                    continue;
                const auto it = latest.constFind(position);
                const bool known = it != latest.constEnd();
                const QUuid lastCount = known && it->count ? it->count->id : QUuid();
                const std::optional<qint64> lastMovement
                    = known ? std::optional(it->movementAtMs) : std::nullopt;
                if (!d->levels.save({p, lastCount, lastMovement}, err))
                    return false;
            }
            for (const SyncDiscrepancy &discrepancy : discrepancies) {
                if (!d->insertDiscrepancy(discrepancy, {}, err))
                    return false;
            }
            return d->applyEvents(events, err) && d->applySops(chain, err)
                   && d->refoldAll(refold, err);
        },
        error, Private::Durability::Replayable);
    if (applied)
        d->bootstrap = std::move(bootstrap);
    return applied;
}

bool SyncStore::finishBootstrap(qint64 asOfSeq, QString *error)
{
    const bool finished = d->inTransaction(
        [&](QString *err) {
            // The indexes, built from every row at once, then central's copies of our
            // movements checked against ours and given their seqs.
            QString indexError;
            if (!BootstrapIndexes(d->connection).restore(&indexError)) {
                *err = tr("The downloaded inventory holds a movement id twice: %1").arg(indexError);
                return false;
            }
            QSet<Position> ignored;
            if (d->bootstrap && !d->insertRaw(d->bootstrap->ours, &ignored, err))
                return false;
            // Positions that only this desktop knows (their movements are all still in the
            // outbox) were in no page; beginBootstrap cleared their levels.
            QSet<QUuid> pendingIds;
            QSet<Position> pendingPositions;
            return d->pendingMovements(&pendingIds, &pendingPositions, err)
                   && d->refoldAll(pendingPositions, err)
                   && d->settings.setValue(keyCursor, QString::number(asOfSeq), err)
                   && d->settings.setValue(keyBootstrapped, QStringLiteral("1"), err);
        },
        error);
    if (finished)
        d->bootstrap.reset();
    return finished;
}

} // namespace stockroom::replica
