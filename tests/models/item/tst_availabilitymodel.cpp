#include "availabilitymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using domain::Location;
using domain::StockPosition;
using item::AvailabilityModel;

namespace {

StockPosition at(const QString &location, qint64 onHand, qint64 committed)
{
    return {location, QStringLiteral("RUN-42"), {onHand, committed}, std::nullopt};
}

const QList<Location> &chain()
{
    static const QList<Location> locations{
        {QStringLiteral("S01"), QStringLiteral("Main Street"), Location::Kind::Store},
        {QStringLiteral("S02"), QStringLiteral("Harbour"), Location::Kind::Store},
        {QStringLiteral("S03"), QStringLiteral("Old Town"), Location::Kind::Store},
        {QStringLiteral("WH"), QStringLiteral("Warehouse"), Location::Kind::Warehouse},
    };
    return locations;
}

QStringList codesOf(const AvailabilityModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.index(row, AvailabilityModel::CodeColumn).data().toString());
    return codes;
}

} // namespace

/** Stock at the other locations of the chain, under QAbstractItemModelTester. */
class TestAvailabilityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ordersAndExcludes_data();
    void ordersAndExcludes();
    void cells_data();
    void cells();
    void unknownLocationShowsItsCode();
    void headers();
    void clearEmpties();

private:
    std::unique_ptr<AvailabilityModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAvailabilityModel::init()
{
    m_model = std::make_unique<AvailabilityModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAvailabilityModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestAvailabilityModel::ordersAndExcludes_data()
{
    QTest::addColumn<QList<StockPosition>>("positions");
    QTest::addColumn<QString>("excluded");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("total");
    const QList<StockPosition> positions{
        at(QStringLiteral("S01"), 5, 0), at(QStringLiteral("S02"), 9, 2),
        at(QStringLiteral("S03"), 3, 0), at(QStringLiteral("WH"), 40, 0)};
    QTest::newRow("most available first, current excluded")
        << positions << QStringLiteral("S01")
        << QStringList{QStringLiteral("WH"), QStringLiteral("S02"), QStringLiteral("S03")}
        << qint64(40 + 7 + 3);
    QTest::newRow("nothing excluded") << positions << QString()
                                      << QStringList{QStringLiteral("WH"), QStringLiteral("S02"),
                                                     QStringLiteral("S01"), QStringLiteral("S03")}
                                      << qint64(55);
    QTest::newRow("ties by code") << QList<StockPosition>{at(QStringLiteral("S03"), 2, 0),
                                                          at(QStringLiteral("S02"), 2, 0),
                                                          at(QStringLiteral("S01"), 2, 0)}
                                  << QStringLiteral("S01")
                                  << QStringList{QStringLiteral("S02"), QStringLiteral("S03")}
                                  << qint64(4);
    QTest::newRow("negative last")
        << QList<StockPosition>{at(QStringLiteral("S02"), -3, 0), at(QStringLiteral("S03"), 0, 0)}
        << QStringLiteral("S01") << QStringList{QStringLiteral("S03"), QStringLiteral("S02")}
        << qint64(-3);
    QTest::newRow("only the current location")
        << QList<StockPosition>{at(QStringLiteral("S01"), 4, 0)} << QStringLiteral("S01")
        << QStringList() << qint64(0);
}

void TestAvailabilityModel::ordersAndExcludes()
{
    QFETCH(QList<StockPosition>, positions);
    QFETCH(QString, excluded);
    QFETCH(QStringList, expected);
    QFETCH(qint64, total);
    m_model->setPositions(positions, chain(), excluded);
    QCOMPARE(codesOf(*m_model), expected);
    QCOMPARE(m_model->totalAvailable(), total);
}

void TestAvailabilityModel::cells_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("code") << int(AvailabilityModel::CodeColumn) << int(Qt::DisplayRole)
                          << QVariant(QStringLiteral("S02"));
    QTest::newRow("name") << int(AvailabilityModel::NameColumn) << int(Qt::DisplayRole)
                          << QVariant(QStringLiteral("Harbour"));
    QTest::newRow("on hand") << int(AvailabilityModel::OnHandColumn) << int(Qt::EditRole)
                             << QVariant(qint64(9));
    QTest::newRow("committed") << int(AvailabilityModel::CommittedColumn) << int(Qt::EditRole)
                               << QVariant(qint64(2));
    QTest::newRow("available") << int(AvailabilityModel::AvailableColumn) << int(Qt::DisplayRole)
                               << QVariant(qint64(7));
    QTest::newRow("code role") << int(AvailabilityModel::AvailableColumn)
                               << int(AvailabilityModel::LocationCodeRole)
                               << QVariant(QStringLiteral("S02"));
    QTest::newRow("numbers right-aligned")
        << int(AvailabilityModel::AvailableColumn) << int(Qt::TextAlignmentRole)
        << QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    QTest::newRow("names left-aligned")
        << int(AvailabilityModel::NameColumn) << int(Qt::TextAlignmentRole) << QVariant();
}

void TestAvailabilityModel::cells()
{
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    m_model->setPositions({at(QStringLiteral("S02"), 9, 2)}, chain(), QStringLiteral("S01"));
    QCOMPARE(m_model->index(0, column).data(role), expected);
}

void TestAvailabilityModel::unknownLocationShowsItsCode()
{
    m_model->setPositions({at(QStringLiteral("S99"), 1, 0)}, chain(), QStringLiteral("S01"));
    QCOMPARE(m_model->index(0, AvailabilityModel::NameColumn).data().toString(),
             QStringLiteral("S99"));
}

void TestAvailabilityModel::headers()
{
    QStringList actual;
    for (int column = 0; column < m_model->columnCount(); ++column)
        actual.append(m_model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(actual, (QStringList{QStringLiteral("Location"), QStringLiteral("Name"),
                                  QStringLiteral("On hand"), QStringLiteral("Committed"),
                                  QStringLiteral("Available")}));
}

void TestAvailabilityModel::clearEmpties()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setPositions({at(QStringLiteral("S02"), 9, 2)}, chain(), {});
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 2);
}

QTEST_GUILESS_MAIN(TestAvailabilityModel)
#include "tst_availabilitymodel.moc"
