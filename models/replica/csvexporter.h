#pragma once

#include <QString>

namespace stockroom::replica {

class InventoryService;

/**
 * Writes levels and movements as CSV in the formats CsvImporter reads (docs/csv.md), so an
 * export can be imported again. The file is written to a temporary name and renamed at the
 * end: a failed export never leaves half a file behind.
 */
class CsvExporter
{
public:
    explicit CsvExporter(InventoryService &service);

    /** Levels of one location, or of every location when location is empty. */
    bool exportLevels(const QString &path, const QString &location, QString *error);
    /** The ledger of one own location, or of every own location when location is empty. */
    bool exportMovements(const QString &path, const QString &location, QString *error);

private:
    InventoryService &m_service;
};

} // namespace stockroom::replica
