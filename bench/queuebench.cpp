// stockroom-bench-queue: opening the Discrepancies page's queue with 10,000 discrepancies (issue
// 6, target <= 200 ms): DiscrepancyService::list(), the table model's reset and the proxy's
// filter and sort, exactly as DiscrepanciesPage::reload() does them. The queue is made first in
// one transaction (not timed). Not a test: it prints its figures.

#include "discrepancyfilterproxymodel.h"
#include "discrepancylog.h"
#include "discrepancyservice.h"
#include "discrepancytablemodel.h"
#include "inventoryservice.h"
#include "replicadatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <random>

using namespace stockroom;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "stockroom-bench-queue: " << message << Qt::endl;
    std::exit(1);
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

constexpr qint64 nowMs = 1764504000000LL; // 2025-11-30 12:00 UTC
constexpr qint64 dayMs = 24 * 3600'000LL;

// A month of a chain's queue: every type, six locations (one online), a third still waiting
// for a first response, the rest acknowledged, assigned, resolved or dismissed.
void makeQueue(replica::ReplicaDatabase &db, int count, quint32 seed)
{
    using domain::DiscrepancyEventKind;
    std::mt19937 random(seed);
    const auto below = [&random](int n) {
        return int(random() % quint32(n));
    };
    const QStringList locations{QStringLiteral("S01"), QStringLiteral("S02"),
                                QStringLiteral("S03"), QStringLiteral("S04"),
                                QStringLiteral("W01"), QStringLiteral("WEB")};
    const QStringList people{QStringLiteral("store_manager"), QStringLiteral("ecommerce"),
                             QStringLiteral("luis"), QStringLiteral("ana")};
    const QList<domain::DiscrepancyType> &types = domain::allDiscrepancyTypes();
    replica::DiscrepancyLog log(db.connection());
    QString error;
    if (!db.connection().transaction())
        fail(QStringLiteral("cannot begin the set-up transaction"));
    for (int i = 0; i < count; ++i) {
        domain::DiscrepancyEvent created;
        created.id = QUuid::createUuidV5(QUuid(), QStringLiteral("queue-%1").arg(i));
        created.discrepancy = created.id;
        created.kind = DiscrepancyEventKind::Created;
        created.type = types.at(below(int(types.size())));
        created.location = locations.at(below(int(locations.size())));
        created.sku = QStringLiteral("SKU-%1").arg(below(20000), 5, 10, QLatin1Char('0'));
        created.expected = below(40);
        created.actual = created.expected + below(11) - 6;
        created.valueCents = (created.actual - created.expected) * (100 + below(20000));
        created.reference = QStringLiteral("bench");
        created.atMs = nowMs - qint64(random() % quint32(30 * dayMs / 1000)) * 1000;
        created.user = QStringLiteral("bench");
        created.device = QStringLiteral("bench-1");
        if (!log.append(created, false, &error))
            fail(error);
        const auto follow = [&](DiscrepancyEventKind kind, qint64 afterMs) {
            domain::DiscrepancyEvent e;
            e.id = QUuid::createUuidV5(created.id, QString::number(int(kind)));
            e.discrepancy = created.id;
            e.kind = kind;
            e.atMs = created.atMs + afterMs;
            e.user = people.at(below(int(people.size())));
            e.device = QStringLiteral("bench-2");
            e.location = created.location;
            if (kind == DiscrepancyEventKind::Assigned)
                e.assignee = e.user;
            if (kind == DiscrepancyEventKind::Resolved)
                e.action = domain::ResolutionAction::AcceptSystem;
            if (kind == DiscrepancyEventKind::Dismissed)
                e.text = QStringLiteral("duplicate");
            if (!log.append(e, false, &error))
                fail(error);
        };
        const int fate = below(10);
        if (fate >= 3)
            follow(DiscrepancyEventKind::Acknowledged, 10 * 60'000 + below(7200) * 1000LL);
        if (fate >= 5)
            follow(DiscrepancyEventKind::Assigned, 3 * 3600'000LL);
        if (fate == 8)
            follow(DiscrepancyEventKind::Resolved, dayMs);
        if (fate == 9)
            follow(DiscrepancyEventKind::Dismissed, dayMs);
    }
    if (!db.connection().commit())
        fail(QStringLiteral("cannot commit the set-up transaction"));
}

struct Opening
{
    qint64 listNs = 0;
    qint64 resetNs = 0;
    qint64 proxyNs = 0;
    int rows = 0;
    int shown = 0;

    qint64 totalNs() const { return listNs + resetNs + proxyNs; }
};

// What DiscrepanciesPage::reload() does, on a page whose proxy is set up as the page sets it:
// not closed, most severe first, online first for ecommerce staff.
Opening openQueue(replica::DiscrepancyService &queue, const QSet<QString> &online)
{
    item::DiscrepancyTableModel model;
    item::DiscrepancyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setOnlineLocations(online);
    proxy.setEcommerceFirst(true);
    proxy.sort(item::DiscrepancyTableModel::PriorityColumn, Qt::DescendingOrder);

    Opening o;
    QElapsedTimer timer;
    timer.start();
    QList<domain::DiscrepancyState> rows = queue.list();
    o.listNs = timer.nsecsElapsed();
    timer.restart();
    model.setData(std::move(rows), queue.now());
    o.resetNs = timer.nsecsElapsed();
    timer.restart();
    // The proxy filters and sorts inside the reset; this asks for what a view shows first.
    o.shown = proxy.rowCount();
    proxy.index(0, 0).data();
    o.proxyNs = timer.nsecsElapsed();
    o.rows = model.rowCount();
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockroom-bench-queue"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times opening the discrepancy queue: list, model reset, filter and sort (target <= "
        "200 ms at 10,000 discrepancies)."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("discrepancies"),
                                         QStringLiteral("How many (default 10000)."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Openings timed (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({countOption, runsOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (count <= 0)
        fail(QStringLiteral("--discrepancies must be positive"));

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder"));
    replica::OpenError openError;
    auto db
        = replica::ReplicaDatabase::open(dir.filePath(QStringLiteral("queue.sqlite")), &openError);
    if (!db)
        fail(openError.message);
    replica::InventoryService inventory(*db, {QStringLiteral("bench"), QStringLiteral("bench-1")},
                                        [] { return nowMs; });
    QString error;
    for (const auto &[code, kind] :
         {std::pair{QStringLiteral("S01"), domain::Location::Kind::Store},
          std::pair{QStringLiteral("S02"), domain::Location::Kind::Store},
          std::pair{QStringLiteral("S03"), domain::Location::Kind::Store},
          std::pair{QStringLiteral("S04"), domain::Location::Kind::Store},
          std::pair{QStringLiteral("W01"), domain::Location::Kind::Warehouse},
          std::pair{QStringLiteral("WEB"), domain::Location::Kind::Online}}) {
        if (!inventory.addLocation({code, code, kind}, true, &error))
            fail(error);
    }
    QElapsedTimer setUp;
    setUp.start();
    makeQueue(*db, count, 6);
    const qint64 setUpNs = setUp.nsecsElapsed();

    replica::DiscrepancyService queue(inventory);
    QSet<QString> online;
    for (const domain::Location &location : inventory.locations()) {
        if (location.kind == domain::Location::Kind::Online)
            online.insert(location.code);
    }
    QList<Opening> openings;
    for (int run = 0; run < runs; ++run)
        openings.append(openQueue(queue, online));
    if (openings.constFirst().rows != count)
        fail(QStringLiteral("listed %1 of %2 discrepancies")
                 .arg(openings.constFirst().rows)
                 .arg(count));
    const Opening first = openings.constFirst();
    std::sort(openings.begin(), openings.end(),
              [](const Opening &a, const Opening &b) { return a.totalNs() < b.totalNs(); });
    const Opening median = openings.at(openings.size() / 2);

    constexpr double targetMs = 200;
    const double value = ms(median.totalNs());
    out() << "figure=queue_open_" << count << " value=" << QString::number(value, 'f', 1)
          << " unit=ms target=<=" << targetMs
          << " ratio=" << QString::number(value / targetMs, 'f', 2)
          << " met=" << (value <= targetMs ? "yes" : "NO") << Qt::endl;
    out() << "queue_open_first_ms=" << QString::number(ms(first.totalNs()), 'f', 1)
          << " median_list_ms=" << QString::number(ms(median.listNs), 'f', 1)
          << " median_reset_filter_sort_ms=" << QString::number(ms(median.resetNs), 'f', 1)
          << " median_first_rows_ms=" << QString::number(ms(median.proxyNs), 'f', 1)
          << " shown=" << median.shown << " runs=" << runs
          << " setup_ms=" << QString::number(ms(setUpNs), 'f', 0) << Qt::endl;
    return 0;
}
