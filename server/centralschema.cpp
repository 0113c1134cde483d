#include "centralschema.h"

#include "sqlstatement.h"
#include "sqltransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::CentralSchema", text);
}

// Written once for both dialects: {key} is the type of code and SKU columns, {seq_key} a
// 64-bit integer key (in SQLite the rowid itself, which saves an index), {without_rowid} the
// SQLite clause for tables keyed by text. A statement that begins with {postgresql} or
// {sqlite} runs on that dialect only. Released steps never change: add one.
CentralSchema::Migration version1()
{
    return {
        1,
        QStringLiteral("counters, locations, catalogue, users, tokens, changes, ledger, levels"),
        {
            QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO counters (name, value) VALUES ('catalogue_version', 0)"),
            QStringLiteral("CREATE TABLE locations ("
                           " code {key} PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('store', 'warehouse', 'online')))"),
            QStringLiteral("CREATE TABLE products ("
                           " sku {key} PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " category TEXT NOT NULL DEFAULT '',"
                           " unit_cost_cents BIGINT NOT NULL DEFAULT 0,"
                           " price_cents BIGINT NOT NULL DEFAULT 0,"
                           " bin TEXT NOT NULL DEFAULT '',"
                           " low_stock_threshold BIGINT NOT NULL DEFAULT 0,"
                           " active SMALLINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
            // A barcode names one product, as in the replica.
            QStringLiteral("CREATE TABLE barcodes ("
                           " barcode {key} PRIMARY KEY,"
                           " sku {key} NOT NULL REFERENCES products (sku) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX barcodes_by_sku ON barcodes (sku, position)"),
            QStringLiteral("CREATE TABLE users ("
                           " name {key} PRIMARY KEY,"
                           " role TEXT NOT NULL,"
                           " password_hash TEXT NOT NULL,"
                           " disabled SMALLINT NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE user_locations ("
                           " user_name {key} NOT NULL REFERENCES users (name) ON DELETE CASCADE,"
                           " location {key} NOT NULL REFERENCES locations (code),"
                           " PRIMARY KEY (user_name, location))"),
            // Only a token's SHA-256 is kept.
            QStringLiteral("CREATE TABLE tokens ("
                           " token_hash TEXT PRIMARY KEY,"
                           " user_name {key} NOT NULL REFERENCES users (name) ON DELETE CASCADE,"
                           " created_at BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL,"
                           " revoked_at BIGINT)"),
            QStringLiteral("CREATE INDEX tokens_by_user ON tokens (user_name)"),
            // The change feed: every accepted change (movement or discrepancy) in seq order,
            // its wire body as JSON text (without server_seq: the seq column is the truth).
            // A feed scoped to some locations walks the seq order and skips the others; an
            // index by location would cost every insert more than it saves those readers.
            QStringLiteral("CREATE TABLE changes ("
                           " seq {seq_key},"
                           " kind TEXT NOT NULL,"
                           " id TEXT NOT NULL UNIQUE,"
                           " location {key} NOT NULL,"
                           " body TEXT NOT NULL,"
                           " received_at BIGINT NOT NULL)"),
            // The ledger: the columns the fold needs, per position. Locations and SKUs are
            // checked by the push inside its serialised transaction; foreign keys would cost a
            // lookup per row on the hottest path.
            QStringLiteral("CREATE TABLE movements ("
                           " seq {seq_key},"
                           " id TEXT NOT NULL,"
                           " location {key} NOT NULL,"
                           " sku {key} NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " quantity BIGINT NOT NULL,"
                           " occurred_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX movements_by_position ON movements (location, sku, seq)"),
            // Folded levels, kept incrementally; the latest count and the newest movement tell
            // whether a new movement can be applied or the position must be refolded. first_seq
            // and last_seq let a snapshot use a row as is when nothing changed it since.
            QStringLiteral("CREATE TABLE levels ("
                           " location {key} NOT NULL,"
                           " sku {key} NOT NULL,"
                           " on_hand BIGINT NOT NULL,"
                           " committed BIGINT NOT NULL,"
                           " last_count_at BIGINT,"
                           " last_count_id TEXT,"
                           " last_movement_at BIGINT NOT NULL,"
                           " first_seq BIGINT NOT NULL,"
                           " last_seq BIGINT NOT NULL,"
                           " PRIMARY KEY (location, sku)){without_rowid}"),
        }};
}

// The ledger moves into the change feed: one insert per movement instead of two. PostgreSQL
// also gets 16-byte uuid change ids (a smaller idempotency index), bytewise token hashes, and
// room in each page of levels for updated rows (HOT updates need no new index entry).
CentralSchema::Migration version2()
{
    return {2,
            QStringLiteral("ledger columns in changes, uuid change ids, levels fill factor"),
            {
                QStringLiteral("ALTER TABLE changes ADD COLUMN sku {key}"),
                QStringLiteral("ALTER TABLE changes ADD COLUMN movement_kind TEXT"),
                QStringLiteral("ALTER TABLE changes ADD COLUMN quantity BIGINT"),
                QStringLiteral("ALTER TABLE changes ADD COLUMN occurred_at BIGINT"),
                QStringLiteral("UPDATE changes SET sku = m.sku, movement_kind = m.kind,"
                               " quantity = m.quantity, occurred_at = m.occurred_at"
                               " FROM movements m WHERE m.seq = changes.seq"),
                // The ledger of a position, for refolds and snapshots.
                QStringLiteral("CREATE INDEX changes_ledger ON changes (location, sku, seq)"
                               " WHERE kind = 'movement'"),
                QStringLiteral("DROP TABLE movements"),
                QStringLiteral("{postgresql}ALTER TABLE changes ALTER COLUMN id TYPE UUID"
                               " USING CAST(id AS UUID)"),
                QStringLiteral("{postgresql}ALTER TABLE tokens ALTER COLUMN token_hash"
                               " TYPE TEXT COLLATE \"C\""),
                QStringLiteral("{postgresql}ALTER TABLE levels SET (fillfactor = 70)"),
            }};
}

// SOPs (issue 7): every published version, kept as its Markdown file, and the acknowledgements
// by user for "who has read it". Versions, acknowledgements and training sessions are changes
// of the feed too (location '' : chain-wide), so they reach every desktop in seq order.
CentralSchema::Migration version3()
{
    return {3,
            QStringLiteral("SOP versions and acknowledgements"),
            {
                QStringLiteral("CREATE TABLE sop_versions ("
                               " sop_id {key} NOT NULL,"
                               " version INTEGER NOT NULL CHECK (version >= 1),"
                               " title TEXT NOT NULL,"
                               " roles TEXT NOT NULL,"
                               " file_name TEXT NOT NULL,"
                               " text TEXT NOT NULL,"
                               " published_at BIGINT NOT NULL,"
                               " published_by {key} NOT NULL,"
                               " seq BIGINT NOT NULL,"
                               " PRIMARY KEY (sop_id, version))"),
                QStringLiteral("CREATE TABLE sop_acknowledgements ("
                               " id {key} PRIMARY KEY,"
                               " sop_id {key} NOT NULL,"
                               " version INTEGER NOT NULL,"
                               " user_name {key} NOT NULL,"
                               " at BIGINT NOT NULL,"
                               " seq BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX sop_acknowledgements_by_version"
                               " ON sop_acknowledgements (sop_id, version, user_name)"),
            }};
}

// KPIs (issue 8): the web shop's funnel per day and channel and the customer survey responses
// that an ecommerce platform and a survey tool push (POST /api/v1/funnel, /api/v1/surveys).
CentralSchema::Migration version4()
{
    return {4,
            QStringLiteral("ecommerce funnel days and survey responses"),
            {
                QStringLiteral("CREATE TABLE funnel_days ("
                               " day TEXT NOT NULL,"
                               " channel {key} NOT NULL,"
                               " carts_created BIGINT NOT NULL CHECK (carts_created >= 0),"
                               " carts_abandoned BIGINT NOT NULL CHECK (carts_abandoned >= 0),"
                               " carts_abandoned_unavailable BIGINT NOT NULL"
                               "  CHECK (carts_abandoned_unavailable BETWEEN 0 AND carts_abandoned),"
                               " checkouts_started BIGINT NOT NULL CHECK (checkouts_started >= 0),"
                               " checkouts_completed BIGINT NOT NULL"
                               "  CHECK (checkouts_completed BETWEEN 0 AND checkouts_started),"
                               " PRIMARY KEY (day, channel))"),
                QStringLiteral("CREATE TABLE survey_responses ("
                               " id {key} PRIMARY KEY,"
                               " day TEXT NOT NULL,"
                               " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
                               " reason TEXT NOT NULL,"
                               " comment TEXT NOT NULL,"
                               " location {key} NOT NULL)"),
                QStringLiteral("CREATE INDEX survey_responses_by_day ON survey_responses (day)"),
            }};
}

// Chain changes (discrepancies, their events, SOP versions, acknowledgements, training
// sessions) are a few thousand among millions of movements; the first snapshot page and the KPIs
// read all of them. Without an index of their own each read scanned the whole feed (chain-M:
// 1.7 s for the first page of a bootstrap). Movements never touch a partial index that leaves
// them out, so a push pays nothing for it. Queries say `kind <> 'movement'` to use it.
CentralSchema::Migration version5()
{
    return {5,
            QStringLiteral("an index of the chain changes in seq order"),
            {
                QStringLiteral("CREATE INDEX changes_chain ON changes (seq)"
                               " WHERE kind <> 'movement'"),
            }};
}

QString forDialect(QString sql, SqlDialect dialect)
{
    sql.replace(QStringLiteral("{key}"), keyTextType(dialect));
    sql.replace(QStringLiteral("{seq_key}"), dialect == SqlDialect::Sqlite
                                                 ? QStringLiteral("INTEGER PRIMARY KEY")
                                                 : QStringLiteral("BIGINT PRIMARY KEY"));
    sql.replace(QStringLiteral("{without_rowid}"),
                dialect == SqlDialect::Sqlite ? QStringLiteral(" WITHOUT ROWID") : QString());
    const QLatin1StringView sqliteOnly("{sqlite}");
    const QLatin1StringView postgresqlOnly("{postgresql}");
    if (sql.startsWith(sqliteOnly))
        return dialect == SqlDialect::Sqlite ? sql.mid(sqliteOnly.size()) : QString();
    if (sql.startsWith(postgresqlOnly))
        return dialect == SqlDialect::Postgresql ? sql.mid(postgresqlOnly.size()) : QString();
    return sql;
}

const QList<CentralSchema::Migration> &definitions()
{
    static const QList<CentralSchema::Migration> steps{version1(), version2(), version3(),
                                                       version4(), version5()};
    return steps;
}

const QString createVersionTable = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)");

} // namespace

QList<CentralSchema::Migration> CentralSchema::migrations(SqlDialect dialect)
{
    QList<Migration> steps = definitions();
    for (Migration &step : steps) {
        QStringList statements;
        for (const QString &statement : std::as_const(step.statements)) {
            const QString sql = forDialect(statement, dialect);
            if (!sql.isEmpty())
                statements.append(sql);
        }
        step.statements = statements;
    }
    return steps;
}

int CentralSchema::latestVersion()
{
    return definitions().constLast().version;
}

int CentralSchema::currentVersion(const SqlConnection &connection, QString *error)
{
    const QSqlDatabase &db = connection.db;
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool CentralSchema::migrate(const SqlConnection &connection, QString *error, int targetVersion)
{
    const QSqlDatabase &db = connection.db;
    const SqlDialect dialect = connection.dialect;
    const QList<Migration> steps = migrations(dialect);
    if (targetVersion < 0)
        targetVersion = latestVersion();
    // One step per transaction; each transaction first rereads the version under the lock, so
    // a second process opening the same database meanwhile neither repeats nor skips a step.
    for (;;) {
        SqlTransaction transaction(connection);
        QString driverError;
        if (!transaction.begin(SqlTransaction::Mode::Write, &driverError)
            || (dialect == SqlDialect::Postgresql
                && (!SqlStatement::execText(db,
                                            QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                                                .arg(SqlTransaction::migrationLockKey),
                                            &driverError)
                    // "relation schema_version already exists, skipping" is no news.
                    || !SqlStatement::execText(
                        db, QStringLiteral("SET LOCAL client_min_messages TO warning"),
                        &driverError)))
            || !SqlStatement::execText(db, createVersionTable, &driverError)) {
            *error = tr("Cannot read the schema version: %1").arg(driverError);
            return false;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
            || !query.next()) {
            *error = tr("Cannot read the schema version: %1").arg(query.lastError().text());
            return false;
        }
        const int current = query.value(0).toInt();
        query.finish();
        if (current > latestVersion()) {
            *error = tr("The database has schema version %1, but this stockroomd knows versions "
                        "up to %2 only. It was written by a newer stockroomd; update this one.")
                         .arg(current)
                         .arg(latestVersion());
            return false;
        }
        if (current >= targetVersion)
            return transaction.commit(error);

        const Migration &step = steps.at(current);
        for (const QString &statement : step.statements) {
            if (!SqlStatement::execText(db, statement, &driverError)) {
                *error = tr("Migration %1 (%2) failed: %3")
                             .arg(step.version)
                             .arg(step.description, driverError);
                return false;
            }
        }
        SqlStatement record(db, QStringLiteral("INSERT INTO schema_version (version, description,"
                                               " applied_at) VALUES (?, ?, ?)"));
        if (!record.exec({step.version, step.description, QDateTime::currentMSecsSinceEpoch()},
                         &driverError)
            || !transaction.commit(&driverError)) {
            *error
                = tr("Migration %1 could not be committed: %2").arg(step.version).arg(driverError);
            return false;
        }
    }
}

} // namespace stockroom::server
