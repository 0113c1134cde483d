#include "chaosrun.h"

#include "centralreader.h"
#include "replicareader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom::chaos {

namespace {

const QString password = QStringLiteral("chaos-test-password");
const QString headOffice = QStringLiteral("hq");
constexpr int stepTimeoutMs = 120000;
constexpr int quiescePasses = 8;
constexpr int skuCount = 6;

// The stores' users after the head office; client i > 0 gets storeUsers[(i - 1) % size].
struct StoreUser
{
    const char *role;
    QStringList locations;
};
const QList<StoreUser> storeUsers{
    {"store_manager", {QStringLiteral("S01")}},
    {"store_manager", {QStringLiteral("S01")}}, // two desktops at one store
    {"store_manager", {QStringLiteral("S02")}},
    {"staff", {QStringLiteral("S02"), QStringLiteral("S03")}},
    {"store_manager", {QStringLiteral("S04")}},
};
// Where the head office records: places the stores record at too, plus warehouse and web.
const QStringList headOfficeLocations{QStringLiteral("S01"), QStringLiteral("S02"),
                                      QStringLiteral("S03"), QStringLiteral("W01"),
                                      QStringLiteral("WEB")};
const QStringList reasons{QStringLiteral("damaged"), QStringLiteral("theft"),
                          QStringLiteral("found"), QStringLiteral("correction"),
                          QStringLiteral("expired")};

} // namespace

ChaosRun::ChaosRun(const ChaosOptions &options, quint64 seed, QString workDir)
    : m_options(options)
    , m_seed(seed)
    , m_workDir(std::move(workDir))
    , m_random(seed)
{}

ChaosRun::~ChaosRun()
{
    m_runner.killAll();
    m_server.reset();
    m_proxy.reset();
}

QProcess *ChaosRun::cli(const Client &client, const QStringList &arguments,
                        ProcessRunner::Options options)
{
    options.logFile = client.log;
    // The recording user is the replica's; distinct per client so the ledgers tell who it was.
    options.environment.append(QStringLiteral("USER=chaos-%1").arg(client.name));
    return m_runner.start(
        m_options.cli, QStringList{QStringLiteral("--db"), client.database} + arguments, options);
}

std::optional<QByteArray> ChaosRun::cliOutput(const Client &client, const QStringList &arguments)
{
    ProcessRunner::Options options;
    options.captureOutput = true;
    QProcess *process = cli(client, arguments, options);
    m_runner.wait({process}, stepTimeoutMs);
    if (!ProcessRunner::succeeded(process)) {
        fail(QStringLiteral("%1: stockroom-cli %2: %3; see %4")
                 .arg(client.name, arguments.join(QLatin1Char(' ')),
                      ProcessRunner::outcome(process), client.log));
        return std::nullopt;
    }
    return process->readAllStandardOutput();
}

bool ChaosRun::setUp()
{
    m_passwordFile = QDir(m_workDir).filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("cannot write %1").arg(m_passwordFile));
        return false;
    }
    file.write(password.toUtf8() + '\n');
    file.close();

    for (int i = 0; i < m_options.clients; ++i) {
        Client client;
        client.name = QStringLiteral("c%1").arg(i);
        client.database = QDir(m_workDir).filePath(client.name + QStringLiteral(".db"));
        client.log = QDir(m_workDir).filePath(client.name + QStringLiteral(".log"));
        client.recordsLeft = m_options.ops;
        if (i == 0) {
            client.user = headOffice;
            client.role = QStringLiteral("admin");
        } else {
            const StoreUser &user = storeUsers.at((i - 1) % storeUsers.size());
            client.user = QStringLiteral("user%1").arg(i);
            client.role = QLatin1String(user.role);
            client.locations = user.locations;
        }
        m_clients.append(client);
    }

    QString error;
    m_server = std::make_unique<CentralServer>(m_options.server, m_workDir);
    bool ok = m_server->createDatabase(m_options.driver, &error)
              && m_server->admin({QStringLiteral("demo"), QStringLiteral("--scale"),
                                  QStringLiteral("small"), QStringLiteral("--seed"),
                                  QString::number(m_seed)},
                                 &error);
    for (const Client &client : std::as_const(m_clients)) {
        QStringList arguments{QStringLiteral("user"),
                              QStringLiteral("add"),
                              client.user,
                              QStringLiteral("--role"),
                              client.role,
                              QStringLiteral("--password-file"),
                              m_passwordFile};
        for (const QString &location : client.locations)
            arguments += {QStringLiteral("--location"), location};
        ok = ok && m_server->admin(arguments, &error);
    }
    ok = ok && m_server->start(&error);

    // The seed decides how hard the proxy hits: different seeds stress different faults.
    FaultRates rates;
    rates.dropRequest = draw(20, 80);
    rates.dropResponse = draw(20, 80);
    rates.truncateResponse = draw(5, 40);
    rates.duplicate = draw(30, 120);
    rates.delay = draw(30, 150);
    m_proxy = std::make_unique<ChaosProxy>(m_seed, rates,
                                           QDir(m_workDir).filePath(QStringLiteral("proxy.log")));
    ok = ok && m_proxy->start(&error);
    if (!ok) {
        fail(QStringLiteral("set-up: %1").arg(error));
        return false;
    }
    m_proxy->setUpstreamPort(m_server->port());

    CentralReader reader(m_server->url());
    const auto skus
        = reader.login(headOffice, password, &error) ? reader.skus(250, &error) : std::nullopt;
    const auto latest = skus ? reader.latestSeq(&error) : std::nullopt;
    if (!latest || skus->size() < skuCount) {
        fail(QStringLiteral("set-up: reading central: %1").arg(error));
        return false;
    }
    m_demoSeq = *latest;
    QStringList pool = *skus;
    while (m_skus.size() < skuCount)
        m_skus.append(pool.takeAt(draw(0, int(pool.size()) - 1)));

    // Every client but the last connects now; the last joins during the chaos, through the
    // faults, and may be killed in the middle of its bootstrap.
    QList<QProcess *> connects;
    for (int i = 0; i + 1 < m_clients.size(); ++i)
        connects.append(cli(m_clients.at(i), connectArguments(m_clients.at(i))));
    m_runner.wait(connects, stepTimeoutMs);
    for (int i = 0; i < connects.size(); ++i) {
        m_clients[i].connected = ProcessRunner::succeeded(connects.at(i));
        if (!m_clients.at(i).connected) {
            fail(QStringLiteral("set-up: %1 could not connect (%2); see %3")
                     .arg(m_clients.at(i).name, ProcessRunner::outcome(connects.at(i)),
                          m_clients.at(i).log));
            return false;
        }
    }
    return true;
}

QStringList ChaosRun::connectArguments(const Client &client) const
{
    return {QStringLiteral("connect"),
            QStringLiteral("--server"),
            m_proxy->url(),
            QStringLiteral("--user"),
            client.user,
            QStringLiteral("--password-file"),
            m_passwordFile};
}

void ChaosRun::reap(Client &client)
{
    if (!client.sync || client.sync->state() != QProcess::NotRunning)
        return;
    if (!client.connected && ProcessRunner::succeeded(client.sync))
        client.connected = true;
    client.sync = nullptr;
}

QProcess *ChaosRun::record(int index)
{
    Client &client = m_clients[index];
    --client.recordsLeft;
    static const QList<std::pair<const char *, int>> kinds{
        {"sale", 25},  {"receipt", 18}, {"return", 8},  {"adjustment", 12},
        {"count", 15}, {"reserve", 8},  {"release", 6}, {"fulfil", 8}};
    int pick = draw(0, 99);
    QString kind;
    for (const auto &[name, weight] : kinds) {
        kind = QLatin1String(name);
        if ((pick -= weight) < 0)
            break;
    }
    const QStringList &places = client.locations.isEmpty() ? headOfficeLocations : client.locations;
    const QString location = places.at(draw(0, int(places.size()) - 1));
    const QString sku = m_skus.at(draw(0, int(m_skus.size()) - 1));
    qint64 quantity = draw(1, 3);
    QStringList extra;
    if (kind == QLatin1String("receipt"))
        quantity = draw(1, 12);
    else if (kind == QLatin1String("count"))
        quantity = draw(0, 15);
    else if (kind == QLatin1String("adjustment")) {
        quantity = draw(0, 1) ? quantity : -quantity;
        extra = {QStringLiteral("--reason"), reasons.at(draw(0, int(reasons.size()) - 1))};
    }
    // Some movements are dated back, in whole seconds, so they land before counts (and at the
    // same millisecond as other movements): late arrivals the fold must place by occurred_at.
    if (draw(0, 99) < 30) {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-draw(0, 90));
        extra += {QStringLiteral("--at"), at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))};
    }
    RecordedOp op;
    op.client = index;
    op.note
        = QStringLiteral("chaos seed %1 %2 op %3").arg(m_seed).arg(client.name).arg(m_ops.size());
    op.what = QStringLiteral("%1 %2 × %3 at %4").arg(kind).arg(quantity).arg(sku, location);
    m_ops.append(op);
    QProcess *process
        = cli(client,
              QStringList{QStringLiteral("record"), kind, QStringLiteral("--sku"), sku,
                          QStringLiteral("--qty"), QString::number(quantity),
                          QStringLiteral("--location"), location, QStringLiteral("--note"), op.note}
                  + extra);
    process->setProperty("chaosOp", m_ops.size() - 1);
    return process;
}

QProcess *ChaosRun::startSync(int index, bool watch)
{
    Client &client = m_clients[index];
    ProcessRunner::Options options;
    if (watch) {
        ++m_watches;
        options.killAfterMs = draw(200, 2500);
        options.terminate = draw(0, 99) < 20;
    } else {
        ++m_syncs;
        if (draw(0, 99) < 35) {
            ++m_killedSyncs;
            options.killAfterMs = draw(20, 1500);
        }
    }
    client.sync = cli(
        client,
        {QStringLiteral("sync"), watch ? QStringLiteral("--watch") : QStringLiteral("--once")},
        options);
    return client.sync;
}

void ChaosRun::stopServer()
{
    ++m_serverStops;
    const bool kill = draw(0, 1) == 1;
    QString error;
    if (!m_server->stop(kill, &error))
        fail(QStringLiteral("chaos: %1").arg(error));
}

void ChaosRun::step(int index, const QList<int> &stopSteps)
{
    if (!m_server->isRunning() && !stopSteps.contains(index)) {
        QString error;
        if (!m_server->start(&error))
            fail(QStringLiteral("chaos: restarting stockroomd: %1").arg(error));
        m_proxy->setUpstreamPort(m_server->port());
    }
    QList<QProcess *> waited;
    for (int i = 0; i < m_clients.size(); ++i) {
        Client &client = m_clients[i];
        reap(client);
        if (!client.connected) {
            if (!client.sync && draw(0, 99) < 60) {
                ++m_connects;
                ProcessRunner::Options options;
                if (draw(0, 99) < 25)
                    options.killAfterMs = draw(50, 2000);
                // A connect whose first sync failed keeps its sign-in: a sync then goes on with
                // the bootstrap (or says "not connected" when the sign-in itself failed).
                const bool resume = m_connects > 1 && draw(0, 1) == 1;
                client.sync
                    = cli(client,
                          resume ? QStringList{QStringLiteral("sync"), QStringLiteral("--once")}
                                 : connectArguments(client),
                          options);
            }
            continue;
        }
        const int action = draw(0, 99);
        if (action < 55 && client.recordsLeft > 0)
            waited.append(record(i));
        else if (action < 75 && !client.sync)
            waited.append(startSync(i, false));
        else if (action < 90 && !client.sync)
            startSync(i, true); // runs on across steps until its deadline kills it
    }
    if (stopSteps.contains(index) && m_server->isRunning()) {
        m_runner.pause(draw(0, 400)); // mid-sync for whoever is talking to it
        stopServer();
    }
    if (!m_runner.wait(waited, stepTimeoutMs))
        fail(QStringLiteral("chaos: step %1 still runs after %2 s")
                 .arg(index)
                 .arg(stepTimeoutMs / 1000));
    for (QProcess *process : std::as_const(waited)) {
        const QVariant op = process->property("chaosOp");
        if (op.isValid()) {
            m_ops[op.toInt()].succeeded = ProcessRunner::succeeded(process);
            m_ops[op.toInt()].outcome = ProcessRunner::outcome(process);
        }
    }
}

void ChaosRun::chaos()
{
    m_proxy->setChaos(true);
    const int expectedSteps = 2 * m_options.ops;
    QList<int> stopSteps;
    for (int stops = draw(1, 2); stopSteps.size() < stops;)
        stopSteps.append(draw(1, std::max(1, expectedSteps - 2)));
    // The server stays down for a step or more after each stop.
    for (int i = 0, size = int(stopSteps.size()); i < size; ++i) {
        for (int extra = draw(0, 2); extra > 0; --extra)
            stopSteps.append(stopSteps.at(i) + extra);
    }
    for (int index = 0; index < 10 * m_options.ops; ++index) {
        const bool recordsLeft = std::any_of(m_clients.cbegin(), m_clients.cend(),
                                             [](const Client &c) { return c.recordsLeft > 0; });
        if (!recordsLeft && index >= expectedSteps)
            break;
        step(index, stopSteps);
    }
}

bool ChaosRun::quiesce()
{
    m_proxy->setChaos(false);
    m_runner.killAll();
    QString error;
    if (!m_server->isRunning() && !m_server->start(&error)) {
        fail(QStringLiteral("quiesce: restarting stockroomd: %1").arg(error));
        return false;
    }
    m_proxy->setUpstreamPort(m_server->port());
    for (Client &client : m_clients) {
        reap(client);
        for (int attempt = 0; !client.connected && attempt < 3; ++attempt) {
            client.sync = cli(client, connectArguments(client));
            m_runner.wait({client.sync}, stepTimeoutMs);
            reap(client);
        }
        if (!client.connected) {
            fail(QStringLiteral("quiesce: %1 cannot connect without faults; see %2")
                     .arg(client.name, client.log));
            return false;
        }
    }
    CentralReader reader(m_server->url());
    QStringList states;
    for (int pass = 0; pass < quiescePasses; ++pass) {
        QList<QProcess *> syncs;
        for (const Client &client : std::as_const(m_clients))
            syncs.append(cli(client, {QStringLiteral("sync"), QStringLiteral("--once")}));
        m_runner.wait(syncs, stepTimeoutMs);
        const auto latest = reader.latestSeq(&error);
        if (!latest) {
            fail(QStringLiteral("quiesce: %1").arg(error));
            return false;
        }
        bool settled = true;
        states.clear();
        for (int i = 0; i < m_clients.size(); ++i) {
            const auto output
                = cliOutput(m_clients.at(i), {QStringLiteral("status"), QStringLiteral("--json")});
            if (!output)
                return false;
            const QJsonObject status = QJsonDocument::fromJson(*output).object();
            const qint64 pending = status.value(QStringLiteral("pending")).toInteger(-1);
            const qint64 cursor = status.value(QStringLiteral("cursor")).toInteger(-1);
            settled = settled && ProcessRunner::succeeded(syncs.at(i)) && pending == 0
                      && cursor == *latest;
            states.append(QStringLiteral("%1: sync %2, pending %3, cursor %4 of %5")
                              .arg(m_clients.at(i).name, ProcessRunner::outcome(syncs.at(i)))
                              .arg(pending)
                              .arg(cursor)
                              .arg(*latest));
        }
        if (settled)
            return true;
    }
    fail(QStringLiteral("quiesce: not settled after %1 passes without faults: %2")
             .arg(quiescePasses)
             .arg(states.join(QStringLiteral("; "))));
    return false;
}

void ChaosRun::check()
{
    QString error;
    CentralReader reader(m_server->url());
    const auto central
        = reader.login(headOffice, password, &error) ? reader.readAll(&error) : std::nullopt;
    if (!central) {
        fail(QStringLiteral("check: reading central: %1").arg(error));
        return;
    }
    checks::serverIsConsistent(*central, &m_failures);

    // A replica bootstrapped now from central must equal it too.
    Client fresh;
    fresh.name = QStringLiteral("fresh");
    fresh.user = headOffice;
    fresh.database = QDir(m_workDir).filePath(QStringLiteral("fresh.db"));
    fresh.log = QDir(m_workDir).filePath(QStringLiteral("fresh.log"));
    if (!cliOutput(fresh, {QStringLiteral("connect"), QStringLiteral("--server"), m_proxy->url(),
                           QStringLiteral("--user"), headOffice, QStringLiteral("--password-file"),
                           m_passwordFile}))
        return;

    QList<NamedReplica> replicas;
    for (int i = 0; i <= m_clients.size(); ++i) {
        const Client &client = i < m_clients.size() ? m_clients.at(i) : fresh;
        if (!cliOutput(client, {QStringLiteral("verify")}))
            continue; // verify failed: already reported
        const auto contents = readReplica(client.database, &error);
        if (!contents) {
            fail(QStringLiteral("check: %1: %2").arg(client.name, error));
            continue;
        }
        const QString scope = client.locations.isEmpty() ? QStringLiteral("all locations")
                                                         : client.locations.join(QLatin1Char(','));
        replicas.append({QStringLiteral("%1 (%2, %3)").arg(client.name, client.user, scope),
                         i < m_clients.size() ? i : -1, client.locations.isEmpty(), *contents});
    }
    for (const NamedReplica &replica : std::as_const(replicas))
        checks::replicaEqualsServer(replica, *central, &m_failures);
    checks::movementsExactlyOnce(m_ops, replicas, *central, m_demoSeq, &m_failures);
}

bool ChaosRun::run()
{
    if (setUp()) {
        chaos();
        if (quiesce())
            check();
    }
    m_runner.killAll();
    QString error;
    if (m_server && !m_server->stop(false, &error))
        fail(QStringLiteral("tear-down: %1").arg(error));
    return m_failures.isEmpty();
}

QString ChaosRun::summary() const
{
    const qsizetype recorded = std::count_if(m_ops.cbegin(), m_ops.cend(),
                                             [](const RecordedOp &op) { return op.succeeded; });
    return QStringLiteral("%1 clients, %9 late connects, %2/%3 records, %4 syncs (%5 killed), "
                          "%6 watches killed, %7 server stops; proxy: %8")
        .arg(m_clients.size())
        .arg(recorded)
        .arg(m_ops.size())
        .arg(m_syncs)
        .arg(m_killedSyncs)
        .arg(m_watches)
        .arg(m_serverStops)
        .arg(m_proxy ? m_proxy->stats().describe() : QStringLiteral("not started"))
        .arg(m_connects);
}

} // namespace stockroom::chaos
