#include "backoff.h"

#include <QTest>

#include <set>

using namespace stockroom::sync;
using namespace std::chrono_literals;

/** Retry delays: growth, cap, jitter and reset. */
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheCap();
    void delaysStayWithinBoundsAndAreJittered();
    void resetStartsOver();
    void sameSeedSameDelays();
};

void TestBackoff::ceilingDoublesUpToTheCap()
{
    QRandomGenerator random(1);
    Backoff backoff(500ms, 30s, &random);
    const QList<qint64> expected{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
    for (qint64 ceiling : expected) {
        QCOMPARE(backoff.currentCeiling().count(), ceiling);
        backoff.nextDelay();
    }
    QCOMPARE(backoff.failures(), expected.size());
}

void TestBackoff::delaysStayWithinBoundsAndAreJittered()
{
    QRandomGenerator random(7);
    Backoff backoff(1s, 8s, &random);
    std::set<qint64> seen;
    for (int i = 0; i < 200; ++i) {
        const qint64 ceiling = backoff.currentCeiling().count();
        const qint64 delay = backoff.nextDelay().count();
        QVERIFY2(delay >= 500 && delay <= ceiling,
                 qPrintable(QStringLiteral("delay %1 outside [500, %2]").arg(delay).arg(ceiling)));
        seen.insert(delay);
    }
    QVERIFY2(seen.size() > 50, "delays must be spread, not one fixed value");
}

void TestBackoff::resetStartsOver()
{
    QRandomGenerator random(3);
    Backoff backoff(200ms, 10s, &random);
    for (int i = 0; i < 5; ++i)
        backoff.nextDelay();
    QCOMPARE(backoff.currentCeiling().count(), 6400);
    backoff.reset();
    QCOMPARE(backoff.failures(), 0);
    QCOMPARE(backoff.currentCeiling().count(), 200);
    QVERIFY(backoff.nextDelay() <= 200ms);
}

void TestBackoff::sameSeedSameDelays()
{
    QRandomGenerator a(42), b(42);
    Backoff first(1s, 60s, &a), second(1s, 60s, &b);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(first.nextDelay().count(), second.nextDelay().count());
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
