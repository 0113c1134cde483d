#include "movementhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using domain::Movement;
using domain::MovementKind;
using item::MovementHistoryModel;

namespace {

constexpr qint64 occurredAtMs = 1709640000000; // 2024-03-05 12:00 UTC

Movement makeMovement(MovementKind kind, qint64 quantity, const QString &reason = {})
{
    Movement m;
    m.id = QUuid::createUuid();
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("RUN-42");
    m.kind = kind;
    m.quantity = quantity;
    m.occurredAtMs = occurredAtMs;
    m.user = QStringLiteral("maria");
    m.device = QStringLiteral("till-3");
    m.reasonCode = reason;
    m.reference = QStringLiteral("ORD-1001");
    m.note = QStringLiteral("back room");
    return m;
}

} // namespace

/** A product's movement history, under QAbstractItemModelTester. */
class TestMovementHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void isEmptyBeforeMovements();
    void quantityCarriesTheSignOfItsEffect_data();
    void quantityCarriesTheSignOfItsEffect();
    void everyKindHasItsOwnLabel();
    void cells_data();
    void cells();
    void tooltipSaysWhetherTheServerAccepted();
    void headers();
    void setMovementsResets();

private:
    std::unique_ptr<MovementHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMovementHistoryModel::init()
{
    m_model = std::make_unique<MovementHistoryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMovementHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestMovementHistoryModel::isEmptyBeforeMovements()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(MovementHistoryModel::ColumnCount));
}

void TestMovementHistoryModel::quantityCarriesTheSignOfItsEffect_data()
{
    QTest::addColumn<MovementKind>("kind");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("signedQuantity");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kindName");
    QTest::newRow("count") << MovementKind::Count << qint64(12) << qint64(12)
                           << QStringLiteral("= 12") << QStringLiteral("count");
    QTest::newRow("receipt") << MovementKind::Receipt << qint64(5) << qint64(5)
                             << QStringLiteral("+5") << QStringLiteral("receipt");
    QTest::newRow("return") << MovementKind::Return << qint64(1) << qint64(1)
                            << QStringLiteral("+1") << QStringLiteral("return");
    QTest::newRow("transfer in") << MovementKind::TransferIn << qint64(20) << qint64(20)
                                 << QStringLiteral("+20") << QStringLiteral("transfer_in");
    QTest::newRow("sale") << MovementKind::Sale << qint64(3) << qint64(-3) << QStringLiteral("-3")
                          << QStringLiteral("sale");
    QTest::newRow("transfer out") << MovementKind::TransferOut << qint64(4) << qint64(-4)
                                  << QStringLiteral("-4") << QStringLiteral("transfer_out");
    QTest::newRow("adjustment down") << MovementKind::Adjustment << qint64(-2) << qint64(-2)
                                     << QStringLiteral("-2") << QStringLiteral("adjustment");
    QTest::newRow("adjustment up") << MovementKind::Adjustment << qint64(2) << qint64(2)
                                   << QStringLiteral("+2") << QStringLiteral("adjustment");
    QTest::newRow("reserve") << MovementKind::Reserve << qint64(2) << qint64(2)
                             << QStringLiteral("+2") << QStringLiteral("reserve");
    QTest::newRow("release") << MovementKind::Release << qint64(2) << qint64(-2)
                             << QStringLiteral("-2") << QStringLiteral("release");
    QTest::newRow("fulfil") << MovementKind::Fulfil << qint64(2) << qint64(-2)
                            << QStringLiteral("-2") << QStringLiteral("fulfil");
    QTest::newRow("thousands") << MovementKind::Receipt << qint64(12000) << qint64(12000)
                               << QStringLiteral("+") + QLocale().toString(12000)
                               << QStringLiteral("receipt");
}

void TestMovementHistoryModel::quantityCarriesTheSignOfItsEffect()
{
    QFETCH(MovementKind, kind);
    QFETCH(qint64, quantity);
    QFETCH(qint64, signedQuantity);
    QFETCH(QString, text);
    QFETCH(QString, kindName);
    m_model->setMovements({makeMovement(kind, quantity)});
    const QModelIndex index = m_model->index(0, MovementHistoryModel::QuantityColumn);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
    QCOMPARE(index.data(Qt::EditRole), QVariant(signedQuantity));
    QCOMPARE(index.data(MovementHistoryModel::KindRole).toString(), kindName);
    QCOMPARE(m_model->index(0, MovementHistoryModel::KindColumn).data().toString(),
             MovementHistoryModel::kindLabel(kind));
    const auto alignment = qvariant_cast<Qt::Alignment>(index.data(Qt::TextAlignmentRole));
    QVERIFY(alignment & Qt::AlignRight);
}

void TestMovementHistoryModel::everyKindHasItsOwnLabel()
{
    QSet<QString> labels;
    for (MovementKind kind : domain::allMovementKinds()) {
        const QString label = MovementHistoryModel::kindLabel(kind);
        QVERIFY(!label.isEmpty());
        labels.insert(label);
    }
    QCOMPARE(labels.size(), domain::allMovementKinds().size());
}

void TestMovementHistoryModel::cells_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("when") << int(MovementHistoryModel::OccurredAtColumn) << int(Qt::DisplayRole)
                          << QVariant(
                                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(occurredAtMs),
                                                    QLocale::ShortFormat));
    QTest::newRow("when sorts as ms") << int(MovementHistoryModel::OccurredAtColumn)
                                      << int(Qt::EditRole) << QVariant(occurredAtMs);
    QTest::newRow("kind") << int(MovementHistoryModel::KindColumn) << int(Qt::DisplayRole)
                          << QVariant(QStringLiteral("Adjustment"));
    QTest::newRow("reason label") << int(MovementHistoryModel::ReasonColumn) << int(Qt::DisplayRole)
                                  << QVariant(QStringLiteral("Damaged"));
    QTest::newRow("user") << int(MovementHistoryModel::UserColumn) << int(Qt::DisplayRole)
                          << QVariant(QStringLiteral("maria"));
    QTest::newRow("reference") << int(MovementHistoryModel::ReferenceColumn) << int(Qt::DisplayRole)
                               << QVariant(QStringLiteral("ORD-1001"));
    QTest::newRow("note") << int(MovementHistoryModel::NoteColumn) << int(Qt::DisplayRole)
                          << QVariant(QStringLiteral("back room"));
}

void TestMovementHistoryModel::cells()
{
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    m_model->setMovements({makeMovement(MovementKind::Adjustment, -1, QStringLiteral("damaged"))});
    QCOMPARE(m_model->index(0, column).data(role), expected);
}

void TestMovementHistoryModel::tooltipSaysWhetherTheServerAccepted()
{
    Movement pending = makeMovement(MovementKind::Sale, 1);
    Movement accepted = makeMovement(MovementKind::Sale, 1);
    accepted.serverSeq = 42;
    m_model->setMovements({pending, accepted});
    const auto tip = [this](int row) {
        return m_model->index(row, MovementHistoryModel::OccurredAtColumn)
            .data(Qt::ToolTipRole)
            .toString();
    };
    QVERIFY2(tip(0).contains(QStringLiteral("not yet accepted")), qPrintable(tip(0)));
    QVERIFY2(!tip(1).contains(QStringLiteral("not yet accepted")), qPrintable(tip(1)));
    QVERIFY(tip(1).contains(QStringLiteral("till-3")));
    QCOMPARE(m_model->index(0, 0).data(MovementHistoryModel::MovementIdRole).toString(),
             pending.id.toString(QUuid::WithoutBraces));
}

void TestMovementHistoryModel::headers()
{
    QStringList actual;
    for (int column = 0; column < m_model->columnCount(); ++column)
        actual.append(m_model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(actual, (QStringList{QStringLiteral("When"), QStringLiteral("Kind"),
                                  QStringLiteral("Quantity"), QStringLiteral("Reason"),
                                  QStringLiteral("User"), QStringLiteral("Reference"),
                                  QStringLiteral("Note")}));
}

void TestMovementHistoryModel::setMovementsResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setMovements(
        {makeMovement(MovementKind::Sale, 1), makeMovement(MovementKind::Sale, 2)});
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setMovements({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 2);
}

QTEST_GUILESS_MAIN(TestMovementHistoryModel)
#include "tst_movementhistorymodel.moc"
