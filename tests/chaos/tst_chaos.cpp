#include "chaosrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace stockroom::chaos;

namespace {

bool positive(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 *value)
{
    bool ok = false;
    *value = parser.value(option).toLongLong(&ok);
    if (ok && *value > 0)
        return true;
    QTextStream(stderr) << QStringLiteral("tst_chaos: --%1 \"%2\" must be a whole number above 0\n")
                               .arg(option.names().constFirst(), parser.value(option));
    return false;
}

} // namespace

/*
 * The seeded chaos test of DESIGN.md §7 (issue 5, item 7): several stockroom-cli replicas and
 * stockroomd, with a fault-injecting proxy between them, clients killed mid-sync and server
 * restarts; afterwards every replica equals the server and the fold of its ledger, and every
 * recorded movement is at the server exactly once. A plain program rather than a QtTest case
 * because it takes its own options: ctest runs a few seeds per driver, a person runs hundreds.
 */
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Seeded chaos test of Stockroom sync."));
    parser.addHelpOption();
    const QCommandLineOption driver(QStringLiteral("driver"),
                                    QStringLiteral("Central database: sqlite or postgresql."),
                                    QStringLiteral("driver"), QStringLiteral("sqlite"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The first seed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption seeds(QStringLiteral("seeds"),
                                   QStringLiteral("How many seeds to run, from --seed on."),
                                   QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     QStringLiteral("stockroom-cli replicas (at least 2)."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption ops(QStringLiteral("ops"),
                                 QStringLiteral("Movements each client records."),
                                 QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep every run's folder (failed ones are kept "
                                                 "anyway)."));
    const QCommandLineOption workRoot(QStringLiteral("work-dir"),
                                      QStringLiteral("Where the runs' folders go (default: the "
                                                     "temporary folder)."),
                                      QStringLiteral("dir"), QDir::tempPath());
    parser.addOptions({driver, seed, seeds, clients, ops, keep, workRoot});
    parser.process(app);

    ChaosOptions options;
    options.driver = parser.value(driver);
    options.keep = parser.isSet(keep);
    options.cli = QStringLiteral(STOCKROOM_CLI_PATH);
    options.server = QStringLiteral(STOCKROOMD_PATH);
    qint64 firstSeed = 0, seedCount = 0, clientCount = 0, opCount = 0;
    if (!positive(parser, seed, &firstSeed) || !positive(parser, seeds, &seedCount)
        || !positive(parser, clients, &clientCount) || !positive(parser, ops, &opCount))
        return 2;
    if (options.driver != QLatin1String("sqlite")
        && options.driver != QLatin1String("postgresql")) {
        QTextStream(stderr) << "tst_chaos: --driver must be sqlite or postgresql\n";
        return 2;
    }
    if (clientCount < 2) {
        QTextStream(stderr) << "tst_chaos: --clients must be at least 2\n";
        return 2;
    }
    options.clients = int(clientCount);
    options.ops = int(opCount);

    QTextStream out(stdout);
    QList<quint64> failed;
    QElapsedTimer total;
    total.start();
    for (quint64 s = quint64(firstSeed); s < quint64(firstSeed + seedCount); ++s) {
        QTemporaryDir dir(
            QDir(parser.value(workRoot))
                .filePath(
                    QStringLiteral("stockroom-chaos-%1-seed%2-XXXXXX").arg(options.driver).arg(s)));
        if (!dir.isValid()) {
            QTextStream(stderr) << "tst_chaos: cannot make a folder: " << dir.errorString() << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        ChaosRun run(options, s, dir.path());
        const bool ok = run.run();
        const QString line = QStringLiteral("tst_chaos: %1 seed %2: %3 in %4 s; %5")
                                 .arg(options.driver)
                                 .arg(s)
                                 .arg(ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
                                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                                 .arg(run.summary());
        out << line << Qt::endl;
        if (!ok) {
            failed.append(s);
            for (const QString &failure : run.failures())
                out << QStringLiteral("  seed %1: %2").arg(s).arg(failure) << Qt::endl;
            out << QStringLiteral("  repeat with: tst_chaos --driver %1 --seed %2 --clients %3 "
                                  "--ops %4; files kept in %5")
                       .arg(options.driver)
                       .arg(s)
                       .arg(options.clients)
                       .arg(options.ops)
                       .arg(dir.path())
                << Qt::endl;
        }
        if (!ok || options.keep)
            dir.setAutoRemove(false);
    }
    QStringList failedText;
    for (quint64 s : std::as_const(failed))
        failedText.append(QString::number(s));
    out << QStringLiteral("tst_chaos: %1 of %2 seed(s) passed in %3 s%4")
               .arg(seedCount - failed.size())
               .arg(seedCount)
               .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(failed.isEmpty()
                        ? QString()
                        : QStringLiteral("; failed seeds: ") + failedText.join(QLatin1Char(' ')))
        << Qt::endl;
    return failed.isEmpty() ? 0 : 1;
}
