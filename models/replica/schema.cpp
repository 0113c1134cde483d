#include "schema.h"

namespace stockroom::replica {

namespace {

Migration version1()
{
    return {
        1,
        QStringLiteral("locations, catalogue, ledger, levels, outbox, settings"),
        {
            QStringLiteral("CREATE TABLE locations ("
                           " code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('store', 'warehouse', 'online')),"
                           " own INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)))"),
            QStringLiteral("CREATE TABLE products ("
                           " sku TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " category TEXT NOT NULL DEFAULT '',"
                           " unit_cost_cents INTEGER NOT NULL DEFAULT 0,"
                           " price_cents INTEGER NOT NULL DEFAULT 0,"
                           " bin TEXT NOT NULL DEFAULT '',"
                           " low_stock_threshold INTEGER NOT NULL DEFAULT 0,"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
            QStringLiteral("CREATE INDEX products_by_category ON products (category)"),
            QStringLiteral("CREATE TABLE barcodes ("
                           " barcode TEXT PRIMARY KEY,"
                           " sku TEXT NOT NULL REFERENCES products (sku) ON DELETE CASCADE)"),
            QStringLiteral("CREATE INDEX barcodes_by_sku ON barcodes (sku)"),
            // The ledger: immutable movements; own locations keep all of theirs.
            QStringLiteral("CREATE TABLE movements ("
                           " id TEXT PRIMARY KEY,"
                           " location TEXT NOT NULL REFERENCES locations (code),"
                           " sku TEXT NOT NULL REFERENCES products (sku),"
                           " kind TEXT NOT NULL,"
                           " quantity INTEGER NOT NULL,"
                           " occurred_at INTEGER NOT NULL,"
                           " user_name TEXT NOT NULL DEFAULT '',"
                           " device TEXT NOT NULL DEFAULT '',"
                           " reason_code TEXT NOT NULL DEFAULT '',"
                           " reference TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " server_seq INTEGER,"
                           " recorded_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX movements_by_position"
                           " ON movements (location, sku, occurred_at)"),
            QStringLiteral("CREATE INDEX movements_by_sku ON movements (sku, occurred_at)"),
            // Folded levels of every location; the latest count and the newest movement
            // let a new movement be applied incrementally or trigger a refold.
            QStringLiteral("CREATE TABLE levels ("
                           " location TEXT NOT NULL,"
                           " sku TEXT NOT NULL,"
                           " on_hand INTEGER NOT NULL DEFAULT 0,"
                           " committed INTEGER NOT NULL DEFAULT 0,"
                           " last_count_at INTEGER,"
                           " last_count_id TEXT,"
                           " last_movement_at INTEGER,"
                           " PRIMARY KEY (location, sku)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX levels_by_sku ON levels (sku)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " change_kind TEXT NOT NULL,"
                           " change_id TEXT NOT NULL UNIQUE,"
                           " payload TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        }};
}

// Sync with the central IMS: what central refused or reported comes back as a discrepancy
// (the full queue of DESIGN.md §3 builds on this table), and the outbox gets an index for
// the engine's in-order reads.
Migration version2()
{
    return {2,
            QStringLiteral("discrepancies from sync"),
            {
                QStringLiteral("CREATE TABLE discrepancies ("
                               " id TEXT PRIMARY KEY,"
                               " type TEXT NOT NULL,"
                               " location TEXT NOT NULL,"
                               " sku TEXT NOT NULL,"
                               " expected INTEGER NOT NULL DEFAULT 0,"
                               " actual INTEGER NOT NULL DEFAULT 0,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " source_change TEXT NOT NULL DEFAULT '',"
                               " payload TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " status TEXT NOT NULL DEFAULT 'open')"),
                QStringLiteral("CREATE INDEX discrepancies_by_status ON discrepancies (status, created_at)"),
                QStringLiteral("CREATE INDEX movements_by_server_seq ON movements (server_seq)"),
            }};
}

} // namespace

const QList<Migration> &replicaMigrations()
{
    static const QList<Migration> migrations{version1(), version2()};
    return migrations;
}

} // namespace stockroom::replica
