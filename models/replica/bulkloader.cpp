#include "bulkloader.h"

#include "kpidemoseed.h"
#include "ledgerfold.h"
#include "replicadatabase.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <array>
#include <span>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::BulkLoader", text);
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3 *db, const QByteArray &sql, QString *error)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = tr("The replica refused the demo chain: %1").arg(sqliteError(db));
    return false;
}

qint64 queryInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

// The secondary indexes of the tables a load fills, as (name, CREATE statement) pairs.
QList<std::pair<QByteArray, QByteArray>> secondaryIndexes(sqlite3 *db)
{
    QList<std::pair<QByteArray, QByteArray>> indexes;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
                           " AND sql IS NOT NULL AND tbl_name IN ('movements', 'levels')"
                           " ORDER BY name",
                           -1, &stmt, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            indexes.append(std::pair(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)))));
        }
    }
    sqlite3_finalize(stmt);
    return indexes;
}

/** A prepared statement, reused for every row and finalized at the end of its scope. */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_ok = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
               == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }

    // The bytes must stay alive until run(): SQLite does not copy them.
    void bind(int column, const char *utf8, qsizetype size)
    {
        sqlite3_bind_text(m_stmt, column, utf8, int(size), SQLITE_STATIC);
    }
    void bind(int column, const QByteArray &utf8) { bind(column, utf8.constData(), utf8.size()); }
    void bind(int column, qint64 value) { sqlite3_bind_int64(m_stmt, column, value); }
    void bindNull(int column) { sqlite3_bind_null(m_stmt, column); }

    bool run(QString *error)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE)
            return true;
        *error = tr("The replica refused the demo chain: %1").arg(sqliteError(m_db));
        return false;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

/** UTF-8 copies of the few strings that repeat on millions of rows (codes, users, devices). */
class Utf8Cache
{
public:
    // By value: a later insertion may move the hash's entries, and a copy only shares data.
    QByteArray operator()(const QString &text)
    {
        auto it = m_cache.constFind(text);
        if (it == m_cache.cend())
            it = m_cache.insert(text, text.toUtf8());
        return *it;
    }

private:
    QHash<QString, QByteArray> m_cache;
};

/** Switches a connection to bulk-load settings and back to the durable ones. */
class BulkSettings
{
public:
    explicit BulkSettings(sqlite3 *db)
        : m_db(db)
        , m_previousCache(queryInt(db, "PRAGMA cache_size"))
    {
        exec(db, "PRAGMA synchronous = NORMAL", nullptr);
        const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(BulkLoader::cacheKiB);
        exec(db, cache, nullptr);
    }
    ~BulkSettings()
    {
        exec(m_db, "PRAGMA synchronous = FULL", nullptr);
        const QByteArray cache = "PRAGMA cache_size = " + QByteArray::number(m_previousCache);
        exec(m_db, cache, nullptr);
    }
    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

private:
    sqlite3 *m_db;
    qint64 m_previousCache;
};

/** One load: the statements and caches that live as long as its transaction. */
class Load
{
public:
    explicit Load(sqlite3 *db)
        : m_db(db)
        , m_location(db, "INSERT INTO locations (code, name, kind, own) VALUES (?1, ?2, ?3, 1)"
                         " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                         " kind = excluded.kind, own = 1")
        , m_setting(db, "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        , m_product(db, "INSERT INTO products (sku, name, category, unit_cost_cents,"
                        " price_cents, bin, low_stock_threshold, active)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        , m_barcode(db, "INSERT INTO barcodes (barcode, sku) VALUES (?1, ?2)")
        // The demo is history: recorded when it occurred, and no server_seq because no
        // central IMS has numbered it.
        , m_movement(db, "INSERT INTO movements (id, location, sku, kind, quantity, occurred_at,"
                         " user_name, device, reason_code, reference, note, server_seq,"
                         " recorded_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL, ?6)")
        , m_level(db, "INSERT INTO levels (location, sku, on_hand, committed, last_count_at,"
                      " last_count_id, last_movement_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
    {
        for (domain::MovementKind kind : domain::allMovementKinds())
            m_kindNames[size_t(kind)] = domain::movementKindName(kind).toUtf8();
    }

    bool prepared(QString *error) const
    {
        for (const Statement *s :
             {&m_location, &m_setting, &m_product, &m_barcode, &m_movement, &m_level}) {
            if (!s->ok()) {
                *error = tr("The replica refused the demo chain: %1").arg(sqliteError(m_db));
                return false;
            }
        }
        return true;
    }

    bool writeLocations(const QList<domain::Location> &locations, QString *error)
    {
        QString home;
        for (const domain::Location &location : locations) {
            const QByteArray code = location.code.toUtf8();
            const QByteArray name = location.name.toUtf8();
            const QByteArray kind = domain::locationKindName(location.kind).toUtf8();
            m_location.bind(1, code);
            m_location.bind(2, name);
            m_location.bind(3, kind);
            if (!m_location.run(error))
                return false;
            if (home.isEmpty() && location.kind == domain::Location::Kind::Store)
                home = location.code;
        }
        if (home.isEmpty())
            return true;
        const QByteArray key = "home_location";
        const QByteArray value = home.toUtf8();
        m_setting.bind(1, key);
        m_setting.bind(2, value);
        return m_setting.run(error);
    }

    bool writeProducts(const QList<domain::Product> &products, QString *error)
    {
        for (const domain::Product &p : products) {
            if (const QString invalid = domain::validateProduct(p); !invalid.isEmpty()) {
                *error = invalid;
                return false;
            }
            const QByteArray sku = p.sku.toUtf8();
            const QByteArray name = p.name.toUtf8();
            const QByteArray category = m_utf8(p.category);
            const QByteArray bin = p.bin.toUtf8();
            m_product.bind(1, sku);
            m_product.bind(2, name);
            m_product.bind(3, category);
            m_product.bind(4, p.unitCostCents);
            m_product.bind(5, p.priceCents);
            m_product.bind(6, bin);
            m_product.bind(7, p.lowStockThreshold);
            m_product.bind(8, qint64(p.active ? 1 : 0));
            if (!m_product.run(error))
                return false;
            for (const QString &barcode : p.barcodes) {
                const QByteArray code = barcode.toUtf8();
                m_barcode.bind(1, code);
                m_barcode.bind(2, sku);
                if (!m_barcode.run(error))
                    return false;
            }
        }
        return true;
    }

    // Writes one product's movements, which arrive grouped by location, and the level of
    // each position folded exactly as LedgerWriter::refold stores it.
    bool writeMovements(const QList<domain::Movement> &movements, QString *error)
    {
        qsizetype first = 0;
        for (qsizetype i = 0; i < movements.size(); ++i) {
            const domain::Movement &m = movements[i];
            if (const QString invalid = domain::validateMovement(m); !invalid.isEmpty()) {
                *error = invalid;
                return false;
            }
            const sqlite::UuidText id(m.id);
            const QByteArray location = m_utf8(m.location);
            const QByteArray sku = m_utf8(m.sku);
            const QByteArray user = m_utf8(m.user);
            const QByteArray device = m_utf8(m.device);
            const QByteArray reason = m_utf8(m.reasonCode);
            const QByteArray reference = m.reference.toUtf8();
            const QByteArray note = m.note.toUtf8();
            m_movement.bind(1, id.text, qsizetype(sizeof id.text));
            m_movement.bind(2, location);
            m_movement.bind(3, sku);
            m_movement.bind(4, m_kindNames[size_t(m.kind)]);
            m_movement.bind(5, m.quantity);
            m_movement.bind(6, m.occurredAtMs);
            m_movement.bind(7, user);
            m_movement.bind(8, device);
            m_movement.bind(9, reason);
            m_movement.bind(10, reference);
            m_movement.bind(11, note);
            if (!m_movement.run(error))
                return false;
            const bool lastOfPosition = i + 1 == movements.size()
                                        || movements[i + 1].location != m.location
                                        || movements[i + 1].sku != m.sku;
            if (lastOfPosition) {
                if (!writeLevel(std::span(movements.constData() + first, size_t(i + 1 - first)),
                                error))
                    return false;
                first = i + 1;
            }
        }
        return true;
    }

private:
    bool writeLevel(std::span<const domain::Movement> ledger, QString *error)
    {
        const domain::StockLevel level = domain::foldLedger(ledger);
        const domain::Movement *latestCount = nullptr;
        qint64 lastMovementAt = ledger.front().occurredAtMs;
        for (const domain::Movement &m : ledger) {
            if (m.kind == domain::MovementKind::Count
                && (!latestCount || domain::isLaterInLedger(m, *latestCount)))
                latestCount = &m;
            lastMovementAt = std::max(lastMovementAt, m.occurredAtMs);
        }
        const QByteArray location = m_utf8(ledger.front().location);
        const QByteArray sku = m_utf8(ledger.front().sku);
        m_level.bind(1, location);
        m_level.bind(2, sku);
        m_level.bind(3, level.onHand);
        m_level.bind(4, level.committed);
        std::optional<sqlite::UuidText> countId;
        if (latestCount) {
            countId.emplace(latestCount->id);
            m_level.bind(5, latestCount->occurredAtMs);
            m_level.bind(6, countId->text, qsizetype(sizeof countId->text));
        } else {
            m_level.bindNull(5);
            m_level.bindNull(6);
        }
        m_level.bind(7, lastMovementAt);
        return m_level.run(error);
    }

    sqlite3 *m_db;
    Statement m_location;
    Statement m_setting;
    Statement m_product;
    Statement m_barcode;
    Statement m_movement;
    Statement m_level;
    std::array<QByteArray, 10> m_kindNames;
    Utf8Cache m_utf8;
};

} // namespace

BulkLoader::BulkLoader(ReplicaDatabase &db)
    : m_db(db)
{}

bool BulkLoader::load(const domain::DemoChain &chain, QString *error, const Progress &progress)
{
    sqlite3 *db = sqlite::handle(m_db.connection());
    if (!db) {
        *error = tr("The demo chain can only be loaded into a SQLite replica.");
        return false;
    }
    const qint64 used = queryInt(db, "SELECT EXISTS (SELECT 1 FROM products)"
                                     " OR EXISTS (SELECT 1 FROM movements)"
                                     " OR EXISTS (SELECT 1 FROM levels)");
    if (used != 0) {
        *error = used < 0 ? tr("Cannot read the replica: %1").arg(sqliteError(db))
                          : tr("The replica already holds products or movements; the demo chain "
                               "can only be loaded into an empty replica.");
        return false;
    }

    const BulkSettings settings(db);
    if (!exec(db, "BEGIN IMMEDIATE", error))
        return false;
    // Nothing goes to the outbox: the demo chain stands for history the central IMS already
    // holds, so there is nothing for this desktop to push.
    bool cancelled = false;
    const auto written = [&] {
        // Building the secondary indexes once at the end, from sorted keys, is faster than
        // keeping them up to date row by row. They are dropped inside the transaction, so a
        // failure or a cancel restores them with everything else.
        const auto indexes = secondaryIndexes(db);
        for (const auto &[name, sql] : indexes) {
            if (!exec(db, "DROP INDEX \"" + name + '"', error))
                return false;
        }
        Load load(db);
        if (!load.prepared(error) || !load.writeLocations(chain.locations(), error)
            || !load.writeProducts(chain.products(), error))
            return false;
        const qsizetype total = chain.products().size();
        qsizetype done = 0;
        int reported = -1;
        bool ok = true;
        chain.generateMovements([&](const domain::Product &, const QList<domain::Movement> &ms) {
            const int percent = int(done * 90 / total);
            if (progress && percent != reported) {
                reported = percent;
                if (!progress(percent)) {
                    cancelled = true;
                    return false;
                }
            }
            ++done;
            ok = load.writeMovements(ms, error);
            return ok;
        });
        if (!ok || cancelled)
            return false;
        // SQLite sizes its sort buffers after the page cache; a smaller cache while the
        // indexes are built keeps the two from adding up to twice the memory.
        exec(db, "PRAGMA cache_size = -" + QByteArray::number(BulkLoader::cacheKiB / 4), nullptr);
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            if (progress && !progress(int(90 + 10 * i / indexes.size()))) {
                cancelled = true;
                return false;
            }
            if (!exec(db, indexes[i].second, error))
                return false;
        }
        if (progress && !progress(100)) {
            cancelled = true;
            return false;
        }
        return true;
    }();
    if (!written || !exec(db, "COMMIT", error)) {
        exec(db, "ROLLBACK", nullptr);
        if (cancelled)
            *error = tr("Loading the demo chain was cancelled; the replica is unchanged.");
        return false;
    }
    // One transaction of this size leaves a WAL as big as the data; give the space back.
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr);
    return true;
}

bool seedDemoChain(ReplicaDatabase &db, domain::DemoScale scale, quint64 seed, QString *error,
                   const std::function<bool(int percent)> &progress)
{
    const domain::DemoChain chain(scale, seed);
    return BulkLoader(db).load(chain, error, progress) && seedDemoKpiData(db, chain, error);
}

} // namespace stockroom::replica
