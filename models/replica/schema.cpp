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

// Count sessions (issue 6): every accepted scan is its own row, written durably the moment it
// is made; a session's lines are the fold of its scans in seq order (per count, 1, 2, 3 …: the
// order they were made, even within one millisecond). Review stores each line's variance
// against the ledger position at its counted_at and what was decided for it. round 2 marks a
// line's recount and the scans that make it up (the first round's scans stay, for the record);
// assumed marks an in-scope SKU nobody counted that the "assume zero" policy counts as 0.
Migration version3()
{
    return {3,
            QStringLiteral("count sessions, scans and reviewed lines"),
            {
                QStringLiteral("CREATE TABLE count_sessions ("
                               " id TEXT PRIMARY KEY,"
                               " location TEXT NOT NULL REFERENCES locations (code),"
                               " scope_kind TEXT NOT NULL,"
                               " scope_value TEXT NOT NULL DEFAULT '',"
                               " scope_skus TEXT NOT NULL DEFAULT '',"
                               " mode TEXT NOT NULL CHECK (mode IN ('blind', 'expected')),"
                               " state TEXT NOT NULL DEFAULT 'open'"
                               "  CHECK (state IN ('open', 'submitted', 'reviewed', 'posted')),"
                               " assignees TEXT NOT NULL DEFAULT '',"
                               " tolerance_units INTEGER NOT NULL DEFAULT 0,"
                               " tolerance_value_cents INTEGER NOT NULL DEFAULT 0,"
                               " uncounted TEXT NOT NULL DEFAULT 'unchanged'"
                               "  CHECK (uncounted IN ('unchanged', 'zero')),"
                               " created_at INTEGER NOT NULL,"
                               " created_by TEXT NOT NULL DEFAULT '',"
                               " device TEXT NOT NULL DEFAULT '',"
                               " submitted_at INTEGER,"
                               " reviewed_at INTEGER,"
                               " posted_at INTEGER)"),
                QStringLiteral("CREATE INDEX count_sessions_by_state ON count_sessions (state, created_at)"),
                // kind 'add' adds quantity (a scan, "12*" a multiple); 'set' replaces the line
                // (a manual correction). sku is NULL for a code nobody knows: kept for follow-up.
                QStringLiteral("CREATE TABLE count_scans ("
                               " id TEXT PRIMARY KEY,"
                               " count_id TEXT NOT NULL REFERENCES count_sessions (id),"
                               " seq INTEGER NOT NULL,"
                               " round INTEGER NOT NULL DEFAULT 1 CHECK (round IN (1, 2)),"
                               " sku TEXT REFERENCES products (sku),"
                               " code TEXT NOT NULL,"
                               " kind TEXT NOT NULL CHECK (kind IN ('add', 'set')),"
                               " quantity INTEGER NOT NULL,"
                               " scanned_at INTEGER NOT NULL,"
                               " user_name TEXT NOT NULL DEFAULT '',"
                               " device TEXT NOT NULL DEFAULT '',"
                               " UNIQUE (count_id, seq))"),
                QStringLiteral("CREATE INDEX count_scans_by_count ON count_scans (count_id, sku, seq)"),
                QStringLiteral("CREATE TABLE count_lines ("
                               " count_id TEXT NOT NULL REFERENCES count_sessions (id),"
                               " sku TEXT NOT NULL REFERENCES products (sku),"
                               " counted INTEGER NOT NULL,"
                               " counted_at INTEGER NOT NULL,"
                               " expected INTEGER NOT NULL,"
                               " variance_units INTEGER NOT NULL,"
                               " variance_value_cents INTEGER NOT NULL,"
                               " within_tolerance INTEGER NOT NULL CHECK (within_tolerance IN (0, 1)),"
                               " decision TEXT NOT NULL DEFAULT ''"
                               "  CHECK (decision IN ('', 'accept', 'recount', 'discrepancy')),"
                               " discrepancy_id TEXT,"
                               " round INTEGER NOT NULL DEFAULT 1 CHECK (round IN (1, 2)),"
                               " assumed INTEGER NOT NULL DEFAULT 0 CHECK (assumed IN (0, 1)),"
                               " PRIMARY KEY (count_id, sku)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX count_lines_by_sku ON count_lines (sku)"),
            }};
}

// The discrepancy queue of DESIGN.md §3 (issue 6): each discrepancy is the fold of an
// append-only event log (domain::foldDiscrepancy); the discrepancies table of version 2 becomes
// the folded view the queue reads, refreshed whenever an event of it is written. A created
// event's id is the discrepancy's own id, so two replicas that both learn of one discrepancy
// hold one created event. Existing rows become created events (and a dismissed one for those
// no longer open).
Migration version4()
{
    return {4,
            QStringLiteral("discrepancy event logs"),
            {
                QStringLiteral("CREATE TABLE discrepancy_events ("
                               " id TEXT PRIMARY KEY,"
                               " discrepancy_id TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " at INTEGER NOT NULL,"
                               " user_name TEXT NOT NULL DEFAULT '',"
                               " device TEXT NOT NULL DEFAULT '',"
                               " text TEXT NOT NULL DEFAULT '',"
                               " assignee TEXT NOT NULL DEFAULT '',"
                               " action TEXT NOT NULL DEFAULT '',"
                               " priority TEXT NOT NULL DEFAULT '',"
                               " type TEXT NOT NULL DEFAULT '',"
                               " location TEXT NOT NULL,"
                               " sku TEXT NOT NULL DEFAULT '',"
                               " expected INTEGER NOT NULL DEFAULT 0,"
                               " actual INTEGER NOT NULL DEFAULT 0,"
                               " value_cents INTEGER NOT NULL DEFAULT 0,"
                               " reference TEXT NOT NULL DEFAULT '',"
                               " server_seq INTEGER)"),
                QStringLiteral("CREATE INDEX discrepancy_events_by_discrepancy"
                               " ON discrepancy_events (discrepancy_id, at)"),
                QStringLiteral("INSERT INTO discrepancy_events (id, discrepancy_id, kind, at, text,"
                               " type, location, sku, expected, actual, reference)"
                               " SELECT id, id, 'created', created_at, reason, type, location, sku,"
                               " expected, actual, source_change FROM discrepancies"),
                QStringLiteral("INSERT INTO discrepancy_events (id, discrepancy_id, kind, at, text,"
                               " location)"
                               " SELECT lower(hex(randomblob(16))), id, 'dismissed', created_at,"
                               " 'closed before the event log', location FROM discrepancies"
                               " WHERE status <> 'open'"),
                QStringLiteral("ALTER TABLE discrepancies ADD COLUMN priority TEXT NOT NULL DEFAULT 'low'"),
                QStringLiteral("ALTER TABLE discrepancies ADD COLUMN assignee TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE discrepancies ADD COLUMN value_cents INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE discrepancies ADD COLUMN first_response_at INTEGER"),
                QStringLiteral("ALTER TABLE discrepancies ADD COLUMN closed_at INTEGER"),
                QStringLiteral("ALTER TABLE discrepancies ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE discrepancies SET updated_at = created_at,"
                               " status = CASE status WHEN 'open' THEN 'open' ELSE 'dismissed' END"),
                QStringLiteral("CREATE INDEX discrepancies_by_location ON discrepancies (location, status)"),
            }};
}

// SOPs (issue 7): every version of every procedure as central published it (or as a bundled
// or imported file brought it), immutable once stored; lists are JSON arrays. sop_search is the
// full-text index of the latest version of each SOP only, kept by the trigger so that whoever
// stores a version (an import, the sync feed) keeps the search right. Acknowledgements and
// training sessions are local changes that sync up (outbox kinds "sop_ack", "training_session");
// one user acknowledges one version once.
Migration version5()
{
    return {
        5,
        QStringLiteral("SOP versions, full-text search, acknowledgements, training sessions"),
        {
            QStringLiteral("CREATE TABLE sop_versions ("
                           " id TEXT NOT NULL,"
                           " version INTEGER NOT NULL CHECK (version >= 1),"
                           " title TEXT NOT NULL,"
                           " roles TEXT NOT NULL DEFAULT '[]',"
                           " tags TEXT NOT NULL DEFAULT '[]',"
                           " governs TEXT NOT NULL DEFAULT '[]',"
                           " body TEXT NOT NULL,"
                           " published_at INTEGER NOT NULL,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (id, version))"),
            QStringLiteral("CREATE VIRTUAL TABLE sop_search USING fts5("
                           " sop_id UNINDEXED, title, tags, body,"
                           " tokenize = 'porter unicode61')"),
            QStringLiteral("CREATE TRIGGER sop_versions_latest_searchable"
                           " AFTER INSERT ON sop_versions"
                           " WHEN NOT EXISTS (SELECT 1 FROM sop_versions"
                           "  WHERE id = NEW.id AND version > NEW.version)"
                           " BEGIN"
                           "  DELETE FROM sop_search WHERE sop_id = NEW.id;"
                           "  INSERT INTO sop_search (sop_id, title, tags, body)"
                           "   VALUES (NEW.id, NEW.title, NEW.tags, NEW.body);"
                           " END"),
            QStringLiteral("CREATE TABLE sop_acknowledgements ("
                           " id TEXT PRIMARY KEY,"
                           " sop_id TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " user_name TEXT NOT NULL,"
                           " device TEXT NOT NULL DEFAULT '',"
                           " at INTEGER NOT NULL,"
                           " server_seq INTEGER,"
                           " UNIQUE (sop_id, version, user_name),"
                           " FOREIGN KEY (sop_id, version) REFERENCES sop_versions (id, version))"),
            QStringLiteral("CREATE INDEX sop_acknowledgements_by_user"
                           " ON sop_acknowledgements (user_name, sop_id)"),
            QStringLiteral("CREATE TABLE training_sessions ("
                           " id TEXT PRIMARY KEY,"
                           " sop_id TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " trainer TEXT NOT NULL,"
                           " attendees TEXT NOT NULL,"
                           " at INTEGER NOT NULL,"
                           " outcome TEXT NOT NULL CHECK (outcome IN ('passed', 'needs_practice')),"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " server_seq INTEGER,"
                           " FOREIGN KEY (sop_id, version) REFERENCES sop_versions (id, version))"),
            QStringLiteral(
                "CREATE INDEX training_sessions_by_sop ON training_sessions (sop_id, at)"),
        }};
}

// KPI data from outside the ledger (issue 8): the ecommerce platform's funnel per day and
// channel, and customer survey responses. Both are replaced when the same day and channel, or
// the same response id, comes again (a corrected export, a retried push); the checks repeat
// domain::validateFunnelDay and validateSurveyResponse so no tool can store what they refuse.
Migration version6()
{
    return {
        6,
        QStringLiteral("ecommerce funnel days, customer survey responses"),
        {
            QStringLiteral("CREATE TABLE funnel_days ("
                           " day TEXT NOT NULL,"
                           " channel TEXT NOT NULL CHECK (channel <> ''),"
                           " carts_created INTEGER NOT NULL CHECK (carts_created >= 0),"
                           " carts_abandoned INTEGER NOT NULL CHECK (carts_abandoned >= 0),"
                           " carts_abandoned_unavailable INTEGER NOT NULL"
                           "  CHECK (carts_abandoned_unavailable BETWEEN 0 AND carts_abandoned),"
                           " checkouts_started INTEGER NOT NULL CHECK (checkouts_started >= 0),"
                           " checkouts_completed INTEGER NOT NULL"
                           "  CHECK (checkouts_completed BETWEEN 0 AND checkouts_started),"
                           " stored_at INTEGER NOT NULL,"
                           " PRIMARY KEY (day, channel)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE survey_responses ("
                           " id TEXT PRIMARY KEY,"
                           " day TEXT NOT NULL,"
                           " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " location TEXT NOT NULL DEFAULT '',"
                           " stored_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX survey_responses_by_day ON survey_responses (day, location)"),
        }};
}

// Durable records (issue 3 item 8): every index on movements is written by every record. No
// query of the replica reads movements by SKU alone or by server_seq (the SKU's history and
// availability read movements_by_position and levels_by_sku; acknowledgements update by id), so
// these two only cost each record a random leaf page more in the WAL and the checkpoint.
Migration version7()
{
    return {7,
            QStringLiteral("drop the movement indexes no query reads"),
            {
                QStringLiteral("DROP INDEX IF EXISTS movements_by_sku"),
                QStringLiteral("DROP INDEX IF EXISTS movements_by_server_seq"),
            }};
}

// Bootstrap (issue 5): a snapshot arrives in position order, so with the id as the table's
// primary key every page of it inserted its few thousand ids at random places of that index,
// and every page's commit wrote most of the index's leaves to the WAL again (gigabytes for
// chain-M). As an index of its own, the id's uniqueness can be set aside while a bootstrap
// writes and built once, from sorted keys, when it ends (BootstrapIndexes).
Migration version8()
{
    const QString columns = QStringLiteral(
        "id, location, sku, kind, quantity, occurred_at, user_name, device, reason_code,"
        " reference, note, server_seq, recorded_at");
    return {8,
            QStringLiteral("the movement id's uniqueness in an index of its own"),
            {
                QStringLiteral("CREATE TABLE movements_v8 ("
                               " id TEXT NOT NULL,"
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
                QStringLiteral("INSERT INTO movements_v8 (%1) SELECT %1 FROM movements"
                               " ORDER BY location, sku, occurred_at")
                    .arg(columns),
                QStringLiteral("DROP TABLE movements"),
                QStringLiteral("ALTER TABLE movements_v8 RENAME TO movements"),
                QStringLiteral("CREATE UNIQUE INDEX movements_by_id ON movements (id)"),
                QStringLiteral("CREATE INDEX movements_by_position"
                               " ON movements (location, sku, occurred_at)"),
            }};
}

} // namespace

const QList<Migration> &replicaMigrations()
{
    static const QList<Migration> migrations{version1(), version2(), version3(), version4(),
                                             version5(), version6(), version7(), version8()};
    return migrations;
}

} // namespace stockroom::replica
