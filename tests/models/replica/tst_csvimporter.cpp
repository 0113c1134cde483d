#include "csvexporter.h"
#include "csvimporter.h"
#include "replicafixture.h"

#include <QFile>

using namespace stockroom;
using replica::CsvKind;
using replica::RecordRequest;

/** CSV import and export against a real replica: all or nothing, errors with line numbers. */
class TestCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsProducts();
    void importsLevelsAsCounts();
    void importsMovementsWithSemicolonsAndBom();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void cancelChangesNothing();
    void exportThenImportIsIdempotent();
    void exportLevelsFormat();

private:
    std::unique_ptr<ReplicaFixture> f;
};

void TestCsvImporter::init()
{
    f = std::make_unique<ReplicaFixture>();
    QVERIFY(f->open());
    QVERIFY(f->seed());
}

void TestCsvImporter::importsProducts()
{
    const QByteArray csv
        = "sku,name,category,barcodes,unit_cost,price,bin,low_stock_threshold,active\n"
          "TEN-001,\"Racket, pro\",Tennis,"
          + ReplicaFixture::ean(QStringLiteral("400000000010")).toUtf8() + "|"
          + ReplicaFixture::ean(QStringLiteral("400000000011")).toUtf8()
          + ",55.5,129.99,B-02-1,2,yes\n"
            "RUN-001,Trail runner 42 (v2),Running shoes,,45,89.99,,3,1\n";
    replica::CsvImporter importer(*f->service);
    const auto report = importer.importData(CsvKind::Products, csv);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.records, 2);
    QCOMPARE(report.applied, 2);
    const auto racket
        = f->service->findProduct(ReplicaFixture::ean(QStringLiteral("400000000011")));
    QVERIFY(racket);
    QCOMPARE(racket->name, QStringLiteral("Racket, pro"));
    QCOMPARE(racket->unitCostCents, 5550);
    QCOMPARE(racket->priceCents, 12999);
    QCOMPARE(racket->lowStockThreshold, 2);
    QCOMPARE(f->service->findProduct(QStringLiteral("RUN-001"))->name,
             QStringLiteral("Trail runner 42 (v2)"));
}

void TestCsvImporter::importsLevelsAsCounts()
{
    const QByteArray csv = "location,sku,on_hand,counted_at\n"
                           "S01,RUN-001,12,2026-11-01T08:00:00Z\n"
                           "S02,RUN-001,4,\n";
    replica::CsvImporter importer(*f->service);
    const auto report = importer.importData(CsvKind::Levels, csv);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(f->service->level(QStringLiteral("S01"), QStringLiteral("RUN-001"))->level.onHand, 12);
    QCOMPARE(f->service->level(QStringLiteral("S02"), QStringLiteral("RUN-001"))->level.onHand, 4);
    const auto history = f->service->history(QStringLiteral("S01"), QStringLiteral("RUN-001"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().kind, domain::MovementKind::Count);
    QCOMPARE(history.constFirst().occurredAtMs, 1793520000000LL);
    QVERIFY(f->service->verify().ok());
}

void TestCsvImporter::importsMovementsWithSemicolonsAndBom()
{
    const QByteArray csv = "\xEF\xBB\xBFlocation;sku;kind;quantity;occurred_at;reason_code;note\r\n"
                           "S01;FTB-010;receipt;10;2026-11-02T09:00:00Z;;\"first; delivery\"\r\n"
                           "S01;FTB-010;sale;2;2026-11-02T10:00:00Z;;\r\n"
                           "S01;FTB-010;adjustment;-1;2026-11-02T11:00:00Z;damaged;\r\n";
    replica::CsvImporter importer(*f->service);
    const auto report = importer.importData(CsvKind::Movements, csv);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.applied, 3);
    QCOMPARE(f->service->level(QStringLiteral("S01"), QStringLiteral("FTB-010"))->level.onHand, 7);
    QCOMPARE(f->service->history(QStringLiteral("S01"), QStringLiteral("FTB-010")).constLast().note,
             QStringLiteral("first; delivery"));
    QCOMPARE(f->service->pendingChanges(), 3);
}

void TestCsvImporter::badFileChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    const QByteArray movementsHeader = "location,sku,kind,quantity,occurred_at,reason_code\n";
    const QByteArray good = "S01,RUN-001,receipt,5,2026-11-02T09:00:00Z,\n";
    QTest::newRow("wrong header")
        << int(CsvKind::Movements)
        << QByteArray(
               "location,sku,kind,qty,occurred_at\nS01,RUN-001,sale,1,2026-11-02T09:00:00Z\n")
        << QStringLiteral("line 1: unknown column \"qty\"");
    QTest::newRow("missing column")
        << int(CsvKind::Levels) << QByteArray("location,sku\nS01,RUN-001\n")
        << QStringLiteral("line 1: the required column \"on_hand\" is missing");
    QTest::newRow("non-numeric quantity")
        << int(CsvKind::Movements)
        << movementsHeader + good + "S01,RUN-001,sale,two,2026-11-02T10:00:00Z,\n"
        << QStringLiteral("line 3: quantity \"two\" is not a whole number");
    QTest::newRow("unknown SKU") << int(CsvKind::Movements)
                                 << movementsHeader + good + good
                                        + "S01,NOPE-9,sale,1,2026-11-02T10:00:00Z,\n"
                                 << QStringLiteral("line 4: unknown SKU \"NOPE-9\"");
    QTest::newRow("invalid UTF-8") << int(CsvKind::Products)
                                   << QByteArray("sku,name\nA-1,Ball\nA-2,Gr\xF6\xDF"
                                                 "e\n")
                                   << QStringLiteral("line 3: the file is not valid UTF-8");
    QTest::newRow("unknown kind") << int(CsvKind::Movements)
                                  << movementsHeader + "S01,RUN-001,sold,1,2026-11-02T10:00:00Z,\n"
                                  << QStringLiteral("line 2: \"sold\" is not a movement kind");
    QTest::newRow("bad date") << int(CsvKind::Movements)
                              << movementsHeader + good + "S01,RUN-001,sale,1,02/11/2026,\n"
                              << QStringLiteral("line 3: occurred_at \"02/11/2026\" is not a date");
    QTest::newRow("adjustment without reason")
        << int(CsvKind::Movements)
        << movementsHeader + "S01,RUN-001,adjustment,-2,2026-11-02T10:00:00Z,\n"
        << QStringLiteral("line 2: An adjustment needs a reason code.");
    QTest::newRow("too few fields")
        << int(CsvKind::Levels) << QByteArray("location,sku,on_hand\nS01,RUN-001\n")
        << QStringLiteral("line 2: 2 fields, but the header has 3");
    QTest::newRow("duplicate SKU")
        << int(CsvKind::Products) << QByteArray("sku,name\nA-1,Ball\nA-1,Other ball\n")
        << QStringLiteral("line 3: SKU A-1 already appears on line 2");
    QTest::newRow("bad check digit")
        << int(CsvKind::Products) << QByteArray("sku,name,barcodes\nA-1,Ball,4000000000011\n")
        << QStringLiteral(
               "line 2: Barcode 4000000000011 of product A-1 has a wrong EAN-13 check digit.");
    QTest::newRow("barcode of another product")
        << int(CsvKind::Products)
        << QByteArray("sku,name,barcodes\nA-1,Ball,")
               + ReplicaFixture::ean(QStringLiteral("400000000001")).toUtf8() + "\n"
        << QStringLiteral("line 2: barcode %1 already belongs to product RUN-001")
               .arg(ReplicaFixture::ean(QStringLiteral("400000000001")));
    QTest::newRow("location kept elsewhere")
        << int(CsvKind::Levels) << QByteArray("location,sku,on_hand\nS09,RUN-001,3\n")
        << QStringLiteral("line 2: location S09 is not kept on this desktop");
}

void TestCsvImporter::badFileChangesNothing()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);

    RecordRequest receipt;
    receipt.kind = domain::MovementKind::Receipt;
    receipt.product = QStringLiteral("RUN-001");
    receipt.quantity = 3;
    QVERIFY(f->service->record(receipt).ok());
    const QByteArray before = f->contentDigest();

    replica::CsvImporter importer(*f->service);
    const auto report = importer.importData(CsvKind(kind), csv);
    QVERIFY(!report.ok());
    QCOMPARE(report.applied, 0);
    QVERIFY2(!report.errors.isEmpty() && report.errors.constFirst().startsWith(expected),
             qPrintable(QStringLiteral("expected \"%1\", got \"%2\"")
                            .arg(expected, report.errors.join(QStringLiteral(" | ")))));
    QCOMPARE(f->contentDigest(), before);
}

void TestCsvImporter::cancelChangesNothing()
{
    QByteArray csv = "location,sku,kind,quantity,occurred_at\n";
    for (int i = 0; i < 1200; ++i)
        csv += "S01,OUT-100,receipt,1,2026-11-02T09:00:00Z\n";
    const QByteArray before = f->contentDigest();
    replica::CsvImporter importer(*f->service);
    int calls = 0;
    const auto report = importer.importData(CsvKind::Movements, csv, [&](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(report.cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(f->contentDigest(), before);
}

void TestCsvImporter::exportThenImportIsIdempotent()
{
    for (int i = 0; i < 3; ++i) {
        RecordRequest request;
        request.kind = domain::MovementKind::Receipt;
        request.product = QStringLiteral("FTB-010");
        request.quantity = 2 + i;
        request.note = QStringLiteral("crate, \"blue\"");
        QVERIFY(f->service->record(request).ok());
    }
    const QString path = f->dir.filePath(QStringLiteral("movements.csv"));
    QString error;
    replica::CsvExporter exporter(*f->service);
    QVERIFY2(exporter.exportMovements(path, QString(), &error), qPrintable(error));
    const QByteArray before = f->contentDigest();

    replica::CsvImporter importer(*f->service);
    const auto report = importer.importFile(CsvKind::Movements, path);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.records, 3);
    QCOMPARE(f->contentDigest(), before); // every movement was a duplicate of itself
}

void TestCsvImporter::exportLevelsFormat()
{
    RecordRequest request;
    request.kind = domain::MovementKind::Count;
    request.product = QStringLiteral("RUN-001");
    request.quantity = 9;
    request.occurredAtMs = 1796047500000LL;
    QVERIFY(f->service->record(request).ok());
    const QString path = f->dir.filePath(QStringLiteral("levels.csv"));
    QString error;
    replica::CsvExporter exporter(*f->service);
    QVERIFY2(exporter.exportLevels(path, QStringLiteral("S01"), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("location,sku,on_hand,committed,available,counted_at\n"
                                        "S01,RUN-001,9,0,9,2026-11-30T14:05:00.000Z\n"));
    QVERIFY(!exporter.exportLevels(path, QStringLiteral("NOPE"), &error));
    QCOMPARE(error, QStringLiteral("unknown location \"NOPE\""));
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
