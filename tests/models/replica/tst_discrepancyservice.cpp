#include "discrepancylog.h"
#include "discrepancyservice.h"
#include "replicafixture.h"
#include "transfercheck.h"

#include <QSqlError>

using namespace stockroom;
using domain::DiscrepancyEventKind;
using domain::DiscrepancyStatus;
using domain::ResolutionAction;

namespace {

/** Every row of the tables a discrepancy action may touch. */
QByteArray queueDigest(ReplicaFixture &f)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(f.contentDigest());
    for (const char *table : {"discrepancies", "discrepancy_events"}) {
        QSqlQuery query(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1StringView(table)),
                        f.db->connection());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result().toHex();
}

qint64 onHand(ReplicaFixture &f, const QString &sku)
{
    return f.service->level(QStringLiteral("S01"), sku)
        .value_or(domain::StockPosition{})
        .level.onHand;
}

} // namespace

/** The discrepancy queue's service on a real replica file: actions, postings, merges. */
class TestDiscrepancyService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reportOpensADiscrepancyThatSyncs();
    void actionsFollowTheTransitionTable_data();
    void actionsFollowTheTransitionTable();
    void writeOffPostsAReasonCodedAdjustment();
    void adjustToCountedPostsTheCountAtItsTime();
    void transferCorrectionAndAcceptSystem();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void twoOfflineReplicasMergeToOneTimeline();
    void idsByPrefix();
    void listFilters();
    void transfersNotReceivedAreRaisedOnce();

private:
    QUuid reportDamaged(qint64 quantity = 2);
    QUuid countVariance(qint64 counted, qint64 expected, qint64 countedAt);

    std::unique_ptr<ReplicaFixture> f;
    std::unique_ptr<replica::DiscrepancyService> queue;
};

void TestDiscrepancyService::init()
{
    f = std::make_unique<ReplicaFixture>();
    QVERIFY(f->open());
    QVERIFY(f->seed());
    replica::RecordRequest receipt;
    receipt.kind = domain::MovementKind::Receipt;
    receipt.product = QStringLiteral("RUN-001");
    receipt.quantity = 10;
    receipt.location = QStringLiteral("S01");
    QVERIFY(f->service->record(receipt).ok());
    queue = std::make_unique<replica::DiscrepancyService>(*f->service);
}

void TestDiscrepancyService::cleanup()
{
    queue.reset();
    f.reset();
}

QUuid TestDiscrepancyService::reportDamaged(qint64 quantity)
{
    QString error;
    const auto id = queue->report({QStringLiteral("S01"), QStringLiteral("RUN-001"),
                                   QStringLiteral("damaged"), quantity,
                                   QStringLiteral("water damage")},
                                  &error);
    if (!id)
        qWarning() << error;
    return id.value_or(QUuid());
}

// A count-variance discrepancy as a posted count review leaves it: its line and its created
// event.
QUuid TestDiscrepancyService::countVariance(qint64 counted, qint64 expected, qint64 countedAt)
{
    const QUuid count = QUuid::createUuid();
    const QUuid id = QUuid::createUuidV5(count, QStringLiteral("RUN-001"));
    QSqlQuery query(f->db->connection());
    const auto run = [&query](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec())
            qWarning() << query.lastError().text();
    };
    run(QStringLiteral("INSERT INTO count_sessions (id, location, scope_kind, mode, state,"
                       " created_at) VALUES (?, 'S01', 'store', 'blind', 'posted', ?)"),
        {count.toString(QUuid::WithoutBraces), countedAt});
    run(QStringLiteral("INSERT INTO count_lines (count_id, sku, counted, counted_at, expected,"
                       " variance_units, variance_value_cents, within_tolerance, decision,"
                       " discrepancy_id) VALUES (?, 'RUN-001', ?, ?, ?, ?, 0, 0, 'discrepancy', ?)"),
        {count.toString(QUuid::WithoutBraces), counted, countedAt, expected, counted - expected,
         id.toString(QUuid::WithoutBraces)});
    domain::DiscrepancyEvent created;
    created.id = id;
    created.discrepancy = id;
    created.type = domain::DiscrepancyType::CountVariance;
    created.location = QStringLiteral("S01");
    created.sku = QStringLiteral("RUN-001");
    created.expected = expected;
    created.actual = counted;
    created.valueCents = (counted - expected) * 4500;
    created.reference = count.toString(QUuid::WithoutBraces);
    created.atMs = countedAt;
    QString error;
    if (!f->db->connection().transaction()
        || !replica::DiscrepancyLog(f->db->connection()).append(created, true, &error)
        || !f->db->connection().commit())
        qWarning() << error;
    return id;
}

void TestDiscrepancyService::reportOpensADiscrepancyThatSyncs()
{
    const qint64 pendingBefore = f->service->pendingChanges();
    const QUuid id = reportDamaged(3);
    QVERIFY(!id.isNull());
    const auto state = queue->get(id);
    QVERIFY(state);
    QCOMPARE(state->status, DiscrepancyStatus::Open);
    QCOMPARE(state->type, domain::DiscrepancyType::StaffReport);
    QCOMPARE(state->sku, QStringLiteral("RUN-001"));
    QCOMPARE(state->actual, 3);
    QCOMPARE(state->valueCents, -3 * 4500);
    QCOMPARE(state->timeline.size(), 1);
    QCOMPARE(state->timeline.constFirst().user, QStringLiteral("maria"));
    QCOMPARE(f->service->pendingChanges(), pendingBefore + 1); // the created event, to push
    QCOMPARE(queue->list().size(), 1);
    QCOMPARE(onHand(*f, QStringLiteral("RUN-001")), 10); // a report alone moves no stock
}

void TestDiscrepancyService::actionsFollowTheTransitionTable_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("refusedAt"); // index of the first refused action, -1 for none
    QTest::newRow("acknowledge") << QStringList{QStringLiteral("ack")} << QStringLiteral("acknowledged") << -1;
    QTest::newRow("acknowledge twice")
        << QStringList{QStringLiteral("ack"), QStringLiteral("ack")} << QStringLiteral("acknowledged") << 1;
    QTest::newRow("comment keeps open") << QStringList{QStringLiteral("comment")} << QStringLiteral("open") << -1;
    QTest::newRow("recount") << QStringList{QStringLiteral("ack"), QStringLiteral("recount")}
                             << QStringLiteral("recount_requested") << -1;
    QTest::newRow("dismiss then resolve")
        << QStringList{QStringLiteral("dismiss"), QStringLiteral("resolve")} << QStringLiteral("dismissed") << 1;
    QTest::newRow("reopen after dismiss")
        << QStringList{QStringLiteral("dismiss"), QStringLiteral("reopen")} << QStringLiteral("open") << -1;
    QTest::newRow("reopen an open one") << QStringList{QStringLiteral("reopen")} << QStringLiteral("open") << 0;
    QTest::newRow("assign keeps status")
        << QStringList{QStringLiteral("assign")} << QStringLiteral("open") << -1;
}

void TestDiscrepancyService::actionsFollowTheTransitionTable()
{
    QFETCH(QStringList, actions);
    QFETCH(QString, status);
    QFETCH(int, refusedAt);
    const QUuid id = reportDamaged();
    int refused = -1;
    for (int i = 0; i < actions.size(); ++i) {
        const QString &a = actions.at(i);
        QString error;
        const QByteArray before = queueDigest(*f);
        bool ok = false;
        if (a == QLatin1String("ack"))
            ok = queue->acknowledge(id, &error);
        else if (a == QLatin1String("comment"))
            ok = queue->comment(id, QStringLiteral("looked at it"), &error);
        else if (a == QLatin1String("recount"))
            ok = queue->requestRecount(id, &error);
        else if (a == QLatin1String("dismiss"))
            ok = queue->dismiss(id, QStringLiteral("found in the back room"), &error);
        else if (a == QLatin1String("resolve"))
            ok = queue->resolve(id, ResolutionAction::AcceptSystem, {}, &error);
        else if (a == QLatin1String("reopen"))
            ok = queue->reopen(id, &error);
        else if (a == QLatin1String("assign"))
            ok = queue->assign(id, QStringLiteral("ecommerce"), &error);
        if (!ok) {
            QVERIFY2(!error.isEmpty(), "a refusal says why");
            QCOMPARE(queueDigest(*f), before); // and changes nothing
            if (refused < 0)
                refused = i;
        }
    }
    QCOMPARE(refused, refusedAt);
    QCOMPARE(domain::discrepancyStatusName(queue->get(id)->status), status);
    QCOMPARE(domain::discrepancyStatusName(queue->list().constFirst().status), status);
}

void TestDiscrepancyService::writeOffPostsAReasonCodedAdjustment()
{
    const QUuid id = reportDamaged(2);
    const qint64 pending = f->service->pendingChanges();
    f->clockMs += 1000;
    QString error;
    QVERIFY2(queue->resolve(id, ResolutionAction::WriteOff, QStringLiteral("damaged"), &error),
             qPrintable(error));
    QCOMPARE(onHand(*f, QStringLiteral("RUN-001")), 8);
    const QList<domain::Movement> history
        = f->service->history(QStringLiteral("S01"), QStringLiteral("RUN-001"));
    QCOMPARE(history.constFirst().kind, domain::MovementKind::Adjustment);
    QCOMPARE(history.constFirst().quantity, -2);
    QCOMPARE(history.constFirst().reasonCode, QStringLiteral("damaged"));
    QCOMPARE(history.constFirst().reference, id.toString(QUuid::WithoutBraces));
    QCOMPARE(f->service->pendingChanges(), pending + 2); // the movement and the event
    const auto state = queue->get(id);
    QCOMPARE(state->status, DiscrepancyStatus::Resolved);
    QCOMPARE(state->resolution, std::optional(ResolutionAction::WriteOff));
    QVERIFY(state->closedAtMs);
    QVERIFY(f->service->verify().ok());
}

void TestDiscrepancyService::adjustToCountedPostsTheCountAtItsTime()
{
    // Counted 7 at t; a sale of 1 after t is not undone by adjusting to the count.
    const qint64 countedAt = f->clockMs;
    f->clockMs += 60000;
    replica::RecordRequest sale;
    sale.kind = domain::MovementKind::Sale;
    sale.product = QStringLiteral("RUN-001");
    sale.quantity = 1;
    sale.location = QStringLiteral("S01");
    QVERIFY(f->service->record(sale).ok());
    const QUuid id = countVariance(7, 10, countedAt);
    QString error;
    QVERIFY2(queue->resolve(id, ResolutionAction::AdjustToCounted, {}, &error), qPrintable(error));
    QCOMPARE(onHand(*f, QStringLiteral("RUN-001")), 6);
    QVERIFY(f->service->verify().ok());
}

void TestDiscrepancyService::transferCorrectionAndAcceptSystem()
{
    const QUuid shortfall = countVariance(7, 10, f->clockMs);
    f->clockMs += 1000;
    QString error;
    QVERIFY2(queue->resolve(shortfall, ResolutionAction::TransferCorrection, {}, &error),
             qPrintable(error));
    QCOMPARE(onHand(*f, QStringLiteral("RUN-001")), 7); // 3 went out without paperwork
    QCOMPARE(f->service->history(QStringLiteral("S01"), QStringLiteral("RUN-001"))
                 .constFirst()
                 .kind,
             domain::MovementKind::TransferOut);

    const QUuid other = countVariance(9, 7, f->clockMs);
    QVERIFY2(queue->resolve(other, ResolutionAction::AcceptSystem, {}, &error), qPrintable(error));
    QCOMPARE(onHand(*f, QStringLiteral("RUN-001")), 7); // the system figure stands
}

void TestDiscrepancyService::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("unknown SKU") << QStringLiteral("report-unknown-sku") << QStringLiteral("NOPE-1");
    QTest::newRow("negative quantity") << QStringLiteral("report-negative") << QStringLiteral("-4");
    QTest::newRow("unknown issue kind") << QStringLiteral("report-kind") << QStringLiteral("stolen");
    QTest::newRow("other store") << QStringLiteral("report-elsewhere") << QStringLiteral("S09");
    QTest::newRow("write-off without reason") << QStringLiteral("writeoff-no-reason") << QString();
    QTest::newRow("write-off unknown reason")
        << QStringLiteral("writeoff-bad-reason") << QString();
    QTest::newRow("adjust a staff report") << QStringLiteral("adjust-report") << QStringLiteral("count");
    QTest::newRow("comment empty") << QStringLiteral("comment-empty") << QString();
    QTest::newRow("unknown discrepancy") << QStringLiteral("ack-unknown") << QString();
}

void TestDiscrepancyService::badInputChangesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, expectedError);
    const QUuid id = reportDamaged();
    const QByteArray before = queueDigest(*f);
    QString error;
    bool ok = true;
    const auto report = [&](const QString &location, const QString &sku, const QString &kind,
                            qint64 qty) {
        return queue->report({location, sku, kind, qty, {}}, &error).has_value();
    };
    if (what == QLatin1String("report-unknown-sku"))
        ok = report(QStringLiteral("S01"), QStringLiteral("NOPE-1"), QStringLiteral("damaged"), 1);
    else if (what == QLatin1String("report-negative"))
        ok = report(QStringLiteral("S01"), QStringLiteral("RUN-001"), QStringLiteral("damaged"), -4);
    else if (what == QLatin1String("report-kind"))
        ok = report(QStringLiteral("S01"), QStringLiteral("RUN-001"), QStringLiteral("stolen"), 1);
    else if (what == QLatin1String("report-elsewhere"))
        ok = report(QStringLiteral("S09"), QStringLiteral("RUN-001"), QStringLiteral("damaged"), 1);
    else if (what == QLatin1String("writeoff-no-reason"))
        ok = queue->resolve(id, ResolutionAction::WriteOff, {}, &error);
    else if (what == QLatin1String("writeoff-bad-reason"))
        ok = queue->resolve(id, ResolutionAction::WriteOff, QStringLiteral("gremlins"), &error);
    else if (what == QLatin1String("adjust-report"))
        ok = queue->resolve(id, ResolutionAction::AdjustToCounted, {}, &error);
    else if (what == QLatin1String("comment-empty"))
        ok = queue->comment(id, QStringLiteral("   "), &error);
    else if (what == QLatin1String("ack-unknown"))
        ok = queue->acknowledge(QUuid::createUuid(), &error);
    QVERIFY(!ok);
    QVERIFY2(!error.isEmpty(), "a refusal says why");
    if (!expectedError.isEmpty())
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    QCOMPARE(queueDigest(*f), before);
}

void TestDiscrepancyService::twoOfflineReplicasMergeToOneTimeline()
{
    ReplicaFixture other;
    QVERIFY(other.open(QStringLiteral("other.sqlite")));
    QVERIFY(other.seed());
    other.service = std::make_unique<replica::InventoryService>(
        *other.db, replica::Identity{QStringLiteral("luis"), QStringLiteral("pc-2")},
        [&other] { return other.clockMs; });
    replica::DiscrepancyService otherQueue(*other.service);

    const auto copyEvents = [](ReplicaFixture &from, ReplicaFixture &to, const QUuid &id) {
        const auto state = replica::DiscrepancyLog(from.db->connection()).state(id);
        QVERIFY(state);
        QVERIFY(to.db->connection().transaction());
        QString error;
        for (const domain::DiscrepancyEvent &e : state->timeline)
            QVERIFY2(replica::DiscrepancyLog(to.db->connection()).append(e, false, &error),
                     qPrintable(error));
        QVERIFY(to.db->connection().commit());
    };

    const QUuid id = reportDamaged();
    copyEvents(*f, other, id); // both know it; now both edit it offline
    f->clockMs += 1000;
    QString error;
    QVERIFY2(queue->acknowledge(id, &error), qPrintable(error));
    QVERIFY2(queue->comment(id, QStringLiteral("box was wet"), &error), qPrintable(error));
    other.clockMs += 2000;
    QVERIFY2(otherQueue.assign(id, QStringLiteral("luis"), &error), qPrintable(error));
    QVERIFY2(otherQueue.dismiss(id, QStringLiteral("display item"), &error), qPrintable(error));

    copyEvents(*f, other, id);
    copyEvents(other, *f, id);
    const auto here = queue->get(id);
    const auto there = otherQueue.get(id);
    QVERIFY(here && there);
    QCOMPARE(here->timeline.size(), 5);
    QCOMPARE(there->timeline, here->timeline);
    QCOMPARE(there->status, here->status);
    QCOMPARE(here->status, DiscrepancyStatus::Dismissed);
    QCOMPARE(here->assignee, QStringLiteral("luis"));
    QCOMPARE(queue->list().constFirst().status, otherQueue.list().constFirst().status);
}

void TestDiscrepancyService::idsByPrefix()
{
    const QUuid id = reportDamaged();
    QString error;
    const QString text = id.toString(QUuid::WithoutBraces);
    QCOMPARE(queue->resolveId(text, &error), std::optional(id));
    QCOMPARE(queue->resolveId(text.left(8), &error), std::optional(id));
    QCOMPARE(queue->resolveId(text.left(8).toUpper(), &error), std::optional(id));
    QVERIFY(!queue->resolveId(QStringLiteral("zz"), &error));
    QVERIFY2(error.contains(QStringLiteral("zz")), qPrintable(error));
}

void TestDiscrepancyService::listFilters()
{
    const QUuid first = reportDamaged();
    f->clockMs += domain::firstResponseTargetMs + 1000;
    const QUuid second = reportDamaged();
    QString error;
    QVERIFY(queue->acknowledge(second, &error));
    replica::DiscrepancyFilter overdue;
    overdue.overdueOnly = true;
    overdue.nowMs = f->clockMs;
    QCOMPARE(queue->list(overdue).size(), 1);
    QCOMPARE(queue->list(overdue).constFirst().id, first);
    replica::DiscrepancyFilter acknowledged;
    acknowledged.statuses = {QStringLiteral("acknowledged")};
    QCOMPARE(queue->list(acknowledged).size(), 1);
    QCOMPARE(queue->list(acknowledged).constFirst().id, second);
    replica::DiscrepancyFilter elsewhere;
    elsewhere.location = QStringLiteral("S02");
    QCOMPARE(queue->list(elsewhere).size(), 0);
}

void TestDiscrepancyService::transfersNotReceivedAreRaisedOnce()
{
    // The fixture keeps S09's levels only: no check without every ledger.
    QString error;
    QVERIFY(!queue->raiseMissingTransfers(domain::defaultMaxTransitMs, &error));
    QVERIFY2(error.contains(QStringLiteral("S09")), qPrintable(error));

    ReplicaFixture hq;
    QVERIFY(hq.open(QStringLiteral("hq.sqlite")));
    QString addError;
    QVERIFY(hq.service->addLocation({QStringLiteral("S01"), QStringLiteral("Main Street"),
                                     domain::Location::Kind::Store},
                                    true, &addError));
    QVERIFY(hq.service->addLocation({QStringLiteral("WH"), QStringLiteral("Warehouse"),
                                     domain::Location::Kind::Warehouse},
                                    true, &addError));
    QVERIFY(hq.service->upsertProducts(
        {{QStringLiteral("RUN-001"), QStringLiteral("Trail runner"), QStringLiteral("Running"), {},
          4500, 8999, QString(), 0, true}},
        &addError));
    const auto transfer = [&hq](domain::MovementKind kind, const QString &location, qint64 qty,
                                qint64 at, const QString &reference) {
        domain::Movement m;
        m.id = QUuid::createUuid();
        m.kind = kind;
        m.location = location;
        m.sku = QStringLiteral("RUN-001");
        m.quantity = qty;
        m.occurredAtMs = at;
        m.reference = reference;
        QString recordError;
        QVERIFY2(hq.service->recordMovements({m}, &recordError), qPrintable(recordError));
    };
    const qint64 day = 24 * 3600 * 1000LL;
    transfer(domain::MovementKind::TransferOut, QStringLiteral("WH"), 6, hq.clockMs - 3 * day,
             QStringLiteral("TR-77"));
    transfer(domain::MovementKind::TransferIn, QStringLiteral("S01"), 4, hq.clockMs - 2 * day,
             QStringLiteral("TR-77"));
    transfer(domain::MovementKind::TransferOut, QStringLiteral("WH"), 2, hq.clockMs - day / 2,
             QStringLiteral("TR-78")); // still on the road

    replica::DiscrepancyService hqQueue(*hq.service);
    QCOMPARE(hqQueue.raiseMissingTransfers(domain::defaultMaxTransitMs, &error), std::optional(1));
    const QList<domain::DiscrepancyState> raised = hqQueue.list();
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.constFirst().type, domain::DiscrepancyType::TransferNotReceived);
    QCOMPARE(raised.constFirst().location, QStringLiteral("WH"));
    QCOMPARE(raised.constFirst().expected, 6);
    QCOMPARE(raised.constFirst().actual, 4);
    QCOMPARE(raised.constFirst().valueCents, -2 * 4500);
    QCOMPARE(raised.constFirst().reference, QStringLiteral("TR-77"));
    // Once: checking again raises nothing more.
    QCOMPARE(hqQueue.raiseMissingTransfers(domain::defaultMaxTransitMs, &error), std::optional(0));
    QCOMPARE(hqQueue.list().size(), 1);
}

QTEST_GUILESS_MAIN(TestDiscrepancyService)
#include "tst_discrepancyservice.moc"
