#include "levelsdigest.h"

#include <QTest>

using namespace stockroom::domain;

/** The levels digest both sides of sync compare. */
class TestLevelsDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderDoesNotMatter();
    void everyFieldMatters();
    void zeroRowsEqualMissingRows();
};

namespace {
StockPosition at(const char *sku, qint64 onHand, qint64 committed = 0)
{
    return {QStringLiteral("S01"), QLatin1StringView(sku), {onHand, committed}, std::nullopt};
}
} // namespace

void TestLevelsDigest::orderDoesNotMatter()
{
    const QString a = levelsDigest({at("A", 1), at("B", 2), at("C", 3, 1)});
    QCOMPARE(levelsDigest({at("C", 3, 1), at("A", 1), at("B", 2)}), a);
    QCOMPARE(a.size(), 64);
}

void TestLevelsDigest::everyFieldMatters()
{
    const QString base = levelsDigest({at("A", 1), at("B", 2)});
    QVERIFY(levelsDigest({at("A", 1), at("B", 3)}) != base);
    QVERIFY(levelsDigest({at("A", 1), at("B", 2, 1)}) != base);
    QVERIFY(levelsDigest({at("A", 1), at("C", 2)}) != base);
    QVERIFY(levelsDigest({at("A|1", 2)}) != levelsDigest({at("A", 12)}));
}

void TestLevelsDigest::zeroRowsEqualMissingRows()
{
    QCOMPARE(levelsDigest({at("A", 1), at("B", 0)}), levelsDigest({at("A", 1)}));
    QCOMPARE(levelsDigest({}), levelsDigest({at("Z", 0, 0)}));
    QVERIFY(levelsDigest({at("A", -1)}) != levelsDigest({}));
}

QTEST_GUILESS_MAIN(TestLevelsDigest)
#include "tst_levelsdigest.moc"
