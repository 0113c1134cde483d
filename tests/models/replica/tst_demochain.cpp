#include "bulkloader.h"
#include "demochain.h"
#include "ean13.h"
#include "inventoryservice.h"
#include "ledgerwriter.h"
#include "replicadatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace stockroom;
using namespace stockroom::replica;
using namespace stockroom::domain;

namespace {

// Everything the generator produces, movements included, as one hash.
QByteArray digest(const DemoChain &chain)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    for (const domain::Location &l : chain.locations()) {
        add(l.code);
        add(l.name);
        add(domain::locationKindName(l.kind));
    }
    for (const domain::Product &p : chain.products()) {
        add(p.sku);
        add(p.name);
        add(p.category);
        add(p.barcodes.join(QLatin1Char(',')));
        add(QStringLiteral("%1 %2 %3 %4")
                .arg(p.unitCostCents)
                .arg(p.priceCents)
                .arg(p.bin)
                .arg(p.lowStockThreshold));
    }
    chain.generateMovements([&](const domain::Product &, const QList<domain::Movement> &ms) {
        for (const domain::Movement &m : ms) {
            add(m.id.toString());
            add(QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(m.location, m.sku, domain::movementKindName(m.kind))
                    .arg(m.quantity)
                    .arg(m.occurredAtMs));
            add(m.user + m.device + m.reasonCode + m.reference + m.note);
        }
        return true;
    });
    return hash.result();
}

QList<domain::Movement> allMovements(const DemoChain &chain)
{
    QList<domain::Movement> all;
    chain.generateMovements([&](const domain::Product &, const QList<domain::Movement> &ms) {
        all.append(ms);
        return true;
    });
    return all;
}

QStringList indexes(ReplicaDatabase &db)
{
    QStringList names;
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index'"
                                  " ORDER BY name"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

qint64 count(ReplicaDatabase &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

/** The demo chain generator and its bulk load into a replica. */
class TestDemoChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleFromName_data();
    void scaleFromName();
    void sameSeedGivesIdenticalChain();
    void differentSeedGivesDifferentChain();
    void smallHasTheSpecifiedSize();
    void mHasTheSpecifiedSize();
    void movementsAreValidAndInTheMonth();
    void barcodesAreValidEan13AndUnique();
    void transfersArePaired();
    void onlineOrdersAreReservedThenSettled();
    void loadsSmallIntoReplica();
    void levelsAreStoredAsRefoldStoresThem();
    void cancelLeavesReplicaEmpty();
    void refusesToSeedTwice();

private:
    std::unique_ptr<ReplicaDatabase> openReplica(const QString &name);

    QTemporaryDir m_dir;
};

std::unique_ptr<ReplicaDatabase> TestDemoChain::openReplica(const QString &name)
{
    OpenError error;
    auto db = ReplicaDatabase::open(m_dir.filePath(name), &error);
    if (!db)
        qWarning("%s", qPrintable(error.message));
    return db;
}

void TestDemoChain::scaleFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("scale");
    QTest::newRow("small") << QStringLiteral("small") << true << int(DemoScale::Small);
    QTest::newRow("M") << QStringLiteral("M") << true << int(DemoScale::M);
    QTest::newRow("m") << QStringLiteral("m") << true << int(DemoScale::M);
    QTest::newRow("unknown") << QStringLiteral("large") << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestDemoChain::scaleFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(int, scale);
    const std::optional<DemoScale> parsed = demoScaleFromName(name);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(int(*parsed), scale);
        QCOMPARE(demoScaleFromName(demoScaleName(*parsed)), parsed);
    }
}

void TestDemoChain::sameSeedGivesIdenticalChain()
{
    const DemoChain first(DemoScale::Small, 42);
    const DemoChain second(DemoScale::Small, 42);
    QCOMPARE(first.locations(), second.locations());
    QCOMPARE(first.products(), second.products());
    QCOMPARE(first.movementsOf(17), second.movementsOf(17));
    QCOMPARE(digest(first).toHex(), digest(second).toHex());
}

void TestDemoChain::differentSeedGivesDifferentChain()
{
    const DemoChain first(DemoScale::Small, 42);
    const DemoChain second(DemoScale::Small, 43);
    QVERIFY(first.products() != second.products());
    QVERIFY(digest(first) != digest(second));
}

void TestDemoChain::smallHasTheSpecifiedSize()
{
    const DemoChain chain(DemoScale::Small, 1);
    QCOMPARE(chain.locations().size(), 7);
    QCOMPARE(chain.products().size(), 250);
    QCOMPARE(chain.size().movements, 8000);

    QMap<domain::Location::Kind, int> kinds;
    for (const domain::Location &l : chain.locations())
        ++kinds[l.kind];
    QCOMPARE(kinds.value(domain::Location::Kind::Store), 5);
    QCOMPARE(chain.locations().at(0).code, QStringLiteral("S01"));
    QCOMPARE(chain.locations().at(5).code, QStringLiteral("W01"));
    QCOMPARE(chain.locations().at(6).code, QStringLiteral("WEB"));

    QStringList skus;
    for (const domain::Product &p : chain.products())
        skus.append(p.sku);
    QStringList sorted = skus;
    sorted.sort();
    QCOMPARE(skus, sorted);
    QCOMPARE(QSet<QString>(skus.cbegin(), skus.cend()).size(), skus.size());

    QCOMPARE(allMovements(chain).size(), chain.size().movements);
}

void TestDemoChain::mHasTheSpecifiedSize()
{
    // The catalogue of chain-M only; its two million movements are the benchmark's business.
    const DemoChain chain(DemoScale::M, 1);
    QCOMPARE(chain.locations().size(), 50);
    QCOMPARE(chain.products().size(), 20000);
    QCOMPARE(chain.size().movements, 2000000);
    QCOMPARE(qint64(chain.locations().size()) * chain.products().size(), 1000000);
    QSet<QString> skus;
    for (const domain::Product &p : chain.products())
        skus.insert(p.sku);
    QCOMPARE(skus.size(), 20000);
    // Every product's ledger starts with a count at every location.
    const QList<domain::Movement> first = chain.movementsOf(0);
    QSet<QString> counted;
    for (const domain::Movement &m : first) {
        if (m.kind == domain::MovementKind::Count)
            counted.insert(m.location);
    }
    QCOMPARE(counted.size(), 50);
}

void TestDemoChain::movementsAreValidAndInTheMonth()
{
    const DemoChain chain(DemoScale::Small, 5);
    QHash<QString, qint64> openingCounts;
    QSet<QUuid> ids;
    QMap<domain::MovementKind, int> kinds;
    for (const domain::Movement &m : allMovements(chain)) {
        QVERIFY2(domain::validateMovement(m).isEmpty(), qPrintable(domain::validateMovement(m)));
        QCOMPARE(m.id.version(), QUuid::Random);
        QCOMPARE(m.id.variant(), QUuid::DCE);
        ids.insert(m.id);
        QVERIFY(m.occurredAtMs >= DemoChain::periodStartMs());
        QVERIFY(m.occurredAtMs <= DemoChain::periodEndMs());
        QVERIFY(!m.user.isEmpty() && !m.device.isEmpty());
        ++kinds[m.kind];
        if (m.kind == domain::MovementKind::Count
            && m.reference.endsWith(QLatin1String("-OPENING")))
            ++openingCounts[m.location + QLatin1Char('/') + m.sku];
    }
    QCOMPARE(ids.size(), chain.size().movements);
    QCOMPARE(openingCounts.size(), chain.locations().size() * chain.products().size());
    for (domain::MovementKind kind : domain::allMovementKinds())
        QVERIFY2(kinds.value(kind) > 0, qPrintable(domain::movementKindName(kind)));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(DemoChain::periodEndMs(), QTimeZone::utc()),
             QDateTime(QDate(2026, 11, 30), QTime(23, 59), QTimeZone::utc()));
}

void TestDemoChain::barcodesAreValidEan13AndUnique()
{
    const DemoChain chain(DemoScale::Small, 9);
    QSet<QString> barcodes;
    int withTwo = 0;
    for (const domain::Product &p : chain.products()) {
        QVERIFY2(domain::validateProduct(p).isEmpty(), qPrintable(domain::validateProduct(p)));
        QVERIFY(!p.barcodes.isEmpty());
        if (p.barcodes.size() == 2)
            ++withTwo;
        for (const QString &code : p.barcodes) {
            QVERIFY2(domain::isValidEan13(code), qPrintable(code));
            QVERIFY2(!barcodes.contains(code), qPrintable(code));
            barcodes.insert(code);
        }
        QVERIFY(p.unitCostCents > 0);
        QVERIFY2(p.priceCents > p.unitCostCents, qPrintable(p.sku));
        QVERIFY(!p.bin.isEmpty());
        QVERIFY(p.lowStockThreshold > 0);
    }
    QVERIFY(withTwo > 0);
}

void TestDemoChain::transfersArePaired()
{
    const DemoChain chain(DemoScale::Small, 3);
    QHash<QString, QList<domain::Movement>> byReference;
    for (const domain::Movement &m : allMovements(chain)) {
        if (m.kind == domain::MovementKind::TransferOut
            || m.kind == domain::MovementKind::TransferIn)
            byReference[m.reference].append(m);
    }
    QVERIFY(byReference.size() > 50);
    for (auto it = byReference.cbegin(); it != byReference.cend(); ++it) {
        QCOMPARE(it->size(), 2);
        const domain::Movement &a = it->at(0);
        const domain::Movement &b = it->at(1);
        const domain::Movement &out = a.kind == domain::MovementKind::TransferOut ? a : b;
        const domain::Movement &in = a.kind == domain::MovementKind::TransferOut ? b : a;
        QCOMPARE(out.kind, domain::MovementKind::TransferOut);
        QCOMPARE(in.kind, domain::MovementKind::TransferIn);
        QCOMPARE(out.location, QStringLiteral("W01"));
        QVERIFY(in.location != out.location);
        QCOMPARE(in.sku, out.sku);
        QCOMPARE(in.quantity, out.quantity);
        QVERIFY(in.occurredAtMs > out.occurredAtMs);
    }
}

void TestDemoChain::onlineOrdersAreReservedThenSettled()
{
    const DemoChain chain(DemoScale::Small, 3);
    QHash<QString, QList<domain::Movement>> byOrder;
    for (const domain::Movement &m : allMovements(chain)) {
        if (m.kind == domain::MovementKind::Reserve || m.kind == domain::MovementKind::Fulfil
            || m.kind == domain::MovementKind::Release) {
            QCOMPARE(m.location, QStringLiteral("WEB"));
            byOrder[m.reference].append(m);
        }
    }
    int settled = 0;
    for (const QList<domain::Movement> &order : std::as_const(byOrder)) {
        // Grouped by position, oldest first: the reservation, then its fulfilment or release,
        // unless the order came in during the month's last 30 hours and is still open.
        QCOMPARE(order.at(0).kind, domain::MovementKind::Reserve);
        if (order.size() == 1) {
            QVERIFY(order.at(0).occurredAtMs > DemoChain::periodEndMs() - 30 * 3600 * 1000);
            continue;
        }
        QCOMPARE(order.size(), 2);
        QVERIFY(order.at(1).kind != domain::MovementKind::Reserve);
        QCOMPARE(order.at(1).quantity, order.at(0).quantity);
        QVERIFY(order.at(1).occurredAtMs >= order.at(0).occurredAtMs);
        ++settled;
    }
    QVERIFY(settled > 50);
}

void TestDemoChain::loadsSmallIntoReplica()
{
    auto db = openReplica(QStringLiteral("small.sqlite"));
    QVERIFY(db);
    QList<int> reported;
    QString error;
    QVERIFY2(seedDemoChain(*db, DemoScale::Small, 1, &error,
                           [&](int percent) {
                               reported.append(percent);
                               return true;
                           }),
             qPrintable(error));
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.constLast(), 100);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));

    QCOMPARE(count(*db, QStringLiteral("locations")), 7);
    QCOMPARE(count(*db, QStringLiteral("products")), 250);
    QCOMPARE(count(*db, QStringLiteral("movements")), 8000);
    QCOMPARE(count(*db, QStringLiteral("levels")), 7 * 250);
    QCOMPARE(count(*db, QStringLiteral("outbox")), 0);
    QVERIFY(count(*db, QStringLiteral("barcodes")) > 250);

    InventoryService service(*db, {QStringLiteral("tester"), QStringLiteral("test-device")});
    QCOMPARE(service.ownLocations().size(), 7);
    QCOMPARE(service.homeLocation(), QStringLiteral("S01"));
    QCOMPARE(service.pendingChanges(), 0);
    const VerifyReport report = service.verify();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.mismatches.size(), 0);
    QCOMPARE(report.positionsChecked, 7 * 250);
    QCOMPARE(report.movementsFolded, 8000);

    // The demo replica behaves like any other: a barcode finds its product, a sale records.
    const DemoChain chain(DemoScale::Small, 1);
    const domain::Product &product = chain.products().at(10);
    QCOMPARE(service.findProduct(product.barcodes.constFirst())->sku, product.sku);
    const qint64 before = service.level(QStringLiteral("S01"), product.sku)->level.onHand;
    RecordRequest sale;
    sale.product = product.sku;
    sale.quantity = 1;
    sale.occurredAtMs = DemoChain::periodEndMs() + 60 * 60 * 1000;
    const RecordResult result = service.record(sale);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.level.onHand, before - 1);

    // The durable setting is back after the load.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestDemoChain::levelsAreStoredAsRefoldStoresThem()
{
    auto db = openReplica(QStringLiteral("refold.sqlite"));
    QVERIFY(db);
    QString error;
    QVERIFY2(seedDemoChain(*db, DemoScale::Small, 2, &error), qPrintable(error));

    const QString select = QStringLiteral(
        "SELECT location, sku, on_hand, committed, last_count_at, last_count_id, last_movement_at"
        " FROM levels ORDER BY location, sku");
    const auto snapshot = [&] {
        QStringList rows;
        QSqlQuery query(db->connection());
        if (query.exec(select)) {
            while (query.next()) {
                QStringList row;
                for (int c = 0; c < 7; ++c)
                    row.append(query.value(c).isNull() ? QStringLiteral("NULL")
                                                       : query.value(c).toString());
                rows.append(row.join(QLatin1Char('|')));
            }
        }
        return rows;
    };
    const QStringList loaded = snapshot();
    QCOMPARE(loaded.size(), 7 * 250);

    QVERIFY(db->connection().transaction());
    LedgerWriter writer(db->connection());
    for (const QString &row : loaded) {
        const QStringList parts = row.split(QLatin1Char('|'));
        QVERIFY2(writer.refold(parts.at(0), parts.at(1), &error), qPrintable(error));
    }
    QCOMPARE(snapshot(), loaded);
    QVERIFY(db->connection().rollback());
}

void TestDemoChain::cancelLeavesReplicaEmpty()
{
    auto db = openReplica(QStringLiteral("cancel.sqlite"));
    QVERIFY(db);
    const QStringList schemaIndexes = indexes(*db);
    QVERIFY(schemaIndexes.contains(QStringLiteral("movements_by_position")));
    QString error;
    int calls = 0;
    QVERIFY(!seedDemoChain(*db, DemoScale::Small, 1, &error, [&](int percent) {
        ++calls;
        return percent < 50;
    }));
    QVERIFY(calls > 1);
    QVERIFY(!error.isEmpty());
    for (const char *table :
         {"locations", "products", "barcodes", "movements", "levels", "settings", "outbox"})
        QCOMPARE(count(*db, QLatin1StringView(table)), 0);
    // The loader rebuilds the secondary indexes at the end; a cancel must leave them there.
    QCOMPARE(indexes(*db), schemaIndexes);

    // Nothing is left half-done: the same replica takes the chain afterwards.
    QVERIFY2(seedDemoChain(*db, DemoScale::Small, 1, &error), qPrintable(error));
    QCOMPARE(count(*db, QStringLiteral("movements")), 8000);
    QCOMPARE(indexes(*db), schemaIndexes);
}

void TestDemoChain::refusesToSeedTwice()
{
    auto db = openReplica(QStringLiteral("twice.sqlite"));
    QVERIFY(db);
    QString error;
    QVERIFY2(seedDemoChain(*db, DemoScale::Small, 1, &error), qPrintable(error));
    QVERIFY(!seedDemoChain(*db, DemoScale::Small, 2, &error));
    QVERIFY(error.contains(QLatin1String("empty")));
    QCOMPARE(count(*db, QStringLiteral("movements")), 8000);
    QCOMPARE(count(*db, QStringLiteral("products")), 250);
}

QTEST_GUILESS_MAIN(TestDemoChain)
#include "tst_demochain.moc"
