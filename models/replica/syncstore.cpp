#include "syncstore.h"

#include "bootstrapindexes.h"
#include "bulkloader.h"
#include "countservice.h"
#include "discrepancylog.h"
#include "ledgerfold.h"
#include "ledgerwriter.h"
#include "levelrepository.h"
#include "levelsdigest.h"
#include "locationrepository.h"
#include "movementrepository.h"
#include "outboxrepository.h"
#include "productrepository.h"
#include "replicadatabase.h"
#include "settingsrepository.h"
#include "sopsql_p.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::SyncStore", text);
}

const auto keyServerUrl = QStringLiteral("sync.server_url");
const auto keyUser = QStringLiteral("sync.user");
const auto keyRole = QStringLiteral("sync.role");
const auto keyScope = QStringLiteral("sync.scope");
const auto keyCursor = QStringLiteral("sync.cursor");
const auto keyBootstrapped = QStringLiteral("sync.bootstrapped");
const auto keyLastSync = QStringLiteral("sync.last_sync");
const auto keyClockOffset = QStringLiteral("sync.clock_offset");
const auto keyLastError = QStringLiteral("sync.last_error");

using Position = std::pair<QString, QString>;

// What the sync engine pushes: every kind the outbox holds.
const QStringList pushedKinds{QStringLiteral("movement"), QStringLiteral("discrepancy_event"),
                              QStringLiteral("sop_ack"), QStringLiteral("training_session")};

} // namespace

class SyncStore::Private
{
public:
    explicit Private(ReplicaDatabase &db)
        : replica(db)
        , connection(db.connection())
        , statements(connection)
        , locations(connection)
        , products(connection)
        , movements(connection)
        , levels(connection)
        , outbox(connection)
        , settings(connection)
        , ledger(connection)
        , discrepancyLog(connection)
    {}

    /**
     * How a transaction's commit must reach the disk. What only this desktop has (a local
     * record, a discrepancy sync found) is synced at commit (synchronous=FULL, the replica's
     * setting). What central holds already (feed and snapshot pages, push outcomes, reference
     * data) can be fetched again: its commit skips the fsync (synchronous=NORMAL). WAL keeps such
     * a commit atomic, a crash of the process loses nothing, and the next synced commit or
     * checkpoint makes it durable; a power cut may undo the last of them, cursor included, and
     * the next sync fetches them again.
     */
    enum class Durability { Local, Replayable };

    bool inTransaction(const std::function<bool(QString *)> &work, QString *error,
                       Durability durability = Durability::Local)
    {
        if (durability == Durability::Local)
            return runTransaction(work, error);
        QSqlQuery pragma(connection);
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        const bool ok = runTransaction(work, error);
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        return ok;
    }

    bool runTransaction(const std::function<bool(QString *)> &work, QString *error)
    {
        QString beginError;
        if (!beginWriteTransaction(connection, &beginError)) {
            *error = tr("Cannot start a transaction: %1").arg(beginError);
            return false;
        }
        if (!work(error)) {
            connection.rollback();
            return false;
        }
        if (!connection.commit()) {
            *error = tr("Cannot commit: %1").arg(connection.lastError().text());
            connection.rollback();
            return false;
        }
        return true;
    }

    bool exec(const QString &sql, const QVariantList &values, QString *error)
    {
        QSqlQuery &query = statements.get(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return execOrFail(query, error);
    }

    bool refuse(const PushOutcome &outcome, QSet<Position> *refold, QString *error);

    /**
     * Takes a change out of the outbox; *kind is its outbox entry's kind, empty when it was not
     * in the outbox.
     */
    bool takeFromOutbox(const QUuid &id, QString *kind, QString *error)
    {
        kind->clear();
        QString stepError;
        if (outboxTake.bind(0, id).next(&stepError)) {
            *kind = outboxTake.text(0);
            outboxTake.reset(); // the row is deleted at the first step
        }
        if (stepError.isEmpty())
            return true;
        *error = stepError;
        return false;
    }

    bool setServerSeq(const QUuid &id, qint64 seq, QString *error)
    {
        return setServerSeqUpdate.bind(0, seq).bind(1, id).bind(2, seq).exec(error);
    }

    // A discrepancy central raised or sync found becomes the created event of its log; its id
    // is the discrepancy's, so the same notice twice (or central's and ours) is stored once.
    bool insertDiscrepancy(const SyncDiscrepancy &d, const QString &detail, QString *error)
    {
        domain::DiscrepancyEvent created;
        created.id = d.id;
        created.discrepancy = d.id;
        created.kind = domain::DiscrepancyEventKind::Created;
        created.atMs = d.createdAtMs;
        created.user = QStringLiteral("central");
        created.type = domain::discrepancyTypeFromName(d.type).value_or(
            domain::DiscrepancyType::RejectedChange);
        created.location = d.location;
        created.sku = d.sku;
        created.expected = d.expected;
        created.actual = d.actual;
        created.reference
            = d.sourceChange.isNull() ? QString() : d.sourceChange.toString(QUuid::WithoutBraces);
        created.text
            = detail.isEmpty() ? d.reason : QStringLiteral("%1 (%2)").arg(d.reason, detail);
        return discrepancyLog.append(created, false, error);
    }

    // SOP versions first: the acknowledgements and sessions of a page may be of them.
    bool applySops(const ChainChanges &chain, QString *error)
    {
        for (const CentralSop &sop : chain.sops) {
            domain::SopParseError parseError;
            const auto document = domain::parseSop(sop.text, sop.fileName, &parseError);
            if (!document) {
                qWarning("Skipping an SOP version from the central IMS: %s",
                         qPrintable(parseError.toString()));
                continue;
            }
            if (!sopsql::storeCentralVersion(connection, *document, sop.publishedAtMs, error))
                return false;
        }
        for (const domain::SopAcknowledgement &ack : chain.acks) {
            if (!sopsql::storeAck(connection, ack, error))
                return false;
        }
        for (const domain::TrainingSession &session : chain.trainings) {
            if (!sopsql::storeSession(connection, session, error))
                return false;
        }
        return true;
    }

    bool applyEvents(const QList<domain::DiscrepancyEvent> &events, QString *error)
    {
        for (const domain::DiscrepancyEvent &e : events) {
            if (!discrepancyLog.append(e, false, error))
                return false;
        }
        return true;
    }

    // Stores movements without touching levels; the positions are refolded afterwards.
    bool insertRaw(const QList<domain::Movement> &list, QSet<Position> *touched, QString *error)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const domain::Movement &m : list) {
            if (const auto existing = movements.find(m.id)) {
                if (!LedgerWriter::sameChange(*existing, m)) {
                    *error = tr("Movement %1 from central differs from the local one.")
                                 .arg(m.id.toString(QUuid::WithoutBraces));
                    return false;
                }
                if (m.serverSeq && !setServerSeq(m.id, *m.serverSeq, error))
                    return false;
                continue;
            }
            if (!movements.insert(m, now, error))
                return false;
            touched->insert({m.location, m.sku});
        }
        return true;
    }

    // The movements still in the outbox (recorded here, not yet acknowledged) and their positions.
    bool pendingMovements(QSet<QUuid> *ids, QSet<Position> *positions, QString *error)
    {
        QSqlQuery &query
            = statements.get(QStringLiteral("SELECT m.id, m.location, m.sku FROM outbox o"
                                            " JOIN movements m ON m.id = o.change_id"
                                            " WHERE o.change_kind = 'movement'"));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            ids->insert(QUuid::fromString(query.value(0).toString()));
            positions->insert({query.value(1).toString(), query.value(2).toString()});
        }
        query.finish();
        return true;
    }

    bool refoldAll(const QSet<Position> &positions, QString *error)
    {
        for (const Position &p : positions) {
            if (!ledger.refold(p.first, p.second, error))
                return false;
        }
        return true;
    }

    // A movement that arrives dated before a count of its position changes that count's
    // variance (DESIGN.md §3): the count's lines and their discrepancies are re-evaluated.
    bool reevaluateCounts(const QList<domain::Movement> &movements, QString *error)
    {
        if (movements.isEmpty())
            return true;
        QSqlQuery &counted = statements.get(QStringLiteral("SELECT 1 FROM count_lines LIMIT 1"));
        const bool anyCounted = counted.exec() && counted.next();
        counted.finish();
        if (!anyCounted)
            return true; // no count here yet: the common case of a pull costs one look-up
        QSqlQuery &any = statements.get(
            QStringLiteral("SELECT 1 FROM count_lines l JOIN count_sessions s ON s.id = l.count_id"
                           " WHERE s.location = ? AND l.sku = ? AND l.counted_at >= ? LIMIT 1"));
        QSet<Position> positions;
        for (const domain::Movement &m : movements) {
            if (positions.contains({m.location, m.sku}))
                continue;
            any.addBindValue(m.location);
            any.addBindValue(m.sku);
            any.addBindValue(m.occurredAtMs);
            if (any.exec() && any.next())
                positions.insert({m.location, m.sku});
            any.finish();
        }
        if (positions.isEmpty())
            return true;
        CountService counts(replica, {});
        for (const Position &p : std::as_const(positions)) {
            const ReevaluateResult result
                = counts.reevaluate(p.first, p.second, CountService::Transaction::Caller);
            if (!result.error.isEmpty()) {
                *error = result.error;
                return false;
            }
        }
        return true;
    }

    ReplicaDatabase &replica;
    QSqlDatabase connection;
    StatementCache statements;
    LocationRepository locations;
    ProductRepository products;
    MovementRepository movements;
    LevelRepository levels;
    OutboxRepository outbox;
    SettingsRepository settings;
    LedgerWriter ledger;
    DiscrepancyLog discrepancyLog;
    /** The settings setBulkWrites(true) replaced, while it is on. */
    struct BulkSettings
    {
        qint64 cacheSize;
        qint64 walAutocheckpoint;
    };
    std::optional<BulkSettings> bulk;
    // Run once per pushed or pulled change: on the sqlite3 handle.
    sqlite::Statement outboxTake{connection,
                                 "DELETE FROM outbox WHERE change_id = ? RETURNING change_kind"};
    // Not rewritten when it has the seq already (the echo of an acknowledged push).
    sqlite::Statement setServerSeqUpdate{
        connection, "UPDATE movements SET server_seq = ? WHERE id = ? AND server_seq IS NOT ?"};
    // The next batch to push: entries of the pushed kinds, in order.
    sqlite::Statement outboxPending{
        connection, QStringLiteral("SELECT seq, change_kind, change_id FROM outbox"
                                   " WHERE change_kind IN ('%1') AND seq > ? ORDER BY seq LIMIT ?")
                        .arg(pushedKinds.join(QStringLiteral("', '")))
                        .toUtf8()};
    sqlite::Statement levelsDigestRows{
        connection, "SELECT sku, on_hand, committed FROM levels WHERE location = ?"
                    " AND (on_hand <> 0 OR committed <> 0) ORDER BY sku"};
    sqlite::Statement pendingMovementsQuery{
        connection,
        QStringLiteral("SELECT %1 FROM outbox o JOIN movements m ON m.id = o.change_id"
                       " WHERE o.change_kind = 'movement' AND o.seq > ? ORDER BY o.seq LIMIT ?")
            .arg(MovementRepository::selectColumns(QStringLiteral("m.")))
            .toUtf8()};

    /**
     * While a bootstrap writes, from beginBootstrap to finishBootstrap or abandonBootstrap, with
     * the movement ids' and levels' indexes set aside (BootstrapIndexes): the outbox's movements,
     * read when it began and since, and central's copies of them the pages carried, matched once
     * the index is back.
     */
    struct Bootstrap
    {
        QSet<QUuid> pendingIds;
        QSet<Position> pendingPositions;
        qint64 outboxSeq = 0; ///< the newest outbox entry read
        QList<domain::Movement> ours;
    };
    std::optional<Bootstrap> bootstrap;

    // Movements recorded here while the bootstrap writes: the outbox entries after the newest
    // one it read, their movements found through the index of local ids.
    bool readRecordedSince(Bootstrap *b, QString *error)
    {
        recordedSince.bind(0, b->outboxSeq);
        QString failure;
        while (recordedSince.next(&failure)) {
            b->outboxSeq = std::max(b->outboxSeq, recordedSince.integer(0));
            b->pendingIds.insert(recordedSince.uuid(1));
            b->pendingPositions.insert({recordedSince.text(2), recordedSince.text(3)});
        }
        if (failure.isEmpty())
            return true;
        *error = failure;
        return false;
    }
    sqlite::Statement recordedSince{connection,
                                    "SELECT o.seq, m.id, m.location, m.sku FROM outbox o"
                                    " JOIN movements m ON m.id = o.change_id"
                                    " AND m.server_seq IS NULL"
                                    " WHERE o.change_kind = 'movement' AND o.seq > ?"};
};

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
