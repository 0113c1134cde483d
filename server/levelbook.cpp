#include "levelbook.h"

#include "ledgerfold.h"

namespace stockroom::server {

namespace {

const QLatin1StringView text("text");
const QLatin1StringView bigint("bigint");

// The stored rows of a batch's positions. PostgreSQL reads them all in one statement joined to
// two text arrays, locations and SKUs (one round trip, nothing to parse); SQLite looks each
// position up with a prepared statement, which costs less than json_each's rendering and
// parsing of every key's object.
QString loadSql(SqlDialect dialect)
{
    const QString columns = QStringLiteral(
        "SELECT l.location, l.sku, l.on_hand, l.committed, l.last_count_at, l.last_count_id,"
        " l.last_movement_at, l.first_seq, l.last_seq FROM levels l");
    if (dialect == SqlDialect::Sqlite)
        return columns + QStringLiteral(" WHERE l.location = ? AND l.sku = ?");
    return columns
           + QStringLiteral(" JOIN unnest(CAST(? AS text[]), CAST(? AS text[])) AS r(location, sku)"
                            " ON l.location = r.location AND l.sku = r.sku");
}

} // namespace

LevelBook::LevelBook(const SqlConnection &connection)
    : m_connection(connection)
    , m_load(connection, loadSql(connection.dialect))
    , m_ledger(connection.db,
               QStringLiteral("SELECT id, movement_kind, quantity, occurred_at FROM changes"
                              " WHERE kind = 'movement' AND location = ? AND sku = ?"))
    , m_save(connection, QLatin1StringView("levels"),
             {{QLatin1StringView("location"), text},
              {QLatin1StringView("sku"), text},
              {QLatin1StringView("on_hand"), bigint},
              {QLatin1StringView("committed"), bigint},
              {QLatin1StringView("last_count_at"), bigint},
              {QLatin1StringView("last_count_id"), text},
              {QLatin1StringView("last_movement_at"), bigint},
              {QLatin1StringView("first_seq"), bigint},
              {QLatin1StringView("last_seq"), bigint}},
             QStringLiteral("ON CONFLICT (location, sku) DO UPDATE SET on_hand = excluded.on_hand,"
                            " committed = excluded.committed,"
                            " last_count_at = excluded.last_count_at,"
                            " last_count_id = excluded.last_count_id,"
                            " last_movement_at = excluded.last_movement_at,"
                            " last_seq = excluded.last_seq"))
{}

bool LevelBook::load(const QSet<Position> &positions, QString *error)
{
    m_rows.clear();
    m_changed.clear();
    m_batchMovements.clear();
    if (positions.isEmpty())
        return true;
    if (m_connection.dialect == SqlDialect::Sqlite) {
        for (const Position &position : positions) {
            if (!m_load.exec({position.first, position.second}, error))
                return false;
            readLoadedRows();
            if (!m_load.finish(error))
                return false;
        }
        return true;
    }
    QStringList locations;
    QStringList skus;
    locations.reserve(positions.size());
    skus.reserve(positions.size());
    for (const Position &position : positions) {
        locations.append(position.first);
        skus.append(position.second);
    }
    if (!m_load.exec({locations, skus}, error))
        return false;
    readLoadedRows();
    return m_load.finish(error);
}

void LevelBook::readLoadedRows()
{
    SqlRows &q = m_load;
    while (q.next()) {
        Row row;
        row.level = {q.integer(2), q.integer(3)};
        row.lastCountAtMs = q.isNull(4) ? std::nullopt : std::optional(q.integer(4));
        row.lastCountId = QUuid::fromString(q.text(5));
        row.lastMovementAtMs = q.integer(6);
        row.firstSeq = q.integer(7);
        row.lastSeq = q.integer(8);
        m_rows.insert({q.text(0), q.text(1)}, row);
    }
}

bool LevelBook::apply(const domain::Movement &m, qint64 seq, domain::StockLevel *before,
                      domain::StockLevel *after, QString *error)
{
    const Position position{m.location, m.sku};
    // A refold reads only what the ledger's rows hold: no copy of the movement's strings.
    domain::Movement entry;
    entry.id = m.id;
    entry.kind = m.kind;
    entry.quantity = m.quantity;
    entry.occurredAtMs = m.occurredAtMs;
    m_batchMovements[position].append(entry);
    m_changed.insert(position);
    auto it = m_rows.find(position);
    if (it == m_rows.end())
        it = m_rows.insert(position, Row{{}, std::nullopt, {}, std::nullopt, seq, seq});
    Row &row = it.value();
    *before = row.level;
    row.lastSeq = seq;

    if (m.kind == domain::MovementKind::Count) {
        domain::Movement latestCount;
        latestCount.id = row.lastCountId;
        latestCount.occurredAtMs = row.lastCountAtMs.value_or(0);
        if (row.lastCountAtMs && !domain::isLaterInLedger(m, latestCount)) {
            // An older count: on-hand still follows the latest one.
        } else if (!row.lastMovementAtMs || m.occurredAtMs >= *row.lastMovementAtMs) {
            // Nothing stored is dated after it, so on-hand is exactly the count.
            row.level.onHand = m.quantity;
            row.lastCountAtMs = m.occurredAtMs;
            row.lastCountId = m.id;
        } else if (!refold(position, &row, error)) {
            return false;
        }
    } else {
        row.level.committed += domain::committedDelta(m);
        if (!row.lastCountAtMs || m.occurredAtMs > *row.lastCountAtMs)
            row.level.onHand += domain::onHandDelta(m);
    }
    row.lastMovementAtMs = std::max(row.lastMovementAtMs.value_or(m.occurredAtMs), m.occurredAtMs);
    *after = row.level;
    return true;
}

bool LevelBook::refold(const Position &position, Row *row, QString *error)
{
    QList<domain::Movement> ledger = m_batchMovements.value(position);
    if (!m_ledger.exec({position.first, position.second}, error))
        return false;
    QSqlQuery &q = m_ledger.query();
    while (q.next()) {
        domain::Movement m;
        m.id = QUuid::fromString(q.value(0).toString());
        m.kind = domain::movementKindFromName(q.value(1).toString())
                     .value_or(domain::MovementKind::Receipt);
        m.quantity = q.value(2).toLongLong();
        m.occurredAtMs = q.value(3).toLongLong();
        ledger.append(m);
    }
    m_ledger.finish();
    row->level = domain::foldLedger(ledger);
    const domain::Movement *latestCount = nullptr;
    for (const domain::Movement &m : ledger) {
        if (m.kind == domain::MovementKind::Count
            && (!latestCount || domain::isLaterInLedger(m, *latestCount)))
            latestCount = &m;
    }
    row->lastCountAtMs = latestCount ? std::optional(latestCount->occurredAtMs) : std::nullopt;
    row->lastCountId = latestCount ? latestCount->id : QUuid();
    return true;
}

bool LevelBook::save(QString *error)
{
    if (m_changed.isEmpty())
        return true;
    RowBatch rows = m_save.rows();
    for (const Position &position : std::as_const(m_changed)) {
        const Row &row = m_rows.value(position);
        rows.row()
            .add("location", position.first)
            .add("sku", position.second)
            .add("on_hand", row.level.onHand)
            .add("committed", row.level.committed)
            .add("last_count_at", row.lastCountAtMs);
        if (row.lastCountAtMs)
            rows.add("last_count_id", row.lastCountId.toString(QUuid::WithoutBraces));
        else
            rows.addNull("last_count_id");
        rows.add("last_movement_at", row.lastMovementAtMs)
            .add("first_seq", row.firstSeq)
            .add("last_seq", row.lastSeq);
    }
    return m_save.exec(rows, error);
}

} // namespace stockroom::server
