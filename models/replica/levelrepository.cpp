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
    , m_find(prepared(db, QStringLiteral("SELECT %1, last_count_id, last_movement_at FROM levels"
                                         " WHERE location = ? AND sku = ?")
                              .arg(positionColumns)))
    , m_save(prepared(
          db, QStringLiteral(
                  "INSERT OR REPLACE INTO levels (location, sku, on_hand, committed, last_count_at,"
                  " last_count_id, last_movement_at) VALUES (?, ?, ?, ?, ?, ?, ?)")))
    , m_applyInOrder(prepared(
          db, QStringLiteral(
                  "UPDATE levels SET committed = committed + ?,"
                  " on_hand = on_hand + CASE WHEN last_count_at IS NULL OR ? > last_count_at"
                  " THEN ? ELSE 0 END,"
                  " last_movement_at = ?"
                  " WHERE location = ? AND sku = ?"
                  " AND (last_movement_at IS NULL OR last_movement_at <= ?)"
                  " RETURNING on_hand, committed")))
{}

std::optional<LevelRow> LevelRepository::find(const QString &location, const QString &sku) const
{
    m_find.bindValue(0, location);
    m_find.bindValue(1, sku);
    if (!m_find.exec() || !m_find.next())
        return std::nullopt;
    LevelRow row{positionFromRow(m_find), QUuid::fromString(m_find.value(5).toString()),
                 optionalInt(m_find.value(6))};
    m_find.finish();
    return row;
}

bool LevelRepository::save(const LevelRow &row, QString *error)
{
    const domain::StockPosition &p = row.position;
    m_save.bindValue(0, p.location);
    m_save.bindValue(1, p.sku);
    m_save.bindValue(2, p.level.onHand);
    m_save.bindValue(3, p.level.committed);
    m_save.bindValue(4, nullableInt(p.lastCountedAtMs));
    m_save.bindValue(5, row.lastCountId.isNull()
                            ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(row.lastCountId.toString(QUuid::WithoutBraces)));
    m_save.bindValue(6, nullableInt(row.lastMovementAtMs));
    return execOrFail(m_save, error);
}

std::optional<std::optional<domain::StockLevel>>
LevelRepository::applyInOrder(const QString &location, const QString &sku, qint64 occurredAtMs,
                              qint64 onHandDelta, qint64 committedDelta, QString *error)
{
    // Positional: binding by name looks each placeholder up by string on every record.
    m_applyInOrder.bindValue(0, committedDelta);
    m_applyInOrder.bindValue(1, occurredAtMs);
    m_applyInOrder.bindValue(2, onHandDelta);
    m_applyInOrder.bindValue(3, occurredAtMs);
    m_applyInOrder.bindValue(4, location);
    m_applyInOrder.bindValue(5, sku);
    m_applyInOrder.bindValue(6, occurredAtMs);
    if (!execOrFail(m_applyInOrder, error))
        return std::nullopt;
    std::optional<domain::StockLevel> level;
    if (m_applyInOrder.next())
        level = domain::StockLevel{m_applyInOrder.value(0).toLongLong(),
                                   m_applyInOrder.value(1).toLongLong()};
    m_applyInOrder.finish();
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
