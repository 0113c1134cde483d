#include "centraltestdatabase.h"
#include "rawsqlconnection.h"
#include "rowbatch.h"

#include <QSqlRecord>
#include <QTest>

#include <limits>

using namespace stockroom;

namespace {

QStringList g_storeLog;
QtMessageHandler g_previousHandler = nullptr;

void captureStoreLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "stockroom.server.store") == 0)
        g_storeLog.append(message);
    g_previousHandler(type, context, message);
}

const QLatin1StringView text("text");
const QLatin1StringView bigint("bigint");
const QLatin1StringView json("json");

/** The test table's rows as text, one line per row in id order (NULL as <null>). */
QStringList tableRows(const QSqlDatabase &db, bool sqlite)
{
    QSqlQuery query(db);
    const QString types
        = sqlite ? QStringLiteral(", typeof(n), typeof(label), typeof(body)") : QString();
    if (!query.exec(QStringLiteral("SELECT id, n, label, body%1 FROM t ORDER BY id").arg(types)))
        return {QStringLiteral("error: %1").arg(query.lastError().text())};
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

/**
 * BatchWrite on both drivers: what a batch stores (text as given, an empty string as empty, not
 * NULL; integers to the ends of their range; JSON as its text), upserts, and a failing batch
 * reported as QtSql reports the same failure, without the bound values in the log.
 */
class TestRowBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void storesEveryKindOfValue();
    void upserts();
    void failureIsReportedLikeQtSql();

private:
    bool sqlite() const;
    server::SqlConnection connection() const;

    std::unique_ptr<CentralTestDatabase> m_database;
    std::unique_ptr<RawSqlConnection> m_raw;
};

void TestRowBatch::initTestCase_data()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool TestRowBatch::sqlite() const
{
    return m_database->url().driver == server::DatabaseUrl::Driver::Sqlite;
}

server::SqlConnection TestRowBatch::connection() const
{
    return {m_raw->db(), sqlite() ? server::SqlDialect::Sqlite : server::SqlDialect::Postgresql,
            nullptr};
}

void TestRowBatch::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_database = std::make_unique<CentralTestDatabase>();
    QString error;
    QVERIFY2(m_database->create(driver, &error), qPrintable(error));
    m_raw = std::make_unique<RawSqlConnection>(m_database->url());
    QVERIFY2(m_raw->db().isOpen(), qPrintable(m_raw->db().lastError().text()));
    // Unprepared: PostgreSQL prepares no DDL.
    QVERIFY2(server::SqlStatement::execText(m_raw->db(),
                                            QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY,"
                                                           " n BIGINT, label TEXT NOT NULL,"
                                                           " body TEXT)"),
                                            &error),
             qPrintable(error));
    g_storeLog.clear();
    g_previousHandler = qInstallMessageHandler(captureStoreLog);
}

void TestRowBatch::cleanup()
{
    qInstallMessageHandler(g_previousHandler);
    m_raw.reset();
    m_database.reset();
}

void TestRowBatch::storesEveryKindOfValue()
{
    {
        server::BatchWrite write(connection(), QLatin1StringView("t"),
                                 {{QLatin1StringView("id"), text},
                                  {QLatin1StringView("n"), bigint},
                                  {QLatin1StringView("label"), text},
                                  {QLatin1StringView("body"), json}});
        QString error;
        QVERIFY(write.exec(write.rows(), &error)); // nothing to write
        server::RowBatch rows = write.rows();
        // Added out of column order, and with columns left out (NULL).
        rows.row()
            .add("label", QStringLiteral("Müller «fragile» 日本 📦 \"q\" \\ \t"))
            .add("id", QStringLiteral("a"))
            .add("n", std::numeric_limits<qint64>::max())
            .addJson("body", R"({"k":"v","n":[1,2]})");
        rows.row()
            .add("id", QStringLiteral("b"))
            .add("n", std::numeric_limits<qint64>::min())
            .add("label", QString())
            .addNull("body");
        rows.row()
            .add("id", QStringLiteral("c"))
            .add("n", std::optional<qint64>())
            .add("label", QStringLiteral(""))
            .addJson("body", QByteArray("\"caf\xc3\xa9\""));
        rows.row()
            .add("id", QStringLiteral("d"))
            .add("n", std::optional<qint64>(0))
            .add("label", QStringLiteral("{\"x\",NULL}"));
        QVERIFY2(write.exec(rows, &error), qPrintable(error));
    }
    QStringList expected{
        QStringLiteral("a|9223372036854775807|Müller «fragile» 日本 📦 \"q\" \\ \t|"
                       "{\"k\":\"v\",\"n\":[1,2]}"),
        QStringLiteral("b|-9223372036854775808||<null>"),
        QStringLiteral("c|<null>||\"café\""),
        QStringLiteral("d|0|{\"x\",NULL}|<null>"),
    };
    if (sqlite()) {
        expected[0] += QStringLiteral("|integer|text|text");
        expected[1] += QStringLiteral("|integer|text|null");
        expected[2] += QStringLiteral("|null|text|text");
        expected[3] += QStringLiteral("|integer|text|null");
    }
    QCOMPARE(tableRows(m_raw->db(), sqlite()), expected);
    QCOMPARE(g_storeLog, QStringList());
}

void TestRowBatch::upserts()
{
    server::BatchWrite write(
        connection(), QLatin1StringView("t"),
        {{QLatin1StringView("id"), text},
         {QLatin1StringView("n"), bigint},
         {QLatin1StringView("label"), text}},
        QStringLiteral(
            "ON CONFLICT (id) DO UPDATE SET n = t.n + excluded.n, label = excluded.label"));
    QString error;
    for (int round = 1; round <= 3; ++round) {
        server::RowBatch rows = write.rows();
        rows.row()
            .add("id", QStringLiteral("a"))
            .add("n", qint64(round))
            .add("label", QStringLiteral("round %1").arg(round));
        rows.row()
            .add("id", QStringLiteral("b%1").arg(round))
            .add("n", qint64(10))
            .add("label", QStringLiteral("new"));
        QVERIFY2(write.exec(rows, &error), qPrintable(error));
    }
    QStringList expected{QStringLiteral("a|6|round 3|<null>"), QStringLiteral("b1|10|new|<null>"),
                         QStringLiteral("b2|10|new|<null>"), QStringLiteral("b3|10|new|<null>")};
    if (sqlite()) {
        for (QString &row : expected)
            row += QStringLiteral("|integer|text|null");
    }
    QCOMPARE(tableRows(m_raw->db(), sqlite()), expected);
}

void TestRowBatch::failureIsReportedLikeQtSql()
{
    QCOMPARE(m_raw->exec(QStringLiteral("INSERT INTO t (id, n, label) VALUES ('taken', 1, 'x')")),
             QString());
    const QString secret = QStringLiteral("secret-label-4711");
    QString error;
    {
        server::BatchWrite write(connection(), QLatin1StringView("t"),
                                 {{QLatin1StringView("id"), text},
                                  {QLatin1StringView("n"), bigint},
                                  {QLatin1StringView("label"), text},
                                  {QLatin1StringView("body"), json}});
        server::RowBatch rows = write.rows();
        rows.row().add("id", QStringLiteral("free")).add("n", qint64(2)).add("label", secret);
        rows.row().add("id", QStringLiteral("taken")).add("n", qint64(3)).add("label", secret);
        QVERIFY(!write.exec(rows, &error));
        // The statement is usable again after a failure.
        server::RowBatch next = write.rows();
        next.row().add("id", QStringLiteral("later")).add("n", qint64(4)).add("label", secret);
        QString nextError;
        QVERIFY2(write.exec(next, &nextError), qPrintable(nextError));
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(g_storeLog.size(), 1);
    QVERIFY2(
        g_storeLog.constFirst().startsWith(QStringLiteral("INSERT INTO t (id, n, label, body) ")),
        qPrintable(g_storeLog.constFirst()));
    QVERIFY2(g_storeLog.constFirst().endsWith(error), qPrintable(g_storeLog.constFirst()));
    QVERIFY2(!g_storeLog.constFirst().contains(secret), qPrintable(g_storeLog.constFirst()));
    if (!sqlite())
        return; // PostgreSQL's statement is another (one per batch), and so is its message
    // The message QtSql's own SQLite driver gives for the same statement and values.
    QSqlQuery query(m_raw->db());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (id, n, label, body)"
                                         " VALUES (?, ?, ?, CAST(? AS TEXT))")));
    query.addBindValue(QStringLiteral("taken"));
    query.addBindValue(qint64(5));
    query.addBindValue(secret);
    query.addBindValue(QVariant());
    QVERIFY(!query.exec());
    QCOMPARE(error, query.lastError().text());
    QCOMPARE(error, QStringLiteral("UNIQUE constraint failed: t.id Unable to fetch row"));
}

QTEST_GUILESS_MAIN(TestRowBatch)
#include "tst_rowbatch.moc"
