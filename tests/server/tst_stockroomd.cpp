#include "kpifigures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace stockroom;

/**
 * A real stockroomd on 127.0.0.1 (a free port) with a SQLite central database, seeded with the
 * demo chain, spoken to over HTTP: auth, limits, errors, idempotent push, long-poll feed,
 * scope, graceful stop.
 */
class TestStockroomd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthNeedsNoToken();
    void noTokenIs401();
    void loginChecksThePassword();
    void locationsWithToken();
    void wrongMethodAndPath();
    void oversizedBodyIs413();
    void garbageIs400();
    void samePushTwiceIsStoredOnce();
    void sameIdDifferentBodyIs409();
    void feedLongPollWakesOnPush();
    void scopeIsEnforced();
    void kpiDataPushedAndChainFiguresComputed();
    void sopsArePublishedAndReportedOverHttp();
    void gracefulStopOnSigterm();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
    };

    int stockroomd(const QStringList &arguments, QByteArray *output = nullptr);
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &token = {});
    QString login(const QString &user, const QString &password);
    static QByteArray movementChange(const QString &id, const QString &location, const QString &sku,
                                     const QString &kind, qint64 quantity);

    QTemporaryDir m_dir;
    QString m_database;
    QProcess m_server;
    QString m_baseUrl;
    QNetworkAccessManager m_network;
    QString m_managerToken;
    QString m_sku;
};

int TestStockroomd::stockroomd(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(QStringLiteral(STOCKROOMD_PATH),
                  arguments + QStringList{QStringLiteral("--database"), m_database});
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

void TestStockroomd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"));
    QFile passwords(m_dir.filePath(QStringLiteral("password")));
    QVERIFY(passwords.open(QIODevice::WriteOnly));
    passwords.write("s3cret-pass\n");
    passwords.close();

    QByteArray output;
    QCOMPARE(
        stockroomd({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")},
                   &output),
        0);
    QCOMPARE(stockroomd({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("maria"),
                         QStringLiteral("--role"), QStringLiteral("store_manager"),
                         QStringLiteral("--location"), QStringLiteral("S01"),
                         QStringLiteral("--password-file"), passwords.fileName()},
                        &output),
             0);
    QCOMPARE(stockroomd({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"),
                         QStringLiteral("--role"), QStringLiteral("admin"),
                         QStringLiteral("--password-file"), passwords.fileName()},
                        &output),
             0);
    // A bad role is refused with a one-line error.
    QCOMPARE(stockroomd({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                         QStringLiteral("--role"), QStringLiteral("pirate"),
                         QStringLiteral("--password-file"), passwords.fileName()},
                        &output),
             1);
    QVERIFY2(output.contains("pirate"), output.constData());

    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(QStringLiteral(STOCKROOMD_PATH),
                   {QStringLiteral("serve"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), m_database});
    QVERIFY(m_server.waitForStarted());
    const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QString banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(m_server.readAllStandardOutput()),
                              listening.match(banner).hasMatch()),
                             20000);
    m_baseUrl = listening.match(banner).captured(1);
    m_managerToken = login(QStringLiteral("maria"), QStringLiteral("s3cret-pass"));
    QVERIFY(!m_managerToken.isEmpty());

    const Reply catalogue
        = send("GET", QStringLiteral("/api/v1/catalogue?limit=1"), {}, m_managerToken);
    QCOMPARE(catalogue.status, 200);
    m_sku = catalogue.json.value(QStringLiteral("products"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("sku"))
                .toString();
    QVERIFY(!m_sku.isEmpty());
}

void TestStockroomd::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

TestStockroomd::Reply TestStockroomd::send(const QByteArray &method, const QString &path,
                                           const QByteArray &body, const QString &token)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(70000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(70000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

QString TestStockroomd::login(const QString &user, const QString &password)
{
    const Reply reply = send("POST", QStringLiteral("/api/v1/login"),
                             QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                       {QStringLiteral("password"), password}})
                                 .toJson());
    return reply.status == 200 ? reply.json.value(QStringLiteral("token")).toString() : QString();
}

QByteArray TestStockroomd::movementChange(const QString &id, const QString &location,
                                          const QString &sku, const QString &kind, qint64 quantity)
{
    const QJsonObject movement{{QStringLiteral("id"), id},
                               {QStringLiteral("location"), location},
                               {QStringLiteral("sku"), sku},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("quantity"), quantity},
                               {QStringLiteral("occurred_at"), 1796047500000LL},
                               {QStringLiteral("user"), QStringLiteral("maria")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("movement")},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("movement"), movement}})
        .toJson(QJsonDocument::Compact);
}

void TestStockroomd::healthNeedsNoToken()
{
    const Reply reply = send("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("database")).toBool(), true);
    QVERIFY(reply.json.value(QStringLiteral("latest_seq")).toInteger() >= 8000);
}

void TestStockroomd::noTokenIs401()
{
    for (const QString &path :
         {QStringLiteral("/api/v1/locations"), QStringLiteral("/api/v1/feed")}) {
        const Reply reply = send("GET", path);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("unauthorized"));
    }
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/locations"), {}, QStringLiteral("not-a-token")).status,
        401);
}

void TestStockroomd::loginChecksThePassword()
{
    QVERIFY(login(QStringLiteral("maria"), QStringLiteral("wrong")).isEmpty());
    QVERIFY(login(QStringLiteral("nobody"), QStringLiteral("s3cret-pass")).isEmpty());
    const Reply reply = send("POST", QStringLiteral("/api/v1/login"),
                             R"({"user":"maria","password":"s3cret-pass"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("role")).toString(), QStringLiteral("store_manager"));
    QCOMPARE(reply.json.value(QStringLiteral("locations")).toArray(),
             QJsonArray{QStringLiteral("S01")});
}

void TestStockroomd::locationsWithToken()
{
    const Reply reply = send("GET", QStringLiteral("/api/v1/locations"), {}, m_managerToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("locations")).toArray().size(), 7);
}

void TestStockroomd::wrongMethodAndPath()
{
    QCOMPARE(send("DELETE", QStringLiteral("/api/v1/locations"), {}, m_managerToken).status, 405);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/nothing-here"), {}, m_managerToken).status, 404);
    QCOMPARE(send("PUT", QStringLiteral("/api/v1/catalogue"), R"({"products":[]})", m_managerToken)
                 .status,
             403);
}

void TestStockroomd::oversizedBodyIs413()
{
    const Reply reply = send("POST", QStringLiteral("/api/v1/push"),
                             QByteArray(20 * 1024 * 1024, 'x'), m_managerToken);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toInt(),
             413);
}

void TestStockroomd::garbageIs400()
{
    const Reply reply
        = send("POST", QStringLiteral("/api/v1/push"), "\x01\x02{{{not json", m_managerToken);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("not JSON")),
             reply.body.constData());
}

void TestStockroomd::samePushTwiceIsStoredOnce()
{
    const qint64 before = send("GET", QStringLiteral("/api/v1/health"))
                              .json.value(QStringLiteral("latest_seq"))
                              .toInteger();
    const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray batch
        = "{\"device\":\"till-1\",\"changes\":["
          + movementChange(a, QStringLiteral("S01"), m_sku, QStringLiteral("receipt"), 5) + ","
          + movementChange(b, QStringLiteral("S01"), m_sku, QStringLiteral("sale"), 1) + "]}";
    const Reply first = send("POST", QStringLiteral("/api/v1/push"), batch, m_managerToken);
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("accepted"));
    const Reply second = send("POST", QStringLiteral("/api/v1/push"), batch, m_managerToken);
    QCOMPARE(second.status, 200);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject again
            = second.json.value(QStringLiteral("results")).toArray().at(i).toObject();
        QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(again.value(QStringLiteral("seq")).toInteger(),
                 results.at(i).toObject().value(QStringLiteral("seq")).toInteger());
    }
    const Reply feed
        = send("GET", QStringLiteral("/api/v1/feed?after=%1").arg(before), {}, m_managerToken);
    QCOMPARE(feed.status, 200);
    int seen = 0;
    for (const QJsonValue &change : feed.json.value(QStringLiteral("changes")).toArray()) {
        const QString id = change.toObject().value(QStringLiteral("id")).toString();
        seen += (id == a || id == b) ? 1 : 0;
    }
    QCOMPARE(seen, 2);
}

void TestStockroomd::sameIdDifferentBodyIs409()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        send("POST", QStringLiteral("/api/v1/push"),
             "{\"changes\":["
                 + movementChange(id, QStringLiteral("S01"), m_sku, QStringLiteral("receipt"), 2)
                 + "]}",
             m_managerToken)
            .status,
        200);
    const Reply conflict = send(
        "POST", QStringLiteral("/api/v1/push"),
        "{\"changes\":["
            + movementChange(id, QStringLiteral("S01"), m_sku, QStringLiteral("receipt"), 3) + "]}",
        m_managerToken);
    QCOMPARE(conflict.status, 409);
    QVERIFY2(conflict.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(id),
             conflict.body.constData());
}

void TestStockroomd::feedLongPollWakesOnPush()
{
    const qint64 latest = send("GET", QStringLiteral("/api/v1/health"))
                              .json.value(QStringLiteral("latest_seq"))
                              .toInteger();
    QNetworkRequest request(
        QUrl(m_baseUrl + QStringLiteral("/api/v1/feed?after=%1&wait=30").arg(latest)));
    request.setRawHeader("Authorization", "Bearer " + m_managerToken.toUtf8());
    QNetworkReply *parked = m_network.get(request);
    QSignalSpy finished(parked, &QNetworkReply::finished);
    QVERIFY(!finished.wait(300)); // nothing new yet: the request waits

    QElapsedTimer timer;
    timer.start();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        send("POST", QStringLiteral("/api/v1/push"),
             "{\"changes\":["
                 + movementChange(id, QStringLiteral("S01"), m_sku, QStringLiteral("receipt"), 1)
                 + "]}",
             m_managerToken)
            .status,
        200);
    QVERIFY(finished.count() > 0 || finished.wait(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    const QJsonObject page = QJsonDocument::fromJson(parked->readAll()).object();
    parked->deleteLater();
    const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toString(), id);
}

void TestStockroomd::scopeIsEnforced()
{
    QCOMPARE(send("GET", QStringLiteral("/api/v1/digest?location=S01"), {}, m_managerToken).status,
             200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/digest?location=S02"), {}, m_managerToken).status,
             403);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Reply reply = send(
        "POST", QStringLiteral("/api/v1/push"),
        "{\"changes\":["
            + movementChange(id, QStringLiteral("S02"), m_sku, QStringLiteral("receipt"), 1) + "]}",
        m_managerToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("rejected"));
}

void TestStockroomd::kpiDataPushedAndChainFiguresComputed()
{
    const QString admin = login(QStringLiteral("root"), QStringLiteral("s3cret-pass"));
    QVERIFY(!admin.isEmpty());
    const QString kpis = QStringLiteral("/api/v1/kpis?from=2030-01-01&to=2030-01-02");
    const auto report = [&](const QString &path, const QString &token) {
        const Reply reply = send("GET", path, {}, token);
        QString error;
        auto parsed = domain::kpiReportFromJson(reply.json, &error);
        if (reply.status != 200 || !parsed)
            qWarning("GET %s: %d %s %s", qPrintable(path), reply.status, reply.body.constData(),
                     qPrintable(error));
        return parsed;
    };
    // A period without data: every ratio is "no data", nothing divides by zero.
    const auto empty = report(kpis, admin);
    QVERIFY(empty);
    QVERIFY(!empty->current.checkoutCompletion.rate);
    QVERIFY(!empty->current.nps.score.rate);

    // The web shop pushes two days; the survey tool four responses (hand-computed below).
    const QByteArray days = R"({"days":[
        {"date":"2030-01-01","channel":"web","carts_created":100,"carts_abandoned":30,
         "carts_abandoned_unavailable":6,"checkouts_started":70,"checkouts_completed":56},
        {"date":"2030-01-02","channel":"web","carts_created":50,"carts_abandoned":10,
         "carts_abandoned_unavailable":4,"checkouts_started":40,"checkouts_completed":30}]})";
    QCOMPARE(send("POST", QStringLiteral("/api/v1/funnel"), days, m_managerToken).status, 403);
    Reply stored = send("POST", QStringLiteral("/api/v1/funnel"), days, admin);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json.value(QStringLiteral("stored")).toInt(), 2);
    const QByteArray responses = R"({"responses":[
        {"id":"r1","date":"2030-01-01","score":10,"location":"S01"},
        {"id":"r2","date":"2030-01-01","score":9},
        {"id":"r3","date":"2030-01-02","score":7,"comment":"ok"},
        {"id":"r4","date":"2030-01-02","score":3,"reason":"out of stock","location":"S01"}]})";
    QCOMPARE(send("POST", QStringLiteral("/api/v1/surveys"), responses, admin).status, 200);

    const auto figures = report(kpis, admin);
    QVERIFY(figures);
    QCOMPARE(figures->current.checkoutCompletion, domain::makeKpiRatio(86, 110));
    QCOMPARE(figures->current.stockAbandonment, domain::makeKpiRatio(10, 150));
    QCOMPARE(figures->current.funnelDays, 2);
    QCOMPARE(figures->current.nps.promoters, 2);
    QCOMPARE(figures->current.nps.detractors, 1);
    QCOMPARE(figures->current.nps.rounded, std::optional<qint64>(25));

    // Bad input is refused with where, and changes nothing.
    Reply bad = send("POST", QStringLiteral("/api/v1/funnel"),
                     R"({"days":[{"date":"2030-01-01","channel":"web","carts_created":1,
                         "carts_abandoned":0,"carts_abandoned_unavailable":0,
                         "checkouts_started":1,"checkouts_completed":1},
                         {"date":"2030-01-02","channel":"web","carts_created":1,
                         "carts_abandoned":0,"carts_abandoned_unavailable":0,
                         "checkouts_started":1,"checkouts_completed":2}]})",
                     admin);
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.body.contains("days[1]"), bad.body.constData());
    bad = send("POST", QStringLiteral("/api/v1/surveys"),
               R"({"responses":[{"id":"r9","date":"2030-01-01","score":11}]})", admin);
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.body.contains("responses[0]"), bad.body.constData());
    bad = send("POST", QStringLiteral("/api/v1/surveys"),
               R"({"responses":[{"id":"r9","date":"2030-01-01","score":5,"location":"MARS"}]})",
               admin);
    QCOMPARE(bad.status, 422);
    QVERIFY2(bad.body.contains("MARS"), bad.body.constData());
    bad = send("POST", QStringLiteral("/api/v1/funnel"),
               R"({"days":[{"date":"2030-01-01","channel":"web","carts_created":1,
                   "carts_abandoned":0,"carts_abandoned_unavailable":0,
                   "checkouts_started":1,"checkouts_completed":1},
                   {"date":"2030-01-01","channel":"web","carts_created":9,
                   "carts_abandoned":0,"carts_abandoned_unavailable":0,
                   "checkouts_started":9,"checkouts_completed":9}]})",
               admin);
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.body.contains("days[1]") && bad.body.contains("twice"), bad.body.constData());
    bad = send("POST", QStringLiteral("/api/v1/surveys"),
               R"({"responses":[{"id":"r9","date":"2030-01-01","score":4294967301}]})", admin);
    QCOMPARE(bad.status, 400); // not wrapped round to a valid score
    const auto after = report(kpis, admin);
    QVERIFY(after);
    QCOMPARE(after->current, figures->current);

    // A store manager sees their store's figures, not the chain's.
    QCOMPARE(send("GET", kpis, {}, m_managerToken).status, 403);
    QCOMPARE(send("GET", kpis + QStringLiteral("&location=S02"), {}, m_managerToken).status, 403);
    const auto store = report(kpis + QStringLiteral("&location=S01"), m_managerToken);
    QVERIFY(store);
    QCOMPARE(store->location, QStringLiteral("S01"));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/kpis?from=2030-01-02&to=2030-01-01"), {}, admin)
                 .status,
             400);
}

void TestStockroomd::sopsArePublishedAndReportedOverHttp()
{
    const QString admin = login(QStringLiteral("root"), QStringLiteral("s3cret-pass"));
    QVERIFY(!admin.isEmpty());
    const auto body = [](const QString &fileName, const QString &text) {
        return QJsonDocument(QJsonObject{{QStringLiteral("file_name"), fileName},
                                         {QStringLiteral("text"), text}})
            .toJson(QJsonDocument::Compact);
    };
    const QString v1 = QStringLiteral("---\nid: till-close\ntitle: Closing the till\nversion: 1\n"
                                      "roles: [store_manager]\n---\n# Closing the till\n\n"
                                      "## Steps\n\n### 1. Count the cash\nCount it twice.\n");
    const QString path = QStringLiteral("/api/v1/sops");
    // Only trainers and administrators publish.
    QCOMPARE(send("POST", path, body(QStringLiteral("till-close.md"), v1), m_managerToken).status,
             403);
    Reply reply = send("POST", path, body(QStringLiteral("till-close.md"), v1), admin);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value(QStringLiteral("unchanged")).toBool(), false);
    reply = send("POST", path, body(QStringLiteral("till-close.md"), v1), admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("unchanged")).toBool(), true);

    // Refused with the file and line, or the reason; nothing published.
    QString changed = v1;
    changed.replace(QStringLiteral("Count it twice."), QStringLiteral("Count it once."));
    reply = send("POST", path, body(QStringLiteral("till-close.md"), changed), admin);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.body.contains("already published with other content"), reply.body.constData());
    QString broken = v1;
    broken.replace(QStringLiteral("version: 1"), QStringLiteral("version: one"));
    reply = send("POST", path, body(QStringLiteral("broken.md"), broken), admin);
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.body.contains("broken.md:4"), reply.body.constData());
    reply = send("GET", path + QStringLiteral("?sop=till-close"), {}, m_managerToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("sops")).toArray().size(), 1);

    // Who has read it: managers see their store's people; unknown SOPs are 404.
    reply = send("GET", QStringLiteral("/api/v1/sops/acknowledgements?sop=till-close"), {},
                 m_managerToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray pending = reply.json.value(QStringLiteral("pending")).toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).toObject().value(QStringLiteral("user")).toString(),
             QStringLiteral("maria"));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/sops/acknowledgements?sop=nope"), {}, admin)
                 .status,
             404);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/sops/acknowledgements"), {}, admin).status, 400);
}

void TestStockroomd::gracefulStopOnSigterm()
{
    const qint64 latest = send("GET", QStringLiteral("/api/v1/health"))
                              .json.value(QStringLiteral("latest_seq"))
                              .toInteger();
    QNetworkRequest request(
        QUrl(m_baseUrl + QStringLiteral("/api/v1/feed?after=%1&wait=30").arg(latest + 1000)));
    request.setRawHeader("Authorization", "Bearer " + m_managerToken.toUtf8());
    QNetworkReply *parked = m_network.get(request);
    QSignalSpy finished(parked, &QNetworkReply::finished);
    QVERIFY(!finished.wait(300));
    ::kill(pid_t(m_server.processId()), SIGTERM);
    QVERIFY(finished.count() > 0 || finished.wait(10000)); // the parked reader is answered
    QCOMPARE(parked->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    parked->deleteLater();
    QVERIFY(m_server.waitForFinished(15000));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestStockroomd)
#include "tst_stockroomd.moc"
