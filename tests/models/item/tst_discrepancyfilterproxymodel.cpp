#include "discrepancyfilterproxymodel.h"
#include "discrepancysamples.h"
#include "discrepancytablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace stockroom;
using namespace discrepancysamples;
using domain::DiscrepancyPriority;
using domain::DiscrepancyStatus;
using domain::DiscrepancyType;
using item::DiscrepancyFilterProxyModel;
using item::DiscrepancyTableModel;

namespace {

QStringList skusOf(const QAbstractItemModel &model)
{
    QStringList skus;
    for (int row = 0; row < model.rowCount(); ++row)
        skus.append(model.index(row, DiscrepancyTableModel::SkuColumn).data().toString());
    return skus;
}

QStringList list(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/**
 * The queue of the tests (SKU: type, location, priority, status, assignee, age):
 *   A count variance S01 medium   open          —              10 min, variance -3, -135.00
 *   B oversell       WEB high     acknowledged  ecommerce      30 min, variance -2,  -20.00
 *   C staff report   S02 low      open          —              2 h (overdue),  3 affected, -36.00
 *   D negative stock S01 critical recount       store_manager  3 h, responded in 5 min, -8,000.00
 *   E count variance WEB low      resolved      ecommerce      5 h, +4, +10.00
 *   F digest         S02 medium   dismissed     —              1 d
 */
QList<domain::DiscrepancyState> queue()
{
    using P = DiscrepancyPriority;
    using S = DiscrepancyStatus;
    using T = DiscrepancyType;
    const qint64 h = 60 * minuteMs;
    auto c = make(QStringLiteral("C"), T::StaffReport, QStringLiteral("S02"), 0, 3, -3600, S::Open,
                  P::Low, {}, baseMs - 2 * h);
    c.reference = QStringLiteral("damaged");
    return {
        make(QStringLiteral("A"), T::CountVariance, QStringLiteral("S01"), 10, 7, -13500, S::Open,
             P::Medium, {}, baseMs - 10 * minuteMs),
        make(QStringLiteral("B"), T::Oversell, QStringLiteral("WEB"), 1, -1, -2000, S::Acknowledged,
             P::High, QStringLiteral("ecommerce"), baseMs - 30 * minuteMs, baseMs - 25 * minuteMs),
        c,
        make(QStringLiteral("D"), T::NegativeStock, QStringLiteral("S01"), 0, -8, -800000,
             S::RecountRequested, P::Critical, QStringLiteral("store_manager"), baseMs - 3 * h,
             baseMs - 3 * h + 5 * minuteMs),
        make(QStringLiteral("E"), T::CountVariance, QStringLiteral("WEB"), 6, 10, 1000, S::Resolved,
             P::Low, QStringLiteral("ecommerce"), baseMs - 5 * h),
        make(QStringLiteral("F"), T::DigestMismatch, QStringLiteral("S02"), 0, 0, 0, S::Dismissed,
             P::Medium, {}, baseMs - 24 * h),
    };
}

} // namespace

/** Filters, severity sorting and "ecommerce first" over the Discrepancies queue. */
class TestDiscrepancyFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultHidesClosed();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void ecommerceFirst_data();
    void ecommerceFirst();
    void overdueFollowsNow();
    void newDataKeepsFiltersAndOrder();
    void tenThousandRows();

private:
    std::unique_ptr<DiscrepancyTableModel> m_source;
    std::unique_ptr<DiscrepancyFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDiscrepancyFilterProxyModel::init()
{
    m_source = std::make_unique<DiscrepancyTableModel>();
    m_source->setData(queue(), baseMs);
    m_proxy = std::make_unique<DiscrepancyFilterProxyModel>();
    m_proxy->setSourceModel(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDiscrepancyFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_source.reset();
}

void TestDiscrepancyFilterProxyModel::defaultHidesClosed()
{
    QCOMPARE(m_proxy->statuses(), DiscrepancyFilterProxyModel::notClosedStatuses());
    QCOMPARE(skusOf(*m_proxy), list("A B C D"));
    m_proxy->setStatuses({});
    QCOMPARE(skusOf(*m_proxy), list("A B C D E F"));
}

void TestDiscrepancyFilterProxyModel::filters_data()
{
    QTest::addColumn<QList<DiscrepancyStatus>>("statuses");
    QTest::addColumn<int>("type"); // -1: any
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("assignee"); // "*": anyone
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QList<DiscrepancyStatus> open = DiscrepancyFilterProxyModel::notClosedStatuses();
    const QString anyone = QStringLiteral("*");
    QTest::newRow("default") << open << -1 << QString() << anyone << false << QString()
                             << list("A B C D");
    QTest::newRow("every status") << QList<DiscrepancyStatus>{} << -1 << QString() << anyone
                                  << false << QString() << list("A B C D E F");
    QTest::newRow("resolved only") << QList<DiscrepancyStatus>{DiscrepancyStatus::Resolved} << -1
                                   << QString() << anyone << false << QString() << list("E");
    QTest::newRow("closed") << QList<DiscrepancyStatus>{DiscrepancyStatus::Resolved,
                                                        DiscrepancyStatus::Dismissed}
                            << -1 << QString() << anyone << false << QString() << list("E F");
    QTest::newRow("type over every status")
        << QList<DiscrepancyStatus>{} << int(DiscrepancyType::CountVariance) << QString() << anyone
        << false << QString() << list("A E");
    QTest::newRow("location") << open << -1 << QStringLiteral("S01") << anyone << false << QString()
                              << list("A D");
    QTest::newRow("assignee") << QList<DiscrepancyStatus>{} << -1 << QString()
                              << QStringLiteral("ecommerce") << false << QString() << list("B E");
    QTest::newRow("unassigned") << open << -1 << QString() << QString() << false << QString()
                                << list("A C");
    QTest::newRow("overdue only") << QList<DiscrepancyStatus>{} << -1 << QString() << anyone << true
                                  << QString() << list("C");
    QTest::newRow("sku search ignores case")
        << QList<DiscrepancyStatus>{} << -1 << QString() << anyone << false << QStringLiteral(" e ")
        << list("E");
    QTest::newRow("everything at once")
        << open << int(DiscrepancyType::StaffReport) << QStringLiteral("S02") << QString() << true
        << QStringLiteral("c") << list("C");
    QTest::newRow("nothing matches")
        << open << int(DiscrepancyType::Oversell) << QStringLiteral("S01") << anyone << false
        << QString() << QStringList();
}

void TestDiscrepancyFilterProxyModel::filters()
{
    QFETCH(QList<DiscrepancyStatus>, statuses);
    QFETCH(int, type);
    QFETCH(QString, location);
    QFETCH(QString, assignee);
    QFETCH(bool, overdue);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    m_proxy->setStatuses(statuses);
    m_proxy->setType(type < 0 ? std::nullopt : std::optional(DiscrepancyType(type)));
    m_proxy->setLocation(location);
    m_proxy->setAssignee(assignee == QLatin1String("*") ? std::nullopt
                                                        : std::optional<QString>(assignee));
    m_proxy->setOverdueOnly(overdue);
    m_proxy->setSearchText(search);
    QCOMPARE(skusOf(*m_proxy), expected);
    QCOMPARE(m_proxy->overdueOnly(), overdue);
    QCOMPARE(m_proxy->location(), location);
}

void TestDiscrepancyFilterProxyModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    const auto asc = int(Qt::AscendingOrder);
    const auto desc = int(Qt::DescendingOrder);
    using M = DiscrepancyTableModel;
    // Alphabetically it would be Critical, High, Low, Medium.
    QTest::newRow("priority by severity") << int(M::PriorityColumn) << asc << list("C E A F B D");
    QTest::newRow("priority most severe first, ties newest first")
        << int(M::PriorityColumn) << desc << list("D B A F C E");
    QTest::newRow("type in the domain's order") << int(M::TypeColumn) << asc << list("A E D B F C");
    QTest::newRow("location") << int(M::LocationColumn) << asc << list("A D C F B E");
    QTest::newRow("sku descending") << int(M::SkuColumn) << desc << list("F E D C B A");
    QTest::newRow("expected by number") << int(M::ExpectedColumn) << asc << list("C D F B E A");
    QTest::newRow("actual by number") << int(M::ActualColumn) << asc << list("D B F C A E");
    QTest::newRow("variance units, reports as losses")
        << int(M::VarianceUnitsColumn) << asc << list("D A C B F E");
    QTest::newRow("value by number, not text")
        << int(M::VarianceValueColumn) << asc << list("D A C B F E");
    QTest::newRow("status in workflow order") << int(M::StatusColumn) << asc << list("A C B D E F");
    QTest::newRow("assignee") << int(M::AssigneeColumn) << asc << list("A C F B E D");
    // Waiting first by time left (C overdue, A 50 min left), then the answered ones by what
    // was left when they were answered: B and D with 55 min, E and F with 59 min.
    QTest::newRow("sla most urgent first") << int(M::SlaColumn) << asc << list("C A B D E F");
    QTest::newRow("created oldest first") << int(M::CreatedColumn) << asc << list("F E D C B A");
    QTest::newRow("created newest first") << int(M::CreatedColumn) << desc << list("A B C D E F");
}

void TestDiscrepancyFilterProxyModel::sorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    m_proxy->setStatuses({});
    m_proxy->sort(column, Qt::SortOrder(order));
    QCOMPARE(skusOf(*m_proxy), expected);
}

void TestDiscrepancyFilterProxyModel::ecommerceFirst_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    using M = DiscrepancyTableModel;
    // B (oversell at WEB) and E (at WEB) lead in either order.
    QTest::newRow("priority descending")
        << int(M::PriorityColumn) << int(Qt::DescendingOrder) << list("B E D A F C");
    QTest::newRow("priority ascending")
        << int(M::PriorityColumn) << int(Qt::AscendingOrder) << list("E B C A F D");
    QTest::newRow("sku descending")
        << int(M::SkuColumn) << int(Qt::DescendingOrder) << list("E B F D C A");
}

void TestDiscrepancyFilterProxyModel::ecommerceFirst()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    m_proxy->setStatuses({});
    m_proxy->setOnlineLocations({QStringLiteral("WEB")});
    m_proxy->sort(column, Qt::SortOrder(order));
    m_proxy->setEcommerceFirst(true);
    QVERIFY(m_proxy->ecommerceFirst());
    QCOMPARE(skusOf(*m_proxy), expected);
    m_proxy->setEcommerceFirst(false);
    QVERIFY(skusOf(*m_proxy) != expected);

    // An oversell leads even when no online location is known.
    m_proxy->setOnlineLocations({});
    m_proxy->setEcommerceFirst(true);
    QCOMPARE(skusOf(*m_proxy).constFirst(), QStringLiteral("B"));
    QVERIFY(m_proxy->isEcommerceRow(m_source->rowOfId(queue().at(1).id)));
    QVERIFY(!m_proxy->isEcommerceRow(m_source->rowOfId(queue().at(4).id)));
}

void TestDiscrepancyFilterProxyModel::overdueFollowsNow()
{
    m_proxy->setOverdueOnly(true);
    QCOMPARE(skusOf(*m_proxy), list("C"));
    // 55 minutes on, A (10 minutes old) passes its hour too; D and B were answered in time.
    m_source->setNowMs(baseMs + 55 * minuteMs);
    QCOMPARE(skusOf(*m_proxy), list("A C"));
}

void TestDiscrepancyFilterProxyModel::newDataKeepsFiltersAndOrder()
{
    m_proxy->setLocation(QStringLiteral("S01"));
    m_proxy->sort(DiscrepancyTableModel::PriorityColumn, Qt::DescendingOrder);
    QCOMPARE(skusOf(*m_proxy), list("D A"));
    auto rows = queue();
    rows.append(make(QStringLiteral("G"), DiscrepancyType::Oversell, QStringLiteral("S01"), 1, 0,
                     -100, DiscrepancyStatus::Open, DiscrepancyPriority::High));
    m_source->setData(rows, baseMs);
    QCOMPARE(skusOf(*m_proxy), list("D G A"));
}

void TestDiscrepancyFilterProxyModel::tenThousandRows()
{
    QList<domain::DiscrepancyState> rows;
    rows.reserve(10000);
    const QList<DiscrepancyType> &types = domain::allDiscrepancyTypes();
    const QList<DiscrepancyStatus> &statuses = domain::allDiscrepancyStatuses();
    for (int i = 0; i < 10000; ++i) {
        rows.append(make(QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')),
                         types.at(i % types.size()),
                         i % 7 == 0 ? QStringLiteral("WEB") : QStringLiteral("S01"), 10, i % 13,
                         (i % 13 - 10) * 1234, statuses.at(i % statuses.size()),
                         DiscrepancyPriority(i % 4), {}, baseMs - i * minuteMs));
    }
    m_tester.reset(); // measured without the tester's own work
    QElapsedTimer timer;
    timer.start();
    m_proxy->sort(DiscrepancyTableModel::PriorityColumn, Qt::DescendingOrder);
    m_proxy->setOnlineLocations({QStringLiteral("WEB")});
    m_proxy->setEcommerceFirst(true);
    m_source->setData(rows, baseMs);
    QCOMPARE(m_proxy->rowCount(), 6000); // three of the five statuses are not closed
    qInfo("reset, filter and sort of 10,000 rows: %lld ms", timer.elapsed());
    bool seenOther = false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const bool ecommerce
            = m_proxy->isEcommerceRow(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        QVERIFY(!(seenOther && ecommerce));
        seenOther = seenOther || !ecommerce;
    }
}

QTEST_GUILESS_MAIN(TestDiscrepancyFilterProxyModel)
#include "tst_discrepancyfilterproxymodel.moc"
