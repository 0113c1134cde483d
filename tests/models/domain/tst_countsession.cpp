#include "countsession.h"

#include <QTest>

using namespace stockroom::domain;

namespace QTest {
template<>
char *toString(const ScanInput &scan)
{
    return qstrdup(QByteArray(scan.code.toUtf8() + " x" + QByteArray::number(scan.multiplier)));
}
} // namespace QTest

/** Count scopes, modes and states, and the scan field's input rules. */
class TestCountSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip();
    void unknownNames();
    void validateScope_data();
    void validateScope();
    void advance_data();
    void advance();
    void parseScan_data();
    void parseScan();
    void parseScanWithoutErrorPointer();
};

void TestCountSession::namesRoundTrip()
{
    QCOMPARE(allCountScopeKinds().size(), 6);
    for (CountScopeKind kind : allCountScopeKinds())
        QCOMPARE(countScopeKindFromName(countScopeKindName(kind)).value(), kind);
    QStringList scopeNames;
    for (CountScopeKind kind : allCountScopeKinds())
        scopeNames.append(countScopeKindName(kind));
    QCOMPARE(scopeNames, (QStringList{QStringLiteral("store"), QStringLiteral("category"),
                                      QStringLiteral("bin"), QStringLiteral("cycle"),
                                      QStringLiteral("skus"), QStringLiteral("audit")}));

    QCOMPARE(allCountModes().size(), 2);
    QCOMPARE(countModeName(CountMode::Blind), QStringLiteral("blind"));
    QCOMPARE(countModeName(CountMode::Expected), QStringLiteral("expected"));
    for (CountMode mode : allCountModes())
        QCOMPARE(countModeFromName(countModeName(mode)).value(), mode);

    QStringList stateNames;
    for (CountState state : allCountStates()) {
        QCOMPARE(countStateFromName(countStateName(state)).value(), state);
        stateNames.append(countStateName(state));
    }
    QCOMPARE(stateNames, (QStringList{QStringLiteral("open"), QStringLiteral("submitted"),
                                      QStringLiteral("reviewed"), QStringLiteral("posted")}));
}

void TestCountSession::unknownNames()
{
    QVERIFY(!countScopeKindFromName(u"Store").has_value());
    QVERIFY(!countScopeKindFromName(u"whole_store").has_value());
    QVERIFY(!countScopeKindFromName(u"").has_value());
    QVERIFY(!countModeFromName(u"blind ").has_value());
    QVERIFY(!countStateFromName(u"closed").has_value());
}

void TestCountSession::validateScope_data()
{
    QTest::addColumn<CountScopeKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("skus");
    QTest::addColumn<QString>("expectedError");

    using K = CountScopeKind;
    const QStringList twoSkus{QStringLiteral("SKU-1"), QStringLiteral("SKU-2")};
    QTest::newRow("whole store") << K::WholeStore << QString() << QStringList() << QString();
    QTest::newRow("whole store with a category")
        << K::WholeStore << QStringLiteral("Shoes") << QStringList()
        << QStringLiteral("A whole-store count takes no category, bin or SKU list.");
    QTest::newRow("whole store with SKUs")
        << K::WholeStore << QString() << twoSkus
        << QStringLiteral("A whole-store count takes no category, bin or SKU list.");
    QTest::newRow("category") << K::Category << QStringLiteral("Shoes") << QStringList()
                              << QString();
    QTest::newRow("category without a value")
        << K::Category << QStringLiteral("  ") << QStringList()
        << QStringLiteral("Choose the category to count.");
    QTest::newRow("category with SKUs") << K::Category << QStringLiteral("Shoes") << twoSkus
                                        << QStringLiteral("A category count takes no SKU list.");
    QTest::newRow("bin") << K::Bin << QStringLiteral("A-01-3") << QStringList() << QString();
    QTest::newRow("bin without a value")
        << K::Bin << QString() << QStringList() << QStringLiteral("Choose the bin to count.");
    QTest::newRow("bin with SKUs") << K::Bin << QStringLiteral("A-01-3") << twoSkus
                                   << QStringLiteral("A bin count takes no SKU list.");
    QTest::newRow("sku list") << K::SkuList << QString() << twoSkus << QString();
    QTest::newRow("sku list empty") << K::SkuList << QString() << QStringList()
                                    << QStringLiteral("Add at least one SKU to count.");
    QTest::newRow("cycle list empty") << K::CycleList << QString() << QStringList()
                                      << QStringLiteral("No SKU is due for a cycle count.");
    QTest::newRow("cycle list") << K::CycleList << QString() << twoSkus << QString();
    QTest::newRow("audit sample empty") << K::AuditSample << QString() << QStringList()
                                        << QStringLiteral("The audit sample has no SKU.");
    QTest::newRow("audit sample") << K::AuditSample << QString() << twoSkus << QString();
    QTest::newRow("sku list with a bin")
        << K::SkuList << QStringLiteral("A-01-3") << twoSkus
        << QStringLiteral("A count of listed SKUs takes no category or bin.");
    QTest::newRow("sku list with a blank entry")
        << K::SkuList << QString() << QStringList{QStringLiteral("SKU-1"), QStringLiteral(" ")}
        << QStringLiteral("The SKU list has an empty entry.");
    QTest::newRow("sku listed twice")
        << K::SkuList << QString()
        << QStringList{QStringLiteral("SKU-1"), QStringLiteral("SKU-2"), QStringLiteral("SKU-1")}
        << QStringLiteral("SKU \"SKU-1\" is listed twice.");
}

void TestCountSession::validateScope()
{
    QFETCH(CountScopeKind, kind);
    QFETCH(QString, value);
    QFETCH(QStringList, skus);
    QFETCH(QString, expectedError);
    QCOMPARE(validateCountScope(CountScope{kind, value, skus}), expectedError);
}

void TestCountSession::advance_data()
{
    QTest::addColumn<CountState>("from");
    QTest::addColumn<CountState>("to");
    QTest::addColumn<QString>("expectedError");

    using S = CountState;
    QTest::newRow("open to submitted") << S::Open << S::Submitted << QString();
    QTest::newRow("submitted to reviewed") << S::Submitted << S::Reviewed << QString();
    QTest::newRow("reviewed to posted") << S::Reviewed << S::Posted << QString();

    QTest::newRow("open to open") << S::Open << S::Open
                                  << QStringLiteral("This count is already open.");
    QTest::newRow("open to reviewed")
        << S::Open << S::Reviewed
        << QStringLiteral("This count must be submitted before it is reviewed.");
    QTest::newRow("open to posted")
        << S::Open << S::Posted
        << QStringLiteral("This count must be reviewed before it is posted.");
    QTest::newRow("submitted to open")
        << S::Submitted << S::Open
        << QStringLiteral("A submitted count cannot be reopened; start a recount instead.");
    QTest::newRow("submitted twice")
        << S::Submitted << S::Submitted << QStringLiteral("This count is already submitted.");
    QTest::newRow("submitted to posted")
        << S::Submitted << S::Posted
        << QStringLiteral("This count must be reviewed before it is posted.");
    QTest::newRow("reviewed to open")
        << S::Reviewed << S::Open
        << QStringLiteral("A submitted count cannot be reopened; start a recount instead.");
    QTest::newRow("reviewed to submitted")
        << S::Reviewed << S::Submitted << QStringLiteral("This count is already reviewed.");
    QTest::newRow("reviewed twice")
        << S::Reviewed << S::Reviewed << QStringLiteral("This count is already reviewed.");
    for (CountState to : allCountStates()) {
        QTest::addRow("posted to %s", qPrintable(countStateName(to)))
            << S::Posted << to << QStringLiteral("This count is already posted.");
    }
}

void TestCountSession::advance()
{
    QFETCH(CountState, from);
    QFETCH(CountState, to);
    QFETCH(QString, expectedError);
    QCOMPARE(whyCannotAdvance(from, to), expectedError);
    QCOMPARE(canAdvance(from, to), expectedError.isEmpty());
}

void TestCountSession::parseScan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("multiplier");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("barcode") << QStringLiteral("4006381333931") << QStringLiteral("4006381333931")
                             << 1LL << QString();
    QTest::newRow("sku") << QStringLiteral("SKU-00042") << QStringLiteral("SKU-00042") << 1LL
                         << QString();
    QTest::newRow("multiplier") << QStringLiteral("12*4006381333931")
                                << QStringLiteral("4006381333931") << 12LL << QString();
    QTest::newRow("multiplier of one")
        << QStringLiteral("1*X") << QStringLiteral("X") << 1LL << QString();
    QTest::newRow("leading zeros")
        << QStringLiteral("007*X") << QStringLiteral("X") << 7LL << QString();
    QTest::newRow("surrounding whitespace and newline")
        << QStringLiteral("  4006381333931\r\n") << QStringLiteral("4006381333931") << 1LL
        << QString();
    QTest::newRow("spaces around the star") << QStringLiteral(" 12 * 4006381333931 ")
                                            << QStringLiteral("4006381333931") << 12LL << QString();
    QTest::newRow("upper bound") << QStringLiteral("100000*X") << QStringLiteral("X") << 100000LL
                                 << QString();

    QTest::newRow("empty") << QString() << QString() << 0LL
                           << QStringLiteral("Scan or type a code.");
    QTest::newRow("only whitespace")
        << QStringLiteral(" \t ") << QString() << 0LL << QStringLiteral("Scan or type a code.");
    QTest::newRow("multiplier without code")
        << QStringLiteral("12*") << QString() << 0LL
        << QStringLiteral("Now scan or type the code to count 12 times.");
    QTest::newRow("multiplier and spaces without code")
        << QStringLiteral("12*   ") << QString() << 0LL
        << QStringLiteral("Now scan or type the code to count 12 times.");
    QTest::newRow("zero") << QStringLiteral("0*X") << QString() << 0LL
                          << QStringLiteral("The quantity before the \"*\" must be at least 1.");
    QTest::newRow("negative") << QStringLiteral("-3*X") << QString() << 0LL
                              << QStringLiteral(
                                     "The quantity before the \"*\" must be at least 1.");
    QTest::newRow("zero without code")
        << QStringLiteral("0*") << QString() << 0LL
        << QStringLiteral("The quantity before the \"*\" must be at least 1.");
    QTest::newRow("letters") << QStringLiteral("abc*X") << QString() << 0LL
                             << QStringLiteral("\"abc\" is not a quantity; type a whole number "
                                               "before the \"*\".");
    QTest::newRow("decimal") << QStringLiteral("1.5*X") << QString() << 0LL
                             << QStringLiteral("\"1.5\" is not a quantity; type a whole number "
                                               "before the \"*\".");
    QTest::newRow("plus sign") << QStringLiteral("+3*X") << QString() << 0LL
                               << QStringLiteral("\"+3\" is not a quantity; type a whole number "
                                                 "before the \"*\".");
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0661\u0662*X") << QString() << 0LL
        << QStringLiteral("\"\u0661\u0662\" is not a quantity; type a whole number before the "
                          "\"*\".");
    QTest::newRow("above the bound")
        << QStringLiteral("100001*X") << QString() << 0LL
        << QStringLiteral("The quantity before the \"*\" cannot be more than 100000.");
    QTest::newRow("overflowing qint64")
        << QStringLiteral("99999999999999999999999*X") << QString() << 0LL
        << QStringLiteral("The quantity before the \"*\" cannot be more than 100000.");
    QTest::newRow("star without quantity")
        << QStringLiteral("*X") << QString() << 0LL
        << QStringLiteral("Type a quantity before the \"*\", as in 12*CODE.");
    QTest::newRow("star alone") << QStringLiteral("*") << QString() << 0LL
                                << QStringLiteral(
                                       "Type a quantity before the \"*\", as in 12*CODE.");
    QTest::newRow("two stars") << QStringLiteral("2*3*X") << QString() << 0LL
                               << QStringLiteral("Use only one \"*\" in a scan, as in 12*CODE.");
}

void TestCountSession::parseScan()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(qint64, multiplier);
    QFETCH(QString, expectedError);

    QString error = QStringLiteral("untouched");
    const std::optional<ScanInput> scan = stockroom::domain::parseScan(text, &error);
    if (expectedError.isEmpty()) {
        QVERIFY(scan.has_value());
        QCOMPARE(*scan, (ScanInput{code, multiplier}));
        QCOMPARE(error, QStringLiteral("untouched"));
    } else {
        QVERIFY(!scan.has_value());
        QCOMPARE(error, expectedError);
    }
}

void TestCountSession::parseScanWithoutErrorPointer()
{
    QVERIFY(!stockroom::domain::parseScan(u"0*X", nullptr).has_value());
    QCOMPARE(stockroom::domain::parseScan(u"3*X", nullptr).value_or(ScanInput{}),
             (ScanInput{QStringLiteral("X"), 3}));
}

QTEST_GUILESS_MAIN(TestCountSession)
#include "tst_countsession.moc"
