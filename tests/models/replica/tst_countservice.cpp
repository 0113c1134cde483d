#include "countservice.h"
#include "discrepancylog.h"
#include "replicafixture.h"

#include <QSqlError>

using namespace stockroom;
using domain::CountMode;
using domain::CountScopeKind;
using domain::CountState;
using domain::MovementKind;
using replica::CountDecision;
using replica::UncountedPolicy;

namespace QTest {
template<>
char *toString(const CountDecision &decision)
{
    return qstrdup(replica::countDecisionName(decision).toUtf8().constData());
}
template<>
char *toString(const CountState &state)
{
    return qstrdup(domain::countStateName(state).toUtf8().constData());
}
} // namespace QTest

namespace {

const auto S01 = QStringLiteral("S01");
const auto RUN = QStringLiteral("RUN-001"); // 45.00 each, category Running shoes, bin A-01-1
const auto FTB = QStringLiteral("FTB-010"); // 12.00 each, category Football
const auto OUT = QStringLiteral("OUT-100"); // 6.00 each, category Outdoor

/** Every row of every table a count may touch: equal digests, nothing changed. */
QByteArray countDigest(ReplicaFixture &f)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(f.contentDigest());
    for (const char *table :
         {"count_sessions", "count_scans", "count_lines", "discrepancies", "discrepancy_events"}) {
        QSqlQuery query(
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table)),
            f.db->connection());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

qint64 scalar(ReplicaFixture &f, const QString &sql)
{
    QSqlQuery query(f.db->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

/** Count sessions on a real replica file: scans, review against counted_at, recount, post. */
class TestCountService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wholeFlowPostsCountMovementsThatSync();
    void scansAreCommittedAndDurable();
    void manualCorrectionReplacesTheLine();
    void salesDuringTheCountAreNotVariance();
    void lateSaleBeforeCountedAtIsVariance();
    void tolerance_data();
    void tolerance();
    void recount_data();
    void recount();
    void recountRefusals_data();
    void recountRefusals();
    void postingARecountLineRaisesADiscrepancy();
    void uncounted_data();
    void uncounted();
    void unknownCodesAreKept();
    void startRefusesBadInput_data();
    void startRefusesBadInput();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void reevaluateAfterALateSale();
    void reevaluateRedecidesAReviewedCount();
    void cycleCountDueListsStockedSkus();

private:
    void receive(const QString &sku, qint64 quantity, qint64 atMs);
    void sell(const QString &sku, qint64 quantity, qint64 atMs);
    QUuid start(CountScopeKind kind = CountScopeKind::WholeStore, const QString &value = {},
                const QStringList &skus = {}, domain::Tolerance tolerance = {},
                UncountedPolicy uncounted = UncountedPolicy::Unchanged,
                CountMode mode = CountMode::Expected);
    replica::ScanResult scan(const QUuid &id, const QString &code, qint64 times = 1);
    QList<replica::ReviewedLine> submitAndReview(const QUuid &id);
    const replica::ReviewedLine *line(const QList<replica::ReviewedLine> &lines,
                                      const QString &sku);

    std::unique_ptr<ReplicaFixture> f;
    std::unique_ptr<replica::CountService> counts;
};

void TestCountService::init()
{
    f = std::make_unique<ReplicaFixture>();
    QVERIFY(f->open());
    QVERIFY(f->seed());
    counts = std::make_unique<replica::CountService>(
        *f->db, replica::Identity{QStringLiteral("maria"), QStringLiteral("till-1")},
        [this] { return f->clockMs; });
}

void TestCountService::cleanup()
{
    counts.reset();
    f.reset();
}

void TestCountService::receive(const QString &sku, qint64 quantity, qint64 atMs)
{
    replica::RecordRequest request;
    request.kind = MovementKind::Receipt;
    request.product = sku;
    request.quantity = quantity;
    request.location = S01;
    request.occurredAtMs = atMs;
    const auto result = f->service->record(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestCountService::sell(const QString &sku, qint64 quantity, qint64 atMs)
{
    replica::RecordRequest request;
    request.kind = MovementKind::Sale;
    request.product = sku;
    request.quantity = quantity;
    request.location = S01;
    request.occurredAtMs = atMs;
    const auto result = f->service->record(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

QUuid TestCountService::start(CountScopeKind kind, const QString &value, const QStringList &skus,
                              domain::Tolerance tolerance, UncountedPolicy uncounted,
                              CountMode mode)
{
    replica::CountStartRequest request;
    request.location = S01;
    request.scope = {kind, value, skus};
    request.mode = mode;
    request.tolerance = tolerance;
    request.uncounted = uncounted;
    request.assignees = {QStringLiteral("maria")};
    QString error;
    const QUuid id = counts->start(request, &error);
    if (id.isNull())
        qWarning() << error;
    return id;
}

replica::ScanResult TestCountService::scan(const QUuid &id, const QString &code, qint64 times)
{
    f->clockMs += 1000;
    const replica::ScanResult result = counts->scan(id, code, times);
    if (!result.ok())
        qWarning() << result.error;
    return result;
}

QList<replica::ReviewedLine> TestCountService::submitAndReview(const QUuid &id)
{
    QString error;
    f->clockMs += 1000;
    if (!counts->submit(id, &error)) {
        qWarning() << error;
        return {};
    }
    f->clockMs += 1000;
    const replica::ReviewResult review = counts->review(id);
    if (!review.ok())
        qWarning() << review.error;
    return review.lines;
}

const replica::ReviewedLine *TestCountService::line(const QList<replica::ReviewedLine> &lines,
                                                    const QString &sku)
{
    for (const replica::ReviewedLine &l : lines) {
        if (l.variance.sku == sku)
            return &l;
    }
    return nullptr;
}

void TestCountService::wholeFlowPostsCountMovementsThatSync()
{
    receive(RUN, 10, f->clockMs - 60000);
    receive(FTB, 5, f->clockMs - 60000);
    const qint64 pendingBefore = f->service->pendingChanges();
    const QUuid id = start(CountScopeKind::WholeStore, {}, {}, {1, 1200});
    QVERIFY(!id.isNull());
    QCOMPARE(counts->session(id)->state, CountState::Open);
    QCOMPARE(counts->session(id)->assignees, QStringList{QStringLiteral("maria")});

    // By SKU and by either barcode: one line per product; "12*" counts twelve.
    auto result = scan(id, RUN, 4);
    QVERIFY(result.known);
    QCOMPARE(result.sku, RUN);
    QCOMPARE(result.lineQuantity, 4);
    QCOMPARE(result.seq, 1);
    result = scan(id, ReplicaFixture::ean(QStringLiteral("400000000001")), 6);
    QCOMPARE(result.sku, RUN);
    QCOMPARE(result.lineQuantity, 10);
    scan(id, ReplicaFixture::ean(QStringLiteral("400000000002")));
    scan(id, ReplicaFixture::ean(QStringLiteral("400000000003")));
    result = scan(id, FTB, 2);
    QCOMPARE(result.lineQuantity, 4);
    const qint64 ftbCountedAt = f->clockMs;
    QCOMPARE(result.seq, 5);

    const QList<replica::CountLine> lines = counts->lines(id);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).sku, FTB);
    QCOMPARE(lines.at(0).counted, 4);
    QCOMPARE(lines.at(0).countedAtMs, ftbCountedAt);
    QCOMPARE(lines.at(0).expected, std::optional<qint64>(5));
    QCOMPARE(lines.at(1).sku, RUN);
    QCOMPARE(lines.at(1).counted, 10);
    QCOMPARE(lines.at(1).productName, QStringLiteral("Trail runner 42"));

    const QList<replica::ReviewedLine> reviewed = submitAndReview(id);
    QCOMPARE(reviewed.size(), 2);
    QCOMPARE(counts->session(id)->state, CountState::Reviewed);
    QCOMPARE(line(reviewed, FTB)->variance.units, -1);
    QCOMPARE(line(reviewed, FTB)->variance.valueCents, -1200);
    QCOMPARE(line(reviewed, FTB)->decision, CountDecision::Accept);
    QCOMPARE(line(reviewed, RUN)->variance.units, 0);
    QCOMPARE(line(reviewed, RUN)->decision, CountDecision::Accept);
    QCOMPARE(counts->reviewedLines(id).size(), 2);

    f->clockMs += 1000;
    const replica::PostResult posted = counts->post(id);
    QVERIFY2(posted.ok(), qPrintable(posted.error));
    QCOMPARE(posted.movements, 2);
    QVERIFY(posted.discrepancies.isEmpty());
    QCOMPARE(counts->session(id)->state, CountState::Posted);
    QCOMPARE(counts->session(id)->postedAtMs, std::optional<qint64>(f->clockMs));

    const QList<domain::Movement> history = f->service->history(S01, FTB);
    QCOMPARE(history.constFirst().kind, MovementKind::Count);
    QCOMPARE(history.constFirst().quantity, 4);
    QCOMPARE(history.constFirst().occurredAtMs, ftbCountedAt);
    QCOMPARE(history.constFirst().reference, id.toString(QUuid::WithoutBraces));
    QCOMPARE(history.constFirst().reasonCode, QString());
    QCOMPARE(history.constFirst().user, QStringLiteral("maria"));
    QCOMPARE(f->service->level(S01, FTB)->level.onHand, 4);
    QCOMPARE(f->service->level(S01, RUN)->level.onHand, 10);
    QCOMPARE(f->service->pendingChanges(), pendingBefore + 2);
    QCOMPARE(scalar(*f, QStringLiteral("SELECT count(*) FROM outbox o JOIN movements m"
                                       " ON m.id = o.change_id WHERE m.kind = 'count'"
                                       " AND o.change_kind = 'movement'")),
             2);
    QVERIFY(f->service->verify().ok());
}

void TestCountService::scansAreCommittedAndDurable()
{
    QSqlQuery pragma(f->db->connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 2); // FULL
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
    QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
    pragma.finish();

    const QUuid id = start();
    QVERIFY(scan(id, RUN).ok());
    QVERIFY(scan(id, QStringLiteral("NO-SUCH-CODE")).ok());
    // A second connection sees both at once: each scan committed before scan() returned.
    replica::OpenError error;
    const auto other
        = replica::ReplicaDatabase::open(f->dir.filePath(QStringLiteral("replica.sqlite")), &error);
    QVERIFY2(other, qPrintable(error.message));
    QSqlQuery query(other->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM count_scans")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestCountService::manualCorrectionReplacesTheLine()
{
    const QUuid id = start();
    scan(id, RUN, 7);
    QString error;
    f->clockMs += 1000;
    QVERIFY2(counts->setLine(id, RUN, 3, &error), qPrintable(error));
    QCOMPARE(counts->lines(id).constFirst().counted, 3);
    QCOMPARE(counts->lines(id).constFirst().countedAtMs, f->clockMs);
    QCOMPARE(scan(id, RUN).lineQuantity, 4);
    f->clockMs += 1000;
    QVERIFY2(counts->setLine(id, ReplicaFixture::ean(QStringLiteral("400000000001")), 0, &error),
             qPrintable(error));
    QCOMPARE(counts->lines(id).constFirst().counted, 0);
    QCOMPARE(scalar(*f, QStringLiteral("SELECT count(*) FROM count_scans WHERE kind = 'set'")), 2);
}

void TestCountService::salesDuringTheCountAreNotVariance()
{
    receive(RUN, 10, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::SkuList, {}, {RUN});
    scan(id, RUN, 10);
    sell(RUN, 3, f->clockMs + 500); // after counted_at, before the count is reviewed
    f->clockMs += 1000;

    const QList<replica::ReviewedLine> reviewed = submitAndReview(id);
    QCOMPARE(reviewed.size(), 1);
    QCOMPARE(reviewed.constFirst().variance.expected, 10);
    QCOMPARE(reviewed.constFirst().variance.units, 0);
    QCOMPARE(reviewed.constFirst().decision, CountDecision::Accept);
    QVERIFY(counts->post(id).ok());
    QCOMPARE(f->service->level(S01, RUN)->level.onHand, 7); // the count, then the sale after it
}

void TestCountService::lateSaleBeforeCountedAtIsVariance()
{
    receive(RUN, 10, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::SkuList, {}, {RUN});
    scan(id, RUN, 10);
    sell(RUN, 2, f->clockMs - 30000); // recorded late, dated before counted_at

    const QList<replica::ReviewedLine> reviewed = submitAndReview(id);
    QCOMPARE(reviewed.constFirst().variance.expected, 8);
    QCOMPARE(reviewed.constFirst().variance.units, 2);
    QCOMPARE(reviewed.constFirst().variance.valueCents, 9000);
    QCOMPARE(reviewed.constFirst().decision, CountDecision::Recount);
}

void TestCountService::tolerance_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<qint64>("valueCents");
    QTest::addColumn<qint64>("counted");
    QTest::addColumn<qint64>("varianceValue");
    QTest::addColumn<bool>("within");

    // RUN-001 costs 45.00; 10 expected.
    QTest::newRow("exact, no tolerance") << 0LL << 0LL << 10LL << 0LL << true;
    QTest::newRow("one short, one unit and 45.00 allowed")
        << 1LL << 4500LL << 9LL << -4500LL << true;
    QTest::newRow("one over, one unit and 45.00 allowed")
        << 1LL << 4500LL << 11LL << 4500LL << true;
    QTest::newRow("two short, units exceeded") << 1LL << 100000LL << 8LL << -9000LL << false;
    // A limit of 0 is not set while the other one is: only the value counts here.
    QTest::newRow("one short, value-only tolerance") << 0LL << 100000LL << 9LL << -4500LL << true;
    QTest::newRow("one short, units-only tolerance") << 1LL << 0LL << 9LL << -4500LL << true;
    QTest::newRow("one short, value exceeded") << 5LL << 4499LL << 9LL << -4500LL << false;
    QTest::newRow("three short, both exceeded") << 2LL << 9000LL << 7LL << -13500LL << false;
}

void TestCountService::tolerance()
{
    QFETCH(qint64, units);
    QFETCH(qint64, valueCents);
    QFETCH(qint64, counted);
    QFETCH(qint64, varianceValue);
    QFETCH(bool, within);

    receive(RUN, 10, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::SkuList, {}, {RUN}, {units, valueCents});
    scan(id, RUN, counted);
    const QList<replica::ReviewedLine> reviewed = submitAndReview(id);
    QCOMPARE(reviewed.size(), 1);
    QCOMPARE(reviewed.constFirst().variance.valueCents, varianceValue);
    QCOMPARE(reviewed.constFirst().variance.withinTolerance, within);
    QCOMPARE(reviewed.constFirst().decision,
             within ? CountDecision::Accept : CountDecision::Recount);
}

void TestCountService::recount_data()
{
    QTest::addColumn<qint64>("recounted");
    QTest::addColumn<int>("decision");
    QTest::addColumn<qint64>("onHandAfter");

    QTest::newRow("the recount agrees") << 5LL << int(CountDecision::Accept) << 5LL;
    // Beyond tolerance the count moves no stock: the discrepancy's resolution decides.
    QTest::newRow("the recount is off too") << 2LL << int(CountDecision::Discrepancy) << 5LL;
}

void TestCountService::recount()
{
    QFETCH(qint64, recounted);
    QFETCH(int, decision);
    QFETCH(qint64, onHandAfter);

    receive(RUN, 10, f->clockMs - 60000);
    receive(FTB, 5, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::WholeStore);
    scan(id, RUN, 10);
    scan(id, FTB, 3);
    QList<replica::ReviewedLine> reviewed = submitAndReview(id);
    QCOMPARE(line(reviewed, RUN)->decision, CountDecision::Accept);
    QCOMPARE(line(reviewed, FTB)->decision, CountDecision::Recount);

    QString error;
    QVERIFY2(counts->requestRecount(id, {FTB}, &error), qPrintable(error));
    const auto session = counts->session(id);
    QCOMPARE(session->state, CountState::Open);
    QCOMPARE(session->recounting, QStringList{FTB});

    // Only the recounted line takes scans; it starts again from nothing, blind.
    const replica::ScanResult refused = counts->scan(id, RUN);
    QCOMPARE(refused.error,
             QStringLiteral("RUN-001 is not being recounted; this count takes scans only for "
                            "FTB-010."));
    QCOMPARE(counts->lines(id).size(), 1); // RUN-001 only: FTB-010's first count no longer counts
    QVERIFY(!counts->submit(id, &error));
    QCOMPARE(error, QStringLiteral("FTB-010 is waiting for its recount: scan it, or set it to 0 if "
                                   "none is there."));
    QCOMPARE(scan(id, FTB, recounted).lineQuantity, recounted);
    const QList<replica::CountLine> lines = counts->lines(id);
    QCOMPARE(lines.at(0).sku, FTB);
    QCOMPARE(lines.at(0).round, 2);
    QVERIFY(!lines.at(0).expected.has_value()); // a recount is blind
    QVERIFY(lines.at(1).expected.has_value());

    reviewed = submitAndReview(id);
    QCOMPARE(line(reviewed, RUN)->decision, CountDecision::Accept);
    QCOMPARE(line(reviewed, FTB)->variance.counted, recounted);
    QCOMPARE(line(reviewed, FTB)->round, 2);
    QCOMPARE(int(line(reviewed, FTB)->decision), decision);

    const replica::PostResult posted = counts->post(id);
    QVERIFY2(posted.ok(), qPrintable(posted.error));
    QCOMPARE(posted.movements, CountDecision(decision) == CountDecision::Accept ? 2 : 1);
    QCOMPARE(f->service->level(S01, FTB)->level.onHand, onHandAfter);
    if (CountDecision(decision) != CountDecision::Discrepancy) {
        QVERIFY(posted.discrepancies.isEmpty());
        return;
    }
    const QUuid expectedId = QUuid::createUuidV5(id, FTB);
    QCOMPARE(posted.discrepancies, QList<QUuid>{expectedId});
    QCOMPARE(line(counts->reviewedLines(id), FTB)->discrepancy, expectedId);
    const auto state = replica::DiscrepancyLog(f->db->connection()).state(expectedId);
    QVERIFY(state.has_value());
    QCOMPARE(state->type, domain::DiscrepancyType::CountVariance);
    QCOMPARE(state->location, S01);
    QCOMPARE(state->sku, FTB);
    QCOMPARE(state->expected, 5);
    QCOMPARE(state->actual, recounted);
    QCOMPARE(state->valueCents, (recounted - 5) * 1200);
    QCOMPARE(state->reference, id.toString(QUuid::WithoutBraces));
    QCOMPARE(scalar(*f, QStringLiteral("SELECT count(*) FROM outbox WHERE change_kind ="
                                       " 'discrepancy_event'")),
             1);
}

void TestCountService::recountRefusals_data()
{
    QTest::addColumn<QStringList>("skus");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing named")
        << QStringList() << QStringLiteral("Name at least one SKU to recount.");
    QTest::newRow("accepted line")
        << QStringList{RUN} << QStringLiteral("RUN-001 is within tolerance and needs no recount.");
    QTest::newRow("not a line") << QStringList{OUT}
                                << QStringLiteral("OUT-100 is not a line of this count.");
    QTest::newRow("unknown product")
        << QStringList{FTB, QStringLiteral("NOPE")}
        << QStringLiteral("No product has the SKU or barcode \"NOPE\".");
}

void TestCountService::recountRefusals()
{
    QFETCH(QStringList, skus);
    QFETCH(QString, expected);

    receive(RUN, 10, f->clockMs - 60000);
    receive(FTB, 5, f->clockMs - 60000);
    const QUuid id = start();
    scan(id, RUN, 10);
    scan(id, FTB, 3);
    submitAndReview(id);
    const QByteArray before = countDigest(*f);
    QString error;
    QVERIFY(!counts->requestRecount(id, skus, &error));
    QCOMPARE(error, expected);
    QCOMPARE(countDigest(*f), before);
}

void TestCountService::postingARecountLineRaisesADiscrepancy()
{
    receive(FTB, 5, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::Category, QStringLiteral("Football"));
    scan(id, FTB, 3);
    QCOMPARE(submitAndReview(id).constFirst().decision, CountDecision::Recount);

    // Recounted once: a second recount is refused.
    QString error;
    QVERIFY(counts->requestRecount(id, {FTB}, &error));
    scan(id, FTB, 3);
    QCOMPARE(submitAndReview(id).constFirst().decision, CountDecision::Discrepancy);
    QVERIFY(!counts->requestRecount(id, {FTB}, &error));
    QCOMPARE(error, QStringLiteral("FTB-010 was recounted already; posting raises a discrepancy "
                                   "for it."));

    // Without a recount, posting a line beyond tolerance raises its discrepancy as well.
    const QUuid other = start(CountScopeKind::SkuList, {}, {FTB});
    scan(other, FTB, 4);
    QCOMPARE(submitAndReview(other).constFirst().decision, CountDecision::Recount);
    const replica::PostResult posted = counts->post(other);
    QVERIFY2(posted.ok(), qPrintable(posted.error));
    QCOMPARE(posted.discrepancies, QList<QUuid>{QUuid::createUuidV5(other, FTB)});
    QCOMPARE(counts->reviewedLines(other).constFirst().decision, CountDecision::Discrepancy);
    QCOMPARE(posted.movements, 0);
    QCOMPARE(f->service->level(S01, FTB)->level.onHand, 5); // until the discrepancy is resolved
}

void TestCountService::uncounted_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("lines");
    QTest::addColumn<qint64>("ftbAfter");
    QTest::addColumn<qint64>("otherStoreAfter");

    QTest::newRow("assume zero") << int(UncountedPolicy::Zero) << 2 << 0LL << 4LL;
    QTest::newRow("leave unchanged") << int(UncountedPolicy::Unchanged) << 1 << 5LL << 4LL;
}

void TestCountService::uncounted()
{
    QFETCH(int, policy);
    QFETCH(int, lines);
    QFETCH(qint64, ftbAfter);
    QFETCH(qint64, otherStoreAfter);

    receive(RUN, 10, f->clockMs - 60000);
    receive(FTB, 5, f->clockMs - 60000);
    replica::RecordRequest elsewhere; // another own store: never touched by this count
    elsewhere.kind = MovementKind::Receipt;
    elsewhere.product = FTB;
    elsewhere.quantity = 4;
    elsewhere.location = QStringLiteral("S02");
    QVERIFY(f->service->record(elsewhere).ok());

    const QUuid id
        = start(CountScopeKind::WholeStore, {}, {}, {10, 100000}, UncountedPolicy(policy));
    scan(id, RUN, 10);
    const QList<replica::ReviewedLine> reviewed = submitAndReview(id);
    QCOMPARE(reviewed.size(), lines);
    if (UncountedPolicy(policy) == UncountedPolicy::Zero) {
        const replica::ReviewedLine *assumed = line(reviewed, FTB);
        QVERIFY(assumed);
        QVERIFY(assumed->assumed);
        QCOMPARE(assumed->variance.counted, 0);
        QCOMPARE(assumed->variance.expected, 5);
        QCOMPARE(assumed->countedAtMs, *counts->session(id)->submittedAtMs);
        QCOMPARE(assumed->decision, CountDecision::Accept);
        QVERIFY(!line(reviewed, OUT)); // nothing on hand: nothing to set to zero
    }
    const replica::PostResult posted = counts->post(id);
    QVERIFY2(posted.ok(), qPrintable(posted.error));
    QCOMPARE(posted.movements, lines);
    QCOMPARE(f->service->level(S01, FTB)->level.onHand, ftbAfter);
    QCOMPARE(f->service->level(QStringLiteral("S02"), FTB)->level.onHand, otherStoreAfter);
    QCOMPARE(f->service->level(S01, RUN)->level.onHand, 10);
    QVERIFY(!f->service->level(S01, OUT));
    QVERIFY(f->service->verify().ok());
}

void TestCountService::unknownCodesAreKept()
{
    receive(RUN, 1, f->clockMs - 60000);
    const QUuid id = start();
    QCOMPARE(scan(id, QStringLiteral("999")).known, false);
    const qint64 first = f->clockMs;
    scan(id, RUN);
    replica::ScanResult unknown = scan(id, QStringLiteral("999"), 3);
    QVERIFY(unknown.ok());
    QCOMPARE(unknown.known, false);
    QCOMPARE(unknown.sku, QString());
    scan(id, QStringLiteral("ABC"));

    // Kept across a restart, apart from the lines, and left alone by posting.
    counts.reset();
    f->service.reset();
    f->db.reset();
    QVERIFY(f->open());
    counts = std::make_unique<replica::CountService>(*f->db, replica::Identity{},
                                                     [this] { return f->clockMs; });
    const QList<replica::UnknownCode> codes = counts->unknownCodes(id);
    QCOMPARE(codes.size(), 2);
    QCOMPARE(codes.at(0).code, QStringLiteral("999"));
    QCOMPARE(codes.at(0).quantity, 4);
    QCOMPARE(codes.at(0).scans, 2);
    QCOMPARE(codes.at(0).firstScannedAtMs, first);
    QCOMPARE(codes.at(1).code, QStringLiteral("ABC"));
    QCOMPARE(counts->lines(id).size(), 1);
    QCOMPARE(scalar(*f, QStringLiteral("SELECT count(*) FROM count_scans WHERE sku IS NULL")), 3);
    QCOMPARE(submitAndReview(id).size(), 1);
    QCOMPARE(counts->post(id).movements, 1);
    QCOMPARE(counts->unknownCodes(id).size(), 2);
}

void TestCountService::startRefusesBadInput_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("skus");
    QTest::addColumn<qint64>("toleranceUnits");
    QTest::addColumn<QString>("expected");

    const int store = int(CountScopeKind::WholeStore);
    const int list = int(CountScopeKind::SkuList);
    QTest::newRow("unknown location")
        << QStringLiteral("X99") << store << QString() << QStringList() << 0LL
        << QStringLiteral("Unknown location \"X99\".");
    QTest::newRow("location kept elsewhere")
        << QStringLiteral("S09") << store << QString() << QStringList() << 0LL
        << QStringLiteral("Location S09 is not kept on this desktop; count it there.");
    QTest::newRow("unknown category")
        << S01 << int(CountScopeKind::Category) << QStringLiteral("Tennis") << QStringList() << 0LL
        << QStringLiteral("No product is in category \"Tennis\".");
    QTest::newRow("unknown bin") << S01 << int(CountScopeKind::Bin) << QStringLiteral("Z-99")
                                 << QStringList() << 0LL
                                 << QStringLiteral("No product is in bin \"Z-99\".");
    QTest::newRow("category without a name")
        << S01 << int(CountScopeKind::Category) << QString() << QStringList() << 0LL
        << QStringLiteral("Choose the category to count.");
    QTest::newRow("unknown SKU") << S01 << list << QString()
                                 << QStringList{RUN, QStringLiteral("NOPE")} << 0LL
                                 << QStringLiteral("Unknown SKU \"NOPE\".");
    QTest::newRow("SKU twice, once by barcode")
        << S01 << list << QString()
        << QStringList{RUN, ReplicaFixture::ean(QStringLiteral("400000000001"))} << 0LL
        << QStringLiteral("SKU \"RUN-001\" is listed twice.");
    QTest::newRow("empty list") << S01 << list << QString() << QStringList() << 0LL
                                << QStringLiteral("Add at least one SKU to count.");
    QTest::newRow("store with SKUs")
        << S01 << store << QString() << QStringList{RUN} << 0LL
        << QStringLiteral("A whole-store count takes no category, bin or SKU "
                          "list.");
    QTest::newRow("negative tolerance") << S01 << store << QString() << QStringList() << -1LL
                                        << QStringLiteral("A tolerance cannot be negative.");
}

void TestCountService::startRefusesBadInput()
{
    QFETCH(QString, location);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QStringList, skus);
    QFETCH(qint64, toleranceUnits);
    QFETCH(QString, expected);

    const QByteArray before = countDigest(*f);
    replica::CountStartRequest request;
    request.location = location;
    request.scope = {CountScopeKind(kind), value, skus};
    request.tolerance.units = toleranceUnits;
    QString error;
    QVERIFY(counts->start(request, &error).isNull());
    QCOMPARE(error, expected);
    QCOMPARE(countDigest(*f), before);
}

void TestCountService::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("state"); // what the count went through first
    QTest::addColumn<QString>("expected");

    QTest::newRow("correction of an unknown SKU")
        << QStringLiteral("set NOPE 1") << QStringLiteral("open")
        << QStringLiteral("No product has the SKU or barcode \"NOPE\".");
    QTest::newRow("negative quantity") << QStringLiteral("set RUN-001 -1") << QStringLiteral("open")
                                       << QStringLiteral("A counted quantity cannot be negative.");
    QTest::newRow("zero multiplier") << QStringLiteral("scan RUN-001 0") << QStringLiteral("open")
                                     << QStringLiteral("A scan counts from 1 to 100000 units.");
    QTest::newRow("empty code") << QStringLiteral("scan - 1") << QStringLiteral("open")
                                << QStringLiteral("Scan or type a code.");
    QTest::newRow("outside the scope")
        << QStringLiteral("scan OUT-100 1") << QStringLiteral("open")
        << QStringLiteral("OUT-100 (Steel bottle 0.75 l) is not part of this count of category "
                          "Football.");
    QTest::newRow("scan a submitted count")
        << QStringLiteral("scan FTB-010 1") << QStringLiteral("submitted")
        << QStringLiteral("This count is submitted and takes no more scans.");
    QTest::newRow("unknown code on a reviewed count")
        << QStringLiteral("scan 999 1") << QStringLiteral("reviewed")
        << QStringLiteral("This count is reviewed and takes no more scans; request a recount to "
                          "count lines again.");
    QTest::newRow("correct a posted count")
        << QStringLiteral("set FTB-010 1") << QStringLiteral("posted")
        << QStringLiteral("This count is posted and takes no more scans.");
    QTest::newRow("submit twice") << QStringLiteral("submit") << QStringLiteral("submitted")
                                  << QStringLiteral("This count is already submitted.");
    QTest::newRow("review an open count")
        << QStringLiteral("review") << QStringLiteral("open")
        << QStringLiteral("This count must be submitted before it is reviewed.");
    QTest::newRow("post before review")
        << QStringLiteral("post") << QStringLiteral("submitted")
        << QStringLiteral("This count must be reviewed before it is posted.");
    QTest::newRow("post twice") << QStringLiteral("post") << QStringLiteral("posted")
                                << QStringLiteral("This count is already posted.");
    QTest::newRow("recount an open count")
        << QStringLiteral("recount FTB-010") << QStringLiteral("open")
        << QStringLiteral("Only a reviewed count can send lines to a recount.");
    QTest::newRow("unknown count")
        << QStringLiteral("scan-elsewhere FTB-010 1") << QStringLiteral("open")
        << QStringLiteral("No count has the id %1.");
}

void TestCountService::badInputChangesNothing()
{
    QFETCH(QString, action);
    QFETCH(QString, state);
    QFETCH(QString, expected);

    receive(FTB, 5, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::Category, QStringLiteral("Football"));
    scan(id, FTB, 4);
    QString error;
    if (state != QLatin1StringView("open"))
        QVERIFY2(counts->submit(id, &error), qPrintable(error));
    if (state == QLatin1StringView("reviewed") || state == QLatin1StringView("posted"))
        QVERIFY(counts->review(id).ok());
    if (state == QLatin1StringView("posted"))
        QVERIFY(counts->post(id).ok());

    const QByteArray before = countDigest(*f);
    const QStringList words = action.split(QLatin1Char(' '));
    const QString verb = words.at(0);
    const QString code = words.value(1) == QLatin1StringView("-") ? QString() : words.value(1);
    const qint64 quantity = words.value(2).toLongLong();
    f->clockMs += 1000;
    if (verb == QLatin1StringView("scan")) {
        error = counts->scan(id, code, quantity).error;
    } else if (verb == QLatin1StringView("scan-elsewhere")) {
        const QUuid nobody = QUuid::createUuid();
        error = counts->scan(nobody, code, quantity).error;
        expected = expected.arg(nobody.toString(QUuid::WithoutBraces));
    } else if (verb == QLatin1StringView("set")) {
        QVERIFY(!counts->setLine(id, code, quantity, &error));
    } else if (verb == QLatin1StringView("submit")) {
        QVERIFY(!counts->submit(id, &error));
    } else if (verb == QLatin1StringView("review")) {
        error = counts->review(id).error;
    } else if (verb == QLatin1StringView("post")) {
        const replica::PostResult posted = counts->post(id);
        QCOMPARE(posted.movements, 0);
        error = posted.error;
    } else if (verb == QLatin1StringView("recount")) {
        QVERIFY(!counts->requestRecount(id, {code}, &error));
    } else {
        QFAIL("unknown action");
    }
    QCOMPARE(error, expected);
    QCOMPARE(countDigest(*f), before);
}

void TestCountService::reevaluateAfterALateSale()
{
    receive(RUN, 10, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::SkuList, {}, {RUN});
    scan(id, RUN, 7);
    const qint64 countedAt = f->clockMs;
    QCOMPARE(submitAndReview(id).constFirst().decision, CountDecision::Recount);
    const replica::PostResult posted = counts->post(id);
    QVERIFY2(posted.ok(), qPrintable(posted.error));
    const QUuid discrepancy = QUuid::createUuidV5(id, RUN);
    QCOMPARE(posted.discrepancies, QList<QUuid>{discrepancy});
    QCOMPARE(f->service->level(S01, RUN)->level.onHand, 10); // the discrepancy decides

    // Nothing arrived yet: nothing to change.
    QVERIFY(!counts->reevaluate(S01, RUN).changed());

    // A sale made before the count but recorded after it was posted: the variance shrinks to
    // nothing, and the discrepancy's figures show it.
    sell(RUN, 3, countedAt - 1000);
    QCOMPARE(f->service->level(S01, RUN)->level.onHand, 7);
    const replica::ReevaluateResult result = counts->reevaluate(S01, RUN);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.changed());
    QCOMPARE(result.linesChanged, 1);
    QCOMPARE(result.discrepanciesUpdated, 1);
    const replica::ReviewedLine after = counts->reviewedLines(id).constFirst();
    QCOMPARE(after.variance.expected, 7);
    QCOMPARE(after.variance.units, 0);
    QCOMPARE(after.variance.valueCents, 0);
    QVERIFY(after.variance.withinTolerance);
    QCOMPARE(after.decision, CountDecision::Discrepancy); // posted: what was decided stays
    replica::DiscrepancyFilter filter;
    const QList<domain::DiscrepancyState> queue
        = replica::DiscrepancyLog(f->db->connection()).list(filter);
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.constFirst().id, discrepancy);
    QCOMPARE(queue.constFirst().expected, 7);
    QCOMPARE(queue.constFirst().actual, 7);
    QCOMPARE(queue.constFirst().valueCents, 0);

    // Again, or after a sale made after the count: nothing changes.
    QVERIFY(!counts->reevaluate(S01, RUN).changed());
    sell(RUN, 1, countedAt + 1000);
    QVERIFY(!counts->reevaluate(S01, RUN).changed());
    QVERIFY(!counts->reevaluate(QStringLiteral("S02"), RUN).changed());
}

void TestCountService::reevaluateRedecidesAReviewedCount()
{
    receive(RUN, 10, f->clockMs - 60000);
    const QUuid id = start(CountScopeKind::SkuList, {}, {RUN});
    scan(id, RUN, 10);
    const qint64 countedAt = f->clockMs;
    QCOMPARE(submitAndReview(id).constFirst().decision, CountDecision::Accept);
    sell(RUN, 2, countedAt - 1000);

    // Inside a transaction of the caller's, as the sync path applies a feed page.
    QSqlDatabase db = f->db->connection();
    QVERIFY(db.transaction());
    const replica::ReevaluateResult result
        = counts->reevaluate(S01, RUN, replica::CountService::Transaction::Caller);
    QVERIFY(db.commit());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.linesChanged, 1);
    QCOMPARE(result.discrepanciesUpdated, 0);
    const replica::ReviewedLine after = counts->reviewedLines(id).constFirst();
    QCOMPARE(after.variance.expected, 8);
    QCOMPARE(after.decision, CountDecision::Recount);
}

void TestCountService::cycleCountDueListsStockedSkus()
{
    // RUN-001 holds 450.00 of the 462.00 in stock: class A, every 7 days; OUT-100 class C.
    receive(RUN, 10, f->clockMs - 60000);
    receive(OUT, 2, f->clockMs - 60000);
    QCOMPARE(counts->cycleCountDue(S01, 0, {1, 1, 1}), (QStringList{OUT, RUN}));
    QCOMPARE(counts->cycleCountDue(S01, 0, {0, 0, 0}), QStringList());
    int runDue = 0;
    int firstDay = -1;
    for (int day = 0; day < 7; ++day) {
        const QStringList due = counts->cycleCountDue(S01, day, {7, 30, 90});
        if (due.contains(RUN)) {
            ++runDue;
            firstDay = day;
        }
    }
    QCOMPARE(runDue, 1);
    const QStringList due = counts->cycleCountDue(S01, firstDay);
    const QUuid id = start(CountScopeKind::CycleList, {}, due);
    QVERIFY(!id.isNull());
    QCOMPARE(counts->session(id)->scope.skus, due);
}

QTEST_GUILESS_MAIN(TestCountService)
#include "tst_countservice.moc"
