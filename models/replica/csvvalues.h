#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace stockroom::replica {

// Field parsers for CSV import. Each returns false with a user-readable *problem naming the
// column; an empty field takes the default when there is one and is an error otherwise.

/** Money as "12.34" (or "12,34" in a ';' file) into integer cents, never through double. */
bool parseMoneyField(const QString &text, QChar delimiter, qint64 *cents, const QString &column,
                     QString *problem);
bool parseIntegerField(const QString &text, std::optional<qint64> defaultValue, qint64 *value,
                       const QString &column, QString *problem);
bool parseBoolField(const QString &text, bool defaultValue, bool *value, const QString &column,
                    QString *problem);
/** ISO 8601 date-time; without an offset it is taken as UTC. Into ms since the epoch. */
bool parseTimestampField(const QString &text, std::optional<qint64> defaultValue, qint64 *ms,
                         const QString &column, QString *problem);

/** Cents as "12.34" ("-0.05" for negative amounts). */
QString formatMoney(qint64 cents);
/** UTC milliseconds as ISO 8601 with milliseconds and Z. */
QString formatTimestamp(qint64 ms);

} // namespace stockroom::replica
