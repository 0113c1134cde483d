#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace stockroom::replica {

/** Runs a prepared query; on failure stores the driver's message in *error. */
inline bool execOrFail(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

/** Prepares sql on db once; the caller keeps the query to reuse it. */
inline QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

/** A nullable integer column as std::optional. */
inline std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/** Text for a NOT NULL column: a null QString would be bound as NULL. */
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace stockroom::replica
