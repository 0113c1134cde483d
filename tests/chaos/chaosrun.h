#pragma once

#include "centralserver.h"
#include "chaoschecks.h"
#include "chaosproxy.h"
#include "processrunner.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <memory>

namespace stockroom::chaos {

/** What tst_chaos was asked to do (its command line). */
struct ChaosOptions
{
    QString driver = QStringLiteral("sqlite");
    int clients = 5;
    int ops = 12; ///< record commands per client
    bool keep = false;
    QString cli;
    QString server;
};

/**
 * One seed of the chaos test: a central server with the demo chain and users; clients that
 * connect through the fault-injecting proxy; rounds of random recordings, syncs (some killed
 * mid-sync, some long-polling until killed) and server stops (SIGTERM or SIGKILL) and restarts;
 * then quiet: faults off, every client syncs until nothing is pending and every cursor is at
 * central's latest seq; then the checks of chaoschecks.h. The seed fixes the scenario and the
 * faults drawn; the timing of processes still varies from run to run.
 */
class ChaosRun
{
public:
    ChaosRun(const ChaosOptions &options, quint64 seed, QString workDir);
    ~ChaosRun();

    /** True when the run completed and every check held; failures() says what did not. */
    bool run();
    const QStringList &failures() const { return m_failures; }
    /** One line: what was done and how the proxy treated it. */
    QString summary() const;

private:
    struct Client
    {
        QString name; ///< "c0" …
        QString user;
        QString role;
        QStringList locations; ///< empty: every location (head office)
        QString database;
        QString log;
        QProcess *sync = nullptr; ///< its sync (or connect) process while one runs
        int recordsLeft = 0;
        bool connected = false;
    };

    bool setUp();
    QStringList connectArguments(const Client &client) const;
    void reap(Client &client);
    void chaos();
    void step(int index, const QList<int> &stopSteps);
    QProcess *record(int index);
    QProcess *startSync(int index, bool watch);
    void stopServer();
    bool quiesce();
    void check();
    QProcess *cli(const Client &client, const QStringList &arguments,
                  ProcessRunner::Options options = {});
    std::optional<QByteArray> cliOutput(const Client &client, const QStringList &arguments);
    int draw(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    void fail(const QString &message) { m_failures.append(message); }

    ChaosOptions m_options;
    quint64 m_seed;
    QString m_workDir;
    QString m_passwordFile;
    QRandomGenerator m_random;
    ProcessRunner m_runner;
    std::unique_ptr<CentralServer> m_server;
    std::unique_ptr<ChaosProxy> m_proxy;
    QList<Client> m_clients;
    QStringList m_skus;
    QList<RecordedOp> m_ops;
    qint64 m_demoSeq = 0;
    int m_syncs = 0;
    int m_killedSyncs = 0;
    int m_watches = 0;
    int m_connects = 0;
    int m_serverStops = 0;
    QStringList m_failures;
};

} // namespace stockroom::chaos
