// stockroom-bench-server: stockroomd's figures per driver (DESIGN.md sections 5 and 7), one line
// each: push ingest, long-poll fan-out, the server's peak memory. It is a client of a real
// stockroomd process over HTTP, like the desktops and tills. Not a test: it prints what it
// measures and fails only when something breaks.

#include "benchtools.h"
#include "changeid.h"
#include "postgresfixture.h"
#include "serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using namespace stockroom::bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

struct Options
{
    QStringList drivers;
    int movements = 200000;
    int batchSize = 500;
    int pushers = 4;
    int clients = 50;
    int rounds = 20;
    bool keep = false;
};

/** The requests of the benchmark, with the token once logged in. */
class Client
{
public:
    explicit Client(QString baseUrl)
        : m_baseUrl(std::move(baseUrl))
    {}

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest request(QUrl(m_baseUrl + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        // Plain HTTP/1.1: one request per connection at a time, so that a parked long-poll
        // really holds its own connection.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(60000);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        return request;
    }

    // A request answered before going on; its JSON body, or a failure naming what went wrong.
    QJsonObject call(QNetworkAccessManager &network, const QByteArray &verb, const QString &path,
                     const QByteArray &body = {})
    {
        std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request(path), verb, body));
        if (!spinUntil([&] { return reply->isFinished(); }, 60000))
            fail(QStringLiteral("%1 %2: no answer within 60 s")
                     .arg(QString::fromLatin1(verb), path));
        return checkedBody(reply.get(),
                           QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), path));
    }

    static QJsonObject checkedBody(QNetworkReply *reply, const QString &what)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200)
            fail(QStringLiteral("%1: HTTP %2 %3 %4")
                     .arg(what)
                     .arg(status)
                     .arg(reply->errorString(), QString::fromUtf8(body.left(300))));
        return QJsonDocument::fromJson(body).object();
    }

    void setToken(const QString &token) { m_token = token; }

private:
    QString m_baseUrl;
    QString m_token;
};

// A string as a JSON literal, quotes and escapes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/** One push request, built before the clock starts, and the ids it must get back. */
struct Batch
{
    QByteArray body;
    QList<QString> ids;
};

// Receipts and sales spread over every SKU and location of the chain, with fresh ids made as a
// desktop makes them (domain::newChangeId); three receipts for each sale, so stock rarely goes
// negative (no discrepancies in the way).
Batch makeBatch(const QList<QByteArray> &locations, const QList<QByteArray> &skus, qint64 first,
                int size, const QByteArray &device)
{
    Batch batch;
    batch.body.reserve(size * 330);
    batch.body += "{\"device\":" + device + ",\"changes\":[";
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < size; ++i) {
        const qint64 n = first + i;
        const QString id = stockroom::domain::newChangeId().toString(QUuid::WithoutBraces);
        const QByteArray quotedId = '"' + id.toLatin1() + '"';
        const bool sale = n % 4 == 3;
        if (i > 0)
            batch.body += ',';
        batch.body += "{\"kind\":\"movement\",\"id\":" + quotedId + ",\"movement\":{\"id\":"
                      + quotedId + ",\"location\":" + locations.at(n % locations.size())
                      + ",\"sku\":" + skus.at((n / locations.size()) % skus.size())
                      + ",\"kind\":" + (sale ? "\"sale\"" : "\"receipt\"")
                      + ",\"quantity\":" + QByteArray::number(sale ? 1 : 1 + n % 3)
                      + ",\"occurred_at\":" + QByteArray::number(now + n)
                      + ",\"user\":\"bench\",\"device\":" + device + "}}";
        batch.ids.append(id);
    }
    batch.body += "]}";
    return batch;
}

// The push's results must be exactly the sent ids, in order, each accepted; returns the
// largest seq handed out.
qint64 checkAccepted(const QJsonObject &body, const QList<QString> &ids, const QString &what)
{
    const QJsonArray results = body.value(QStringLiteral("results")).toArray();
    if (results.size() != ids.size())
        fail(QStringLiteral("%1: %2 results for %3 changes")
                 .arg(what)
                 .arg(results.size())
                 .arg(ids.size()));
    qint64 largest = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString status = result.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("accepted")
            || result.value(QStringLiteral("id")).toString() != ids.at(i))
            fail(QStringLiteral("%1: change %2 came back %3 %4")
                     .arg(what, ids.at(i), status,
                          result.value(QStringLiteral("reason")).toString()));
        largest = std::max(largest, result.value(QStringLiteral("seq")).toInteger());
    }
    return largest;
}

/** What a driver's run needs to talk to its server. */
struct Session
{
    QString driver;
    ServerProcess &server;
    Client &client;
    QList<QByteArray> locations;
    QList<QByteArray> skus;
};

void benchIngest(Session &session, const Options &options)
{
    QList<Batch> batches;
    for (qint64 first = 0; first < options.movements; first += options.batchSize) {
        const int size = int(std::min<qint64>(options.batchSize, options.movements - first));
        batches.append(makeBatch(
            session.locations, session.skus, first, size,
            jsonString(QStringLiteral("bench-push-%1").arg(batches.size() % options.pushers))));
    }

    // Each pusher has a connection of its own and sends its next batch when the previous one
    // was answered, as tills and desktops do.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    for (int p = 0; p < options.pushers; ++p)
        networks.push_back(std::make_unique<QNetworkAccessManager>());
    qsizetype nextBatch = 0;
    qsizetype answered = 0;
    qint64 lastAnswerNs = 0;
    QString problem;
    QElapsedTimer timer;
    std::function<void(int)> sendNext = [&](int pusher) {
        if (nextBatch == batches.size() || !problem.isEmpty())
            return;
        const qsizetype index = nextBatch++;
        QNetworkReply *reply = networks[pusher]->post(
            session.client.request(QStringLiteral("/api/v1/push")), batches.at(index).body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, pusher, index] {
            reply->deleteLater();
            try {
                const QString what = QStringLiteral("push of batch %1").arg(index);
                checkAccepted(Client::checkedBody(reply, what), batches.at(index).ids, what);
            } catch (const Failure &failure) {
                if (problem.isEmpty())
                    problem = failure.message;
            }
            if (++answered == batches.size())
                lastAnswerNs = timer.nsecsElapsed();
            sendNext(pusher);
        });
    };
    timer.start();
    for (int p = 0; p < options.pushers; ++p)
        sendNext(p);
    const int timeoutMs = 60000 + options.movements / 10; // a generous floor of 10 movements/ms
    const bool finished = spinUntil(
        [&] {
            return answered == nextBatch && (nextBatch == batches.size() || !problem.isEmpty());
        },
        timeoutMs);
    if (!problem.isEmpty())
        fail(problem);
    if (!finished)
        fail(QStringLiteral("ingest: %1 of %2 batches answered after %3 s")
                 .arg(answered)
                 .arg(batches.size())
                 .arg(timeoutMs / 1000));
    out() << "driver=" << session.driver << " ingest_movements=" << options.movements
          << " batch=" << options.batchSize << " pushers=" << options.pushers
          << " ingest_ms=" << ms(lastAnswerNs)
          << " ingest_per_s=" << qRound64(options.movements / (double(lastAnswerNs) / 1e9))
          << Qt::endl;
}

void benchFanOut(Session &session, const Options &options)
{
    // Every client has a QNetworkAccessManager of its own: a manager opens at most six
    // connections per host and queues the rest, so one shared manager would leave most of the
    // long-polls waiting inside Qt, not on the server. Each round then proves that all of them
    // are in flight before the push: every reply has emitted requestSent() (the request was
    // written to its socket) and none has finished, and the server holds at least one
    // established connection per client (counted in /proc/net/tcp). The 300 ms that follow let
    // it authorise each request, find nothing newer and park it.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    for (int c = 0; c < options.clients; ++c)
        networks.push_back(std::make_unique<QNetworkAccessManager>());
    QNetworkAccessManager control;
    QList<double> samples;
    for (int round = 0; round < options.rounds; ++round) {
        const qint64 latest = session.client.call(control, "GET", QStringLiteral("/api/v1/health"))
                                  .value(QStringLiteral("latest_seq"))
                                  .toInteger();
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        QList<bool> sent(options.clients, false);
        QList<qint64> arrivedNs(options.clients, -1);
        int sentCount = 0;
        int finishedCount = 0;
        QElapsedTimer sincePush;
        for (int c = 0; c < options.clients; ++c) {
            QNetworkReply *reply = networks[c]->get(session.client.request(
                QStringLiteral("/api/v1/feed?after=%1&wait=30").arg(latest)));
            replies.emplace_back(reply);
            QObject::connect(reply, &QNetworkReply::requestSent, reply, [&, c] {
                if (!sent[c]) {
                    sent[c] = true;
                    ++sentCount;
                }
            });
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, c] {
                arrivedNs[c] = sincePush.isValid() ? sincePush.nsecsElapsed() : -1;
                ++finishedCount;
            });
        }
        if (!spinUntil([&] { return sentCount == options.clients || finishedCount > 0; }, 20000)
            || finishedCount > 0)
            fail(QStringLiteral("fan-out round %1: %2 of %3 long-polls sent, %4 answered before "
                                "any change")
                     .arg(round)
                     .arg(sentCount)
                     .arg(options.clients)
                     .arg(finishedCount));
        spinUntil([&] { return finishedCount > 0; }, 300);
        const int connections = session.server.establishedConnections();
        if (finishedCount > 0 || connections < options.clients)
            fail(QStringLiteral("fan-out round %1: %2 long-polls answered before any change, the "
                                "server holds %3 connections for %4 clients")
                     .arg(round)
                     .arg(finishedCount)
                     .arg(connections)
                     .arg(options.clients));

        const Batch change = makeBatch(session.locations, session.skus, round * 4, 1,
                                       jsonString(QStringLiteral("bench-fanout")));
        sincePush.start();
        std::unique_ptr<QNetworkReply> push(
            control.post(session.client.request(QStringLiteral("/api/v1/push")), change.body));
        if (!spinUntil([&] { return finishedCount == options.clients && push->isFinished(); },
                       30000))
            fail(QStringLiteral("fan-out round %1: %2 of %3 clients answered within 30 s")
                     .arg(round)
                     .arg(finishedCount)
                     .arg(options.clients));
        const QString what = QStringLiteral("fan-out round %1").arg(round);
        checkAccepted(Client::checkedBody(push.get(), what + QStringLiteral(" push")), change.ids,
                      what);
        for (int c = 0; c < options.clients; ++c) {
            const QJsonArray changes = Client::checkedBody(replies[c].get(), what)
                                           .value(QStringLiteral("changes"))
                                           .toArray();
            const bool seen = std::any_of(changes.begin(), changes.end(), [&](const QJsonValue &v) {
                return v.toObject().value(QStringLiteral("id")).toString()
                       == change.ids.constFirst();
            });
            if (!seen)
                fail(QStringLiteral("%1: client %2 was answered without the pushed change")
                         .arg(what)
                         .arg(c));
            samples.append(ms(arrivedNs[c]));
        }
    }
    std::sort(samples.begin(), samples.end());
    // Nearest-rank percentiles over every client of every round.
    const auto percentile = [&](double p) {
        const qsizetype rank = qsizetype(std::ceil(p * double(samples.size())));
        return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
    };
    out() << "driver=" << session.driver << " fanout_clients=" << options.clients
          << " rounds=" << options.rounds << " fanout_p50_ms=" << percentile(0.50)
          << " fanout_p99_ms=" << percentile(0.99) << " fanout_max_ms=" << samples.constLast()
          << Qt::endl;
}

void runDriver(const QString &driver, const Options &options)
{
    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("stockroom-bench-server-XXXXXX")));
    if (!temporary.isValid())
        fail(QStringLiteral("cannot create a temporary folder"));
    temporary.setAutoRemove(!options.keep);
    const QDir dir(temporary.path());
    if (options.keep)
        out() << "driver=" << driver << " files=" << dir.path() << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    PostgresFixture postgres(dir.filePath(QStringLiteral("postgres")));
    QString url;
    if (driver == QLatin1String("sqlite"))
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    else if (driver == QLatin1String("postgresql"))
        url = postgres.start();
    else
        fail(QStringLiteral("unknown driver \"%1\"; use sqlite or postgresql").arg(driver));

    const QString stockroomd = QStringLiteral(STOCKROOMD_PATH);
    const QStringList database{QStringLiteral("--database"), url};
    runTool(QStringLiteral("stockroomd demo"), stockroomd,
            QStringList{QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}
                + database,
            300000);
    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile passwordFile(dir.filePath(QStringLiteral("password")));
    if (!passwordFile.open(QIODevice::WriteOnly)
        || passwordFile.write(password.toUtf8() + '\n') < 0)
        fail(QStringLiteral("cannot write %1").arg(passwordFile.fileName()));
    passwordFile.close();
    runTool(QStringLiteral("stockroomd user add"), stockroomd,
            QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench"),
                        QStringLiteral("--role"), QStringLiteral("admin"),
                        QStringLiteral("--password-file"), passwordFile.fileName()}
                + database,
            60000);

    ServerProcess server(url, dir.filePath(QStringLiteral("stockroomd-%1.log").arg(driver)));
    Client client(server.baseUrl());
    Session session{driver, server, client, {}, {}};
    {
        QNetworkAccessManager network;
        const QJsonObject login = client.call(
            network, "POST", QStringLiteral("/api/v1/login"),
            QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("bench")},
                                      {QStringLiteral("password"), password}})
                .toJson(QJsonDocument::Compact));
        client.setToken(login.value(QStringLiteral("token")).toString());
        const QJsonArray locations
            = client.call(network, "GET", QStringLiteral("/api/v1/locations"))
                  .value(QStringLiteral("locations"))
                  .toArray();
        for (const QJsonValue &location : locations)
            session.locations.append(
                jsonString(location.toObject().value(QStringLiteral("code")).toString()));
        QString after;
        do {
            const QJsonObject page
                = client.call(network, "GET",
                              QStringLiteral("/api/v1/catalogue?limit=5000&after=%1")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(after))));
            for (const QJsonValue &product : page.value(QStringLiteral("products")).toArray())
                session.skus.append(
                    jsonString(product.toObject().value(QStringLiteral("sku")).toString()));
            after = page.value(QStringLiteral("next_after")).toString();
        } while (!after.isEmpty());
        if (session.locations.isEmpty() || session.skus.isEmpty())
            fail(QStringLiteral("the demo chain has no locations or no products"));
    }
    out() << "driver=" << driver << " setup_ms=" << double(timer.elapsed())
          << " locations=" << session.locations.size() << " skus=" << session.skus.size()
          << Qt::endl;

    benchIngest(session, options);
    benchFanOut(session, options);
    out() << "driver=" << driver << " server_peak_rss_mb=" << server.peakRssMb() << Qt::endl;
    server.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures a real stockroomd on each driver: push ingest, long-poll fan-out and the "
        "server's peak memory."));
    parser.addHelpOption();
    const QCommandLineOption driversOption(
        QStringLiteral("drivers"),
        QStringLiteral("Comma-separated drivers (default sqlite,postgresql)."),
        QStringLiteral("list"), QStringLiteral("sqlite,postgresql"));
    const QCommandLineOption movementsOption(
        QStringLiteral("movements"), QStringLiteral("Movements to ingest (default 200000)."),
        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Fan-out rounds (default 20)."),
                                          QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Long-polling clients (default 50)."),
                                           QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Keep the temporary files (SQLite database, server logs); a PostgreSQL "
                       "fixture is stopped and removed all the same."));
    parser.addOptions({driversOption, movementsOption, roundsOption, clientsOption, keepOption});
    parser.process(app);

    Options options;
    options.drivers = parser.value(driversOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.keep = parser.isSet(keepOption);
    const auto positive = [&](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value <= 0) {
            QTextStream(stderr) << "stockroom-bench-server: --" << option.names().constFirst()
                                << " must be a whole number above 0" << Qt::endl;
            return false;
        }
        return true;
    };
    if (!positive(movementsOption, &options.movements) || !positive(roundsOption, &options.rounds)
        || !positive(clientsOption, &options.clients) || options.drivers.isEmpty())
        return 2;

    out().setRealNumberNotation(QTextStream::FixedNotation);
    out().setRealNumberPrecision(1);
    out() << "stockroom-bench-server drivers=" << options.drivers.join(QLatin1Char(','))
          << " movements=" << options.movements << " batch=" << options.batchSize
          << " pushers=" << options.pushers << " clients=" << options.clients
          << " rounds=" << options.rounds << " chain=small stockroomd=" << STOCKROOMD_PATH
          << Qt::endl;
    for (const QString &driver : std::as_const(options.drivers)) {
        try {
            runDriver(driver, options);
        } catch (const Failure &failure) {
            QTextStream(stderr) << "stockroom-bench-server: driver " << driver << ": "
                                << failure.message << Qt::endl;
            return 1;
        }
    }
    return 0;
}
