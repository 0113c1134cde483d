#include "ean13.h"
#include "product.h"
#include "reasoncode.h"

#include <QTest>

using namespace stockroom::domain;

/** Products, EAN-13 check digits and reason codes. */
class TestProduct : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ean13_data();
    void ean13();
    void validate_data();
    void validate();
    void reasonCodes();
};

void TestProduct::ean13_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << QStringLiteral("4006381333931") << true;
    QTest::newRow("valid, check digit 3") << QStringLiteral("4000000000013") << true;
    QTest::newRow("zero check digit wrong") << QStringLiteral("4000000000010") << false;
    QTest::newRow("wrong check digit") << QStringLiteral("4006381333932") << false;
    QTest::newRow("12 digits") << QStringLiteral("400638133393") << false;
    QTest::newRow("letters") << QStringLiteral("40063813339A") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProduct::ean13()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidEan13(code), valid);
    QCOMPARE(ean13CheckDigit(u"400638133393"), 1);
    QCOMPARE(ean13CheckDigit(u"400000000001"), 3);
    QCOMPARE(ean13CheckDigit(u"12345"), -1);
}

void TestProduct::validate_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("expected");
    const Product good{QStringLiteral("RUN-1"),
                       QStringLiteral("Runner"),
                       QStringLiteral("Running"),
                       {QStringLiteral("4006381333931"), QStringLiteral("INT-77")},
                       100,
                       200,
                       QString(),
                       2,
                       true};
    QTest::newRow("valid") << good << QString();
    Product p = good;
    p.sku = QString();
    QTest::newRow("no SKU") << p << QStringLiteral("The SKU is empty.");
    p = good;
    p.sku = QStringLiteral("RUN 1");
    QTest::newRow("SKU with space") << p << QStringLiteral("The SKU \"RUN 1\" contains spaces.");
    p = good;
    p.name = QStringLiteral("  ");
    QTest::newRow("no name") << p << QStringLiteral("Product RUN-1 has no name.");
    p = good;
    p.priceCents = -1;
    QTest::newRow("negative price") << p << QStringLiteral("Product RUN-1 has a negative price.");
    p = good;
    p.barcodes = {QStringLiteral("4006381333932")};
    QTest::newRow("bad EAN") << p
                             << QStringLiteral("Barcode 4006381333932 of product RUN-1 has a wrong "
                                               "EAN-13 check digit.");
}

void TestProduct::validate()
{
    QFETCH(Product, product);
    QFETCH(QString, expected);
    QCOMPARE(validateProduct(product), expected);
}

void TestProduct::reasonCodes()
{
    QVERIFY(isKnownReasonCode(QStringLiteral("damaged")));
    QVERIFY(!isKnownReasonCode(QStringLiteral("Damaged")));
    QCOMPARE(reasonCodeLabel(QStringLiteral("write_off")), QStringLiteral("Write-off"));
    QCOMPARE(reasonCodeLabel(QStringLiteral("other")), QStringLiteral("other"));
    for (const QString &code : stockroom::domain::reasonCodes())
        QVERIFY2(reasonCodeLabel(code) != code, qPrintable(code));
}

QTEST_GUILESS_MAIN(TestProduct)
#include "tst_product.moc"
