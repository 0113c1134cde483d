#include "benchreplica.h"
#include "benchtools.h"
#include "rawinsertlimit.h"
#include "syncbench.h"

#include <QElapsedTimer>
#include <QFile>

#include <unistd.h>

#include <memory>

namespace stockroom::bench {

namespace {

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

// A head-office desktop (role admin: every location is its own) bootstraps chain-M into a fresh
// replica: the first SyncEngine::syncOnce after login, exactly what `stockroom-cli connect` waits
// for (reference data, the paged snapshot, then the push, pull and digest checks that follow).
// The raw limit then writes as many level and ledger rows as the bootstrap did.
void benchBootstrap(const SyncBenchOptions &options, const QDir &dir, const QDir &replicas)
{
    Central central(options, domain::DemoScale::M, dir, {QStringLiteral("hq")},
                    options.chainMDatabase);
    const domain::DemoChain chain(domain::DemoScale::M, options.seed);
    out() << "bootstrap chain=M seed=" << options.seed << " seed_ms=" << central.seedMs()
          << " locations=" << chain.locations().size() << " products=" << chain.products().size()
          << " chain_movements=" << chain.size().movements << " url=" << central.server().baseUrl()
          << Qt::endl;

    const QString path = replicas.filePath(QStringLiteral("bootstrap.sqlite"));
    removeDatabase(path);
    auto owner = std::make_unique<BenchReplica>(path, central.user(QStringLiteral("hq")),
                                                QStringLiteral("bench-bootstrap"));
    BenchReplica &desktop = *owner;
    desktop.login(central.server().baseUrl(), central.password());

    QElapsedTimer timer;
    qint64 pages = 0;
    qint64 firstPageNs = -1;
    qint64 lastPageNs = -1;
    QObject::connect(&desktop.engine(), &sync::SyncEngine::progress, &desktop.engine(),
                     [&](const QString &stage, qint64 done, qint64) {
                         if (stage != QLatin1String("bootstrap"))
                             return;
                         pages = done;
                         lastPageNs = timer.nsecsElapsed();
                         if (firstPageNs < 0)
                             firstPageNs = lastPageNs;
                     });
    ::sync(); // the seeding's writes reach the disk before, not during, the bootstrap
    const double clientCpu = cpuMs();
    const double serverCpu = central.server().cpuMs();
    timer.start();
    desktop.syncOnce(3600 * 1000);
    const qint64 wall = timer.nsecsElapsed();
    const double clientCpuUsed = cpuMs() - clientCpu;
    const double serverCpuUsed = central.server().cpuMs() - serverCpu;
    if (pages == 0)
        fail(QStringLiteral("bootstrap: the first sync applied no snapshot page"));
    const LoggedRequests snapshot
        = central.server().loggedRequests(QStringLiteral("GET /api/v1/snapshot"));
    // While the replica is still open: how much of the bootstrap is only in the WAL.
    const double fileMb = desktop.fileMb();
    const double walMb = desktop.walMb();
    const qint64 levels = desktop.rowCount(QStringLiteral("levels"));
    const qint64 movements = desktop.rowCount(QStringLiteral("movements"));
    const double serverRss = central.server().peakRssMb();
    central.server().stop();
    const double benchRss = peakRssMb();
    // The raw limit gets the disk to itself: the replica is closed (SQLite checkpoints its WAL
    // then), removed unless kept, and every write of the bootstrap is flushed first.
    owner.reset();
    if (!options.keep)
        removeDatabase(path);
    ::sync();

    const QString rawPath = replicas.filePath(QStringLiteral("bootstrap-raw.sqlite"));
    removeDatabase(rawPath);
    QString error;
    const auto raw = measureRawInsert(chain, rawPath, &error);
    removeDatabase(rawPath);
    if (!raw)
        fail(QStringLiteral("raw insert limit: %1").arg(error));

    out() << "bootstrap levels=" << levels << " movements=" << movements << " pages=" << pages
          << " first_page_ms=" << ms(firstPageNs)
          << " snapshot_pages_ms=" << ms(lastPageNs - firstPageNs)
          << " after_snapshot_ms=" << ms(wall - lastPageNs) << " client_cpu_ms=" << clientCpuUsed
          << " server_cpu_ms=" << serverCpuUsed << " server_snapshot_requests=" << snapshot.count
          << " server_snapshot_ms=" << snapshot.ms << " replica_file_mb=" << fileMb
          << " replica_wal_mb=" << walMb << " server_peak_rss_mb=" << serverRss
          << " bench_peak_rss_mb=" << benchRss << Qt::endl;
    out() << "bootstrap raw_ms=" << ms(raw->ns) << " raw_levels=" << raw->levels
          << " raw_movements=" << raw->movements
          << " same_rows=" << (raw->levels == levels && raw->movements == movements ? "yes" : "NO")
          << Qt::endl;
    printFigure(QStringLiteral("bootstrap_wall"), double(wall) / 1e9, QStringLiteral("s"),
                Aim::AtMost, 20, 2);
    printFigure(QStringLiteral("bootstrap_vs_raw"), double(wall) / double(raw->ns),
                QStringLiteral("x"), Aim::AtMost, 3, 2);
}

} // namespace stockroom::bench
