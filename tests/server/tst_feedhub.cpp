#include "feedhub.h"

#include <QTest>

#include <atomic>
#include <future>

using namespace stockroom::server;
using namespace std::chrono_literals;

/** Long-poll parking: wake on publish, time-out, missed-publish race, capacity, shutdown. */
class TestFeedHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishWakesOnlyOlderReaders();
    void timesOut();
    void publishedBeforeParkingWakesAtOnce();
    void refusesBeyondCapacity();
    void shutdownWakesEveryone();
};

void TestFeedHub::publishWakesOnlyOlderReaders()
{
    FeedHub hub(10);
    std::promise<bool> first, second;
    QVERIFY(hub.park(5, 5, 10s, [&](bool changed) { first.set_value(changed); }));
    QVERIFY(hub.park(5, 5, 10s, [&](bool changed) { second.set_value(changed); }));
    std::promise<bool> third;
    QVERIFY(hub.park(7, 5, 10s, [&](bool changed) { third.set_value(changed); }));
    QCOMPARE(hub.parked(), std::size_t(3));
    hub.publish(6);
    auto f = first.get_future();
    QCOMPARE(f.wait_for(5s), std::future_status::ready);
    QCOMPARE(f.get(), true);
    QCOMPARE(second.get_future().get(), true);
    QCOMPARE(hub.parked(), std::size_t(1));
    hub.publish(7); // not newer than what the third reader has
    QCOMPARE(hub.parked(), std::size_t(1));
    hub.publish(8);
    auto t = third.get_future();
    QCOMPARE(t.wait_for(5s), std::future_status::ready);
    QCOMPARE(t.get(), true);
    QCOMPARE(hub.latest(), 8);
    // A reader that saw seq 9 in the database proves it committed: older readers wake.
    std::promise<bool> fourth;
    QVERIFY(hub.park(8, 8, 10s, [&](bool changed) { fourth.set_value(changed); }));
    QVERIFY(hub.park(9, 9, 10s, [](bool) {}));
    QCOMPARE(fourth.get_future().get(), true);
}

void TestFeedHub::timesOut()
{
    FeedHub hub(10);
    std::promise<bool> woke;
    const auto started = std::chrono::steady_clock::now();
    QVERIFY(hub.park(0, 0, 150ms, [&](bool changed) { woke.set_value(changed); }));
    auto f = woke.get_future();
    QCOMPARE(f.wait_for(5s), std::future_status::ready);
    QCOMPARE(f.get(), false);
    QVERIFY(std::chrono::steady_clock::now() - started >= 150ms);
    QCOMPARE(hub.parked(), std::size_t(0));
}

void TestFeedHub::publishedBeforeParkingWakesAtOnce()
{
    FeedHub hub(10);
    hub.publish(3); // committed between the reader's empty query and its parking
    std::atomic<int> calls = 0;
    bool changed = false;
    QVERIFY(hub.park(2, 2, 10s, [&](bool c) {
        changed = c;
        ++calls;
    }));
    QCOMPARE(calls.load(), 1);
    QVERIFY(changed);
    QCOMPARE(hub.parked(), std::size_t(0));
}

void TestFeedHub::refusesBeyondCapacity()
{
    FeedHub hub(2);
    QVERIFY(hub.park(0, 0, 10s, [](bool) {}));
    QVERIFY(hub.park(0, 0, 10s, [](bool) {}));
    QVERIFY(!hub.park(0, 0, 10s, [](bool) { QFAIL("a refused reader must not be woken"); }));
}

void TestFeedHub::shutdownWakesEveryone()
{
    FeedHub hub(10);
    std::atomic<int> woken = 0;
    for (int i = 0; i < 5; ++i)
        QVERIFY(hub.park(0, 0, 60s, [&](bool changed) { woken += changed ? 100 : 1; }));
    hub.shutdown();
    QCOMPARE(woken.load(), 5);
    QVERIFY(!hub.park(0, 0, 1s, [](bool) {}));
}

QTEST_GUILESS_MAIN(TestFeedHub)
#include "tst_feedhub.moc"
