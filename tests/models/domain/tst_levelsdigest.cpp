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
    void isSha256OfTheSortedLines();
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

// The exact bytes central and every desktop hash (their digests must agree across versions):
// SHA-256 of "A|1|0\nB|-2|3\n", as Python's hashlib.sha256 gives it.
void TestLevelsDigest::isSha256OfTheSortedLines()
{
    QCOMPARE(levelsDigest({at("B", -2, 3), at("A", 1)}),
             QStringLiteral("89213146fc976bda7ac8469b1c49b5c654a8f2f0c2096e210dc221c1c418e1f0"));
}

QTEST_GUILESS_MAIN(TestLevelsDigest)
#include "tst_levelsdigest.moc"
