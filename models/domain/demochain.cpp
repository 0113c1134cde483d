#include "demochain.h"

#include "ean13.h"
#include "ledgerfold.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <span>

namespace stockroom::domain {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr int periodDays = 30;

// Each part of the chain draws from its own stream, and every product's movements from their
// own generator, so a product's ledger depends only on the seed and the product's position.
enum Stream : quint32 { LocationStream = 1, CatalogueStream = 2, MovementStream = 3 };

QRandomGenerator seeded(quint64 seed, Stream stream, quint32 index = 0)
{
    const quint32 words[] = {quint32(seed), quint32(seed >> 32), stream, index};
    return QRandomGenerator(words);
}

// A version-4 UUID made of the generator's bits, so that the same seed gives the same ids.
QUuid randomUuid(QRandomGenerator &rng)
{
    std::array<quint32, 4> w;
    rng.fillRange(w.data(), qsizetype(w.size()));
    const auto byte = [&](int i) {
        return uchar(w[2 + i / 4] >> (8 * (i % 4)));
    };
    return QUuid(w[0], ushort(w[1]), ushort(((w[1] >> 16) & 0x0fff) | 0x4000),
                 uchar((byte(0) & 0x3f) | 0x80), byte(1), byte(2), byte(3), byte(4), byte(5),
                 byte(6), byte(7));
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Size
{
    const char *label; ///< as in the product name; empty for one size
    const char *code;  ///< as in the SKU
};

constexpr Size oneSize[] = {{"", ""}};
constexpr Size shoeSizes[]
    = {{"EU 38", "38"}, {"EU 39", "39"}, {"EU 40", "40"}, {"EU 41", "41"}, {"EU 42", "42"},
       {"EU 43", "43"}, {"EU 44", "44"}, {"EU 45", "45"}, {"EU 46", "46"}};
constexpr Size apparelSizes[]
    = {{"XS", "XS"}, {"S", "S"}, {"M", "M"}, {"L", "L"}, {"XL", "XL"}, {"XXL", "XXL"}};
constexpr Size smallMediumLarge[] = {{"S", "S"}, {"M", "M"}, {"L", "L"}};
constexpr Size gloveSizes[] = {{"S", "S"}, {"M", "M"}, {"L", "L"}, {"XL", "XL"}};
constexpr Size sockSizes[] = {{"35-38", "3538"}, {"39-42", "3942"}, {"43-46", "4346"}};
constexpr Size footballSizes[] = {{"size 3", "3"}, {"size 4", "4"}, {"size 5", "5"}};
constexpr Size keeperSizes[]
    = {{"size 7", "7"}, {"size 8", "8"}, {"size 9", "9"}, {"size 10", "10"}, {"size 11", "11"}};
constexpr Size gripSizes[]
    = {{"grip L1", "L1"}, {"grip L2", "L2"}, {"grip L3", "L3"}, {"grip L4", "L4"}};
constexpr Size tubeSizes[]
    = {{"26 in", "26"}, {"27.5 in", "275"}, {"29 in", "29"}, {"700c", "700C"}};
constexpr Size swimsuitSizes[]
    = {{"34", "34"}, {"36", "36"}, {"38", "38"}, {"40", "40"}, {"42", "42"}, {"44", "44"}};
constexpr Size dumbbellSizes[]
    = {{"2 kg", "2KG"}, {"4 kg", "4KG"}, {"6 kg", "6KG"}, {"8 kg", "8KG"}, {"10 kg", "10KG"}};
constexpr Size kettlebellSizes[]
    = {{"8 kg", "8KG"}, {"12 kg", "12KG"}, {"16 kg", "16KG"}, {"20 kg", "20KG"}};
constexpr Size bandSizes[] = {{"light", "LT"}, {"medium", "MD"}, {"heavy", "HV"}};
constexpr Size basketballSizes[] = {{"size 5", "5"}, {"size 6", "6"}, {"size 7", "7"}};
constexpr Size handballSizes[] = {{"size 1", "1"}, {"size 2", "2"}, {"size 3", "3"}};

struct ItemType
{
    const char *noun;
    std::span<const Size> sizes;
    int costMin; ///< cents
    int costMax;
    int pack; ///< units per supplier carton
};

struct Category
{
    const char *name;
    const char *prefix;
    char aisle;
    int weight;
    std::span<const char *const> models;
    std::span<const ItemType> items;
};

constexpr const char *runningModels[]
    = {"Vaporflow", "Aerostride", "Cloudline", "Tempo", "Pacer", "Ridgeback"};
constexpr ItemType runningShoes[] = {{"road running shoe", shoeSizes, 3500, 7500, 6},
                                     {"trail running shoe", shoeSizes, 4000, 8000, 6},
                                     {"racing flat", shoeSizes, 5000, 9000, 4}};
constexpr const char *apparelModels[] = {"Swift", "Breeze", "Nightrun", "Stride", "Cadence"};
constexpr ItemType runningApparel[] = {{"running T-shirt", apparelSizes, 900, 1800, 12},
                                       {"running tights", apparelSizes, 1500, 3000, 10},
                                       {"running jacket", apparelSizes, 3000, 6000, 6},
                                       {"running socks (3 pairs)", sockSizes, 400, 800, 24}};
constexpr const char *footballModels[] = {"Striker", "Libero", "Derby", "Goalline", "Pitch Pro"};
constexpr ItemType football[] = {{"football boot", shoeSizes, 3000, 9000, 6},
                                 {"football", footballSizes, 900, 3500, 12},
                                 {"goalkeeper gloves", keeperSizes, 1200, 3500, 10},
                                 {"shin guards", smallMediumLarge, 600, 1500, 20}};
constexpr const char *tennisModels[] = {"Baseline", "Ace", "Volley", "Topspin", "Court Pro"};
constexpr ItemType tennis[] = {{"tennis racket", gripSizes, 4000, 11000, 4},
                               {"tennis balls (can of 4)", oneSize, 250, 450, 36},
                               {"tennis shoe", shoeSizes, 3500, 6000, 6},
                               {"tennis string set", oneSize, 600, 1200, 24}};
constexpr const char *cyclingModels[] = {"Velo", "Gravel", "Sprint", "Col", "Echappe"};
constexpr ItemType cycling[] = {{"cycling helmet", smallMediumLarge, 2500, 7000, 4},
                                {"cycling jersey", apparelSizes, 2000, 4000, 8},
                                {"bib shorts", apparelSizes, 2500, 5000, 8},
                                {"bike light set", oneSize, 1200, 3000, 12},
                                {"inner tube", tubeSizes, 250, 500, 30}};
constexpr const char *swimModels[] = {"Marlin", "Riptide", "Lagoon", "Aqua", "Lane"};
constexpr ItemType swimwear[] = {{"swimsuit", swimsuitSizes, 1200, 3000, 10},
                                 {"swim shorts", apparelSizes, 800, 1800, 12},
                                 {"swim goggles", oneSize, 500, 1500, 20},
                                 {"swim cap", oneSize, 200, 600, 30}};
constexpr const char *outdoorModels[] = {"Alpine", "Fjell", "Trailhead", "Summit", "Basecamp"};
constexpr ItemType outdoor[] = {{"hiking boot", shoeSizes, 5000, 10000, 4},
                                {"daypack 25 l", oneSize, 2000, 4500, 8},
                                {"softshell jacket", apparelSizes, 3500, 7000, 6},
                                {"trekking poles (pair)", oneSize, 2000, 5000, 8}};
constexpr const char *fitnessModels[] = {"Core", "Flex", "Power", "Zen", "Pulse"};
constexpr ItemType fitness[] = {{"yoga mat", oneSize, 800, 2500, 10},
                                {"dumbbell", dumbbellSizes, 500, 2500, 8},
                                {"resistance band", bandSizes, 600, 1500, 24},
                                {"training shoe", shoeSizes, 3000, 5500, 6},
                                {"kettlebell", kettlebellSizes, 1500, 4500, 4}};
constexpr const char *teamModels[] = {"Arena", "Rebound", "Spike", "Fastbreak", "Squad"};
constexpr ItemType teamSports[] = {{"basketball", basketballSizes, 1200, 3500, 12},
                                   {"volleyball", oneSize, 1000, 3000, 12},
                                   {"handball", handballSizes, 1000, 2800, 12},
                                   {"team jersey", apparelSizes, 1200, 2500, 12}};
constexpr const char *winterModels[] = {"Piste", "Powder", "Glacier", "Slalom", "Frost"};
constexpr ItemType winterSports[] = {{"ski goggles", oneSize, 2000, 6000, 6},
                                     {"ski helmet", smallMediumLarge, 3500, 8000, 4},
                                     {"ski gloves", gloveSizes, 1500, 4000, 10},
                                     {"thermal base layer", apparelSizes, 1500, 3500, 10}};

constexpr Category categories[] = {
    {"Running shoes", "RUN", 'A', 16, runningModels, runningShoes},
    {"Running apparel", "RAP", 'B', 12, apparelModels, runningApparel},
    {"Football", "FTB", 'C', 12, footballModels, football},
    {"Tennis", "TEN", 'D', 8, tennisModels, tennis},
    {"Cycling", "CYC", 'E', 9, cyclingModels, cycling},
    {"Swimwear", "SWM", 'F', 8, swimModels, swimwear},
    {"Outdoor", "OUT", 'G', 12, outdoorModels, outdoor},
    {"Fitness", "FIT", 'H', 10, fitnessModels, fitness},
    {"Team sports", "TMS", 'J', 7, teamModels, teamSports},
    {"Winter sports", "WIN", 'K', 6, winterModels, winterSports},
};

constexpr const char *brands[]
    = {"Kestrel", "Nordvik", "Altura", "Velox", "Corsa", "Ridgeway", "Tidewave", "Ironform"};
constexpr const char *colours[]
    = {"Black",       "White",       "Navy",         "Red",   "Royal blue", "Volt",
       "Grey/Orange", "Black/White", "Forest green", "Coral", "Teal",       "Sand"};

// Where the stores are, '|'-separated; the seed decides which get the first store codes.
constexpr char storeSites[]
    = "Berlin Friedrichstraße|Hamburg Mönckebergstraße|München Kaufingerstraße|"
      "Köln Schildergasse|Frankfurt Zeil|Stuttgart Königstraße|"
      "Düsseldorf Schadowstraße|Dortmund Westenhellweg|Essen Limbecker Straße|"
      "Leipzig Petersstraße|Bremen Obernstraße|Dresden Prager Straße|"
      "Hannover Georgstraße|Nürnberg Breite Gasse|Duisburg Königstraße|"
      "Bochum Kortumstraße|Wuppertal Poststraße|Bielefeld Bahnhofstraße|"
      "Bonn Sternstraße|Münster Ludgeristraße|Karlsruhe Kaiserstraße|Mannheim Planken|"
      "Augsburg Annastraße|Wiesbaden Kirchgasse|Freiburg Kaiser-Joseph-Straße|"
      "Mainz Ludwigsstraße|Kiel Holstenstraße|Rostock Kröpeliner Straße|"
      "Lübeck Breite Straße|Erfurt Anger|Regensburg Maximilianstraße|Ulm Hirschstraße|"
      "Heidelberg Hauptstraße|Würzburg Schönbornstraße|Potsdam Brandenburger Straße|"
      "Saarbrücken Bahnhofstraße|Berlin Schloßstraße|München Leopoldstraße|"
      "Wien Mariahilfer Straße|Graz Herrengasse|Salzburg Getreidegasse|"
      "Innsbruck Maria-Theresien-Straße|Zürich Bahnhofstrasse|Basel Freie Strasse|"
      "Bern Spitalgasse|Strasbourg Rue des Grandes Arcades|Lyon Rue de la République|"
      "Lille Rue Neuve|Paris Rue de Rivoli|Amsterdam Kalverstraat|Luxembourg Grand-Rue|"
      "Köln Hohe Straße";

constexpr const char *firstNames[]
    = {"anna",  "ben",   "clara",  "david", "elif", "felix", "greta", "hannah", "jonas", "lea",
       "lukas", "marie", "mehmet", "nina",  "paul", "sara",  "tim",   "yusuf",  "zoe",   "omar",
       "lina",  "emil",  "ida",    "noah",  "mia",  "leon",  "sofia", "finn",   "amira", "jan"};

// The kinds of event that make up a month, with how often each occurs; online orders and
// transfers write two movements each.
enum class Event { Sale, Return, OnlineOrder, Transfer, Receipt, Adjustment, Recount };

struct EventWeight
{
    Event event;
    int weight;
};

constexpr EventWeight eventWeights[]
    = {{Event::Sale, 50},   {Event::Return, 4},     {Event::OnlineOrder, 14}, {Event::Transfer, 14},
       {Event::Receipt, 4}, {Event::Adjustment, 5}, {Event::Recount, 6}};

int movementsOfEvent(Event event)
{
    return event == Event::OnlineOrder || event == Event::Transfer ? 2 : 1;
}

struct ReasonWeight
{
    const char *code;
    int weight;
    int sign; ///< 0: either way
};

constexpr ReasonWeight adjustmentReasons[]
    = {{"damaged", 35, -1},   {"theft", 20, -1}, {"found", 15, 1},
       {"correction", 15, 0}, {"sample", 8, -1}, {"write_off", 5, -1}};

// The index of one of count choices, each as likely as its weight (weightOf(index) >= 0).
template<typename Weight>
int pickWeighted(QRandomGenerator &rng, int count, Weight weightOf)
{
    qint64 total = 0;
    for (int i = 0; i < count; ++i)
        total += weightOf(i);
    qint64 ticket = rng.bounded(total);
    for (int i = 0; i < count; ++i) {
        ticket -= weightOf(i);
        if (ticket < 0)
            return i;
    }
    return count - 1;
}

/** What a product's month is made from, borrowed from the chain. */
struct ChainFacts
{
    const QList<Location> &locations;
    const QList<int> &storeWeights;
    const QList<QStringList> &users;
    const QList<QStringList> &devices;
};

/**
 * Plays one product's month through in time order, choosing where each event happens from
 * the stock it has simulated so far (sell where there is stock, transfer where it runs low).
 */
class LedgerSimulation
{
public:
    LedgerSimulation(const ChainFacts &chain, const Product &product, int productIndex,
                     int popularity, int pack, QRandomGenerator rng)
        : m_chain(chain)
        , m_product(product)
        , m_productIndex(productIndex)
        , m_popularity(popularity)
        , m_pack(pack)
        , m_rng(std::move(rng))
        , m_stores(int(chain.storeWeights.size()))
        , m_warehouse(m_stores)
        , m_web(m_stores + 1)
        , m_onHand(m_stores + 2, 0)
    {}

    QList<Movement> run(int budget)
    {
        openingCounts();
        QList<Event> events;
        for (int left = budget; left > 0;) {
            const int i = pickWeighted(m_rng, int(std::size(eventWeights)), [&](int e) {
                const EventWeight &w = eventWeights[e];
                return movementsOfEvent(w.event) <= left ? w.weight : 0;
            });
            events.append(eventWeights[i].event);
            left -= movementsOfEvent(events.constLast());
        }
        QList<qint64> times(events.size());
        for (qint64 &t : times)
            t = DemoChain::periodStartMs() + m_rng.bounded(periodDays) * dayMs + 8 * hourMs
                + m_rng.bounded(12 * hourMs);
        std::sort(times.begin(), times.end());
        for (qsizetype i = 0; i < events.size(); ++i)
            play(events[i], times[i]);
        return finish();
    }

private:
    struct Draft
    {
        int location = 0;
        int variance = 0; ///< of a recount: counted minus what the ledger says
        bool recount = false;
        Movement movement;
    };

    qint64 target(int location) const
    {
        if (location == m_warehouse)
            return 4 * m_pack;
        if (location == m_web)
            return 2 + m_popularity / 40;
        return 2 * m_product.lowStockThreshold + 1;
    }

    QString user(int location) { return randomOf(m_chain.users[location]); }
    QString till(int location) { return m_chain.devices[location][m_rng.bounded(2)]; }
    QString handheld(int location) { return m_chain.devices[location][2]; }
    QString randomOf(const QStringList &list) { return list[m_rng.bounded(int(list.size()))]; }

    QString reference(const char *prefix)
    {
        const qint64 number = qint64(m_productIndex) * 10000 + m_serial++;
        return QStringLiteral("%1-%2")
            .arg(QLatin1StringView(prefix))
            .arg(number, 9, 10, QLatin1Char('0'));
    }

    static qint64 clampToPeriod(qint64 t) { return std::min(t, DemoChain::periodEndMs()); }

    void add(int location, MovementKind kind, qint64 quantity, qint64 at, QString user,
             QString device, QString reference = {}, QString reason = {})
    {
        Draft draft;
        draft.location = location;
        Movement &m = draft.movement;
        m.id = randomUuid(m_rng);
        m.location = m_chain.locations[location].code;
        m.sku = m_product.sku;
        m.kind = kind;
        m.quantity = quantity;
        m.occurredAtMs = at;
        m.user = std::move(user);
        m.device = std::move(device);
        m.reasonCode = std::move(reason);
        m.reference = std::move(reference);
        m_onHand[location] += onHandDelta(m);
        if (location == m_web)
            m_webCommitted += committedDelta(m);
        m_drafts.append(std::move(draft));
    }

    void openingCounts()
    {
        for (int loc = 0; loc < int(m_onHand.size()); ++loc) {
            qint64 quantity = m_rng.bounded(2 * target(loc) + 1);
            if (loc == m_warehouse)
                quantity = m_pack * m_rng.bounded(2, 9);
            else if (m_rng.bounded(10) == 0)
                quantity = 0;
            const qint64 at
                = DemoChain::periodStartMs() + 5 * hourMs + m_rng.bounded(150 * minuteMs);
            add(loc, MovementKind::Count, quantity, at, m_chain.users[loc].constFirst(),
                handheld(loc), QStringLiteral("CNT-%1-OPENING").arg(m_chain.locations[loc].code));
            m_onHand[loc] = quantity;
        }
    }

    int pickStore(bool preferStocked)
    {
        return pickWeighted(m_rng, m_stores, [&](int store) {
            return qint64(m_chain.storeWeights[store])
                   * (preferStocked && m_onHand[store] > 0 ? 20 : 1);
        });
    }

    void play(Event event, qint64 at)
    {
        switch (event) {
        case Event::Sale:
            return sale(at);
        case Event::Return: {
            const int store = pickStore(false);
            return add(store, MovementKind::Return, 1, at, user(store), till(store),
                       reference("RMA"));
        }
        case Event::OnlineOrder:
            return onlineOrder(at);
        case Event::Transfer:
            return transfer(at);
        case Event::Receipt:
            return add(m_warehouse, MovementKind::Receipt, m_pack * m_rng.bounded(1, 4), at,
                       user(m_warehouse), handheld(m_warehouse), reference("PO"));
        case Event::Adjustment:
            return adjustment(at);
        case Event::Recount:
            return recount(at);
        }
    }

    void sale(qint64 at)
    {
        const int store = pickStore(true);
        qint64 quantity = m_rng.bounded(10) == 0 ? 2 : 1;
        if (m_onHand[store] > 0)
            quantity = std::min(quantity, m_onHand[store]);
        add(store, MovementKind::Sale, quantity, at, user(store), till(store));
    }

    void onlineOrder(qint64 at)
    {
        const qint64 quantity = m_rng.bounded(8) == 0 ? 2 : 1;
        if (m_onHand[m_web] - m_webCommitted < quantity)
            return transfer(at, m_web);
        const QString order = reference("WEB");
        const QString oms = m_chain.users[m_web].constFirst();
        add(m_web, MovementKind::Reserve, quantity, at, oms, till(m_web), order);
        const qint64 settled = at + hourMs + m_rng.bounded(29 * hourMs);
        if (settled > DemoChain::periodEndMs()) {
            // Still open at the end of the month: the web shop has orders to pick.
            return sale(at + minuteMs);
        }
        if (m_rng.bounded(100) < 85) {
            add(m_web, MovementKind::Fulfil, quantity, settled, user(m_web), handheld(m_web),
                order);
        } else {
            add(m_web, MovementKind::Release, quantity, settled, oms, till(m_web), order);
        }
    }

    // Replenishes the store or the web shop furthest below its target from the warehouse.
    void transfer(qint64 at, int destination = -1)
    {
        if (destination < 0) {
            // The stores, then the web shop (m_web == m_stores + 1 skips the warehouse).
            const int i = pickWeighted(m_rng, m_stores + 1, [&](int candidate) {
                const int location = candidate < m_stores ? candidate : m_web;
                const qint64 deficit = std::max<qint64>(0, target(location) - m_onHand[location]);
                return 1 + deficit * deficit;
            });
            destination = i < m_stores ? i : m_web;
        }
        if (m_onHand[m_warehouse] <= 0) {
            // Nothing to send: the supplier delivers first, and a customer buys meanwhile.
            add(m_warehouse, MovementKind::Receipt, m_pack * m_rng.bounded(2, 7), at,
                user(m_warehouse), handheld(m_warehouse), reference("PO"));
            return sale(at + minuteMs);
        }
        const qint64 wanted = std::max<qint64>(1, target(destination) - m_onHand[destination]);
        const qint64 quantity = std::min(wanted, m_onHand[m_warehouse]);
        const QString shipment = reference("TR");
        add(m_warehouse, MovementKind::TransferOut, quantity, at, user(m_warehouse),
            handheld(m_warehouse), shipment);
        add(destination, MovementKind::TransferIn, quantity,
            clampToPeriod(at + 2 * hourMs + m_rng.bounded(6 * hourMs)), user(destination),
            handheld(destination), shipment);
    }

    void adjustment(qint64 at)
    {
        const int location = m_rng.bounded(100) < 85 ? pickStore(true) : m_warehouse;
        const ReasonWeight &reason
            = adjustmentReasons[pickWeighted(m_rng, int(std::size(adjustmentReasons)),
                                             [](int r) { return adjustmentReasons[r].weight; })];
        const int sign = reason.sign != 0 ? reason.sign : (m_rng.bounded(2) == 0 ? -1 : 1);
        const qint64 quantity = m_rng.bounded(5) == 0 ? 2 : 1;
        add(location, MovementKind::Adjustment, sign * quantity, at, user(location),
            handheld(location), {}, QLatin1StringView(reason.code));
    }

    void recount(qint64 at)
    {
        const int roll = m_rng.bounded(10);
        const int location = roll < 8 ? pickStore(false) : roll == 8 ? m_warehouse : m_web;
        const int day = int((at - DemoChain::periodStartMs()) / dayMs) + 1;
        add(location, MovementKind::Count, 0, at, user(location), handheld(location),
            QStringLiteral("CNT-%1-202611%2")
                .arg(m_chain.locations[location].code)
                .arg(day, 2, 10, QLatin1Char('0')));
        const int varianceRoll = m_rng.bounded(20);
        Draft &draft = m_drafts.last();
        draft.recount = true;
        draft.variance = varianceRoll < 12   ? 0
                         : varianceRoll < 17 ? -1
                         : varianceRoll < 19 ? 1
                                             : -2;
        m_onHand[location] = std::max<qint64>(0, m_onHand[location] + draft.variance);
    }

    // Sorts by position and time, and sets each recount to what the ledger says at that
    // moment plus its small variance, so that a recount shows exactly the variance drawn.
    QList<Movement> finish()
    {
        std::sort(m_drafts.begin(), m_drafts.end(), [](const Draft &a, const Draft &b) {
            if (a.location != b.location)
                return a.location < b.location;
            return isLaterInLedger(b.movement, a.movement);
        });
        QList<Movement> movements;
        movements.reserve(m_drafts.size());
        qint64 running = 0;
        for (qsizetype i = 0; i < m_drafts.size(); ++i) {
            Draft &draft = m_drafts[i];
            Movement &m = draft.movement;
            if (i == 0 || m_drafts[i - 1].location != draft.location)
                running = 0;
            if (draft.recount)
                m.quantity = std::max<qint64>(0, running + draft.variance);
            running = m.kind == MovementKind::Count ? m.quantity : running + onHandDelta(m);
            movements.append(std::move(m));
        }
        return movements;
    }

    const ChainFacts &m_chain;
    const Product &m_product;
    int m_productIndex;
    int m_popularity;
    int m_pack;
    QRandomGenerator m_rng;
    int m_stores;
    int m_warehouse;
    int m_web;
    QList<qint64> m_onHand;
    qint64 m_webCommitted = 0;
    int m_serial = 0;
    QList<Draft> m_drafts;
};

} // namespace

std::optional<DemoScale> demoScaleFromName(QStringView name)
{
    if (name == QLatin1StringView("small"))
        return DemoScale::Small;
    if (name == QLatin1StringView("M") || name == QLatin1StringView("m"))
        return DemoScale::M;
    return std::nullopt;
}

QString demoScaleName(DemoScale scale)
{
    return scale == DemoScale::Small ? QStringLiteral("small") : QStringLiteral("M");
}

DemoChainSize demoChainSize(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return {5, 250, 8000};
    case DemoScale::M:
        return {48, 20000, 2000000};
    }
    Q_UNREACHABLE();
}

DemoChain::DemoChain(DemoScale scale, quint64 seed)
    : m_scale(scale)
    , m_seed(seed)
    , m_size(demoChainSize(scale))
{
    generateLocations();
    generateProducts();
    allocateMovements();
}

qint64 DemoChain::periodStartMs()
{
    static const qint64 start
        = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return start;
}

qint64 DemoChain::periodEndMs()
{
    return periodStartMs() + (periodDays - 1) * dayMs + 23 * hourMs + 59 * minuteMs;
}

void DemoChain::generateLocations()
{
    QRandomGenerator rng = seeded(m_seed, LocationStream);
    QStringList sites = str(storeSites).split(QLatin1Char('|'));
    for (qsizetype i = sites.size() - 1; i > 0; --i)
        sites.swapItemsAt(i, rng.bounded(int(i) + 1));
    Q_ASSERT(m_size.stores <= sites.size());

    const auto staff = [&](int count) {
        QStringList users;
        for (int i = 0; i < count; ++i) {
            users.append(QStringLiteral("%1.%2")
                             .arg(str(firstNames[rng.bounded(int(std::size(firstNames)))]))
                             .arg(QChar(u'a' + rng.bounded(26))));
        }
        return users;
    };
    const auto devices = [](const QString &code, const char *till) {
        return QStringList{code + QLatin1StringView(till) + QLatin1Char('1'),
                           code + QLatin1StringView(till) + QLatin1Char('2'),
                           code + QStringLiteral("-HH1")};
    };
    for (int i = 0; i < m_size.stores; ++i) {
        const QString code = QStringLiteral("S%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        m_locations.append({code, sites[i], Location::Kind::Store});
        m_storeWeights.append(rng.bounded(1, 6));
        m_users.append(staff(3));
        m_devices.append(devices(code, "-POS"));
    }
    m_locations.append({QStringLiteral("W01"), QStringLiteral("Central warehouse Kassel"),
                        Location::Kind::Warehouse});
    m_users.append(staff(3));
    m_devices.append(devices(QStringLiteral("W01"), "-RF"));
    m_locations.append({QStringLiteral("WEB"), QStringLiteral("Web shop"), Location::Kind::Online});
    m_users.append(
        {QStringLiteral("oms"), QStringLiteral("web.picker"), QStringLiteral("web.packer")});
    m_devices.append(devices(QStringLiteral("WEB"), "-OMS"));
}

void DemoChain::generateProducts()
{
    QRandomGenerator rng = seeded(m_seed, CatalogueStream);
    struct Entry
    {
        Product product;
        int popularity;
        int pack;
    };
    QList<Entry> entries;
    entries.reserve(m_size.products);
    QSet<QString> styles;
    // Item references run through a permutation of 0..99999 so that neighbouring products
    // get unrelated barcodes; the second barcode (a supplier's) uses another company prefix.
    constexpr int itemReferences = 100000;
    Q_ASSERT(m_size.products <= itemReferences);
    const qint64 primaryOffset = rng.bounded(itemReferences);
    const qint64 supplierOffset = rng.bounded(itemReferences);
    const auto barcode = [](const char *companyPrefix, qint64 itemReference) {
        const QString twelve = QLatin1StringView(companyPrefix)
                               + QStringLiteral("%1").arg(itemReference, 5, 10, QLatin1Char('0'));
        return twelve + QString::number(ean13CheckDigit(twelve));
    };

    for (int style = 0; entries.size() < m_size.products; ++style) {
        const Category &category = categories[pickWeighted(
            rng, int(std::size(categories)), [](int c) { return categories[c].weight; })];
        const ItemType &item = category.items[size_t(rng.bounded(int(category.items.size())))];
        QString styleName;
        for (int attempt = 0; attempt < 20 && (styleName.isEmpty() || styles.contains(styleName));
             ++attempt) {
            styleName
                = QStringLiteral("%1 %2 %3 %4, %5")
                      .arg(str(brands[rng.bounded(int(std::size(brands)))]),
                           str(category.models[size_t(rng.bounded(int(category.models.size())))]))
                      .arg(rng.bounded(1, 10))
                      .arg(str(item.noun), str(colours[rng.bounded(int(std::size(colours)))]));
        }
        styles.insert(styleName);

        const double u = rng.generateDouble();
        const int stylePopularity = 1 + int(300 * u * u * u);
        const int cost = rng.bounded(item.costMin / 10, item.costMax / 10 + 1) * 10;
        const int markup = rng.bounded(180, 251);
        const int price = (cost * markup / 100 + 99) / 100 * 100 - 1;
        const QString bin = QStringLiteral("%1-%2-%3")
                                .arg(QLatin1Char(category.aisle))
                                .arg(rng.bounded(1, 25), 2, 10, QLatin1Char('0'))
                                .arg(rng.bounded(1, 6));
        const QString styleCode
            = QStringLiteral("%1-%2").arg(str(category.prefix)).arg(10001 + style);
        const int sizes = int(item.sizes.size());
        for (int s = 0; s < sizes && entries.size() < m_size.products; ++s) {
            const Size &size = item.sizes[size_t(s)];
            Entry entry;
            Product &p = entry.product;
            p.sku = size.code[0] ? styleCode + QLatin1Char('-') + str(size.code) : styleCode;
            p.name = size.label[0] ? styleName + QStringLiteral(", ") + str(size.label) : styleName;
            p.category = str(category.name);
            const qint64 k = entries.size();
            p.barcodes.append(barcode("4069912", (k * 7919 + primaryOffset) % itemReferences));
            if (rng.bounded(100) < 8)
                p.barcodes.append(barcode("8712345", (k * 3617 + supplierOffset) % itemReferences));
            p.unitCostCents = cost;
            p.priceCents = price;
            p.bin = bin;
            // Middle sizes sell best: up to twice as often as the smallest and largest.
            const int distance = std::abs(2 * s - (sizes - 1));
            entry.popularity = std::max(1, stylePopularity * (2 * sizes - distance) / (sizes + 1)
                                               * category.weight / 10);
            p.lowStockThreshold = 1 + std::min(4, entry.popularity / 60);
            entry.pack = item.pack;
            entries.append(std::move(entry));
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.product.sku < b.product.sku; });
    for (Entry &entry : entries) {
        m_products.append(std::move(entry.product));
        m_popularity.append(entry.popularity);
        m_packSizes.append(entry.pack);
    }
}

// Shares the movements after the opening counts among the products by popularity so that the
// total is exact: product k gets floor(R * C(k) / W) - floor(R * C(k-1) / W) of the R.
void DemoChain::allocateMovements()
{
    const qint64 opening = qint64(m_size.locations()) * m_size.products;
    const qint64 rest = m_size.movements - opening;
    Q_ASSERT(rest >= 0);
    qint64 total = 0;
    for (int weight : std::as_const(m_popularity))
        total += weight;
    qint64 cumulative = 0;
    qint64 given = 0;
    for (int weight : std::as_const(m_popularity)) {
        cumulative += weight;
        const qint64 upTo = rest * cumulative / total;
        m_budgets.append(int(upTo - given));
        given = upTo;
    }
}

QList<Movement> DemoChain::movementsOf(int productIndex) const
{
    const ChainFacts facts{m_locations, m_storeWeights, m_users, m_devices};
    LedgerSimulation simulation(facts, m_products[productIndex], productIndex,
                                m_popularity[productIndex], m_packSizes[productIndex],
                                seeded(m_seed, MovementStream, quint32(productIndex)));
    return simulation.run(m_budgets[productIndex]);
}

bool DemoChain::generateMovements(const MovementSink &sink) const
{
    for (int i = 0; i < m_products.size(); ++i) {
        if (!sink(m_products[i], movementsOf(i)))
            return false;
    }
    return true;
}

} // namespace stockroom::domain
