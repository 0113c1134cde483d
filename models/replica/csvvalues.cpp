#include "csvvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::CsvValues", text);
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

bool parseMoneyField(const QString &text, QChar delimiter, qint64 *cents, const QString &column,
                     QString *problem)
{
    if (text.isEmpty()) {
        *cents = 0;
        return true;
    }
    QStringView rest(text);
    const bool negative = rest.startsWith(QLatin1Char('-'));
    if (negative)
        rest = rest.mid(1);
    qsizetype separator = rest.indexOf(QLatin1Char('.'));
    if (separator < 0 && delimiter == QLatin1Char(';'))
        separator = rest.indexOf(QLatin1Char(','));
    const QStringView units = separator < 0 ? rest : rest.first(separator);
    const QStringView fraction = separator < 0 ? QStringView() : rest.mid(separator + 1);
    if (!isDigits(units) || units.size() > 15 || (separator >= 0 && !isDigits(fraction))
        || fraction.size() > 2) {
        *problem = tr("%1 \"%2\" is not an amount like 12.34").arg(column, text);
        return false;
    }
    qint64 value = units.toLongLong() * 100;
    if (fraction.size() == 1)
        value += fraction.toLongLong() * 10;
    else if (fraction.size() == 2)
        value += fraction.toLongLong();
    *cents = negative ? -value : value;
    return true;
}

bool parseIntegerField(const QString &text, std::optional<qint64> defaultValue, qint64 *value,
                       const QString &column, QString *problem)
{
    if (text.isEmpty()) {
        if (!defaultValue) {
            *problem = tr("%1 is empty; it needs a whole number").arg(column);
            return false;
        }
        *value = *defaultValue;
        return true;
    }
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok) {
        *problem = tr("%1 \"%2\" is not a whole number").arg(column, text);
        return false;
    }
    *value = parsed;
    return true;
}

bool parseBoolField(const QString &text, bool defaultValue, bool *value, const QString &column,
                    QString *problem)
{
    const QString lower = text.toLower();
    if (lower.isEmpty())
        *value = defaultValue;
    else if (lower == QLatin1String("1") || lower == QLatin1String("true")
             || lower == QLatin1String("yes"))
        *value = true;
    else if (lower == QLatin1String("0") || lower == QLatin1String("false")
             || lower == QLatin1String("no"))
        *value = false;
    else {
        *problem = tr("%1 \"%2\" is not one of 1, 0, true, false, yes, no").arg(column, text);
        return false;
    }
    return true;
}

bool parseTimestampField(const QString &text, std::optional<qint64> defaultValue, qint64 *ms,
                         const QString &column, QString *problem)
{
    if (text.isEmpty()) {
        if (!defaultValue) {
            *problem
                = tr("%1 is empty; it needs a date and time like 2026-11-30T14:05:00Z").arg(column);
            return false;
        }
        *ms = *defaultValue;
        return true;
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        *problem
            = tr("%1 \"%2\" is not a date and time like 2026-11-30T14:05:00Z").arg(column, text);
        return false;
    }
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    *ms = parsed.toMSecsSinceEpoch();
    return true;
}

QString formatMoney(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString formatTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace stockroom::replica
