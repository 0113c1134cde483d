#include "replicafixture.h"
#include "syncstore.h"

#include "bootstrapindexes.h"
#include "bulkloader.h"
#include "ledgerwriter.h"
#include "levelsdigest.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace stockroom;

namespace {

domain::Movement movement(domain::MovementKind kind, const QString &location, const QString &sku,
                          qint64 quantity, qint64 atMs, qint64 seq)
{
    domain::Movement m;
    m.id = QUuid::createUuid();
    m.kind = kind;
    m.location = location;
    m.sku = sku;
    m.quantity = quantity;
    m.occurredAtMs = atMs;
    m.user = QStringLiteral("central");
    m.serverSeq = seq;
    return m;
}

domain::StockPosition position(const QString &location, const QString &sku, qint64 onHand,
                               std::optional<qint64> countedAt = {})
{
    return {location, sku, {onHand, 0}, countedAt};
}

} // namespace

/**
 * The replica's side of a bootstrap on a real replica file: central's levels are taken as they
 * are where nothing local is pending, positions with movements still in the outbox are folded
 * with them (the local view), and the stored levels then follow later movements incrementally.
 */
class TestSyncStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bootstrapKeepsPendingLocalMovements();
    void pulledPagesSkipTheFsyncLocalRecordsKeepIt();
    void bulkWritesDeferTheCheckpointAndRestoreTheSettings();
    void bootstrapBuildsTheIdIndexOnceAtTheEnd();
    void unfinishedBootstrapRestoresTheIdIndex();
    void finishRefusesAMovementIdTwice();
    void levelsDigestIsTheDomainsWhateverTheSkus();
};

void TestSyncStore::bootstrapKeepsPendingLocalMovements()
{
    ReplicaFixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed());
    replica::SyncStore store(*f.db);
    const qint64 t0 = f.clockMs - 10 * 3600 * 1000;

    // Recorded here, not yet acknowledged: one that central already has (its answer was lost),
    // one of a position central has never seen.
    replica::RecordRequest sale;
    sale.kind = domain::MovementKind::Sale;
    sale.location = QStringLiteral("S01");
    sale.product = QStringLiteral("RUN-001");
    sale.quantity = 2;
    sale.occurredAtMs = t0 + 3000;
    const replica::RecordResult pushed = f.service->record(sale);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error));
    sale.product = QStringLiteral("OUT-100");
    sale.quantity = 1;
    const replica::RecordResult localOnly = f.service->record(sale);
    QVERIFY2(localOnly.ok(), qPrintable(localOnly.error));
    QCOMPARE(store.pendingCount(), 2);

    QString error;
    QVERIFY2(store.beginBootstrap(&error), qPrintable(error));
    domain::Movement echoed = pushed.movement;
    echoed.serverSeq = 3;
    const QList<domain::Movement> ledger{
        movement(domain::MovementKind::Receipt, QStringLiteral("S01"), QStringLiteral("RUN-001"),
                 12, t0 + 1000, 1),
        echoed,
        movement(domain::MovementKind::Count, QStringLiteral("S01"), QStringLiteral("FTB-010"), 5,
                 t0 + 2000, 2),
    };
    const QList<domain::StockPosition> levels{
        position(QStringLiteral("S01"), QStringLiteral("FTB-010"), 5, t0 + 2000),
        position(QStringLiteral("S01"), QStringLiteral("RUN-001"), 10),
        position(QStringLiteral("S09"), QStringLiteral("RUN-001"), 7),
    };
    QVERIFY2(store.applySnapshot(levels, ledger, replica::ChainChanges{}, &error),
             qPrintable(error));
    QVERIFY2(store.finishBootstrap(3, &error), qPrintable(error));

    const auto onHand = [&](const char *location, const char *sku) {
        return f.service->level(QString::fromLatin1(location), QString::fromLatin1(sku))
            .value_or(domain::StockPosition{})
            .level.onHand;
    };
    QCOMPARE(onHand("S01", "RUN-001"), 10); // 12 − 2: the pushed sale once, not twice
    QCOMPARE(onHand("S01", "FTB-010"), 5);
    QCOMPARE(onHand("S09", "RUN-001"), 7);
    QCOMPARE(onHand("S01", "OUT-100"), -1); // only here, still pending: folded at the end
    QCOMPARE(f.service->level(QStringLiteral("S01"), QStringLiteral("FTB-010"))->lastCountedAtMs,
             std::optional<qint64>(t0 + 2000));
    QCOMPARE(store.pendingCount(), 2); // the outbox is untouched by a bootstrap
    const replica::VerifyReport verified = f.service->verify();
    QVERIFY2(verified.ok(), "the stored levels equal the fold of the ledger");

    // Central's levels carry on incrementally: a later sale, then one dated before the count.
    sale.product = QStringLiteral("FTB-010");
    sale.quantity = 1;
    sale.occurredAtMs = t0 + 4000;
    QVERIFY(f.service->record(sale).ok());
    QCOMPARE(onHand("S01", "FTB-010"), 4);
    sale.occurredAtMs = t0 + 1500;
    QVERIFY(f.service->record(sale).ok());
    QCOMPARE(onHand("S01", "FTB-010"), 4); // absorbed by the count
    QVERIFY(f.service->verify().ok());
}

namespace {

qint64 pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

int synchronousMode(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA synchronous")) && query.next() ? query.value(0).toInt()
                                                                            : -1;
}

} // namespace

// What central holds already commits with synchronous=NORMAL; whatever the page did, the replica
// is back to FULL (2) afterwards, for what only it has: after a page that applied, after one that
// was refused, and for a local record.
void TestSyncStore::pulledPagesSkipTheFsyncLocalRecordsKeepIt()
{
    ReplicaFixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed());
    replica::SyncStore store(*f.db);
    const QSqlDatabase db = f.db->connection();
    QCOMPARE(synchronousMode(db), 2);

    const qint64 t0 = f.clockMs - 3600 * 1000;
    const domain::Movement receipt = movement(domain::MovementKind::Receipt, QStringLiteral("S01"),
                                              QStringLiteral("RUN-001"), 4, t0, 1);
    QString error;
    QVERIFY2(store.applyFeed({receipt}, {}, 1, &error), qPrintable(error));
    QCOMPARE(synchronousMode(db), 2);
    QCOMPARE(store.state().cursor, 1);

    // The same id with other content: refused, nothing applied, FULL again.
    domain::Movement changed = receipt;
    changed.quantity = 5;
    changed.serverSeq = 2;
    QVERIFY(!store.applyFeed({changed}, {}, 2, &error));
    QVERIFY2(!error.isEmpty(), "a refused page says why");
    QCOMPARE(synchronousMode(db), 2);
    QCOMPARE(store.state().cursor, 1);

    replica::RecordRequest sale;
    sale.kind = domain::MovementKind::Sale;
    sale.location = QStringLiteral("S01");
    sale.product = QStringLiteral("RUN-001");
    sale.quantity = 1;
    QVERIFY(f.service->record(sale).ok());
    QCOMPARE(synchronousMode(db), 2);
}


void TestSyncStore::bulkWritesDeferTheCheckpointAndRestoreTheSettings()
{
    ReplicaFixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed());
    replica::SyncStore store(*f.db);
    const QSqlDatabase db = f.db->connection();
    const qint64 cache = pragma(db, QStringLiteral("cache_size"));
    const qint64 checkpoint = pragma(db, QStringLiteral("wal_autocheckpoint"));
    QVERIFY(checkpoint > 0);

    store.setBulkWrites(true);
    store.setBulkWrites(true); // twice: still restores what was there before the first
    QCOMPARE(pragma(db, QStringLiteral("wal_autocheckpoint")),
             qint64(replica::SyncStore::bulkCheckpointPages));
    QCOMPARE(pragma(db, QStringLiteral("cache_size")), -qint64(replica::BulkLoader::cacheKiB));

    // Pages written meanwhile (far fewer than a checkpoint's worth) stay in the WAL until the
    // end; what they hold is readable.
    const qint64 t0 = f.clockMs - 3600 * 1000;
    QString error;
    for (int i = 0; i < 40; ++i) {
        const domain::Movement m = movement(domain::MovementKind::Receipt, QStringLiteral("S01"),
                                            QStringLiteral("RUN-001"), 1, t0 + i, 100 + i);
        QVERIFY2(store.applyFeed({m}, {}, 100 + i, &error), qPrintable(error));
    }
    const QString wal = f.db->path() + QStringLiteral("-wal");
    QVERIFY2(QFileInfo(wal).size() > 0, qPrintable(wal));

    store.setBulkWrites(false);
    QCOMPARE(pragma(db, QStringLiteral("wal_autocheckpoint")), checkpoint);
    QCOMPARE(pragma(db, QStringLiteral("cache_size")), cache);
    QCOMPARE(QFileInfo(wal).size(), 0); // checkpointed into the database and truncated
    QCOMPARE(store.state().cursor, 139);
    QVERIFY(f.service->verify().ok());
}

namespace {

qint64 rowsWithId(const QSqlDatabase &db, const QUuid &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM movements WHERE id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QStringList indexesOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index'"
                                 " AND tbl_name = ? AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    query.addBindValue(table);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

std::optional<qint64> serverSeq(const QSqlDatabase &db, const QUuid &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT server_seq FROM movements WHERE id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next() || query.isNull(0))
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

// The id and levels-by-sku indexes are aside from beginBootstrap to finishBootstrap; meanwhile a
// movement recorded here twice is still stored once, one recorded before a page of its position is
// folded into that page's level, and at the end central's copy of a pending movement gets its seq.
void TestSyncStore::bootstrapBuildsTheIdIndexOnceAtTheEnd()
{
    ReplicaFixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed());
    replica::SyncStore store(*f.db);
    const replica::BootstrapIndexes ids(f.db->connection());
    const qint64 t0 = f.clockMs - 10 * 3600 * 1000;
    QVERIFY(!ids.isSuspended());

    replica::RecordRequest sale;
    sale.location = QStringLiteral("S01");
    sale.product = QStringLiteral("RUN-001");
    sale.quantity = 2;
    sale.occurredAtMs = t0 + 3000;
    const replica::RecordResult pushed = f.service->record(sale);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error));

    QString error;
    QVERIFY2(store.beginBootstrap(&error), qPrintable(error));
    QVERIFY(ids.isSuspended());
    QCOMPARE(indexesOf(f.db->connection(), QStringLiteral("levels")), QStringList());
    QCOMPARE(indexesOf(f.db->connection(), QStringLiteral("movements")),
             (QStringList{QStringLiteral("movements_by_position"),
                          QStringLiteral("movements_local_id")}));

    // Recorded during the download: through the service, and the same movement twice.
    sale.product = QStringLiteral("FTB-010");
    sale.quantity = 1;
    sale.occurredAtMs = t0 + 4000;
    const replica::RecordResult during = f.service->record(sale);
    QVERIFY2(during.ok(), qPrintable(during.error));
    replica::LedgerWriter writer(f.db->connection());
    const std::optional<replica::LedgerWriter::Outcome> again
        = writer.append(during.movement, f.clockMs, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, replica::LedgerWriter::Outcome::Duplicate);
    QCOMPARE(rowsWithId(f.db->connection(), during.movement.id), 1);

    domain::Movement echoed = pushed.movement;
    echoed.serverSeq = 3;
    const domain::Movement receipt = movement(domain::MovementKind::Receipt, QStringLiteral("S01"),
                                              QStringLiteral("RUN-001"), 12, t0 + 1000, 1);
    QVERIFY2(store.applySnapshot({position(QStringLiteral("S01"), QStringLiteral("RUN-001"), 10)},
                                 {receipt, echoed}, replica::ChainChanges{}, &error),
             qPrintable(error));
    QVERIFY(ids.isSuspended());
    const domain::Movement count = movement(domain::MovementKind::Count, QStringLiteral("S01"),
                                            QStringLiteral("FTB-010"), 5, t0 + 2000, 2);
    QVERIFY2(store.applySnapshot(
                 {position(QStringLiteral("S01"), QStringLiteral("FTB-010"), 5, t0 + 2000)},
                 {count}, replica::ChainChanges{}, &error),
             qPrintable(error));
    const auto onHand = [&](const char *sku) {
        return f.service->level(QStringLiteral("S01"), QString::fromLatin1(sku))
            .value_or(domain::StockPosition{})
            .level.onHand;
    };
    QCOMPARE(onHand("FTB-010"), 4); // central's count of 5, then the sale recorded meanwhile

    QVERIFY2(store.finishBootstrap(3, &error), qPrintable(error));
    QVERIFY(!ids.isSuspended());
    QCOMPARE(indexesOf(f.db->connection(), QStringLiteral("levels")),
             QStringList{QStringLiteral("levels_by_sku")});
    QCOMPARE(
        indexesOf(f.db->connection(), QStringLiteral("movements")),
        (QStringList{QStringLiteral("movements_by_id"), QStringLiteral("movements_by_position")}));
    QVERIFY(store.state().bootstrapped);
    QCOMPARE(rowsWithId(f.db->connection(), echoed.id), 1);
    QCOMPARE(serverSeq(f.db->connection(), echoed.id), std::optional<qint64>(3));
    QCOMPARE(onHand("RUN-001"), 10);
    QCOMPARE(onHand("FTB-010"), 4);
    QCOMPARE(store.pendingCount(), 2);
    QVERIFY2(f.service->verify().ok(), "the stored levels equal the fold of the ledger");

    // Whole again: a movement with a taken id is refused as before.
    domain::Movement clash = count;
    clash.quantity = 6;
    QVERIFY(!writer.append(clash, f.clockMs, &error));
    QVERIFY2(error.contains(count.id.toString(QUuid::WithoutBraces)), qPrintable(error));
}

// Cancelled, failed, or ended with the program: the index is built again, over the pages that
// were applied, and the replica stays not bootstrapped.
void TestSyncStore::unfinishedBootstrapRestoresTheIdIndex()
{
    ReplicaFixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed());
    const qint64 t0 = f.clockMs - 3600 * 1000;
    const QList<domain::Movement> ledger{movement(
        domain::MovementKind::Receipt, QStringLiteral("S01"), QStringLiteral("RUN-001"), 4, t0, 1)};
    const QList<domain::StockPosition> levels{
        position(QStringLiteral("S01"), QStringLiteral("RUN-001"), 4)};
    QString error;
    {
        replica::SyncStore store(*f.db);
        QVERIFY2(store.beginBootstrap(&error), qPrintable(error));
        QVERIFY2(store.applySnapshot(levels, ledger, replica::ChainChanges{}, &error),
                 qPrintable(error));
        store.abandonBootstrap();
        QVERIFY(!replica::BootstrapIndexes(f.db->connection()).isSuspended());
        QVERIFY(!store.state().bootstrapped);

        QVERIFY2(store.beginBootstrap(&error), qPrintable(error));
        QVERIFY2(store.applySnapshot(levels, ledger, replica::ChainChanges{}, &error),
                 qPrintable(error));
        QVERIFY(replica::BootstrapIndexes(f.db->connection()).isSuspended());
    }
    // The program ends mid-download; the next open builds the index.
    f.service.reset();
    f.db.reset();
    QVERIFY(f.open());
    QVERIFY(!replica::BootstrapIndexes(f.db->connection()).isSuspended());
    replica::SyncStore store(*f.db);
    QVERIFY(!store.state().bootstrapped);
    QCOMPARE(rowsWithId(f.db->connection(), ledger.first().id), 1);
}

// Pages that hold one id twice do not finish: nothing of the finish is kept, the index stays
// aside (it cannot be built), and the next bootstrap, which forgets the pages, finishes.
void TestSyncStore::finishRefusesAMovementIdTwice()
{
    ReplicaFixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed());
    replica::SyncStore store(*f.db);
    const qint64 t0 = f.clockMs - 3600 * 1000;
    const domain::Movement receipt = movement(domain::MovementKind::Receipt, QStringLiteral("S01"),
                                              QStringLiteral("RUN-001"), 4, t0, 1);
    domain::Movement twice = receipt;
    twice.location = QStringLiteral("S02");
    const QList<domain::StockPosition> first{
        position(QStringLiteral("S01"), QStringLiteral("RUN-001"), 4)};
    const QList<domain::StockPosition> second{
        position(QStringLiteral("S02"), QStringLiteral("RUN-001"), 4)};

    QString error;
    QVERIFY2(store.beginBootstrap(&error), qPrintable(error));
    QVERIFY2(store.applySnapshot(first, {receipt}, replica::ChainChanges{}, &error),
             qPrintable(error));
    QVERIFY2(store.applySnapshot(second, {twice}, replica::ChainChanges{}, &error),
             qPrintable(error));
    QVERIFY(!store.finishBootstrap(2, &error));
    QVERIFY2(error.contains(QStringLiteral("twice")), qPrintable(error));
    QVERIFY(!store.state().bootstrapped);
    QCOMPARE(store.state().cursor, 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "indexes of movement ids and levels stay set aside")));
    store.abandonBootstrap();
    QVERIFY(replica::BootstrapIndexes(f.db->connection()).isSuspended());

    QVERIFY2(store.beginBootstrap(&error), qPrintable(error));
    QCOMPARE(rowsWithId(f.db->connection(), receipt.id), 0);
    QVERIFY2(store.applySnapshot(first, {receipt}, replica::ChainChanges{}, &error),
             qPrintable(error));
    QVERIFY2(store.finishBootstrap(2, &error), qPrintable(error));
    QVERIFY(!replica::BootstrapIndexes(f.db->connection()).isSuspended());
    QVERIFY(store.state().bootstrapped);
    QVERIFY(f.service->verify().ok());
}

// The replica reads a location's levels in SQLite's order (UTF-8 bytes) for their digest; where
// that is not QString's order, as for a SKU beyond U+FFFF beside one from U+E000, it sorts them
// as domain::levelsDigest does. Both sides of sync must agree either way.
void TestSyncStore::levelsDigestIsTheDomainsWhateverTheSkus()
{
    ReplicaFixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed());
    replica::SyncStore store(*f.db);
    const QStringList skus{QStringLiteral("Z-4"), QString::fromUtf8("\xc3\x84-1"),
                           QString(QChar(0xe000)) + QStringLiteral("-2"),
                           QString::fromUcs4(U"\U0001F600-3")};
    QList<domain::Product> products;
    for (const QString &sku : skus)
        products.append({sku, QStringLiteral("Product ") + sku, {}, {}, 100, 200, {}, 0, true});
    QString error;
    QVERIFY2(store.saveProducts(products, &error), qPrintable(error));

    const auto check = [&](const QList<domain::StockPosition> &levels) {
        QString error;
        QVERIFY2(store.applySnapshot(levels, {}, replica::ChainChanges{}, &error),
                 qPrintable(error));
        QCOMPARE(store.levelsDigest(QStringLiteral("S01")), domain::levelsDigest(levels));
    };
    // Latin only, read in order: RUN-001 left at zero counts as missing.
    check({position(QStringLiteral("S01"), skus.at(0), 4),
           position(QStringLiteral("S01"), skus.at(1), -2),
           position(QStringLiteral("S01"), QStringLiteral("RUN-001"), 0)});
    // And with the two SKUs whose orders differ.
    check({position(QStringLiteral("S01"), skus.at(0), 4),
           position(QStringLiteral("S01"), skus.at(1), -2),
           position(QStringLiteral("S01"), skus.at(2), 7),
           position(QStringLiteral("S01"), skus.at(3), 9)});
}

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
