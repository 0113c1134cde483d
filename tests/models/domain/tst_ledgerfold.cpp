#include "ledgerfold.h"

#include <QTest>

#include <algorithm>

using namespace stockroom::domain;

namespace QTest {
template<>
char *toString(const StockLevel &level)
{
    return qstrdup(QByteArray("on_hand=" + QByteArray::number(level.onHand)
                              + " committed=" + QByteArray::number(level.committed)));
}
} // namespace QTest

namespace {

Movement make(MovementKind kind, qint64 quantity, qint64 at, const char *id = nullptr)
{
    Movement m;
    m.id = id ? QUuid(QLatin1StringView(id)) : QUuid::createUuid();
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("SKU-1");
    m.kind = kind;
    m.quantity = quantity;
    m.occurredAtMs = at;
    return m;
}

} // namespace

/** The fold rule of DESIGN.md section 3, row by row. */
class TestLedgerFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void foldIgnoresArrivalOrder_data();
    void foldIgnoresArrivalOrder();
    void lateDeltaBeforeCountChangesNothingOnHand();
    void equalTimestampCountsBreakTiesById();
};

void TestLedgerFold::fold_data()
{
    QTest::addColumn<QList<Movement>>("movements");
    QTest::addColumn<qint64>("onHand");
    QTest::addColumn<qint64>("committed");
    QTest::addColumn<qint64>("available");

    using K = MovementKind;
    QTest::newRow("empty ledger") << QList<Movement>{} << 0LL << 0LL << 0LL;
    QTest::newRow("no count: sum of deltas")
        << QList<Movement>{make(K::Receipt, 10, 1), make(K::Sale, 3, 2), make(K::Return, 1, 3),
                           make(K::TransferIn, 5, 4), make(K::TransferOut, 2, 5)}
        << 11LL << 0LL << 11LL;
    QTest::newRow("signed adjustments")
        << QList<Movement>{make(K::Receipt, 10, 1), make(K::Adjustment, -4, 2),
                           make(K::Adjustment, 1, 3)}
        << 7LL << 0LL << 7LL;
    QTest::newRow("count sets on-hand, later deltas move it")
        << QList<Movement>{make(K::Receipt, 100, 1), make(K::Count, 40, 2), make(K::Sale, 5, 3)}
        << 35LL << 0LL << 35LL;
    QTest::newRow("delta at the count's instant is inside the count")
        << QList<Movement>{make(K::Count, 40, 2), make(K::Sale, 5, 2)} << 40LL << 0LL << 40LL;
    QTest::newRow("latest count wins")
        << QList<Movement>{make(K::Count, 40, 2), make(K::Count, 12, 5), make(K::Receipt, 3, 4),
                           make(K::Receipt, 1, 6)}
        << 13LL << 0LL << 13LL;
    QTest::newRow("negative stock is not clamped")
        << QList<Movement>{make(K::Receipt, 2, 1), make(K::Sale, 5, 2)} << -3LL << 0LL << -3LL;
    QTest::newRow("reserve, release, fulfil")
        << QList<Movement>{make(K::Receipt, 10, 1), make(K::Reserve, 4, 2), make(K::Reserve, 3, 3),
                           make(K::Release, 1, 4), make(K::Fulfil, 2, 5)}
        << 8LL << 4LL << 4LL;
    QTest::newRow("commitments are not reset by a count")
        << QList<Movement>{make(K::Reserve, 4, 1), make(K::Count, 9, 2)} << 9LL << 4LL << 5LL;
    QTest::newRow("fulfil before the count leaves on-hand to the count")
        << QList<Movement>{make(K::Reserve, 2, 1), make(K::Fulfil, 2, 2), make(K::Count, 7, 3)}
        << 7LL << 0LL << 7LL;
    QTest::newRow("count of zero")
        << QList<Movement>{make(K::Receipt, 5, 1), make(K::Count, 0, 2)} << 0LL << 0LL << 0LL;
}

void TestLedgerFold::fold()
{
    QFETCH(QList<Movement>, movements);
    QFETCH(qint64, onHand);
    QFETCH(qint64, committed);
    QFETCH(qint64, available);

    const StockLevel level = foldLedger(movements);
    QCOMPARE(level, (StockLevel{onHand, committed}));
    QCOMPARE(level.available(), available);
}

void TestLedgerFold::foldIgnoresArrivalOrder_data()
{
    QTest::addColumn<QList<Movement>>("movements");
    using K = MovementKind;
    QTest::newRow("deltas and counts") << QList<Movement>{
        make(K::Receipt, 10, 1), make(K::Count, 8, 3),   make(K::Sale, 1, 2),
        make(K::Sale, 2, 4),     make(K::Reserve, 3, 5), make(K::Adjustment, -1, 6, nullptr)};
    QTest::newRow("equal timestamps everywhere")
        << QList<Movement>{make(K::Count, 5, 7, "{00000000-0000-0000-0000-000000000001}"),
                           make(K::Count, 9, 7, "{00000000-0000-0000-0000-000000000002}"),
                           make(K::Sale, 1, 7), make(K::Receipt, 4, 8), make(K::Fulfil, 1, 7)};
}

void TestLedgerFold::foldIgnoresArrivalOrder()
{
    QFETCH(QList<Movement>, movements);
    for (Movement &m : movements) {
        if (m.kind == MovementKind::Adjustment)
            m.reasonCode = QStringLiteral("damaged");
    }
    std::sort(movements.begin(), movements.end(),
              [](const Movement &a, const Movement &b) { return a.id < b.id; });
    const StockLevel expected = foldLedger(movements);
    int permutations = 0;
    do {
        QCOMPARE(foldLedger(movements), expected);
        ++permutations;
    } while (
        std::next_permutation(movements.begin(), movements.end(),
                              [](const Movement &a, const Movement &b) { return a.id < b.id; }));
    QVERIFY2(permutations > 100, "every arrival order must have been tried");
}

void TestLedgerFold::lateDeltaBeforeCountChangesNothingOnHand()
{
    QList<Movement> ledger{make(MovementKind::Receipt, 20, 1), make(MovementKind::Count, 15, 10)};
    const StockLevel before = foldLedger(ledger);
    ledger.append(make(MovementKind::Sale, 4, 5)); // arrives late, dated before the count
    QCOMPARE(foldLedger(ledger), before);
    ledger.append(make(MovementKind::Sale, 4, 11)); // dated after the count: it counts
    QCOMPARE(foldLedger(ledger).onHand, before.onHand - 4);
}

void TestLedgerFold::equalTimestampCountsBreakTiesById()
{
    const QList<Movement> ledger{
        make(MovementKind::Count, 5, 7, "{00000000-0000-0000-0000-00000000000a}"),
        make(MovementKind::Count, 9, 7, "{00000000-0000-0000-0000-00000000000b}")};
    QCOMPARE(foldLedger(ledger).onHand, 9);
    QVERIFY(isLaterInLedger(ledger.at(1), ledger.at(0)));
    QVERIFY(!isLaterInLedger(ledger.at(0), ledger.at(1)));
}

QTEST_GUILESS_MAIN(TestLedgerFold)
#include "tst_ledgerfold.moc"
