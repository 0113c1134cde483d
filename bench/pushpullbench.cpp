#include "benchreplica.h"
#include "benchtools.h"
#include "changeid.h"
#include "syncbench.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace stockroom::bench {

namespace {

// Receipts and sales spread over every own location and SKU, three receipts to each sale so that
// stock rarely goes negative, dated one millisecond apart and ending now: a till's day, recorded
// after the demo chain's month.
QList<domain::Movement> makeMovements(const BenchReplica &replica, const QStringList &locations,
                                      const QStringList &skus, qint64 first, qint64 count,
                                      qint64 total, qint64 nowMs)
{
    QList<domain::Movement> movements;
    movements.reserve(count);
    for (qint64 n = first; n < first + count; ++n) {
        const bool sale = n % 4 == 3;
        domain::Movement m;
        m.id = domain::newChangeId();
        m.location = locations.at(n % locations.size());
        m.sku = skus.at((n / locations.size()) % skus.size());
        m.kind = sale ? domain::MovementKind::Sale : domain::MovementKind::Receipt;
        m.quantity = sale ? 1 : 1 + n % 3;
        m.occurredAtMs = nowMs - total + n;
        m.user = replica.user();
        m.device = replica.device();
        movements.append(m);
    }
    return movements;
}

} // namespace

// Two head-office desktops bootstrap the small chain. One records options.movements movements
// locally (InventoryService::recordMovements, 10,000 to a transaction, timed on its own) and
// pushes them with one SyncEngine::syncOnce; the push ends when the outbox is empty, the round
// when the engine has also pulled the echo of its own changes and checked the digests. Then the
// other pulls them with one syncOnce, reference data and digest checks included.
void benchPushPull(const SyncBenchOptions &options, Central &central, const QDir &replicas)
{
    BenchReplica pusher(replicas.filePath(QStringLiteral("push.sqlite")),
                        central.user(QStringLiteral("push")), QStringLiteral("bench-push"));
    BenchReplica puller(replicas.filePath(QStringLiteral("pull.sqlite")),
                        central.user(QStringLiteral("push")), QStringLiteral("bench-pull"));
    for (BenchReplica *replica : {&pusher, &puller}) {
        replica->login(central.server().baseUrl(), central.password());
        replica->syncOnce(300000);
    }
    const QStringList locations = pusher.store().ownLocations();
    QStringList skus;
    for (const domain::Product &product : pusher.service().products())
        skus.append(product.sku);
    if (locations.isEmpty() || skus.isEmpty())
        fail(QStringLiteral("push: the replica has no own locations or no products"));

    const qint64 total = options.movements;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    qint64 recordNs = 0;
    for (qint64 first = 0; first < total; first += 10000) {
        const QList<domain::Movement> chunk = makeMovements(
            pusher, locations, skus, first, std::min<qint64>(10000, total - first), total, nowMs);
        QString error;
        timer.start();
        if (!pusher.service().recordMovements(chunk, &error))
            fail(QStringLiteral("push: recording failed: %1").arg(error));
        recordNs += timer.nsecsElapsed();
    }
    if (pusher.store().pendingCount() != total)
        fail(QStringLiteral("push: %1 changes pending after recording %2")
                 .arg(pusher.store().pendingCount())
                 .arg(total));

    qint64 pushedNs = -1;
    const auto watchOutbox
        = QObject::connect(&pusher.engine(), &sync::SyncEngine::statusChanged, &pusher.engine(),
                           [&](const domain::SyncStatus &status) {
                               if (pushedNs < 0 && status.pendingChanges == 0)
                                   pushedNs = timer.nsecsElapsed();
                           });
    const auto pushRequests = QStringLiteral("POST /api/v1/push");
    const auto feedRequests = QStringLiteral("GET /api/v1/feed");
    const LoggedRequests pushesBefore
        = central.server().loggedRequests(pushRequests, pusher.user());
    const LoggedRequests feedsBefore = central.server().loggedRequests(feedRequests, pusher.user());
    double clientCpu = cpuMs();
    double serverCpu = central.server().cpuMs();
    timer.start();
    pusher.syncOnce(3600 * 1000);
    const qint64 pushRoundNs = timer.nsecsElapsed();
    const double pushClientCpu = cpuMs() - clientCpu;
    const double pushServerCpu = central.server().cpuMs() - serverCpu;
    QObject::disconnect(watchOutbox);
    const LoggedRequests pushes = central.server().loggedRequests(pushRequests, pusher.user());
    const LoggedRequests echoFeeds = central.server().loggedRequests(feedRequests, pusher.user());
    const QList<replica::SyncDiscrepancy> discrepancies = pusher.store().openDiscrepancies();
    const auto rejected
        = std::count_if(discrepancies.begin(), discrepancies.end(),
                        [](const auto &d) { return d.type == QLatin1String("rejected_change"); });
    if (pushedNs < 0 || pusher.store().pendingCount() != 0)
        fail(QStringLiteral("push: %1 changes still pending after the sync")
                 .arg(pusher.store().pendingCount()));

    const qint64 pullerBefore = puller.rowCount(QStringLiteral("movements"));
    qint64 pages = 0;
    QObject::connect(&puller.engine(), &sync::SyncEngine::replicaChanged, &puller.engine(),
                     [&] { ++pages; });
    clientCpu = cpuMs();
    serverCpu = central.server().cpuMs();
    timer.start();
    puller.syncOnce(3600 * 1000);
    const qint64 pullNs = timer.nsecsElapsed();
    const double pullClientCpu = cpuMs() - clientCpu;
    const double pullServerCpu = central.server().cpuMs() - serverCpu;
    const LoggedRequests pullFeeds = central.server().loggedRequests(feedRequests, pusher.user());
    const qint64 pulled = puller.rowCount(QStringLiteral("movements")) - pullerBefore;
    if (pulled != total)
        fail(QStringLiteral("pull: %1 new movements in the replica, %2 pushed")
                 .arg(pulled)
                 .arg(total));
    if (puller.store().state().cursor != pusher.store().state().cursor)
        fail(QStringLiteral("pull: the replicas stand at seq %1 and %2")
                 .arg(puller.store().state().cursor)
                 .arg(pusher.store().state().cursor));

    out() << "push chain=small movements=" << total << " record_ms=" << ms(recordNs)
          << " record_per_s=" << qRound64(double(total) / (double(recordNs) / 1e9))
          << " push_ms=" << ms(pushedNs) << " push_round_ms=" << ms(pushRoundNs)
          << " echo_and_digest_ms=" << ms(pushRoundNs - pushedNs)
          << " client_cpu_ms=" << pushClientCpu << " server_cpu_ms=" << pushServerCpu
          << " server_push_requests=" << pushes.count - pushesBefore.count
          << " server_push_ms=" << pushes.ms - pushesBefore.ms
          << " server_echo_feed_ms=" << echoFeeds.ms - feedsBefore.ms << " rejected=" << rejected
          << Qt::endl;
    out() << "pull chain=small movements=" << pulled << " pages=" << pages
          << " pull_round_ms=" << ms(pullNs)
          << " server_feed_requests=" << pullFeeds.count - echoFeeds.count
          << " server_feed_ms=" << pullFeeds.ms - echoFeeds.ms << " client_cpu_ms=" << pullClientCpu
          << " server_cpu_ms=" << pullServerCpu << " cursor=" << puller.store().state().cursor
          << " push_replica_wal_mb=" << pusher.walMb() << " pull_replica_wal_mb=" << puller.walMb()
          << " bench_peak_rss_mb=" << peakRssMb() << Qt::endl;
    printFigure(QStringLiteral("push_rate"), double(total) / (double(pushedNs) / 1e9),
                QStringLiteral("movements/s"), Aim::AtLeast, 32000, 0);
    printFigure(QStringLiteral("pull_rate"), double(total) / (double(pullNs) / 1e9),
                QStringLiteral("movements/s"), Aim::AtLeast, 42000, 0);
}

} // namespace stockroom::bench
