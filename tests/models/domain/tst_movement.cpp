#include "movement.h"

#include <QTest>

using namespace stockroom::domain;

/** Movement kind names and the validation of a single movement. */
class TestMovement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNamesRoundTrip();
    void unknownKindName();
    void validate_data();
    void validate();
};

void TestMovement::kindNamesRoundTrip()
{
    QCOMPARE(allMovementKinds().size(), 10);
    for (MovementKind kind : allMovementKinds())
        QCOMPARE(movementKindFromName(movementKindName(kind)).value_or(MovementKind::Count), kind);
    QCOMPARE(movementKindFromName(u"count").value_or(MovementKind::Sale), MovementKind::Count);
    QCOMPARE(movementKindName(MovementKind::TransferIn), QStringLiteral("transfer_in"));
}

void TestMovement::unknownKindName()
{
    QVERIFY(!movementKindFromName(u"Sale").has_value());
    QVERIFY(!movementKindFromName(u"").has_value());
    QVERIFY(!movementKindFromName(u"sale ").has_value());
}

void TestMovement::validate_data()
{
    QTest::addColumn<MovementKind>("kind");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("sale ok") << MovementKind::Sale << 2LL << QString() << QString();
    QTest::newRow("sale of zero") << MovementKind::Sale << 0LL << QString()
                                  << QStringLiteral(
                                         "The quantity must be a positive number of units.");
    QTest::newRow("negative receipt")
        << MovementKind::Receipt << -1LL << QString()
        << QStringLiteral("The quantity must be a positive number of units.");
    QTest::newRow("count of zero ok") << MovementKind::Count << 0LL << QString() << QString();
    QTest::newRow("negative count") << MovementKind::Count << -1LL << QString()
                                    << QStringLiteral("A counted quantity cannot be negative.");
    QTest::newRow("adjustment without reason")
        << MovementKind::Adjustment << -2LL << QString()
        << QStringLiteral("An adjustment needs a reason code.");
    QTest::newRow("adjustment with reason")
        << MovementKind::Adjustment << -2LL << QStringLiteral("damaged") << QString();
    QTest::newRow("adjustment with unknown reason")
        << MovementKind::Adjustment << 3LL << QStringLiteral("lost in space")
        << QStringLiteral("\"lost in space\" is not a known reason code.");
    QTest::newRow("adjustment of zero")
        << MovementKind::Adjustment << 0LL << QStringLiteral("found")
        << QStringLiteral("An adjustment must change the quantity.");
}

void TestMovement::validate()
{
    QFETCH(MovementKind, kind);
    QFETCH(qint64, quantity);
    QFETCH(QString, reason);
    QFETCH(QString, expectedError);

    Movement m;
    m.id = QUuid::createUuid();
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("SKU-1");
    m.kind = kind;
    m.quantity = quantity;
    m.reasonCode = reason;
    QCOMPARE(validateMovement(m), expectedError);
}

QTEST_GUILESS_MAIN(TestMovement)
#include "tst_movement.moc"
