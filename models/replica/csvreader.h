#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stockroom::replica {

/** One record of a CSV file, with the line it starts on (1-based, the header is line 1). */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/**
 * Reads a whole CSV document: UTF-8 with or without BOM (invalid UTF-8 is an error naming
 * the line), `,` or `;` as delimiter (whichever the header line uses), RFC 4180 quoting,
 * LF or CRLF line ends. Blank lines are skipped.
 */
class CsvReader
{
public:
    /** Parses data; false with a message starting "line N:" when it is not readable CSV. */
    bool parse(const QByteArray &data, QString *error);

    QChar delimiter() const { return m_delimiter; }
    const QStringList &header() const { return m_header; }
    const QList<CsvRecord> &records() const { return m_records; }

    /** Byte offset of the first invalid UTF-8 sequence, or -1 when data is valid UTF-8. */
    static qsizetype firstInvalidUtf8(const QByteArray &data);

private:
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    QList<CsvRecord> m_records;
};

/** Quotes a field for CSV output when it needs it. */
QString csvField(const QString &value, QChar delimiter = QLatin1Char(','));

} // namespace stockroom::replica
