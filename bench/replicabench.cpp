// stockroom-bench-replica: the replica's figures on chain-M (DESIGN.md section 7), one line
// each. Not a test: it prints what it measures and fails only when something breaks.

#include "bulkloader.h"
#include "demochain.h"
#include "inventoryfilterproxymodel.h"
#include "inventoryservice.h"
#include "inventorytablemodel.h"
#include "rawinsertlimit.h"
#include "replicadatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace stockroom;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "stockroom-bench-replica: " << message << Qt::endl;
    std::exit(1);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void benchLoad(replica::ReplicaDatabase &db, const domain::DemoChain &chain, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    qint64 generated = 0;
    chain.generateMovements([&](const domain::Product &, const QList<domain::Movement> &ms) {
        generated += ms.size();
        return true;
    });
    out() << "generate_ms=" << ms(timer.nsecsElapsed()) << " movements=" << generated << Qt::endl;

    QString error;
    qint64 rowsWritten = 0;  // when the loader reports 90 %: rows in, indexes still to build
    qint64 indexesBuilt = 0; // when it reports 100 %: only the commit is left
    timer.start();
    const bool loaded
        = replica::seedDemoChain(db, chain.scale(), chain.seed(), &error, [&](int percent) {
              if (percent == 90)
                  rowsWritten = timer.nsecsElapsed();
              if (percent == 100)
                  indexesBuilt = timer.nsecsElapsed();
              return true;
          });
    const qint64 load = timer.nsecsElapsed();
    if (!loaded)
        fail(error);
    const double loadRss = peakRssMb();

    const QString rawPath = QDir(dir).filePath(QStringLiteral("bench-raw.sqlite"));
    removeDatabase(rawPath);
    QString rawError;
    const auto rawInsert = bench::measureRawInsert(chain, rawPath, &rawError);
    removeDatabase(rawPath);
    if (!rawInsert)
        fail(rawError);
    const qint64 raw = rawInsert->ns;
    out() << "load_ms=" << ms(load) << " raw_ms=" << ms(raw)
          << " ratio=" << QString::number(double(load) / double(raw), 'f', 2)
          << " load_rows_ms=" << ms(rowsWritten)
          << " load_indexes_ms=" << ms(indexesBuilt - rowsWritten)
          << " load_commit_ms=" << ms(load - indexesBuilt) << " load_peak_rss_mb=" << loadRss
          << Qt::endl;
}

void benchRecord(replica::InventoryService &service, const QList<domain::Product> &products,
                 int count)
{
    QSqlQuery pragma(service.database().connection());
    const int synchronous = pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next()
                                ? pragma.value(0).toInt()
                                : -1;
    pragma.finish(); // an open statement would pin a read snapshot and stop WAL checkpoints
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        replica::RecordRequest sale;
        sale.kind = domain::MovementKind::Sale;
        sale.product = products[(qsizetype(i) * 7919) % products.size()].sku;
        sale.quantity = 1;
        const replica::RecordResult result = service.record(sale);
        if (!result.ok())
            fail(result.error);
    }
    const qint64 elapsed = timer.nsecsElapsed();
    out() << "record_count=" << count << " record_ms=" << ms(elapsed)
          << " record_per_s=" << qRound(count / (double(elapsed) / 1e9))
          << " synchronous=" << synchronous << Qt::endl;
}

void benchVerify(replica::InventoryService &service)
{
    QElapsedTimer timer;
    timer.start();
    const replica::VerifyReport report = service.verify();
    const qint64 elapsed = timer.nsecsElapsed();
    if (!report.error.isEmpty())
        fail(report.error);
    out() << "verify_ms=" << ms(elapsed) << " positions=" << report.positionsChecked
          << " movements=" << report.movementsFolded << " mismatches=" << report.mismatches.size()
          << Qt::endl;
}

// Types a query into the Inventory filter one character at a time, then deletes it again, as
// the Inventory page does on every keystroke: the proxy refilters and re-sorts by name.
void benchFilter(replica::InventoryService &service, const QString &query)
{
    const QString location = service.homeLocation();
    QElapsedTimer timer;
    timer.start();
    item::InventoryTableModel model;
    model.setData(service.products(), service.levelsAt(location));
    item::InventoryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(item::InventoryTableModel::NameColumn);
    const qint64 setUp = timer.nsecsElapsed();

    QList<qint64> keystrokes;
    int matched = 0;
    const auto type = [&](const QString &text) {
        timer.start();
        proxy.setFilterText(text);
        const int rows = proxy.rowCount();
        keystrokes.append(timer.nsecsElapsed());
        return rows;
    };
    for (qsizetype n = 1; n <= query.size(); ++n)
        matched = type(query.left(n));
    for (qsizetype n = query.size() - 1; n >= 0; --n)
        type(query.left(n));
    QList<qint64> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    out() << "filter_rows=" << model.rowCount() << " filter_setup_ms=" << ms(setUp)
          << " filter_keystrokes=" << keystrokes.size()
          << " filter_median_ms=" << ms(sorted[sorted.size() / 2])
          << " filter_max_ms=" << ms(sorted.constLast()) << " filter_query=\"" << query
          << "\" filter_matches=" << matched << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the replica on the demo chain: bulk load against raw SQLite, durable records, "
        "verify, the Inventory filter and peak memory."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the replica files (default: a "
                                                      "temporary folder, removed afterwards)."),
                                       QStringLiteral("path"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("small or M (default M)."),
                                         QStringLiteral("scale"), QStringLiteral("M"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("The chain's seed (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Sales to record (default 2000)."),
                                           QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption queryOption(
        QStringLiteral("query"), QStringLiteral("What to type into the filter."),
        QStringLiteral("text"), QStringLiteral("nordvik trail shoe 42"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated phases to run: load, verify, record, filter (default all). "
                       "Without load, the replica already in --dir is measured."),
        QStringLiteral("phases"), QStringLiteral("load,verify,record,filter"));
    parser.addOptions({dirOption, scaleOption, seedOption, recordsOption, queryOption, onlyOption});
    parser.process(app);

    const auto scale = domain::demoScaleFromName(parser.value(scaleOption));
    if (!scale)
        fail(QStringLiteral("unknown scale %1").arg(parser.value(scaleOption)));
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString path = QDir(dir).filePath(QStringLiteral("bench-replica.sqlite"));
    const QStringList phases = parser.value(onlyOption).split(QLatin1Char(','));
    if (phases.contains(QLatin1String("load")))
        removeDatabase(path);
    else if (!QFile::exists(path))
        fail(QStringLiteral("%1 does not exist; run the load phase first").arg(path));

    const domain::DemoChain chain(*scale, parser.value(seedOption).toULongLong());
    out().setRealNumberNotation(QTextStream::FixedNotation);
    out().setRealNumberPrecision(1);
    out() << "chain=" << domain::demoScaleName(chain.scale()) << " seed=" << chain.seed()
          << " locations=" << chain.locations().size() << " products=" << chain.products().size()
          << " movements=" << chain.size().movements << " dir=" << dir << Qt::endl;

    replica::OpenError openError;
    auto db = replica::ReplicaDatabase::open(path, &openError);
    if (!db)
        fail(openError.message);
    if (phases.contains(QLatin1String("load")))
        benchLoad(*db, chain, dir);

    replica::InventoryService service(*db, {QStringLiteral("bench"), QStringLiteral("bench-1")});
    if (phases.contains(QLatin1String("verify")))
        benchVerify(service);
    if (phases.contains(QLatin1String("record")))
        benchRecord(service, chain.products(), parser.value(recordsOption).toInt());
    if (phases.contains(QLatin1String("filter")))
        benchFilter(service, parser.value(queryOption));
    out() << "peak_rss_mb=" << peakRssMb() << Qt::endl;
    return 0;
}
