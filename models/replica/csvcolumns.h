#pragma once

#include "csvreader.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace stockroom::replica {

/**
 * The columns of a CSV header by name, checked: every required column is there, none is unknown
 * or repeated. Each problem is appended to *errors as "line 1: …".
 */
QHash<QString, int> checkCsvHeader(const QStringList &header, const QStringList &required,
                                   const QStringList &optional, QStringList *errors);

/** One record's fields by header name, trimmed; a column the file does not have reads empty. */
class CsvRow
{
public:
    CsvRow(const QHash<QString, int> &columns, const CsvRecord &record)
        : m_columns(columns)
        , m_record(record)
    {}

    QString operator[](const QString &name) const
    {
        const int index = m_columns.value(name, -1);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index).trimmed()
                                                            : QString();
    }
    bool has(const QString &name) const { return m_columns.contains(name); }
    int line() const { return m_record.line; }

private:
    const QHash<QString, int> &m_columns;
    const CsvRecord &m_record;
};

} // namespace stockroom::replica
