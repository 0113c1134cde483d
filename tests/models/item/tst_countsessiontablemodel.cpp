#include "countsessiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using domain::CountMode;
using domain::CountScopeKind;
using domain::CountState;
using item::CountSessionRow;
using item::CountSessionTableModel;

Q_DECLARE_METATYPE(stockroom::item::CountSessionRow)

namespace {

constexpr qint64 baseMs = 1764504000000LL;

CountSessionRow session(CountScopeKind kind, const QString &value, const QStringList &skus,
                        CountMode mode, CountState state, int lines)
{
    CountSessionRow row;
    row.id = QUuid::createUuid();
    row.location = QStringLiteral("S01");
    row.locationName = QStringLiteral("Main Street");
    row.scope = {kind, value, skus};
    row.mode = mode;
    row.state = state;
    row.createdAtMs = baseMs;
    row.createdBy = QStringLiteral("maria");
    row.assignees = {QStringLiteral("maria"), QStringLiteral("li")};
    row.lines = lines;
    return row;
}

} // namespace

/** The Counts page's session list, under QAbstractItemModelTester. */
class TestCountSessionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void isEmptyBeforeData();
    void cells_data();
    void cells();
    void recountingOpenSession();
    void updatesInPlace();
    void tooltipsAndHeaders();

private:
    std::unique_ptr<CountSessionTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCountSessionTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCountSessionTableModel::init()
{
    m_model = std::make_unique<CountSessionTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCountSessionTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestCountSessionTableModel::isEmptyBeforeData()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(CountSessionTableModel::ColumnCount));
    QCOMPARE(m_model->rowOfId(QUuid::createUuid()), -1);
}

void TestCountSessionTableModel::cells_data()
{
    QTest::addColumn<CountSessionRow>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");

    const auto store
        = session(CountScopeKind::WholeStore, {}, {}, CountMode::Expected, CountState::Open, 1234);
    const auto category = session(CountScopeKind::Category, QStringLiteral("Football"), {},
                                  CountMode::Blind, CountState::Submitted, 3);
    const auto bin = session(CountScopeKind::Bin, QStringLiteral("A-01-1"), {}, CountMode::Expected,
                             CountState::Reviewed, 1);
    const auto list = session(CountScopeKind::SkuList, {},
                              {QStringLiteral("RUN-001"), QStringLiteral("FTB-010")},
                              CountMode::Blind, CountState::Posted, 2);
    const auto cycle = session(CountScopeKind::CycleList, {}, {QStringLiteral("RUN-001")},
                               CountMode::Expected, CountState::Open, 0);

    QTest::newRow("location") << store << int(CountSessionTableModel::LocationColumn)
                              << QStringLiteral("S01");
    QTest::newRow("whole store") << store << int(CountSessionTableModel::ScopeColumn)
                                 << QStringLiteral("Whole store");
    QTest::newRow("category") << category << int(CountSessionTableModel::ScopeColumn)
                              << QStringLiteral("Category Football");
    QTest::newRow("bin") << bin << int(CountSessionTableModel::ScopeColumn)
                         << QStringLiteral("Bin A-01-1");
    QTest::newRow("sku list") << list << int(CountSessionTableModel::ScopeColumn)
                              << QStringLiteral("2 SKU(s)");
    QTest::newRow("cycle") << cycle << int(CountSessionTableModel::ScopeColumn)
                           << QStringLiteral("Cycle count, 1 SKU(s)");
    QTest::newRow("expected") << store << int(CountSessionTableModel::ModeColumn)
                              << QStringLiteral("Expected shown");
    QTest::newRow("blind") << category << int(CountSessionTableModel::ModeColumn)
                           << QStringLiteral("Blind");
    QTest::newRow("open") << store << int(CountSessionTableModel::StateColumn)
                          << QStringLiteral("Open");
    QTest::newRow("submitted") << category << int(CountSessionTableModel::StateColumn)
                               << QStringLiteral("Submitted");
    QTest::newRow("reviewed") << bin << int(CountSessionTableModel::StateColumn)
                              << QStringLiteral("Reviewed");
    QTest::newRow("posted") << list << int(CountSessionTableModel::StateColumn)
                            << QStringLiteral("Posted");
    QTest::newRow("lines") << store << int(CountSessionTableModel::LinesColumn)
                           << QStringLiteral("1,234");
}

void TestCountSessionTableModel::cells()
{
    QFETCH(CountSessionRow, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    m_model->setSessions({row});
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(CountSessionTableModel::IdRole).toString(),
             row.id.toString(QUuid::WithoutBraces));
    QCOMPARE(index.data(CountSessionTableModel::StateRole).toString(),
             domain::countStateName(row.state));
    QCOMPARE(index.data(CountSessionTableModel::ModeRole).toString(),
             domain::countModeName(row.mode));
}

void TestCountSessionTableModel::recountingOpenSession()
{
    auto row
        = session(CountScopeKind::WholeStore, {}, {}, CountMode::Expected, CountState::Open, 5);
    row.recounting = 2;
    m_model->setSessions({row});
    QCOMPARE(m_model->index(0, CountSessionTableModel::StateColumn).data().toString(),
             QStringLiteral("Recount of 2 line(s)"));
    QCOMPARE(m_model->index(0, CountSessionTableModel::StateColumn).data(Qt::EditRole).toInt(),
             int(CountState::Open));
}

void TestCountSessionTableModel::updatesInPlace()
{
    const auto a
        = session(CountScopeKind::WholeStore, {}, {}, CountMode::Expected, CountState::Open, 0);
    auto b = session(CountScopeKind::Category, QStringLiteral("Outdoor"), {}, CountMode::Blind,
                     CountState::Open, 0);
    m_model->setSessions({a, b});
    QCOMPARE(m_model->rowOfId(b.id), 1);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setLineCount(a.id, 3));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->setLineCount(a.id, 3)); // no change, no signal
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, CountSessionTableModel::LinesColumn).data(Qt::EditRole).toInt(), 3);

    b.state = CountState::Submitted;
    QVERIFY(m_model->updateSession(b));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->session(1).state, CountState::Submitted);
    QVERIFY(!m_model->updateSession(
        session(CountScopeKind::WholeStore, {}, {}, CountMode::Expected, CountState::Open, 0)));
    QVERIFY(!m_model->setLineCount(QUuid::createUuid(), 1));
}

void TestCountSessionTableModel::tooltipsAndHeaders()
{
    m_model->setSessions({session(CountScopeKind::SkuList, {},
                                  {QStringLiteral("RUN-001"), QStringLiteral("FTB-010")},
                                  CountMode::Blind, CountState::Open, 0)});
    QCOMPARE(
        m_model->index(0, CountSessionTableModel::LocationColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Main Street"));
    QCOMPARE(
        m_model->index(0, CountSessionTableModel::ScopeColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("RUN-001, FTB-010"));
    const QString created
        = m_model->index(0, CountSessionTableModel::CreatedColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(created.contains(QStringLiteral("by maria")), qPrintable(created));
    QVERIFY2(created.contains(QStringLiteral("Counters: maria, li")), qPrintable(created));
    QCOMPARE(m_model->headerData(CountSessionTableModel::LinesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Lines"));
    QCOMPARE(m_model->headerData(CountSessionTableModel::ScopeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Scope"));
}

QTEST_GUILESS_MAIN(TestCountSessionTableModel)
#include "tst_countsessiontablemodel.moc"
