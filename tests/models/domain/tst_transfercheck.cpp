#include "transfercheck.h"

#include <QTest>

using namespace stockroom::domain;

namespace {

constexpr qint64 hour = 3600 * 1000;
constexpr qint64 now = 1000 * hour;

Movement leg(MovementKind kind, const QString &location, qint64 quantity, qint64 atMs,
             const QString &reference, const QString &sku = QStringLiteral("RUN-1"))
{
    Movement m;
    m.id = QUuid::createUuidV5(QUuid(), QStringLiteral("%1-%2-%3").arg(location).arg(atMs).arg(quantity));
    m.kind = kind;
    m.location = location;
    m.sku = sku;
    m.quantity = quantity;
    m.occurredAtMs = atMs;
    m.reference = reference;
    return m;
}

Movement out(qint64 quantity, qint64 atMs, const QString &reference = QStringLiteral("T-1"),
             const QString &sku = QStringLiteral("RUN-1"))
{
    return leg(MovementKind::TransferOut, QStringLiteral("WH"), quantity, atMs, reference, sku);
}

Movement in(qint64 quantity, qint64 atMs, const QString &reference = QStringLiteral("T-1"),
            const QString &sku = QStringLiteral("RUN-1"))
{
    return leg(MovementKind::TransferIn, QStringLiteral("S01"), quantity, atMs, reference, sku);
}

} // namespace

/** Which transfers have not arrived in time: matching by reference and SKU, partial receipts. */
class TestTransferCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missing_data();
    void missing();
    void orderOfInputDoesNotMatter();
};

void TestTransferCheck::missing_data()
{
    QTest::addColumn<QList<Movement>>("movements");
    QTest::addColumn<QList<qint64>>("missingUnits"); // per reported transfer, in order
    QTest::newRow("received in full")
        << QList<Movement>{out(5, now - 50 * hour), in(5, now - 49 * hour)} << QList<qint64>{};
    QTest::newRow("never received, overdue")
        << QList<Movement>{out(5, now - 50 * hour)} << QList<qint64>{5};
    QTest::newRow("never received, still in transit")
        << QList<Movement>{out(5, now - 47 * hour)} << QList<qint64>{};
    QTest::newRow("exactly at the limit") << QList<Movement>{out(5, now - 48 * hour)}
                                          << QList<qint64>{5};
    QTest::newRow("partly received")
        << QList<Movement>{out(5, now - 50 * hour), in(3, now - 40 * hour)} << QList<qint64>{2};
    QTest::newRow("received in two parts")
        << QList<Movement>{out(5, now - 50 * hour), in(3, now - 40 * hour), in(2, now - 30 * hour)}
        << QList<qint64>{};
    QTest::newRow("receipt under another reference")
        << QList<Movement>{out(5, now - 50 * hour), in(5, now - 40 * hour, QStringLiteral("T-2"))}
        << QList<qint64>{5};
    QTest::newRow("receipt of another SKU")
        << QList<Movement>{out(5, now - 50 * hour),
                           in(5, now - 40 * hour, QStringLiteral("T-1"), QStringLiteral("FTB-9"))}
        << QList<qint64>{5};
    QTest::newRow("no reference: cannot be matched")
        << QList<Movement>{out(5, now - 50 * hour, QString())} << QList<qint64>{};
    QTest::newRow("two sent, receipts cover the older first")
        << QList<Movement>{out(4, now - 60 * hour), out(4, now - 50 * hour), in(6, now - 40 * hour)}
        << QList<qint64>{2};
    QTest::newRow("over-received covers everything")
        << QList<Movement>{out(4, now - 60 * hour), in(9, now - 40 * hour)} << QList<qint64>{};
}

void TestTransferCheck::missing()
{
    QFETCH(QList<Movement>, movements);
    QFETCH(QList<qint64>, missingUnits);
    QList<qint64> actual;
    for (const MissingTransfer &m : transfersNotReceived(movements, now))
        actual.append(m.missing());
    QCOMPARE(actual, missingUnits);
}

void TestTransferCheck::orderOfInputDoesNotMatter()
{
    QList<Movement> movements{out(4, now - 60 * hour), in(1, now - 45 * hour),
                              out(4, now - 50 * hour), in(5, now - 40 * hour)};
    const QList<MissingTransfer> expected = transfersNotReceived(movements, now);
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.constFirst().missing(), 2);
    QCOMPARE(expected.constFirst().sent.occurredAtMs, now - 50 * hour);
    std::reverse(movements.begin(), movements.end());
    QCOMPARE(transfersNotReceived(movements, now), expected);
    std::rotate(movements.begin(), movements.begin() + 1, movements.end());
    QCOMPARE(transfersNotReceived(movements, now), expected);
}

QTEST_GUILESS_MAIN(TestTransferCheck)
#include "tst_transfercheck.moc"
