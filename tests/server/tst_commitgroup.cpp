#include "commitgroup.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using stockroom::server::CommitGroup;

namespace {

struct Job : CommitGroup::Job
{
    int number = 0;
    int storedInGroup = -1; ///< which store() call took it
};

} // namespace

/** Group commit's queue: every job is stored exactly once, and a store that throws blocks nobody.
 */
class TestCommitGroup : public QObject
{
    Q_OBJECT

private slots:
    void everyJobIsStoredOnceInGroupsOfAtMostEight()
    {
        CommitGroup group;
        constexpr int threads = 12;
        constexpr int jobsPerThread = 50;
        std::mutex mutex;
        std::vector<int> timesStored(threads * jobsPerThread, 0);
        std::atomic<int> stores{0};
        std::atomic<int> inStore{0};
        std::atomic<bool> overlapped{false};
        std::atomic<qsizetype> largest{0};
        std::atomic<int> badReturns{0};
        std::atomic<int> arrived{0}; ///< threads that are about to push their first job
        const CommitGroup::Store store = [&](const QList<CommitGroup::Job *> &jobs) {
            if (++inStore > 1)
                overlapped = true;
            const int number = stores++;
            largest = std::max<qsizetype>(largest, jobs.size());
            // The first store lasts until every thread has come to push: the others queue
            // meanwhile, so the next stores are groups (no timing involved).
            while (number == 0 && arrived < threads)
                std::this_thread::yield();
            {
                const std::lock_guard lock(mutex);
                for (CommitGroup::Job *job : jobs) {
                    auto *mine = static_cast<Job *>(job);
                    ++timesStored[mine->number];
                    mine->storedInGroup = number;
                }
            }
            --inStore;
        };
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (int i = 0; i < jobsPerThread; ++i) {
                    if (i == 0)
                        ++arrived;
                    Job job;
                    job.number = t * jobsPerThread + i;
                    group.run(&job, store);
                    // Returned only once stored, and not as failed (QTest checks run on the
                    // test's thread: counted here, compared below).
                    if (!job.done || job.failed || job.storedInGroup < 0)
                        ++badReturns;
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        QCOMPARE(badReturns.load(), 0);
        for (int n = 0; n < threads * jobsPerThread; ++n)
            QVERIFY2(
                timesStored[n] == 1,
                qPrintable(QStringLiteral("job %1 stored %2 times").arg(n).arg(timesStored[n])));
        QVERIFY2(!overlapped, "two stores ran at once");
        QVERIFY2(largest <= CommitGroup::maxJobs,
                 qPrintable(QStringLiteral("a group of %1 jobs").arg(largest)));
        QVERIFY2(stores < threads * jobsPerThread,
                 qPrintable(QStringLiteral("%1 stores for %2 jobs: nothing was grouped")
                                .arg(stores.load())
                                .arg(threads * jobsPerThread)));
    }

    void aStoreThatThrowsFailsItsJobsAndBlocksNobody()
    {
        CommitGroup group;
        Job first;
        bool thrown = false;
        try {
            group.run(&first, [](const QList<CommitGroup::Job *> &) {
                throw std::runtime_error("out of memory, say");
            });
        } catch (const std::runtime_error &) {
            thrown = true;
        }
        QVERIFY(thrown);
        QVERIFY(first.done);
        QVERIFY(first.failed);

        // The next job is stored as usual.
        Job second;
        int stored = 0;
        group.run(&second,
                  [&](const QList<CommitGroup::Job *> &jobs) { stored += int(jobs.size()); });
        QCOMPARE(stored, 1);
        QVERIFY(second.done);
        QVERIFY(!second.failed);
    }
};

QTEST_APPLESS_MAIN(TestCommitGroup)
#include "tst_commitgroup.moc"
