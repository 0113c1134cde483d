#include "benchreplica.h"
#include "benchtools.h"
#include "syncbench.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <vector>

namespace stockroom::bench {

namespace {

/** What the current round waits for; the replicas' threads read it under the mutex. */
struct RoundState
{
    explicit RoundState(int clients)
        : arrivedNs(clients, -1)
    {}

    QMutex mutex; ///< guards every member but the two counters at the end
    int recorder = -1;
    QUuid id; ///< the recorded movement; null until record() returned
    QString location;
    QString sku;
    QString problem; ///< the first thing that went wrong in a replica's thread
    qint64 recordedAtNs = -1;
    QList<qint64> arrivedNs; ///< per replica, -1 until it applied the movement
    int arrivals = 0;
    std::atomic<int> watching{0}; ///< replicas whose first watching round succeeded
    std::atomic<int> watchFailures{0};
};

/**
 * One long-polling desktop in a thread of its own, with its own event loop, replica file and
 * network access manager. Threads rather than one event loop for all: in one loop the k-th
 * replica's arrival would also wait for the k-1 replicas applying the same page before it, a
 * queue that separate desktops do not have. The 50 threads still share this machine's cores
 * with the server; that contention stays in the figures.
 */
struct Watcher
{
    Watcher() { context->moveToThread(&thread); }
    ~Watcher()
    {
        if (thread.isRunning()) {
            QMetaObject::invokeMethod(
                context, [this] { replica.reset(); }, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        }
        delete context;
    }
    Watcher(const Watcher &) = delete;
    Watcher &operator=(const Watcher &) = delete;

    // Runs work in this watcher's thread and waits for it; a Failure there is rethrown here.
    void run(const std::function<void()> &work)
    {
        QString problem;
        QMetaObject::invokeMethod(
            context,
            [&] {
                try {
                    work();
                } catch (const Failure &failure) {
                    problem = failure.message;
                }
            },
            Qt::BlockingQueuedConnection);
        if (!problem.isEmpty())
            fail(problem);
    }

    QThread thread;
    QObject *context = new QObject; // lives in thread: the receiver of everything queued there
    std::unique_ptr<BenchReplica> replica;
    int roundsOk = 0; ///< read and written in thread only
};

void noteProblem(RoundState &state, const QString &problem)
{
    const QMutexLocker lock(&state.mutex);
    if (state.problem.isEmpty())
        state.problem = problem;
}

// In replica index's thread, after the engine applied a page: is the round's movement here now?
void checkArrival(RoundState &state, int index, BenchReplica &replica)
{
    const qint64 now = steadyNs();
    QUuid id;
    QString location;
    QString sku;
    {
        const QMutexLocker lock(&state.mutex);
        if (state.id.isNull() || index == state.recorder || state.arrivedNs[index] >= 0)
            return;
        id = state.id;
        location = state.location;
        sku = state.sku;
    }
    const QList<domain::Movement> recent = replica.service().history(location, sku, 20);
    if (std::any_of(recent.begin(), recent.end(),
                    [&](const domain::Movement &m) { return m.id == id; })) {
        const QMutexLocker lock(&state.mutex);
        state.arrivedNs[index] = now;
        ++state.arrivals;
    }
}

double percentile(const QList<double> &sorted, double p)
{
    // Nearest rank, as stockroom-bench-server.
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

// options.clients head-office desktops (role admin: each sees every location) bootstrap the
// small chain and long-poll with SyncEngine::startWatching. Each round one of them records a
// receipt through InventoryService::record and wakes its engine, as the desktop does; the
// latency runs from the record call to the moment each other replica has applied the page that
// holds the movement (SyncEngine::replicaChanged, then the movement is looked up by id).
void benchPropagation(const SyncBenchOptions &options, Central &central, const QDir &replicas)
{
    const int clients = options.clients;
    RoundState state(clients);
    std::vector<std::unique_ptr<Watcher>> watchers;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < clients; ++i) {
        watchers.push_back(std::make_unique<Watcher>());
        Watcher *watcher = watchers.back().get();
        watcher->thread.start();
        watcher->run([&, i, watcher] {
            watcher->replica = std::make_unique<BenchReplica>(
                replicas.filePath(QStringLiteral("watcher-%1.sqlite").arg(i)),
                central.user(QStringLiteral("watch")), QStringLiteral("bench-watch-%1").arg(i));
            BenchReplica &replica = *watcher->replica;
            replica.login(central.server().baseUrl(), central.password());
            replica.syncOnce(300000);
            sync::SyncEngine *engine = &replica.engine();
            QObject::connect(engine, &sync::SyncEngine::replicaChanged, watcher->context,
                             [&state, i, &replica] { checkArrival(state, i, replica); });
            QObject::connect(engine, &sync::SyncEngine::syncFinished, watcher->context,
                             [&state, watcher](bool ok, const QString &) {
                                 if (ok && ++watcher->roundsOk == 1)
                                     ++state.watching;
                                 else if (!ok)
                                     ++state.watchFailures;
                             });
        });
    }
    const qint64 setUpNs = timer.nsecsElapsed();

    QStringList locations;
    QStringList skus;
    watchers.front()->run([&] {
        locations = watchers.front()->replica->store().ownLocations();
        for (const domain::Product &product : watchers.front()->replica->service().products())
            skus.append(product.sku);
    });
    if (locations.isEmpty() || skus.isEmpty())
        fail(QStringLiteral("propagation: the replicas have no own locations or no products"));

    for (const auto &watcher : watchers) {
        Watcher *w = watcher.get();
        QMetaObject::invokeMethod(w->context, [w] { w->replica->engine().startWatching(); });
    }
    // Every engine finished its first watching round and went on to long-poll; the pause lets
    // the last of them park before the first change.
    if (!spinUntil([&] { return state.watching == clients; }, 120000))
        fail(QStringLiteral("propagation: not every replica finished its first watching round"));
    spinUntil([] { return false; }, 500);
    const int connections = central.server().establishedConnections();
    if (connections < clients)
        fail(QStringLiteral("propagation: the server holds %1 connections for %2 watching replicas")
                 .arg(connections)
                 .arg(clients));

    QList<double> samples;
    QStringList roundMaxima;
    for (int round = 0; round < options.rounds; ++round) {
        const int recorder = round % clients;
        {
            const QMutexLocker lock(&state.mutex);
            state.recorder = recorder;
            state.id = QUuid();
            state.location = locations.at(round % locations.size());
            state.sku = skus.at((qsizetype(round) * 7919) % skus.size());
            state.arrivedNs.fill(-1);
            state.arrivals = 0;
            state.recordedAtNs = -1;
        }
        Watcher *w = watchers[recorder].get();
        const QString location = state.location;
        const QString sku = state.sku;
        QMetaObject::invokeMethod(w->context, [&state, w, location, sku] {
            replica::RecordRequest receipt;
            receipt.kind = domain::MovementKind::Receipt;
            receipt.location = location;
            receipt.product = sku;
            receipt.quantity = 1;
            {
                const QMutexLocker lock(&state.mutex);
                state.recordedAtNs = steadyNs();
            }
            const replica::RecordResult result = w->replica->service().record(receipt);
            if (!result.ok())
                return noteProblem(state, result.error);
            {
                const QMutexLocker lock(&state.mutex);
                state.id = result.movement.id;
            }
            w->replica->engine().wakeUp();
        });
        const bool arrived = spinUntil(
            [&] {
                const QMutexLocker lock(&state.mutex);
                return state.arrivals == clients - 1 || !state.problem.isEmpty();
            },
            30000);
        {
            const QMutexLocker lock(&state.mutex);
            if (!state.problem.isEmpty())
                fail(QStringLiteral("propagation round %1: %2").arg(round).arg(state.problem));
        }
        QMutexLocker lock(&state.mutex);
        if (!arrived)
            fail(QStringLiteral("propagation round %1: %2 of %3 replicas applied the movement "
                                "within 30 s")
                     .arg(round)
                     .arg(state.arrivals)
                     .arg(clients - 1));
        double roundMax = 0;
        for (int i = 0; i < clients; ++i) {
            if (i == recorder)
                continue;
            samples.append(ms(state.arrivedNs[i] - state.recordedAtNs));
            roundMax = std::max(roundMax, samples.constLast());
        }
        lock.unlock();
        roundMaxima.append(QString::number(roundMax, 'f', 0));
        // Each engine pulls once more, finds nothing and parks its long-poll again.
        spinUntil([] { return false; }, 250);
    }
    for (const auto &watcher : watchers) {
        Watcher *w = watcher.get();
        w->run([w] {
            w->replica->engine().stopWatching();
            w->replica.reset();
        });
    }
    watchers.clear();

    std::sort(samples.begin(), samples.end());
    out() << "propagation chain=small clients=" << clients << " rounds=" << options.rounds
          << " samples=" << samples.size() << " threads=" << clients << " setup_ms=" << ms(setUpNs)
          << " connections=" << connections << " p50_ms=" << percentile(samples, 0.50)
          << " p90_ms=" << percentile(samples, 0.90) << " p99_ms=" << percentile(samples, 0.99)
          << " max_ms=" << samples.constLast() << " min_ms=" << samples.constFirst()
          << " watch_failures=" << state.watchFailures << " bench_peak_rss_mb=" << peakRssMb()
          << Qt::endl;
    // The slowest arrival of each round, in round order: a slow round stands out.
    out() << "propagation round_max_ms=" << roundMaxima.join(QLatin1Char(',')) << Qt::endl;
    printFigure(QStringLiteral("propagation_p50"), percentile(samples, 0.50), QStringLiteral("ms"),
                Aim::AtMost, 20);
    printFigure(QStringLiteral("propagation_p99"), percentile(samples, 0.99), QStringLiteral("ms"),
                Aim::AtMost, 100);
}

} // namespace stockroom::bench
