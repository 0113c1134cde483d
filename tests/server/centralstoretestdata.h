#pragma once

#include "centralstore.h"
#include "ledgerfold.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

/** Locations, products, principals and movements the central store tests push around. */
namespace centraltest {

using namespace stockroom;

constexpr qint64 t0 = 1760000000000; // some day in 2025, UTC milliseconds

inline server::Principal admin()
{
    return {QStringLiteral("root"), QStringLiteral("admin"), {}, 0};
}

inline server::Principal manager(const QStringList &locations)
{
    return {QStringLiteral("anna"), QStringLiteral("store_manager"), locations, 0};
}

inline QStringList locationCodes()
{
    return {QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("WEB"),
            QStringLiteral("WH")};
}

inline QString sku(int i)
{
    return QStringLiteral("SKU-%1").arg(i, 4, 10, QLatin1Char('0'));
}

inline QList<domain::Product> products(int count)
{
    QList<domain::Product> list;
    for (int i = 0; i < count; ++i) {
        domain::Product p;
        p.sku = sku(i);
        p.name = QStringLiteral("Product %1").arg(i);
        p.category = i % 2 ? QStringLiteral("shoes") : QStringLiteral("balls");
        p.barcodes = {QStringLiteral("BC-%1").arg(i)};
        p.unitCostCents = 100 + i;
        p.priceCents = 250 + i;
        list.append(p);
    }
    return list;
}

/** Four locations (two stores, the web shop, the warehouse) and productCount products. */
inline bool seed(server::CentralStore &store, QString *error, int productCount = 20)
{
    return store.upsertLocations(
               {{QStringLiteral("S1"), QStringLiteral("Store 1"), domain::Location::Kind::Store},
                {QStringLiteral("S2"), QStringLiteral("Store 2"), domain::Location::Kind::Store},
                {QStringLiteral("WEB"), QStringLiteral("Web shop"), domain::Location::Kind::Online},
                {QStringLiteral("WH"), QStringLiteral("Warehouse"),
                 domain::Location::Kind::Warehouse}},
               error)
           && store.upsertProducts(products(productCount), error);
}

inline domain::Movement movement(const QString &location, const QString &sku,
                                 domain::MovementKind kind, qint64 quantity, qint64 occurredAtMs)
{
    domain::Movement m;
    m.id = QUuid::createUuid();
    m.location = location;
    m.sku = sku;
    m.kind = kind;
    m.quantity = quantity;
    m.occurredAtMs = occurredAtMs;
    m.user = QStringLiteral("tester");
    m.device = QStringLiteral("test-device");
    if (kind == domain::MovementKind::Adjustment)
        m.reasonCode = QStringLiteral("damaged");
    return m;
}

/**
 * Valid movements of every kind at random positions, dated at random within a day, so counts
 * and deltas arrive out of order.
 */
inline QList<domain::Movement> randomMovements(QRandomGenerator &random, int count,
                                               int skuCount = 20)
{
    const QStringList codes = locationCodes();
    const QList<domain::MovementKind> &kinds = domain::allMovementKinds();
    QList<domain::Movement> list;
    for (int i = 0; i < count; ++i) {
        const auto kind = kinds.at(random.bounded(int(kinds.size())));
        qint64 quantity = 1 + random.bounded(9);
        if (kind == domain::MovementKind::Count)
            quantity = random.bounded(50);
        if (kind == domain::MovementKind::Adjustment && random.bounded(2))
            quantity = -quantity;
        list.append(movement(codes.at(random.bounded(int(codes.size()))),
                             sku(random.bounded(skuCount)), kind, quantity,
                             t0 + random.bounded(86400000)));
    }
    return list;
}

/**
 * What a chain's day looks like: mostly sales and receipts, some web orders, transfers and
 * adjustments, few counts; dated in order, so it rarely drives stock negative after opening
 * counts of 50.
 */
inline QList<domain::Movement> retailMovements(QRandomGenerator &random, int count, int skuCount,
                                               qint64 *clock)
{
    using Kind = domain::MovementKind;
    const QStringList codes = locationCodes();
    QList<domain::Movement> list;
    for (int i = 0; i < count; ++i) {
        const int dice = random.bounded(100);
        const Kind kind = dice < 55   ? Kind::Sale
                          : dice < 75 ? Kind::Receipt
                          : dice < 81 ? Kind::Reserve
                          : dice < 85 ? Kind::Fulfil
                          : dice < 87 ? Kind::Release
                          : dice < 91 ? Kind::TransferOut
                          : dice < 95 ? Kind::TransferIn
                          : dice < 97 ? Kind::Return
                          : dice < 99 ? Kind::Adjustment
                                      : Kind::Count;
        const qint64 quantity = kind == Kind::Count     ? 40 + random.bounded(20)
                                : kind == Kind::Receipt ? 1 + random.bounded(6)
                                                        : 1 + random.bounded(2);
        *clock += 1 + random.bounded(20);
        list.append(movement(codes.at(random.bounded(int(codes.size()))),
                             sku(random.bounded(skuCount)), kind, quantity, *clock));
    }
    return list;
}

using Position = std::pair<QString, QString>;

/** The fold of each position's movements, as DESIGN.md §3 defines stock. */
inline QHash<Position, domain::StockPosition> foldByPosition(const QList<domain::Movement> &ledger)
{
    QHash<Position, QList<domain::Movement>> byPosition;
    for (const domain::Movement &m : ledger)
        byPosition[{m.location, m.sku}].append(m);
    QHash<Position, domain::StockPosition> folded;
    for (auto it = byPosition.cbegin(); it != byPosition.cend(); ++it) {
        domain::StockPosition position{it.key().first, it.key().second,
                                       domain::foldLedger(it.value()), std::nullopt};
        const domain::Movement *latestCount = nullptr;
        for (const domain::Movement &m : it.value()) {
            if (m.kind == domain::MovementKind::Count
                && (!latestCount || domain::isLaterInLedger(m, *latestCount)))
                latestCount = &m;
        }
        if (latestCount)
            position.lastCountedAtMs = latestCount->occurredAtMs;
        folded.insert(it.key(), position);
    }
    return folded;
}

/** The movements of a snapshot page as they were sent; false with the reason when one is not. */
inline bool decodeSnapshotMovements(const QList<QByteArray> &sent, QList<domain::Movement> *out,
                                    QString *error)
{
    for (const QByteArray &json : sent) {
        protocol::DecodeError decodeError;
        auto movement = protocol::decodeMovementJson(json, &decodeError);
        if (!movement) {
            *error = QStringLiteral("snapshot movement %1: %2")
                         .arg(QString::fromUtf8(json), decodeError.toString());
            return false;
        }
        out->append(std::move(*movement));
    }
    return true;
}

/** Every snapshot page as of a seq, concatenated; false when a page fails. */
inline bool allSnapshotPages(server::CentralStore &store, qint64 asOfSeq, int limit,
                             const server::Principal &principal,
                             QList<domain::StockPosition> *levels,
                             QList<domain::Movement> *movements, int *pages, QString *error)
{
    QString after;
    *pages = 0;
    do {
        QList<domain::StockPosition> pageLevels;
        QList<QByteArray> pageMovements;
        QString next;
        if (!store.snapshot(asOfSeq, after, limit, principal, &pageLevels, &pageMovements, &next,
                            error))
            return false;
        if (pageLevels.size() > limit || (!next.isEmpty() && pageLevels.size() != limit)) {
            *error = QStringLiteral("page %1 has %2 positions").arg(*pages).arg(pageLevels.size());
            return false;
        }
        levels->append(pageLevels);
        if (!decodeSnapshotMovements(pageMovements, movements, error))
            return false;
        after = next;
        ++*pages;
    } while (!after.isEmpty() && *pages < 100000);
    return true;
}

/** Every change of the feed a principal may see, page by page. */
inline QList<protocol::FeedChange> wholeFeed(server::CentralStore &store,
                                             const server::Principal &principal)
{
    QList<protocol::FeedChange> all;
    qint64 after = 0;
    for (;;) {
        const auto page = store.feed(after, 1000, principal);
        if (page.isEmpty())
            return all;
        all.append(page);
        after = page.constLast().seq;
    }
}

inline QList<protocol::FeedChange> discrepanciesIn(const QList<protocol::FeedChange> &feed)
{
    QList<protocol::FeedChange> found;
    for (const protocol::FeedChange &change : feed) {
        if (change.kind == QLatin1String("discrepancy"))
            found.append(change);
    }
    return found;
}

} // namespace centraltest
