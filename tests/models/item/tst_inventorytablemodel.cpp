#include "inventorytablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using domain::Product;
using domain::StockLevel;
using domain::StockPosition;
using item::InventoryTableModel;

namespace {

Product makeProduct(const QString &sku, const QString &name, const QString &category,
                    QStringList barcodes = {}, qint64 threshold = 0, const QString &bin = {})
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.barcodes = std::move(barcodes);
    p.lowStockThreshold = threshold;
    p.bin = bin;
    return p;
}

StockPosition makePosition(const QString &sku, qint64 onHand, qint64 committed,
                           std::optional<qint64> lastCounted = std::nullopt)
{
    return {QStringLiteral("S01"), sku, {onHand, committed}, lastCounted};
}

// 2024-03-05 12:00 UTC
constexpr qint64 countedAtMs = 1709640000000;

} // namespace

/** The Inventory page's table model, under QAbstractItemModelTester. */
class TestInventoryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void isEmptyBeforeData();
    void showsOneRowPerProduct();
    void cells_data();
    void cells();
    void numericColumnsAreRightAlignedQint64_data();
    void numericColumnsAreRightAlignedQint64();
    void headers();
    void lowStock_data();
    void lowStock();
    void searchTextHoldsEveryField();
    void updatePositionChangesOneRow();
    void updatePositionOfUnknownSkuIsRefused();
    void setDataResets();
    void textSortRankOrdersNaturally();
    void twentyThousandRows();

private:
    std::unique_ptr<InventoryTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestInventoryTableModel::init()
{
    m_model = std::make_unique<InventoryTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInventoryTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestInventoryTableModel::isEmptyBeforeData()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(InventoryTableModel::ColumnCount));
    QCOMPARE(m_model->rowOfSku(QStringLiteral("A")), -1);
}

void TestInventoryTableModel::showsOneRowPerProduct()
{
    m_model->setData(
        {makeProduct(QStringLiteral("A-1"), QStringLiteral("Alpha"), QStringLiteral("Shoes")),
         makeProduct(QStringLiteral("B-2"), QStringLiteral("Beta"), QStringLiteral("Bags"))},
        {makePosition(QStringLiteral("B-2"), 7, 2),
         makePosition(QStringLiteral("ZZZ"), 99, 0)}); // no such product: ignored
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfSku(QStringLiteral("A-1")), 0);
    QCOMPARE(m_model->rowOfSku(QStringLiteral("B-2")), 1);
    QCOMPARE(m_model->rowOfSku(QStringLiteral("ZZZ")), -1);
    QCOMPARE(m_model->level(0), StockLevel{});
    QCOMPARE(m_model->level(1), (StockLevel{7, 2}));
    QCOMPARE(m_model->product(1).name, QStringLiteral("Beta"));
}

void TestInventoryTableModel::cells_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    const auto counted = QLocale().toString(QDateTime::fromMSecsSinceEpoch(countedAtMs).date(),
                                            QLocale::ShortFormat);
    QTest::newRow("sku") << int(InventoryTableModel::SkuColumn) << int(Qt::DisplayRole)
                         << QVariant(QStringLiteral("RUN-42"));
    QTest::newRow("name") << int(InventoryTableModel::NameColumn) << int(Qt::DisplayRole)
                          << QVariant(QStringLiteral("Trail runner"));
    QTest::newRow("category") << int(InventoryTableModel::CategoryColumn) << int(Qt::DisplayRole)
                              << QVariant(QStringLiteral("Shoes"));
    QTest::newRow("bin") << int(InventoryTableModel::BinColumn) << int(Qt::DisplayRole)
                         << QVariant(QStringLiteral("A-03"));
    QTest::newRow("on hand") << int(InventoryTableModel::OnHandColumn) << int(Qt::DisplayRole)
                             << QVariant(qint64(12));
    QTest::newRow("committed") << int(InventoryTableModel::CommittedColumn) << int(Qt::DisplayRole)
                               << QVariant(qint64(3));
    QTest::newRow("available") << int(InventoryTableModel::AvailableColumn) << int(Qt::DisplayRole)
                               << QVariant(qint64(9));
    QTest::newRow("last counted shown as date")
        << int(InventoryTableModel::LastCountedColumn) << int(Qt::DisplayRole) << QVariant(counted);
    QTest::newRow("last counted sorts as ms") << int(InventoryTableModel::LastCountedColumn)
                                              << int(Qt::EditRole) << QVariant(countedAtMs);
    QTest::newRow("sku role on any column")
        << int(InventoryTableModel::BinColumn) << int(InventoryTableModel::SkuRole)
        << QVariant(QStringLiteral("RUN-42"));
    QTest::newRow("not low") << int(InventoryTableModel::NameColumn)
                             << int(InventoryTableModel::LowStockRole) << QVariant(false);
}

void TestInventoryTableModel::cells()
{
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    m_model->setData({makeProduct(QStringLiteral("RUN-42"), QStringLiteral("Trail runner"),
                                  QStringLiteral("Shoes"), {}, 2, QStringLiteral("A-03"))},
                     {makePosition(QStringLiteral("RUN-42"), 12, 3, countedAtMs)});
    QCOMPARE(m_model->index(0, column).data(role), expected);
}

void TestInventoryTableModel::numericColumnsAreRightAlignedQint64_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("numeric");
    QTest::newRow("sku") << int(InventoryTableModel::SkuColumn) << false;
    QTest::newRow("name") << int(InventoryTableModel::NameColumn) << false;
    QTest::newRow("on hand") << int(InventoryTableModel::OnHandColumn) << true;
    QTest::newRow("committed") << int(InventoryTableModel::CommittedColumn) << true;
    QTest::newRow("available") << int(InventoryTableModel::AvailableColumn) << true;
}

void TestInventoryTableModel::numericColumnsAreRightAlignedQint64()
{
    QFETCH(int, column);
    QFETCH(bool, numeric);
    m_model->setData({makeProduct(QStringLiteral("A"), QStringLiteral("Alpha"), {})}, {});
    const QModelIndex index = m_model->index(0, column);
    const auto alignment = qvariant_cast<Qt::Alignment>(index.data(Qt::TextAlignmentRole));
    QCOMPARE(bool(alignment & Qt::AlignRight), numeric);
    QCOMPARE(index.data(Qt::EditRole).typeId() == QMetaType::LongLong, numeric);
    const auto header = qvariant_cast<Qt::Alignment>(
        m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole));
    QCOMPARE(bool(header & Qt::AlignRight), numeric);
}

void TestInventoryTableModel::headers()
{
    const QStringList expected{QStringLiteral("SKU"),       QStringLiteral("Name"),
                               QStringLiteral("Category"),  QStringLiteral("Bin"),
                               QStringLiteral("On hand"),   QStringLiteral("Committed"),
                               QStringLiteral("Available"), QStringLiteral("Last counted")};
    QStringList actual;
    for (int column = 0; column < m_model->columnCount(); ++column)
        actual.append(m_model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(actual, expected);
}

void TestInventoryTableModel::lowStock_data()
{
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<qint64>("onHand");
    QTest::addColumn<qint64>("committed");
    QTest::addColumn<bool>("low");
    QTest::newRow("no threshold, none left") << qint64(0) << qint64(0) << qint64(0) << false;
    QTest::newRow("no threshold, negative") << qint64(0) << qint64(-1) << qint64(0) << true;
    QTest::newRow("above threshold") << qint64(5) << qint64(6) << qint64(0) << false;
    QTest::newRow("at threshold") << qint64(5) << qint64(5) << qint64(0) << true;
    QTest::newRow("below threshold") << qint64(5) << qint64(1) << qint64(0) << true;
    QTest::newRow("committed pulls available down") << qint64(5) << qint64(8) << qint64(4) << true;
    QTest::newRow("over-committed without threshold")
        << qint64(0) << qint64(2) << qint64(3) << true;
}

void TestInventoryTableModel::lowStock()
{
    QFETCH(qint64, threshold);
    QFETCH(qint64, onHand);
    QFETCH(qint64, committed);
    QFETCH(bool, low);
    m_model->setData({makeProduct(QStringLiteral("A"), QStringLiteral("Alpha"), {}, {}, threshold)},
                     {makePosition(QStringLiteral("A"), onHand, committed)});
    for (int column = 0; column < m_model->columnCount(); ++column)
        QCOMPARE(m_model->index(0, column).data(InventoryTableModel::LowStockRole).toBool(), low);
}

void TestInventoryTableModel::searchTextHoldsEveryField()
{
    m_model->setData({makeProduct(QStringLiteral("RUN-42"), QStringLiteral("Trail Runner"),
                                  QStringLiteral("Shoes"),
                                  {QStringLiteral("4006381333931"), QStringLiteral("X12")})},
                     {});
    const QString text = m_model->index(0, 0).data(InventoryTableModel::SearchTextRole).toString();
    QCOMPARE(text, QStringLiteral("run-42\n4006381333931\nx12\ntrail runner\nshoes"));
    QCOMPARE(m_model->searchText(0), text);
}

void TestInventoryTableModel::updatePositionChangesOneRow()
{
    m_model->setData(
        {makeProduct(QStringLiteral("A"), QStringLiteral("Alpha"), {}, {}, 3),
         makeProduct(QStringLiteral("B"), QStringLiteral("Beta"), {}, {}, 3)},
        {makePosition(QStringLiteral("A"), 10, 0), makePosition(QStringLiteral("B"), 10, 0)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->updatePosition(makePosition(QStringLiteral("B"), 2, 0, countedAtMs)));
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().row(), 1);
        QCOMPARE(args.at(1).toModelIndex().row(), 1);
    }
    const QModelIndex available = m_model->index(1, InventoryTableModel::AvailableColumn);
    QCOMPARE(available.data(Qt::EditRole).toLongLong(), 2);
    QCOMPARE(available.data(InventoryTableModel::LowStockRole).toBool(), true);
    QCOMPARE(m_model->index(1, InventoryTableModel::LastCountedColumn).data(Qt::EditRole),
             QVariant(countedAtMs));
    QCOMPARE(m_model->index(0, InventoryTableModel::AvailableColumn).data(Qt::EditRole),
             QVariant(qint64(10)));
}

void TestInventoryTableModel::updatePositionOfUnknownSkuIsRefused()
{
    m_model->setData({makeProduct(QStringLiteral("A"), QStringLiteral("Alpha"), {})}, {});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->updatePosition(makePosition(QStringLiteral("NOPE"), 1, 0)));
    QCOMPARE(changed.count(), 0);
}

void TestInventoryTableModel::setDataResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setData({makeProduct(QStringLiteral("A"), QStringLiteral("Alpha"), {})}, {});
    m_model->setData(QList<Product>(), QList<StockPosition>());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOfSku(QStringLiteral("A")), -1);
}

void TestInventoryTableModel::textSortRankOrdersNaturally()
{
    m_model->setData({makeProduct(QStringLiteral("S-10"), QStringLiteral("Size 10"), {}),
                      makeProduct(QStringLiteral("S-9"), QStringLiteral("size 9"), {}),
                      makeProduct(QStringLiteral("S-9b"), QStringLiteral("Size 9"), {}),
                      makeProduct(QStringLiteral("A-1"), QStringLiteral("Anorak"), {})},
                     {});
    QList<int> ranks;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ranks.append(m_model->textSortRank(InventoryTableModel::NameColumn, row));
    // Anorak, then both "Size 9" (equal when case is ignored), then "Size 10".
    QCOMPARE(ranks, (QList<int>{3, 1, 1, 0}));
    QCOMPARE(m_model->textSortRank(InventoryTableModel::SkuColumn, 0), 3);
    QCOMPARE(m_model->textSortRank(InventoryTableModel::SkuColumn, 3), 0);
}

void TestInventoryTableModel::twentyThousandRows()
{
    QList<Product> products;
    QList<StockPosition> positions;
    for (int i = 0; i < 20000; ++i) {
        const QString sku = QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0'));
        products.append(makeProduct(sku, QStringLiteral("Product %1").arg(i),
                                    QStringLiteral("Category %1").arg(i % 40),
                                    {QStringLiteral("%1").arg(4000000000000LL + i)}, i % 7));
        if (i % 3 != 0)
            positions.append(makePosition(sku, i % 50, i % 4));
    }
    m_tester.reset(); // the tester's own checks would dominate the measurement
    QElapsedTimer timer;
    timer.start();
    m_model->setData(products, positions);
    qInfo("setData of 20,000 products: %lld ms", timer.elapsed());
    QCOMPARE(m_model->rowCount(), 20000);
    QCOMPARE(m_model->rowOfSku(QStringLiteral("SKU-19999")), 19999);
    QCOMPARE(m_model->level(19999), (StockLevel{19999 % 50, 19999 % 4}));
    QCOMPARE(m_model->level(0), StockLevel{});

    timer.restart();
    QCOMPARE(m_model->textSortRank(InventoryTableModel::NameColumn, 0), 0);
    qInfo("first sort by name of 20,000 products: %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestInventoryTableModel)
#include "tst_inventorytablemodel.moc"
