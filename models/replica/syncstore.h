#pragma once

#include "discrepancy.h"
#include "location.h"
#include "movement.h"
#include "product.h"
#include "sopactivity.h"
#include "stockposition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace stockroom::replica {

class ReplicaDatabase;

/** Where this replica stands with the central IMS; kept in the replica's settings. */
struct SyncState
{
    QString serverUrl;
    QString user;
    QString role;
    QStringList scope; ///< the token's locations; empty: every location
    qint64 cursor = 0; ///< every change up to this server_seq is applied
    bool bootstrapped = false;
    qint64 lastSyncMs = 0;    ///< the last sync that reached the server
    qint64 clockOffsetMs = 0; ///< server time − device time at the last sync
    QString lastError;
};

/** How central answered one pushed change. */
struct PushOutcome
{
    enum class Status { Accepted, Duplicate, Rejected };
    QUuid id;
    Status status = Status::Rejected;
    qint64 seq = 0;
    QString reason;
};

/** A discrepancy that central raised, or that sync found (rejected change, digest mismatch). */
struct SyncDiscrepancy
{
    QUuid id;
    QString type;
    QString location;
    QString sku;
    qint64 expected = 0;
    qint64 actual = 0;
    QString reason;
    QUuid sourceChange;
    qint64 createdAtMs = 0;
};

/**
 * One outbox entry as it is pushed, in outbox order: a movement, a discrepancy event, an SOP
 * acknowledgement or a training session.
 */
struct PendingChange
{
    QString kind; ///< "movement", "discrepancy_event", "sop_ack" or "training_session"
    QUuid id;
    std::optional<domain::Movement> movement;
    std::optional<domain::DiscrepancyEvent> event;
    std::optional<domain::SopAcknowledgement> sopAck;
    std::optional<domain::TrainingSession> training;
    qint64 outboxSeq = 0; ///< its place in the outbox
};

/** A version of an SOP as central published it: its Markdown file. */
struct CentralSop
{
    QString fileName;
    QByteArray text;
    qint64 publishedAtMs = 0;
};

/**
 * The chain-wide changes a feed page or a bootstrap's first page carries besides movements:
 * central's discrepancy notices, discrepancy events, SOP versions, acknowledgements and training
 * sessions.
 */
struct ChainChanges
{
    QList<SyncDiscrepancy> discrepancies;
    QList<domain::DiscrepancyEvent> events;
    QList<CentralSop> sops;
    QList<domain::SopAcknowledgement> acks;
    QList<domain::TrainingSession> trainings;
};

/**
 * The replica's side of sync: the outbox to push and what to do with central's answers, the
 * feed and snapshot pages to apply, the digest to compare. Every page is applied together with
 * the cursor in one transaction, so a crash never applies half a page or skips one. SQL-free
 * interface, like InventoryService.
 */
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(stockroom::replica::SyncStore)

public:
    explicit SyncStore(ReplicaDatabase &db);
    ~SyncStore();
    SyncStore(const SyncStore &) = delete;
    SyncStore &operator=(const SyncStore &) = delete;

    SyncState state() const;
    bool saveState(const SyncState &state, QString *error);

    /** Central's locations; those in scope (every one when scope is empty) become own. */
    bool saveLocations(const QList<domain::Location> &locations, const QStringList &scope,
                       QString *error);
    /** Central's catalogue (a page of it), stored as is. */
    bool saveProducts(const QList<domain::Product> &products, QString *error);

    /** The oldest outbox movements after outbox seq afterOutboxSeq, in recorded order. */
    QList<domain::Movement> pendingMovements(int limit, qint64 afterOutboxSeq = 0) const;
    /**
     * The oldest outbox entries of every kind after outbox seq afterOutboxSeq (the next batch
     * while the one before is still being pushed), in the order they were made.
     */
    QList<PendingChange> pendingChanges(int limit, qint64 afterOutboxSeq = 0) const;
    qint64 pendingCount() const;
    /**
     * Applies central's answers in one transaction: accepted and duplicate changes get their
     * server_seq and leave the outbox; a rejected one leaves the outbox and the ledger (its
     * position is refolded) — or its discrepancy's log (refolded) — and becomes a
     * "rejected_change" discrepancy with central's reason.
     */
    bool applyPushOutcomes(const QList<PushOutcome> &outcomes, QString *error);

    /**
     * Applies one feed page and moves the cursor to nextCursor, in one transaction. Movements
     * already here (the echo of our own pushes) only get their server_seq.
     */
    bool applyFeedPage(const QList<domain::Movement> &movements,
                       const QList<SyncDiscrepancy> &discrepancies, qint64 nextCursor,
                       QString *error);
    /** The same, with discrepancy events (other replicas' and the echo of ours). */
    bool applyFeedPage(const QList<domain::Movement> &movements,
                       const QList<SyncDiscrepancy> &discrepancies,
                       const QList<domain::DiscrepancyEvent> &events, qint64 nextCursor,
                       QString *error);
    /**
     * The same, with every chain-wide change. An SOP version central sends replaces a bundled
     * copy of the same version that differs (central is the source); one this build cannot
     * parse is skipped with a warning rather than stopping the feed.
     */
    bool applyFeed(const QList<domain::Movement> &movements, const ChainChanges &chain,
                   qint64 nextCursor, QString *error);

    /**
     * While on, the connection writes like the bulk loader: a page cache of
     * BulkLoader::cacheKiB, and an automatic checkpoint only once the WAL holds
     * bulkCheckpointPages (16 MiB) instead of SQLite's 1,000 pages, so that a bootstrap's page
     * transactions are not each followed by one. The commits stay as durable as before. Off
     * restores both settings and checkpoints what is left of the WAL, truncating it.
     */
    void setBulkWrites(bool on);
    static constexpr int bulkCheckpointPages = 4096;
    /**
     * Bootstrap: forgets the ledger and levels of the scope (outbox kept) before the first page,
     * and sets the movement ids' and levels' indexes aside until the bootstrap ends
     * (BootstrapIndexes).
     */
    bool beginBootstrap(QString *error);
    /**
     * A bootstrap that will not finish (failed or cancelled): the pages applied stay, the
     * replica stays not bootstrapped, and the indexes are built again.
     */
    void abandonBootstrap();
    /** One snapshot page: levels of every location, ledger movements of own locations. */
    bool applySnapshotPage(const QList<domain::StockPosition> &levels,
                           const QList<domain::Movement> &movements, QString *error);
    /** The same, with the discrepancy queue the first page carries. */
    bool applySnapshotPage(const QList<domain::StockPosition> &levels,
                           const QList<domain::Movement> &movements,
                           const QList<SyncDiscrepancy> &discrepancies,
                           const QList<domain::DiscrepancyEvent> &events, QString *error);
    /** The same, with every chain-wide change the first page carries (SOPs included). */
    bool applySnapshot(const QList<domain::StockPosition> &levels,
                       const QList<domain::Movement> &movements, const ChainChanges &chain,
                       QString *error);
    /**
     * The snapshot is complete as of asOfSeq: the feed continues from there. Fails, changing
     * nothing, when the pages hold a movement id twice or one of ours differently.
     */
    bool finishBootstrap(qint64 asOfSeq, QString *error);

    /** The locations whose ledger this replica keeps (the sync scope). */
    QStringList ownLocations() const;
    /** domain::levelsDigest of one location's stored levels. */
    QString levelsDigest(const QString &location) const;
    /** Replaces one location's ledger and levels with central's (after a digest mismatch). */
    bool replaceLocation(const QString &location, const QList<domain::StockPosition> &levels,
                         const QList<domain::Movement> &movements, QString *error);
    bool addDiscrepancy(const SyncDiscrepancy &discrepancy, QString *error);
    QList<SyncDiscrepancy> openDiscrepancies() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace stockroom::replica
