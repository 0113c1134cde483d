// stockroom-bench-sync: sync end to end (DESIGN.md sections 6 and 7) with the real client code,
// a sync/client SyncEngine on a models/replica SyncStore over a SQLite replica file, against a
// real stockroomd process on 127.0.0.1: bootstrap of chain-M against the raw SQLite limit,
// propagation latency with many long-polling replicas, sustained push and pull, peak memory.
// One line per figure, with its target. Not a test: it prints what it measures and fails only
// when something breaks.

#include "syncbench.h"
#include "benchtools.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>

#include <chrono>
#include <optional>

namespace stockroom::bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto msOf = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3;
    };
    return msOf(usage.ru_utime) + msOf(usage.ru_stime);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return QString::fromLatin1(fields.mid(0, 3).join(','));
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void printFigure(const QString &name, double value, const QString &unit, Aim aim, double target,
                 int precision)
{
    const bool met = aim == Aim::AtMost ? value <= target : value >= target;
    out() << "figure=" << name << " value=" << QString::number(value, 'f', precision)
          << " unit=" << unit << " target=" << (aim == Aim::AtMost ? "<=" : ">=")
          << QString::number(target, 'g', 10)
          << " ratio=" << QString::number(value / target, 'f', 2) << " met=" << (met ? "yes" : "NO")
          << Qt::endl;
}

Central::Central(const SyncBenchOptions &options, domain::DemoScale scale, const QDir &dir,
                 const QStringList &parts, const QString &keptSqlite)
    : m_postgres(dir.filePath(QStringLiteral("postgres-%1").arg(domain::demoScaleName(scale))))
{
    const QString scaleName = domain::demoScaleName(scale);
    const QString stockroomd = QStringLiteral(STOCKROOMD_PATH);
    QString url;
    QString seedUrl;
    QString sqlitePath;
    if (options.driver == QLatin1String("sqlite")) {
        sqlitePath = keptSqlite.isEmpty()
                         ? dir.filePath(QStringLiteral("central-%1.sqlite").arg(scaleName))
                         : keptSqlite;
        url = QStringLiteral("sqlite:") + sqlitePath;
        // A kept database is seeded once, under another name until the seeding has succeeded.
        if (!QFile::exists(sqlitePath))
            seedUrl = QStringLiteral("sqlite:") + sqlitePath + QStringLiteral(".part");
    } else if (options.driver == QLatin1String("postgresql")) {
        url = m_postgres.start();
        seedUrl = url;
    } else {
        fail(QStringLiteral("unknown driver \"%1\"; use sqlite or postgresql").arg(options.driver));
    }

    if (!seedUrl.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        runTool(QStringLiteral("stockroomd demo --scale %1").arg(scaleName), stockroomd,
                {QStringLiteral("demo"), QStringLiteral("--scale"), scaleName,
                 QStringLiteral("--seed"), QString::number(options.seed),
                 QStringLiteral("--database"), seedUrl},
                3 * 3600 * 1000);
        m_seedMs = double(timer.elapsed());
        if (!sqlitePath.isEmpty()
            && !QFile::rename(sqlitePath + QStringLiteral(".part"), sqlitePath))
            fail(QStringLiteral("cannot rename the seeded %1.part").arg(sqlitePath));
    }

    // Users of their own for every run, so that a kept database takes the next run's too.
    m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile passwordFile(dir.filePath(QStringLiteral("password-%1").arg(scaleName)));
    if (!passwordFile.open(QIODevice::WriteOnly)
        || passwordFile.write(m_password.toUtf8() + '\n') < 0)
        fail(QStringLiteral("cannot write %1").arg(passwordFile.fileName()));
    passwordFile.close();
    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    for (const QString &part : parts) {
        const QString user = QStringLiteral("bench-%1-%2").arg(part, run);
        runTool(QStringLiteral("stockroomd user add"), stockroomd,
                {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"),
                 QStringLiteral("admin"), QStringLiteral("--password-file"),
                 passwordFile.fileName(), QStringLiteral("--database"), url},
                60000);
        m_users.insert(part, user);
    }
    m_server = std::make_unique<ServerProcess>(
        url, dir.filePath(QStringLiteral("stockroomd-%1.log").arg(scaleName)));
}

} // namespace stockroom::bench

using namespace stockroom;
using namespace stockroom::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures sync end to end with the real sync engine and replica against a real "
        "stockroomd: bootstrap of chain-M, propagation latency, sustained push and pull, peak "
        "memory."));
    parser.addHelpOption();
    const QCommandLineOption driverOption(QStringLiteral("driver"),
                                          QStringLiteral("sqlite or postgresql (default sqlite)."),
                                          QStringLiteral("name"), QStringLiteral("sqlite"));
    const QCommandLineOption skipBootstrapOption(QStringLiteral("skip-bootstrap"),
                                                 QStringLiteral("Skip the chain-M bootstrap."));
    const QCommandLineOption skipPropagationOption(QStringLiteral("skip-propagation"),
                                                   QStringLiteral("Skip the propagation latency."));
    const QCommandLineOption skipPushOption(QStringLiteral("skip-push"),
                                            QStringLiteral("Skip the sustained push and pull."));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Long-polling replicas (default 50)."),
                                           QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Propagation rounds (default 50)."),
                                          QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption movementsOption(
        QStringLiteral("movements"), QStringLiteral("Movements to push and pull (default 100000)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("The demo chains' seed (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption chainMOption(
        QStringLiteral("chain-m-database"),
        QStringLiteral("A SQLite central database seeded with chain-M, reused across runs; "
                       "seeded there (untimed, minutes) when it does not exist yet."),
        QStringLiteral("path"));
    const QCommandLineOption replicaDirOption(
        QStringLiteral("replica-dir"),
        QStringLiteral("Where the replica files go, in a temporary folder of their own (default: "
                       "beside the central databases). All replicas of this machine share its "
                       "disk and its fsyncs, which 50 real desktops do not."),
        QStringLiteral("path"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Keep the temporary files (replicas, central databases, server logs); a "
                       "PostgreSQL fixture is stopped and removed all the same."));
    parser.addOptions({driverOption, skipBootstrapOption, skipPropagationOption, skipPushOption,
                       clientsOption, roundsOption, movementsOption, seedOption, chainMOption,
                       replicaDirOption, keepOption});
    parser.process(app);

    SyncBenchOptions options;
    options.driver = parser.value(driverOption);
    options.bootstrap = !parser.isSet(skipBootstrapOption);
    options.propagation = !parser.isSet(skipPropagationOption);
    options.push = !parser.isSet(skipPushOption);
    options.chainMDatabase = parser.value(chainMOption);
    options.keep = parser.isSet(keepOption);
    const auto positive = [&](const QCommandLineOption &option, int minimum, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok || *value < minimum) {
            QTextStream(stderr) << "stockroom-bench-sync: --" << option.names().constFirst()
                                << " must be a whole number of at least " << minimum << Qt::endl;
            return false;
        }
        return true;
    };
    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!positive(clientsOption, 2, &options.clients) || !positive(roundsOption, 1, &options.rounds)
        || !positive(movementsOption, 1, &options.movements) || !seedOk)
        return 2;
    if (!options.chainMDatabase.isEmpty() && options.driver != QLatin1String("sqlite")) {
        QTextStream(stderr) << "stockroom-bench-sync: --chain-m-database needs --driver sqlite"
                            << Qt::endl;
        return 2;
    }

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("stockroom-bench-sync-XXXXXX")));
    if (!temporary.isValid()) {
        QTextStream(stderr) << "stockroom-bench-sync: cannot create a temporary folder" << Qt::endl;
        return 1;
    }
    temporary.setAutoRemove(!parser.isSet(keepOption));
    const QDir dir(temporary.path());
    std::optional<QTemporaryDir> replicaTemporary;
    if (parser.isSet(replicaDirOption)) {
        QDir().mkpath(parser.value(replicaDirOption));
        replicaTemporary.emplace(QDir(parser.value(replicaDirOption))
                                     .filePath(QStringLiteral("stockroom-bench-sync-XXXXXX")));
        if (!replicaTemporary->isValid()) {
            QTextStream(stderr) << "stockroom-bench-sync: cannot create a folder in "
                                << parser.value(replicaDirOption) << Qt::endl;
            return 1;
        }
        replicaTemporary->setAutoRemove(!parser.isSet(keepOption));
    }
    const QDir replicas(replicaTemporary ? replicaTemporary->path() : dir.path());

    out().setRealNumberNotation(QTextStream::FixedNotation);
    out().setRealNumberPrecision(1);
    QStringList parts;
    if (options.bootstrap)
        parts.append(QStringLiteral("bootstrap"));
    if (options.propagation)
        parts.append(QStringLiteral("propagation"));
    if (options.push)
        parts.append(QStringLiteral("push"));
    out() << "stockroom-bench-sync driver=" << options.driver
          << " parts=" << parts.join(QLatin1Char(',')) << " clients=" << options.clients
          << " rounds=" << options.rounds << " movements=" << options.movements
          << " seed=" << options.seed << " loadavg=" << loadAverage() << " files=" << dir.path()
          << " replicas=" << replicas.path() << (parser.isSet(keepOption) ? " (kept)" : "")
          << " stockroomd=" << STOCKROOMD_PATH << Qt::endl;
    try {
        if (options.bootstrap)
            benchBootstrap(options, dir, replicas);
        if (options.propagation || options.push) {
            Central central(options, domain::DemoScale::Small, dir,
                            {QStringLiteral("watch"), QStringLiteral("push")});
            out() << "central chain=small seed_ms=" << central.seedMs()
                  << " url=" << central.server().baseUrl() << Qt::endl;
            if (options.propagation)
                benchPropagation(options, central, replicas);
            if (options.push)
                benchPushPull(options, central, replicas);
            out() << "central chain=small server_peak_rss_mb=" << central.server().peakRssMb()
                  << Qt::endl;
            central.server().stop();
        }
    } catch (const Failure &failure) {
        QTextStream(stderr) << "stockroom-bench-sync: " << failure.message << Qt::endl;
        return 1;
    }
    out() << "end loadavg=" << loadAverage() << Qt::endl;
    out() << "figure=bench_peak_rss value=" << peakRssMb()
          << " unit=MiB target=none ratio=none met=none" << Qt::endl;
    return 0;
}
