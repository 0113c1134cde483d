#include "ledgerfold.h"
#include "replicafixture.h"

#include <QSqlQuery>

using namespace stockroom;
using domain::MovementKind;
using replica::RecordRequest;

namespace QTest {
template<>
char *toString(const domain::StockLevel &level)
{
    return qstrdup(QByteArray("on_hand=" + QByteArray::number(level.onHand)
                              + " committed=" + QByteArray::number(level.committed)));
}
} // namespace QTest

/** The service facade on a real replica file: recording, look-ups, levels and verify. */
class TestInventoryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordWritesMovementLevelAndOutboxTogether();
    void recordRefusesBadRequests_data();
    void recordRefusesBadRequests();
    void lookUpBySkuOrBarcode();
    void searchMatchesEveryField();
    void lateSaleBeforeCountChangesNothingOnHand();
    void outOfOrderMovementsGiveTheFoldOfTheLedger();
    void duplicateMovementIsStoredOnce();
    void sameIdDifferentBodyIsRefused();
    void failedBatchChangesNothing();
    void verifyDetectsDamagedLevel();
    void homeLocationAndAvailability();

private:
    replica::RecordResult record(MovementKind kind, const QString &product, qint64 qty,
                                 const QString &location = {}, const QString &reason = {});

    std::unique_ptr<ReplicaFixture> f;
};

void TestInventoryService::init()
{
    f = std::make_unique<ReplicaFixture>();
    QVERIFY(f->open());
    QVERIFY(f->seed());
}

replica::RecordResult TestInventoryService::record(MovementKind kind, const QString &product,
                                                   qint64 qty, const QString &location,
                                                   const QString &reason)
{
    RecordRequest request;
    request.kind = kind;
    request.product = product;
    request.quantity = qty;
    request.location = location;
    request.reasonCode = reason;
    f->clockMs += 1000;
    return f->service->record(request);
}

void TestInventoryService::recordWritesMovementLevelAndOutboxTogether()
{
    auto result = record(MovementKind::Receipt, QStringLiteral("RUN-001"), 10);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.movement.location, QStringLiteral("S01")); // the home location
    QCOMPARE(result.movement.user, QStringLiteral("maria"));
    QCOMPARE(result.movement.device, QStringLiteral("till-1"));
    QCOMPARE(result.level, (domain::StockLevel{10, 0}));

    result = record(MovementKind::Sale, ReplicaFixture::ean(QStringLiteral("400000000001")), 3);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.movement.sku, QStringLiteral("RUN-001"));
    QCOMPARE(result.level, (domain::StockLevel{7, 0}));

    QCOMPARE(f->service->history(QStringLiteral("S01"), QStringLiteral("RUN-001")).size(), 2);
    QCOMPARE(
        f->service->history(QStringLiteral("S01"), QStringLiteral("RUN-001")).constFirst().kind,
        MovementKind::Sale);
    QCOMPARE(f->service->pendingChanges(), 2);
    QVERIFY(f->service->verify().ok());
}

void TestInventoryService::recordRefusesBadRequests_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("product");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown product")
        << int(MovementKind::Sale) << QStringLiteral("NOPE") << 1LL << QString() << QString()
        << QStringLiteral("No product has the SKU or barcode \"NOPE\".");
    QTest::newRow("zero sale") << int(MovementKind::Sale) << QStringLiteral("RUN-001") << 0LL
                               << QString() << QString()
                               << QStringLiteral(
                                      "The quantity must be a positive number of units.");
    QTest::newRow("adjustment without reason")
        << int(MovementKind::Adjustment) << QStringLiteral("RUN-001") << -1LL << QString()
        << QString() << QStringLiteral("An adjustment needs a reason code.");
    QTest::newRow("unknown location")
        << int(MovementKind::Receipt) << QStringLiteral("RUN-001") << 1LL << QStringLiteral("X99")
        << QString() << QStringLiteral("Unknown location \"X99\".");
    QTest::newRow("location kept elsewhere")
        << int(MovementKind::Receipt) << QStringLiteral("RUN-001") << 1LL << QStringLiteral("S09")
        << QString()
        << QStringLiteral("Location S09 is not kept on this desktop; record its movements there.");
}

void TestInventoryService::recordRefusesBadRequests()
{
    QFETCH(int, kind);
    QFETCH(QString, product);
    QFETCH(qint64, quantity);
    QFETCH(QString, location);
    QFETCH(QString, reason);
    QFETCH(QString, expected);

    const QByteArray before = f->contentDigest();
    const auto result = record(MovementKind(kind), product, quantity, location, reason);
    QCOMPARE(result.error, expected);
    QCOMPARE(f->contentDigest(), before);
}

void TestInventoryService::lookUpBySkuOrBarcode()
{
    QCOMPARE(f->service->findProduct(QStringLiteral("FTB-010"))->name,
             QStringLiteral("Match ball size 5"));
    const auto byBarcode
        = f->service->findProduct(ReplicaFixture::ean(QStringLiteral("400000000003")));
    QVERIFY(byBarcode);
    QCOMPARE(byBarcode->sku, QStringLiteral("FTB-010"));
    QCOMPARE(byBarcode->barcodes.size(), 2);
    QVERIFY(!f->service->findProduct(QStringLiteral("4000000000099")));
}

void TestInventoryService::searchMatchesEveryField()
{
    const auto skus = [](const QList<domain::Product> &products) {
        QStringList list;
        for (const auto &p : products)
            list.append(p.sku);
        return list;
    };
    QCOMPARE(skus(f->service->search(QStringLiteral("ball"))),
             QStringList{QStringLiteral("FTB-010")});
    QCOMPARE(skus(f->service->search(QStringLiteral("running"))),
             QStringList{QStringLiteral("RUN-001")});
    QCOMPARE(skus(f->service->search(QStringLiteral("run-0"))),
             QStringList{QStringLiteral("RUN-001")});
    QCOMPARE(skus(f->service->search(QStringLiteral("40000000000"))),
             (QStringList{QStringLiteral("FTB-010"), QStringLiteral("RUN-001")}));
    QCOMPARE(skus(f->service->search(QStringLiteral("zzz"))), QStringList{});
}

void TestInventoryService::lateSaleBeforeCountChangesNothingOnHand()
{
    QVERIFY(record(MovementKind::Receipt, QStringLiteral("RUN-001"), 20).ok());
    RecordRequest count;
    count.kind = MovementKind::Count;
    count.product = QStringLiteral("RUN-001");
    count.quantity = 15;
    count.occurredAtMs = f->clockMs + 10'000;
    QVERIFY(f->service->record(count).ok());

    RecordRequest late;
    late.kind = MovementKind::Sale;
    late.product = QStringLiteral("RUN-001");
    late.quantity = 4;
    late.occurredAtMs = f->clockMs + 5'000; // before the count, arriving after it
    const auto result = f->service->record(late);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.level.onHand, 15);
    QCOMPARE(f->service->level(QStringLiteral("S01"), QStringLiteral("RUN-001"))->lastCountedAtMs,
             std::optional<qint64>(count.occurredAtMs));
    QVERIFY(f->service->verify().ok());
}

void TestInventoryService::outOfOrderMovementsGiveTheFoldOfTheLedger()
{
    QList<domain::Movement> ledger;
    const qint64 base = f->clockMs;
    const QList<std::tuple<MovementKind, qint64, qint64>> plan{
        {MovementKind::Receipt, 30, 50}, {MovementKind::Sale, 2, 10},
        {MovementKind::Count, 25, 40},   {MovementKind::Reserve, 4, 45},
        {MovementKind::Sale, 1, 60},     {MovementKind::Fulfil, 2, 55},
        {MovementKind::Return, 1, 5},    {MovementKind::Release, 1, 70},
        {MovementKind::Count, 7, 40},
    };
    for (const auto &[kind, qty, offset] : plan) {
        RecordRequest request;
        request.kind = kind;
        request.product = QStringLiteral("FTB-010");
        request.quantity = qty;
        request.occurredAtMs = base + offset * 1000;
        const auto result = f->service->record(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        ledger.append(result.movement);
        QCOMPARE(result.level, domain::foldLedger(ledger));
    }
    QVERIFY(f->service->verify().ok());
}

void TestInventoryService::duplicateMovementIsStoredOnce()
{
    const auto first = record(MovementKind::Receipt, QStringLiteral("OUT-100"), 5);
    QVERIFY(first.ok());
    QString error;
    QVERIFY2(f->service->recordMovements({first.movement}, &error), qPrintable(error));
    QCOMPARE(f->service->level(QStringLiteral("S01"), QStringLiteral("OUT-100"))->level.onHand, 5);
    QCOMPARE(f->service->history(QStringLiteral("S01"), QStringLiteral("OUT-100")).size(), 1);
    QCOMPARE(f->service->pendingChanges(), 1);
}

void TestInventoryService::sameIdDifferentBodyIsRefused()
{
    auto first = record(MovementKind::Receipt, QStringLiteral("OUT-100"), 5);
    QVERIFY(first.ok());
    domain::Movement changed = first.movement;
    changed.quantity = 6;
    QString error;
    QVERIFY(!f->service->recordMovements({changed}, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists with different content")),
             qPrintable(error));
    QCOMPARE(f->service->level(QStringLiteral("S01"), QStringLiteral("OUT-100"))->level.onHand, 5);
}

void TestInventoryService::failedBatchChangesNothing()
{
    QVERIFY(record(MovementKind::Receipt, QStringLiteral("OUT-100"), 5).ok());
    const QByteArray before = f->contentDigest();
    domain::Movement good;
    good.id = QUuid::createUuid();
    good.location = QStringLiteral("S01");
    good.sku = QStringLiteral("OUT-100");
    good.kind = MovementKind::Sale;
    good.quantity = 1;
    good.occurredAtMs = f->clockMs;
    domain::Movement bad = good;
    bad.id = QUuid::createUuid();
    bad.sku = QStringLiteral("NOPE");
    QString error;
    QVERIFY(!f->service->recordMovements({good, bad}, &error));
    QCOMPARE(error, QStringLiteral("Unknown SKU \"NOPE\"."));
    QCOMPARE(f->contentDigest(), before);
}

void TestInventoryService::verifyDetectsDamagedLevel()
{
    QVERIFY(record(MovementKind::Receipt, QStringLiteral("RUN-001"), 8).ok());
    QVERIFY(
        record(MovementKind::Receipt, QStringLiteral("FTB-010"), 3, QStringLiteral("S02")).ok());
    auto report = f->service->verify();
    QVERIFY(report.ok());
    QCOMPARE(report.positionsChecked, 2);
    QCOMPARE(report.movementsFolded, 2);

    QSqlQuery damage(f->db->connection());
    QVERIFY(damage.exec(QStringLiteral(
        "UPDATE levels SET on_hand = 99 WHERE location = 'S02' AND sku = 'FTB-010'")));
    report = f->service->verify();
    QVERIFY(!report.ok());
    QCOMPARE(report.mismatches.size(), 1);
    QCOMPARE(report.mismatches.constFirst().stored.sku, QStringLiteral("FTB-010"));
    QCOMPARE(report.mismatches.constFirst().stored.level.onHand, 99);
    QCOMPARE(report.mismatches.constFirst().folded.onHand, 3);

    QVERIFY(damage.exec(QStringLiteral("DELETE FROM levels WHERE sku = 'RUN-001'")));
    QCOMPARE(f->service->verify().mismatches.size(), 2);
}

void TestInventoryService::homeLocationAndAvailability()
{
    QCOMPARE(f->service->homeLocation(), QStringLiteral("S01"));
    QString error;
    QVERIFY(!f->service->setHomeLocation(QStringLiteral("S09"), &error));
    QVERIFY(f->service->setHomeLocation(QStringLiteral("S02"), &error));
    QCOMPARE(f->service->homeLocation(), QStringLiteral("S02"));
    QVERIFY(record(MovementKind::Receipt, QStringLiteral("RUN-001"), 4).ok());
    QVERIFY(
        record(MovementKind::Receipt, QStringLiteral("RUN-001"), 6, QStringLiteral("S01")).ok());
    const auto availability = f->service->availability(QStringLiteral("RUN-001"));
    QCOMPARE(availability.size(), 2);
    QCOMPARE(availability.at(0).location, QStringLiteral("S01"));
    QCOMPARE(availability.at(0).level.onHand, 6);
    QCOMPARE(availability.at(1).level.onHand, 4);
}

QTEST_GUILESS_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"
