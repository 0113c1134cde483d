#include "discrepancytimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace stockroom;
using domain::DiscrepancyEvent;
using domain::DiscrepancyEventKind;
using item::DiscrepancyTimelineModel;

namespace {

constexpr qint64 baseMs = 1764504000000LL;

const QUuid discrepancyId = QUuid::createUuidV5(QUuid(), QStringLiteral("timeline"));

DiscrepancyEvent created()
{
    DiscrepancyEvent e;
    e.id = discrepancyId;
    e.discrepancy = discrepancyId;
    e.kind = DiscrepancyEventKind::Created;
    e.type = domain::DiscrepancyType::StaffReport;
    e.location = QStringLiteral("S01");
    e.sku = QStringLiteral("RUN-001");
    e.actual = 2;
    e.valueCents = -9000;
    e.reference = QStringLiteral("damaged");
    e.text = QStringLiteral("damaged: water in the box");
    e.atMs = baseMs;
    e.user = QStringLiteral("maria");
    e.device = QStringLiteral("till-1");
    return e;
}

DiscrepancyEvent makeEvent(DiscrepancyEventKind kind, qint64 afterMs, const QString &user,
                           const QString &text = {})
{
    DiscrepancyEvent e;
    e.id = QUuid::createUuidV5(discrepancyId, QString::number(afterMs));
    e.discrepancy = discrepancyId;
    e.kind = kind;
    e.atMs = baseMs + afterMs;
    e.user = user;
    e.device = user == QLatin1String("maria") ? QStringLiteral("till-1") : QStringLiteral("pc-2");
    e.location = QStringLiteral("S01");
    e.text = text;
    return e;
}

} // namespace

/** One discrepancy's timeline with the events the fold ignored marked, under the tester. */
class TestDiscrepancyTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheFoldOrderAndMarksIgnoredEvents();
    void details_data();
    void details();
    void clearEmpties();
};

void TestDiscrepancyTimelineModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDiscrepancyTimelineModel::showsTheFoldOrderAndMarksIgnoredEvents()
{
    DiscrepancyTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two offline editors both closed it; the merge keeps both events, the earlier one counts.
    auto assigned = makeEvent(DiscrepancyEventKind::Assigned, 2000, QStringLiteral("luis"));
    assigned.assignee = QStringLiteral("luis");
    auto resolved = makeEvent(DiscrepancyEventKind::Resolved, 4000, QStringLiteral("maria"),
                              QStringLiteral("damaged"));
    resolved.action = domain::ResolutionAction::WriteOff;
    const QList<DiscrepancyEvent> events{
        resolved,
        makeEvent(DiscrepancyEventKind::Dismissed, 3000, QStringLiteral("luis"),
                  QStringLiteral("display item")),
        created(),
        makeEvent(DiscrepancyEventKind::Commented, 1000, QStringLiteral("maria"),
                  QStringLiteral("box was wet")),
        assigned,
    };
    const domain::DiscrepancyState state = domain::foldDiscrepancy(events);
    QCOMPARE(state.ignored.size(), 1);
    model.setState(state);
    QCOMPARE(model.rowCount(), 5);
    QStringList kinds;
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        kinds.append(model.index(row, 0).data(DiscrepancyTimelineModel::KindRole).toString());
        shown.append(model.index(row, DiscrepancyTimelineModel::EventColumn).data().toString());
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("created"), QStringLiteral("commented"),
                                 QStringLiteral("assigned"), QStringLiteral("dismissed"),
                                 QStringLiteral("resolved")}));
    QCOMPARE(shown, (QStringList{QStringLiteral("Created"), QStringLiteral("Comment"),
                                 QStringLiteral("Assigned"), QStringLiteral("Dismissed"),
                                 QStringLiteral("Resolved (not applied)")}));
    for (int row = 0; row < 4; ++row) {
        QVERIFY(!model.isIgnored(row));
        QVERIFY(!model.index(row, 0).data(DiscrepancyTimelineModel::IgnoredRole).toBool());
    }
    QVERIFY(model.isIgnored(4));
    QCOMPARE(model.index(4, 0).data(DiscrepancyTimelineModel::IgnoredReasonRole).toString(),
             QStringLiteral("This discrepancy is already dismissed."));
    QCOMPARE(
        model.index(4, DiscrepancyTimelineModel::DetailsColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Not applied: This discrepancy is already dismissed."));
    QCOMPARE(model.index(1, DiscrepancyTimelineModel::WhoColumn).data().toString(),
             QStringLiteral("maria"));
    QCOMPARE(model.index(2, DiscrepancyTimelineModel::WhoColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("luis on pc-2"));
    QCOMPARE(model.index(1, DiscrepancyTimelineModel::WhenColumn).data(Qt::EditRole),
             QVariant(baseMs + 1000));
    QCOMPARE(model.index(0, 0).data(DiscrepancyTimelineModel::EventIdRole).toString(),
             discrepancyId.toString(QUuid::WithoutBraces));
}

void TestDiscrepancyTimelineModel::details_data()
{
    QTest::addColumn<DiscrepancyEvent>("event");
    QTest::addColumn<QString>("details");
    QTest::newRow("staff report with a note")
        << created() << QStringLiteral("Damaged goods: water in the box");
    auto bare = created();
    bare.text = QStringLiteral("missing");
    bare.reference = QStringLiteral("missing");
    QTest::newRow("staff report without a note") << bare << QStringLiteral("Missing item");
    auto counted = created();
    counted.type = domain::DiscrepancyType::CountVariance;
    counted.text.clear();
    counted.expected = 1200;
    counted.actual = 7;
    QTest::newRow("count variance") << counted << QStringLiteral("Expected 1,200, found 7");
    auto assigned = makeEvent(DiscrepancyEventKind::Assigned, 1, QStringLiteral("luis"));
    assigned.assignee = QStringLiteral("ecommerce");
    QTest::newRow("assigned") << assigned << QStringLiteral("to ecommerce");
    QTest::newRow("comment") << makeEvent(DiscrepancyEventKind::Commented, 1,
                                          QStringLiteral("luis"), QStringLiteral("on it"))
                             << QStringLiteral("on it");
    auto writeOff = makeEvent(DiscrepancyEventKind::Resolved, 1, QStringLiteral("luis"),
                              QStringLiteral("theft"));
    writeOff.action = domain::ResolutionAction::WriteOff;
    QTest::newRow("write-off") << writeOff << QStringLiteral("Write off · reason: Theft");
    auto accept = makeEvent(DiscrepancyEventKind::Resolved, 1, QStringLiteral("luis"));
    accept.action = domain::ResolutionAction::AcceptSystem;
    QTest::newRow("accept system") << accept << QStringLiteral("Accept system quantity");
    QTest::newRow("dismissed") << makeEvent(DiscrepancyEventKind::Dismissed, 1,
                                            QStringLiteral("luis"), QStringLiteral("duplicate"))
                               << QStringLiteral("duplicate");
    auto priority = makeEvent(DiscrepancyEventKind::PrioritySet, 1, QStringLiteral("luis"));
    priority.priority = domain::DiscrepancyPriority::Critical;
    QTest::newRow("priority") << priority << QStringLiteral("Critical");
    QTest::newRow("acknowledged") << makeEvent(DiscrepancyEventKind::Acknowledged, 1,
                                               QStringLiteral("luis"))
                                  << QString();
}

void TestDiscrepancyTimelineModel::details()
{
    QFETCH(DiscrepancyEvent, event);
    QFETCH(QString, details);
    QCOMPARE(DiscrepancyTimelineModel::detailsText(event), details);
}

void TestDiscrepancyTimelineModel::clearEmpties()
{
    DiscrepancyTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(domain::foldDiscrepancy(QList<DiscrepancyEvent>{created()}));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setState({}); // a listed row has no timeline
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDiscrepancyTimelineModel)
#include "tst_discrepancytimelinemodel.moc"
