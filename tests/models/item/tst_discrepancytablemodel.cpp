#include "celltext.h"
#include "discrepancysamples.h"
#include "discrepancytablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using namespace discrepancysamples;
using domain::DiscrepancyPriority;
using domain::DiscrepancyStatus;
using domain::DiscrepancyType;
using item::DiscrepancyTableModel;

namespace {

domain::DiscrepancyState report(const QString &sku, qint64 units, qint64 valueCents,
                                const QString &category)
{
    auto s = make(sku, DiscrepancyType::StaffReport, QStringLiteral("S01"), 0, units, valueCents);
    s.reference = category;
    return s;
}

} // namespace

/** The Discrepancies page's queue model, under QAbstractItemModelTester. */
class TestDiscrepancyTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void isEmptyBeforeData();
    void cells_data();
    void cells();
    void sortValuesAreNumbers();
    void money_data();
    void money();
    void moneyInGerman();
    void durations_data();
    void durations();
    void sla_data();
    void sla();
    void movingNowChangesOnlyTheSla();
    void headersAndRoles();
    void rowOfId();

private:
    std::unique_ptr<DiscrepancyTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDiscrepancyTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDiscrepancyTableModel::init()
{
    m_model = std::make_unique<DiscrepancyTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDiscrepancyTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestDiscrepancyTableModel::isEmptyBeforeData()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(DiscrepancyTableModel::ColumnCount));
    QCOMPARE(m_model->rowOfId(QUuid::createUuid()), -1);
}

void TestDiscrepancyTableModel::cells_data()
{
    QTest::addColumn<domain::DiscrepancyState>("state");
    // Every column but Created (the locale's date and time, checked apart), "|" between cells.
    QTest::addColumn<QString>("expected");

    QTest::newRow("count variance short")
        << make(QStringLiteral("RUN-001"), DiscrepancyType::CountVariance, QStringLiteral("S01"),
                10, 7, -13500, DiscrepancyStatus::Acknowledged, DiscrepancyPriority::Medium,
                QStringLiteral("store_manager"), baseMs, baseMs + 5 * minuteMs)
        << QStringLiteral("Medium|Count variance|S01|RUN-001|10|7|-3|-135.00|Acknowledged|"
                          "store_manager|responded in 5 min");
    QTest::newRow("count variance over, thousands")
        << make(QStringLiteral("TENT-9"), DiscrepancyType::CountVariance, QStringLiteral("S02"),
                1000, 3500, 12345678, DiscrepancyStatus::Open, DiscrepancyPriority::Critical)
        << QStringLiteral("Critical|Count variance|S02|TENT-9|1,000|3,500|+2,500|+123,456.78|"
                          "Open||50 min left");
    QTest::newRow("staff report shows units affected as a loss")
        << report(QStringLiteral("BALL-5"), 3, -3600, QStringLiteral("damaged"))
        << QStringLiteral("Low|Staff report: Damaged goods|S01|BALL-5|||-3|-36.00|Open||"
                          "50 min left");
    QTest::newRow("dismissed oversell")
        << make(QStringLiteral("WEB-1"), DiscrepancyType::Oversell, QStringLiteral("WEB"), 2, -1,
                -50, DiscrepancyStatus::Dismissed, DiscrepancyPriority::High,
                QStringLiteral("ecommerce"), baseMs - 3 * 60 * minuteMs)
        << QStringLiteral("High|Oversell|WEB|WEB-1|2|-1|-3|-0.50|Dismissed|ecommerce|"
                          "responded in 1 min");
}

void TestDiscrepancyTableModel::cells()
{
    QFETCH(domain::DiscrepancyState, state);
    QFETCH(QString, expected);
    m_model->setData({state}, baseMs + 10 * minuteMs);
    QCOMPARE(m_model->rowCount(), 1);
    QStringList actual;
    for (int column = 0; column < DiscrepancyTableModel::CreatedColumn; ++column)
        actual.append(m_model->index(0, column).data().toString());
    QCOMPARE(actual.join(QLatin1Char('|')), expected);
    QCOMPARE(m_model->index(0, DiscrepancyTableModel::CreatedColumn).data().toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(state.createdAtMs),
                                QLocale::ShortFormat));
    QCOMPARE(m_model->index(0, 0).data(DiscrepancyTableModel::IdRole).toString(),
             state.id.toString(QUuid::WithoutBraces));
    QCOMPARE(m_model->index(0, 3).data(DiscrepancyTableModel::StatusRole).toString(),
             domain::discrepancyStatusName(state.status));
    QCOMPARE(m_model->index(0, 3).data(DiscrepancyTableModel::TypeRole).toString(),
             domain::discrepancyTypeName(state.type));
    QCOMPARE(m_model->index(0, 3).data(DiscrepancyTableModel::ClosedRole).toBool(),
             state.isClosed());
}

void TestDiscrepancyTableModel::sortValuesAreNumbers()
{
    m_model->setData(
        {make(QStringLiteral("A"), DiscrepancyType::CountVariance, QStringLiteral("S01"), 10, 7,
              -13500, DiscrepancyStatus::Open, DiscrepancyPriority::High)},
        baseMs + 20 * minuteMs);
    const auto edit = [this](int column) {
        return m_model->index(0, column).data(Qt::EditRole);
    };
    QCOMPARE(edit(DiscrepancyTableModel::PriorityColumn), QVariant(int(DiscrepancyPriority::High)));
    QCOMPARE(edit(DiscrepancyTableModel::VarianceUnitsColumn), QVariant(qint64(-3)));
    QCOMPARE(edit(DiscrepancyTableModel::VarianceValueColumn), QVariant(qint64(-13500)));
    QCOMPARE(edit(DiscrepancyTableModel::SlaColumn), QVariant(qint64(40 * minuteMs)));
    QCOMPARE(edit(DiscrepancyTableModel::CreatedColumn), QVariant(qint64(baseMs)));
    QCOMPARE(m_model->index(0, DiscrepancyTableModel::VarianceValueColumn)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

void TestDiscrepancyTableModel::money_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents only") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("negative cents only") << qint64(-50) << QStringLiteral("-0.50");
    QTest::newRow("negative whole") << qint64(-100) << QStringLiteral("-1.00");
    QTest::newRow("thousands") << qint64(123456) << QStringLiteral("1,234.56");
    QTest::newRow("beyond double precision")
        << qint64(9007199254740993LL) << QStringLiteral("90,071,992,547,409.93");
}

void TestDiscrepancyTableModel::money()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(item::celltext::money(cents), text);
}

void TestDiscrepancyTableModel::moneyInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = item::celltext::money(-123456);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(text, QStringLiteral("-1.234,56"));
}

void TestDiscrepancyTableModel::durations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(30000) << QStringLiteral("< 1 min");
    QTest::newRow("minutes") << qint64(45 * minuteMs) << QStringLiteral("45 min");
    QTest::newRow("negative is the same length")
        << qint64(-45 * minuteMs) << QStringLiteral("45 min");
    QTest::newRow("hours pad minutes") << qint64(125 * minuteMs) << QStringLiteral("2 h 05 min");
    QTest::newRow("days") << qint64((3 * 24 + 4) * 60 * minuteMs + 59 * minuteMs)
                          << QStringLiteral("3 d 4 h");
}

void TestDiscrepancyTableModel::durations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(DiscrepancyTableModel::durationText(ms), text);
}

void TestDiscrepancyTableModel::sla_data()
{
    QTest::addColumn<qint64>("nowAfterMs");
    QTest::addColumn<std::optional<qint64>>("respondedAfterMs");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("fresh") << qint64(10 * minuteMs) << std::optional<qint64>()
                           << QStringLiteral("50 min left") << false;
    QTest::newRow("last minute") << qint64(59 * minuteMs + 30000) << std::optional<qint64>()
                                 << QStringLiteral("< 1 min left") << false;
    QTest::newRow("overdue") << qint64(90 * minuteMs) << std::optional<qint64>()
                             << QStringLiteral("overdue by 30 min") << true;
    QTest::newRow("responded in time")
        << qint64(300 * minuteMs) << std::optional<qint64>(12 * minuteMs)
        << QStringLiteral("responded in 12 min") << false;
    QTest::newRow("responded late")
        << qint64(300 * minuteMs) << std::optional<qint64>(120 * minuteMs)
        << QStringLiteral("responded late, after 2 h 00 min") << false;
}

void TestDiscrepancyTableModel::sla()
{
    QFETCH(qint64, nowAfterMs);
    QFETCH(std::optional<qint64>, respondedAfterMs);
    QFETCH(QString, text);
    QFETCH(bool, overdue);
    auto state = make(QStringLiteral("A"), DiscrepancyType::NegativeStock, QStringLiteral("S01"), 0,
                      -2, -900);
    if (respondedAfterMs)
        state.firstResponseAtMs = baseMs + *respondedAfterMs;
    m_model->setData({state}, baseMs + nowAfterMs);
    QCOMPARE(m_model->index(0, DiscrepancyTableModel::SlaColumn).data().toString(), text);
    QCOMPARE(m_model->index(0, 0).data(DiscrepancyTableModel::OverdueRole).toBool(), overdue);
    QCOMPARE(m_model->isOverdue(0), overdue);
    QVERIFY(!m_model->index(0, DiscrepancyTableModel::SlaColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestDiscrepancyTableModel::movingNowChangesOnlyTheSla()
{
    m_model->setData(
        {make(QStringLiteral("A"), DiscrepancyType::Oversell, QStringLiteral("WEB"), 1, 0, -100),
         make(QStringLiteral("B"), DiscrepancyType::Oversell, QStringLiteral("WEB"), 1, 0, -100)},
        baseMs + minuteMs);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setNowMs(baseMs + 61 * minuteMs);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    const auto first = changed.constFirst();
    QCOMPARE(first.at(0).toModelIndex().column(), int(DiscrepancyTableModel::SlaColumn));
    QCOMPARE(first.at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, DiscrepancyTableModel::SlaColumn).data().toString(),
             QStringLiteral("overdue by 1 min"));
    changed.clear();
    m_model->setNowMs(baseMs + 61 * minuteMs); // the same time again: nothing to tell
    QCOMPARE(changed.count(), 0);
}

void TestDiscrepancyTableModel::headersAndRoles()
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers.append(m_model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("Priority"), QStringLiteral("Type"),
                                   QStringLiteral("Location"), QStringLiteral("SKU"),
                                   QStringLiteral("Expected"), QStringLiteral("Actual"),
                                   QStringLiteral("Variance"), QStringLiteral("Value"),
                                   QStringLiteral("Status"), QStringLiteral("Assignee"),
                                   QStringLiteral("Age / SLA"), QStringLiteral("Created")}));
    const auto names = m_model->roleNames();
    QCOMPARE(names.value(DiscrepancyTableModel::IdRole), QByteArray("discrepancyId"));
    QCOMPARE(names.value(DiscrepancyTableModel::OverdueRole), QByteArray("overdue"));
    for (domain::DiscrepancyType type : domain::allDiscrepancyTypes())
        QVERIFY(DiscrepancyTableModel::typeLabel(type) != domain::discrepancyTypeName(type));
    for (domain::DiscrepancyStatus status : domain::allDiscrepancyStatuses())
        QVERIFY(!DiscrepancyTableModel::statusLabel(status).isEmpty());
    for (domain::ResolutionAction action : domain::allResolutionActions())
        QVERIFY(DiscrepancyTableModel::actionLabel(action) != domain::resolutionActionName(action));
    for (domain::DiscrepancyEventKind kind : domain::allDiscrepancyEventKinds())
        QVERIFY(!DiscrepancyTableModel::eventKindLabel(kind).isEmpty());
    for (const QString &category : DiscrepancyTableModel::issueCategories())
        QVERIFY(DiscrepancyTableModel::issueCategoryLabel(category) != category);
}

void TestDiscrepancyTableModel::rowOfId()
{
    const auto a
        = make(QStringLiteral("A"), DiscrepancyType::Oversell, QStringLiteral("WEB"), 1, 0, -100);
    const auto b
        = make(QStringLiteral("B"), DiscrepancyType::Oversell, QStringLiteral("WEB"), 1, 0, -100);
    m_model->setData({a, b}, baseMs);
    QCOMPARE(m_model->rowOfId(b.id), 1);
    QCOMPARE(m_model->discrepancy(0).sku, QStringLiteral("A"));
    m_model->setData({b}, baseMs);
    QCOMPARE(m_model->rowOfId(a.id), -1);
    QCOMPARE(m_model->rowOfId(b.id), 0);
}

QTEST_GUILESS_MAIN(TestDiscrepancyTableModel)
#include "tst_discrepancytablemodel.moc"
