#pragma once

// Private to CountService's two source files: countservice.cpp (counting) and countreview.cpp
// (review, recount, posting, re-evaluation).

#include "countrepository.h"
#include "countservice.h"
#include "ledgerwriter.h"
#include "locationrepository.h"
#include "movementrepository.h"
#include "outboxrepository.h"
#include "productrepository.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace stockroom::replica {

namespace countdetail {

QString tr(const char *text);
QString idText(const QUuid &id);
/** Within tolerance: accept. Beyond it: a recount first, a discrepancy after the recount. */
CountDecision decide(bool withinTolerance, int round);

/** A product's counted quantity: the fold of its scans of one round, in seq order. */
struct Folded
{
    qint64 counted = 0;
    qint64 countedAtMs = 0;
};

} // namespace countdetail

/** CountService's connection, repositories and the steps its operations share. */
class CountService::Private
{
public:
    Private(ReplicaDatabase &db, Identity identity, Clock clock);

    /** Runs work in one BEGIN IMMEDIATE transaction; rolls back and keeps its message on failure.
     */
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error);
    std::optional<CountSessionInfo> sessionOrFail(const QUuid &countId, QString *error) const;
    std::optional<domain::Product> product(const QString &skuOrBarcode) const;
    /** The round a product's scans go to now, or nothing (and *error) when the count takes none. */
    std::optional<int> roundFor(const CountSessionInfo &session, const domain::Product &product,
                                QString *error) const;
    /** Each reviewed line's round: 2 once a recount of it was requested. */
    QHash<QString, int> lineRounds(const QUuid &countId) const;
    /** The fold of every known product's scans of its current round. */
    QMap<QString, countdetail::Folded> foldLines(const QUuid &countId) const;
    /** The ledger position at atMs, leaving out the count's own posted movements. */
    qint64 expectedAt(const QString &location, const QString &sku, qint64 atMs,
                      const QUuid &countId) const;
    qint64 unitCost(const QString &sku) const;
    /** Stores one scan or correction of an open count in its own durable transaction. */
    ScanResult addScan(const QUuid &countId, const QString &code, qint64 quantity, bool set);
    /** A `count` movement through ledger, level and outbox, in the caller's transaction. */
    bool appendCount(const domain::Movement &movement, QString *error);
    ReevaluateResult reevaluateIn(const QString &location, const QString &sku, QString *error);

    QSqlDatabase connection;
    Identity identity;
    Clock clock;
    InventoryService inventory;
    LocationRepository locations;
    ProductRepository products;
    MovementRepository movements;
    OutboxRepository outbox;
    LedgerWriter ledger;
    CountRepository counts;
};

} // namespace stockroom::replica
