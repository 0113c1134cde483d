#pragma once

#include "location.h"
#include "movement.h"
#include "product.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

namespace stockroom::domain {

/** The sizes of the demo chain: Small for the app's default replica, M for chain-M (DESIGN §7). */
enum class DemoScale { Small, M };

/** "small" or "M" (also "m"); nothing for any other name. */
std::optional<DemoScale> demoScaleFromName(QStringView name);
QString demoScaleName(DemoScale scale);

/** What a scale stands for; the generator produces exactly these numbers. */
struct DemoChainSize
{
    int stores = 0; ///< besides the warehouse W01 and the online channel WEB
    int products = 0;
    qint64 movements = 0; ///< opening counts included

    int locations() const { return stores + 2; }
};

DemoChainSize demoChainSize(DemoScale scale);

/**
 * A sports-equipment chain generated from a seed: stores, the warehouse W01, the web shop WEB,
 * a catalogue and a month of movements ending on 2026-11-30 23:59 UTC. The same seed always
 * gives the same data, movement UUIDs included, whatever the date. Movements are produced SKU
 * by SKU so that even chain-M (2,000,000 movements) never has to be held in memory.
 */
class DemoChain
{
public:
    /** Receives one product and its movements at every location; returns false to stop. */
    using MovementSink
        = std::function<bool(const Product &product, const QList<Movement> &movements)>;

    DemoChain(DemoScale scale, quint64 seed);

    DemoScale scale() const { return m_scale; }
    quint64 seed() const { return m_seed; }
    const DemoChainSize &size() const { return m_size; }

    /** Stores S01, S02 ..., then W01 and WEB: ascending by code. */
    const QList<Location> &locations() const { return m_locations; }
    /** The catalogue, ascending by SKU. */
    const QList<Product> &products() const { return m_products; }

    /** The first instant of the month (2026-11-01 00:00 UTC), in UTC milliseconds. */
    static qint64 periodStartMs();
    /** The reference date every movement precedes or equals (2026-11-30 23:59 UTC). */
    static qint64 periodEndMs();

    /**
     * The movements of products()[index] at every location: an opening count per location,
     * then the month's activity. Grouped by location in locations() order, oldest first.
     */
    QList<Movement> movementsOf(int productIndex) const;
    /** Calls sink with movementsOf() of every product in order; false when sink stopped it. */
    bool generateMovements(const MovementSink &sink) const;

private:
    void generateLocations();
    void generateProducts();
    void allocateMovements();

    DemoScale m_scale;
    quint64 m_seed;
    DemoChainSize m_size;
    QList<Location> m_locations;
    QList<int> m_storeWeights;
    QList<QStringList> m_users;   ///< per location: who works there
    QList<QStringList> m_devices; ///< per location: two tills (or terminals), then a handheld
    QList<Product> m_products;
    QList<int> m_popularity; ///< per product: relative sales rate
    QList<int> m_packSizes;  ///< per product: units per supplier carton
    QList<int> m_budgets;    ///< per product: movements after the opening counts
};

} // namespace stockroom::domain
