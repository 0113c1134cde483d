#pragma once

#include <QLatin1StringView>
#include <QString>

#include <initializer_list>

namespace stockroom::server {

/** The two SQL dialects of the central store; code asks this only where their SQL differs. */
enum class SqlDialect { Sqlite, Postgresql };

/** A column of a JSON row set: its JSON key (also its SQL name) and its SQL type. */
struct JsonColumn
{
    QLatin1StringView name;
    QLatin1StringView type; ///< "text" or "bigint"
};

/**
 * A parenthesised table expression (to follow FROM or JOIN, with an alias) whose rows come from
 * one bound parameter holding a JSON array of objects. One statement then inserts or looks up a
 * whole batch, so a push costs a constant number of round trips to PostgreSQL however large it
 * is (SQLite: json_each, PostgreSQL: json_to_recordset).
 */
QString jsonRows(SqlDialect dialect, std::initializer_list<JsonColumn> columns);

/**
 * The type of key text columns (codes, SKUs): PostgreSQL compares them bytewise (COLLATE "C")
 * as SQLite does, so both drivers page and sort identically whatever the server's locale.
 */
QString keyTextType(SqlDialect dialect);

} // namespace stockroom::server
