#include "sqldialect.h"

#include <QStringList>

namespace stockroom::server {

QString jsonRows(SqlDialect dialect, std::initializer_list<JsonColumn> columns)
{
    QStringList parts;
    if (dialect == SqlDialect::Sqlite) {
        for (const JsonColumn &column : columns)
            parts.append(QStringLiteral("json_extract(value, '$.%1') AS %1").arg(column.name));
        return QStringLiteral("(SELECT %1 FROM json_each(?))")
            .arg(parts.join(QStringLiteral(", ")));
    }
    for (const JsonColumn &column : columns)
        parts.append(QStringLiteral("%1 %2").arg(column.name, column.type));
    return QStringLiteral("(SELECT * FROM json_to_recordset(CAST(? AS json)) AS j(%1))")
        .arg(parts.join(QStringLiteral(", ")));
}

QString keyTextType(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? QStringLiteral("TEXT")
                                         : QStringLiteral("TEXT COLLATE \"C\"");
}

} // namespace stockroom::server
