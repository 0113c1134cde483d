#include "tst_centralstore.h"

#include "centralstoretestdata.h"
#include "rawsqlconnection.h"

#include <QTest>

using namespace stockroom;
using namespace centraltest;
using protocol::PushStatus;
using server::CentralStore;

void TestCentralStore::pushAcceptsAndDeduplicates()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QList<domain::Movement> batch{
        movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Receipt, 10, t0),
        movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Sale, 3, t0 + 1000),
        movement(QStringLiteral("S2"), sku(2), domain::MovementKind::Receipt, 5, t0),
    };
    // Text that needs escaping on every way to the database and back.
    batch[2].note = QStringLiteral("Karton \"B\" \\ zerdrückt\n\tzweite Zeile ✓ {'x': 1}");
    batch[2].reference = QStringLiteral("O'Brien's order #42; DROP TABLE changes; --");
    const auto accepted = m_store->pushMovements(batch, admin(), t0 + 5000, &error);
    QCOMPARE(accepted.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(accepted.at(i).id, batch.at(i).id);
        QCOMPARE(accepted.at(i).status, PushStatus::Accepted);
        QCOMPARE(accepted.at(i).seq, i + 1);
    }
    QCOMPARE(m_store->latestSeq(), 3);

    // The same ids and bodies again: acknowledged with their seqs, stored once.
    QList<domain::Movement> again = batch;
    again[0].serverSeq = 42; // a client's copy may carry a seq; it is not part of the body
    const auto duplicates = m_store->pushMovements(again, admin(), t0 + 6000, &error);
    QCOMPARE(duplicates.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(duplicates.at(i).status, PushStatus::Duplicate);
        QCOMPARE(duplicates.at(i).seq, i + 1);
    }
    QCOMPARE(m_store->latestSeq(), 3);

    // The same id with another body is refused, and stores nothing.
    domain::Movement changed = batch.at(1);
    changed.quantity = 4;
    const auto conflict = m_store->pushMovements({changed}, admin(), t0 + 7000, &error);
    QCOMPARE(conflict.size(), 1);
    QCOMPARE(conflict.constFirst().status, PushStatus::Rejected);
    QVERIFY(conflict.constFirst().conflict);
    QCOMPARE(conflict.constFirst().reason,
             QStringLiteral("movement %1 exists with different content")
                 .arg(changed.id.toString(QUuid::WithoutBraces)));
    QCOMPARE(m_store->latestSeq(), 3);

    // Twice in one batch: the second is a duplicate of the first.
    const domain::Movement twice
        = movement(QStringLiteral("S2"), sku(2), domain::MovementKind::Sale, 1, t0 + 2000);
    domain::Movement twiceChanged = twice;
    twiceChanged.note = QStringLiteral("other");
    const auto inBatch
        = m_store->pushMovements({twice, twice, twiceChanged}, admin(), t0 + 8000, &error);
    QCOMPARE(inBatch.size(), 3);
    QCOMPARE(inBatch.at(0).status, PushStatus::Accepted);
    QCOMPARE(inBatch.at(1).status, PushStatus::Duplicate);
    QCOMPARE(inBatch.at(1).seq, inBatch.at(0).seq);
    QCOMPARE(inBatch.at(2).status, PushStatus::Rejected);
    QVERIFY(inBatch.at(2).conflict);

    QCOMPARE(m_store->level(QStringLiteral("S1"), sku(1))->level, (domain::StockLevel{7, 0}));
    QCOMPARE(m_store->level(QStringLiteral("S2"), sku(2))->level, (domain::StockLevel{4, 0}));
    QVERIFY(!m_store->level(QStringLiteral("S2"), sku(1)));

    const auto feed = wholeFeed(*m_store, admin());
    QCOMPARE(feed.size(), 4);
    QList<domain::Movement> expected = batch;
    expected.append(twice);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(feed.at(i).seq, i + 1);
        QCOMPARE(feed.at(i).kind, QStringLiteral("movement"));
        QCOMPARE(feed.at(i).id, expected.at(i).id);
        QCOMPARE(feed.at(i).location, expected.at(i).location);
        QVERIFY(feed.at(i).movement);
        expected[i].serverSeq = i + 1;
        QCOMPARE(*feed.at(i).movement, expected.at(i));
    }
    QCOMPARE(feed.at(0).receivedAtMs, t0 + 5000);
    QCOMPARE(m_store->pushMovements({}, admin(), t0, &error).size(), 0);
}

void TestCentralStore::pushRejects_data()
{
    QTest::addColumn<domain::Movement>("rejected");
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("reason");
    const auto sale = [](const QString &location, const QString &sku) {
        return movement(location, sku, domain::MovementKind::Sale, 1, t0);
    };
    QTest::newRow("unknown location") << sale(QStringLiteral("NOPE"), sku(1)) << QStringList()
                                      << QStringLiteral("Location NOPE does not exist");
    QTest::newRow("unknown SKU") << sale(QStringLiteral("S1"), QStringLiteral("GHOST"))
                                 << QStringList()
                                 << QStringLiteral("GHOST is not in the catalogue");
    domain::Movement zero = sale(QStringLiteral("S1"), sku(1));
    zero.quantity = 0;
    QTest::newRow("invalid quantity") << zero << QStringList() << QStringLiteral("positive");
    domain::Movement unexplained
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Adjustment, -2, t0);
    unexplained.reasonCode.clear();
    QTest::newRow("adjustment without reason")
        << unexplained << QStringList() << QStringLiteral("reason code");
    QTest::newRow("outside the principal's locations")
        << sale(QStringLiteral("S1"), sku(1)) << QStringList{QStringLiteral("S2")}
        << QStringLiteral("may not record movements at S1");
}

void TestCentralStore::pushRejects()
{
    QFETCH(domain::Movement, rejected);
    QFETCH(QStringList, scope);
    QFETCH(QString, reason);
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    const server::Principal principal = scope.isEmpty() ? admin() : manager(scope);
    const domain::Movement fine
        = movement(QStringLiteral("S2"), sku(2), domain::MovementKind::Receipt, 4, t0);
    const auto results = m_store->pushMovements({rejected, fine}, principal, t0 + 10, &error);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, PushStatus::Rejected);
    QVERIFY(!results.at(0).conflict);
    QVERIFY2(results.at(0).reason.contains(reason), qPrintable(results.at(0).reason));
    QCOMPARE(results.at(1).status, PushStatus::Accepted);
    QCOMPARE(results.at(1).seq, 2); // seq 1 is the discrepancy

    const auto feed = wholeFeed(*m_store, admin());
    QCOMPARE(feed.size(), 2);
    QCOMPARE(feed.at(0).kind, QStringLiteral("discrepancy"));
    QVERIFY(feed.at(0).discrepancy);
    const protocol::DiscrepancyNotice &notice = *feed.at(0).discrepancy;
    QCOMPARE(notice.type, QStringLiteral("rejected_change"));
    QCOMPARE(notice.location, rejected.location);
    QCOMPARE(notice.sku, rejected.sku);
    QCOMPARE(notice.reason, results.at(0).reason);
    QCOMPARE(notice.sourceChange, rejected.id);
    QCOMPARE(notice.id, feed.at(0).id);
    QCOMPARE(feed.at(0).location, rejected.location);
    QCOMPARE(notice.createdAtMs, t0 + 10);

    // Pushed again (a retry): rejected again, but not a second discrepancy.
    const auto retried = m_store->pushMovements({rejected}, principal, t0 + 20, &error);
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried.constFirst().status, PushStatus::Rejected);
    QCOMPARE(m_store->latestSeq(), 2);
}

void TestCentralStore::negativeStockAndOversell()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    const auto count = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Count, 2, t0);
    const auto sale = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Sale, 5, t0 + 1);
    const auto receipt
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Receipt, 1, t0 + 2);
    const auto stocked
        = movement(QStringLiteral("WEB"), sku(2), domain::MovementKind::Receipt, 3, t0);
    const auto reserve
        = movement(QStringLiteral("WEB"), sku(2), domain::MovementKind::Reserve, 5, t0 + 1);
    const auto fits = movement(QStringLiteral("WEB"), sku(3), domain::MovementKind::Reserve, 1, t0);
    const auto results = m_store->pushMovements({count, sale, receipt, stocked, reserve, fits},
                                                admin(), t0 + 100, &error);
    QCOMPARE(results.size(), 6);
    for (const server::StoredChange &result : results)
        QCOMPARE(result.status, PushStatus::Accepted);
    // The movement, then the discrepancy it raised.
    QCOMPARE(results.at(0).seq, 1);
    QCOMPARE(results.at(1).seq, 2);
    QCOMPARE(results.at(2).seq, 4);
    QCOMPARE(results.at(3).seq, 5);
    QCOMPARE(results.at(4).seq, 6);
    QCOMPARE(results.at(5).seq, 8); // a reserve with nothing on hand oversells too

    const auto feed = wholeFeed(*m_store, admin());
    QCOMPARE(feed.size(), 9);
    const auto discrepancies = discrepanciesIn(feed);
    QCOMPARE(discrepancies.size(), 3);
    QCOMPARE(discrepancies.at(0).seq, 3);
    const protocol::DiscrepancyNotice negative = *discrepancies.at(0).discrepancy;
    QCOMPARE(negative.type, QStringLiteral("negative_stock"));
    QCOMPARE(negative.location, QStringLiteral("S1"));
    QCOMPARE(negative.sku, sku(1));
    QCOMPARE(negative.expected, 0);
    QCOMPARE(negative.actual, -3);
    QCOMPARE(negative.sourceChange, sale.id);
    QVERIFY(!negative.reason.isEmpty());

    QCOMPARE(discrepancies.at(1).seq, 7);
    const protocol::DiscrepancyNotice oversell = *discrepancies.at(1).discrepancy;
    QCOMPARE(oversell.type, QStringLiteral("oversell"));
    QCOMPARE(oversell.location, QStringLiteral("WEB"));
    QCOMPARE(oversell.actual, -2); // 3 on hand, 5 committed
    QCOMPARE(oversell.sourceChange, reserve.id);
    QCOMPARE(discrepancies.at(2).discrepancy->sourceChange, fits.id);

    QCOMPARE(m_store->level(QStringLiteral("S1"), sku(1))->level, (domain::StockLevel{-2, 0}));
    QCOMPARE(m_store->level(QStringLiteral("WEB"), sku(2))->level, (domain::StockLevel{3, 5}));

    // Selling more while negative raises it again; a late count dated before the sale does not.
    const auto more = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Sale, 1, t0 + 3);
    const auto lateCount
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Count, 10, t0 - 5);
    QCOMPARE(m_store->pushMovements({more, lateCount}, admin(), t0 + 200, &error).size(), 2);
    QCOMPARE(discrepanciesIn(wholeFeed(*m_store, admin())).size(), 4);
    QCOMPARE(m_store->level(QStringLiteral("S1"), sku(1))->level, (domain::StockLevel{-3, 0}));
}

void TestCentralStore::feedIsScopedToPrincipal()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QList<domain::Movement> batch;
    for (int i = 0; i < 12; ++i)
        batch.append(movement(locationCodes().at(i % 4), sku(i), domain::MovementKind::Receipt,
                              1 + i, t0 + i));
    batch.append(movement(QStringLiteral("S2"), QStringLiteral("GHOST"),
                          domain::MovementKind::Receipt, 1, t0));
    QCOMPARE(m_store->pushMovements(batch, admin(), t0, &error).size(), batch.size());
    QCOMPARE(m_store->latestSeq(), 13);

    const auto s1 = wholeFeed(*m_store, manager({QStringLiteral("S1")}));
    QCOMPARE(s1.size(), 3);
    for (const protocol::FeedChange &change : s1)
        QCOMPARE(change.location, QStringLiteral("S1"));

    const auto s2wh = wholeFeed(*m_store, manager({QStringLiteral("S2"), QStringLiteral("WH")}));
    QCOMPARE(s2wh.size(), 7); // three movements each, and the rejected change at S2
    QCOMPARE(discrepanciesIn(s2wh).size(), 1);
    qint64 previous = 0;
    for (const protocol::FeedChange &change : s2wh) {
        QVERIFY(change.location == QLatin1String("S2") || change.location == QLatin1String("WH"));
        QVERIFY(change.seq > previous);
        previous = change.seq;
    }

    const auto page = m_store->feed(4, 2, admin());
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).seq, 5);
    QCOMPARE(page.at(1).seq, 6);
    QVERIFY(m_store->feed(13, 10, admin()).isEmpty());
    QVERIFY(m_store->feed(0, 0, admin()).isEmpty());
    QCOMPARE(wholeFeed(*m_store, admin()).size(), 13);
}

void TestCentralStore::snapshotIsStableAndComplete()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QRandomGenerator random(7);
    QList<domain::Movement> pushed;
    for (int b = 0; b < 4; ++b) {
        const auto batch = randomMovements(random, 100);
        const auto results = m_store->pushMovements(batch, admin(), t0, &error);
        QCOMPARE(results.size(), batch.size());
        for (int i = 0; i < batch.size(); ++i) {
            if (results.at(i).status == PushStatus::Accepted) {
                pushed.append(batch.at(i));
                pushed.last().serverSeq = results.at(i).seq;
            }
        }
    }
    const qint64 asOf = m_store->latestSeq();
    const auto expected = foldByPosition(pushed);

    QList<domain::StockPosition> levels;
    QList<domain::Movement> movements;
    int pages = 0;
    QVERIFY2(allSnapshotPages(*m_store, asOf, 7, admin(), &levels, &movements, &pages, &error),
             qPrintable(error));
    QCOMPARE(levels.size(), expected.size());
    QCOMPARE(pages, int((expected.size() + 6) / 7));
    QSet<Position> seen;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const domain::StockPosition &level = levels.at(i);
        QVERIFY2(!seen.contains({level.location, level.sku}), "a position appears twice");
        seen.insert({level.location, level.sku});
        if (i > 0)
            QVERIFY(std::pair(levels.at(i - 1).location, levels.at(i - 1).sku)
                    < std::pair(level.location, level.sku));
        QCOMPARE(level, expected.value({level.location, level.sku}));
    }
    auto byIdAndSeq = [](QList<domain::Movement> list) {
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return *a.serverSeq < *b.serverSeq; });
        return list;
    };
    QCOMPARE(byIdAndSeq(movements), byIdAndSeq(pushed));

    // Later pushes on the same positions (counts dated before, deltas, new positions) do not
    // change the snapshot as of the earlier seq.
    QList<domain::Movement> later = randomMovements(random, 150);
    later.append(movement(QStringLiteral("WEB"), sku(19), domain::MovementKind::Receipt, 9, t0));
    for (const domain::StockPosition &level : std::as_const(levels).mid(0, 20))
        later.append(movement(level.location, level.sku, domain::MovementKind::Count, 77, t0 - 1));
    QCOMPARE(m_store->pushMovements(later, admin(), t0, &error).size(), later.size());
    QVERIFY(m_store->latestSeq() > asOf);

    QList<domain::StockPosition> levelsAgain;
    QList<domain::Movement> movementsAgain;
    QVERIFY2(
        allSnapshotPages(*m_store, asOf, 7, admin(), &levelsAgain, &movementsAgain, &pages, &error),
        qPrintable(error));
    QCOMPARE(levelsAgain, levels);
    QCOMPARE(movementsAgain, movements);

    // A store manager gets every location's levels but only the own location's ledger.
    QList<domain::StockPosition> scopedLevels;
    QList<domain::Movement> scopedMovements;
    QVERIFY2(allSnapshotPages(*m_store, asOf, 50, manager({QStringLiteral("S1")}), &scopedLevels,
                              &scopedMovements, &pages, &error),
             qPrintable(error));
    QCOMPARE(scopedLevels, levels);
    QList<domain::Movement> ownLedger;
    for (const domain::Movement &m : std::as_const(movements)) {
        if (m.location == QLatin1String("S1"))
            ownLedger.append(m);
    }
    QVERIFY(!ownLedger.isEmpty());
    QCOMPARE(scopedMovements, ownLedger);

    QList<domain::StockPosition> none;
    QList<QByteArray> noMovements;
    QString next;
    QVERIFY(!m_store->snapshot(m_store->latestSeq() + 1, {}, 10, admin(), &none, &noMovements,
                               &next, &error));
    QVERIFY(!m_store->snapshot(asOf, QStringLiteral("not a cursor"), 10, admin(), &none,
                               &noMovements, &next, &error));
    QVERIFY(m_store->snapshot(0, {}, 10, admin(), &none, &noMovements, &next, &error));
    QVERIFY(none.isEmpty());
    QVERIFY(next.isEmpty());
}

void TestCentralStore::levelsEqualFoldOfLedger()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QRandomGenerator random(11);
    QList<domain::Movement> accepted;
    QList<domain::Movement> sent;
    for (int b = 0; b < 30; ++b) {
        QList<domain::Movement> batch = randomMovements(random, 80, 8);
        // Retries of earlier movements mixed in must change nothing.
        for (int i = 0; i < 5 && !sent.isEmpty(); ++i)
            batch.append(sent.at(random.bounded(int(sent.size()))));
        const auto results = m_store->pushMovements(batch, admin(), t0, &error);
        QCOMPARE(results.size(), batch.size());
        for (int i = 0; i < batch.size(); ++i) {
            QVERIFY(results.at(i).status != PushStatus::Rejected);
            if (results.at(i).status == PushStatus::Accepted)
                accepted.append(batch.at(i));
        }
        sent.append(batch);
    }
    const auto expected = foldByPosition(accepted);

    // The stored levels, the fold of the test's own record and the fold of the stored ledger
    // agree everywhere.
    QList<domain::StockPosition> snapshotLevels;
    QList<domain::Movement> ledger;
    int pages = 0;
    const qint64 latest = m_store->latestSeq();
    QVERIFY2(
        allSnapshotPages(*m_store, latest, 25, admin(), &snapshotLevels, &ledger, &pages, &error),
        qPrintable(error));
    for (domain::Movement &m : ledger)
        m.serverSeq.reset();
    const auto foldedLedger = foldByPosition(ledger);
    QCOMPARE(foldedLedger.size(), expected.size());

    int positions = 0;
    for (const QString &location : locationCodes()) {
        qint64 asOf = -1;
        const auto levels = m_store->levelsAt(location, &asOf);
        QCOMPARE(asOf, latest);
        for (const domain::StockPosition &level : levels) {
            QCOMPARE(level, expected.value({level.location, level.sku}));
            QCOMPARE(level, foldedLedger.value({level.location, level.sku}));
            QCOMPARE(*m_store->level(level.location, level.sku), level);
            ++positions;
        }
    }
    QCOMPARE(positions, expected.size());
    QCOMPARE(snapshotLevels.size(), expected.size());
}
