#pragma once

#include "stockposition.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "sqlitestatement.h"
#include <QUuid>

#include <optional>

namespace stockroom::replica {

/** A stored level with what incremental maintenance needs: the latest count and movement. */
struct LevelRow
{
    domain::StockPosition position;
    QUuid lastCountId;
    std::optional<qint64> lastMovementAtMs;
};

/** Folded stock levels per location and SKU. */
class LevelRepository
{
public:
    explicit LevelRepository(const QSqlDatabase &db);

    std::optional<LevelRow> find(const QString &location, const QString &sku) const;
    bool save(const LevelRow &row, QString *error);
    /**
     * Adds a delta movement's effect to the stored level when the position has a row and the
     * movement is not dated before its newest one (on-hand only after the latest count), in one
     * statement. Returns the level after it, an empty optional inside when there was nothing to
     * apply it to (no row, or out of order: the caller refolds), nothing on error.
     */
    std::optional<std::optional<domain::StockLevel>>
    applyInOrder(const QString &location, const QString &sku, qint64 occurredAtMs,
                 qint64 onHandDelta, qint64 committedDelta, QString *error);
    QList<domain::StockPosition> atLocation(const QString &location) const;
    QList<domain::StockPosition> ofSku(const QString &sku) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
    // The hot statements of every record and page, on the sqlite3 handle.
    mutable sqlite::Statement m_find;
    sqlite::Statement m_save;
    sqlite::Statement m_applyInOrder;
};

} // namespace stockroom::replica
