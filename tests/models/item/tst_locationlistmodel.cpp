#include "locationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using stockroom::domain::Location;

/** The location picker's model, under QAbstractItemModelTester. */
class TestLocationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLocations();
    void resetsOnNewLocations();
};

void TestLocationListModel::showsLocations()
{
    item::LocationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setLocations(
        {{QStringLiteral("S01"), QStringLiteral("Main Street"), Location::Kind::Store},
         {QStringLiteral("WEB"), QStringLiteral("Web shop"), Location::Kind::Online}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("S01 — Main Street"));
    QCOMPARE(model.index(1, 0).data(item::LocationListModel::CodeRole).toString(),
             QStringLiteral("WEB"));
    QCOMPARE(model.index(1, 0).data(item::LocationListModel::KindRole).toString(),
             QStringLiteral("online"));
    QCOMPARE(model.rowOfCode(QStringLiteral("WEB")), 1);
    QCOMPARE(model.rowOfCode(QStringLiteral("NOPE")), -1);
    QVERIFY(!model.index(2, 0).isValid());
}

void TestLocationListModel::resetsOnNewLocations()
{
    item::LocationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLocations(
        {{QStringLiteral("S01"), QStringLiteral("Main Street"), Location::Kind::Store}});
    model.setLocations({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestLocationListModel)
#include "tst_locationlistmodel.moc"
