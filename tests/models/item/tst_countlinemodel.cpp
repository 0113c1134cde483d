#include "countlinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using item::CountLineModel;
using item::CountLineRow;

namespace {

constexpr qint64 baseMs = 1764504000000LL;

CountLineRow line(const QString &sku, qint64 counted, std::optional<qint64> expected = {})
{
    CountLineRow row;
    row.sku = sku;
    row.productName = sku + QStringLiteral(" name");
    row.counted = counted;
    row.countedAtMs = baseMs;
    row.expected = expected;
    return row;
}

CountLineRow reviewed(const QString &sku, qint64 counted, qint64 expected, qint64 valueCents,
                      bool within, const QString &decision)
{
    CountLineRow row = line(sku, counted);
    row.variance
        = domain::LineVariance{sku, counted, expected, counted - expected, valueCents, within};
    row.decision = decision;
    return row;
}

QStringList skus(const CountLineModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(CountLineModel::SkuRole).toString());
    return result;
}

} // namespace

/** The counting screen's line model, under QAbstractItemModelTester. */
class TestCountLineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void isEmptyBeforeData();
    void scansInsertInSkuOrderAndNeverTwice();
    void setLinesMergesInPlace();
    void setLinesRemovesAndInsertsAroundKeptRows();
    void setLinesKeepsOneRowPerSku();
    void cells_data();
    void cells();
    void reviewedCellsAndRoles();
    void awaitingRecount();
    void countDecision();
    void headers();

private:
    std::unique_ptr<CountLineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCountLineModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCountLineModel::init()
{
    m_model = std::make_unique<CountLineModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCountLineModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestCountLineModel::isEmptyBeforeData()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(CountLineModel::ColumnCount));
    QCOMPARE(m_model->rowOfSku(QStringLiteral("RUN-001")), -1);
}

void TestCountLineModel::scansInsertInSkuOrderAndNeverTwice()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->applyScan(QStringLiteral("RUN-001"), QStringLiteral("Runner"), 1, baseMs), 0);
    QCOMPARE(m_model->applyScan(QStringLiteral("FTB-010"), QStringLiteral("Ball"), 12, baseMs), 0);
    QCOMPARE(m_model->applyScan(QStringLiteral("OUT-100"), QStringLiteral("Bottle"), 1, baseMs), 1);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(m_model->applyScan(QStringLiteral("RUN-001"), QString(), 2, baseMs + 1000), 2);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(skus(*m_model), (QStringList{QStringLiteral("FTB-010"), QStringLiteral("OUT-100"),
                                          QStringLiteral("RUN-001")}));
    const CountLineRow &runner = m_model->line(m_model->rowOfSku(QStringLiteral("RUN-001")));
    QCOMPARE(runner.counted, 2);
    QCOMPARE(runner.countedAtMs, baseMs + 1000);
    QCOMPARE(runner.productName, QStringLiteral("Runner")); // an empty name keeps the old one
}

void TestCountLineModel::setLinesMergesInPlace()
{
    m_model->setLines({line(QStringLiteral("B"), 1), line(QStringLiteral("A"), 2)});
    QCOMPARE(skus(*m_model), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLines({line(QStringLiteral("A"), 2), line(QStringLiteral("B"), 5, 4)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    // Only the row that differs says so.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->line(1).counted, 5);
    QCOMPARE(m_model->line(1).expected, std::optional<qint64>(4));
}

void TestCountLineModel::setLinesRemovesAndInsertsAroundKeptRows()
{
    m_model->setLines(
        {line(QStringLiteral("A"), 1), line(QStringLiteral("C"), 1), line(QStringLiteral("E"), 1)});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setLines({line(QStringLiteral("B"), 1), line(QStringLiteral("C"), 1),
                       line(QStringLiteral("D"), 1), line(QStringLiteral("F"), 1)});
    QCOMPARE(skus(*m_model), (QStringList{QStringLiteral("B"), QStringLiteral("C"),
                                          QStringLiteral("D"), QStringLiteral("F")}));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(removed.count(), 2);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOfSku(m_model->line(row).sku), row);
    m_model->setLines({});
    QCOMPARE(m_model->rowCount(), 0);
}

void TestCountLineModel::setLinesKeepsOneRowPerSku()
{
    m_model->setLines({line(QStringLiteral("A"), 1), line(QStringLiteral("A"), 9)});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->line(0).counted, 1);
}

void TestCountLineModel::cells_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("edit");

    QTest::newRow("sku") << int(CountLineModel::SkuColumn) << QStringLiteral("RUN-001")
                         << QVariant(QStringLiteral("RUN-001"));
    QTest::newRow("name") << int(CountLineModel::NameColumn) << QStringLiteral("RUN-001 name")
                          << QVariant(QStringLiteral("RUN-001 name"));
    QTest::newRow("counted") << int(CountLineModel::CountedColumn) << QStringLiteral("1,204")
                             << QVariant(qint64(1204));
    QTest::newRow("expected") << int(CountLineModel::ExpectedColumn) << QStringLiteral("1,200")
                              << QVariant(qint64(1200));
    QTest::newRow("no variance yet")
        << int(CountLineModel::VarianceUnitsColumn) << QString() << QVariant();
    QTest::newRow("no decision yet")
        << int(CountLineModel::DecisionColumn) << QString() << QVariant(QString());
}

void TestCountLineModel::cells()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, edit);
    m_model->setLines({line(QStringLiteral("RUN-001"), 1204, 1200)});
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(Qt::EditRole), edit);
    QCOMPARE(index.data(CountLineModel::SkuRole).toString(), QStringLiteral("RUN-001"));
    QCOMPARE(index.data(CountLineModel::BeyondToleranceRole).toBool(), false);
}

void TestCountLineModel::reviewedCellsAndRoles()
{
    CountLineRow beyond
        = reviewed(QStringLiteral("RUN-001"), 7, 10, -13500, false, QStringLiteral("recount"));
    CountLineRow within
        = reviewed(QStringLiteral("FTB-010"), 5, 4, 1200, true, QStringLiteral("accept"));
    CountLineRow raised
        = reviewed(QStringLiteral("OUT-100"), 0, 3, -1800, false, QStringLiteral("discrepancy"));
    raised.discrepancy = QUuid::createUuid();
    raised.assumed = true;
    m_model->setLines({beyond, within, raised});

    const auto cell = [this](const QString &sku, int column, int role = Qt::DisplayRole) {
        return m_model->index(m_model->rowOfSku(sku), column).data(role);
    };
    const QString run = QStringLiteral("RUN-001");
    QCOMPARE(cell(run, CountLineModel::ExpectedColumn).toString(), QStringLiteral("10"));
    QCOMPARE(cell(run, CountLineModel::VarianceUnitsColumn).toString(), QStringLiteral("-3"));
    QCOMPARE(cell(run, CountLineModel::VarianceUnitsColumn, Qt::EditRole).toLongLong(), -3);
    QCOMPARE(cell(run, CountLineModel::VarianceValueColumn).toString(), QStringLiteral("-135.00"));
    QCOMPARE(cell(run, CountLineModel::DecisionColumn).toString(), QStringLiteral("Recount"));
    QCOMPARE(cell(run, 0, CountLineModel::BeyondToleranceRole).toBool(), true);
    QCOMPARE(cell(run, 0, CountLineModel::DecisionRole).toString(), QStringLiteral("recount"));

    const QString ftb = QStringLiteral("FTB-010");
    QCOMPARE(cell(ftb, CountLineModel::VarianceUnitsColumn).toString(), QStringLiteral("+1"));
    QCOMPARE(cell(ftb, CountLineModel::VarianceValueColumn).toString(), QStringLiteral("+12.00"));
    QCOMPARE(cell(ftb, CountLineModel::DecisionColumn).toString(), QStringLiteral("Accept"));
    QCOMPARE(cell(ftb, 0, CountLineModel::BeyondToleranceRole).toBool(), false);

    const QString out = QStringLiteral("OUT-100");
    QCOMPARE(cell(out, CountLineModel::DecisionColumn).toString(),
             QStringLiteral("Discrepancy raised"));
    QCOMPARE(cell(out, CountLineModel::CountedAtColumn).toString(), QStringLiteral("not counted"));
    QVERIFY(!cell(out, CountLineModel::CountedColumn, Qt::ToolTipRole).toString().isEmpty());
}

void TestCountLineModel::awaitingRecount()
{
    CountLineRow waiting = line(QStringLiteral("RUN-001"), 0);
    waiting.awaitingRecount = true;
    waiting.round = 2;
    waiting.countedAtMs = 0;
    m_model->setLines({waiting});
    const QModelIndex counted = m_model->index(0, CountLineModel::CountedColumn);
    QCOMPARE(counted.data(CountLineModel::AwaitingRecountRole).toBool(), true);
    QCOMPARE(counted.data(CountLineModel::RoundRole).toInt(), 2);
    QCOMPARE(counted.data().toString(), QStringLiteral("—"));
    QCOMPARE(m_model->index(0, CountLineModel::CountedAtColumn).data().toString(), QString());
    // Its first scan of the recount makes it a counted line.
    m_model->applyScan(QStringLiteral("RUN-001"), QString(), 3, baseMs);
    QCOMPARE(counted.data(CountLineModel::AwaitingRecountRole).toBool(), false);
    QCOMPARE(counted.data().toString(), QStringLiteral("3"));
}

void TestCountLineModel::countDecision()
{
    m_model->setLines({reviewed(QStringLiteral("A"), 1, 1, 0, true, QStringLiteral("accept")),
                       reviewed(QStringLiteral("B"), 1, 1, 0, true, QStringLiteral("accept")),
                       reviewed(QStringLiteral("C"), 1, 5, -400, false, QStringLiteral("recount")),
                       line(QStringLiteral("D"), 1)});
    QCOMPARE(m_model->countDecision(QStringLiteral("accept")), 2);
    QCOMPARE(m_model->countDecision(QStringLiteral("recount")), 1);
    QCOMPARE(m_model->countDecision(QStringLiteral("discrepancy")), 0);
}

void TestCountLineModel::headers()
{
    QCOMPARE(m_model->headerData(CountLineModel::CountedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Counted"));
    QCOMPARE(m_model->headerData(CountLineModel::ExpectedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Expected"));
    QCOMPARE(m_model->headerData(CountLineModel::DecisionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Decision"));
    QVERIFY(m_model->roleNames().contains(CountLineModel::SkuRole));
    QCOMPARE(CountLineModel::decisionLabel(QString()), QString());
}

QTEST_GUILESS_MAIN(TestCountLineModel)
#include "tst_countlinemodel.moc"
