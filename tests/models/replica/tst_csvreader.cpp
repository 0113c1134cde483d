#include "csvreader.h"
#include "csvvalues.h"

#include <QTest>

using namespace stockroom::replica;

/** The CSV tokenizer and the field parsers. */
class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void money_data();
    void money();
    void timestamps();
    void fieldQuoting();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("lastFields");

    QTest::newRow("comma, LF") << QByteArray("SKU,Name\na,b\nc,d\n") << QStringLiteral(",")
                               << QStringList{QStringLiteral("sku"), QStringLiteral("name")}
                               << QList<int>{2, 3}
                               << QStringList{QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("semicolon, CRLF, BOM")
        << QByteArray("\xEF\xBB\xBFsku;name\r\na;b,c\r\n") << QStringLiteral(";")
        << QStringList{QStringLiteral("sku"), QStringLiteral("name")} << QList<int>{2}
        << QStringList{QStringLiteral("a"), QStringLiteral("b,c")};
    QTest::newRow("quotes, embedded newline, blank line")
        << QByteArray("sku,note\n\"x\",\"say \"\"hi\"\"\nthere\"\n\ny,\n") << QStringLiteral(",")
        << QStringList{QStringLiteral("sku"), QStringLiteral("note")} << QList<int>{2, 5}
        << QStringList{QStringLiteral("y"), QString()};
    QTest::newRow("no final newline, unicode")
        << QByteArray("sku,name\nB-1,Gr\xC3\xB6\xC3\x9F"
                      "e 42")
        << QStringLiteral(",") << QStringList{QStringLiteral("sku"), QStringLiteral("name")}
        << QList<int>{2} << QStringList{QStringLiteral("B-1"), QStringLiteral("Größe 42")};
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, lastFields);

    CsvReader reader;
    QString error;
    QVERIFY2(reader.parse(data, &error), qPrintable(error));
    QCOMPARE(QString(reader.delimiter()), delimiter);
    QCOMPARE(reader.header(), header);
    QList<int> actualLines;
    for (const CsvRecord &record : reader.records())
        actualLines.append(record.line);
    QCOMPARE(actualLines, lines);
    QCOMPARE(reader.records().constLast().fields, lastFields);
}

void TestCsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1: the file is empty");
    QTest::newRow("invalid UTF-8 on line 3")
        << QByteArray("sku,name\na,b\nc,\xFF\xFE\n")
        << QStringLiteral("line 3: the file is not valid UTF-8");
    QTest::newRow("truncated sequence")
        << QByteArray("sku,name\na,\xC3") << QStringLiteral("line 2: the file is not valid UTF-8");
    QTest::newRow("overlong encoding") << QByteArray("sku,name\na,\xC0\xAF\n")
                                       << QStringLiteral("line 2: the file is not valid UTF-8");
    QTest::newRow("unclosed quote") << QByteArray("sku,name\na,\"open\nb,c\n")
                                    << QStringLiteral("line 2: a quoted field is never closed");
    QTest::newRow("stray quote") << QByteArray("sku,name\nab\"c,d\n")
                                 << QStringLiteral("line 2: a quote inside an unquoted field");
}

void TestCsvReader::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    CsvReader reader;
    QString error;
    QVERIFY(!reader.parse(data, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestCsvReader::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("formatted");
    const QString comma = QStringLiteral(",");
    QTest::newRow("whole") << QStringLiteral("12") << comma << true << 1200LL
                           << QStringLiteral("12.00");
    QTest::newRow("two decimals") << QStringLiteral("12.34") << comma << true << 1234LL
                                  << QStringLiteral("12.34");
    QTest::newRow("one decimal") << QStringLiteral("0.5") << comma << true << 50LL
                                 << QStringLiteral("0.50");
    QTest::newRow("decimal comma in ; file")
        << QStringLiteral("7,05") << QStringLiteral(";") << true << 705LL << QStringLiteral("7.05");
    QTest::newRow("decimal comma in , file")
        << QStringLiteral("7,05") << comma << false << 0LL << QString();
    QTest::newRow("three decimals")
        << QStringLiteral("1.234") << comma << false << 0LL << QString();
    QTest::newRow("text") << QStringLiteral("abc") << comma << false << 0LL << QString();
    QTest::newRow("negative") << QStringLiteral("-0.05") << comma << true << -5LL
                              << QStringLiteral("-0.05");
    QTest::newRow("empty is zero") << QString() << comma << true << 0LL << QStringLiteral("0.00");
}

void TestCsvReader::money()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QFETCH(QString, formatted);
    qint64 value = -1;
    QString problem;
    QCOMPARE(parseMoneyField(text, delimiter.at(0), &value, QStringLiteral("price"), &problem), ok);
    if (ok) {
        QCOMPARE(value, cents);
        QCOMPARE(formatMoney(cents), formatted);
    } else {
        QVERIFY2(problem.startsWith(QStringLiteral("price \"")), qPrintable(problem));
    }
}

void TestCsvReader::timestamps()
{
    qint64 ms = 0;
    QString problem;
    QVERIFY(parseTimestampField(QStringLiteral("2026-11-30T14:05:00Z"), std::nullopt, &ms,
                                QStringLiteral("occurred_at"), &problem));
    QCOMPARE(ms, 1796047500000LL);
    QVERIFY(parseTimestampField(QStringLiteral("2026-11-30T15:05:00+01:00"), std::nullopt, &ms,
                                QStringLiteral("occurred_at"), &problem));
    QCOMPARE(ms, 1796047500000LL);
    QVERIFY(parseTimestampField(QStringLiteral("2026-11-30T14:05:00"), std::nullopt, &ms,
                                QStringLiteral("occurred_at"), &problem));
    QCOMPARE(ms, 1796047500000LL);
    QCOMPARE(formatTimestamp(ms), QStringLiteral("2026-11-30T14:05:00.000Z"));
    QVERIFY(!parseTimestampField(QStringLiteral("yesterday"), std::nullopt, &ms,
                                 QStringLiteral("occurred_at"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("\"yesterday\"")), qPrintable(problem));
    QVERIFY(!parseTimestampField(QString(), std::nullopt, &ms, QStringLiteral("occurred_at"),
                                 &problem));
}

void TestCsvReader::fieldQuoting()
{
    QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse("x\n" + csvField(QStringLiteral("a,\"b\"\nc")).toUtf8() + "\n", &error));
    QCOMPARE(reader.records().constFirst().fields.constFirst(), QStringLiteral("a,\"b\"\nc"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
