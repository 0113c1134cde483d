// stockroom-bench-count: the durable scan cost of a count session (issue 6, target <= 5 ms per
// scan): every scan is its own committed transaction with synchronous=FULL, exactly as the
// counting screen and `stockroom-cli count scan` make it. Not a test: it prints its figures.

#include "changeid.h"
#include "countservice.h"
#include "inventoryservice.h"
#include "replicadatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace stockroom;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "stockroom-bench-count: " << message << Qt::endl;
    std::exit(1);
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

QString pragma(replica::ReplicaDatabase &db, const QString &name)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("PRAGMA %1").arg(name)) && query.next()
               ? query.value(0).toString()
               : QString();
}

// Times each scan on its own; codes(i) gives the i-th scan's code and multiplier.
void benchScans(replica::CountService &counts, const QUuid &id, const QString &name, int scans,
                const std::function<std::pair<QString, qint64>(int)> &codes)
{
    QList<qint64> each;
    each.reserve(scans);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < scans; ++i) {
        const auto [code, multiplier] = codes(i);
        QElapsedTimer timer;
        timer.start();
        const replica::ScanResult result = counts.scan(id, code, multiplier);
        each.append(timer.nsecsElapsed());
        if (!result.ok())
            fail(QStringLiteral("scan %1 of %2: %3").arg(i).arg(code, result.error));
    }
    const qint64 elapsed = total.nsecsElapsed();
    std::sort(each.begin(), each.end());
    const auto at = [&](double quantile) {
        return ms(each.at(qMin(each.size() - 1, qsizetype(quantile * double(each.size())))));
    };
    out() << name << "_scans=" << scans << " " << name
          << "_ms_per_scan=" << QString::number(ms(elapsed) / scans, 'f', 3) << " " << name
          << "_median_ms=" << QString::number(at(0.5), 'f', 3) << " " << name
          << "_p99_ms=" << QString::number(at(0.99), 'f', 3) << " " << name
          << "_max_ms=" << QString::number(ms(each.constLast()), 'f', 3) << " " << name
          << "_per_s=" << qRound(scans / (double(elapsed) / 1e9)) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the durable scan cost of a count: each scan committed with synchronous=FULL "
        "before the next (target <= 5 ms per scan)."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Where the replica file goes (default: a temporary folder); put it on "
                       "the disk a desktop would use, not on tmpfs."),
        QStringLiteral("path"));
    const QCommandLineOption scansOption(QStringLiteral("scans"),
                                         QStringLiteral("Scans per phase (default 2000)."),
                                         QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption productsOption(QStringLiteral("products"),
                                            QStringLiteral("Products in the catalogue (default "
                                                           "5000)."),
                                            QStringLiteral("n"), QStringLiteral("5000"));
    parser.addOptions({dirOption, scansOption, productsOption});
    parser.process(app);
    const int scans = parser.value(scansOption).toInt();
    const int productCount = parser.value(productsOption).toInt();
    if (scans < 1 || productCount < 1)
        fail(QStringLiteral("--scans and --products must be at least 1"));

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString path = QDir(dir).filePath(QStringLiteral("bench-count.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    replica::OpenError openError;
    const auto db = replica::ReplicaDatabase::open(path, &openError);
    if (!db)
        fail(openError.message);
    const replica::Identity identity{QStringLiteral("bench"), QStringLiteral("bench")};
    replica::InventoryService inventory(*db, identity);
    replica::CountService counts(*db, identity);

    QString error;
    if (!inventory.addLocation(
            {QStringLiteral("S01"), QStringLiteral("Bench store"), domain::Location::Kind::Store},
            true, &error)
        || !inventory.setHomeLocation(QStringLiteral("S01"), &error))
        fail(error);
    QList<domain::Product> products;
    QList<domain::Movement> receipts;
    for (int i = 0; i < productCount; ++i) {
        const QString sku = QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0'));
        products.append({sku,
                         QStringLiteral("Product %1").arg(i),
                         QStringLiteral("Bench"),
                         {QStringLiteral("B%1").arg(i)},
                         100 + i % 900,
                         999,
                         QString(),
                         0,
                         true});
        domain::Movement receipt;
        receipt.id = domain::newChangeId();
        receipt.location = QStringLiteral("S01");
        receipt.sku = sku;
        receipt.kind = domain::MovementKind::Receipt;
        receipt.quantity = 10;
        receipt.occurredAtMs = QDateTime::currentMSecsSinceEpoch() - 86400000;
        receipts.append(receipt);
    }
    if (!inventory.upsertProducts(products, &error) || !inventory.recordMovements(receipts, &error))
        fail(error);

    replica::CountStartRequest request;
    const QUuid id = counts.start(request, &error);
    if (id.isNull())
        fail(error);
    out() << "products=" << productCount << " dir=" << dir
          << " synchronous=" << pragma(*db, QStringLiteral("synchronous"))
          << " journal_mode=" << pragma(*db, QStringLiteral("journal_mode")) << Qt::endl;

    // A store walk: mostly barcodes, some SKUs typed, "3*" now and then, an unknown code.
    benchScans(counts, id, QStringLiteral("scan"), scans, [&](int i) {
        const int product = int((quint64(i) * 7919u) % quint64(productCount));
        if (i % 50 == 49)
            return std::pair(QStringLiteral("UNKNOWN-%1").arg(i), qint64(1));
        const QString code
            = i % 4 == 0 ? products.at(product).sku : products.at(product).barcodes.constFirst();
        return std::pair(code, qint64(i % 10 == 0 ? 3 : 1));
    });
    // The worst case of the line fold: one product scanned again and again.
    benchScans(counts, id, QStringLiteral("same_product_scan"), scans, [&](int) {
        return std::pair(products.constFirst().barcodes.constFirst(), qint64(1));
    });
    out() << "durable scan cost target_ms_per_scan=5" << Qt::endl;
    return 0;
}
