#include "levelrepository.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

namespace {

domain::StockPosition positionFromRow(const QSqlQuery &query)
{
    domain::StockPosition p;
    p.location = query.value(0).toString();
    p.sku = query.value(1).toString();
    p.level.onHand = query.value(2).toLongLong();
    p.level.committed = query.value(3).toLongLong();
    p.lastCountedAtMs = optionalInt(query.value(4));
    return p;
}

const auto positionColumns = QStringLiteral("location, sku, on_hand, committed, last_count_at");

} // namespace

LevelRepository::LevelRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_find(db, QStringLiteral("SELECT %1, last_count_id, last_movement_at FROM levels"
                                " WHERE location = ? AND sku = ?")
                     .arg(positionColumns)
                     .toUtf8())
    , m_save(db, "INSERT OR REPLACE INTO levels (location, sku, on_hand, committed, last_count_at,"
                 " last_count_id, last_movement_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
    , m_applyInOrder(db, "UPDATE levels SET committed = committed + ?,"
                         " on_hand = on_hand + CASE WHEN last_count_at IS NULL OR ? > last_count_at"
                         " THEN ? ELSE 0 END,"
                         " last_movement_at = ?"
                         " WHERE location = ? AND sku = ?"
                         " AND (last_movement_at IS NULL OR last_movement_at <= ?)"
                         " RETURNING on_hand, committed")
{}

std::optional<LevelRow> LevelRepository::find(const QString &location, const QString &sku) const
{
    if (!m_find.bind(0, location).bind(1, sku).next())
        return std::nullopt;
    domain::StockPosition p;
    p.location = m_find.text(0);
    p.sku = m_find.text(1);
    p.level.onHand = m_find.integer(2);
    p.level.committed = m_find.integer(3);
    p.lastCountedAtMs = m_find.optionalInteger(4);
    LevelRow row{p, m_find.isNull(5) ? QUuid() : m_find.uuid(5), m_find.optionalInteger(6)};
    m_find.reset();
    return row;
}

bool LevelRepository::save(const LevelRow &row, QString *error)
{
    const domain::StockPosition &p = row.position;
    m_save.bind(0, p.location)
        .bind(1, p.sku)
        .bind(2, p.level.onHand)
        .bind(3, p.level.committed)
        .bind(4, p.lastCountedAtMs)
        .bind(6, row.lastMovementAtMs);
    if (row.lastCountId.isNull())
        m_save.bindNull(5);
    else
        m_save.bind(5, row.lastCountId);
    return m_save.exec(error);
}

std::optional<std::optional<domain::StockLevel>>
LevelRepository::applyInOrder(const QString &location, const QString &sku, qint64 occurredAtMs,
                              qint64 onHandDelta, qint64 committedDelta, QString *error)
{
    m_applyInOrder.bind(0, committedDelta)
        .bind(1, occurredAtMs)
        .bind(2, onHandDelta)
        .bind(3, occurredAtMs)
        .bind(4, location)
        .bind(5, sku)
        .bind(6, occurredAtMs);
    QString stepError;
    std::optional<domain::StockLevel> level;
    if (m_applyInOrder.next(&stepError)) {
        level = domain::StockLevel{m_applyInOrder.integer(0), m_applyInOrder.integer(1)};
        // Stepped to its end: an UPDATE ... RETURNING applies its change in full there.
        if (m_applyInOrder.next(&stepError))
            m_applyInOrder.reset();
    }
    if (!stepError.isEmpty()) {
        *error = stepError;
        return std::nullopt;
    }
    return level;
}

QList<domain::StockPosition> LevelRepository::atLocation(const QString &location) const
{
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT %1 FROM levels WHERE location = ?"
                                                    " ORDER BY sku")
                                         .arg(positionColumns));
    query.addBindValue(location);
    QList<domain::StockPosition> positions;
    if (query.exec()) {
        while (query.next())
            positions.append(positionFromRow(query));
    }
    return positions;
}

QList<domain::StockPosition> LevelRepository::ofSku(const QString &sku) const
{
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT %1 FROM levels WHERE sku = ?"
                                                    " ORDER BY location")
                                         .arg(positionColumns));
    query.addBindValue(sku);
    QList<domain::StockPosition> positions;
    if (query.exec()) {
        while (query.next())
            positions.append(positionFromRow(query));
    }
    return positions;
}

qint64 LevelRepository::count() const
{
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT count(*) FROM levels"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace stockroom::replica
