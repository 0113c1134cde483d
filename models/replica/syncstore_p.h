#pragma once

// SyncStore's private part, shared by syncstore.cpp (sync state, push answers, the feed) and
// syncstorebootstrap.cpp (the snapshot download). Not a public header.

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

// The sync engine's settings in the replica's settings table.
inline const auto keyServerUrl = QStringLiteral("sync.server_url");
inline const auto keyUser = QStringLiteral("sync.user");
inline const auto keyRole = QStringLiteral("sync.role");
inline const auto keyScope = QStringLiteral("sync.scope");
inline const auto keyCursor = QStringLiteral("sync.cursor");
inline const auto keyBootstrapped = QStringLiteral("sync.bootstrapped");
inline const auto keyLastSync = QStringLiteral("sync.last_sync");
inline const auto keyClockOffset = QStringLiteral("sync.clock_offset");
inline const auto keyLastError = QStringLiteral("sync.last_error");

using Position = std::pair<QString, QString>;

// What the sync engine pushes: every kind the outbox holds.
inline const QStringList pushedKinds{QStringLiteral("movement"),
                                     QStringLiteral("discrepancy_event"), QStringLiteral("sop_ack"),
                                     QStringLiteral("training_session")};

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
            return inWriteTransaction(connection, work, error);
        QSqlQuery pragma(connection);
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        const bool ok = inWriteTransaction(connection, work, error);
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        return ok;
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

} // namespace stockroom::replica
