#include "inventoryfilterproxymodel.h"
#include "inventorytablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using domain::Product;
using domain::StockPosition;
using item::InventoryFilterProxyModel;
using item::InventoryTableModel;

namespace {

Product makeProduct(const QString &sku, const QString &name, const QString &category,
                    QStringList barcodes = {})
{
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.barcodes = std::move(barcodes);
    return p;
}

StockPosition makePosition(const QString &sku, qint64 onHand)
{
    return {QStringLiteral("S01"), sku, {onHand, 0}, std::nullopt};
}

QStringList skusOf(const QAbstractItemModel &model)
{
    QStringList skus;
    for (int row = 0; row < model.rowCount(); ++row)
        skus.append(model.index(row, 0).data(InventoryTableModel::SkuRole).toString());
    return skus;
}

/** A source that is not an InventoryTableModel: only the role tells the search text. */
class PlainSearchModel : public QAbstractListModel
{
public:
    explicit PlainSearchModel(QStringList texts)
        : m_texts(std::move(texts))
    {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_texts.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        if (role == Qt::DisplayRole || role == InventoryTableModel::SearchTextRole
            || role == InventoryTableModel::SkuRole)
            return m_texts.at(index.row());
        return {};
    }

private:
    QStringList m_texts;
};

} // namespace

/** Search-as-you-type and numeric sorting over the Inventory table. */
class TestInventoryFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void sortsNumericColumnsByNumber_data();
    void sortsNumericColumnsByNumber();
    void sortsTextIgnoringCase();
    void filterSurvivesNewDataAndUpdates();
    void sameTermsDoNotRefilter();
    void worksOverAnyModelWithTheRole();
    void keystrokesOverTwentyThousandRows();

private:
    std::unique_ptr<InventoryTableModel> m_source;
    std::unique_ptr<InventoryFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestInventoryFilterProxyModel::init()
{
    m_source = std::make_unique<InventoryTableModel>();
    m_source->setData(
        {makeProduct(QStringLiteral("RUN-42"), QStringLiteral("Trail Runner Red"),
                     QStringLiteral("Shoes"), {QStringLiteral("4006381333931")}),
         makeProduct(QStringLiteral("RUN-43"), QStringLiteral("Trail Runner Blue"),
                     QStringLiteral("Shoes"), {QStringLiteral("4006381333948")}),
         makeProduct(QStringLiteral("BAG-7"), QStringLiteral("Duffel Red"), QStringLiteral("Bags"),
                     {QStringLiteral("5012345678900"), QStringLiteral("RB7")}),
         makeProduct(QStringLiteral("SOCK-1"), QStringLiteral("Running Sock"),
                     QStringLiteral("Socks"))},
        {makePosition(QStringLiteral("RUN-42"), 100), makePosition(QStringLiteral("RUN-43"), 2),
         makePosition(QStringLiteral("BAG-7"), 10)});
    m_proxy = std::make_unique<InventoryFilterProxyModel>();
    m_proxy->setSourceModel(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInventoryFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_source.reset();
}

void TestInventoryFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("RUN-42"), QStringLiteral("RUN-43"),
                          QStringLiteral("BAG-7"), QStringLiteral("SOCK-1")};
    QTest::newRow("empty shows all") << QString() << all;
    QTest::newRow("blank shows all") << QStringLiteral("   ") << all;
    QTest::newRow("sku prefix") << QStringLiteral("run-")
                                << QStringList{QStringLiteral("RUN-42"), QStringLiteral("RUN-43")};
    QTest::newRow("exact sku") << QStringLiteral("BAG-7") << QStringList{QStringLiteral("BAG-7")};
    QTest::newRow("barcode") << QStringLiteral("4006381333948")
                             << QStringList{QStringLiteral("RUN-43")};
    QTest::newRow("second barcode")
        << QStringLiteral("rb7") << QStringList{QStringLiteral("BAG-7")};
    QTest::newRow("name ignoring case")
        << QStringLiteral("RUNNER")
        << QStringList{QStringLiteral("RUN-42"), QStringLiteral("RUN-43")};
    QTest::newRow("category") << QStringLiteral("sock") << QStringList{QStringLiteral("SOCK-1")};
    QTest::newRow("every term must match")
        << QStringLiteral("red trail") << QStringList{QStringLiteral("RUN-42")};
    QTest::newRow("terms in different fields")
        << QStringLiteral("bags 5012") << QStringList{QStringLiteral("BAG-7")};
    QTest::newRow("extra white space")
        << QStringLiteral("  red \t  duffel ") << QStringList{QStringLiteral("BAG-7")};
    QTest::newRow("one term matches nothing") << QStringLiteral("red nothing") << QStringList();
    QTest::newRow("no match across a field boundary")
        << QStringLiteral("shoes4006") << QStringList();
}

void TestInventoryFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text);
    QCOMPARE(skusOf(*m_proxy), expected);
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestInventoryFilterProxyModel::sortsNumericColumnsByNumber_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    // On hand: RUN-42 100, RUN-43 2, BAG-7 10, SOCK-1 0 (no position).
    QTest::newRow("ascending") << int(Qt::AscendingOrder)
                               << QStringList{QStringLiteral("SOCK-1"), QStringLiteral("RUN-43"),
                                              QStringLiteral("BAG-7"), QStringLiteral("RUN-42")};
    QTest::newRow("descending") << int(Qt::DescendingOrder)
                                << QStringList{QStringLiteral("RUN-42"), QStringLiteral("BAG-7"),
                                               QStringLiteral("RUN-43"), QStringLiteral("SOCK-1")};
}

void TestInventoryFilterProxyModel::sortsNumericColumnsByNumber()
{
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    m_proxy->sort(InventoryTableModel::OnHandColumn, Qt::SortOrder(order));
    QCOMPARE(skusOf(*m_proxy), expected);
}

void TestInventoryFilterProxyModel::sortsTextIgnoringCase()
{
    m_source->setData({makeProduct(QStringLiteral("b"), QStringLiteral("beta"), {}),
                       makeProduct(QStringLiteral("A"), QStringLiteral("Alpha"), {}),
                       makeProduct(QStringLiteral("c"), QStringLiteral("Gamma"), {})},
                      {});
    m_proxy->sort(InventoryTableModel::SkuColumn, Qt::AscendingOrder);
    QCOMPARE(skusOf(*m_proxy),
             (QStringList{QStringLiteral("A"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestInventoryFilterProxyModel::filterSurvivesNewDataAndUpdates()
{
    m_proxy->sort(InventoryTableModel::AvailableColumn, Qt::AscendingOrder);
    m_proxy->setFilterText(QStringLiteral("run"));
    QCOMPARE(skusOf(*m_proxy), (QStringList{QStringLiteral("SOCK-1"), QStringLiteral("RUN-43"),
                                            QStringLiteral("RUN-42")}));
    m_source->updatePosition(makePosition(QStringLiteral("RUN-42"), 1));
    QCOMPARE(skusOf(*m_proxy), (QStringList{QStringLiteral("SOCK-1"), QStringLiteral("RUN-42"),
                                            QStringLiteral("RUN-43")}));
    m_source->setData({makeProduct(QStringLiteral("RUN-1"), QStringLiteral("x"), {}),
                       makeProduct(QStringLiteral("BAG-1"), QStringLiteral("y"), {})},
                      {});
    QCOMPARE(skusOf(*m_proxy), QStringList{QStringLiteral("RUN-1")});
}

void TestInventoryFilterProxyModel::sameTermsDoNotRefilter()
{
    m_proxy->setFilterText(QStringLiteral("red"));
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    m_proxy->setFilterText(QStringLiteral(" RED "));
    QCOMPARE(layout.count() + removed.count(), 0);
    QCOMPARE(m_proxy->filterTerms(), QStringList{QStringLiteral("red")});
}

void TestInventoryFilterProxyModel::worksOverAnyModelWithTheRole()
{
    PlainSearchModel plain({QStringLiteral("Alpha Red"), QStringLiteral("Beta Blue")});
    InventoryFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&plain);
    proxy.setFilterText(QStringLiteral("BLUE"));
    QCOMPARE(skusOf(proxy), QStringList{QStringLiteral("Beta Blue")});
}

void TestInventoryFilterProxyModel::keystrokesOverTwentyThousandRows()
{
    QList<Product> products;
    const QStringList categories{QStringLiteral("Shoes"), QStringLiteral("Bags"),
                                 QStringLiteral("Socks"), QStringLiteral("Jackets")};
    for (int i = 0; i < 20000; ++i) {
        products.append(makeProduct(QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')),
                                    QStringLiteral("Trail Runner model %1").arg(i),
                                    categories.at(i % categories.size()),
                                    {QStringLiteral("%1").arg(4000000000000LL + i * 7)}));
    }
    m_tester.reset(); // measured without the tester's own work
    m_source->setData(products, {});
    m_proxy->sort(InventoryTableModel::NameColumn, Qt::AscendingOrder);

    // Type "shoes 1234" one key at a time, then erase it again.
    const QString typed = QStringLiteral("shoes 1234");
    QStringList steps;
    for (qsizetype n = 1; n <= typed.size(); ++n)
        steps.append(typed.left(n));
    for (qsizetype n = typed.size() - 1; n >= 0; --n)
        steps.append(typed.left(n));

    qint64 slowestNs = 0;
    QElapsedTimer timer;
    for (const QString &text : std::as_const(steps)) {
        timer.start();
        m_proxy->setFilterText(text);
        m_proxy->rowCount(); // the proxy maps lazily; asking for the rows does the work
        slowestNs = std::max(slowestNs, timer.nsecsElapsed());
        if (text == typed) {
            // SKU-01234's barcode is 4000000008638; "1234" matches SKUs and barcodes of shoes.
            for (const QString &sku : skusOf(*m_proxy)) {
                const int row = m_source->rowOfSku(sku);
                QVERIFY(m_source->searchText(row).contains(QStringLiteral("shoes")));
                QVERIFY(m_source->searchText(row).contains(QStringLiteral("1234")));
            }
            QVERIFY(m_proxy->rowCount() > 0);
        }
    }
    QCOMPARE(m_proxy->rowCount(), 20000);
    qInfo("slowest keystroke over 20,000 rows: %.2f ms", double(slowestNs) / 1e6);
}

QTEST_GUILESS_MAIN(TestInventoryFilterProxyModel)
#include "tst_inventoryfilterproxymodel.moc"
