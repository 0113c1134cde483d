#include "workerpool.h"

#include <QTest>

#include <atomic>
#include <future>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

using namespace stockroom::server;
using namespace std::chrono_literals;

namespace {

/** Records on which thread it was made and destroyed. */
class RecordingContext : public WorkerContext
{
public:
    RecordingContext(int index, std::mutex &mutex, std::map<int, std::thread::id> &destroyedOn)
        : index(index)
        , madeOn(std::this_thread::get_id())
        , m_mutex(mutex)
        , m_destroyedOn(destroyedOn)
    {}
    ~RecordingContext() override
    {
        std::lock_guard lock(m_mutex);
        m_destroyedOn[index] = std::this_thread::get_id();
    }

    const int index;
    const std::thread::id madeOn;

private:
    std::mutex &m_mutex;
    std::map<int, std::thread::id> &m_destroyedOn;
};

class EmptyContext : public WorkerContext
{
};

std::unique_ptr<WorkerContext> makeEmpty(int)
{
    return std::make_unique<EmptyContext>();
}

} // namespace

/** The bounded pool of database worker threads: contexts, back-pressure, draining. */
class TestWorkerPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsJobsOnItsThreadsWithTheirContexts();
    void refusesWhenTheQueueIsFull();
    void shutdownDrainsTheQueue();
    void survivesAThrowingJob();
    void failsWhenAContextCannotBeMade();
};

void TestWorkerPool::runsJobsOnItsThreadsWithTheirContexts()
{
    std::mutex mutex;
    std::map<int, std::thread::id> destroyedOn;
    std::map<int, std::thread::id> madeOn;
    std::vector<std::pair<int, std::thread::id>> ran; // context index, thread of the job
    {
        WorkerPool pool(3, 100, [&](int index) {
            auto context = std::make_unique<RecordingContext>(index, mutex, destroyedOn);
            std::lock_guard lock(mutex);
            madeOn[index] = context->madeOn;
            return context;
        });
        QCOMPARE(pool.threadCount(), 3);
        QVERIFY(!pool.failed());
        for (int i = 0; i < 60; ++i) {
            QVERIFY(pool.tryPost([&](WorkerContext &context) {
                auto &recording = dynamic_cast<RecordingContext &>(context);
                std::lock_guard lock(mutex);
                ran.emplace_back(recording.index, std::this_thread::get_id());
            }));
        }
        pool.shutdown();
    }
    QCOMPARE(ran.size(), std::size_t(60));
    QCOMPARE(madeOn.size(), std::size_t(3));
    std::set<std::thread::id> threads;
    for (const auto &[index, thread] : madeOn) {
        QVERIFY(thread != std::this_thread::get_id());
        threads.insert(thread);
    }
    QCOMPARE(threads.size(), std::size_t(3));
    for (const auto &[index, thread] : ran)
        QCOMPARE(thread, madeOn.at(index));
    QCOMPARE(destroyedOn, madeOn);
}

void TestWorkerPool::refusesWhenTheQueueIsFull()
{
    WorkerPool pool(1, 2, makeEmpty);
    std::promise<void> started;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> done{0};
    QVERIFY(pool.tryPost([&](WorkerContext &) {
        started.set_value();
        released.wait();
        ++done;
    }));
    QCOMPARE(started.get_future().wait_for(5s), std::future_status::ready);
    QVERIFY(pool.tryPost([&](WorkerContext &) { ++done; }));
    QVERIFY(pool.tryPost([&](WorkerContext &) { ++done; }));
    QCOMPARE(pool.queuedJobs(), std::size_t(2));
    QVERIFY(!pool.tryPost([&](WorkerContext &) { ++done; }));
    release.set_value();
    pool.shutdown();
    QCOMPARE(done.load(), 3);
    QVERIFY(!pool.tryPost([&](WorkerContext &) { ++done; }));
}

void TestWorkerPool::shutdownDrainsTheQueue()
{
    WorkerPool pool(2, 1000, makeEmpty);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> done{0};
    for (int i = 0; i < 200; ++i) {
        QVERIFY(pool.tryPost([&](WorkerContext &) {
            released.wait();
            ++done;
        }));
    }
    std::thread stopper([&] { pool.shutdown(); });
    // Shutting down refuses new work while the queued jobs still wait.
    QTRY_VERIFY(!pool.tryPost([](WorkerContext &) {}));
    release.set_value();
    stopper.join();
    QCOMPARE(done.load(), 200);
    QCOMPARE(pool.queuedJobs(), std::size_t(0));
}

void TestWorkerPool::survivesAThrowingJob()
{
    WorkerPool pool(1, 10, makeEmpty);
    std::promise<int> after;
    QVERIFY(pool.tryPost([](WorkerContext &) { throw std::runtime_error("job failed"); }));
    QVERIFY(pool.tryPost([&](WorkerContext &) { after.set_value(42); }));
    auto result = after.get_future();
    QCOMPARE(result.wait_for(5s), std::future_status::ready);
    QCOMPARE(result.get(), 42);
}

void TestWorkerPool::failsWhenAContextCannotBeMade()
{
    WorkerPool pool(3, 10, [](int index) -> std::unique_ptr<WorkerContext> {
        if (index == 1)
            throw std::runtime_error("database unreachable");
        return std::make_unique<EmptyContext>();
    });
    QVERIFY(pool.failed());
    QCOMPARE(pool.errorMessage(), std::string("worker 1: database unreachable"));
    QVERIFY(!pool.tryPost([](WorkerContext &) {}));
    pool.shutdown();
}

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
