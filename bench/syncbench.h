#pragma once

#include "demochain.h"
#include "postgresfixture.h"
#include "serverprocess.h"

#include <QDir>
#include <QHash>
#include <QString>
#include <QTextStream>

#include <memory>

// The parts of stockroom-bench-sync (DESIGN.md sections 6 and 7) and what they share.

namespace stockroom::bench {

struct SyncBenchOptions
{
    QString driver = QStringLiteral("sqlite");
    bool bootstrap = true;
    bool propagation = true;
    bool push = true;
    int clients = 50;
    int rounds = 50;
    int movements = 100000;
    quint64 seed = 1;
    QString chainMDatabase; ///< a kept SQLite central seeded with chain-M (empty: a fresh one)
    bool keep = false;      ///< keep the replica files
};

QTextStream &out();
double ms(qint64 nanoseconds);
/** The bench process's own high-water mark of resident memory. */
double peakRssMb();
/** CPU time (user + system) of the bench process so far, every thread. */
double cpuMs();
/** The machine's load averages over 1, 5 and 15 minutes: other work skews every figure. */
QString loadAverage();
/** A monotonic clock in nanoseconds that every thread may read. */
qint64 steadyNs();

/** Which way a target points: the figure must stay at or below it, or reach at least it. */
enum class Aim { AtMost, AtLeast };

/** Prints one figure: its value and unit, its target, value / target and whether it is met. */
void printFigure(const QString &name, double value, const QString &unit, Aim aim, double target,
                 int precision = 1);

/**
 * A central IMS for one part: a database seeded with `stockroomd demo`, users of the head-office
 * role admin (no location list: every location), one per part so that the server's request log
 * tells the parts apart, and `stockroomd serve` on 127.0.0.1.
 */
class Central
{
public:
    Central(const SyncBenchOptions &options, domain::DemoScale scale, const QDir &dir,
            const QStringList &parts, const QString &keptSqlite = {});
    ServerProcess &server() { return *m_server; }
    /** The user of one of the parts given to the constructor; they share one password. */
    QString user(const QString &part) const { return m_users.value(part); }
    const QString &password() const { return m_password; }
    /** How long the demo seeding took; 0 when a kept database was reused. */
    double seedMs() const { return m_seedMs; }

private:
    PostgresFixture m_postgres;
    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, QString> m_users;
    QString m_password;
    double m_seedMs = 0;
};

// dir holds the central databases and logs, replicas the replica files (and the raw limit's).
void benchBootstrap(const SyncBenchOptions &options, const QDir &dir, const QDir &replicas);
void benchPropagation(const SyncBenchOptions &options, Central &central, const QDir &replicas);
void benchPushPull(const SyncBenchOptions &options, Central &central, const QDir &replicas);

} // namespace stockroom::bench
